package demo

import (
	"context"
	"errors"
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

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/wasm"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/taskspec"
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

// HubNode is the running hub of a world, with its bus and torrent nodes.
type HubNode struct {
	Hub      *hub.Hub
	Bus      *p2p.Node
	Delivery *delivery.Node
	Dir      string
	cancel   context.CancelFunc
	done     chan struct{}
}

// Close stops the hub and everything it runs.
func (h *HubNode) Close() {
	if h == nil {
		return
	}
	h.cancel()
	<-h.done
	h.Hub.Close()
	h.Bus.Close()
	h.Delivery.Close()
}

// StartHub starts a hub for wallet owned by owner, announcing itself on a
// loopback bus, with its data in dir. locator "" picks a free port.
func StartHub(ctx context.Context, c *chain.Client, owner *devnet.Actor, wallet common.Address, dir, locator string, log *slog.Logger) (*HubNode, error) {
	if locator == "" {
		locator = "127.0.0.1:0"
	}
	dn, err := delivery.New(delivery.Config{}, log.With("component", "delivery"))
	if err != nil {
		return nil, err
	}
	if err := dn.Start(ctx); err != nil {
		return nil, err
	}
	h, err := hub.New(hub.Config{Key: owner.Key, Chain: c, Wallet: wallet, Delivery: dn, DataDir: dir, Name: "demo hub",
		BuyerWei: BuyerPrice, MinerWei: MinerPay, LocatorAddr: locator, Heartbeat: 500 * time.Millisecond, PayEvery: time.Second,
		Log: log.With("role", "hub")})
	if err != nil {
		dn.Close()
		return nil, err
	}
	if err := h.Start(ctx); err != nil {
		dn.Close()
		return nil, err
	}
	bus, err := p2p.New(p2p.LoopbackConfig(), owner.Key, log.With("component", "p2p"), time.Now)
	if err == nil {
		err = bus.Start(ctx)
	}
	if err != nil {
		h.Close()
		dn.Close()
		return nil, err
	}
	ann := trust.Announcement{Name: "demo hub", Endpoints: []string{h.LocatorAddr()}, Wallet: wallet,
		BuyerWei: BuyerPrice.String(), MinerWei: MinerPay.String(), Needs: trust.Needs{MinCores: 1}, IssuedAt: time.Now().Unix()}
	if err := ann.Sign(owner.Key); err != nil {
		return nil, err
	}
	actx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n := &HubNode{Hub: h, Bus: bus, Delivery: dn, Dir: dir, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(n.done)
		trust.Announce(actx, bus, ann, 300*time.Millisecond, nil)
	}()
	return n, nil
}

// MinerNode is one running miner of a world.
type MinerNode struct {
	Name     string
	Actor    *devnet.Actor
	Miner    *miner.Miner
	Bus      *p2p.Node
	Delivery *delivery.Node
	Runner   *trust.Runner
	cancel   context.CancelFunc
	done     chan struct{}
	closers  []func()
}

// Close stops the miner.
func (m *MinerNode) Close() {
	if m == nil {
		return
	}
	m.cancel()
	<-m.done
	for i := len(m.closers) - 1; i >= 0; i-- {
		m.closers[i]()
	}
}

// MinerOptions tune StartMiner.
type MinerOptions struct {
	Slots     int
	Bootstrap []string // bus addresses of the hub
	CacheDir  string   // compiled modules, shared by the miners of a world
	Log       *slog.Logger
	OnEvent   func(miner.Event)
	// Found is told which hub the miner's agent chose and why.
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
// hears of against the chain with its trust agent, picks one, joins it and
// works for it.
func StartMiner(ctx context.Context, c *chain.Client, a *devnet.Actor, dir string, o MinerOptions) (*MinerNode, error) {
	log := o.Log.With("role", a.Name)
	m := &MinerNode{Name: a.Name, Actor: a, done: make(chan struct{})}
	fail := func(err error) (*MinerNode, error) {
		for i := len(m.closers) - 1; i >= 0; i-- {
			m.closers[i]()
		}
		return nil, err
	}
	bus, err := p2p.New(p2p.LoopbackConfig(), a.Key, log.With("component", "p2p"), time.Now)
	if err == nil {
		err = bus.Start(ctx)
	}
	if err != nil {
		return fail(err)
	}
	m.Bus = bus
	m.closers = append(m.closers, func() { bus.Close() })
	for _, b := range o.Bootstrap {
		if err := bus.Connect(ctx, b); err != nil {
			return fail(fmt.Errorf("%s: join the bus at %s: %w", a.Name, b, err))
		}
	}
	cfg := trust.DefaultConfig()
	cfg.Policy = trust.OnlyTrusted
	cfg.MinConfirmations = 0
	checker, err := trust.StartChecker(ctx, cfg, bus, c, dir, time.Second, log.With("component", "trust"))
	if err != nil {
		return fail(err)
	}
	m.Runner = checker.Runner
	m.closers = append(m.closers, checker.Close)
	dn, err := delivery.New(delivery.Config{}, log.With("component", "delivery"))
	if err == nil {
		err = dn.Start(ctx)
	}
	if err != nil {
		return fail(err)
	}
	m.Delivery = dn
	m.closers = append(m.closers, func() { dn.Close() })
	ex, err := wasm.New(wasm.Config{CacheDir: o.CacheDir}, log.With("component", "wasm"))
	if err == nil {
		err = ex.Start(ctx)
	}
	if err != nil {
		return fail(err)
	}
	m.closers = append(m.closers, func() { ex.Close(context.Background()) })
	var once sync.Once
	pick := func(ctx context.Context) (string, common.Address, error) {
		type choice struct {
			h   trust.Hub
			why string
		}
		ch, err := trust.Wait(ctx, checker, trust.WaitOptions{Settle: o.Settle}, func(hubs []trust.Hub) (choice, error) {
			h, c, err := trust.PickHub(hubs, nil, o.Slots)
			if err == nil && len(h.Announcement.Endpoints) == 0 {
				err = errors.New("the chosen hub announced no endpoint")
			}
			return choice{h, c.Why}, err
		})
		if err != nil {
			return "", common.Address{}, err
		}
		once.Do(func() {
			if o.Found != nil {
				o.Found(ch.h, ch.why)
			}
		})
		return ch.h.Announcement.Endpoints[0], ch.h.Announcement.Wallet, nil
	}
	executors := map[string]executor.Executor{taskspec.ExecutorWasm: ex}
	if o.Docker != nil {
		executors[taskspec.ExecutorDocker] = o.Docker
	}
	mn, err := miner.New(miner.Config{Key: a.Key, Hub: pick, Executors: executors, Images: o.Images, Delivery: dn,
		Chain: c, ChainOpts: a.Opts, WorkDir: dir, Slots: o.Slots, Name: a.Name, Log: log, OnEvent: o.OnEvent,
		RetryMin: 100 * time.Millisecond, RetryMax: time.Second})
	if err != nil {
		return fail(err)
	}
	m.Miner = mn
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	m.cancel = cancel
	go func() {
		defer close(m.done)
		if err := mn.Run(rctx); err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("miner stopped", "err", err)
		}
	}()
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
