package app

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/services/host"
	"github.com/sonm-io/sonm/internal/trust"
)

var testWallet = common.HexToAddress("0x00000000000000000000000000000000000000a1")

// freeAddr is a loopback address nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// taken holds a listener on a loopback address until the test ends.
func taken(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln.Addr().String()
}

// mustBeFree fails unless addr can be listened on again soon: whatever
// held it was closed. (The torrent client lets go of its listener a few
// milliseconds after its Close returns.)
func mustBeFree(t *testing.T, what, addr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ln, err := net.Listen("tcp", addr)
		if err == nil {
			ln.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("the %s's address %s is still held: %v", what, addr, err)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func testHubConfig(t *testing.T) hub.Config {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return hub.Config{Key: key, Wallet: testWallet, DataDir: filepath.Join(t.TempDir(), "hub"), Name: "test hub",
		BuyerWei: big.NewInt(2000), MinerWei: big.NewInt(1000), LocatorAddr: "127.0.0.1:0", Log: slog.New(slog.DiscardHandler)}
}

// A step of StartHub that fails closes what the steps before it started:
// the torrent node, the metrics server and, when the bus fails, the hub
// with its locator.
func TestStartHubUndoesAPartialStart(t *testing.T) {
	notADir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notADir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		edit     func(c *HubConfig, locator string)
		wantStep string
		hubRan   bool // the hub started before the failing step
	}{
		{name: "locator taken", wantStep: StepHub,
			edit: func(c *HubConfig, _ string) { c.Hub.LocatorAddr = taken(t) }},
		{name: "data dir unusable", wantStep: StepHub,
			edit: func(c *HubConfig, _ string) { c.Hub.DataDir = filepath.Join(notADir, "hub") }},
		{name: "bus unusable", wantStep: StepBus, hubRan: true,
			edit: func(c *HubConfig, _ string) {
				bus := p2p.LoopbackConfig()
				bus.ListenAddrs = []string{"not a multiaddr"}
				c.Announce = &AnnounceConfig{Bus: bus, Every: time.Second}
			}},
		{name: "endpoint without a chain", wantStep: StepEndpoint, hubRan: true,
			edit: func(c *HubConfig, _ string) { c.SyncEndpoint = true }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			torrent, metricsAt, locator := freeAddr(t), freeAddr(t), freeAddr(t)
			cfg := HubConfig{Hub: testHubConfig(t), Delivery: &delivery.Config{ListenAddr: torrent}, MetricsAddr: metricsAt}
			cfg.Hub.LocatorAddr = locator
			tt.edit(&cfg, locator)
			r, err := StartHub(ctx, cfg)
			if err == nil {
				r.Close()
				t.Fatal("got a started hub, want an error")
			}
			if got := FailedStep(err); got != tt.wantStep {
				t.Fatalf("got step %q (%v), want %q", got, err, tt.wantStep)
			}
			mustBeFree(t, "torrent node", torrent)
			mustBeFree(t, "metrics server", metricsAt)
			if tt.hubRan {
				mustBeFree(t, "hub's locator", locator)
				// The database was closed: a hub starts on it again.
				cfg.Announce, cfg.SyncEndpoint = nil, false
				r, err := StartHub(ctx, cfg)
				if err != nil {
					t.Fatalf("a hub on the same data dir: %v", err)
				}
				r.Close()
			}
		})
	}
}

// A started hub serves its locator, metrics and announcements; Close
// stops them all and frees their addresses.
func TestStartHubAndClose(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	torrent, metricsAt, locator := freeAddr(t), freeAddr(t), freeAddr(t)
	cfg := HubConfig{Hub: testHubConfig(t), Delivery: &delivery.Config{ListenAddr: torrent}, MetricsAddr: metricsAt,
		Announce: &AnnounceConfig{Bus: p2p.LoopbackConfig(), Every: 50 * time.Millisecond, Needs: trust.Needs{MinCores: 1}}}
	cfg.Hub.LocatorAddr = locator
	r, err := StartHub(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if r.Hub.LocatorAddr() != locator || r.Delivery.Addr() != torrent || r.Metrics.Addr() != metricsAt || r.Bus == nil {
		t.Fatalf("got locator %s, torrents %s, metrics %s, bus %v; want %s, %s, %s and a bus",
			r.Hub.LocatorAddr(), r.Delivery.Addr(), r.Metrics.Addr(), r.Bus, locator, torrent, metricsAt)
	}
	// The announcement is the hub's, signed by its owner, for its locator.
	b, err := r.Announce.Encode()
	if err != nil {
		t.Fatal(err)
	}
	ann, err := trust.DecodeAnnouncement(b)
	if err != nil {
		t.Fatalf("the hub's announcement does not verify: %v", err)
	}
	if owner := crypto.PubkeyToAddress(cfg.Hub.Key.PublicKey); ann.Owner != owner || ann.Endpoints[0] != locator || ann.Wallet != testWallet ||
		ann.BuyerWei != "2000" || ann.MinerWei != "1000" || ann.Name != "test hub" {
		t.Errorf("got announcement %+v, want the hub's (owner %s, endpoint %s)", ann, owner.Hex(), locator)
	}
	busKey, err := HubBusKey(cfg.Hub.Key, testWallet)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Bus.Address(), crypto.PubkeyToAddress(busKey.PublicKey); got != want {
		t.Errorf("the hub's bus identity is %s, want the derived %s", got.Hex(), want.Hex())
	}
	if resp, err := http.Get("http://" + metricsAt + "/readyz"); err != nil || resp.StatusCode != 200 {
		t.Errorf("/readyz of a started hub: got %v, %v; want 200", resp, err)
	} else {
		resp.Body.Close()
	}
	if err := r.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := r.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	for what, addr := range map[string]string{"locator": locator, "torrent node": torrent, "metrics server": metricsAt} {
		mustBeFree(t, what, addr)
	}
}

// The bus key is the hub's own: stable for one owner and wallet, another
// for another wallet, never the owner's key.
func TestHubBusKey(t *testing.T) {
	owner, _ := crypto.GenerateKey()
	a1, _ := HubBusKey(owner, testWallet)
	a2, _ := HubBusKey(owner, testWallet)
	b, _ := HubBusKey(owner, common.HexToAddress("0xb1"))
	if !a1.Equal(a2) {
		t.Error("got two keys for one owner and wallet, want one")
	}
	if a1.Equal(b) || a1.Equal(owner) {
		t.Error("got the same key for another wallet or the owner's key, want a key per hub")
	}
}

func testMinerConfig(t *testing.T, hubAt string) MinerConfig {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return MinerConfig{Miner: miner.Config{Key: key, WorkDir: t.TempDir(), Slots: 1, Name: "m", Log: slog.New(slog.DiscardHandler),
		RetryMin: 20 * time.Millisecond, RetryMax: 100 * time.Millisecond},
		Hub: hubAt, Wallet: testWallet, Delivery: &delivery.Config{ListenAddr: freeAddr(t)}}
}

// A step of StartMiner that fails closes what the steps before it started.
func TestStartMinerUndoesAPartialStart(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(c *MinerConfig)
		wantStep string
	}{
		{name: "metrics address taken", wantStep: StepMetrics, edit: func(c *MinerConfig) { c.MetricsAddr = taken(t) }},
		{name: "discovery without a chain", wantStep: StepTrust, edit: func(c *MinerConfig) {
			c.Discover = &DiscoverConfig{Bus: p2p.LoopbackConfig(), StateDir: t.TempDir(), Refresh: time.Second}
		}},
		{name: "no hub", wantStep: StepMiner, edit: func(c *MinerConfig) { c.Hub = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cfg := testMinerConfig(t, "127.0.0.1:1")
			tt.edit(&cfg)
			r, err := StartMiner(ctx, cfg)
			if err == nil {
				r.Close()
				t.Fatal("got a started miner, want an error")
			}
			if got := FailedStep(err); got != tt.wantStep {
				t.Fatalf("got step %q (%v), want %q", got, err, tt.wantStep)
			}
			mustBeFree(t, "torrent node", cfg.Delivery.ListenAddr)
		})
	}
}

// A miner pinned to a hub joins it once it runs, in the foreground (Run
// returns when ctx ends) or in the background (until Close).
func TestMinerRunsAndJoins(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	hr, err := StartHub(ctx, HubConfig{Hub: testHubConfig(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer hr.Close()
	for _, background := range []bool{false, true} {
		cfg := testMinerConfig(t, hr.Hub.LocatorAddr())
		joined := make(chan struct{}, 1)
		cfg.Miner.OnEvent = func(e miner.Event) {
			if e.Kind == miner.EventJoined {
				select {
				case joined <- struct{}{}:
				default:
				}
			}
		}
		r, err := StartMiner(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Executors; len(got) != 1 || got[0] != "wasm" {
			t.Errorf("got executors %v, want [wasm]", got)
		}
		rctx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		if background {
			if err := r.Go(); err != nil {
				t.Fatal(err)
			}
		} else {
			go func() { done <- r.Run(rctx) }()
		}
		select {
		case <-joined:
		case <-ctx.Done():
			t.Fatalf("background %v: the miner did not join the hub", background)
		}
		if err := r.Go(); !errors.Is(err, errRan) {
			t.Errorf("a second run: got %v, want %v", err, errRan)
		}
		stop()
		if !background {
			if err := <-done; err != nil {
				t.Errorf("Run after ctx ended: got %v, want nil", err)
			}
		}
		if err := r.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
		mustBeFree(t, "torrent node", cfg.Delivery.ListenAddr)
	}
}

// A node whose metrics address is taken is closed again: its locator's
// address is free.
func TestStartNodeUndoesAPartialStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	listen := freeAddr(t)
	r, err := StartNode(ctx, NodeConfig{Host: host.Config{Listen: listen, DataDir: t.TempDir(), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))},
		MetricsAddr: taken(t)})
	if err == nil {
		r.Close()
		t.Fatal("got a started node, want an error")
	}
	if got := FailedStep(err); got != StepMetrics {
		t.Fatalf("got step %q (%v), want %q", got, err, StepMetrics)
	}
	mustBeFree(t, "node's locator", listen)
}
