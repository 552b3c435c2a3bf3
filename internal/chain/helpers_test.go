package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

// world is one embedded chain with every contract deployed, shared by the
// subtests of one top-level test.
type world struct {
	t   *testing.T
	ctx context.Context
	net *devnet.Net
	c   *chain.Client
	p   chain.Params
}

var actorNames = []string{
	"hub1", "hub2", "hub3",
	"miner1", "miner2", "miner3", "miner4",
	"buyer1", "buyer2",
	"voter1", "voter2", "voter3",
	"stranger",
}

// newWorld starts a chain, gives hubs and buyers SNM, and makes voter1 and
// voter2 DAO members who together hold more than the quorum. voter3 holds a
// little, delegated, too little for a quorum.
func newWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	net, err := devnet.Start(ctx, devnet.Config{Actors: actorNames, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(net.Close)
	w := &world{t: t, ctx: ctx, net: net, c: net.Client, p: net.Params()}
	w.must(net.Fund(ctx, snm.Wei(100_000), "hub1", "hub2", "hub3", "buyer1", "buyer2", "stranger"))
	w.must(net.Fund(ctx, snm.Wei(10_000_000), "voter1", "voter2"))
	w.must(net.Fund(ctx, snm.Wei(1_000), "voter3"))
	for _, v := range []string{"voter1", "voter2", "voter3"} {
		_, err := w.c.Delegate(ctx, w.a(v).Opts, w.a(v).Addr)
		w.must(err)
	}
	// Votes are checkpointed by time: the delegations must lie in the past
	// of any proposal's snapshot.
	w.jump(time.Minute)
	return w
}

func (w *world) a(name string) *devnet.Actor { return w.net.Actor(name) }

func (w *world) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatalf("unexpected error: %v", err)
	}
}

func (w *world) jump(d time.Duration) {
	w.t.Helper()
	if _, err := w.net.IncreaseTime(w.ctx, d); err != nil {
		w.t.Fatalf("increase time: %v", err)
	}
}

func (w *world) now() time.Time {
	w.t.Helper()
	n, err := w.net.Now(w.ctx)
	w.must(err)
	return n
}

func (w *world) balance(a common.Address) *big.Int {
	w.t.Helper()
	b, err := w.c.Balance(w.ctx, a)
	w.must(err)
	return b
}

func (w *world) allowance(owner, spender common.Address) *big.Int {
	w.t.Helper()
	b, err := w.c.Allowance(w.ctx, owner, spender)
	w.must(err)
	return b
}

func (w *world) status(wallet common.Address) chain.WalletStatus {
	w.t.Helper()
	s, err := w.c.Wallet(w.ctx, wallet)
	w.must(err)
	return s
}

func (w *world) hub(wallet common.Address) chain.Hub {
	w.t.Helper()
	h, err := w.c.Hub(w.ctx, wallet)
	w.must(err)
	return h
}

// newWallet creates a hub wallet owned by owner.
func (w *world) newWallet(owner, name string) common.Address {
	w.t.Helper()
	addr, _, err := w.c.CreateWallet(w.ctx, w.a(owner).Opts, "127.0.0.1:4001", name)
	w.must(err)
	return addr
}

// registeredWallet creates a wallet, deposits `deposit` SNM wei and registers it.
func (w *world) registeredWallet(owner, name string, deposit *big.Int) common.Address {
	w.t.Helper()
	addr := w.newWallet(owner, name)
	_, err := w.c.Deposit(w.ctx, w.a(owner).Opts, addr, deposit)
	w.must(err)
	_, err = w.c.Register(w.ctx, w.a(owner).Opts, addr)
	w.must(err)
	return addr
}

// pass takes actions through a DAO vote that reaches the quorum.
func (w *world) pass(desc string, actions ...chain.Action) error {
	_, err := w.net.PassProposal(w.ctx, w.a("voter1"), actions, desc, w.a("voter1"), w.a("voter2"))
	return err
}

// direct sends a call straight to a contract from an actor and explains the
// refusal as the Client would: what a stranger sees calling a DAO function.
func (w *world) direct(from, op string, a chain.Action) error {
	_, err := w.net.Backend.SendAndWait(w.ctx, w.a(from).Opts, &a.Target, a.Data)
	return chain.Explain(op, err)
}

// quote builds and signs a quote of hub `signer` for buyer on the buyer's
// first free lane.
func (w *world) quote(wallet common.Address, signer, buyer string, price *big.Int, deadline, expiry time.Duration) (chain.Quote, []byte) {
	w.t.Helper()
	b := w.a(buyer).Addr
	lane, seq, err := w.c.FreeLane(w.ctx, b)
	w.must(err)
	now := w.now()
	q := chain.Quote{Wallet: wallet, Buyer: b, SpecHash: crypto.Keccak256Hash([]byte("spec")), Price: price,
		Deadline: uint64(now.Add(deadline).Unix()), Expiry: uint64(now.Add(expiry).Unix()), Lane: lane, Seq: seq}
	return q, w.sign(q, signer)
}

func (w *world) sign(q chain.Quote, signer string) []byte {
	w.t.Helper()
	sig, err := w.c.SignQuote(q, w.a(signer).Key)
	w.must(err)
	return sig
}

// wantRefused checks that err is a contract's refusal of kind `kind`, and
// that the message a person reads contains every one of `says`.
func wantRefused(t *testing.T, err error, kind error, says ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want a refusal (%v)", kind)
	}
	if !errors.Is(err, kind) {
		t.Fatalf("got error %q, want one that is %q", err, kind)
	}
	if !errors.Is(err, backend.ErrReverted) {
		t.Errorf("got error %q, want a revert", err)
	}
	var ce *chain.Error
	if !errors.As(err, &ce) {
		t.Errorf("got error %T %q, want a *chain.Error", err, err)
	}
	msg := err.Error()
	for _, s := range says {
		if !strings.Contains(msg, s) {
			t.Errorf("got message %q, want it to contain %q", msg, s)
		}
	}
}

func wantBig(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s: got %s, want %s", what, snm.String(got), snm.String(want))
	}
}

func wantState(t *testing.T, s chain.WalletStatus, want chain.WalletState) {
	t.Helper()
	if s.State != want {
		t.Fatalf("wallet state: got %s, want %s", s.State, want)
	}
}

// frac returns x * num / den.
func frac(x *big.Int, num, den int64) *big.Int {
	r := new(big.Int).Mul(x, big.NewInt(num))
	return r.Quo(r, big.NewInt(den))
}

func add(xs ...*big.Int) *big.Int {
	r := new(big.Int)
	for _, x := range xs {
		r.Add(r, x)
	}
	return r
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// milli returns n thousandths of an SNM in wei.
func milli(n int64) *big.Int { return frac(snm.One(), n, 1000) }

// with returns the world for a subtest: failures go to that subtest.
func (w *world) with(t *testing.T) *world {
	c := *w
	c.t = t
	return &c
}
