// Package demo tells sonm's story on one machine: it starts a whole local
// world (embedded chain, contracts, DAO, a hub, miners and a buyer) and walks
// it through the life of a hub, printing each step in plain words.
package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

// Result is what the story ended with, for tests and scripts.
type Result struct {
	Wallet       common.Address
	DealID       common.Hash
	Task         string
	Price        *big.Int            // what the buyer paid into escrow
	UnitPay      *big.Int            // what one verified replica earns
	Units        int                 // units of the job
	Replicas     map[string]int      // verified replicas by miner
	ImagePath    string              // the assembled picture
	ImageSHA256  string              // of the PNG file
	ResultRoot   common.Hash         // committed on chain
	MinerPaid    map[string]*big.Int // pay pulled by each miner
	DAOFee       *big.Int            // paid at PayDay
	FinalState   chain.WalletState
	Unclaimed    *big.Int // approved to miners and not pulled, at the end
	TotalSupply  *big.Int
	InitialTotal *big.Int
	// Docker is the container job, when it ran; DockerNote says why it
	// did not when it was asked for.
	Docker     *DockerResult
	DockerNote string
}

// Options tune the story.
type Options struct {
	// Port for the chain's JSON-RPC; 0 picks one, -1 serves none.
	Port int
	// DebugRPC also serves the chain's debug and txpool namespaces.
	DebugRPC bool
	// Image is where the rendered picture is written (default
	// mandelbrot.png in the current directory).
	Image string
	// Dir holds the world's files (default: a temporary directory, removed
	// at the end).
	Dir string
	// Replication of the Mandelbrot task (default 2).
	Replication int
	// Serve keeps the world running after the job until ctx ends.
	Serve bool
	// Locator is the hub's locator address (default: a free port; with
	// Serve, 127.0.0.1:10053).
	Locator string
	// Log receives the components' logs (nil: none).
	Log io.Writer
	// Docker gives the miners the Docker executor and, after the
	// Mandelbrot job, has the buyer run the hello-docker example in
	// containers. Without a Docker engine that answers, or without the go
	// toolchain that builds the image, the story says so and goes on
	// without it.
	Docker bool
}

var miners = []string{"miner-1", "miner-2", "miner-3"}

// Run tells the story on w and returns how it ended.
func Run(ctx context.Context, w io.Writer, o Options) (*Result, error) {
	s := &story{w: w, start: time.Now()}
	actors := append([]string{"hub-owner", "buyer", "dao-member-1", "dao-member-2"}, miners...)
	s.say("Starting a local world: an in-process Ethereum chain with every sonm contract.")
	net, err := devnet.Start(ctx, devnet.Config{Actors: actors, Seed: "sonm demo", Port: max(o.Port, 0), NoHTTP: o.Port < 0, DebugRPC: o.DebugRPC}, nil)
	if err != nil {
		return nil, err
	}
	defer net.Close()
	s.net, s.c = net, net.Client
	dep := s.c.Deployment()
	if u := net.Chain.URL(); u != "" {
		s.say("  chain %d at %s", dep.ChainID, u)
	}
	s.say("  SNM token %s, DAO %s, whitelist %s, deals %s", short(dep.Token), short(dep.Governor), short(dep.Whitelist), short(dep.Deals))
	res := &Result{MinerPaid: map[string]*big.Int{}}
	if res.InitialTotal, err = s.c.TotalSupply(ctx); err != nil {
		return nil, err
	}

	hub := net.Actor("hub-owner")
	m1, m2 := net.Actor("dao-member-1"), net.Actor("dao-member-2")
	s.step("The founders hand out SNM: 10,000 to the hub owner, 1,000 to a buyer, 10 million to each of two DAO members.")
	if err := net.Fund(ctx, snm.Wei(10_000), "hub-owner"); err != nil {
		return nil, err
	}
	if err := net.Fund(ctx, snm.Wei(1_000), "buyer"); err != nil {
		return nil, err
	}
	if err := net.Fund(ctx, snm.Wei(10_000_000), "dao-member-1", "dao-member-2"); err != nil {
		return nil, err
	}
	for _, m := range []*devnet.Actor{m1, m2} {
		if _, err := s.c.Delegate(ctx, m.Opts, m.Addr); err != nil {
			return nil, err
		}
	}
	s.say("  the DAO members delegate their votes to themselves (together 4.5%% of the supply, over the 4%% quorum)")
	if err := s.balances(ctx, "hub-owner", "buyer"); err != nil {
		return nil, err
	}

	s.step("The hub owner creates a hub wallet through the factory; the whitelist lists it as unconfirmed.")
	wallet, _, err := s.c.CreateWallet(ctx, hub.Opts, "/ip4/127.0.0.1/tcp/10053", "demo hub")
	if err != nil {
		return nil, err
	}
	res.Wallet = wallet
	h, err := s.c.Hub(ctx, wallet)
	if err != nil {
		return nil, err
	}
	s.say("  wallet %s, whitelist status %s", short(wallet), h.StatusName)

	s.step("The hub deposits 5,000 SNM and registers: 1 SNM is frozen and a 30-day payout period starts.")
	if _, err := s.c.Deposit(ctx, hub.Opts, wallet, snm.Wei(5_000)); err != nil {
		return nil, err
	}
	if _, err := s.c.Register(ctx, hub.Opts, wallet); err != nil {
		return nil, err
	}
	if err := s.wallet(ctx, wallet); err != nil {
		return nil, err
	}

	s.step("The DAO votes to trust the hub (propose, vote, wait out the voting period and the timelock, execute).")
	if _, err := net.PassProposal(ctx, m1, []chain.Action{s.c.ActionTrust(wallet)}, "trust the demo hub", m1, m2); err != nil {
		return nil, err
	}
	if h, err = s.c.Hub(ctx, wallet); err != nil {
		return nil, err
	}
	s.say("  whitelist status: %s", h.StatusName)

	job, err := s.journey(ctx, o, wallet, res)
	if err != nil {
		return nil, err
	}
	addrs := job.addrs
	if o.Serve {
		s.say("\nThe world keeps running (--serve). Other commands can use it:")
		s.say("  chain      %s   deployment file %s", net.Chain.URL(), job.deployment)
		s.say("  hub        --hub %s --wallet %s", job.hub.Hub.LocatorAddr(), wallet.Hex())
		s.say("  try        sonm client submit %s --hub %s --deployment %s", job.specPath, job.hub.Hub.LocatorAddr(), job.deployment)
		if job.dockerSpec != "" {
			s.say("             sonm client submit %s --hub %s --deployment %s", job.dockerSpec, job.hub.Hub.LocatorAddr(), job.deployment)
		}
		s.say("Stop with Ctrl-C.")
		<-ctx.Done()
		job.stop()
		return res, nil
	}
	job.stop()

	s.step("30 days pass. PayDay: 0.5% of the locked funds go to the DAO, the rest is unlocked, the wallet turns Idle.")
	if _, err := net.IncreaseTime(ctx, net.Params().PayoutPeriod); err != nil {
		return nil, err
	}
	daoBefore, err := s.c.Balance(ctx, dep.Timelock)
	if err != nil {
		return nil, err
	}
	if _, err := s.c.PayDay(ctx, hub.Opts, wallet); err != nil {
		return nil, err
	}
	daoAfter, err := s.c.Balance(ctx, dep.Timelock)
	if err != nil {
		return nil, err
	}
	res.DAOFee = new(big.Int).Sub(daoAfter, daoBefore)
	s.say("  the DAO received %s", snm.String(res.DAOFee))
	if err := s.wallet(ctx, wallet); err != nil {
		return nil, err
	}

	s.step("The hub registers for a new period. Then the DAO, told the hub cheats, votes to suspect it: every token of its wallet is blocked.")
	if _, err := s.c.Register(ctx, hub.Opts, wallet); err != nil {
		return nil, err
	}
	if _, err := net.PassProposal(ctx, m2, []chain.Action{s.c.ActionSuspect(wallet)}, "suspect the demo hub", m1, m2); err != nil {
		return nil, err
	}
	if err := s.wallet(ctx, wallet); err != nil {
		return nil, err
	}
	_, err = s.c.Pay(ctx, hub.Opts, wallet, addrs[0], snm.Wei(1))
	if err == nil {
		return nil, fmt.Errorf("a suspected wallet paid a miner")
	}
	s.say("  the hub tries to pay a miner: %v", err)

	s.step("The evidence turns out wrong; the DAO votes to rehabilitate the hub: Idle again, freezes removed.")
	if _, err := net.PassProposal(ctx, m1, []chain.Action{s.c.ActionRehab(wallet)}, "rehabilitate the demo hub", m1, m2); err != nil {
		return nil, err
	}
	st, err := s.c.Wallet(ctx, wallet)
	if err != nil {
		return nil, err
	}
	res.FinalState = st.State
	res.Unclaimed = st.Outstanding
	if err := s.wallet(ctx, wallet); err != nil {
		return nil, err
	}

	s.step("The end. Balances:")
	if err := s.balances(ctx, append([]string{"hub-owner", "buyer"}, miners...)...); err != nil {
		return nil, err
	}
	s.say("  hub wallet %s: %s; DAO treasury: %s", short(wallet), snm.String(st.Balance), snm.String(daoAfter))
	if res.TotalSupply, err = s.c.TotalSupply(ctx); err != nil {
		return nil, err
	}
	s.say("  total supply unchanged: %s", snm.String(res.TotalSupply))
	s.say("Done in %s.", time.Since(s.start).Round(time.Millisecond))
	return res, nil
}

type story struct {
	w     io.Writer
	net   *devnet.Net
	c     *chain.Client
	n     int
	start time.Time
}

func (s *story) say(format string, args ...any) { fmt.Fprintf(s.w, format+"\n", args...) }

func (s *story) step(text string) {
	s.n++
	fmt.Fprintf(s.w, "\n%d. %s\n", s.n, text)
}

func (s *story) balances(ctx context.Context, names ...string) error {
	for _, name := range names {
		a := s.net.Actor(name)
		b, err := s.c.Balance(ctx, a.Addr)
		if err != nil {
			return err
		}
		s.say("  %-10s %s  %s", name, short(a.Addr), snm.String(b))
	}
	return nil
}

func (s *story) wallet(ctx context.Context, w common.Address) error {
	st, err := s.c.Wallet(ctx, w)
	if err != nil {
		return err
	}
	s.say("  hub wallet: %s, balance %s, frozen %s, locked %s, unclaimed %s, free %s",
		st.State, snm.String(st.Balance), snm.String(st.Frozen), snm.String(st.Locked), snm.String(st.Outstanding), snm.String(st.Available))
	return nil
}

func short(a common.Address) string { h := a.Hex(); return h[:8] + "…" + h[len(h)-4:] }

func short32(h [32]byte) string { x := common.Hash(h).Hex(); return x[:10] + "…" }
