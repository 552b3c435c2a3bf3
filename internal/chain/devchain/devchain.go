// Package devchain runs an Ethereum development chain inside the sonm process:
// go-ethereum's node and eth service driven by a simulated beacon, serving
// JSON-RPC on 127.0.0.1. Blocks are sealed as soon as a transaction arrives
// (or every period), genesis funds the dev accounts, an optional data dir
// keeps the state across restarts, and the chain's clock can be moved forward
// from Go or over JSON-RPC so that tests of 30- and 120-day rules run in
// seconds.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultChainID is the chain id of a dev chain unless configured otherwise
// (the one geth --dev and most tooling use).
const DefaultChainID = 1337

// DefaultGasLimit is the block gas limit of a fresh dev chain.
const DefaultGasLimit = 60_000_000

// DefaultBalance is what genesis gives each dev account: one million ETH.
var defaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// DefaultBalance returns the ETH (in wei) that genesis gives each dev account
// when Config.Balance is nil.
func DefaultBalance() *big.Int { return new(big.Int).Set(defaultBalance) }

// ErrClosed is returned by operations on a chain that is not running.
var ErrClosed = errors.New("dev chain is not running")

// ErrStuckPool is returned by IncreaseTime when the pool holds transactions
// that the miner does not include (e.g. a tip below the miner's minimum), so
// the time cannot move in an empty block.
var ErrStuckPool = errors.New("pool holds transactions the miner does not include")

// Config describes a dev chain. The zero value is a valid in-memory chain with
// chain id 1337, instant blocks and JSON-RPC on a free port.
type Config struct {
	// ChainID of a fresh chain; 0 means DefaultChainID. A chain restored from
	// DataDir keeps the id it was created with.
	ChainID uint64
	// Accounts are funded with Balance each in the genesis block.
	Accounts []common.Address
	// Balance per dev account in wei; nil means DefaultBalance().
	Balance *big.Int
	// Alloc is added to the genesis state as it is (it wins over Accounts).
	Alloc types.GenesisAlloc
	// GasLimit of the genesis block; 0 means DefaultGasLimit.
	GasLimit uint64

	// Port of the HTTP (and WebSocket) JSON-RPC server on 127.0.0.1;
	// 0 picks a free port. URL reports the result.
	Port int
	// NoHTTP disables the HTTP/WS server; the chain is then reachable only
	// in-process through Client and RPC.
	NoHTTP bool
	// DebugRPC also serves the debug and txpool namespaces over HTTP/WS.
	// They can rewind the chain (debug_setHead), so anything that reaches
	// the port could wipe it: off unless asked for.
	DebugRPC bool

	// Period seals a block every Period (rounded down to whole seconds, at
	// least one); 0 seals a block whenever a transaction arrives.
	Period time.Duration

	// DataDir keeps the chain on disk so that a restart resumes it; empty
	// means in memory.
	DataDir string
}

// The browser origins the RPC server answers: pages served from this host
// only, so that a web page a local browser opens cannot drive the chain. The
// WebSocket check matches a port-less rule on any port; CORS needs the
// explicit port wildcard.
func wsOrigins() []string {
	return []string{"http://localhost", "http://127.0.0.1", "https://localhost", "https://127.0.0.1"}
}

func corsOrigins() []string {
	return []string{
		"http://localhost", "http://localhost:*", "http://127.0.0.1", "http://127.0.0.1:*",
		"https://localhost", "https://localhost:*", "https://127.0.0.1", "https://127.0.0.1:*",
	}
}

// Chain is a running (or not yet started) dev chain.
type Chain struct {
	cfg    Config
	logger *slog.Logger

	// sealMu serializes every block sealing: the auto-miner, timed blocks,
	// Mine and IncreaseTime. The simulated beacon itself does not lock.
	sealMu sync.Mutex

	mu      sync.Mutex // guards the fields below
	stack   *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	rpc     *rpc.Client
	client  *ethclient.Client
	chainID *big.Int
	stop    chan struct{}
	done    sync.WaitGroup
}

// New validates cfg and returns a chain that Start will run. It does no I/O.
func New(cfg Config, logger *slog.Logger) (*Chain, error) {
	if cfg.Port < 0 || cfg.Port > 65535 {
		return nil, fmt.Errorf("dev chain port %d out of range 0-65535", cfg.Port)
	}
	if cfg.Period < 0 {
		return nil, fmt.Errorf("dev chain block period %s is negative", cfg.Period)
	}
	if cfg.Period > 0 && cfg.Period < time.Second {
		return nil, fmt.Errorf("dev chain block period %s is shorter than one second", cfg.Period)
	}
	if cfg.Balance != nil && cfg.Balance.Sign() < 0 {
		return nil, fmt.Errorf("dev account balance %s is negative", cfg.Balance)
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultBalance()
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Chain{cfg: cfg, logger: logger}, nil
}

// Genesis returns the genesis block a fresh chain with this configuration
// starts from.
func (c *Chain) Genesis() *core.Genesis {
	config := *params.AllDevChainProtocolChanges
	config.ChainID = new(big.Int).SetUint64(c.cfg.ChainID)
	// Run the rules of Ethereum mainnet today (Osaka), not the unreleased
	// forks geth's dev preset also enables: Amsterdam/Bogota reprice state
	// creation (EIP-8037), so gas figures measured here would match no real
	// chain.
	config.AmsterdamTime = nil
	config.BogotaTime = nil
	alloc := core.SystemContractAllocs()
	for _, a := range c.cfg.Accounts {
		alloc[a] = types.Account{Balance: new(big.Int).Set(c.cfg.Balance)}
	}
	maps.Copy(alloc, c.cfg.Alloc)
	return &core.Genesis{
		Config:     &config,
		GasLimit:   c.cfg.GasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}

// Start opens the database, starts the node and its RPC servers, and begins
// sealing blocks. ctx bounds only the start itself.
func (c *Chain) Start(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack != nil {
		return errors.New("dev chain already started")
	}

	nodeConf := node.DefaultConfig
	nodeConf.Name = "sonm-devchain"
	nodeConf.DataDir = c.cfg.DataDir
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.Logger = log.NewLogger(c.logger.Handler())
	nodeConf.IPCPath = ""
	nodeConf.AuthAddr = "127.0.0.1"
	nodeConf.AuthPort = 0
	nodeConf.HTTPHost, nodeConf.WSHost = "", ""
	if !c.cfg.NoHTTP {
		modules := []string{"eth", "net", "web3", "sonm", "evm"}
		if c.cfg.DebugRPC {
			modules = append(modules, "debug", "txpool")
		}
		nodeConf.HTTPHost = "127.0.0.1"
		nodeConf.HTTPPort = c.cfg.Port
		nodeConf.HTTPModules = modules
		// A foreign Host is a DNS-rebinding page; IP hosts pass anyway.
		nodeConf.HTTPVirtualHosts = []string{"localhost"}
		nodeConf.HTTPCors = corsOrigins()
		// Same host and port as HTTP: geth serves WebSocket on the HTTP listener.
		nodeConf.WSHost = "127.0.0.1"
		nodeConf.WSPort = c.cfg.Port
		nodeConf.WSModules = modules
		nodeConf.WSOrigins = wsOrigins()
	}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return fmt.Errorf("create dev chain node: %w", err)
	}
	started := false
	defer func() {
		if !started {
			_ = stack.Close()
		}
	}()

	ethConf := ethconfig.Defaults
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// As geth --dev: the miner takes every tip the pool accepts (1 wei and
	// up), so no accepted transaction waits forever.
	ethConf.Miner.GasPrice = big.NewInt(1)
	// The log index is built in the background and lags the head, so a
	// filter right after a transaction could miss its logs; a dev chain is
	// small enough to search its blocks directly, as geth's simulated
	// backend does.
	ethConf.LogNoHistory = true
	ethConf.Genesis = c.Genesis()
	if c.cfg.DataDir != "" {
		// Write every block's state to disk as the block is sealed (an
		// archive node in the hash scheme): a killed process then resumes
		// at its last block. The default path scheme keeps the latest 128
		// states in memory until a clean shutdown, and a kill loses them all.
		ethConf.StateScheme = rawdb.HashScheme
		ethConf.NoPruning = true
		if rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) != "" {
			// Resume the chain on disk with the genesis it was created with.
			ethConf.Genesis = nil
		}
	}
	ethBackend, err := eth.New(stack, &ethConf)
	if err != nil {
		return fmt.Errorf("create dev chain: %w", err)
	}
	filterSystem := filters.NewFilterSystem(ethBackend.APIBackend, filters.Config{})
	api := &timeAPI{chain: c}
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)},
		{Namespace: "sonm", Service: api},
		{Namespace: "evm", Service: api},
	})
	if err := stack.Start(); err != nil {
		return fmt.Errorf("start dev chain node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, ethBackend)
	if err != nil {
		return fmt.Errorf("start dev chain beacon: %w", err)
	}
	rc := stack.Attach()

	c.stack = stack
	c.eth = ethBackend
	c.beacon = beacon
	c.rpc = rc
	c.client = ethclient.NewClient(rc)
	c.chainID = ethBackend.BlockChain().Config().ChainID
	c.stop = make(chan struct{})
	started = true

	if c.cfg.Period > 0 {
		c.done.Add(1)
		go c.timedLoop(c.stop, c.cfg.Period.Truncate(time.Second))
	} else {
		sub := make(chan core.NewTxsEvent)
		s := ethBackend.TxPool().SubscribeTransactions(sub, true)
		c.done.Add(1)
		go c.instantLoop(c.stop, sub, s.Unsubscribe)
	}
	c.logger.Info("dev chain started", "chain_id", c.chainID, "url", c.urlLocked(), "data_dir", c.cfg.DataDir,
		"block", ethBackend.BlockChain().CurrentBlock().Number)
	return nil
}

// Close stops sealing, the RPC servers and the node, and flushes the
// database. It is safe to call on a chain that never started and more than
// once.
func (c *Chain) Close() error {
	c.mu.Lock()
	stack, stop, rc := c.stack, c.stop, c.rpc
	c.stack, c.stop, c.rpc, c.client, c.eth, c.beacon = nil, nil, nil, nil, nil, nil
	c.mu.Unlock()
	if stack == nil {
		return nil
	}
	close(stop)
	c.done.Wait()
	// Wait for a seal in flight (IncreaseTime, Mine) before the node goes.
	// Every seal takes sealMu before it checks that the chain runs, so none
	// starts after this; the lock is not held over stack.Close, which may
	// wait for an RPC handler that waits for the lock.
	c.sealMu.Lock()
	c.sealMu.Unlock() //nolint:staticcheck // an empty critical section: a barrier
	rc.Close()
	if err := stack.Close(); err != nil {
		return fmt.Errorf("close dev chain: %w", err)
	}
	return nil
}

// URL is the HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:8545; empty
// before Start or with NoHTTP.
func (c *Chain) URL() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.urlLocked()
}

func (c *Chain) urlLocked() string {
	if c.stack == nil || c.cfg.NoHTTP {
		return ""
	}
	return c.stack.HTTPEndpoint()
}

// WSURL is the WebSocket JSON-RPC endpoint (same listener as URL).
func (c *Chain) WSURL() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil || c.cfg.NoHTTP {
		return ""
	}
	return c.stack.WSEndpoint()
}

// RPC returns an in-process RPC client of the running chain (nil before
// Start). It is closed by Close.
func (c *Chain) RPC() *rpc.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.rpc
}

// Client returns an in-process ethclient of the running chain (nil before
// Start). It is closed by Close.
func (c *Chain) Client() *ethclient.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.client
}

// ChainID returns the id of the running chain (nil before Start).
func (c *Chain) ChainID() *big.Int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.chainID == nil {
		return nil
	}
	return new(big.Int).Set(c.chainID)
}

// running returns the parts a seal needs, or ErrClosed.
func (c *Chain) running() (*eth.Ethereum, *catalyst.SimulatedBeacon, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil {
		return nil, nil, ErrClosed
	}
	return c.eth, c.beacon, nil
}

// Mine seals one block now, with whatever the pool holds.
func (c *Chain) Mine(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	ethBackend, beacon, err := c.running()
	if err != nil {
		return err
	}
	beacon.Commit()
	c.persist(ethBackend)
	return nil
}

// IncreaseTime seals a block whose timestamp is the latest block's plus d
// (whole seconds, at least one). Later blocks keep counting from there: the
// chain's clock never goes back. Pending transactions are sealed first, in a
// block of their own, so the time jump lands in an empty block. It returns the
// new latest block timestamp.
func (c *Chain) IncreaseTime(ctx context.Context, d time.Duration) (time.Time, error) {
	secs := uint64(d / time.Second)
	if d < 0 || secs == 0 {
		return time.Time{}, fmt.Errorf("increase time by %s: need at least one second", d)
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	ethBackend, beacon, err := c.running()
	if err != nil {
		return time.Time{}, err
	}
	pool := ethBackend.TxPool()
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return time.Time{}, fmt.Errorf("increase time: %w", err)
		}
		if attempt == maxSealAttempts {
			return time.Time{}, fmt.Errorf("increase time: transactions kept arriving through %d blocks", attempt)
		}
		if err := pool.Sync(); err != nil {
			return time.Time{}, fmt.Errorf("increase time: sync pool: %w", err)
		}
		if pending, _ := pool.Pending(txpool.PendingFilter{}); len(pending) != 0 {
			before := ethBackend.BlockChain().CurrentBlock().Number.Uint64()
			beacon.Commit()
			c.persist(ethBackend)
			head := ethBackend.BlockChain().CurrentBlock()
			if head.Number.Uint64() == before || len(ethBackend.BlockChain().GetBlock(head.Hash(), head.Number.Uint64()).Transactions()) == 0 {
				return time.Time{}, fmt.Errorf("increase time: %w", ErrStuckPool)
			}
			continue
		}
		// A transaction may still slip into the pool between the check and
		// the seal; AdjustTime then refuses and the loop seals it first.
		if err := beacon.AdjustTime(time.Duration(secs) * time.Second); err != nil {
			if !strings.Contains(err.Error(), "non-empty") {
				return time.Time{}, fmt.Errorf("increase time: %w", err)
			}
			c.logger.Debug("dev chain: time adjustment refused, retrying", "err", err)
			continue
		}
		c.persist(ethBackend)
		head := ethBackend.BlockChain().CurrentBlock()
		return time.Unix(int64(head.Time), 0).UTC(), nil
	}
}

// maxSealAttempts bounds IncreaseTime's rounds of sealing what is pending.
const maxSealAttempts = 64

// instantLoop seals a block whenever transactions arrive, and keeps sealing
// while the pool still holds executable ones. The pool's event loop blocks
// until its subscribers take each event, and sealing waits for that loop
// (TxPool.Sync), so events are read here without pause and the sealing runs
// in a goroutine of its own, nudged through a one-slot channel.
func (c *Chain) instantLoop(stop <-chan struct{}, txs <-chan core.NewTxsEvent, unsubscribe func()) {
	defer c.done.Done()
	defer unsubscribe()
	kick := make(chan struct{}, 1)
	c.done.Add(1)
	go func() {
		defer c.done.Done()
		for {
			select {
			case <-stop:
				return
			case <-kick:
				c.sealPending(stop)
			}
		}
	}()
	for {
		select {
		case <-stop:
			return
		case <-txs:
			select {
			case kick <- struct{}{}:
			default: // a round is due already and will see these too
			}
		}
	}
}

// sealPending seals blocks until the pool has no executable transaction left
// or a block comes out empty (the pool then holds transactions the miner will
// not take, e.g. with too low a tip; sealing more would spin).
func (c *Chain) sealPending(stop <-chan struct{}) {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	ethBackend, beacon, err := c.running()
	if err != nil {
		return
	}
	pool := ethBackend.TxPool()
	for {
		select {
		case <-stop:
			return
		default:
		}
		if err := pool.Sync(); err != nil {
			return
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return
		}
		before := ethBackend.BlockChain().CurrentBlock().Number.Uint64()
		beacon.Commit()
		c.persist(ethBackend)
		head := ethBackend.BlockChain().GetBlockByNumber(ethBackend.BlockChain().CurrentBlock().Number.Uint64())
		if head == nil || head.NumberU64() == before || len(head.Transactions()) == 0 {
			c.logger.Warn("dev chain: pool holds transactions the miner does not include")
			return
		}
	}
}

// timedLoop seals a block every period.
func (c *Chain) timedLoop(stop <-chan struct{}, period time.Duration) {
	defer c.done.Done()
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		c.sealMu.Lock()
		if ethBackend, beacon, err := c.running(); err == nil {
			beacon.Commit()
			c.persist(ethBackend)
		}
		c.sealMu.Unlock()
	}
}

// persist makes a chain with a data dir durable up to the block just sealed:
// go-ethereum's database writes asynchronously and a killed process would
// lose its latest blocks. In memory there is nothing to do.
func (c *Chain) persist(ethBackend *eth.Ethereum) {
	if c.cfg.DataDir == "" {
		return
	}
	if s, ok := ethBackend.ChainDb().(ethdb.KeyValueSyncer); ok {
		if err := s.SyncKeyValue(); err != nil {
			c.logger.Warn("dev chain: flush database", "err", err)
		}
	}
}
