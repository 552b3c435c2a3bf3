package chain_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

func TestDeals(t *testing.T) {
	w := newWorld(t)
	ctx, c := w.ctx, w.c
	hub, buyer, buyer2, stranger := w.a("hub1"), w.a("buyer1"), w.a("buyer2"), w.a("stranger")
	wal := w.registeredWallet("hub1", "deals", snm.Wei(10))
	escrow := c.Deployment().Deals
	result := crypto.Keccak256Hash([]byte("result"))
	price := snm.Wei(7)

	// open opens a fresh deal of buyer1 with the hub, deadline an hour away.
	open := func(w *world) chain.Deal {
		w.t.Helper()
		q, sig := w.quote(wal, "hub1", "buyer1", price, time.Hour, 10*time.Minute)
		d, _, err := c.OpenDeal(ctx, buyer.Opts, q, sig)
		w.must(err)
		return d
	}
	status := func(w *world, id common.Hash) chain.DealStatus {
		w.t.Helper()
		d, err := c.Deal(ctx, id)
		w.must(err)
		return d.Status
	}

	t.Run("open moves the price into escrow", func(t *testing.T) {
		w := w.with(t)
		buyerBefore, escrowBefore := w.balance(buyer.Addr), w.balance(escrow)
		d := open(w)
		wantBig(t, "buyer's balance", w.balance(buyer.Addr), sub(buyerBefore, price))
		wantBig(t, "escrow", w.balance(escrow), add(escrowBefore, price))
		if d.Hub != hub.Addr || d.Wallet != wal || d.Buyer != buyer.Addr {
			t.Errorf("deal parties: got hub %s wallet %s buyer %s, want %s %s %s", d.Hub, d.Wallet, d.Buyer, hub.Addr, wal, buyer.Addr)
		}
		if got := status(w, d.ID); got != chain.DealOpen {
			t.Errorf("status: got %s, want %s", got, chain.DealOpen)
		}
	})

	t.Run("open refused", func(t *testing.T) {
		w := w.with(t)
		created := w.newWallet("hub2", "unregistered")
		busy := open(w)
		cases := []struct {
			name  string
			edit  func(q *chain.Quote) // changes the quote before it is signed
			sign  string
			buyer string
			kind  error
			says  []string
		}{
			{"bad signer", nil, "stranger", "buyer1", chain.ErrBadSignature, []string{"not by the hub wallet's owner", stranger.Addr.Hex()}},
			{"expired quote", func(q *chain.Quote) { q.Expiry = uint64(w.now().Add(-time.Minute).Unix()) }, "hub1", "buyer1",
				chain.ErrTooLate, []string{"the quote expired at", "ask the hub for a new quote"}},
			{"deadline in the past", func(q *chain.Quote) { q.Deadline = uint64(w.now().Add(-time.Minute).Unix()) }, "hub1", "buyer1",
				chain.ErrTooLate, []string{"has already passed"}},
			{"wrong buyer", nil, "hub1", "buyer2", chain.ErrNotAllowed, []string{"is not the deal's buyer", buyer.Addr.Hex()}},
			{"unregistered hub", func(q *chain.Quote) { q.Wallet = created }, "hub2", "buyer1",
				chain.ErrWrongState, []string{"is Created, not Registered", "choose a registered hub"}},
			{"zero price", func(q *chain.Quote) { q.Price = new(big.Int) }, "hub1", "buyer1", chain.ErrBadInput, []string{"more than zero"}},
			{"busy lane", func(q *chain.Quote) { q.Lane, q.Seq = busy.Lane, busy.Seq+1 }, "hub1", "buyer1",
				chain.ErrWrongState, []string{"still holds a deal that is Open", "free lane"}},
			{"stale sequence", func(q *chain.Quote) { q.Seq++ }, "hub1", "buyer1",
				chain.ErrAlreadyExists, []string{"the quote was used already or is stale"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				w := w.with(t)
				q, _ := w.quote(wal, "hub1", "buyer1", price, time.Hour, 10*time.Minute)
				if tc.edit != nil {
					tc.edit(&q)
				}
				before := w.balance(w.a(tc.buyer).Addr)
				_, _, err := c.OpenDeal(ctx, w.a(tc.buyer).Opts, q, w.sign(q, tc.sign))
				wantRefused(t, err, tc.kind, tc.says...)
				wantBig(t, "buyer's balance after a refused open", w.balance(w.a(tc.buyer).Addr), before)
			})
		}
	})

	t.Run("a quote opens one deal only", func(t *testing.T) {
		w := w.with(t)
		q, sig := w.quote(wal, "hub1", "buyer1", price, time.Hour, 10*time.Minute)
		d, _, err := c.OpenDeal(ctx, buyer.Opts, q, sig)
		w.must(err)
		_, _, err = c.OpenDeal(ctx, buyer.Opts, q, sig)
		wantRefused(t, err, chain.ErrWrongState, "still holds a deal that is Open")
		_, err = c.CommitResult(ctx, hub.Opts, d.ID, result)
		w.must(err)
		_, err = c.ConfirmDeal(ctx, buyer.Opts, d.ID)
		w.must(err)
		_, _, err = c.OpenDeal(ctx, buyer.Opts, q, sig)
		wantRefused(t, err, chain.ErrAlreadyExists, "was used already")
	})

	t.Run("a settled deal whose lane moved on", func(t *testing.T) {
		w := w.with(t)
		old := open(w)
		_, err := c.CommitResult(ctx, hub.Opts, old.ID, result)
		w.must(err)
		_, err = c.ConfirmDeal(ctx, buyer.Opts, old.ID)
		w.must(err)
		next := open(w)
		if next.Lane != old.Lane || next.Seq != old.Seq+1 {
			t.Fatalf("next deal: got lane %d seq %d, want lane %d seq %d", next.Lane, next.Seq, old.Lane, old.Seq+1)
		}
		_, err = c.ConfirmDeal(ctx, buyer.Opts, old.ID)
		wantRefused(t, err, chain.ErrUnknown, "does not exist")
		t.Run("message names the deal", func(t *testing.T) {
			// The id is printed as a person pastes it: 0x-hex, not a byte list.
			if err == nil || !strings.Contains(err.Error(), old.ID.Hex()) {
				t.Errorf("got message %q, want it to contain the deal id %s", err, old.ID.Hex())
			}
		})
		_, err = c.CommitResult(ctx, hub.Opts, next.ID, result)
		w.must(err)
		_, err = c.ConfirmDeal(ctx, buyer.Opts, next.ID)
		w.must(err)
		// With the lane settled again the contract answers with the lane's
		// last status (here the same as the old deal's: Confirmed).
		_, err = c.ConfirmDeal(ctx, buyer.Opts, old.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Confirmed")
	})

	t.Run("commit and confirm credit the wallet, release moves it", func(t *testing.T) {
		w := w.with(t)
		d := open(w)
		_, err := c.ConfirmDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Open")
		_, err = c.CommitResult(ctx, buyer.Opts, d.ID, result)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's hub")
		_, err = c.CommitResult(ctx, stranger.Opts, d.ID, result)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's hub")
		_, err = c.CommitResult(ctx, hub.Opts, d.ID, result)
		w.must(err)
		got, err := c.Deal(ctx, d.ID)
		w.must(err)
		if got.Status != chain.DealCommitted || got.ResultHash != result || got.CommittedAt == 0 {
			t.Fatalf("after commit: got status %s result %s at %d, want Committed %s at a time", got.Status, got.ResultHash, got.CommittedAt, result)
		}
		_, err = c.CommitResult(ctx, hub.Opts, d.ID, result)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Committed")
		_, err = c.RefundDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Committed")
		_, err = c.ConfirmDeal(ctx, hub.Opts, d.ID)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's buyer")

		creditedBefore, err := c.Credited(ctx, wal)
		w.must(err)
		_, err = c.ConfirmDeal(ctx, buyer.Opts, d.ID)
		w.must(err)
		if got := status(w, d.ID); got != chain.DealConfirmed {
			t.Errorf("status: got %s, want %s", got, chain.DealConfirmed)
		}
		credited, err := c.Credited(ctx, wal)
		w.must(err)
		wantBig(t, "credited", credited, add(creditedBefore, price))
		_, err = c.ConfirmDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Confirmed")

		walletBefore, escrowBefore := w.status(wal), w.balance(escrow)
		_, err = c.Release(ctx, stranger.Opts, wal)
		w.must(err)
		after := w.status(wal)
		wantBig(t, "wallet balance after release", after.Balance, add(walletBefore.Balance, credited))
		wantBig(t, "wallet available after release", after.Available, add(walletBefore.Available, credited))
		wantBig(t, "escrow after release", w.balance(escrow), sub(escrowBefore, credited))
		credited, err = c.Credited(ctx, wal)
		w.must(err)
		wantBig(t, "credited after release", credited, new(big.Int))
	})

	t.Run("refund only after the deadline and only if not committed", func(t *testing.T) {
		w := w.with(t)
		d := open(w)
		_, err := c.RefundDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrTooEarly, "has not passed yet")
		w.jump(time.Hour + time.Minute)
		_, err = c.CommitResult(ctx, hub.Opts, d.ID, result)
		wantRefused(t, err, chain.ErrTooLate, "has passed; the buyer may take a refund")
		_, err = c.RefundDeal(ctx, stranger.Opts, d.ID)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's buyer")
		before := w.balance(buyer.Addr)
		_, err = c.RefundDeal(ctx, buyer.Opts, d.ID)
		w.must(err)
		wantBig(t, "buyer's balance after refund", w.balance(buyer.Addr), add(before, price))
		if got := status(w, d.ID); got != chain.DealRefunded {
			t.Errorf("status: got %s, want %s", got, chain.DealRefunded)
		}
		_, err = c.RefundDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Refunded")
	})

	t.Run("claim only after the dispute window", func(t *testing.T) {
		w := w.with(t)
		d := open(w)
		_, err := c.ClaimDeal(ctx, hub.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Open")
		_, err = c.CommitResult(ctx, hub.Opts, d.ID, result)
		w.must(err)
		_, err = c.ClaimDeal(ctx, hub.Opts, d.ID)
		wantRefused(t, err, chain.ErrTooEarly, "the buyer may still dispute until", "claim after the dispute window")
		w.jump(w.p.DisputeWindow + time.Minute)
		_, err = c.ClaimDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's hub")
		_, err = c.DisputeDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrTooLate, "the dispute window closed at")
		before, err := c.Credited(ctx, wal)
		w.must(err)
		_, err = c.ClaimDeal(ctx, hub.Opts, d.ID)
		w.must(err)
		after, err := c.Credited(ctx, wal)
		w.must(err)
		wantBig(t, "credited after claim", after, add(before, price))
		if got := status(w, d.ID); got != chain.DealClaimed {
			t.Errorf("status: got %s, want %s", got, chain.DealClaimed)
		}
	})

	t.Run("dispute goes to the DAO, which splits the escrow", func(t *testing.T) {
		w := w.with(t)
		d := open(w)
		_, err := c.DisputeDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Open")
		_, err = c.CommitResult(ctx, hub.Opts, d.ID, result)
		w.must(err)
		_, err = c.DisputeDeal(ctx, hub.Opts, d.ID)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's buyer")
		_, err = c.DisputeDeal(ctx, buyer.Opts, d.ID)
		w.must(err)
		d, err = c.Deal(ctx, d.ID)
		w.must(err)
		if d.Status != chain.DealDisputed {
			t.Fatalf("status: got %s, want %s", d.Status, chain.DealDisputed)
		}
		_, err = c.ConfirmDeal(ctx, buyer.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Disputed")
		_, err = c.ClaimDeal(ctx, hub.Opts, d.ID)
		wantRefused(t, err, chain.ErrWrongState, "the deal is Disputed")
		toBuyer := snm.Wei(2)
		err = w.direct("buyer1", "resolve deal", c.ActionResolve(d, toBuyer))
		wantRefused(t, err, chain.ErrNotAllowed, "only the DAO may do this")
		err = w.pass("resolve too much", c.ActionResolve(d, add(price, big.NewInt(1))))
		wantRefused(t, err, chain.ErrBadInput, "ShareTooLarge")

		buyerBefore := w.balance(buyer.Addr)
		creditedBefore, err := c.Credited(ctx, wal)
		w.must(err)
		w.must(w.pass("resolve", c.ActionResolve(d, toBuyer)))
		wantBig(t, "buyer's share", sub(w.balance(buyer.Addr), buyerBefore), toBuyer)
		credited, err := c.Credited(ctx, wal)
		w.must(err)
		wantBig(t, "hub's share", sub(credited, creditedBefore), sub(price, toBuyer))
		if got := status(w, d.ID); got != chain.DealResolved {
			t.Errorf("status: got %s, want %s", got, chain.DealResolved)
		}
	})

	t.Run("openWithPermit needs no prior approve", func(t *testing.T) {
		w := w.with(t)
		// The "wrong buyer" case above approved the escrow; start from nothing.
		_, err := c.Approve(ctx, buyer2.Opts, escrow, new(big.Int))
		w.must(err)
		if got := w.allowance(buyer2.Addr, escrow); got.Sign() != 0 {
			t.Fatalf("buyer2's allowance: got %s, want 0", snm.String(got))
		}
		q, sig := w.quote(wal, "hub1", "buyer2", price, time.Hour, 10*time.Minute)
		before := w.balance(buyer2.Addr)
		d, _, err := c.OpenDealWithPermit(ctx, buyer2.Opts, buyer2.Key, q, sig)
		w.must(err)
		wantBig(t, "buyer2's balance", w.balance(buyer2.Addr), sub(before, price))
		wantBig(t, "allowance left", w.allowance(buyer2.Addr, escrow), new(big.Int))
		if got := status(w, d.ID); got != chain.DealOpen {
			t.Errorf("status: got %s, want %s", got, chain.DealOpen)
		}
		// A permit signed by someone else's key does not open the deal.
		q, sig = w.quote(wal, "hub1", "buyer2", price, time.Hour, 10*time.Minute)
		_, _, err = c.OpenDealWithPermit(ctx, buyer2.Opts, stranger.Key, q, sig)
		wantRefused(t, err, chain.ErrInsufficientFunds, "allowance of", "approve")
	})

	t.Run("streams", func(t *testing.T) {
		w := w.with(t)
		rate := milli(1) // 0.001 SNM a second
		streamQuote := func(nonce int64) (chain.StreamQuote, []byte) {
			q := chain.StreamQuote{Wallet: wal, Buyer: buyer.Addr, SpecHash: crypto.Keccak256Hash([]byte("service")), RatePerSecond: rate,
				Expiry: uint64(w.now().Add(10 * time.Minute).Unix()), Nonce: big.NewInt(nonce)}
			sig, err := chain.SignDigest(c.StreamQuoteDigest(q), hub.Key)
			w.must(err)
			return q, sig
		}
		stream := func(id common.Hash) chain.Stream {
			s, err := c.StreamState(ctx, id)
			w.must(err)
			return s
		}
		credited := func() *big.Int {
			v, err := c.Credited(ctx, wal)
			w.must(err)
			return v
		}

		q, sig := streamQuote(1)
		buyerStart := w.balance(buyer.Addr)
		id, err := c.OpenStream(ctx, buyer.Opts, q, sig, snm.Wei(10))
		w.must(err)
		_, err = c.OpenStream(ctx, buyer.Opts, q, sig, snm.Wei(10))
		wantRefused(t, err, chain.ErrAlreadyExists, "StreamExists")
		s0 := stream(id)
		if !s0.Open || s0.Hub != hub.Addr {
			t.Fatalf("stream: got open %v hub %s, want open, hub %s", s0.Open, s0.Hub, hub.Addr)
		}
		w.jump(1000 * time.Second)
		_, err = c.Bill(ctx, stranger.Opts, id)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's hub")
		_, err = c.Bill(ctx, buyer.Opts, id)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the deal's hub")
		cred0 := credited()
		_, err = c.Bill(ctx, hub.Opts, id)
		w.must(err)
		s1 := stream(id)
		billed := new(big.Int).Mul(rate, big.NewInt(int64(s1.SettledAt-s0.SettledAt)))
		if s1.SettledAt-s0.SettledAt < 1000 {
			t.Errorf("billed seconds: got %d, want at least 1000", s1.SettledAt-s0.SettledAt)
		}
		wantBig(t, "credited after bill", credited(), add(cred0, billed))
		wantBig(t, "stream balance after bill", s1.Balance, sub(snm.Wei(10), billed))

		_, err = c.TopUp(ctx, buyer2.Opts, id, snm.Wei(5))
		w.must(err)
		wantBig(t, "stream balance after top-up", stream(id).Balance, add(sub(snm.Wei(10), billed), snm.Wei(5)))
		_, err = c.TopUp(ctx, buyer.Opts, id, new(big.Int))
		wantRefused(t, err, chain.ErrBadInput, "more than zero")

		w.jump(100 * time.Second)
		buyerBefore, cred1 := w.balance(buyer.Addr), credited()
		_, err = c.CloseStream(ctx, stranger.Opts, id)
		wantRefused(t, err, chain.ErrNotAllowed)
		_, err = c.CloseStream(ctx, buyer.Opts, id)
		w.must(err)
		s2 := stream(id)
		if s2.Open || s2.Balance.Sign() != 0 {
			t.Fatalf("closed stream: got open %v balance %s, want closed and empty", s2.Open, snm.String(s2.Balance))
		}
		due := new(big.Int).Mul(rate, big.NewInt(int64(s2.SettledAt-s1.SettledAt)))
		wantBig(t, "credited at close", credited(), add(cred1, due))
		refund := sub(add(s1.Balance, snm.Wei(5)), due)
		wantBig(t, "buyer's refund", sub(w.balance(buyer.Addr), buyerBefore), refund)
		// The buyer paid exactly what was billed and due, less buyer2's top-up
		// that came back to the buyer.
		wantBig(t, "buyer's cost", sub(buyerStart, w.balance(buyer.Addr)), sub(add(billed, due), snm.Wei(5)))
		_, err = c.Bill(ctx, hub.Opts, id)
		wantRefused(t, err, chain.ErrWrongState, "the stream is closed")
		_, err = c.TopUp(ctx, buyer.Opts, id, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "the stream is closed")
		_, err = c.Bill(ctx, hub.Opts, common.Hash{1})
		wantRefused(t, err, chain.ErrUnknown, "does not exist")

		// A stream whose funds run out closes itself at the next bill.
		q, sig = streamQuote(2)
		id, err = c.OpenStream(ctx, buyer.Opts, q, sig, milli(100)) // 100 seconds
		w.must(err)
		w.jump(500 * time.Second)
		cred2 := credited()
		_, err = c.Bill(ctx, hub.Opts, id)
		w.must(err)
		wantBig(t, "credited when funds ran out", credited(), add(cred2, milli(100)))
		if s := stream(id); s.Open || s.Balance.Sign() != 0 {
			t.Errorf("drained stream: got open %v balance %s, want closed and empty", s.Open, snm.String(s.Balance))
		}
		_, err = c.CloseStream(ctx, buyer.Opts, id)
		wantRefused(t, err, chain.ErrWrongState, "the stream is closed")

		// An expired stream quote and one signed by a stranger are refused.
		q, _ = streamQuote(3)
		q.Expiry = uint64(w.now().Add(-time.Minute).Unix())
		sig, err = chain.SignDigest(c.StreamQuoteDigest(q), hub.Key)
		w.must(err)
		_, err = c.OpenStream(ctx, buyer.Opts, q, sig, snm.One())
		wantRefused(t, err, chain.ErrTooLate, "the quote expired at")
		q, _ = streamQuote(4)
		sig, err = chain.SignDigest(c.StreamQuoteDigest(q), stranger.Key)
		w.must(err)
		_, err = c.OpenStream(ctx, buyer.Opts, q, sig, snm.One())
		wantRefused(t, err, chain.ErrBadSignature, "not by the hub wallet's owner")
	})
}

// TestStreamBillGasEstimate: what a stream owes grows with the block's time,
// so billing (or closing) right after opening costs more gas in the block
// that includes it than eth_estimateGas saw: the first credit to a wallet
// writes a fresh storage slot. The client's headroom over the estimate
// must cover that, or the transaction runs out of gas.
func TestStreamBillGasEstimate(t *testing.T) {
	w := newWorld(t)
	ctx, c := w.ctx, w.c
	hub, buyer := w.a("hub1"), w.a("buyer1")
	for _, op := range []string{"bill", "close"} {
		t.Run(op, func(t *testing.T) {
			w := w.with(t)
			wal := w.registeredWallet("hub1", op, snm.Wei(2))
			q := chain.StreamQuote{Wallet: wal, Buyer: buyer.Addr, SpecHash: crypto.Keccak256Hash([]byte(op)), RatePerSecond: milli(1),
				Expiry: uint64(w.now().Add(10 * time.Minute).Unix()), Nonce: big.NewInt(1)}
			sig, err := chain.SignDigest(c.StreamQuoteDigest(q), hub.Key)
			w.must(err)
			id, err := c.OpenStream(ctx, buyer.Opts, q, sig, snm.Wei(1))
			w.must(err)
			if op == "bill" {
				_, err = c.Bill(ctx, hub.Opts, id)
			} else {
				_, err = c.CloseStream(ctx, buyer.Opts, id)
			}
			if err != nil {
				t.Fatalf("%s right after opening: got %v, want success", op, err)
			}
		})
	}
}
