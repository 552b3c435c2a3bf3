package demo

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/examples/mandelbrot"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

// Prices of the demo hub, SNM per core-hour.
var (
	BuyerPrice = mustSNM("0.36")
	MinerPay   = mustSNM("0.18")
)

func mustSNM(s string) *big.Int {
	v, err := snm.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// StartHub starts a hub for wallet owned by owner, with its data in dir,
// records its locator as the wallet's endpoint in the whitelist and
// announces it on a loopback bus. locator "" picks a free port.
func StartHub(ctx context.Context, c *chain.Client, owner *devnet.Actor, wallet common.Address, dir, locator string, log *slog.Logger) (*app.HubRole, error) {
	if locator == "" {
		locator = "127.0.0.1:0"
	}
	return app.StartHub(ctx, app.HubConfig{
		Hub: hub.Config{Key: owner.Key, Chain: c, Wallet: wallet, DataDir: dir, Name: "demo hub",
			BuyerWei: BuyerPrice, MinerWei: MinerPay, LocatorAddr: locator, Heartbeat: 500 * time.Millisecond, PayEvery: time.Second,
			Log: log.With("role", "hub")},
		Delivery:     &delivery.Config{},
		SyncEndpoint: true,
		Announce:     &app.AnnounceConfig{Bus: p2p.LoopbackConfig(), Every: 300 * time.Millisecond, Needs: trust.Needs{MinCores: 1}},
	})
}

// MinerOptions tune StartMiner.
type MinerOptions struct {
	Slots     int
	Bootstrap []string // bus addresses of the hub
	CacheDir  string   // compiled modules, shared by the miners of a world
	Log       *slog.Logger
	OnEvent   func(miner.Event)
	// Found is told which hub the miner's agent chose and why, once.
	Found func(h trust.Hub, why string)
	// Settle is how long the agent listens before choosing (0: the first
	// usable hub; the demo's world has one).
	Settle time.Duration
	// Docker, when set, runs Docker units besides WebAssembly ones; Images
	// makes their images present.
	Docker executor.Executor
	Images miner.ImagePreparer
}

// StartMiner starts a miner that listens to the bus, checks the hubs it
// hears of against the chain with its trust agent (trusted hubs only),
// picks one, joins it and works for it in the background until Close.
func StartMiner(ctx context.Context, c *chain.Client, a *devnet.Actor, dir string, o MinerOptions) (*app.MinerRole, error) {
	log := o.Log.With("role", a.Name)
	tc := trust.DefaultConfig()
	tc.Policy = trust.OnlyTrusted
	tc.MinConfirmations = 0
	var once sync.Once
	m, err := app.StartMiner(ctx, app.MinerConfig{
		Miner: miner.Config{Key: a.Key, Chain: c, ChainOpts: a.Opts, WorkDir: dir, Slots: o.Slots, Name: a.Name, Log: log,
			OnEvent: o.OnEvent, RetryMin: 100 * time.Millisecond, RetryMax: time.Second},
		Discover:     &app.DiscoverConfig{Bus: p2p.LoopbackConfig(), Connect: o.Bootstrap, Trust: tc, Refresh: time.Second, StateDir: dir},
		DiscoverWait: trust.WaitOptions{Settle: o.Settle},
		Picked: func(h trust.Hub, why string) {
			once.Do(func() {
				if o.Found != nil {
					o.Found(h, why)
				}
			})
		},
		Delivery:     &delivery.Config{},
		WasmCacheDir: o.CacheDir,
		Docker:       o.Docker,
		Images:       o.Images,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name, err)
	}
	if err := m.Go(); err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

// WriteMandelbrot writes the example's spec, with replication repl, and its
// module into dir, and returns the spec's path.
func WriteMandelbrot(dir string, repl int) (string, error) {
	spec, err := mandelbrotFS.ReadFile("spec.yaml")
	if err != nil {
		return "", err
	}
	mod, err := mandelbrotFS.ReadFile("mandelbrot.wasm")
	if err != nil {
		return "", err
	}
	s := strings.Replace(string(spec), "replication: 2", fmt.Sprintf("replication: %d", repl), 1)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "mandelbrot.wasm"), mod, 0o644); err != nil {
		return "", err
	}
	p := filepath.Join(dir, "spec.yaml")
	return p, os.WriteFile(p, []byte(s), 0o644)
}

var mandelbrotFS = mandelbrot.Files
