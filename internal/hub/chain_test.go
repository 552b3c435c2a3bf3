package hub

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

type chainWorld struct {
	net    *devnet.Net
	c      *chain.Client
	hub    *Hub
	owner  *devnet.Actor
	buyer  *devnet.Actor
	wallet common.Address
}

func startChainWorld(t *testing.T, muts ...func(*Config)) *chainWorld {
	t.Helper()
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub", "buyer"}, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.Close)
	w := &chainWorld{net: net, c: net.Client, owner: net.Actor("hub"), buyer: net.Actor("buyer")}
	if err := net.Fund(ctx, snm.Wei(10_000), "hub", "buyer"); err != nil {
		t.Fatal(err)
	}
	w.wallet, _, err = w.c.CreateWallet(ctx, w.owner.Opts, "127.0.0.1:10053", "test hub")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.Deposit(ctx, w.owner.Opts, w.wallet, snm.Wei(1_000)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.Register(ctx, w.owner.Opts, w.wallet); err != nil {
		t.Fatal(err)
	}
	w.hub = startHub(t, t.TempDir(), w.owner.Key, func(c *Config) {
		c.Chain, c.Wallet = w.c, w.wallet
		c.BuyerWei, c.MinerWei = snm.Wei(2), snm.Wei(1) // per core-hour
		for _, m := range muts {
			m(c)
		}
	})
	t.Cleanup(func() { w.hub.Close() })
	return w
}

// open asks a quote and opens the deal for spec as the buyer.
func (w *chainWorld) open(t *testing.T, c *hubapi.Client, spec []byte) (hubapi.Quote, chain.Deal) {
	t.Helper()
	ctx := context.Background()
	lane, seq, err := w.c.FreeLane(ctx, w.buyer.Addr)
	if err != nil {
		t.Fatal(err)
	}
	q, err := c.Quote(ctx, hubapi.QuoteRequest{Spec: spec, Buyer: w.buyer.Addr.Hex(), Lane: lane, Seq: seq})
	if err != nil {
		t.Fatal(err)
	}
	cq := chainQuote(t, q)
	d, _, err := w.c.OpenDealWithPermit(ctx, w.buyer.Opts, w.buyer.Key, cq, q.Sig)
	if err != nil {
		t.Fatal(err)
	}
	return q, d
}

func chainQuote(t *testing.T, q hubapi.Quote) chain.Quote {
	price, _ := new(big.Int).SetString(q.PriceWei, 10)
	return chain.Quote{Wallet: common.HexToAddress(q.Wallet), Buyer: common.HexToAddress(q.Buyer), SpecHash: common.HexToHash(q.SpecHash),
		Price: price, Deadline: q.Deadline, Expiry: q.Expiry, Lane: q.Lane, Seq: q.Seq}
}

func TestChainJourney(t *testing.T) {
	w := startChainWorld(t)
	ctx := context.Background()
	ms := []*fakeMiner{startMiner(t, w.hub, 4, goodOutput, 0), startMiner(t, w.hub, 4, goodOutput, 0), startMiner(t, w.hub, 4, goodOutput, 0)}
	defer func() {
		for _, m := range ms {
			m.stop()
		}
	}()
	c, err := hubapi.DialVia(ctx, w.hub.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	spec := noopSpec(10, 2)
	q, d := w.open(t, c, spec)
	// 10 units x 2 replicas x (2 SNM/core-hour x 1 core x 10 s).
	unit := new(big.Int).Quo(snm.Wei(20), big.NewInt(3600))
	want := new(big.Int).Mul(unit, big.NewInt(20))
	if q.PriceWei != want.String() || d.Amount.Cmp(want) != 0 {
		t.Fatalf("price %s, deal holds %s, want %s", q.PriceWei, d.Amount, want)
	}

	// A submit that does not match the deal is refused before anything runs.
	if _, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: d.ID.Hex(), Spec: noopSpec(11, 2)}); !errors.Is(err, hubapi.ErrDeal) {
		t.Fatalf("submit with another spec: got %v, want ErrDeal", err)
	}
	if _, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: common.Hash{7}.Hex(), Spec: spec}); !errors.Is(err, hubapi.ErrDeal) {
		t.Fatalf("submit of an unfunded deal: got %v, want ErrDeal", err)
	}

	r, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: d.ID.Hex(), Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	buyer := hubapi.Buyer{Key: w.buyer.Key}
	st := wait(t, c, r.Task, buyer)
	if st.State != hubapi.StateDone {
		t.Fatalf("final %+v", st)
	}
	res, err := c.Results(ctx, r.Task, buyer)
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := w.c.Deal(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if onChain.Status != chain.DealCommitted || onChain.ResultHash.Hex() != res.ResultHash {
		t.Fatalf("deal on chain %s with result %s, want Committed with %s", onChain.StatusName, onChain.ResultHash.Hex(), res.ResultHash)
	}
	if _, err := w.c.ConfirmDeal(ctx, w.buyer.Opts, d.ID); err != nil {
		t.Fatal(err)
	}

	// Every verified replica is paid exactly once: 20 x (1 SNM/core-hour x 10 s).
	pay := new(big.Int).Quo(snm.Wei(10), big.NewInt(3600))
	deadline := time.Now().Add(30 * time.Second)
	for {
		ps, err := w.c.Payouts(ctx, w.wallet, nil)
		if err != nil {
			t.Fatal(err)
		}
		total := new(big.Int)
		per := map[common.Address]*big.Int{}
		for _, p := range ps {
			total.Add(total, p.Amount)
			if per[p.Miner] == nil {
				per[p.Miner] = new(big.Int)
			}
			per[p.Miner].Add(per[p.Miner], p.Amount)
		}
		if total.Cmp(new(big.Int).Mul(pay, big.NewInt(20))) == 0 {
			for _, m := range ms {
				m.mu.Lock()
				n := 0
				for _, k := range m.units {
					n += k
				}
				m.mu.Unlock()
				got := per[m.addr]
				if got == nil {
					got = new(big.Int)
				}
				if got.Cmp(new(big.Int).Mul(pay, big.NewInt(int64(n)))) != 0 {
					t.Errorf("miner %s ran %d replicas and was paid %s", m.addr.Hex(), n, snm.String(got))
				}
			}
			break
		}
		if total.Cmp(new(big.Int).Mul(pay, big.NewInt(20))) > 0 {
			t.Fatalf("paid %s in total, more than the 20 replicas earned", snm.String(total))
		}
		if time.Now().After(deadline) {
			t.Fatalf("paid %s in total after 30s, want %s", snm.String(total), snm.String(new(big.Int).Mul(pay, big.NewInt(20))))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestQuoteOverBudget(t *testing.T) {
	w := startChainWorld(t)
	ctx := context.Background()
	c, err := hubapi.DialVia(ctx, w.hub.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	spec := append(noopSpec(4, 2), []byte("max_price: 0.000000001 SNM\n")...)
	_, err = c.Quote(ctx, hubapi.QuoteRequest{Spec: spec, Buyer: w.buyer.Addr.Hex()})
	if !errors.Is(err, hubapi.ErrOverBudget) {
		t.Fatalf("got %v, want ErrOverBudget", err)
	}
}

// TestRefundedDealStops: a buyer refunds its deal (the chain's clock is
// past the deadline, the hub's is not); the hub notices on chain and stops
// the task instead of running and paying for it.
func TestRefundedDealStops(t *testing.T) {
	w := startChainWorld(t, func(c *Config) { c.HouseEvery = 100 * time.Millisecond })
	ctx := context.Background()
	m := startMiner(t, w.hub, 1, goodOutput, time.Hour) // takes a unit, never answers
	defer m.stop()
	c, err := hubapi.DialVia(ctx, w.hub.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	spec := noopSpec(2, 1)
	_, d := w.open(t, c, spec)
	r, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: d.ID.Hex(), Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		running, err := ask(ctx, w.hub, func() (int, error) {
			if t := w.hub.st.byID[d.ID]; t != nil {
				return t.running, nil
			}
			return 0, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if running > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no unit reached the miner in 30s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := w.net.Chain.IncreaseTime(ctx, time.Until(time.Unix(int64(d.Deadline), 0))+time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.RefundDeal(ctx, w.buyer.Opts, d.ID); err != nil {
		t.Fatal(err)
	}
	st := waitState(t, c, r.Task, hubapi.Buyer{Key: w.buyer.Key})
	if !hubapi.Terminal(st.State) || st.State == hubapi.StateDone || !strings.Contains(st.Error, "refunded") {
		t.Fatalf("got state %q error %q, want the task stopped because its deal was refunded", st.State, st.Error)
	}
}

// TestQuoteRefusesUnrunnable: a task the joined miners can never complete
// is refused at quote time, with the reason, before anything is escrowed.
func TestQuoteRefusesUnrunnable(t *testing.T) {
	w := startChainWorld(t)
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		m := startMiner(t, w.hub, 2, goodOutput, 0) // wasm, 1 core per slot
		defer m.stop()
	}
	c, err := hubapi.DialVia(ctx, w.hub.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		spec []byte
		want string // "" accepts
	}{
		{"fits", noopSpec(2, 2), ""},
		{"docker", []byte("name: d\nexecutor: docker\nimage: alpine@sha256:abababababababababababababababababababababababababababababababab\n"), "executor docker"},
		{"four cores", bytes.Replace(noopSpec(2, 1), []byte("cpu: 1"), []byte("cpu: 4"), 1), "4 cores"},
		{"replication above the miners", noopSpec(2, 3), "replication 3 needs 3 distinct miners"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Quote(ctx, hubapi.QuoteRequest{Spec: tt.spec, Buyer: w.buyer.Addr.Hex()})
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("got %v, want a quote", err)
			case tt.want != "" && (!errors.Is(err, hubapi.ErrUnavailable) || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want ErrUnavailable saying %q", err, tt.want)
			}
		})
	}
}
