package chain_test

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/verify"
)

// minerModel is what TestInvariants expects of one miner's stake.
type minerModel struct {
	amount, unbonding *big.Int
	releaseAt         time.Time
}

func (f *fuzzer) minerModel(name string) *minerModel {
	m := f.minerStakes[name]
	if m == nil {
		m = &minerModel{amount: new(big.Int), unbonding: new(big.Int)}
		f.minerStakes[name] = m
	}
	return m
}

func (f *fuzzer) opMinerDeposit() {
	m := pick(f.r, f.miners)
	amt := f.amount(300)
	f.begin(fmt.Sprintf("%s deposits %s into its miner stake", m.Name, snm.String(amt)), common.Address{})
	want, kind := accept, error(nil)
	if f.balance(m.Addr).Cmp(amt) < 0 {
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	_, err := f.c.StakeDeposit(f.ctx, m.Opts, amt)
	if f.expect("minerDeposit", want, err, kind) {
		mm := f.minerModel(m.Name)
		mm.amount.Add(mm.amount, amt)
	}
}

func (f *fuzzer) opMinerUnbond() {
	m := pick(f.r, f.miners)
	mm := f.minerModel(m.Name)
	active := sub(mm.amount, mm.unbonding)
	amt := f.amount(100)
	if active.Sign() > 0 && f.r.IntN(4) != 0 {
		amt = add(frac(active, int64(f.r.IntN(1000)), 1000), big.NewInt(1))
	}
	f.begin(fmt.Sprintf("%s requests to withdraw %s of its miner stake", m.Name, snm.String(amt)), common.Address{})
	want, kind := accept, error(nil)
	if amt.Cmp(active) > 0 {
		want, kind = refuse, chain.ErrInsufficientFunds
	}
	_, err := f.c.RequestStakeWithdraw(f.ctx, m.Opts, amt)
	if f.expect("minerUnbond", want, err, kind) {
		mm.unbonding.Add(mm.unbonding, amt)
		mm.releaseAt = f.now().Add(f.p.Unbonding)
	}
}

func (f *fuzzer) opMinerWithdraw() {
	m := pick(f.r, f.miners)
	mm := f.minerModel(m.Name)
	f.begin(fmt.Sprintf("%s withdraws its unbonded stake (%s)", m.Name, snm.String(mm.unbonding)), common.Address{})
	now := f.now()
	want, kind := accept, error(nil)
	switch {
	case mm.unbonding.Sign() == 0:
		want, kind = refuse, chain.ErrWrongState
	case now.Add(margin * time.Second).Before(mm.releaseAt):
		want, kind = refuse, chain.ErrTooEarly
	case now.Before(mm.releaseAt):
		want = unknown
	}
	before := f.balance(m.Addr)
	got, _, err := f.c.StakeWithdraw(f.ctx, m.Opts)
	if f.expect("minerWithdraw", want, err, kind) {
		wantBig(f.t, fmt.Sprintf("step %d: withdrawn", f.step), got, mm.unbonding)
		wantBig(f.t, fmt.Sprintf("step %d: miner's balance after withdrawing", f.step), f.balance(m.Addr), add(before, mm.unbonding))
		mm.amount.Sub(mm.amount, mm.unbonding)
		mm.unbonding = new(big.Int)
	}
}

// opProveCheat posts a proof against a random miner for one of a few units,
// signed by a random (sometimes invalid) set of other accounts, and predicts
// the contract's verdict in the order it checks.
func (f *fuzzer) opProveCheat() {
	accused := pick(f.r, f.miners)
	unit := uint64(f.r.IntN(6))
	var others []string
	if f.r.IntN(10) < 7 {
		// Mostly a quorum that may hold: distinct miners other than the accused.
		for _, i := range f.r.Perm(len(f.miners))[:3] {
			if f.miners[i] != accused && len(others) < 2 {
				others = append(others, f.miners[i].Name)
			}
		}
	} else {
		signers := []string{"miner1", "miner2", "miner3", "miner4", "stranger"}
		for range 1 + f.r.IntN(3) {
			others = append(others, pick(f.r, signers))
		}
	}
	buyer := f.a("buyer1").Addr
	c := verify.Claim{Wallet: f.wallets[0], DealID: chain.DealID(buyer, 7, 0), TaskID: verify.TaskKey("fuzz"), Unit: unit, Replica: 1,
		Root: crypto.Keccak256Hash([]byte("wrong"))}
	d := f.c.ClaimDomain()
	p := chain.CheatProof{Accused: c, Buyer: buyer, Lane: 7}
	var err error
	p.AccusedSig, err = d.Sign(c, accused.Key)
	f.must(err)
	for i, o := range others {
		oc := c
		oc.Replica, oc.Root = uint64(2+i), crypto.Keccak256Hash([]byte("right"))
		sig, err := d.Sign(oc, f.a(o).Key)
		f.must(err)
		p.Others, p.OtherSigs = append(p.Others, oc), append(p.OtherSigs, sig)
	}
	f.begin(fmt.Sprintf("stranger proves %s cheated on unit %d with claims of %v", accused.Name, unit, others), common.Address{})

	mm := f.minerModel(accused.Name)
	key := fmt.Sprint(accused.Name, "/", unit)
	want, kind := accept, error(nil)
	switch {
	case len(others) < int(f.p.CheatQuorum):
		want, kind = refuse, chain.ErrBadInput
	case mm.amount.Sign() == 0:
		want, kind = refuse, chain.ErrInsufficientFunds
	case f.cheats[key]:
		want, kind = refuse, chain.ErrAlreadyExists
	default:
		seen := map[string]bool{}
		for _, o := range others {
			om := f.minerModel(o)
			switch {
			case o == accused.Name, seen[o]:
				want, kind = refuse, chain.ErrBadSignature
			case sub(om.amount, om.unbonding).Cmp(f.p.MinStake) < 0:
				want, kind = refuse, chain.ErrInsufficientFunds
			}
			if want == refuse {
				break
			}
			seen[o] = true
		}
	}
	dep := f.c.Deployment()
	prover := f.a("stranger").Addr
	before := map[common.Address]*big.Int{prover: f.balance(prover), buyer: f.balance(buyer), dep.Timelock: f.balance(dep.Timelock)}
	sl, _, err := f.c.ProveCheat(f.ctx, f.a("stranger").Opts, p)
	if f.expect("proveCheat", want, err, kind) {
		cut := f.p.SlashAmount
		if mm.amount.Cmp(cut) < 0 {
			cut = new(big.Int).Set(mm.amount)
		}
		bounty, toBuyer := frac(cut, int64(f.p.BountyBps), 10_000), frac(cut, int64(f.p.BuyerBps), 10_000)
		at := fmt.Sprintf("step %d", f.step)
		wantBig(f.t, at+": slashed", sl.Amount, cut)
		wantBig(f.t, at+": prover's bounty", sub(f.balance(prover), before[prover]), bounty)
		wantBig(f.t, at+": buyer's share", sub(f.balance(buyer), before[buyer]), toBuyer)
		wantBig(f.t, at+": DAO's share", sub(f.balance(dep.Timelock), before[dep.Timelock]), sub(sub(cut, bounty), toBuyer))
		mm.amount.Sub(mm.amount, cut)
		if mm.unbonding.Cmp(mm.amount) > 0 {
			mm.unbonding = new(big.Int).Set(mm.amount)
		}
		f.cheats[key] = true
	}
}

// checkStakes: the contract holds exactly the miners' stakes, each as the
// model has it, and no stake unbonds more than it holds.
func (f *fuzzer) checkStakes(at string) {
	total := new(big.Int)
	for _, m := range f.miners {
		s, err := f.c.StakeOf(f.ctx, m.Addr)
		f.must(err)
		mm := f.minerModel(m.Name)
		if s.Amount.Cmp(mm.amount) != 0 || s.Unbonding.Cmp(mm.unbonding) != 0 {
			f.t.Errorf("%s: stake of %s: got %s (%s unbonding), want %s (%s unbonding)", at, m.Name,
				snm.String(s.Amount), snm.String(s.Unbonding), snm.String(mm.amount), snm.String(mm.unbonding))
		}
		if s.Unbonding.Cmp(s.Amount) > 0 {
			f.t.Errorf("%s: stake of %s unbonds %s but holds %s", at, m.Name, snm.String(s.Unbonding), snm.String(s.Amount))
		}
		total.Add(total, s.Amount)
	}
	if held := f.balance(f.c.Deployment().Stake); held.Cmp(total) != 0 {
		f.t.Errorf("%s: the stake contract holds %s, want the miners' stakes %s", at, snm.String(held), snm.String(total))
	}
}
