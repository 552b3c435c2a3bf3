package trust_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/market"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

// The adapter against the real in-process chain: one world, every step a
// user of the contracts would take, and what the miner's agent reads after
// each.
func TestChainReaderOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub1", "hub2", "miner1", "miner2", "voter1", "voter2"}, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer net.Close()
	c, p := net.Client, net.Params()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
	}
	must(net.Fund(ctx, snm.Wei(1_000), "hub1", "hub2"))
	must(net.Fund(ctx, snm.Wei(10_000_000), "voter1", "voter2"))
	for _, v := range []string{"voter1", "voter2"} {
		_, err := c.Delegate(ctx, net.Actor(v).Opts, net.Actor(v).Addr)
		must(err)
	}
	_, err = net.IncreaseTime(ctx, time.Minute) // delegations before any proposal's snapshot
	must(err)
	r := trust.NewChainReader(c)
	hub1, miner1, miner2 := net.Actor("hub1"), net.Actor("miner1"), net.Actor("miner2")

	// Addresses that are not hub wallets: an account and a contract of
	// another kind. Not listed, and nothing a hub could pay from.
	for _, addr := range []common.Address{miner1.Addr, c.Deployment().Token} {
		if _, err := r.HubRecord(ctx, addr); !errors.Is(err, trust.ErrNotListed) {
			t.Errorf("HubRecord(%s): got %v, want ErrNotListed", addr.Hex(), err)
		}
		f, err := r.WalletFunds(ctx, addr)
		must(err)
		wantFunds(t, "not a hub wallet", f, 0, 0, 0, 0)
		ps, err := r.Payouts(ctx, addr, time.Time{})
		must(err)
		if len(ps) != 0 {
			t.Errorf("Payouts(%s): got %d, want none", addr.Hex(), len(ps))
		}
	}

	// Created through the factory: listed, unconfirmed, with its record.
	wal, _, err := c.CreateWallet(ctx, hub1.Opts, "127.0.0.1:4001", "first")
	must(err)
	rec, err := r.HubRecord(ctx, wal)
	must(err)
	want := trust.WhitelistRecord{Owner: hub1.Addr, Wallet: wal, Endpoint: "127.0.0.1:4001", Name: "first", Status: trust.ListUnconfirmed}
	if rec != want {
		t.Fatalf("record: got %+v, want %+v", rec, want)
	}
	f, err := r.WalletFunds(ctx, wal)
	must(err)
	wantFunds(t, "created", f, 0, 0, 0, 0)

	// Deposited and registered: the registration amount is frozen.
	_, err = c.Deposit(ctx, hub1.Opts, wal, snm.Wei(50))
	must(err)
	_, err = c.Register(ctx, hub1.Opts, wal)
	must(err)
	f, err = r.WalletFunds(ctx, wal)
	must(err)
	frozen := p.FreezeAmount
	wantFundsWei(t, "registered", f, snm.Wei(50), frozen, new(big.Int), new(big.Int))

	// Two payouts an hour apart; then miner1 pulls its pay.
	_, err = c.Pay(ctx, hub1.Opts, wal, miner1.Addr, snm.Wei(2))
	must(err)
	afterFirst, err := net.IncreaseTime(ctx, time.Hour)
	must(err)
	_, err = c.Pay(ctx, hub1.Opts, wal, miner2.Addr, snm.Wei(3))
	must(err)
	fee := func(x *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(int64(p.LockFeeBps))), big.NewInt(10_000))
	}
	locked := new(big.Int).Add(fee(snm.Wei(2)), fee(snm.Wei(3)))
	f, err = r.WalletFunds(ctx, wal)
	must(err)
	wantFundsWei(t, "after two payouts", f, snm.Wei(50), frozen, locked, snm.Wei(5))
	free := new(big.Int).Sub(snm.Wei(45), frozen)
	free.Sub(free, locked)
	if f.Free().Cmp(free) != 0 {
		t.Errorf("free: got %s, want %s", snm.String(f.Free()), snm.String(free))
	}
	claimed, err := c.Claim(ctx, miner1.Opts, wal)
	must(err)
	if claimed.Cmp(snm.Wei(2)) != 0 {
		t.Fatalf("claim: got %s, want 2 SNM", snm.String(claimed))
	}
	f, err = r.WalletFunds(ctx, wal)
	must(err)
	wantFundsWei(t, "after miner1 claimed", f, snm.Wei(48), frozen, locked, snm.Wei(3))

	all, err := r.Payouts(ctx, wal, time.Time{})
	must(err)
	if len(all) != 2 || all[0].Miner != miner1.Addr || all[0].Amount.Cmp(snm.Wei(2)) != 0 ||
		all[1].Miner != miner2.Addr || all[1].Amount.Cmp(snm.Wei(3)) != 0 {
		t.Fatalf("payouts: got %+v, want 2 SNM to miner1 then 3 SNM to miner2", all)
	}
	if all[0].Time.After(afterFirst.Add(-time.Hour)) || all[1].Time.Before(afterFirst) {
		t.Errorf("payout times: got %s and %s, want the first before %s and the second at or after %s",
			all[0].Time, all[1].Time, afterFirst.Add(-time.Hour), afterFirst)
	}
	recent, err := r.Payouts(ctx, wal, afterFirst)
	must(err)
	if len(recent) != 1 || recent[0].Miner != miner2.Addr {
		t.Errorf("payouts since %s: got %+v, want only miner2's", afterFirst, recent)
	}
	exact, err := r.Payouts(ctx, wal, all[0].Time)
	must(err)
	if len(exact) != 2 {
		t.Errorf("payouts since the first one's own time: got %d, want both", len(exact))
	}
	later, err := r.Payouts(ctx, wal, all[1].Time.Add(time.Second))
	must(err)
	if len(later) != 0 {
		t.Errorf("payouts after the last: got %+v, want none", later)
	}

	// The DAO trusts this wallet and blacklists hub2's, in one proposal.
	wal2, _, err := c.CreateWallet(ctx, net.Actor("hub2").Opts, "127.0.0.1:4002", "second")
	must(err)
	_, err = net.PassProposal(ctx, net.Actor("voter1"), []chain.Action{c.ActionTrust(wal), c.ActionBlacklist(wal2)},
		"trust first, blacklist second", net.Actor("voter1"), net.Actor("voter2"))
	must(err)
	rec, err = r.HubRecord(ctx, wal)
	must(err)
	if rec.Status != trust.ListTrusted {
		t.Errorf("after the DAO trusted it: status %q, want %q", rec.Status, trust.ListTrusted)
	}
	rec2, err := r.HubRecord(ctx, wal2)
	must(err)
	if rec2.Status != trust.ListBlacklisted || rec2.Owner != net.Actor("hub2").Addr {
		t.Errorf("after the DAO blacklisted it: got %+v, want blacklisted, owned by hub2", rec2)
	}

	// What the agent makes of it: a miner accepting only DAO-trusted hubs
	// checks the trusted one and refuses the blacklisted one.
	cfg := trust.DefaultConfig()
	cfg.Policy, cfg.MinConfirmations = trust.OnlyTrusted, 0
	agent, err := trust.NewAgent(cfg, net.Actor("miner1").Addr, true)
	must(err)
	now, err := net.Now(ctx)
	must(err)
	for _, h := range []struct {
		owner  *devnet.Actor
		wallet common.Address
		ep     string
		want   trust.Status
		reason string
	}{
		{hub1, wal, "127.0.0.1:4001", trust.Checked, "chain record matches"},
		{net.Actor("hub2"), wal2, "127.0.0.1:4002", trust.Refused, "blacklisted"},
	} {
		ann := trust.Announcement{Name: "x", Endpoints: []string{h.ep}, Wallet: h.wallet, BuyerWei: "2", MinerWei: "1", IssuedAt: now.Unix()}
		must(ann.Sign(h.owner.Key))
		agent.Announce(now, ann)
		agent.Chain(now, h.wallet, readFacts(t, ctx, r, h.wallet, now))
		got, _ := agent.Hub(h.wallet)
		if got.Status != h.want || !strings.Contains(got.Reason, h.reason) {
			t.Errorf("hub %s: got %s (%s), want %s (%s)", h.wallet.Hex(), got.Status, got.Reason, h.want, h.reason)
		}
	}
	if got, _ := agent.Hub(wal); len(got.Chain.Payouts) != 2 || got.PaidToMe.Cmp(snm.Wei(2)) != 0 {
		t.Errorf("agent's view of the paying hub: %d payouts, %s to this miner; want 2 payouts, 2 SNM", len(got.Chain.Payouts), snm.String(got.PaidToMe))
	}
}

// readFacts gathers the facts the way the runner does.
func readFacts(t *testing.T, ctx context.Context, r *trust.ChainReader, wallet common.Address, now time.Time) trust.ChainFacts {
	t.Helper()
	f := trust.ChainFacts{At: now}
	rec, err := r.HubRecord(ctx, wallet)
	switch {
	case errors.Is(err, trust.ErrNotListed):
	case err != nil:
		t.Fatal(err)
	default:
		f.Listed, f.Record = true, rec
	}
	if f.Funds, err = r.WalletFunds(ctx, wallet); err != nil {
		t.Fatal(err)
	}
	if f.Payouts, err = r.Payouts(ctx, wallet, now.Add(-30*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	return f
}

func wantFunds(t *testing.T, what string, f trust.Funds, bal, frozen, locked, owed int64) {
	t.Helper()
	wantFundsWei(t, what, f, snm.Wei(bal), snm.Wei(frozen), snm.Wei(locked), snm.Wei(owed))
}

func wantFundsWei(t *testing.T, what string, f trust.Funds, bal, frozen, locked, owed *big.Int) {
	t.Helper()
	for _, x := range []struct {
		name      string
		got, want *big.Int
	}{{"balance", f.Balance, bal}, {"frozen", f.Frozen, frozen}, {"locked", f.Locked, locked}, {"outstanding", f.Outstanding, owed}} {
		if x.got == nil || x.got.Cmp(x.want) != 0 {
			t.Errorf("%s: %s: got %v, want %s", what, x.name, x.got, snm.String(x.want))
		}
	}
}

func TestChainReaderUnreachableChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	r := trust.NewChainReader(net.Client)
	net.Close()
	wallet := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if _, err := r.HubRecord(ctx, wallet); err == nil || errors.Is(err, trust.ErrNotListed) {
		t.Errorf("HubRecord on a closed chain: got %v, want an error that is not ErrNotListed", err)
	}
	if _, err := r.WalletFunds(ctx, wallet); err == nil {
		t.Error("WalletFunds on a closed chain: got no error, want one (not zero funds)")
	}
	if _, err := r.Payouts(ctx, wallet, time.Time{}); err == nil {
		t.Error("Payouts on a closed chain: got no error")
	}
}

func pickHub(name string, wallet byte, st trust.Status, minerPay string, minCores int) trust.Hub {
	w := common.BytesToAddress([]byte{wallet})
	return trust.Hub{Key: w.Hex(), Status: st, Announcement: trust.Announcement{
		Name: name, Wallet: w, Endpoints: []string{name + ":10001"}, MinerWei: minerPay, BuyerWei: minerPay, Needs: trust.Needs{MinCores: minCores},
	}}
}

func TestPickHub(t *testing.T) {
	safeLow := pickHub("safe-low", 1, trust.Safe, "100", 0)
	safeHigh := pickHub("safe-high", 2, trust.Safe, "300", 0)
	checked := pickHub("checked", 3, trust.Checked, "1000", 0)
	refused := pickHub("refused", 4, trust.Refused, "5000", 0)
	big16 := pickHub("big", 5, trust.Safe, "9000", 16)
	forged := pickHub("forged", 2, trust.Refused, "99999", 0) // imitates safe-high's wallet
	forged.Key = "forged:0x0000000000000000000000000000000000000bad"
	addr := func(h trust.Hub) *common.Address { a := h.Announcement.Wallet; return &a }

	tests := []struct {
		name    string
		hubs    []trust.Hub
		pinned  *common.Address
		cores   int
		want    string // hub name chosen, or "" for an error
		wantErr error
		why     string
	}{
		{"best safe hub wins", []trust.Hub{safeLow, safeHigh, checked, refused}, nil, 4, "safe-high", nil, "most profitable safe"},
		{"hub needing more cores skipped", []trust.Hub{safeLow, big16}, nil, 8, "safe-low", nil, ""},
		{"hub needing more cores fits a bigger miner", []trust.Hub{safeLow, big16}, nil, 16, "big", nil, ""},
		{"forgery of a wallet never chosen", []trust.Hub{forged, safeLow}, nil, 4, "safe-low", nil, ""},
		{"no safe hub: best checked one on trial", []trust.Hub{checked, refused, pickHub("nc", 6, trust.NotConfirmed, "7000", 0)}, nil, 4, "checked", nil, "on trial"},
		{"pinned hub even if not the best", []trust.Hub{safeLow, safeHigh}, addr(safeLow), 4, "safe-low", nil, "pinned"},
		{"pinned hub refused", []trust.Hub{safeLow, refused}, addr(refused), 4, "", market.ErrPinnedUnavailable, ""},
		{"pinned hub too big", []trust.Hub{safeLow, big16}, addr(big16), 4, "", market.ErrPinnedUnavailable, ""},
		{"pinned hub unknown", []trust.Hub{safeLow}, addr(checked), 4, "", market.ErrPinnedUnavailable, ""},
		{"no hubs", nil, nil, 4, "", market.ErrNoHubs, ""},
		{"nothing usable", []trust.Hub{refused, pickHub("nc", 6, trust.NotConfirmed, "7000", 0)}, nil, 4, "", market.ErrNoEligibleHub, ""},
		{"every hub too big", []trust.Hub{big16}, nil, 4, "", market.ErrNoEligibleHub, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, ch, err := trust.PickHub(tc.hubs, tc.pinned, tc.cores)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v (%s), want %v", err, h.Announcement.Name, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want %s", err, tc.want)
			}
			if h.Announcement.Name != tc.want || ch.Wallet != h.Announcement.Wallet || len(h.Announcement.Endpoints) != 1 {
				t.Fatalf("got %s (choice %s), want %s with its endpoints", h.Announcement.Name, ch.Wallet.Hex(), tc.want)
			}
			if !strings.Contains(ch.Why, tc.why) {
				t.Errorf("why: got %q, want it to contain %q", ch.Why, tc.why)
			}
		})
	}
	if _, _, err := trust.PickHub([]trust.Hub{safeLow}, nil, 0); err == nil || !strings.Contains(err.Error(), "cores") {
		t.Errorf("zero cores: got %v, want an error about cores", err)
	}
}
