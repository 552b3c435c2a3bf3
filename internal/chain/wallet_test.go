package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

func TestHubWallet(t *testing.T) {
	w := newWorld(t)
	ctx, c := w.ctx, w.c
	hub := w.a("hub1")
	miner1, miner2, miner3 := w.a("miner1"), w.a("miner2"), w.a("miner3")

	t.Run("created wallet is listed unconfirmed and refuses payouts", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub1", "created")
		s := w.status(wal)
		wantState(t, s, chain.WalletCreated)
		if s.Owner != hub.Addr {
			t.Errorf("owner: got %s, want %s", s.Owner, hub.Addr)
		}
		h := w.hub(wal)
		if h.Status != chain.HubUnconfirmed {
			t.Errorf("whitelist status: got %s, want %s", h.Status, chain.HubUnconfirmed)
		}
		_, err := c.Pay(ctx, hub.Opts, wal, miner1.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Created", "sonm hub wallet register")
		_, err = c.PayDay(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrWrongState, "Created")
	})

	t.Run("an address that is no listed hub wallet is named as such", func(t *testing.T) {
		// An account (no code) and a contract that is not a hub wallet (the
		// token): reading either used to fail with "abi: attempting to
		// unmarshal an empty string".
		for _, addr := range []common.Address{miner1.Addr, w.net.Client.Deployment().Token} {
			_, err := c.Wallet(ctx, addr)
			wantRefused(t, err, chain.ErrUnknown, addr.Hex()+" is not a hub wallet", "sonm hub wallet create")
		}
	})

	t.Run("register needs the freeze amount and freezes it once", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub1", "freeze")
		_, err := c.Register(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrInsufficientFunds, "registration freezes 1 SNM", "sonm hub wallet deposit")
		dust := milli(300)
		_, err = c.Deposit(ctx, hub.Opts, wal, dust)
		w.must(err)
		_, err = c.Register(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrInsufficientFunds, "registration freezes 1 SNM", "only 0.3 SNM is free")
		_, err = c.Register(ctx, w.a("stranger").Opts, wal)
		wantRefused(t, err, chain.ErrNotAllowed, "is not the owner", "--from")

		_, err = c.Deposit(ctx, hub.Opts, wal, snm.One())
		w.must(err)
		_, err = c.Register(ctx, hub.Opts, wal)
		w.must(err)
		_, err = c.Deposit(ctx, hub.Opts, wal, snm.Wei(100))
		w.must(err)
		s := w.status(wal)
		wantState(t, s, chain.WalletRegistered)
		wantBig(t, "frozen after a top-up", s.Frozen, snm.One())
		wantBig(t, "balance", s.Balance, add(snm.Wei(101), dust))
		wantBig(t, "available", s.Available, add(snm.Wei(100), dust))
		if s.RegisteredAt.IsZero() {
			t.Fatalf("registered at: got zero, want the registration time")
		}
		if want := s.RegisteredAt.Add(w.p.PayoutPeriod); !s.PayDayAt.Equal(want) {
			t.Errorf("PayDay at: got %s, want %s", s.PayDayAt, want)
		}
		if h := w.hub(wal); !h.RegisteredAt.Equal(s.RegisteredAt) {
			t.Errorf("whitelist registration time: got %s, want %s", h.RegisteredAt, s.RegisteredAt)
		}
		_, err = c.Register(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrWrongState, "Registered")
	})

	t.Run("transfer locks the fee and approves the miner", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub1", "pay", snm.Wei(101))
		_, err := c.Pay(ctx, hub.Opts, wal, miner1.Addr, snm.Wei(10))
		w.must(err)
		s := w.status(wal)
		wantBig(t, "locked", s.Locked, snm.Wei(3))
		wantBig(t, "outstanding", s.Outstanding, snm.Wei(10))
		wantBig(t, "available", s.Available, snm.Wei(101-1-3-10))
		wantBig(t, "total paid", s.TotalPaid, snm.Wei(10))
		wantBig(t, "allowance", w.allowance(wal, miner1.Addr), snm.Wei(10))
		// A second payout adds to the allowance instead of replacing it.
		_, err = c.Pay(ctx, hub.Opts, wal, miner1.Addr, snm.Wei(5))
		w.must(err)
		wantBig(t, "allowance after a second payout", w.allowance(wal, miner1.Addr), snm.Wei(15))
		ps, err := c.Payouts(ctx, wal, &miner1.Addr)
		w.must(err)
		if len(ps) != 2 {
			t.Fatalf("payout events: got %d, want 2", len(ps))
		}
		wantBig(t, "second payout's lock fee", ps[1].LockFee, frac(snm.Wei(5), 3, 10))
	})

	t.Run("transfer refused", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub1", "refuse", snm.Wei(14))
		// 14 = 1 frozen + 3 locked + 10 paid: exactly enough.
		_, err := c.Pay(ctx, hub.Opts, wal, miner1.Addr, snm.Wei(10))
		w.must(err)
		cases := []struct {
			name   string
			from   string
			miner  common.Address
			amount *big.Int
			kind   error
			says   []string
		}{
			{"balance too small", "hub1", miner2.Addr, milli(1), chain.ErrInsufficientFunds,
				[]string{"needs 14.0013 SNM but the wallet covers only 14 SNM", "sonm hub wallet deposit"}},
			{"not the owner", "stranger", miner2.Addr, milli(1), chain.ErrNotAllowed, []string{"is not the owner of this hub wallet"}},
			{"miner itself", "miner1", miner1.Addr, milli(1), chain.ErrNotAllowed, []string{"is not the owner"}},
			{"zero amount", "hub1", miner2.Addr, new(big.Int), chain.ErrBadInput, []string{"more than zero"}},
			{"zero miner", "hub1", common.Address{}, milli(1), chain.ErrBadInput, []string{"address is zero"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				_, err := c.Pay(ctx, w.a(tc.from).Opts, wal, tc.miner, tc.amount)
				wantRefused(t, err, tc.kind, tc.says...)
			})
		}
		wantBig(t, "allowance of a refused miner", w.allowance(wal, miner2.Addr), new(big.Int))
		// A miner's pull lowers the balance and what is owed alike: it makes
		// no room; a deposit does.
		_, err = c.TransferFrom(ctx, miner1.Opts, wal, miner1.Addr, snm.Wei(4))
		w.must(err)
		_, err = c.Pay(ctx, hub.Opts, wal, miner2.Addr, snm.Wei(4))
		wantRefused(t, err, chain.ErrInsufficientFunds, "needs 15.2 SNM but the wallet covers only 10 SNM")
		_, err = c.Deposit(ctx, hub.Opts, wal, milli(1300))
		w.must(err)
		_, err = c.Pay(ctx, hub.Opts, wal, miner2.Addr, snm.One())
		w.must(err)
		wantBig(t, "available after paying the deposit out", w.status(wal).Available, new(big.Int))
	})

	t.Run("transferMany", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub1", "batch", snm.Wei(50))
		miners := []common.Address{miner1.Addr, miner2.Addr, miner3.Addr}
		_, err := c.PayMany(ctx, hub.Opts, wal, miners, []*big.Int{snm.Wei(10), snm.Wei(20), milli(5)})
		w.must(err)
		s := w.status(wal)
		wantBig(t, "locked", s.Locked, add(snm.Wei(3), snm.Wei(6), frac(milli(5), 3, 10)))
		wantBig(t, "outstanding", s.Outstanding, add(snm.Wei(30), milli(5)))
		for i, want := range []*big.Int{snm.Wei(10), snm.Wei(20), milli(5)} {
			wantBig(t, "allowance", w.allowance(wal, miners[i]), want)
		}
		// 50 - 1 - 9.0015 - 30.005 = 9.9935 left; a batch of 8 needs 10.4 more.
		_, err = c.PayMany(ctx, hub.Opts, wal, miners[:2], []*big.Int{snm.Wei(4), snm.Wei(4)})
		wantRefused(t, err, chain.ErrInsufficientFunds, "needs 50.4065 SNM but the wallet covers only 50 SNM")
		wantBig(t, "allowance after a refused batch", w.allowance(wal, miner1.Addr), snm.Wei(10))
		_, err = c.PayMany(ctx, w.a("stranger").Opts, wal, miners[:1], []*big.Int{snm.One()})
		wantRefused(t, err, chain.ErrNotAllowed, "is not the owner")
		_, err = c.PayMany(ctx, hub.Opts, wal, miners[:2], []*big.Int{snm.One(), new(big.Int)})
		wantRefused(t, err, chain.ErrBadInput, "more than zero")
		if _, err := c.PayMany(ctx, hub.Opts, wal, miners[:2], []*big.Int{snm.One()}); err == nil {
			t.Errorf("got no error for 2 miners and 1 amount, want one")
		}
	})

	t.Run("miners pull and the outstanding falls", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub1", "pull", snm.Wei(40))
		_, err := c.PayMany(ctx, hub.Opts, wal, []common.Address{miner1.Addr, miner2.Addr}, []*big.Int{snm.Wei(10), snm.Wei(5)})
		w.must(err)
		before := w.balance(miner1.Addr)
		got, err := c.Claim(ctx, miner1.Opts, wal)
		w.must(err)
		wantBig(t, "claimed", got, snm.Wei(10))
		wantBig(t, "miner's balance", w.balance(miner1.Addr), add(before, snm.Wei(10)))
		s := w.status(wal)
		wantBig(t, "outstanding after a pull", s.Outstanding, snm.Wei(5))
		wantBig(t, "wallet balance", s.Balance, snm.Wei(30))
		wantBig(t, "allowance after a pull", w.allowance(wal, miner1.Addr), new(big.Int))
		got, err = c.Claim(ctx, miner1.Opts, wal)
		w.must(err)
		wantBig(t, "second claim", got, new(big.Int))
		_, err = c.TransferFrom(ctx, miner2.Opts, wal, miner2.Addr, snm.Wei(6))
		wantRefused(t, err, chain.ErrInsufficientFunds, "allowance of", "is 5 SNM, needs 6 SNM")
		// The next action of the wallet books the pull: the contract's own
		// figure falls too.
		_, err = c.Pay(ctx, hub.Opts, wal, miner3.Addr, snm.One())
		w.must(err)
		wantBig(t, "outstanding after the next payout", w.status(wal).Outstanding, snm.Wei(6))
	})

	t.Run("payDay, Idle, withdraw and register again", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub1", "payday", snm.Wei(100))
		_, err := c.Pay(ctx, hub.Opts, wal, miner1.Addr, snm.Wei(20))
		w.must(err)
		_, err = c.PayDay(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrTooEarly, "PayDay is due at", "wait until the payout period has passed")
		_, err = c.Withdraw(ctx, hub.Opts, wal, hub.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Registered", "sonm hub wallet payday")

		w.jump(w.p.PayoutPeriod + time.Minute)
		dao := c.Deployment().Timelock
		daoBefore := w.balance(dao)
		// Anyone may run PayDay.
		_, err = c.PayDay(ctx, w.a("stranger").Opts, wal)
		w.must(err)
		locked := snm.Wei(6)
		fee := frac(locked, int64(w.p.DAOFeeBps), 10_000)
		wantBig(t, "DAO fee", sub(w.balance(dao), daoBefore), fee)
		s := w.status(wal)
		wantState(t, s, chain.WalletIdle)
		wantBig(t, "frozen", s.Frozen, new(big.Int))
		wantBig(t, "locked", s.Locked, new(big.Int))
		wantBig(t, "outstanding", s.Outstanding, snm.Wei(20))
		free := sub(sub(snm.Wei(100), fee), snm.Wei(20))
		wantBig(t, "available", s.Available, free)

		_, err = c.Pay(ctx, hub.Opts, wal, miner2.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Idle", "sonm hub wallet register")
		_, err = c.PayDay(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrWrongState, "Idle")
		_, err = c.Withdraw(ctx, hub.Opts, wal, hub.Addr, add(free, big.NewInt(1)))
		wantRefused(t, err, chain.ErrInsufficientFunds, "needs "+snm.String(add(free, big.NewInt(1))))
		_, err = c.Withdraw(ctx, w.a("stranger").Opts, wal, hub.Addr, snm.One())
		wantRefused(t, err, chain.ErrNotAllowed, "is not the owner")
		hubBefore := w.balance(hub.Addr)
		_, err = c.Withdraw(ctx, hub.Opts, wal, hub.Addr, free)
		w.must(err)
		wantBig(t, "owner's balance after withdraw", w.balance(hub.Addr), add(hubBefore, free))
		// What was approved and not pulled stays the miner's.
		got, err := c.Claim(ctx, miner1.Opts, wal)
		w.must(err)
		wantBig(t, "miner's claim after the withdrawal", got, snm.Wei(20))
		wantBig(t, "wallet balance", w.balance(wal), new(big.Int))

		_, err = c.Register(ctx, hub.Opts, wal)
		wantRefused(t, err, chain.ErrInsufficientFunds, "registration freezes 1 SNM")
		_, err = c.Deposit(ctx, hub.Opts, wal, snm.Wei(2))
		w.must(err)
		_, err = c.Register(ctx, hub.Opts, wal)
		w.must(err)
		s = w.status(wal)
		wantState(t, s, chain.WalletRegistered)
		wantBig(t, "frozen after registering again", s.Frozen, snm.One())
	})

	t.Run("only the DAO suspects, rehabilitates and bans", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub2", "dao-only", snm.Wei(10))
		for _, who := range []string{"hub2", "stranger", "voter1"} {
			for _, a := range []chain.Action{c.ActionSuspect(wal), c.ActionRehab(wal), c.ActionBan(wal)} {
				err := w.direct(who, a.Label, a)
				wantRefused(t, err, chain.ErrNotAllowed, "only the DAO may do this", "sonm dao propose")
			}
		}
		wantState(t, w.status(wal), chain.WalletRegistered)
	})

	t.Run("suspect, ban too early, rehab", func(t *testing.T) {
		w := w.with(t)
		hub2 := w.a("hub2")
		wal := w.registeredWallet("hub2", "rehab", snm.Wei(30))
		_, err := c.Pay(ctx, hub2.Opts, wal, miner1.Addr, snm.Wei(10))
		w.must(err)
		idle := w.newWallet("hub2", "never registered")
		err = w.pass("suspect a created wallet", c.ActionSuspect(idle))
		wantRefused(t, err, chain.ErrWrongState, "Created")

		w.must(w.pass("suspect", c.ActionSuspect(wal)))
		s := w.status(wal)
		wantState(t, s, chain.WalletSuspected)
		if want := s.SuspectedAt.Add(w.p.SuspicionPeriod); !s.BanAllowedAt.Equal(want) {
			t.Errorf("ban allowed at: got %s, want %s", s.BanAllowedAt, want)
		}
		_, err = c.Pay(ctx, hub2.Opts, wal, miner2.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Suspected", "blocked")
		_, err = c.Withdraw(ctx, hub2.Opts, wal, hub2.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Suspected")
		_, err = c.Deposit(ctx, hub2.Opts, wal, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Suspected")
		_, err = c.Register(ctx, hub2.Opts, wal)
		wantRefused(t, err, chain.ErrWrongState, "Suspected")
		_, err = c.PayDay(ctx, hub2.Opts, wal)
		wantRefused(t, err, chain.ErrWrongState, "Suspected")

		err = w.pass("ban too early", c.ActionBan(wal))
		wantRefused(t, err, chain.ErrTooEarly, "a ban is allowed from", "after the suspicion period")
		var ce *chain.Error
		if errors.As(err, &ce) && (ce.Revert == nil || ce.Revert.Name != "BanTooEarly") {
			t.Errorf("revert of the early ban: got %+v, want BanTooEarly", ce.Revert)
		}
		wantState(t, w.status(wal), chain.WalletSuspected)

		w.must(w.pass("rehab", c.ActionRehab(wal)))
		s = w.status(wal)
		wantState(t, s, chain.WalletIdle)
		wantBig(t, "frozen", s.Frozen, new(big.Int))
		wantBig(t, "locked", s.Locked, new(big.Int))
		wantBig(t, "available", s.Available, snm.Wei(20))
		err = w.pass("rehab twice", c.ActionRehab(wal))
		wantRefused(t, err, chain.ErrWrongState, "Idle")
		_, err = c.Withdraw(ctx, hub2.Opts, wal, hub2.Addr, snm.Wei(20))
		w.must(err)
		got, err := c.Claim(ctx, miner1.Opts, wal)
		w.must(err)
		wantBig(t, "miner's claim after rehab", got, snm.Wei(10))
	})

	t.Run("ban after the suspicion period", func(t *testing.T) {
		w := w.with(t)
		hub3 := w.a("hub3")
		wal := w.registeredWallet("hub3", "ban", snm.Wei(50))
		_, err := c.Pay(ctx, hub3.Opts, wal, miner2.Addr, snm.Wei(10))
		w.must(err)
		w.must(w.pass("suspect", c.ActionSuspect(wal)))
		s := w.status(wal)
		wantState(t, s, chain.WalletSuspected)
		w.jump(w.p.SuspicionPeriod)
		w.must(w.pass("ban", c.ActionBan(wal)))
		s = w.status(wal)
		wantState(t, s, chain.WalletPunished)
		if s.SeizedTo == (common.Address{}) {
			t.Fatalf("seized to: got the zero address, want a vesting wallet")
		}
		wantBig(t, "seized", w.balance(s.SeizedTo), snm.Wei(40))
		// The seized funds wait in a vesting wallet of the DAO until the
		// hold period has passed, then go to the DAO.
		vault := newVault(w, s.SeizedTo)
		dao := c.Deployment().Timelock
		if got := vault.addr("owner"); got != dao {
			t.Errorf("vault owner: got %s, want the DAO timelock %s", got, dao)
		}
		if got, want := time.Unix(vault.uint("end").Int64(), 0), w.now().Add(w.p.BanHoldPeriod); got.Before(want.Add(-time.Minute)) || got.After(want) {
			t.Errorf("vault releases at %s, want about %s", got, want)
		}
		wantBig(t, "releasable before the hold period", vault.uint("releasable", c.Deployment().Token), new(big.Int))
		wantBig(t, "left for the miner", s.Balance, snm.Wei(10))
		if h := w.hub(wal); h.Status != chain.HubBlacklisted {
			t.Errorf("whitelist status: got %s, want %s", h.Status, chain.HubBlacklisted)
		}
		got, err := c.Claim(ctx, miner2.Opts, wal)
		w.must(err)
		wantBig(t, "miner's claim after the ban", got, snm.Wei(10))

		w.jump(w.p.BanHoldPeriod)
		wantBig(t, "releasable after the hold period", vault.uint("releasable", c.Deployment().Token), snm.Wei(40))
		daoBefore := w.balance(dao)
		_, err = w.net.Backend.SendAndWait(ctx, w.a("stranger").Opts, &s.SeizedTo, vault.pack("release", c.Deployment().Token))
		w.must(err)
		wantBig(t, "DAO balance after the vault's release", sub(w.balance(dao), daoBefore), snm.Wei(40))

		dead := "can never be used again"
		_, err = c.Register(ctx, hub3.Opts, wal)
		wantRefused(t, err, chain.ErrWrongState, "Punished", dead)
		_, err = c.Withdraw(ctx, hub3.Opts, wal, hub3.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Punished", dead)
		_, err = c.Deposit(ctx, hub3.Opts, wal, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Punished", dead)
		_, err = c.Pay(ctx, hub3.Opts, wal, miner1.Addr, snm.One())
		wantRefused(t, err, chain.ErrWrongState, "Punished", dead)
		err = w.pass("rehab a banned hub", c.ActionRehab(wal))
		wantRefused(t, err, chain.ErrWrongState, "Punished")
	})
}

// vault reads OpenZeppelin's VestingWallet, which has no binding of its own.
type vault struct {
	w   *world
	at  common.Address
	abi abi.ABI
}

const vestingABI = `[
{"type":"function","name":"owner","stateMutability":"view","inputs":[],"outputs":[{"type":"address"}]},
{"type":"function","name":"end","stateMutability":"view","inputs":[],"outputs":[{"type":"uint256"}]},
{"type":"function","name":"releasable","stateMutability":"view","inputs":[{"type":"address","name":"token"}],"outputs":[{"type":"uint256"}]},
{"type":"function","name":"release","stateMutability":"nonpayable","inputs":[{"type":"address","name":"token"}],"outputs":[]}]`

func newVault(w *world, at common.Address) *vault {
	w.t.Helper()
	a, err := abi.JSON(strings.NewReader(vestingABI))
	w.must(err)
	return &vault{w: w, at: at, abi: a}
}

func (v *vault) pack(method string, args ...any) []byte {
	v.w.t.Helper()
	data, err := v.abi.Pack(method, args...)
	v.w.must(err)
	return data
}

func (v *vault) call(method string, args ...any) any {
	v.w.t.Helper()
	out, err := v.w.net.Backend.CallContract(v.w.ctx, ethereum.CallMsg{To: &v.at, Data: v.pack(method, args...)}, nil)
	v.w.must(err)
	vals, err := v.abi.Unpack(method, out)
	v.w.must(err)
	return vals[0]
}

func (v *vault) addr(method string) common.Address { return v.call(method).(common.Address) }

func (v *vault) uint(method string, args ...any) *big.Int { return v.call(method, args...).(*big.Int) }
