// Package demo tells sonm's story on one machine: it starts a whole local
// world (embedded chain, contracts, DAO, a hub, miners and a buyer) and walks
// it through the life of a hub, printing each step in plain words.
package demo

import (
	"context"
	"crypto/sha256"
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
	MinerPaid    map[string]*big.Int // pay pulled by each miner
	DAOFee       *big.Int            // paid at PayDay
	FinalState   chain.WalletState
	Unclaimed    *big.Int // approved to miners and not pulled, at the end
	TotalSupply  *big.Int
	InitialTotal *big.Int
}

// Options tune the story.
type Options struct {
	// Port for the chain's JSON-RPC; 0 picks one, -1 serves none.
	Port int
}

var miners = []string{"miner-1", "miner-2", "miner-3"}

// Run tells the story on w and returns how it ended.
func Run(ctx context.Context, w io.Writer, o Options) (*Result, error) {
	s := &story{w: w, start: time.Now()}
	actors := append([]string{"hub-owner", "buyer", "dao-member-1", "dao-member-2"}, miners...)
	s.say("Starting a local world: an in-process Ethereum chain with every sonm contract.")
	net, err := devnet.Start(ctx, devnet.Config{Actors: actors, Seed: "sonm demo", Port: max(o.Port, 0), NoHTTP: o.Port < 0}, nil)
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

	hub, buyer := net.Actor("hub-owner"), net.Actor("buyer")
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

	s.step("The hub pays three miners in one batch: 100, 150 and 200 SNM; 30% of each payout is locked until PayDay.")
	pay := []*big.Int{snm.Wei(100), snm.Wei(150), snm.Wei(200)}
	addrs := make([]common.Address, len(miners))
	for i, name := range miners {
		addrs[i] = net.Actor(name).Addr
	}
	r, err := s.c.PayMany(ctx, hub.Opts, wallet, addrs, pay)
	if err != nil {
		return nil, err
	}
	s.say("  one transaction, %d gas", r.GasUsed)
	if err := s.wallet(ctx, wallet); err != nil {
		return nil, err
	}

	s.step("Each miner pulls its pay from the hub wallet.")
	for _, name := range miners {
		got, err := s.c.Claim(ctx, net.Actor(name).Opts, wallet)
		if err != nil {
			return nil, err
		}
		res.MinerPaid[name] = got
		s.say("  %s claimed %s", name, snm.String(got))
	}
	if err := s.balances(ctx, miners...); err != nil {
		return nil, err
	}

	s.step("A buyer rents the hub: the hub signs a quote, the buyer opens a deal with 50 SNM in escrow.")
	specHash := sha256.Sum256([]byte("examples/mandelbrot/spec.yaml"))
	now, err := net.Now(ctx)
	if err != nil {
		return nil, err
	}
	lane, seq, err := s.c.FreeLane(ctx, buyer.Addr)
	if err != nil {
		return nil, err
	}
	q := chain.Quote{Wallet: wallet, Buyer: buyer.Addr, SpecHash: specHash, Price: snm.Wei(50),
		Deadline: uint64(now.Add(24 * time.Hour).Unix()), Expiry: uint64(now.Add(time.Hour).Unix()), Lane: lane, Seq: seq}
	sig, err := s.c.SignQuote(q, hub.Key)
	if err != nil {
		return nil, err
	}
	deal, _, err := s.c.OpenDeal(ctx, buyer.Opts, q, sig)
	if err != nil {
		return nil, err
	}
	res.DealID = deal.ID
	s.say("  deal %s: %s in escrow", short32(deal.ID), snm.String(deal.Amount))
	resultHash := sha256.Sum256([]byte("the rendered image"))
	if _, err := s.c.CommitResult(ctx, hub.Opts, deal.ID, resultHash); err != nil {
		return nil, err
	}
	s.say("  the hub commits the result hash %s", short32(resultHash))
	if _, err := s.c.ConfirmDeal(ctx, buyer.Opts, deal.ID); err != nil {
		return nil, err
	}
	if _, err := s.c.Release(ctx, hub.Opts, wallet); err != nil {
		return nil, err
	}
	s.say("  the buyer confirms; the escrow moves to the hub wallet")
	if err := s.balances(ctx, "buyer"); err != nil {
		return nil, err
	}
	if err := s.wallet(ctx, wallet); err != nil {
		return nil, err
	}

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
