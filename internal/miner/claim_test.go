package miner

import (
	"context"
	"testing"

	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// A real chain: the miner claims what the hub wallet approved, once after
// joining and again on every Paid message.
func TestPaidIsClaimedFromTheHubWallet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"owner", "miner"}, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer net.Close()
	c, owner, minerActor := net.Client, net.Actor("owner"), net.Actor("miner")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(net.Fund(ctx, snm.Wei(100), "owner"))
	wallet, _, err := c.CreateWallet(ctx, owner.Opts, "127.0.0.1:1", "claims")
	must(err)
	_, err = c.Deposit(ctx, owner.Opts, wallet, snm.Wei(50))
	must(err)
	_, err = c.Register(ctx, owner.Opts, wallet)
	must(err)
	_, err = c.Pay(ctx, owner.Opts, wallet, minerActor.Addr, snm.Wei(2))
	must(err)

	hub := newFakeHub(t)
	hub.wallet = wallet
	tm := startMiner(t, hub, Config{Key: minerActor.Key, Executors: map[string]executor.Executor{"wasm": newGate()},
		Chain: c, ChainOpts: minerActor.Opts})
	j := hub.next(t)
	first := tm.ev.waitFor(t, "claimed after joining", kindIs(EventClaimed))
	if first.Err != nil || first.AmountWei.Cmp(snm.Wei(2)) != 0 {
		t.Fatalf("first claim: got %v %v, want 2 SNM", first.AmountWei, first.Err)
	}

	before, err := c.Balance(ctx, minerActor.Addr)
	must(err)
	_, err = c.Pay(ctx, owner.Opts, wallet, minerActor.Addr, snm.Wei(3))
	must(err)
	j.send(t, hubapi.KindPaid, hubapi.Paid{AmountWei: snm.Wei(3).String(), Units: 1, Tx: "0x1"})
	tm.ev.waitCount(t, "claimed", 2, kindIs(EventClaimed))
	after, err := c.Balance(ctx, minerActor.Addr)
	must(err)
	if got := after.Sub(after, before); got.Cmp(snm.Wei(3)) != 0 {
		t.Errorf("balance gained: got %s, want 3 SNM", snm.String(got))
	}
	st := tm.Stats()
	if st.Claimed.Cmp(snm.Wei(5)) != 0 || st.PaidWei.Cmp(snm.Wei(3)) != 0 {
		t.Errorf("stats: got claimed %s paid %s, want 5 SNM and 3 SNM", snm.String(st.Claimed), snm.String(st.PaidWei))
	}
}
