package hub

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// A hub that asks for a stake admits only miners whose bonded stake
// reaches it, and says what to do to the others.
func TestJoinNeedsTheStake(t *testing.T) {
	w := sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Actors: []string{"miner"}})
	h := startHub(t, t.TempDir(), w.Hub.Key, func(c *Config) {
		c.Chain, c.Wallet = w.Chain, w.Wallet
		c.MinStakeWei = snm.Wei(100)
	})
	defer h.Close()
	m := w.Actor("miner")
	ctx := context.Background()
	join := func() error {
		sm, err := sonmtest.StartMiner(ctx, sonmtest.MinerOptions{Locator: h.LocatorAddr(), Wallet: h.Wallet(), Key: m.Key, Slots: 1})
		if err == nil {
			sm.Stop()
		}
		return err
	}
	refused := func(when string) {
		t.Helper()
		err := join()
		if err == nil || !strings.Contains(err.Error(), "requires a bonded miner stake of 100 SNM") || !strings.Contains(err.Error(), "sonm miner stake deposit") {
			t.Fatalf("%s: got %v, want the join refused saying the stake needed and how to deposit", when, err)
		}
	}
	refused("no stake")
	if _, err := w.Chain.StakeDeposit(ctx, m.Opts, snm.Wei(100)); err != nil {
		t.Fatal(err)
	}
	if err := join(); err != nil {
		t.Fatalf("with 100 SNM staked: got %v, want welcome", err)
	}
	if _, err := w.Chain.RequestStakeWithdraw(ctx, m.Opts, snm.Wei(50)); err != nil {
		t.Fatal(err)
	}
	refused("half of it unbonding")
}

func TestStakeNeedsAChain(t *testing.T) {
	_, err := New(Config{Key: newKey(t), DataDir: t.TempDir(), BuyerWei: big.NewInt(2), MinerWei: big.NewInt(1), MinStakeWei: big.NewInt(1)})
	if err == nil || !strings.Contains(err.Error(), "needs a chain") {
		t.Fatalf("got %v, want a hub with a stake rule and no chain refused", err)
	}
}
