package chain_test

import (
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/bind/deals"
	"github.com/sonm-io/sonm/internal/chain/bind/hubwallet"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

var (
	invariantSeed = flag.Uint64("chain.seed", 0, "seed of TestInvariants (0: $SONM_CHAIN_SEED, else the fixed default)")
	invariantOps  = flag.Int("chain.ops", 400, "number of random operations TestInvariants runs")
)

// defaultInvariantSeed keeps CI deterministic.
const defaultInvariantSeed = 20_260_123

func seedOf(t *testing.T) uint64 {
	if *invariantSeed != 0 {
		return *invariantSeed
	}
	if s := os.Getenv("SONM_CHAIN_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("SONM_CHAIN_SEED=%q: %v", s, err)
		}
		return v
	}
	return defaultInvariantSeed
}

// TestInvariants runs random sequences of operations by several actors
// (hubs, miners, buyers, strangers and the DAO), many of which the contracts
// refuse, and checks after every step that: the supply is constant and every
// token is held by a known account; no wallet approves more than its free
// balance; only the DAO moves a wallet into Suspected or Punished, and every
// other state change is the one the operation asked for; no ban comes before
// the suspicion period; escrowed tokens are accounted for (deposited =
// released + refunded + held, and held = credited + active deals + open
// streams). Where the outcome of an operation follows from the state before
// it, the test also checks that the contracts accepted or refused it.
//
// The seed is logged; rerun a failure with -chain.seed=N or SONM_CHAIN_SEED=N.
func TestInvariants(t *testing.T) {
	seed := seedOf(t)
	t.Logf("seed %d (rerun with -chain.seed=%d), %d operations", seed, seed, *invariantOps)
	f := newFuzzer(t, seed)
	for f.step = 0; f.step < *invariantOps; f.step++ {
		f.runOne()
		f.checkInvariants()
		if t.Failed() {
			f.dumpHistory()
			t.FailNow()
		}
	}
	f.report()
}

type outcome int

const (
	unknown outcome = iota // the outcome depends on a block's exact time
	accept
	refuse
)

type modelDeal struct {
	deal   chain.Deal // as of the last read
	caller string     // hub owner's actor name
	buyer  string
}

type modelStream struct {
	id    common.Hash
	hub   string
	buyer string
}

type modelStake struct {
	id        uint64
	staker    string
	amount    *big.Int
	unlockAt  time.Time
	withdrawn bool
}

type hubActor struct {
	name    string
	wallets []common.Address // the last is the current one
}

type fuzzer struct {
	*world
	r    *rand.Rand
	step int

	hubs    []*hubActor
	miners  []*devnet.Actor
	buyers  []string
	wallets []common.Address // every wallet ever created
	owner   map[common.Address]string
	deals   []*modelDeal
	streams []*modelStream
	stakes  []*modelStake

	// miner stakes (MinerStake) and the cheats already slashed, by accused/unit
	minerStakes map[string]*minerModel
	cheats      map[string]bool

	// state of each wallet after the last step, and when it was suspected
	last        map[common.Address]chain.WalletState
	suspectedAt map[common.Address]time.Time

	// escrow accounting from the Deals contract's events
	scanned                       uint64
	deposited, released, refunded *big.Int

	// what the current operation may change: state transitions of one wallet
	op      string
	target  common.Address
	allowed [][2]chain.WalletState

	history []string
	stats   map[string]*[2]int // operation kind -> accepted, refused
	dl      *deals.Deals
	hw      *hubwallet.HubWallet
}

func newFuzzer(t *testing.T, seed uint64) *fuzzer {
	w := newWorld(t)
	f := &fuzzer{
		world:       w,
		r:           rand.New(rand.NewPCG(seed, seed^0x5ca1ab1e)),
		buyers:      []string{"buyer1", "buyer2"},
		owner:       map[common.Address]string{},
		last:        map[common.Address]chain.WalletState{},
		suspectedAt: map[common.Address]time.Time{},
		deposited:   new(big.Int), released: new(big.Int), refunded: new(big.Int),
		stats:       map[string]*[2]int{},
		minerStakes: map[string]*minerModel{}, cheats: map[string]bool{},
		dl: deals.NewDeals(),
		hw: hubwallet.NewHubWallet(),
	}
	for _, m := range []string{"miner1", "miner2", "miner3", "miner4"} {
		f.miners = append(f.miners, w.a(m))
	}
	w.must(w.net.Fund(w.ctx, snm.Wei(1_000), "miner1", "miner2", "miner3", "miner4"))
	for _, h := range []string{"hub1", "hub2", "hub3"} {
		ha := &hubActor{name: h}
		f.hubs = append(f.hubs, ha)
		f.createWallet(ha)
	}
	f.scanned = w.c.Deployment().Block
	f.checkInvariants()
	return f
}

func (f *fuzzer) createWallet(h *hubActor) {
	f.t.Helper()
	wal := f.newWallet(h.name, fmt.Sprintf("%s-%d", h.name, len(h.wallets)))
	h.wallets = append(h.wallets, wal)
	f.wallets = append(f.wallets, wal)
	f.owner[wal] = h.name
	f.last[wal] = chain.WalletCreated
}

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// amount returns a random SNM amount: mostly up to `upTo` SNM with three
// decimals, sometimes far more than anyone can cover.
func (f *fuzzer) amount(upTo int) *big.Int {
	if f.r.IntN(20) == 0 {
		return snm.Wei(int64(1_000 + f.r.IntN(1_000_000)))
	}
	return milli(int64(1 + f.r.IntN(upTo*1000)))
}

// expect records the outcome of an operation and checks it against the
// prediction; a refusal must be a contract's explained refusal, and of kind
// `kind` where one is given.
func (f *fuzzer) expect(kind string, want outcome, err error, refusal error) bool {
	f.t.Helper()
	s := f.stats[kind]
	if s == nil {
		s = &[2]int{}
		f.stats[kind] = s
	}
	if err == nil {
		s[0]++
		f.history = append(f.history, fmt.Sprintf("%d %s: ok", f.step, f.op))
		if want == refuse {
			f.t.Errorf("step %d %s: got success, want a refusal", f.step, f.op)
		}
		return true
	}
	s[1]++
	f.history = append(f.history, fmt.Sprintf("%d %s: refused: %v", f.step, f.op, err))
	var ce *chain.Error
	if !errors.As(err, &ce) {
		f.t.Fatalf("step %d %s: got error %v, want success or a contract's refusal", f.step, f.op, err)
	}
	if want == accept {
		f.t.Errorf("step %d %s: got refusal %q, want success", f.step, f.op, err)
	}
	if refusal != nil && want == refuse && !errors.Is(err, refusal) {
		f.t.Errorf("step %d %s: got refusal %q, want one that is %q", f.step, f.op, err, refusal)
	}
	return false
}

// begin names the operation and what state changes it may cause.
func (f *fuzzer) begin(op string, target common.Address, allowed ...[2]chain.WalletState) {
	f.op, f.target, f.allowed = op, target, allowed
}

func (f *fuzzer) runOne() {
	type opFn struct {
		weight int
		run    func()
	}
	ops := []opFn{
		{8, f.opDeposit}, {5, f.opRegister}, {12, f.opPay}, {6, f.opPayMany}, {10, f.opPull},
		{4, f.opPayDay}, {4, f.opWithdraw}, {5, f.opJump}, {2, f.opJumpTo},
		{10, f.opOpenDeal}, {8, f.opCommit}, {5, f.opConfirm}, {3, f.opRefund}, {3, f.opClaim}, {5, f.opDispute},
		{4, f.opRelease}, {2, f.opOpenStream}, {3, f.opBill}, {1, f.opTopUp}, {2, f.opCloseStream},
		{2, f.opStake}, {2, f.opUnstake},
		{8, f.opMinerDeposit}, {2, f.opMinerUnbond}, {2, f.opMinerWithdraw}, {4, f.opProveCheat}, {3, f.opAttack}, {1, f.opDAOSuspect}, {1, f.opDAORehab}, {2, f.opDAOBan}, {2, f.opDAOResolve},
	}
	total := 0
	for _, o := range ops {
		total += o.weight
	}
	n := f.r.IntN(total)
	for _, o := range ops {
		if n < o.weight {
			f.begin("", common.Address{})
			o.run()
			return
		}
		n -= o.weight
	}
}

// pickHub picks a hub, mostly one whose current wallet is in one of the
// states `prefer`; the current wallet is replaced by a new one once punished.
func (f *fuzzer) pickHub(prefer ...chain.WalletState) (*hubActor, common.Address) {
	h := pick(f.r, f.hubs)
	var in []*hubActor
	for _, c := range f.hubs {
		for _, st := range prefer {
			if f.last[c.wallets[len(c.wallets)-1]] == st {
				in = append(in, c)
			}
		}
	}
	if len(in) > 0 && f.r.IntN(5) != 0 {
		h = pick(f.r, in)
	}
	wal := h.wallets[len(h.wallets)-1]
	if f.last[wal] == chain.WalletPunished {
		f.begin("create a new wallet for "+h.name, common.Address{})
		f.createWallet(h)
		wal = h.wallets[len(h.wallets)-1]
	}
	return h, wal
}

func (f *fuzzer) nowUnix() uint64 { return uint64(f.now().Unix()) }

// margin is how far a time must be from now for the next block's time to
// fall surely on one side of it.
const margin = 120

var (
	fromCreated    = [2]chain.WalletState{chain.WalletCreated, chain.WalletRegistered}
	fromIdle       = [2]chain.WalletState{chain.WalletIdle, chain.WalletRegistered}
	payDayMove     = [2]chain.WalletState{chain.WalletRegistered, chain.WalletIdle}
	suspectMove    = [2]chain.WalletState{chain.WalletRegistered, chain.WalletSuspected}
	rehabMove      = [2]chain.WalletState{chain.WalletSuspected, chain.WalletIdle}
	banMove        = [2]chain.WalletState{chain.WalletSuspected, chain.WalletPunished}
	lockFeeBps     = big.NewInt(3000)
	basisPoints    = big.NewInt(10_000)
	blockedInState = map[chain.WalletState]bool{chain.WalletSuspected: true, chain.WalletPunished: true}
)

func fee(x *big.Int) *big.Int {
	r := new(big.Int).Mul(x, lockFeeBps)
	return r.Quo(r, basisPoints)
}

func (f *fuzzer) opDeposit() {
	h, wal := f.pickHub(chain.WalletCreated, chain.WalletRegistered, chain.WalletIdle)
	amt := f.amount(200)
	f.begin(fmt.Sprintf("%s deposits %s into %s", h.name, snm.String(amt), wal), wal)
	s := f.status(wal)
	want, kind := accept, error(nil)
	if blockedInState[s.State] {
		want, kind = refuse, chain.ErrWrongState
	} else if f.balance(f.a(h.name).Addr).Cmp(amt) < 0 {
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	_, err := f.c.Deposit(f.ctx, f.a(h.name).Opts, wal, amt)
	f.expect("deposit", want, err, kind)
}

func (f *fuzzer) opRegister() {
	h, wal := f.pickHub(chain.WalletCreated, chain.WalletIdle)
	f.begin(fmt.Sprintf("%s registers %s", h.name, wal), wal, fromCreated, fromIdle)
	s := f.status(wal)
	want, kind := accept, error(nil)
	switch {
	case s.State != chain.WalletCreated && s.State != chain.WalletIdle:
		want, kind = refuse, chain.ErrWrongState
	case sub(s.Balance, s.Outstanding).Cmp(f.p.FreezeAmount) < 0:
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	_, err := f.c.Register(f.ctx, f.a(h.name).Opts, wal)
	if f.expect("register", want, err, kind) {
		if got := f.status(wal).Frozen; got.Cmp(f.p.FreezeAmount) != 0 {
			f.t.Errorf("step %d: frozen after registration: got %s, want %s", f.step, snm.String(got), snm.String(f.p.FreezeAmount))
		}
	}
}

// payPrediction says whether a payout of `total` with lock fee `fees` fits.
func payPrediction(s chain.WalletStatus, total, fees *big.Int) (outcome, error) {
	if s.State != chain.WalletRegistered {
		return refuse, chain.ErrWrongState
	}
	if add(s.Frozen, s.Locked, s.Outstanding, fees, total).Cmp(s.Balance) > 0 {
		return refuse, chain.ErrInsufficientFunds
	}
	return accept, nil
}

// payAmount is mostly an amount that fits the wallet's room, else anything.
func (f *fuzzer) payAmount(s chain.WalletStatus, parts int) *big.Int {
	if s.Available.Sign() > 0 && f.r.IntN(10) < 7 {
		room := frac(s.Available, 10, 13*int64(parts))
		if room.Sign() > 0 {
			return add(frac(room, int64(f.r.IntN(1000)), 1000), big.NewInt(1))
		}
	}
	return f.amount(20)
}

func (f *fuzzer) opPay() {
	h, wal := f.pickHub(chain.WalletRegistered)
	m := pick(f.r, f.miners)
	amt := f.payAmount(f.status(wal), 1)
	from := h.name
	if f.r.IntN(10) == 0 {
		from = pick(f.r, []string{m.Name, "stranger", pick(f.r, f.hubs).name})
	}
	f.begin(fmt.Sprintf("%s pays %s to %s from %s", from, snm.String(amt), m.Name, wal), wal)
	s := f.status(wal)
	want, kind := payPrediction(s, amt, fee(amt))
	if from != h.name {
		want, kind = refuse, chain.ErrNotAllowed
	}
	before := f.allowance(wal, m.Addr)
	_, err := f.c.Pay(f.ctx, f.a(from).Opts, wal, m.Addr, amt)
	if f.expect("pay", want, err, kind) {
		wantBig(f.t, fmt.Sprintf("step %d: allowance after a payout", f.step), f.allowance(wal, m.Addr), add(before, amt))
	}
}

func (f *fuzzer) opPayMany() {
	h, wal := f.pickHub(chain.WalletRegistered)
	n := 1 + f.r.IntN(len(f.miners))
	miners := make([]common.Address, n)
	amounts := make([]*big.Int, n)
	total, fees := new(big.Int), new(big.Int)
	s := f.status(wal)
	for i := range n {
		miners[i] = pick(f.r, f.miners).Addr
		amounts[i] = f.payAmount(s, n)
		total.Add(total, amounts[i])
		fees.Add(fees, fee(amounts[i]))
	}
	f.begin(fmt.Sprintf("%s pays %d miners %s in one batch from %s", h.name, n, snm.String(total), wal), wal)
	want, kind := payPrediction(f.status(wal), total, fees)
	_, err := f.c.PayMany(f.ctx, f.a(h.name).Opts, wal, miners, amounts)
	f.expect("payMany", want, err, kind)
}

func (f *fuzzer) opPull() {
	m := pick(f.r, f.miners)
	wal := pick(f.r, f.wallets)
	have := f.allowance(wal, m.Addr)
	amt := new(big.Int).Set(have)
	switch {
	case have.Sign() == 0 || f.r.IntN(8) == 0:
		amt.Add(amt, milli(1)) // more than approved
	case f.r.IntN(3) == 0:
		amt.Quo(amt, big.NewInt(int64(2+f.r.IntN(5))))
	}
	f.begin(fmt.Sprintf("%s pulls %s of %s approved by %s", m.Name, snm.String(amt), snm.String(have), wal), wal)
	want, kind := accept, error(nil)
	if amt.Cmp(have) > 0 {
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	if amt.Sign() == 0 {
		want = unknown
	}
	before := f.balance(m.Addr)
	_, err := f.c.TransferFrom(f.ctx, m.Opts, wal, m.Addr, amt)
	if f.expect("pull", want, err, kind) {
		wantBig(f.t, fmt.Sprintf("step %d: miner's balance after a pull", f.step), f.balance(m.Addr), add(before, amt))
	}
}

func (f *fuzzer) opPayDay() {
	_, wal := f.pickHub(chain.WalletRegistered)
	from := pick(f.r, []string{"stranger", f.owner[wal], "miner1"})
	f.begin(fmt.Sprintf("%s runs PayDay of %s", from, wal), wal, payDayMove)
	s := f.status(wal)
	want, kind := refuse, error(chain.ErrWrongState)
	if s.State == chain.WalletRegistered {
		due, now := uint64(s.PayDayAt.Unix()), f.nowUnix()
		switch {
		case now >= due:
			want, kind = accept, nil
		case now+margin < due:
			want, kind = refuse, chain.ErrTooEarly
		default:
			want, kind = unknown, nil
		}
	}
	daoBefore := f.balance(f.c.Deployment().Timelock)
	_, err := f.c.PayDay(f.ctx, f.a(from).Opts, wal)
	if f.expect("payDay", want, err, kind) {
		wantFee := new(big.Int).Mul(s.Locked, big.NewInt(int64(f.p.DAOFeeBps)))
		wantFee.Quo(wantFee, basisPoints)
		wantBig(f.t, fmt.Sprintf("step %d: DAO fee at PayDay", f.step), sub(f.balance(f.c.Deployment().Timelock), daoBefore), wantFee)
	}
}

func (f *fuzzer) opWithdraw() {
	h, wal := f.pickHub(chain.WalletIdle, chain.WalletCreated)
	s := f.status(wal)
	free := sub(sub(sub(s.Balance, s.Outstanding), s.Frozen), s.Locked)
	var amt *big.Int
	switch f.r.IntN(4) {
	case 0:
		amt = add(free, milli(1))
	case 1:
		amt = new(big.Int).Quo(free, big.NewInt(2))
	case 2:
		amt = free
	default:
		amt = f.amount(20)
	}
	if amt.Sign() <= 0 {
		amt = milli(1)
	}
	f.begin(fmt.Sprintf("%s withdraws %s of %s free from %s", h.name, snm.String(amt), snm.String(free), wal), wal)
	want, kind := accept, error(nil)
	switch {
	case s.State != chain.WalletCreated && s.State != chain.WalletIdle:
		want, kind = refuse, chain.ErrWrongState
	case amt.Cmp(free) > 0:
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	_, err := f.c.Withdraw(f.ctx, f.a(h.name).Opts, wal, f.a(h.name).Addr, amt)
	f.expect("withdraw", want, err, kind)
}

// opJumpTo moves time to when a PayDay or a ban becomes possible.
func (f *fuzzer) opJumpTo() {
	var at []time.Time
	for _, wal := range f.wallets {
		switch f.last[wal] {
		case chain.WalletRegistered, chain.WalletSuspected:
			s := f.status(wal)
			at = append(at, s.PayDayAt, s.BanAllowedAt)
		}
	}
	now := f.now()
	var future []time.Time
	for _, t := range at {
		if t.After(now) {
			future = append(future, t)
		}
	}
	if len(future) == 0 {
		return
	}
	// A vote takes days: arrive a little early half of the time.
	to := pick(f.r, future).Add(-time.Duration(f.r.IntN(2)) * (f.p.VotingDelay + f.p.VotingPeriod + f.p.TimelockDelay))
	if !to.After(now) {
		return
	}
	f.begin("time passes to "+to.String(), common.Address{})
	f.jump(to.Sub(now))
	f.history = append(f.history, fmt.Sprintf("%d %s", f.step, f.op))
}

func (f *fuzzer) opJump() {
	d := pick(f.r, []time.Duration{10 * time.Minute, time.Hour, time.Hour, 13 * time.Hour, 2 * chain.Day, 4 * chain.Day, 31 * chain.Day})
	f.begin("time passes: "+d.String(), common.Address{})
	f.jump(d)
	f.history = append(f.history, fmt.Sprintf("%d %s", f.step, f.op))
}

func (f *fuzzer) opOpenDeal() {
	h, wal := f.pickHub(chain.WalletRegistered)
	buyer := pick(f.r, f.buyers)
	price := milli(int64(1 + f.r.IntN(50_000)))
	deadline := pick(f.r, []time.Duration{time.Hour, 6 * time.Hour, 2 * chain.Day, 5 * chain.Day, 20 * chain.Day})
	signer := h.name
	if f.r.IntN(10) == 0 {
		signer = pick(f.r, []string{"stranger", buyer, "miner1"})
	}
	permit := f.r.IntN(4) == 0
	f.begin(fmt.Sprintf("%s opens a deal of %s with %s (signed by %s, permit %v)", buyer, snm.String(price), wal, signer, permit), common.Address{})
	s := f.status(wal)
	q, sig := f.quote(wal, signer, buyer, price, deadline, 10*time.Minute)
	want, kind := accept, error(nil)
	switch {
	case signer != h.name:
		want, kind = refuse, chain.ErrBadSignature
	case s.State != chain.WalletRegistered:
		want, kind = refuse, chain.ErrWrongState
	}
	var d chain.Deal
	var err error
	if permit {
		d, _, err = f.c.OpenDealWithPermit(f.ctx, f.a(buyer).Opts, f.a(buyer).Key, q, sig)
	} else {
		d, _, err = f.c.OpenDeal(f.ctx, f.a(buyer).Opts, q, sig)
	}
	if f.expect("openDeal", want, err, kind) {
		f.deals = append(f.deals, &modelDeal{deal: d, caller: h.name, buyer: buyer})
	}
}

// someDeal picks a deal, mostly one for which `prefer` holds, else mostly an
// active one, and refreshes it from the chain.
func (f *fuzzer) someDeal(prefer func(chain.Deal, uint64) bool) *modelDeal {
	if len(f.deals) == 0 {
		return nil
	}
	var live []*modelDeal
	for _, d := range f.deals {
		if active(d.deal.Status) {
			live = append(live, d)
		}
	}
	var preferred []*modelDeal
	now := f.nowUnix()
	for _, d := range f.deals {
		if prefer(d.deal, now) {
			preferred = append(preferred, d)
		}
	}
	d := pick(f.r, f.deals)
	switch n := f.r.IntN(10); {
	case len(preferred) > 0 && n < 6:
		d = pick(f.r, preferred)
	case len(live) > 0 && n < 9:
		d = pick(f.r, live)
	}
	got, err := f.c.Deal(f.ctx, d.deal.ID)
	f.must(err)
	if got.Status != d.deal.Status {
		f.t.Errorf("step %d: deal %s status: got %s, want %s as last seen", f.step, d.deal.ID, got.Status, d.deal.Status)
	}
	d.deal = got
	return d
}

func openInTime(d chain.Deal, now uint64) bool {
	return d.Status == chain.DealOpen && now+margin <= d.Deadline
}
func openLate(d chain.Deal, now uint64) bool { return d.Status == chain.DealOpen && now > d.Deadline }
func committed(d chain.Deal, _ uint64) bool  { return d.Status == chain.DealCommitted }

func (f *fuzzer) inWindow(d chain.Deal, now uint64) bool {
	return d.Status == chain.DealCommitted && now+margin <= d.CommittedAt+uint64(f.p.DisputeWindow/time.Second)
}

// wrongStatus is the refusal of an operation on a deal in the wrong status:
// once a later deal is active in the same lane, the contract no longer knows
// the earlier one at all.
func (f *fuzzer) wrongStatus(d *modelDeal) error {
	for _, o := range f.deals {
		if o.deal.Buyer == d.deal.Buyer && o.deal.Lane == d.deal.Lane && o.deal.Seq > d.deal.Seq && active(o.deal.Status) {
			return chain.ErrUnknown
		}
	}
	return chain.ErrWrongState
}

func active(s chain.DealStatus) bool {
	return s == chain.DealOpen || s == chain.DealCommitted || s == chain.DealDisputed
}

// caller is the rightful actor most of the time, else someone else.
func (f *fuzzer) caller(rightful string) string {
	if f.r.IntN(8) == 0 {
		return pick(f.r, []string{"stranger", "miner2", "hub1", "hub2", "buyer1", "buyer2"})
	}
	return rightful
}

// dealStep runs one deal operation and checks the status it leads to.
func (f *fuzzer) dealStep(kind string, d *modelDeal, from string, want outcome, refusal error, next chain.DealStatus, do func() error) {
	err := do()
	if f.expect(kind, want, err, refusal) {
		got, err := f.c.Deal(f.ctx, d.deal.ID)
		f.must(err)
		if got.Status != next {
			f.t.Errorf("step %d %s: deal status got %s, want %s", f.step, f.op, got.Status, next)
		}
		d.deal = got
	}
}

func (f *fuzzer) opCommit() {
	d := f.someDeal(openInTime)
	if d == nil {
		return
	}
	from := f.caller(d.caller)
	f.begin(fmt.Sprintf("%s commits deal %s (%s)", from, d.deal.ID.TerminalString(), d.deal.Status), common.Address{})
	now := f.nowUnix()
	want, kind := refuse, f.wrongStatus(d)
	switch {
	case d.deal.Status != chain.DealOpen:
	case f.a(from).Addr != d.deal.Hub:
		kind = chain.ErrNotAllowed
	case now+margin <= d.deal.Deadline:
		want, kind = accept, nil
	case now > d.deal.Deadline:
		kind = chain.ErrTooLate
	default:
		want, kind = unknown, nil
	}
	f.dealStep("commit", d, from, want, kind, chain.DealCommitted, func() error {
		_, err := f.c.CommitResult(f.ctx, f.a(from).Opts, d.deal.ID, crypto.Keccak256Hash([]byte(fmt.Sprint("result", f.step))))
		return err
	})
}

func (f *fuzzer) opConfirm() {
	d := f.someDeal(committed)
	if d == nil {
		return
	}
	from := f.caller(d.buyer)
	f.begin(fmt.Sprintf("%s confirms deal %s (%s)", from, d.deal.ID.TerminalString(), d.deal.Status), common.Address{})
	want, kind := accept, error(nil)
	switch {
	case d.deal.Status != chain.DealCommitted:
		want, kind = refuse, f.wrongStatus(d)
	case f.a(from).Addr != d.deal.Buyer:
		want, kind = refuse, chain.ErrNotAllowed
	}
	f.dealStep("confirm", d, from, want, kind, chain.DealConfirmed, func() error {
		_, err := f.c.ConfirmDeal(f.ctx, f.a(from).Opts, d.deal.ID)
		return err
	})
}

func (f *fuzzer) opRefund() {
	d := f.someDeal(openLate)
	if d == nil {
		return
	}
	from := f.caller(d.buyer)
	f.begin(fmt.Sprintf("%s asks a refund of deal %s (%s)", from, d.deal.ID.TerminalString(), d.deal.Status), common.Address{})
	now := f.nowUnix()
	want, kind := refuse, f.wrongStatus(d)
	switch {
	case d.deal.Status != chain.DealOpen:
	case f.a(from).Addr != d.deal.Buyer:
		kind = chain.ErrNotAllowed
	case now > d.deal.Deadline:
		want, kind = accept, nil
	case now+margin <= d.deal.Deadline:
		kind = chain.ErrTooEarly
	default:
		want, kind = unknown, nil
	}
	f.dealStep("refund", d, from, want, kind, chain.DealRefunded, func() error {
		_, err := f.c.RefundDeal(f.ctx, f.a(from).Opts, d.deal.ID)
		return err
	})
}

func (f *fuzzer) opClaim() {
	d := f.someDeal(committed)
	if d == nil {
		return
	}
	from := f.caller(d.caller)
	f.begin(fmt.Sprintf("%s claims deal %s (%s)", from, d.deal.ID.TerminalString(), d.deal.Status), common.Address{})
	now, window := f.nowUnix(), uint64(f.p.DisputeWindow/time.Second)
	want, kind := refuse, f.wrongStatus(d)
	switch {
	case d.deal.Status != chain.DealCommitted:
	case f.a(from).Addr != d.deal.Hub:
		kind = chain.ErrNotAllowed
	case now > d.deal.CommittedAt+window:
		want, kind = accept, nil
	case now+margin <= d.deal.CommittedAt+window:
		kind = chain.ErrTooEarly
	default:
		want, kind = unknown, nil
	}
	f.dealStep("claim", d, from, want, kind, chain.DealClaimed, func() error {
		_, err := f.c.ClaimDeal(f.ctx, f.a(from).Opts, d.deal.ID)
		return err
	})
}

func (f *fuzzer) opDispute() {
	d := f.someDeal(f.inWindow)
	if d == nil {
		return
	}
	from := f.caller(d.buyer)
	f.begin(fmt.Sprintf("%s disputes deal %s (%s)", from, d.deal.ID.TerminalString(), d.deal.Status), common.Address{})
	now, window := f.nowUnix(), uint64(f.p.DisputeWindow/time.Second)
	want, kind := refuse, f.wrongStatus(d)
	switch {
	case d.deal.Status != chain.DealCommitted:
	case f.a(from).Addr != d.deal.Buyer:
		kind = chain.ErrNotAllowed
	case now+margin <= d.deal.CommittedAt+window:
		want, kind = accept, nil
	case now > d.deal.CommittedAt+window:
		kind = chain.ErrTooLate
	default:
		want, kind = unknown, nil
	}
	f.dealStep("dispute", d, from, want, kind, chain.DealDisputed, func() error {
		_, err := f.c.DisputeDeal(f.ctx, f.a(from).Opts, d.deal.ID)
		return err
	})
}

func (f *fuzzer) opRelease() {
	wal := pick(f.r, f.wallets)
	f.begin("release the escrow credited to "+wal.Hex(), wal)
	credited, err := f.c.Credited(f.ctx, wal)
	f.must(err)
	s := f.status(wal)
	want, kind := accept, error(nil)
	if credited.Sign() > 0 && blockedInState[s.State] {
		want, kind = refuse, chain.ErrWrongState
	}
	_, err = f.c.Release(f.ctx, f.a(pick(f.r, []string{"stranger", f.owner[wal]})).Opts, wal)
	if f.expect("release", want, err, kind) {
		wantBig(f.t, fmt.Sprintf("step %d: wallet balance after release", f.step), f.balance(wal), add(s.Balance, credited))
	}
}

func (f *fuzzer) opOpenStream() {
	h, wal := f.pickHub(chain.WalletRegistered)
	buyer := pick(f.r, f.buyers)
	rate := frac(milli(int64(1+f.r.IntN(10))), 1, 100) // up to 0.0001 SNM a second
	deposit := milli(int64(1 + f.r.IntN(20_000)))
	f.begin(fmt.Sprintf("%s opens a stream of %s/s with %s, deposit %s", buyer, snm.String(rate), wal, snm.String(deposit)), common.Address{})
	q := chain.StreamQuote{Wallet: wal, Buyer: f.a(buyer).Addr, SpecHash: crypto.Keccak256Hash([]byte("service")), RatePerSecond: rate,
		Expiry: uint64(f.now().Add(10 * time.Minute).Unix()), Nonce: big.NewInt(int64(f.step))}
	sig, err := chain.SignDigest(f.c.StreamQuoteDigest(q), f.a(h.name).Key)
	f.must(err)
	want, kind := accept, error(nil)
	if f.status(wal).State != chain.WalletRegistered {
		want, kind = refuse, chain.ErrWrongState
	}
	id, err := f.c.OpenStream(f.ctx, f.a(buyer).Opts, q, sig, deposit)
	if f.expect("openStream", want, err, kind) {
		f.streams = append(f.streams, &modelStream{id: id, hub: h.name, buyer: buyer})
	}
}

func (f *fuzzer) someStream() (*modelStream, chain.Stream) {
	if len(f.streams) == 0 {
		return nil, chain.Stream{}
	}
	s := pick(f.r, f.streams)
	st, err := f.c.StreamState(f.ctx, s.id)
	f.must(err)
	return s, st
}

func (f *fuzzer) opBill() {
	s, st := f.someStream()
	if s == nil {
		return
	}
	from := f.caller(s.hub)
	f.begin(fmt.Sprintf("%s bills stream %s (open %v)", from, s.id.TerminalString(), st.Open), common.Address{})
	want, kind := accept, error(nil)
	switch {
	case !st.Open:
		want, kind = refuse, chain.ErrWrongState
	case f.a(from).Addr != st.Hub:
		want, kind = refuse, chain.ErrNotAllowed
	}
	_, err := f.c.Bill(f.ctx, f.a(from).Opts, s.id)
	f.expect("bill", want, err, kind)
}

func (f *fuzzer) opTopUp() {
	s, st := f.someStream()
	if s == nil {
		return
	}
	amt := milli(int64(1 + f.r.IntN(5_000)))
	f.begin(fmt.Sprintf("%s tops up stream %s by %s (open %v)", s.buyer, s.id.TerminalString(), snm.String(amt), st.Open), common.Address{})
	want, kind := accept, error(nil)
	if !st.Open {
		want, kind = refuse, chain.ErrWrongState
	}
	_, err := f.c.TopUp(f.ctx, f.a(s.buyer).Opts, s.id, amt)
	f.expect("topUp", want, err, kind)
}

func (f *fuzzer) opCloseStream() {
	s, st := f.someStream()
	if s == nil {
		return
	}
	from := f.caller(s.buyer)
	f.begin(fmt.Sprintf("%s closes stream %s (open %v)", from, s.id.TerminalString(), st.Open), common.Address{})
	want, kind := accept, error(nil)
	switch {
	case !st.Open:
		want, kind = refuse, chain.ErrWrongState
	case f.a(from).Addr != st.Buyer && f.a(from).Addr != st.Hub:
		want, kind = refuse, chain.ErrNotAllowed
	}
	_, err := f.c.CloseStream(f.ctx, f.a(from).Opts, s.id)
	f.expect("closeStream", want, err, kind)
}

func (f *fuzzer) opStake() {
	wal := pick(f.r, f.wallets)
	staker := pick(f.r, []string{"buyer1", "buyer2", "stranger", "miner1"})
	amt := f.amount(30)
	support := f.r.IntN(2) == 0
	f.begin(fmt.Sprintf("%s stakes %s for=%v on %s", staker, snm.String(amt), support, wal), common.Address{})
	want, kind := accept, error(nil)
	if f.balance(f.a(staker).Addr).Cmp(amt) < 0 {
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	before := f.hub(wal)
	id, err := f.c.Rate(f.ctx, f.a(staker).Opts, wal, support, amt)
	if f.expect("stake", want, err, kind) {
		st, err := f.c.StakeAt(f.ctx, id)
		f.must(err)
		f.stakes = append(f.stakes, &modelStake{id: id, staker: staker, amount: amt, unlockAt: st.UnlockAt})
		after := f.hub(wal)
		if support {
			wantBig(f.t, fmt.Sprintf("step %d: stake for", f.step), after.StakeFor, add(before.StakeFor, amt))
		} else {
			wantBig(f.t, fmt.Sprintf("step %d: stake against", f.step), after.StakeAgainst, add(before.StakeAgainst, amt))
		}
	}
}

func (f *fuzzer) opUnstake() {
	if len(f.stakes) == 0 {
		return
	}
	st := pick(f.r, f.stakes)
	from := st.staker
	if f.r.IntN(6) == 0 {
		from = pick(f.r, []string{"buyer1", "stranger", "hub1"})
	}
	f.begin(fmt.Sprintf("%s unstakes stake %d of %s (withdrawn %v)", from, st.id, st.staker, st.withdrawn), common.Address{})
	now := f.now()
	want, kind := accept, error(nil)
	switch {
	case from != st.staker:
		want, kind = refuse, chain.ErrNotAllowed
	case st.withdrawn:
		want, kind = refuse, chain.ErrWrongState
	case now.Add(margin * time.Second).Before(st.unlockAt):
		want, kind = refuse, chain.ErrTooEarly
	case now.Before(st.unlockAt):
		want, kind = unknown, nil
	}
	before := f.balance(f.a(from).Addr)
	_, err := f.c.Unstake(f.ctx, f.a(from).Opts, st.id)
	if f.expect("unstake", want, err, kind) {
		st.withdrawn = true
		wantBig(f.t, fmt.Sprintf("step %d: staker's balance after unstaking", f.step), f.balance(f.a(from).Addr), add(before, st.amount))
	}
}

// opAttack: someone other than the DAO tries what only the DAO may do.
func (f *fuzzer) opAttack() {
	wal := pick(f.r, f.wallets)
	from := pick(f.r, []string{f.owner[wal], "stranger", "miner3", "voter1", "deployer"})
	actions := []chain.Action{f.c.ActionSuspect(wal), f.c.ActionRehab(wal), f.c.ActionBan(wal), f.c.ActionTrust(wal), f.c.ActionBlacklist(wal)}
	a := pick(f.r, actions)
	f.begin(fmt.Sprintf("%s tries to %s without the DAO", from, a.Label), common.Address{})
	f.expect("attack", refuse, f.direct(from, a.Label, a), chain.ErrNotAllowed)
}

// daoWallet picks a wallet, mostly one in state `prefer`.
func (f *fuzzer) daoWallet(prefer chain.WalletState) common.Address {
	var in []common.Address
	for _, wal := range f.wallets {
		if f.last[wal] == prefer {
			in = append(in, wal)
		}
	}
	if len(in) > 0 && f.r.IntN(5) != 0 {
		return pick(f.r, in)
	}
	return pick(f.r, f.wallets)
}

func (f *fuzzer) opDAOSuspect() {
	wal := f.daoWallet(chain.WalletRegistered)
	f.begin("the DAO suspects "+wal.Hex(), wal, suspectMove)
	want, kind := accept, error(nil)
	if f.status(wal).State != chain.WalletRegistered {
		want, kind = refuse, chain.ErrWrongState
	}
	f.expect("daoSuspect", want, f.pass(fmt.Sprintf("suspect, step %d", f.step), f.c.ActionSuspect(wal)), kind)
}

func (f *fuzzer) opDAORehab() {
	wal := f.daoWallet(chain.WalletSuspected)
	f.begin("the DAO rehabilitates "+wal.Hex(), wal, rehabMove)
	want, kind := accept, error(nil)
	if f.status(wal).State != chain.WalletSuspected {
		want, kind = refuse, chain.ErrWrongState
	}
	f.expect("daoRehab", want, f.pass(fmt.Sprintf("rehab, step %d", f.step), f.c.ActionRehab(wal)), kind)
}

func (f *fuzzer) opDAOBan() {
	wal := f.daoWallet(chain.WalletSuspected)
	f.begin("the DAO bans "+wal.Hex(), wal, banMove)
	s := f.status(wal)
	want, kind := refuse, error(chain.ErrWrongState)
	if s.State == chain.WalletSuspected {
		// The vote takes the voting delay, period and timelock delay.
		earliest := f.now().Add(f.p.VotingDelay + f.p.VotingPeriod + f.p.TimelockDelay)
		switch {
		case !earliest.Before(s.BanAllowedAt):
			want, kind = accept, nil
		case earliest.Add(margin * time.Second).Before(s.BanAllowedAt):
			want, kind = refuse, chain.ErrTooEarly
		default:
			want, kind = unknown, nil
		}
	}
	f.expect("daoBan", want, f.pass(fmt.Sprintf("ban, step %d", f.step), f.c.ActionBan(wal)), kind)
}

func (f *fuzzer) opDAOResolve() {
	var disputed []*modelDeal
	for _, d := range f.deals {
		if d.deal.Status == chain.DealDisputed {
			disputed = append(disputed, d)
		}
	}
	if len(disputed) == 0 {
		return
	}
	d := pick(f.r, disputed)
	toBuyer := frac(d.deal.Amount, int64(f.r.IntN(12)), 10) // sometimes more than the escrow
	f.begin(fmt.Sprintf("the DAO resolves deal %s, %s of %s to the buyer", d.deal.ID.TerminalString(), snm.String(toBuyer), snm.String(d.deal.Amount)), common.Address{})
	want, kind := accept, error(nil)
	if toBuyer.Cmp(d.deal.Amount) > 0 {
		want, kind = refuse, chain.ErrBadInput
	}
	f.dealStep("daoResolve", d, "voter1", want, kind, chain.DealResolved, func() error {
		return f.pass(fmt.Sprintf("resolve, step %d", f.step), f.c.ActionResolve(d.deal, toBuyer))
	})
}

// checkInvariants reads the chain and checks every invariant.
func (f *fuzzer) checkInvariants() {
	f.t.Helper()
	t := f.t
	dep := f.c.Deployment()
	at := fmt.Sprintf("after step %d (%s)", f.step, f.op)

	// The supply is constant and every token is held by a known account.
	supply, err := f.c.TotalSupply(f.ctx)
	f.must(err)
	if supply.Cmp(f.p.Supply) != 0 {
		t.Errorf("%s: total supply got %s, want %s", at, snm.String(supply), snm.String(f.p.Supply))
	}
	held := new(big.Int)
	for _, a := range f.net.Actors() {
		held.Add(held, f.balance(a.Addr))
	}
	for _, a := range []common.Address{dep.Deals, dep.Whitelist, dep.Timelock, dep.Stake} {
		held.Add(held, f.balance(a))
	}

	for _, wal := range f.wallets {
		s := f.status(wal)
		held.Add(held, s.Balance)
		if s.SeizedTo != (common.Address{}) {
			held.Add(held, f.balance(s.SeizedTo))
		}

		// No wallet approves more than its free balance.
		approved := new(big.Int)
		for _, m := range f.miners {
			approved.Add(approved, f.allowance(wal, m.Addr))
		}
		if add(approved, s.Frozen, s.Locked).Cmp(s.Balance) > 0 {
			t.Errorf("%s: wallet %s approves %s with %s frozen and %s locked but holds %s", at, wal,
				snm.String(approved), snm.String(s.Frozen), snm.String(s.Locked), snm.String(s.Balance))
		}
		// Funds reach the wallet only through deposit(), so what it owes
		// is exactly what the miners may still pull.
		if approved.Cmp(s.Outstanding) != 0 {
			t.Errorf("%s: wallet %s: allowances to miners got %s, want the outstanding %s", at, wal, snm.String(approved), snm.String(s.Outstanding))
		}

		// State changes: only those the operation asked for.
		prev := f.last[wal]
		if s.State != prev {
			ok := false
			if wal == f.target {
				for _, a := range f.allowed {
					ok = ok || (a[0] == prev && a[1] == s.State)
				}
			}
			if !ok {
				t.Errorf("%s: wallet %s moved from %s to %s, which %q may not cause", at, wal, prev, s.State, f.op)
			}
			switch s.State {
			case chain.WalletSuspected:
				f.suspectedAt[wal] = s.SuspectedAt
			case chain.WalletPunished:
				f.checkBan(wal, at)
			}
			f.last[wal] = s.State
		}
		if s.State == chain.WalletPunished {
			if s.Frozen.Sign() != 0 || s.Locked.Sign() != 0 {
				t.Errorf("%s: punished wallet %s: got frozen %s locked %s, want none", at, wal, snm.String(s.Frozen), snm.String(s.Locked))
			}
			if h := f.hub(wal); h.Status != chain.HubBlacklisted {
				t.Errorf("%s: punished wallet %s: whitelist status got %s, want %s", at, wal, h.Status, chain.HubBlacklisted)
			}
		}
	}
	if held.Cmp(supply) != 0 {
		t.Errorf("%s: tokens held by known accounts got %s, want the supply %s", at, snm.String(held), snm.String(supply))
	}
	f.checkEscrow(at)
	f.checkStakes(at)
}

// checkBan: a ban never comes before the suspicion period has passed.
func (f *fuzzer) checkBan(wal common.Address, at string) {
	ev := f.hw.GetABI().Events["Punished"].ID
	logs, err := f.net.Backend.Client().FilterLogs(f.ctx, ethereum.FilterQuery{Addresses: []common.Address{wal}, Topics: [][]common.Hash{{ev}}})
	f.must(err)
	if len(logs) != 1 {
		f.t.Errorf("%s: Punished events of %s: got %d, want 1", at, wal, len(logs))
		return
	}
	p, err := f.hw.UnpackPunishedEvent(&logs[0])
	f.must(err)
	bannedAt := time.Unix(int64(p.ReleaseAt), 0).Add(-f.p.BanHoldPeriod)
	suspected, ok := f.suspectedAt[wal]
	if !ok {
		f.t.Errorf("%s: wallet %s punished without being seen suspected", at, wal)
		return
	}
	if earliest := suspected.Add(f.p.SuspicionPeriod); bannedAt.Before(earliest) {
		f.t.Errorf("%s: wallet %s banned at %s, want not before %s (suspected at %s)", at, wal, bannedAt, earliest, suspected)
	}
}

// checkEscrow: deposited = released + refunded + held, and what is held is
// what is credited to wallets plus the active deals and open streams.
func (f *fuzzer) checkEscrow(at string) {
	dep := f.c.Deployment()
	head, err := f.net.Backend.Client().BlockNumber(f.ctx)
	f.must(err)
	if head > f.scanned {
		logs, err := f.net.Backend.Client().FilterLogs(f.ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(f.scanned + 1), ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{dep.Deals}})
		f.must(err)
		for i := range logs {
			l := &logs[i]
			if e, err := f.dl.UnpackDealOpenedEvent(l); err == nil {
				f.deposited.Add(f.deposited, e.Amount)
			} else if e, err := f.dl.UnpackStreamOpenedEvent(l); err == nil {
				f.deposited.Add(f.deposited, e.Deposit)
			} else if e, err := f.dl.UnpackStreamToppedUpEvent(l); err == nil {
				f.deposited.Add(f.deposited, e.Amount)
			} else if e, err := f.dl.UnpackReleasedEvent(l); err == nil {
				f.released.Add(f.released, e.Amount)
			} else if e, err := f.dl.UnpackDealRefundedEvent(l); err == nil {
				f.refunded.Add(f.refunded, e.Amount)
			} else if e, err := f.dl.UnpackDealResolvedEvent(l); err == nil {
				f.refunded.Add(f.refunded, e.ToBuyer)
			} else if e, err := f.dl.UnpackStreamClosedEvent(l); err == nil {
				f.refunded.Add(f.refunded, e.Refunded)
			}
		}
		f.scanned = head
	}
	held := f.balance(dep.Deals)
	if got := add(f.released, f.refunded, held); got.Cmp(f.deposited) != 0 {
		f.t.Errorf("%s: escrow: released %s + refunded %s + held %s = %s, want the deposited %s", at,
			snm.String(f.released), snm.String(f.refunded), snm.String(held), snm.String(got), snm.String(f.deposited))
	}
	parts := new(big.Int)
	for _, wal := range f.wallets {
		c, err := f.c.Credited(f.ctx, wal)
		f.must(err)
		parts.Add(parts, c)
	}
	for _, d := range f.deals {
		if active(d.deal.Status) {
			parts.Add(parts, d.deal.Amount)
		}
	}
	for _, s := range f.streams {
		st, err := f.c.StreamState(f.ctx, s.id)
		f.must(err)
		if st.Open {
			parts.Add(parts, st.Balance)
		} else if st.Balance.Sign() != 0 {
			f.t.Errorf("%s: closed stream %s holds %s, want nothing", at, s.id, snm.String(st.Balance))
		}
	}
	if parts.Cmp(held) != 0 {
		f.t.Errorf("%s: escrow held %s, want credited + active deals + open streams = %s", at, snm.String(held), snm.String(parts))
	}
}

func (f *fuzzer) dumpHistory() {
	from := max(0, len(f.history)-25)
	f.t.Logf("last operations:\n%s", strings.Join(f.history[from:], "\n"))
}

// report logs what happened and fails a run that exercised too little to
// mean anything.
func (f *fuzzer) report() {
	var lines []string
	for _, k := range []string{"deposit", "register", "pay", "payMany", "pull", "payDay", "withdraw", "openDeal", "commit", "confirm",
		"refund", "claim", "dispute", "release", "openStream", "bill", "topUp", "closeStream", "stake", "unstake", "attack", "daoSuspect", "daoRehab", "daoBan", "daoResolve",
		"minerDeposit", "minerUnbond", "minerWithdraw", "proveCheat"} {
		s := f.stats[k]
		if s == nil {
			s = &[2]int{}
		}
		lines = append(lines, fmt.Sprintf("%-12s ok %3d refused %3d", k, s[0], s[1]))
	}
	states := map[chain.WalletState]int{}
	for _, wal := range f.wallets {
		states[f.last[wal]]++
	}
	f.t.Logf("operations:\n%s\nwallets: %d, final states %v; deals %d, streams %d; escrow deposited %s, released %s, refunded %s",
		strings.Join(lines, "\n"), len(f.wallets), states, len(f.deals), len(f.streams),
		snm.String(f.deposited), snm.String(f.released), snm.String(f.refunded))
	if *invariantOps < 100 {
		return
	}
	for _, k := range []string{"pay", "pull", "openDeal", "register", "minerDeposit", "proveCheat"} {
		if s := f.stats[k]; s == nil || s[0] == 0 {
			f.t.Errorf("operation %s: got no success in %d steps, want some (the run exercised too little)", k, *invariantOps)
		}
	}
}
