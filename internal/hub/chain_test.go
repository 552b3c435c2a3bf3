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
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// chainWorld is a hub on a dev chain (its owner is w.Hub) and a buyer.
type chainWorld struct {
	*sonmtest.ChainWorld
	hub   *Hub
	buyer *devnet.Actor
}

func startChainWorld(t *testing.T, muts ...func(*Config)) *chainWorld {
	t.Helper()
	w := &chainWorld{ChainWorld: sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Actors: []string{"buyer"}, Fund: snm.Wei(10_000),
		Deposit: snm.Wei(1_000), Endpoint: "127.0.0.1:10053"})}
	w.buyer = w.Actor("buyer")
	w.hub = startHub(t, t.TempDir(), w.Hub.Key, func(c *Config) {
		c.Chain, c.Wallet = w.Chain, w.Wallet
		c.BuyerWei, c.MinerWei = snm.Wei(2), snm.Wei(1) // per core-hour
		for _, m := range muts {
			m(c)
		}
	})
	t.Cleanup(func() { w.hub.Close() })
	return w
}

func TestChainJourney(t *testing.T) {
	w := startChainWorld(t)
	ctx := context.Background()
	ms := []*sonmtest.StandInMiner{miner(t, w.hub, sonmtest.MinerOptions{Slots: 4}), miner(t, w.hub, sonmtest.MinerOptions{Slots: 4}), miner(t, w.hub, sonmtest.MinerOptions{Slots: 4})}
	defer func() {
		for _, m := range ms {
			m.Stop()
		}
	}()
	c := sonmtest.Dial(t, w.hub.LocatorAddr())
	spec := sonmtest.NoopSpec(10, 2)
	q, d := w.OpenDeal(t, c, w.buyer, spec)
	// 10 units x 2 replicas x (2 SNM/core-hour x 1 core x 10 s).
	unit := new(big.Int).Quo(snm.Wei(20), big.NewInt(3600))
	want := new(big.Int).Mul(unit, big.NewInt(20))
	if q.PriceWei != want.String() || d.Amount.Cmp(want) != 0 {
		t.Fatalf("price %s, deal holds %s, want %s", q.PriceWei, d.Amount, want)
	}

	// A submit that does not match the deal is refused before anything runs.
	if _, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: d.ID.Hex(), Spec: sonmtest.NoopSpec(11, 2)}); !errors.Is(err, hubapi.ErrDeal) {
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
	st := sonmtest.WaitStatus(t, c, r.Task, buyer, 0)
	if st.State != hubapi.StateDone {
		t.Fatalf("final %+v", st)
	}
	res, err := c.Results(ctx, r.Task, buyer)
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := w.Chain.Deal(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if onChain.Status != chain.DealCommitted || onChain.ResultHash.Hex() != res.ResultHash {
		t.Fatalf("deal on chain %s with result %s, want Committed with %s", onChain.StatusName, onChain.ResultHash.Hex(), res.ResultHash)
	}
	if _, err := w.Chain.ConfirmDeal(ctx, w.buyer.Opts, d.ID); err != nil {
		t.Fatal(err)
	}

	// Every verified replica is paid exactly once: 20 x (1 SNM/core-hour x 10 s).
	pay := new(big.Int).Quo(snm.Wei(10), big.NewInt(3600))
	deadline := time.Now().Add(30 * time.Second)
	for {
		ps, err := w.Chain.Payouts(ctx, w.Wallet, nil)
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
				n := 0
				for _, k := range m.Runs() {
					n += k
				}
				got := per[m.Addr()]
				if got == nil {
					got = new(big.Int)
				}
				if got.Cmp(new(big.Int).Mul(pay, big.NewInt(int64(n)))) != 0 {
					t.Errorf("miner %s ran %d replicas and was paid %s", m.Addr().Hex(), n, snm.String(got))
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
	c := sonmtest.Dial(t, w.hub.LocatorAddr())
	spec := append(sonmtest.NoopSpec(4, 2), []byte("max_price: 0.000000001 SNM\n")...)
	_, err := c.Quote(ctx, hubapi.QuoteRequest{Spec: spec, Buyer: w.buyer.Addr.Hex()})
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
	m := miner(t, w.hub, sonmtest.MinerOptions{Slots: 1, Delay: sonmtest.Never}) // takes a unit, never answers
	defer m.Stop()
	c := sonmtest.Dial(t, w.hub.LocatorAddr())
	spec := sonmtest.NoopSpec(2, 1)
	_, d := w.OpenDeal(t, c, w.buyer, spec)
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
	if _, err := w.Net.Chain.IncreaseTime(ctx, time.Until(time.Unix(int64(d.Deadline), 0))+time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Chain.RefundDeal(ctx, w.buyer.Opts, d.ID); err != nil {
		t.Fatal(err)
	}
	st := sonmtest.WaitStatus(t, c, r.Task, hubapi.Buyer{Key: w.buyer.Key}, 0)
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
		m := miner(t, w.hub, sonmtest.MinerOptions{Slots: 2}) // wasm, 1 core per slot
		defer m.Stop()
	}
	c := sonmtest.Dial(t, w.hub.LocatorAddr())
	tests := []struct {
		name string
		spec []byte
		want string // "" accepts
	}{
		{"fits", sonmtest.NoopSpec(2, 2), ""},
		{"docker", []byte("name: d\nexecutor: docker\nimage: alpine@sha256:abababababababababababababababababababababababababababababababab\n"), "executor docker"},
		{"four cores", bytes.Replace(sonmtest.NoopSpec(2, 1), []byte("cpu: 1"), []byte("cpu: 4"), 1), "4 cores"},
		{"replication above the miners", sonmtest.NoopSpec(2, 3), "replication 3 needs 3 distinct miners"},
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
