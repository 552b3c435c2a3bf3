package hub

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// chainWorker sends the hub's transactions one at a time: result commits,
// payout batches, escrow releases and PayDay. Payout batches are journaled
// (batches table) so each earning is paid exactly once, also when the hub
// dies between signing a transaction and learning its fate.
type chainWorker struct {
	h       *Hub
	commits chan commitJob
	lastLow time.Time
	sent    map[int64]time.Time // batch -> when its latest version was sent (this run)
	dealAt  int                 // checkDeals' place in the unfinished tasks
}

type commitJob struct {
	id   common.Hash
	root string
	t    *task
}

func newChainWorker(h *Hub) *chainWorker {
	return &chainWorker{h: h, commits: make(chan commitJob, 1024), sent: map[int64]time.Time{}}
}

func (w *chainWorker) commit(id common.Hash, root string, t *task) {
	w.commits <- commitJob{id, root, t}
}

func (w *chainWorker) run(ctx context.Context) {
	h := w.h
	if _, err := w.reconcile(ctx); err != nil {
		h.log.Error("payout journal: reconcile failed", "err", err)
	}
	pay := time.NewTicker(h.cfg.PayEvery)
	defer pay.Stop()
	house := time.NewTicker(h.cfg.HouseEvery)
	defer house.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-w.commits:
			w.doCommit(ctx, j)
		case <-pay.C:
			w.payAll(ctx)
		case <-house.C:
			w.housekeeping(ctx)
		}
	}
}

func (w *chainWorker) doCommit(ctx context.Context, j commitJob) {
	h := w.h
	root := common.HexToHash(j.root)
	rcpt, err := h.cfg.Chain.CommitResult(ctx, h.opts(ctx), j.id, root)
	tx := ""
	if err == nil {
		tx = rcpt.TxHash.Hex()
	} else {
		// Committed already (before a restart)? Then it is done.
		if d, derr := h.cfg.Chain.Deal(ctx, j.id); derr == nil && d.Status != chain.DealOpen && d.ResultHash == root {
			err = nil
		}
	}
	h.do(ctx, func() {
		if err != nil {
			h.failTask(j.t, "could not commit the result on chain: "+err.Error())
			return
		}
		h.finish(j.t, tx)
	})
	if err == nil {
		h.log.Info("result committed on chain", "deal", j.id.Hex(), "root", j.root, "tx", tx)
	}
}

// errPayoutPending: a payout was sent and its receipt did not come
// within PayWait.
var errPayoutPending = errors.New("payout pending")

type earning struct {
	assignment int64
	miner      common.Address
	amount     *big.Int
}

// payAll settles the pending payout, if any, then sends payout batches
// until nothing is owed, a batch fails or one is left pending: one
// payout at a time is in flight, so a replaced one never races a newer.
func (w *chainWorker) payAll(ctx context.Context) {
	if open, err := w.reconcile(ctx); err != nil || open {
		if err != nil {
			w.h.log.Warn("payout journal: reconcile failed", "err", err)
		}
		return
	}
	for i := 0; i < 100; i++ {
		n, err := w.payBatch(ctx)
		if errors.Is(err, errPayoutPending) {
			w.h.log.Info("payout sent, not mined yet: it is replaced if it stays pending", "err", err)
			return
		}
		if err != nil {
			w.h.log.Warn("payout batch not sent", "err", err)
			return
		}
		if n == 0 {
			return
		}
	}
}

// payBatch pays up to PayBatch miners everything they are owed in one
// transferMany. It returns how many miners were paid.
func (w *chainWorker) payBatch(ctx context.Context) (int, error) {
	h := w.h
	owed, err := h.db.owed(ctx, 20000)
	if err != nil {
		return 0, err
	}
	if len(owed) == 0 {
		return 0, nil
	}
	sums := map[common.Address]*big.Int{}
	var miners []common.Address
	var ids []int64
	for _, e := range owed {
		s := sums[e.miner]
		if s == nil {
			if len(miners) == h.cfg.PayBatch {
				continue
			}
			s = new(big.Int)
			sums[e.miner] = s
			miners = append(miners, e.miner)
		}
		s.Add(s, e.amount)
		ids = append(ids, e.assignment)
	}
	amounts := make([]*big.Int, len(miners))
	total := new(big.Int)
	for i, m := range miners {
		amounts[i] = sums[m]
		total.Add(total, sums[m])
	}
	if err := w.ensureFunds(ctx, total); err != nil {
		return 0, err
	}

	// Journal first: the batch and its earnings, then the transaction.
	batch, err := h.db.openBatch(ctx, ids)
	if err != nil {
		return 0, err
	}
	opts := h.opts(ctx)
	sign := opts.Signer
	opts.Signer = func(a common.Address, t *types.Transaction) (*types.Transaction, error) {
		signed, err := sign(a, t)
		if err != nil {
			return nil, err
		}
		raw, err := signed.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if err := h.db.apply(ctx, addBatchTx{batch: batch, hash: signed.Hash().Hex(), raw: raw}); err != nil {
			return nil, fmt.Errorf("journal the payout transaction: %w", err)
		}
		w.sent[batch] = time.Now()
		h.cfg.Metrics.PayoutSent()
		return signed, nil
	}
	pctx, cancel := context.WithTimeout(ctx, h.cfg.PayWait)
	rcpt, err := h.cfg.Chain.PayMany(pctx, opts, h.cfg.Wallet, miners, amounts)
	cancel()
	if err != nil {
		var ce *chain.Error
		if errors.As(err, &ce) || !w.signed(ctx, batch) {
			// Refused (nothing was paid): the earnings go back in the queue.
			w.release(ctx, batch)
			return 0, err
		}
		// Fate unknown (sent, no receipt yet): reconcile decides later,
		// replacing the transaction if it stays pending.
		return 0, fmt.Errorf("%w: batch %d: %v", errPayoutPending, batch, err)
	}
	if err := h.db.apply(ctx, setBatchState{id: batch, state: "paid"}); err != nil {
		return 0, err
	}
	h.cfg.Metrics.PayoutConfirmed(total)
	w.notify(miners, amounts, ids, owed, rcpt.TxHash.Hex())
	h.log.Info("miners paid", "miners", len(miners), "total", snm.String(total), "tx", rcpt.TxHash.Hex(), "gas", rcpt.GasUsed)
	return len(miners), nil
}

func (w *chainWorker) notify(miners []common.Address, amounts []*big.Int, ids []int64, owed []earning, tx string) {
	h := w.h
	units := map[common.Address]int{}
	paid := map[int64]bool{}
	for _, id := range ids {
		paid[id] = true
	}
	for _, e := range owed {
		if paid[e.assignment] {
			units[e.miner]++
		}
	}
	h.do(context.Background(), func() {
		for i, m := range miners {
			if s := h.st.byMiner[m]; s != nil {
				h.send(s, hubapi.KindPaid, hubapi.Paid{AmountWei: amounts[i].String(), Units: units[m], Tx: tx})
			}
		}
	})
}

// signed reports whether a version of batch's transaction was signed;
// when the journal cannot say, it was.
func (w *chainWorker) signed(ctx context.Context, batch int64) bool {
	ok, err := w.h.db.batchSigned(ctx, batch)
	return ok || err != nil
}

// release gives a batch up: its earnings are owed again. A failure leaves
// the batch sending, for reconcile to settle later.
func (w *chainWorker) release(ctx context.Context, batch int64) error {
	if err := w.h.db.releaseBatch(ctx, batch); err != nil {
		w.h.log.Warn("payout journal: could not release a batch", "batch", batch, "err", err)
		return err
	}
	return nil
}

// ensureFunds releases escrow credited to the wallet when the wallet's
// available balance does not cover a batch.
func (w *chainWorker) ensureFunds(ctx context.Context, total *big.Int) error {
	h := w.h
	st, err := h.cfg.Chain.Wallet(ctx, h.cfg.Wallet)
	if err != nil {
		return err
	}
	if st.State != chain.WalletRegistered {
		return fmt.Errorf("hub wallet %s is %s: payouts wait until it is Registered again", h.cfg.Wallet.Hex(), st.State)
	}
	need := new(big.Int).Mul(total, big.NewInt(130)) // the payout plus its 30% lock fee
	need.Quo(need, big.NewInt(100))
	if st.Available.Cmp(need) >= 0 {
		return nil
	}
	if cr, err := h.cfg.Chain.Credited(ctx, h.cfg.Wallet); err == nil && cr.Sign() > 0 {
		if _, err := h.cfg.Chain.Release(ctx, h.opts(ctx), h.cfg.Wallet); err == nil {
			h.log.Info("escrow released into the hub wallet", "amount", snm.String(cr))
			return nil
		}
	}
	if time.Since(w.lastLow) > time.Minute {
		w.lastLow = time.Now()
		h.log.Warn("hub wallet cannot cover payouts: deposit more with `sonm hub wallet deposit`",
			"available", snm.String(st.Available), "need", snm.String(need))
	}
	return fmt.Errorf("hub wallet has %s available, payouts need %s", snm.String(st.Available), snm.String(need))
}

// reconcile settles the batches whose transaction's fate is unknown: sent
// (or about to be, when the hub stopped) and not seen mined. A batch is
// given up, and its earnings queued again, only when no version of its
// transaction can ever be mined: none was signed, a version failed on
// chain, or another transaction took its nonce. One still pending is
// replaced, same nonce, higher fee, so at most one of its versions is
// mined; a new batch would take the next nonce and both could be. It
// reports whether a batch is still pending.
func (w *chainWorker) reconcile(ctx context.Context) (bool, error) {
	h := w.h
	ps, err := h.db.sendingBatches(ctx)
	if err != nil {
		return false, err
	}
	client := h.cfg.Chain.Backend().Client()
	open := false
	for _, p := range ps {
		var last types.Transaction
		if p.txs == "" || len(p.raw) == 0 || last.UnmarshalBinary(p.raw) != nil {
			// Stopped before signing: nothing was sent.
			if err := w.release(ctx, p.id); err != nil {
				return true, err
			}
			delete(w.sent, p.id)
			h.log.Info("payout journal: batch never sent; its earnings are queued again", "batch", p.id)
			continue
		}
		// The nonce first, then the receipts: a version mined after the
		// nonce was read still shows its receipt.
		nonce, err := client.NonceAt(ctx, h.self, nil)
		if err != nil {
			return true, err
		}
		state := ""
		for _, hs := range strings.Split(p.txs, ",") {
			r, err := client.TransactionReceipt(ctx, common.HexToHash(hs))
			if err == nil && r != nil {
				if r.Status == types.ReceiptStatusSuccessful {
					state = "paid"
				} else {
					state = "failed"
				}
				break
			}
			if err != nil && !errors.Is(err, ethereum.NotFound) {
				return true, err
			}
		}
		if state == "" && nonce > last.Nonce() {
			state = "failed" // another transaction took the nonce: no version can be mined
		}
		switch state {
		case "paid":
			if err := h.db.apply(ctx, setBatchState{id: p.id, state: "paid"}); err != nil {
				return true, err
			}
			h.cfg.Metrics.PayoutConfirmed(w.batchWei(ctx, p.id))
			delete(w.sent, p.id)
			h.log.Info("payout journal: batch paid on chain", "batch", p.id)
		case "failed":
			if err := w.release(ctx, p.id); err != nil {
				return true, err
			}
			delete(w.sent, p.id)
			h.log.Info("payout journal: batch not paid; its earnings are queued again", "batch", p.id)
		default:
			open = true
			if at, ok := w.sent[p.id]; !ok || time.Since(at) >= h.cfg.PayWait {
				w.replace(ctx, p.id, &last, strings.Count(p.txs, ",")+1)
			}
		}
	}
	return open, nil
}

// maxVersions bounds the fee bumps of one payout: past it the last
// version is only broadcast again.
const maxVersions = 12

// replace sends last's nonce again with a fee a fifth higher (or last
// itself once the fee has been raised maxVersions times), journaled
// before it is sent.
func (w *chainWorker) replace(ctx context.Context, batch int64, last *types.Transaction, versions int) {
	h := w.h
	w.sent[batch] = time.Now()
	client := h.cfg.Chain.Backend().Client()
	next := last
	if versions < maxVersions {
		bump := func(v *big.Int) *big.Int {
			b := new(big.Int).Mul(v, big.NewInt(6))
			b.Quo(b, big.NewInt(5))
			return b.Add(b, big.NewInt(1))
		}
		tip, feeCap := bump(last.GasTipCap()), bump(last.GasFeeCap())
		if head, err := client.HeaderByNumber(ctx, nil); err == nil && head.BaseFee != nil {
			if need := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))); need.Cmp(feeCap) > 0 {
				feeCap = need
			}
		}
		signed, err := h.opts(ctx).Signer(h.self, types.NewTx(&types.DynamicFeeTx{
			ChainID: last.ChainId(), Nonce: last.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: last.Gas(), To: last.To(), Value: last.Value(), Data: last.Data(),
		}))
		if err != nil {
			h.log.Warn("payout journal: could not sign a replacement", "batch", batch, "err", err)
			return
		}
		raw, err := signed.MarshalBinary()
		if err != nil {
			return
		}
		if err := h.db.apply(ctx, addBatchTx{batch: batch, hash: signed.Hash().Hex(), raw: raw}); err != nil {
			h.log.Warn("payout journal: could not journal a replacement", "batch", batch, "err", err)
			return
		}
		next = signed
		h.log.Info("payout not mined yet: sent again with a higher fee", "batch", batch, "nonce", next.Nonce(), "tx", next.Hash().Hex(),
			"fee_cap", next.GasFeeCap())
	}
	if err := client.SendTransaction(ctx, next); err != nil && !strings.Contains(err.Error(), "already known") {
		// Underpriced, or the nonce just got used: the next round looks again.
		h.log.Info("payout journal: transaction not accepted", "batch", batch, "tx", next.Hash().Hex(), "err", err)
	}
}

// dealChecks bounds the deals one housekeeping round reads; the next
// round goes on where it stopped.
const dealChecks = 200

// checkDeals reads the deals of unfinished tasks on chain and stops a
// task whose deal is no longer open (the buyer refunded it after its
// deadline on the chain's clock): the hub must not run, nor pay miners
// for, work nobody pays for any more.
func (w *chainWorker) checkDeals(ctx context.Context) {
	h := w.h
	ids, err := ask(ctx, h, func() ([]common.Hash, error) {
		var ids []common.Hash
		for _, t := range h.st.order {
			if !hubapi.Terminal(t.state) && t.state != hubapi.StatePublishing {
				ids = append(ids, t.id)
			}
		}
		return ids, nil
	})
	if err != nil || len(ids) == 0 {
		return
	}
	if w.dealAt >= len(ids) {
		w.dealAt = 0
	}
	end := min(w.dealAt+dealChecks, len(ids))
	for _, id := range ids[w.dealAt:end] {
		d, err := h.cfg.Chain.Deal(ctx, id)
		if err != nil || d.Status == chain.DealOpen {
			continue
		}
		why := fmt.Sprintf("the deal is %s on chain: the buyer refunded it; the task is stopped", d.StatusName)
		if d.Status != chain.DealRefunded {
			why = fmt.Sprintf("the deal is %s on chain though no result was committed by this hub; the task is stopped", d.StatusName)
		}
		h.do(ctx, func() {
			if t := h.st.byID[id]; t != nil && !hubapi.Terminal(t.state) && t.state != hubapi.StatePublishing {
				h.stopTask(t, why)
			}
		})
	}
	w.dealAt = end
}

// housekeeping runs PayDay when due and registers the wallet again, and
// retries unknown batches.
func (w *chainWorker) housekeeping(ctx context.Context) {
	h := w.h
	w.checkDeals(ctx)
	// Escrow that buyers confirmed waits in the Deals contract, credited to
	// the wallet; move it into the wallet.
	if cr, err := h.cfg.Chain.Credited(ctx, h.cfg.Wallet); err == nil && cr.Sign() > 0 {
		if _, err := h.cfg.Chain.Release(ctx, h.opts(ctx), h.cfg.Wallet); err == nil {
			h.log.Info("confirmed escrow released into the hub wallet", "amount", snm.String(cr))
		}
	}
	st, err := h.cfg.Chain.Wallet(ctx, h.cfg.Wallet)
	if err != nil {
		return
	}
	now, err := h.cfg.Chain.Backend().Now(ctx)
	if err != nil {
		return
	}
	if st.State == chain.WalletRegistered && !st.PayDayAt.IsZero() && !now.Before(st.PayDayAt) {
		if _, err := h.cfg.Chain.PayDay(ctx, h.opts(ctx), h.cfg.Wallet); err != nil {
			h.log.Warn("PayDay refused", "err", err)
			return
		}
		h.log.Info("PayDay: locked fees released, DAO fee paid; registering again")
		st.State = chain.WalletIdle
	}
	if st.State == chain.WalletIdle {
		if _, err := h.cfg.Chain.Register(ctx, h.opts(ctx), h.cfg.Wallet); err != nil {
			h.log.Warn("could not register the hub wallet again", "err", err)
		}
	}
}
