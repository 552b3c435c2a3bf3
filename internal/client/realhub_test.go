package client_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/client"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// joinMiner joins a hub over the real join stream and answers every
// assignment with out-<unit>.txt, inline. It stands in for internal/miner,
// which runs real executors; the hub, the chain and the torrents are real.
func joinMiner(t *testing.T, ctx context.Context, locatorAddr string, wallet string) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c, err := hubapi.DialVia(ctx, locatorAddr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	js, err := c.Join(ctx, hubapi.JoinRequest{Wallet: wallet, Time: time.Now().Unix(), Name: "stand-in",
		Capacity: hubapi.Capacity{Slots: 4, Cores: 4, MemoryBytes: 1 << 30, Executors: []string{"wasm"}}}, key)
	if err != nil {
		t.Fatal(err)
	}
	if kind, _, err := js.Recv(ctx); err != nil || kind != hubapi.KindWelcome {
		t.Fatalf("join: got %q, %v; want welcome", kind, err)
	}
	var mu sync.Mutex
	send := func(kind string, v any) error {
		mu.Lock()
		defer mu.Unlock()
		return js.Send(ctx, kind, v)
	}
	go func() {
		tk := time.NewTicker(50 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				if send(hubapi.KindHeartbeat, hubapi.Heartbeat{Free: 4}) != nil {
					return
				}
			}
		}
	}()
	go func() {
		for {
			kind, body, err := js.Recv(ctx)
			if err != nil {
				return
			}
			if kind != hubapi.KindAssign {
				continue
			}
			var a hubapi.Assignment
			if hubapi.Unmarshal(body, &a) != nil {
				return
			}
			data := []byte(fmt.Sprintf("tile %d\n", a.Unit))
			sum := sha256.Sum256(data)
			f := hubapi.File{Path: fmt.Sprintf("tile-%d.txt", a.Unit), Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
			root, _ := hubapi.OutputRoot([]hubapi.File{f})
			send(hubapi.KindResult, hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Root: root.Hex(),
				Outputs: []hubapi.File{f}, Inline: []hubapi.InlineFile{{Path: f.Path, Data: data}}})
		}
	}()
}

// TestAgainstRealHub runs the buyer's journey against internal/hub: its
// quote passes the buyer's checks, it fetches the bundle, places the units,
// assembles and commits the result, and the buyer verifies and confirms.
func TestAgainstRealHub(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub", "buyer"}, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.Fund(ctx, snm.Wei(1000), "hub", "buyer"); err != nil {
		t.Fatal(err)
	}
	owner := net.Actor("hub")
	wallet, _, err := net.Client.CreateWallet(ctx, owner.Opts, "127.0.0.1:0", "real hub")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := net.Client.Deposit(ctx, owner.Opts, wallet, snm.Wei(100)); err != nil {
		t.Fatal(err)
	}
	if _, err := net.Client.Register(ctx, owner.Opts, wallet); err != nil {
		t.Fatal(err)
	}
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
	joinMiner(t, ctx, h.LocatorAddr(), wallet.Hex())
	joinMiner(t, ctx, h.LocatorAddr(), wallet.Hex())

	out := &syncBuffer{}
	c, err := client.New(client.Config{Key: net.Actor("buyer").Key, Chain: net.Client, Delivery: newNode(), Out: out, WorkDir: t.TempDir()})
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
		b, err := os.ReadFile(filepath.Join(res.OutDir, fmt.Sprintf("tile-%d.txt", u)))
		if want := fmt.Sprintf("tile %d\n", u); err != nil || string(b) != want {
			t.Errorf("tile-%d.txt: got %q (%v), want %q", u, b, err, want)
		}
	}
}
