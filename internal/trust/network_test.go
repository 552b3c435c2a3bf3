package trust

import (
	"context"
	"crypto/ecdsa"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/vmihailenco/msgpack/v5"
)

// fakeChain answers from maps; the real adapter lives with the chain code.
type fakeChain struct {
	mu      sync.Mutex
	records map[common.Address]WhitelistRecord
	funds   map[common.Address]Funds
	payees  map[common.Address][]common.Address // wallet -> miners it pays
}

func (f *fakeChain) HubRecord(_ context.Context, w common.Address) (WhitelistRecord, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, ok := f.records[w]
	if !ok {
		return r, ErrNotListed
	}
	return r, nil
}

func (f *fakeChain) WalletFunds(_ context.Context, w common.Address) (Funds, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.funds[w], nil
}

func (f *fakeChain) Payouts(_ context.Context, w common.Address, _ time.Time) ([]Payout, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Payout
	for _, m := range f.payees[w] {
		out = append(out, Payout{Miner: m, Amount: tokens(1), Time: time.Now()})
	}
	return out, nil
}

func startBus(t *testing.T, key *ecdsa.PrivateKey) *p2p.Node {
	t.Helper()
	cfg := p2p.LoopbackConfig()
	cfg.PublishRate, cfg.PublishBurst = 50, 100
	n, err := p2p.New(cfg, key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Close() })
	return n
}

type hubSpec struct {
	name   string
	spoil  func(t *testing.T, w *world, c *fakeChain)
	want   Status
	reason string
}

func TestNetworkVerdicts(t *testing.T) {
	const honestMiners, liars = 18, 3
	chain := &fakeChain{records: map[common.Address]WhitelistRecord{}, funds: map[common.Address]Funds{}, payees: map[common.Address][]common.Address{}}
	specs := []hubSpec{
		{"good", nil, Safe, "paid"},
		{"unlisted", func(_ *testing.T, w *world, c *fakeChain) { delete(c.records, w.wallet) }, Refused, "not in whitelist"},
		{"poor", func(_ *testing.T, w *world, c *fakeChain) { c.funds[w.wallet] = Funds{Balance: tokens(3)} }, Refused, "underfunded"},
		{"moved", func(_ *testing.T, w *world, c *fakeChain) {
			r := c.records[w.wallet]
			r.Endpoint = "elsewhere:1"
			c.records[w.wallet] = r
		}, Refused, "endpoint mismatch"},
		{"stingy", func(_ *testing.T, w *world, c *fakeChain) { delete(c.payees, w.wallet) }, Refused, "did not pay"},
		{"forger", func(t *testing.T, w *world, _ *fakeChain) {
			_ = w.ann.Sign(newKey(t))
			w.ann.Owner = addr(w.owner)
		}, Refused, "forged announcement"},
	}
	var nodes []*p2p.Node
	minerKeys := make([]*ecdsa.PrivateKey, honestMiners)
	for i := range minerKeys {
		minerKeys[i] = newKey(t)
	}
	worlds := make([]world, len(specs))
	for i, s := range specs {
		w := honestWorld(t)
		w.ann.Name = s.name
		_ = w.ann.Sign(w.owner)
		chain.records[w.wallet] = w.facts.Record
		chain.funds[w.wallet] = w.facts.Funds
		for _, k := range minerKeys {
			chain.payees[w.wallet] = append(chain.payees[w.wallet], addr(k))
		}
		if s.spoil != nil {
			s.spoil(t, &w, chain)
		}
		worlds[i] = w
		hub := startBus(t, w.owner)
		nodes = append(nodes, hub)
	}
	cfg := DefaultConfig()
	rcfg := RunnerConfig{ChainRefresh: 200 * time.Millisecond, AskEvery: 300 * time.Millisecond, PayoutHistory: time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	runners := make([]*Runner, honestMiners)
	done := make([]chan error, honestMiners)
	for i, k := range minerKeys {
		bus := startBus(t, k)
		nodes = append(nodes, bus)
		a, _ := NewAgent(cfg, addr(k), true)
		runners[i], _ = NewRunner(rcfg, a, bus, chain, &FileStore{Path: filepath.Join(dir, bus.ID().String()+".json")}, time.Now, nil)
		done[i] = make(chan error, 1)
		go func() { done[i] <- runners[i].Run(ctx) }()
	}
	// Liars praise every bad hub and smear the good one.
	for range liars {
		bus := startBus(t, newKey(t))
		nodes = append(nodes, bus)
		go func() {
			var ans []answerMsg
			for i, w := range worlds {
				v := VerdictPaid
				if i == 0 {
					v = VerdictBad
				}
				ans = append(ans, answerMsg{Hub: w.wallet, Verdict: v, Reason: "never paid me"})
			}
			b, _ := msgpack.Marshal(minerMsg{Kind: "a", Answers: ans})
			for ctx.Err() == nil {
				_ = bus.Publish(ctx, p2p.TopicMiners, b)
				time.Sleep(100 * time.Millisecond)
			}
		}()
	}
	if len(nodes) < 20 {
		t.Fatalf("got %d nodes, want at least 20", len(nodes))
	}
	// Sparse topology: each node knows three others.
	for i, n := range nodes {
		for _, d := range []int{1, 4, 9} {
			c, cc := context.WithTimeout(ctx, 10*time.Second)
			if err := n.Connect(c, nodes[(i+d)%len(nodes)].Addrs()[0]); err != nil {
				t.Fatal(err)
			}
			cc()
		}
	}
	for i, w := range worlds {
		go func() { _ = Announce(ctx, nodes[i], w.ann, 200*time.Millisecond, nil) }()
	}
	// Each miner is owed 1 SNM by each hub it knows, due shortly; the chain
	// shows the payment for all but the stingy hub.
	owed := make([]map[common.Address]bool, honestMiners)
	for i := range owed {
		owed[i] = map[common.Address]bool{}
	}
	deadline := time.Now().Add(40 * time.Second)
	for {
		ok := true
		var bad string
		for i, r := range runners {
			r.Do(func(a *Agent) {
				for j, w := range worlds {
					h, known := a.Hub(w.wallet)
					if j == len(worlds)-1 { // forged: kept under its signer
						known = false
						for _, hh := range a.Hubs() {
							if strings.HasPrefix(hh.Key, "forged:") {
								h, known = hh, true
							}
						}
					}
					if known && !owed[i][w.wallet] && h.Chain != nil {
						owed[i][w.wallet] = true
						a.ExpectPayout(time.Now(), w.wallet, tokens(1), time.Now().Add(time.Second))
					}
					if !known || h.Status != specs[j].want || !strings.Contains(h.Reason, specs[j].reason) {
						ok = false
						bad = specs[j].name + ": " + string(h.Status) + " (" + h.Reason + ")"
					}
				}
			})
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("verdicts not reached in time; e.g. got %s", bad)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for i, s := range specs {
		t.Run(s.name, func(t *testing.T) {
			for m, r := range runners {
				var h Hub
				for _, hh := range r.Hubs() {
					if hh.Announcement.Name == s.name {
						h = hh
					}
				}
				if h.Status != s.want || !strings.Contains(h.Reason, s.reason) {
					t.Fatalf("miner %d, hub %d: got %s (%s), want %s (%s)", m, i, h.Status, h.Reason, s.want, s.reason)
				}
			}
		})
	}
	// A restarted miner keeps its hubs list.
	cancel()
	for i := range done {
		if err := <-done[i]; err != nil {
			t.Fatal(err)
		}
	}
	t.Run("restart keeps hubs", func(t *testing.T) {
		before := runners[0].Hubs()
		a, _ := NewAgent(cfg, addr(minerKeys[0]), true)
		r, _ := NewRunner(rcfg, a, nodes[len(specs)], chain, runners[0].store, time.Now, nil)
		if err := r.Load(); err != nil {
			t.Fatal(err)
		}
		after := r.Hubs()
		if len(after) != len(before) {
			t.Fatalf("got %d hubs after restart, want %d", len(after), len(before))
		}
		for i := range before {
			if after[i].Key != before[i].Key || after[i].Status != before[i].Status || after[i].Reason != before[i].Reason {
				t.Fatalf("hub %d: got %s %s (%s), want %s %s (%s)", i, after[i].Key, after[i].Status, after[i].Reason, before[i].Key, before[i].Status, before[i].Reason)
			}
		}
		good, ok := r.agent.Hub(worlds[0].wallet)
		if !ok || good.Status != Safe || good.PaidToMe == nil || good.PaidToMe.Cmp(tokens(1)) < 0 {
			t.Fatalf("good hub after restart: got %v %s paid %v, want safe, paid >= 1 SNM", ok, good.Status, good.PaidToMe)
		}
	})
}
