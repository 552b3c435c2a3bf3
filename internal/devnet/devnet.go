// Package devnet runs a whole local sonm world in one process: the embedded
// chain with every contract deployed, a DAO whose members hold and delegate
// SNM, and named actors (hub owners, miners, buyers) funded with ETH for gas
// and SNM. The demo, the gas benchmark and the integration tests build on it.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/chain/devchain"
)

// Actor is a named account with its key.
type Actor struct {
	Name string
	Key  *ecdsa.PrivateKey
	Addr common.Address
	Opts *bind.TransactOpts
}

// Config describes a world.
type Config struct {
	// Actors are the names of the accounts to create besides the deployer;
	// each is funded with ETH in the genesis block.
	Actors []string
	// Params of the deployment; zero value means chain.DefaultParams().
	Params *chain.Params
	// Seed makes the actors' keys deterministic; the same seed and names give
	// the same addresses.
	Seed string
	// Port of the chain's JSON-RPC server (0 picks a free one). NoHTTP keeps
	// the chain in-process only.
	Port   int
	NoHTTP bool
	// DebugRPC also serves the debug and txpool namespaces (they can rewind
	// the chain).
	DebugRPC bool
	// DataDir keeps the chain on disk; empty means in memory.
	DataDir string
	// Period seals a block every Period (whole seconds); 0 seals one
	// whenever a transaction arrives. A slow chain for tests of what
	// waits on receipts.
	Period time.Duration
}

// Net is a running world.
type Net struct {
	Chain    *devchain.Chain
	Backend  *backend.Backend
	Client   *chain.Client
	Deployer *Actor
	actors   map[string]*Actor
	order    []string
	params   chain.Params
}

// KeyFor derives the deterministic dev key of a named actor.
func KeyFor(seed, name string) *ecdsa.PrivateKey {
	for i := uint32(0); ; i++ {
		var ctr [4]byte
		binary.BigEndian.PutUint32(ctr[:], i)
		h := crypto.Keccak256([]byte("sonm devnet key"), []byte(seed), []byte{0}, []byte(name), ctr[:])
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
	}
}

// Start starts the chain, deploys the contracts from the deployer and returns
// the world. Close stops it.
func Start(ctx context.Context, cfg Config, logger *slog.Logger) (*Net, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	p := chain.DefaultParams()
	if cfg.Params != nil {
		p = *cfg.Params
	}
	names := append([]string{"deployer"}, cfg.Actors...)
	n := &Net{actors: map[string]*Actor{}, params: p}
	var addrs []common.Address
	for _, name := range names {
		if _, dup := n.actors[name]; dup {
			return nil, fmt.Errorf("devnet: actor %q named twice", name)
		}
		k := KeyFor(cfg.Seed, name)
		a := &Actor{Name: name, Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
		n.actors[name] = a
		n.order = append(n.order, name)
		addrs = append(addrs, a.Addr)
	}
	ch, err := devchain.New(devchain.Config{Accounts: addrs, Port: cfg.Port, NoHTTP: cfg.NoHTTP, DebugRPC: cfg.DebugRPC, DataDir: cfg.DataDir,
		Period: cfg.Period}, logger)
	if err != nil {
		return nil, err
	}
	if err := ch.Start(ctx); err != nil {
		return nil, fmt.Errorf("devnet: start chain: %w", err)
	}
	n.Chain = ch
	b, err := backend.FromRPC(ctx, ch.RPC(), backend.Config{MaxPoll: 20 * time.Millisecond}, logger)
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("devnet: %w", err)
	}
	n.Backend = b
	for _, a := range n.actors {
		a.Opts = b.Transactor(a.Key)
	}
	n.Deployer = n.actors["deployer"]
	dep, err := chain.Deploy(ctx, b, n.Deployer.Opts, p)
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("devnet: %w", err)
	}
	c, err := chain.New(b, dep)
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("devnet: %w", err)
	}
	n.Client = c
	return n, nil
}

// Actor returns a named actor; it panics on a name not given to Start, which
// is a programming error.
func (n *Net) Actor(name string) *Actor {
	a, ok := n.actors[name]
	if !ok {
		panic(fmt.Sprintf("devnet: no actor %q", name))
	}
	return a
}

// Actors returns every actor, the deployer first, in the order given.
func (n *Net) Actors() []*Actor {
	out := make([]*Actor, 0, len(n.order))
	for _, name := range n.order {
		out = append(out, n.actors[name])
	}
	return out
}

// Params returns the deployment's parameters.
func (n *Net) Params() chain.Params { return n.params }

// Fund sends amount SNM wei from the deployer to each of the named actors.
func (n *Net) Fund(ctx context.Context, amount *big.Int, names ...string) error {
	for _, name := range names {
		if _, err := n.Client.Transfer(ctx, n.Deployer.Opts, n.Actor(name).Addr, amount); err != nil {
			return fmt.Errorf("fund %s: %w", name, err)
		}
	}
	return nil
}

// IncreaseTime moves the chain's clock forward.
func (n *Net) IncreaseTime(ctx context.Context, d time.Duration) (time.Time, error) {
	return n.Chain.IncreaseTime(ctx, d)
}

// Now is the chain's time.
func (n *Net) Now(ctx context.Context) (time.Time, error) { return n.Backend.Now(ctx) }

// PassProposal takes a proposal through the DAO: the voters vote for it, time
// passes to the end of voting, it is queued, the timelock delay passes, and it
// is executed. The voters must hold delegated SNM (see Delegate).
func (n *Net) PassProposal(ctx context.Context, proposer *Actor, actions []chain.Action, description string, voters ...*Actor) (*big.Int, error) {
	c := n.Client
	id, err := c.Propose(ctx, proposer.Opts, actions, description)
	if err != nil {
		return nil, err
	}
	start, end, err := c.VotingTimes(ctx, id)
	if err != nil {
		return id, err
	}
	if err := n.advanceTo(ctx, start+1); err != nil {
		return id, err
	}
	for _, v := range voters {
		if _, err := c.Vote(ctx, v.Opts, id, chain.VoteFor); err != nil {
			return id, fmt.Errorf("%s votes: %w", v.Name, err)
		}
	}
	if err := n.advanceTo(ctx, end+1); err != nil {
		return id, err
	}
	if _, err := c.Queue(ctx, proposer.Opts, id); err != nil {
		return id, err
	}
	eta, err := c.ProposalEta(ctx, id)
	if err != nil {
		return id, err
	}
	if err := n.advanceTo(ctx, eta); err != nil {
		return id, err
	}
	if _, err := c.Execute(ctx, proposer.Opts, id); err != nil {
		return id, err
	}
	return id, nil
}

// advanceTo moves the chain's clock so that the latest block is at least at unix time t.
func (n *Net) advanceTo(ctx context.Context, t uint64) error {
	now, err := n.Now(ctx)
	if err != nil {
		return err
	}
	if uint64(now.Unix()) >= t {
		return nil
	}
	_, err = n.IncreaseTime(ctx, time.Duration(t-uint64(now.Unix()))*time.Second)
	return err
}

// Close stops the chain.
func (n *Net) Close() {
	if n.Backend != nil {
		n.Backend.Close()
	}
	if n.Chain != nil {
		_ = n.Chain.Close()
	}
}
