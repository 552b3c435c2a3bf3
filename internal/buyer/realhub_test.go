package buyer_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/buyer"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// TestAgainstRealHub runs the buyer's journey against internal/hub: its
// quote passes the buyer's checks, it fetches the bundle, places the units,
// assembles and commits the result, and the buyer verifies and confirms.
func TestAgainstRealHub(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	w := sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Actors: []string{"buyer"}})
	net, owner, wallet := w.Net, w.Hub, w.Wallet
	newNode := func() *delivery.Node {
		n, err := delivery.New(delivery.Config{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { n.Close() })
		return n
	}
	h, err := hub.New(hub.Config{Key: owner.Key, Chain: net.Client, Wallet: wallet, Delivery: newNode(), DataDir: t.TempDir(),
		Name: "real", BuyerWei: snm.Wei(36), MinerWei: snm.Wei(18), LocatorAddr: "127.0.0.1:0",
		Heartbeat: 100 * time.Millisecond, PayEvery: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	// Replicas of a unit go to distinct miners.
	for range 2 {
		sonmtest.Miner(t, sonmtest.MinerOptions{Locator: h.LocatorAddr(), Wallet: wallet, Slots: 4, OutputName: tileName, Output: tile})
	}

	out := &sonmtest.SyncBuffer{}
	c, err := buyer.New(buyer.Config{Key: net.Actor("buyer").Key, Chain: net.Client, Delivery: newNode(), Out: out, WorkDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before, err := net.Client.Balance(ctx, c.Address())
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Submit(ctx, h.LocatorAddr(), writeSpec(t, specYAML), t.TempDir())
	if err != nil {
		t.Fatalf("submit: %v\n%s", err, out)
	}
	t.Logf("what the buyer read:\n%s", out)
	d, err := net.Client.Deal(ctx, res.Deal.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Confirmed || d.Status != chain.DealConfirmed {
		t.Errorf("got confirmed %v and deal %s, want a confirmed deal", res.Confirmed, d.Status)
	}
	after, err := net.Client.Balance(ctx, c.Address())
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "buyer paid", new(big.Int).Sub(before, after), res.Price)
	for u := range 2 {
		b, err := os.ReadFile(filepath.Join(res.OutDir, tileName(u)))
		if want := tile(u); err != nil || string(b) != want {
			t.Errorf("tile-%d.txt: got %q (%v), want %q", u, b, err, want)
		}
	}
}

// tileName and tile are what the stand-in miners write for specYAML.
func tileName(unit int) string { return fmt.Sprintf("tile-%d.txt", unit) }
func tile(unit int) string     { return fmt.Sprintf("tile %d\n", unit) }
