// Package miner is the miner role: it joins a hub over the hub protocol
// (internal/hubapi), fetches the bundles of the tasks it is given, runs
// their units in the sandboxes it has (WebAssembly, Docker), reports each
// unit's outputs with their Merkle root, and claims its pay from the hub's
// wallet on chain. It reconnects when the hub goes away and, after a
// restart, reports what finished while it was down.
package miner

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/backoff"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// ImagePreparer makes the exact Docker image a spec names present on this
// machine (its tarball from the bundle loaded, or its pinned ID pulled) and
// returns the image's ID, which the units run: never a local image that
// merely holds the same tag (docker.Images).
type ImagePreparer interface {
	Prepare(ctx context.Context, spec *taskspec.Spec) (id string, err error)
}

// Config configures a Miner.
type Config struct {
	// Key is the miner's key; its address is the miner's identity and its
	// payout address.
	Key *ecdsa.PrivateKey
	// Hub says which hub to join; it is called again after a lost
	// connection.
	Hub func(ctx context.Context) (locatorAddr string, wallet common.Address, err error)
	// Executors by spec executor name: "wasm", "docker".
	Executors map[string]executor.Executor
	// Images prepares Docker images; without it Docker tasks are refused.
	Images ImagePreparer
	// Delivery fetches task bundles and shares large outputs; started by
	// the caller. Without it the miner takes only tasks without a bundle
	// and reports only outputs up to hubapi.InlineLimit.
	Delivery *delivery.Node
	// Chain, when set, claims approved payouts from the hub wallet on a
	// Paid message and after the first join.
	Chain     *chain.Client
	ChainOpts *bind.TransactOpts
	// WorkDir keeps bundles, staged inputs, unit output directories and the
	// state file.
	WorkDir string
	// Slots is how many units run at once (default: the number of CPUs).
	Slots int
	// Capacity is what is offered; zero fields are filled from Slots, the
	// CPU count and the executors.
	Capacity hubapi.Capacity
	// AskWei is the least pay per core-hour accepted (nil: any).
	AskWei *big.Int
	Name   string
	Log    *slog.Logger
	Now    func() time.Time
	// OnEvent, when set, is called with every event, one at a time.
	OnEvent func(Event)
	// RetryMin and RetryMax bound the wait between reconnects: the n-th
	// is drawn from [0, min(RetryMax, RetryMin·2ⁿ)] (default 500ms and 30s).
	RetryMin, RetryMax time.Duration
	// WelcomeTimeout bounds the wait for the hub's Welcome (default 30s).
	WelcomeTimeout time.Duration
	// KeepShared is how long a large output stays shared after it was
	// reported (default 10 minutes).
	KeepShared time.Duration
	// CacheBytes bounds the fetched bundles and blobs kept in WorkDir
	// (default DefaultCacheBytes): the least recently used that no ready
	// task holds are removed first, and one larger than the bound is
	// refused.
	CacheBytes int64
	// Metrics, when set, counts the miner's work (nil: no metrics).
	Metrics *metrics.Miner
}

// Stats is what the miner has done so far.
type Stats struct {
	Hub       string         // locator address of the hub joined last
	Wallet    common.Address // its wallet
	Connected bool
	Session   uint64
	Joins     int
	Running   int // assignments held now: queued or running
	Runs      int // units that finished (reported or not)
	Succeeded int // exit code 0, no error
	Failed    int
	Cancelled int
	Reported  int
	PaidWei   *big.Int // approved to this miner according to Paid messages
	Claimed   *big.Int // pulled from hub wallets on chain
}

// Miner joins a hub and runs its units.
type Miner struct {
	cfg   Config
	addr  common.Address
	log   *slog.Logger
	fetch executor.Fetcher
	slots *slots
	wake  chan struct{}
	evMu  sync.Mutex
	// stateMu orders writes of the state file.
	stateMu sync.Mutex

	mu      sync.Mutex
	tasks   map[string]*task
	runs    map[uint64]*run
	pending map[uint64]*pendingResult
	// sent holds results already written to a hub for a while: a write
	// only queues the frame, so a crash or a lost connection right after
	// may lose it; they are written again after the next join (the hub
	// ignores a result it already has).
	sent    map[uint64]*pendingResult
	shared  map[uint64]*sharedOutput
	bundles map[string]*bundle
	useSeq  uint64 // orders bundle uses, for eviction
	stats   Stats
	claimed map[common.Address]bool
	claimMu sync.Mutex
}

// New checks cfg and fills in its defaults; it does no I/O.
func New(cfg Config) (*Miner, error) {
	if cfg.Key == nil {
		return nil, errors.New("miner: no key")
	}
	if cfg.Hub == nil {
		return nil, errors.New("miner: no hub to join")
	}
	if len(cfg.Executors) == 0 {
		return nil, errors.New("miner: no executor")
	}
	for name, ex := range cfg.Executors {
		if name != taskspec.ExecutorWasm && name != taskspec.ExecutorDocker {
			return nil, fmt.Errorf("miner: unknown executor %q (want %q or %q)", name, taskspec.ExecutorWasm, taskspec.ExecutorDocker)
		}
		if ex == nil {
			return nil, fmt.Errorf("miner: executor %q is nil", name)
		}
	}
	if cfg.WorkDir == "" {
		return nil, errors.New("miner: no work directory")
	}
	if cfg.Chain != nil && cfg.ChainOpts == nil {
		return nil, errors.New("miner: a chain client needs a transactor (ChainOpts) to claim payouts")
	}
	if cfg.AskWei != nil && cfg.AskWei.Sign() < 0 {
		return nil, fmt.Errorf("miner: negative ask %s", cfg.AskWei)
	}
	if cfg.Slots < 0 {
		return nil, fmt.Errorf("miner: %d slots", cfg.Slots)
	}
	abs, err := filepath.Abs(cfg.WorkDir)
	if err != nil {
		return nil, fmt.Errorf("miner: work directory: %w", err)
	}
	cfg.WorkDir = abs
	if cfg.Slots == 0 {
		cfg.Slots = runtime.NumCPU()
	}
	if cfg.Capacity.Slots == 0 {
		cfg.Capacity.Slots = cfg.Slots
	}
	if cfg.Capacity.Cores == 0 {
		cfg.Capacity.Cores = float64(runtime.NumCPU())
	}
	if len(cfg.Capacity.Executors) == 0 {
		for name := range cfg.Executors {
			cfg.Capacity.Executors = append(cfg.Capacity.Executors, name)
		}
		sort.Strings(cfg.Capacity.Executors)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.RetryMin <= 0 {
		cfg.RetryMin = 500 * time.Millisecond
	}
	if cfg.RetryMax < cfg.RetryMin {
		cfg.RetryMax = max(30*time.Second, cfg.RetryMin)
	}
	if cfg.WelcomeTimeout <= 0 {
		cfg.WelcomeTimeout = 30 * time.Second
	}
	if cfg.KeepShared <= 0 {
		cfg.KeepShared = 10 * time.Minute
	}
	if cfg.CacheBytes <= 0 {
		cfg.CacheBytes = DefaultCacheBytes
	}
	if cfg.Metrics != nil && cfg.Chain != nil {
		cfg.Chain = cfg.Chain.WithObserver(cfg.Metrics)
	}
	if cfg.Metrics != nil && cfg.Delivery != nil {
		cfg.Metrics.WatchTorrent(cfg.Delivery.Totals)
	}
	m := &Miner{
		cfg:     cfg,
		addr:    crypto.PubkeyToAddress(cfg.Key.PublicKey),
		fetch:   executor.Fetcher{},
		slots:   newSlots(cfg.Slots),
		wake:    make(chan struct{}, 1),
		tasks:   map[string]*task{},
		runs:    map[uint64]*run{},
		pending: map[uint64]*pendingResult{},
		sent:    map[uint64]*pendingResult{},
		shared:  map[uint64]*sharedOutput{},
		bundles: map[string]*bundle{},
		claimed: map[common.Address]bool{},
	}
	m.log = cfg.Log.With("miner", m.addr.Hex())
	m.stats.PaidWei, m.stats.Claimed = new(big.Int), new(big.Int)
	return m, nil
}

// Address is the miner's address.
func (m *Miner) Address() common.Address { return m.addr }

// Stats returns a snapshot of what the miner has done.
func (m *Miner) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.stats
	s.Running = len(m.runs)
	s.PaidWei = new(big.Int).Set(m.stats.PaidWei)
	s.Claimed = new(big.Int).Set(m.stats.Claimed)
	return s
}

// Run joins the hub, works, and reconnects with backoff until ctx ends. It
// returns nil when ctx ends, after every unit it started has stopped.
func (m *Miner) Run(ctx context.Context) error {
	if err := os.MkdirAll(m.cfg.WorkDir, 0o700); err != nil {
		return fmt.Errorf("miner: work directory: %w", err)
	}
	for _, d := range []string{dirUnits, dirTasks, dirBundles, dirBlobs} {
		if err := os.MkdirAll(filepath.Join(m.cfg.WorkDir, d), 0o700); err != nil {
			return fmt.Errorf("miner: work directory: %w", err)
		}
	}
	var wg sync.WaitGroup
	defer func() {
		m.mu.Lock()
		for _, r := range m.runs {
			r.cancel()
		}
		m.mu.Unlock()
		wg.Wait()
		m.mu.Lock()
		for id, s := range m.shared {
			m.unshare(id, s, false)
		}
		m.mu.Unlock()
		if err := m.saveState(); err != nil {
			m.log.Warn("save state", "err", err)
		}
	}()
	if err := m.recover(ctx, &wg); err != nil {
		return err
	}
	m.adoptCache()
	retry := backoff.New(m.cfg.RetryMin, m.cfg.RetryMax)
	for {
		joined, err := m.session(ctx, &wg)
		if ctx.Err() != nil {
			return nil
		}
		if joined {
			retry.Reset()
		}
		d := retry.Next()
		m.emit(Event{Kind: EventDisconnected, Err: err, Retry: d})
		m.log.Warn("hub connection", "err", err, "retry_in", d)
		if backoff.Sleep(ctx, d) != nil {
			return nil
		}
	}
}

func (m *Miner) emit(e Event) {
	if m.cfg.OnEvent == nil {
		return
	}
	if e.Time.IsZero() {
		e.Time = m.cfg.Now()
	}
	m.evMu.Lock()
	defer m.evMu.Unlock()
	m.cfg.OnEvent(e)
}

// notify wakes the sender of the current session.
func (m *Miner) notify() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}
