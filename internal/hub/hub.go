// Package hub is the hub node: it sells its miners' capacity to buyers,
// splits each task into work units, places replicas of them on miners
// through internal/scheduler, compares the replicas' outputs, publishes the
// verified result as a torrent and commits its hash to the deal on chain,
// and pays miners for verified work in batches from its hub wallet.
//
// All state lives in one event loop (loop.go) and is written to SQLite
// (store.go) before the hub acts on it, in one transaction per batch of
// events; chain transactions run in their own worker (chainwork.go) with a
// journal that makes every payout happen exactly once across restarts.
package hub

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/singleflight"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/scheduler"
)

// Config configures a hub.
type Config struct {
	Key      *ecdsa.PrivateKey // the wallet's owner: signs quotes, sends payouts
	Chain    *chain.Client     // nil runs without a chain (benchmarks): no deal checks, no payouts
	Wallet   common.Address    // the hub wallet miners are paid from
	Delivery *delivery.Node    // fetches bundles, publishes results; nil only without bundles (benchmarks)
	DataDir  string            // SQLite database, bundles, replicas, results

	Name     string
	BuyerWei *big.Int // charged to buyers per core-hour
	MinerWei *big.Int // paid to miners per core-hour
	// MinStakeWei is the bonded stake (MinerStake, less what is unbonding)
	// a miner needs to join; nil or 0: none. Needs a chain.
	MinStakeWei *big.Int

	ListenAddr  string // hub service, TCP; default 127.0.0.1:0
	LocatorAddr string // the locator that resolves "hub"; default 127.0.0.1:10053; "-" for none
	// MaxConnsPerAddr bounds the hub service's connections from one IP
	// (default rpc's, 256; negative for none: benchmarks joining thousands
	// of miners over loopback).
	MaxConnsPerAddr int

	Heartbeat      time.Duration // miners send a heartbeat this often (default 1s)
	MissedBeats    int           // a miner silent for this many heartbeats is dropped (default 3)
	PayEvery       time.Duration // payout batches at most this often (default 2s)
	PayBatch       int           // miners per transferMany (default 100)
	PayWait        time.Duration // a payout not mined within this is sent again, same nonce, higher fee (default 30s)
	HouseEvery     time.Duration // chain housekeeping (PayDay, escrow release, refunds) this often (default 15s)
	QuoteTTL       time.Duration // a quote must be used within (default 10m)
	MaxFailures    int           // failed replicas of one unit before the task fails (default 3 + 2*replication)
	ReplicaGrace   time.Duration // added to a unit's max_duration before a silent replica is lost (default 30s)
	ListLimit      int           // most tasks one list reply holds, newest first (default 1000)
	StuckWait      time.Duration // a task with a unit no joined miner may run waits this long for one, then fails (default 10m)
	MaxBundleBytes int64         // a buyer's bundle larger than this is refused (default 4 GiB)
	NoPersistSync  bool          // benchmarks: skip fsync (synchronous=OFF)

	Metrics *metrics.Hub // nil: no metrics

	Log *slog.Logger
	Now func() time.Time
}

// DefaultMaxBundleBytes is the largest buyer's bundle a hub fetches unless
// configured otherwise.
const DefaultMaxBundleBytes = 4 << 30

func (c *Config) defaults() error {
	if c.Key == nil {
		return errors.New("hub: a key is needed")
	}
	if c.DataDir == "" {
		return errors.New("hub: a data directory is needed")
	}
	if c.MinStakeWei != nil && c.MinStakeWei.Sign() < 0 {
		return errors.New("hub: the miners' minimum stake must not be negative")
	}
	if c.MinStakeWei != nil && c.MinStakeWei.Sign() > 0 && c.Chain == nil {
		return errors.New("hub: a minimum miner stake needs a chain to read stakes from")
	}
	if c.BuyerWei == nil || c.MinerWei == nil || c.BuyerWei.Sign() <= 0 || c.MinerWei.Sign() <= 0 {
		return errors.New("hub: buyer price and miner pay must be positive")
	}
	if c.ListenAddr == "" {
		c.ListenAddr = "127.0.0.1:0"
	}
	if c.LocatorAddr == "" {
		c.LocatorAddr = "127.0.0.1:10053"
	}
	if c.Heartbeat <= 0 {
		c.Heartbeat = time.Second
	}
	if c.MissedBeats <= 0 {
		c.MissedBeats = 3
	}
	if c.PayEvery <= 0 {
		c.PayEvery = 2 * time.Second
	}
	if c.PayBatch <= 0 {
		c.PayBatch = 100
	}
	if c.PayWait <= 0 {
		c.PayWait = 30 * time.Second
	}
	if c.HouseEvery <= 0 {
		c.HouseEvery = 15 * time.Second
	}
	if c.QuoteTTL <= 0 {
		c.QuoteTTL = 10 * time.Minute
	}
	if c.MaxBundleBytes <= 0 {
		c.MaxBundleBytes = DefaultMaxBundleBytes
	}
	if c.ListLimit <= 0 {
		c.ListLimit = 1000
	}
	if c.StuckWait <= 0 {
		c.StuckWait = 10 * time.Minute
	}
	if c.ReplicaGrace <= 0 {
		c.ReplicaGrace = 30 * time.Second
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Name == "" {
		c.Name = "hub"
	}
	return nil
}

// Hub is a running hub.
type Hub struct {
	cfg   Config
	log   *slog.Logger
	self  common.Address
	db    *store
	plan  scheduler.Planner
	chain *chainWorker

	srv     *rpc.Server
	ln      net.Listener
	locSrv  *rpc.Server
	locLn   net.Listener
	loc     *locator.Locator
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	events  chan func()
	stopped chan struct{}
	failed  error // set by the loop when the database refused a write
	started atomic.Bool

	bundleMu sync.Mutex
	bundles  map[string]string           // info hash -> magnet of bundles fetched and seeded
	fetches  singleflight.Group          // by info hash: one fetch of a bundle at a time
	missed   map[*session]map[uint64]int // loop: heartbeats each running replica was missing from

	st state // owned by the loop goroutine
}

// New checks cfg; Start opens everything.
func New(cfg Config) (*Hub, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	h := &Hub{
		cfg:     cfg,
		log:     cfg.Log,
		self:    crypto.PubkeyToAddress(cfg.Key.PublicKey),
		plan:    scheduler.New(),
		events:  make(chan func(), 4096),
		stopped: make(chan struct{}),
		bundles: map[string]string{},
		missed:  map[*session]map[uint64]int{},
	}
	h.st.init()
	h.observe()
	return h, nil
}

// Start opens the database, resumes unfinished work, and serves the hub
// service (and the locator unless disabled).
func (h *Hub) Start(ctx context.Context) error {
	// Buyers' bundles and results and the database are the owner's alone;
	// a directory an earlier version made readable to all is tightened.
	for _, d := range []string{"", "bundles", "replicas", "results"} {
		p := filepath.Join(h.cfg.DataDir, d)
		if err := os.MkdirAll(p, 0o700); err != nil {
			return fmt.Errorf("hub data directory: %w", err)
		}
		if err := os.Chmod(p, 0o700); err != nil {
			return fmt.Errorf("hub data directory: %w", err)
		}
	}
	db, err := openStore(ctx, h.cfg.DataDir, !h.cfg.NoPersistSync)
	if err != nil {
		return err
	}
	h.db = db
	if err := h.checkIdentity(ctx); err != nil {
		db.Close()
		return err
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	h.cancel = cancel
	if h.cfg.Chain != nil {
		h.chain = newChainWorker(h)
	}
	if err := h.resume(ctx); err != nil {
		cancel()
		db.Close()
		return err
	}

	srv, err := rpc.NewServer(h.cfg.Metrics.WrapService(h.service()), rpc.Config{Logger: h.log.With("component", "rpc"), ReadBuffer: 16 << 10, WriteBuffer: 16 << 10,
		MaxConnsPerAddr: h.cfg.MaxConnsPerAddr})
	if err != nil {
		cancel()
		db.Close()
		return err
	}
	ln, err := net.Listen("tcp", h.cfg.ListenAddr)
	if err != nil {
		cancel()
		db.Close()
		return fmt.Errorf("hub service: listen on %s: %w", h.cfg.ListenAddr, err)
	}
	h.srv, h.ln = srv, ln
	if h.cfg.LocatorAddr != "-" {
		if err := h.startLocator(ctx); err != nil {
			ln.Close()
			cancel()
			db.Close()
			return err
		}
	}
	h.wg.Add(1)
	go func() { defer h.wg.Done(); h.loop(ctx) }()
	h.wg.Add(1)
	go func() { defer h.wg.Done(); srv.Serve(ctx, ln) }()
	if h.chain != nil {
		h.wg.Add(1)
		go func() { defer h.wg.Done(); h.chain.run(ctx) }()
	}
	h.started.Store(true)
	h.log.Info("hub started", "wallet", h.cfg.Wallet.Hex(), "service", ln.Addr().String(), "locator", h.LocatorAddr())
	return nil
}

func (h *Hub) startLocator(ctx context.Context) error {
	loc, err := locator.New(locator.Config{UUID: "sonm-hub-" + h.cfg.Wallet.Hex(), Logger: h.log.With("component", "locator")})
	if err != nil {
		return err
	}
	locLn, err := net.Listen("tcp", h.cfg.LocatorAddr)
	if err != nil {
		return fmt.Errorf("hub locator: listen on %s: %w (another node may hold it; pass another --locator)", h.cfg.LocatorAddr, err)
	}
	locSrv, err := rpc.NewServer(loc.Service(), rpc.Config{})
	if err != nil {
		locLn.Close()
		return err
	}
	loc.SetEndpoints([]locator.Endpoint{locator.EndpointOf(locLn.Addr())})
	loc.Register(locator.Record{Name: hubapi.ServiceName, Endpoints: []locator.Endpoint{locator.EndpointOf(h.ln.Addr())},
		Version: hubapi.Version, Graph: hubapi.Protocol()})
	h.loc, h.locSrv, h.locLn = loc, locSrv, locLn
	h.wg.Add(1)
	go func() { defer h.wg.Done(); locSrv.Serve(ctx, locLn) }()
	return nil
}

// checkIdentity refuses a database written by another wallet.
func (h *Hub) checkIdentity(ctx context.Context) error {
	w, err := h.db.meta(ctx, "wallet")
	if err != nil {
		return fmt.Errorf("hub database: %w", err)
	}
	if w == "" {
		return h.db.apply(ctx, setMeta{key: "wallet", value: h.cfg.Wallet.Hex()})
	}
	if w != h.cfg.Wallet.Hex() {
		return fmt.Errorf("hub database in %s belongs to wallet %s, not %s: use another --data dir", h.cfg.DataDir, w, h.cfg.Wallet.Hex())
	}
	return nil
}

// Addr is the hub service's TCP address.
func (h *Hub) Addr() string { return h.ln.Addr().String() }

// LocatorAddr is the locator's address ("" when disabled): the endpoint
// the hub announces and that miners and buyers dial.
func (h *Hub) LocatorAddr() string {
	if h.locLn == nil {
		return ""
	}
	return h.locLn.Addr().String()
}

// Wallet is the hub wallet.
func (h *Hub) Wallet() common.Address { return h.cfg.Wallet }

// Close stops serving, lets the loop write what it holds, and closes the
// database.
func (h *Hub) Close() error {
	if h.cancel == nil {
		return nil
	}
	if h.locSrv != nil {
		h.locSrv.Close()
	}
	h.srv.Close()
	h.cancel()
	h.wg.Wait()
	return h.db.Close()
}

// Opts is the owner's transactor, for the hub's own chain chores.
func (h *Hub) Opts(ctx context.Context) *bind.TransactOpts { return h.opts(ctx) }

// opts is the owner's transactor.
func (h *Hub) opts(ctx context.Context) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(h.cfg.Key, h.cfg.Chain.Backend().ChainID())
	o.Context = ctx
	return o
}
