package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/wasm"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/taskspec"
	"github.com/sonm-io/sonm/internal/trust"
)

// MinerConfig is everything a miner role runs with.
type MinerConfig struct {
	// Miner configures the miner itself (key, chain and transactor, work
	// directory, slots, capacity, ask, name, logger, events, retries).
	// StartMiner sets its Hub, Executors, Images and Delivery, and its
	// Metrics when MetricsAddr is given.
	Miner miner.Config
	// Hub and Wallet pin the hub to join: its locator endpoint and its
	// wallet. Used when Discover is nil.
	Hub    string
	Wallet common.Address
	// Discover, when set, finds the hub on the bus instead: the trust
	// agent checks every announced hub against Miner.Chain and the miner
	// joins trust.PickHub's choice.
	Discover *DiscoverConfig
	// DiscoverWait bounds each wait for a hub on the bus.
	DiscoverWait trust.WaitOptions
	// DiscoverHint is added to the error of a wait that found no hub
	// (what the user may do about it).
	DiscoverHint string
	// Picked, when set, is told of every hub chosen on the bus and why.
	Picked func(h trust.Hub, why string)
	// Delivery configures the torrent node for bundles and large
	// outputs; nil runs without one.
	Delivery *delivery.Config
	// WasmCacheDir keeps compiled modules ("" compiles every time).
	WasmCacheDir string
	// Docker, when set, runs Docker units besides WebAssembly ones; the
	// caller starts and closes it. Images prepares their images. Without
	// Docker the miner offers no GPUs and no network: only Docker units
	// get them.
	Docker executor.Executor
	Images miner.ImagePreparer
	// MetricsAddr is where Prometheus metrics, /healthz and /readyz (ready
	// while joined to a hub) are served; "" serves none.
	MetricsAddr string
}

// MinerRole is a started miner with its parts. It works once Run or Go is
// called.
type MinerRole struct {
	Miner     *miner.Miner
	Delivery  *delivery.Node // nil without MinerConfig.Delivery
	Wasm      *wasm.Executor
	Discovery *Discovery      // nil with a pinned hub
	Metrics   *metrics.Server // nil without MinerConfig.MetricsAddr
	// Executors are the names of the executors the miner runs, sorted.
	Executors []string

	log   *slog.Logger
	stack Stack
	mu    sync.Mutex
	ran   bool
}

var errRan = errors.New("the miner runs already")

// StartMiner starts a miner's parts: its torrent node, its WebAssembly
// executor, the bus and trust agent when it finds its hub there, and its
// metrics server. A step that fails closes what the steps before it
// started; the error is a *StepError.
func StartMiner(ctx context.Context, cfg MinerConfig) (*MinerRole, error) {
	r := &MinerRole{}
	if err := r.start(ctx, cfg); err != nil {
		r.stack.Close()
		return nil, err
	}
	return r, nil
}

func (r *MinerRole) start(ctx context.Context, cfg MinerConfig) error {
	mc := cfg.Miner
	log := logOrDiscard(mc.Log)
	mc.Log, r.log = log, log
	if cfg.Discover == nil && (cfg.Hub == "" || cfg.Wallet == (common.Address{})) {
		return stepErr(StepMiner, errors.New("a miner needs a hub: pin one (endpoint and wallet) or find one on the bus"))
	}
	dn, err := startDelivery(ctx, cfg.Delivery, log, &r.stack)
	if err != nil {
		return err
	}
	r.Delivery, mc.Delivery = dn, dn
	wx, err := wasm.New(wasm.Config{CacheDir: cfg.WasmCacheDir}, log.With("component", "wasm"))
	if err != nil {
		return stepErr(StepWasm, err)
	}
	if err := wx.Start(ctx); err != nil {
		return stepErr(StepWasm, err)
	}
	r.stack.Push("wasm executor", func() error { return wx.Close(context.Background()) })
	r.Wasm = wx
	mc.Executors = map[string]executor.Executor{taskspec.ExecutorWasm: wx}
	if cfg.Docker != nil {
		mc.Executors[taskspec.ExecutorDocker] = cfg.Docker
		mc.Images = cfg.Images
	} else {
		mc.Capacity.GPUs, mc.Capacity.Network = 0, false
	}
	for n := range mc.Executors {
		r.Executors = append(r.Executors, n)
	}
	sort.Strings(r.Executors)

	if cfg.Discover != nil {
		d, err := StartDiscovery(ctx, *cfg.Discover, mc.Key, mc.Chain, log)
		if err != nil {
			return err
		}
		r.stack.Push("discovery", d.Close)
		r.Discovery = d
		mc.Hub = r.pick(d, cfg, mc.Slots)
	} else {
		hub, wallet := cfg.Hub, cfg.Wallet
		mc.Hub = func(context.Context) (string, common.Address, error) { return hub, wallet, nil }
	}
	if cfg.MetricsAddr != "" {
		mc.Metrics = metrics.NewMiner()
	}
	m, err := miner.New(mc)
	if err != nil {
		return stepErr(StepMiner, err)
	}
	r.Miner = m
	if cfg.MetricsAddr != "" {
		srv, err := serveMetrics(cfg.MetricsAddr, mc.Metrics.Registry(), func(context.Context) error {
			if !m.Stats().Connected {
				return errors.New("not joined to a hub")
			}
			return nil
		}, log)
		if err != nil {
			return err
		}
		r.stack.Push("metrics server", srv.Close)
		r.Metrics = srv
	}
	return nil
}

// pick is the miner's Hub function on the bus: trust.PickHub's choice
// among the hubs the agent checked.
func (r *MinerRole) pick(d *Discovery, cfg MinerConfig, slots int) func(context.Context) (string, common.Address, error) {
	if slots <= 0 {
		slots = runtime.NumCPU()
	}
	type choice struct {
		h   trust.Hub
		why string
	}
	return func(ctx context.Context) (string, common.Address, error) {
		ch, err := trust.Wait(ctx, d.Checker, cfg.DiscoverWait, func(hubs []trust.Hub) (choice, error) {
			h, c, err := trust.PickHub(hubs, nil, slots)
			if err == nil && len(h.Announcement.Endpoints) == 0 {
				err = errors.New("the chosen hub announced no endpoint")
			}
			return choice{h, c.Why}, err
		})
		if err != nil {
			if ctx.Err() == nil && cfg.DiscoverHint != "" {
				err = fmt.Errorf("%w; %s", err, cfg.DiscoverHint)
			}
			return "", common.Address{}, err
		}
		if cfg.Picked != nil {
			cfg.Picked(ch.h, ch.why)
		}
		return ch.h.Announcement.Endpoints[0], ch.h.Announcement.Wallet, nil
	}
}

// Run works until ctx ends (then it returns nil) or the miner fails.
func (r *MinerRole) Run(ctx context.Context) error {
	if err := r.claimRun(); err != nil {
		return err
	}
	return r.Miner.Run(ctx)
}

// Go works in the background until Close; a failure is logged.
func (r *MinerRole) Go() error {
	if err := r.claimRun(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := r.Miner.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			r.log.Warn("miner stopped", "err", err)
		}
	}()
	r.stack.Push("miner", func() error { cancel(); <-done; return nil })
	return nil
}

// claimRun lets the miner run once.
func (r *MinerRole) claimRun() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ran {
		return errRan
	}
	r.ran = true
	return nil
}

// Close stops the miner and everything started with it, in reverse order.
func (r *MinerRole) Close() error {
	if r == nil {
		return nil
	}
	return r.stack.Close()
}
