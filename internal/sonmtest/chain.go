package sonmtest

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// ChainOptions says what a ChainWorld holds. The zero value is a chain in
// process with the hub's owner alone, 1000 SNM and a wallet holding 100.
type ChainOptions struct {
	// Actors are accounts besides "hub" (the hub wallet's owner), funded
	// as it is.
	Actors []string
	Fund   *big.Int // SNM wei each actor gets (1000 SNM by default)
	// Deposit into the hub wallet (100 SNM by default).
	Deposit *big.Int
	// Endpoint the wallet records ("127.0.0.1:0" by default).
	Endpoint string
	// HTTP also serves the chain's JSON-RPC on loopback, for what dials
	// it by URL (the CLI's deployment file).
	HTTP bool
	// Period seals a block every Period instead of one per transaction.
	Period time.Duration
}

// ChainWorld is a dev chain running in process with the contracts deployed,
// its actors funded with SNM, and a hub wallet owned by the actor "hub",
// funded and registered. It stops when the test ends.
type ChainWorld struct {
	Net    *devnet.Net
	Chain  *chain.Client
	Hub    *devnet.Actor // the wallet's owner, also the hub's key
	Wallet common.Address
}

// NewChainWorld starts a world; the actors' keys derive from the test's
// name, so each test has its own.
func NewChainWorld(t testing.TB, o ChainOptions) *ChainWorld {
	t.Helper()
	if o.Fund == nil {
		o.Fund = snm.Wei(1000)
	}
	if o.Deposit == nil {
		o.Deposit = snm.Wei(100)
	}
	if o.Endpoint == "" {
		o.Endpoint = "127.0.0.1:0"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*Patience)
	defer cancel()
	actors := append([]string{"hub"}, o.Actors...)
	net, err := devnet.Start(ctx, devnet.Config{Actors: actors, Seed: t.Name(), NoHTTP: !o.HTTP, Period: o.Period}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(net.Close)
	w := &ChainWorld{Net: net, Chain: net.Client, Hub: net.Actor("hub")}
	if err := net.Fund(ctx, o.Fund, actors...); err != nil {
		t.Fatalf("fund %v: %v", actors, err)
	}
	w.Wallet, _, err = w.Chain.CreateWallet(ctx, w.Hub.Opts, o.Endpoint, "test hub")
	if err != nil {
		t.Fatalf("create the hub wallet: %v", err)
	}
	if _, err := w.Chain.Deposit(ctx, w.Hub.Opts, w.Wallet, o.Deposit); err != nil {
		t.Fatalf("deposit into the hub wallet: %v", err)
	}
	if _, err := w.Chain.Register(ctx, w.Hub.Opts, w.Wallet); err != nil {
		t.Fatalf("register the hub wallet: %v", err)
	}
	return w
}

// Actor is a named actor of the world.
func (w *ChainWorld) Actor(name string) *devnet.Actor { return w.Net.Actor(name) }

// SaveDeployment writes the deployment file that points the CLI at this
// chain (ChainOptions.HTTP) and returns its path.
func (w *ChainWorld) SaveDeployment(t testing.TB) string {
	t.Helper()
	dep := w.Chain.Deployment()
	dep.RPC = w.Net.Chain.URL()
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := dep.Save(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// OpenDeal asks the hub on c for a quote of spec and opens the deal as
// buyer, with a permit.
func (w *ChainWorld) OpenDeal(t testing.TB, c *hubapi.Client, buyer *devnet.Actor, spec []byte) (hubapi.Quote, chain.Deal) {
	t.Helper()
	ctx := context.Background()
	lane, seq, err := w.Chain.FreeLane(ctx, buyer.Addr)
	if err != nil {
		t.Fatal(err)
	}
	q, err := c.Quote(ctx, hubapi.QuoteRequest{Spec: spec, Buyer: buyer.Addr.Hex(), Lane: lane, Seq: seq})
	if err != nil {
		t.Fatalf("quote: %v", err)
	}
	price, ok := new(big.Int).SetString(q.PriceWei, 10)
	if !ok {
		t.Fatalf("quote: price %q is not a number", q.PriceWei)
	}
	cq := chain.Quote{Wallet: common.HexToAddress(q.Wallet), Buyer: common.HexToAddress(q.Buyer), SpecHash: common.HexToHash(q.SpecHash),
		Price: price, Deadline: q.Deadline, Expiry: q.Expiry, Lane: q.Lane, Seq: q.Seq}
	d, _, err := w.Chain.OpenDealWithPermit(ctx, buyer.Opts, buyer.Key, cq, q.Sig)
	if err != nil {
		t.Fatalf("open deal: %v", err)
	}
	return q, d
}
