package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/verify"
)

func (w *world) stake(miner string) chain.MinerStake {
	w.t.Helper()
	s, err := w.c.StakeOf(w.ctx, w.a(miner).Addr)
	w.must(err)
	return s
}

// deposit funds miners with `amount` SNM wei each and stakes all of it.
func (w *world) deposit(amount *big.Int, miners ...string) {
	w.t.Helper()
	w.must(w.net.Fund(w.ctx, amount, miners...))
	for _, m := range miners {
		_, err := w.c.StakeDeposit(w.ctx, w.a(m).Opts, amount)
		w.must(err)
	}
}

// signClaim signs c as the named actor.
func (w *world) signClaim(signer string, c verify.Claim) []byte {
	w.t.Helper()
	sig, err := w.c.ClaimDomain().Sign(c, w.a(signer).Key)
	w.must(err)
	return sig
}

// cheatCase is one unit on which `accused` reported root A and the others root B.
type cheatCase struct {
	w      *world
	claim  verify.Claim // the accused's
	buyer  string
	lane   uint64
	seq    uint64
	rootB  common.Hash
	wallet common.Address
}

func newCheat(w *world, unit uint64) cheatCase {
	buyer := w.a("buyer1").Addr
	c := verify.Claim{Wallet: common.HexToAddress("0x00000000000000000000000000000000000a11e7"), DealID: chain.DealID(buyer, 3, 9),
		TaskID: verify.TaskKey("task-1"), Unit: unit, Replica: 1, Root: crypto.Keccak256Hash([]byte("A"))}
	return cheatCase{w: w, claim: c, buyer: "buyer1", lane: 3, seq: 9, rootB: crypto.Keccak256Hash([]byte("B")), wallet: c.Wallet}
}

// other is the claim of a replica that disagrees with the accused.
func (cc cheatCase) other(replica uint64) verify.Claim {
	o := cc.claim
	o.Replica, o.Root = replica, cc.rootB
	return o
}

// proof is the accused's claim signed by accused, and the others' claims
// (replicas 2, 3, ...) signed by signers.
func (cc cheatCase) proof(accused string, signers ...string) chain.CheatProof {
	p := chain.CheatProof{Accused: cc.claim, AccusedSig: cc.w.signClaim(accused, cc.claim), Buyer: cc.w.a(cc.buyer).Addr, Lane: cc.lane, Seq: cc.seq}
	for i, s := range signers {
		o := cc.other(uint64(2 + i))
		p.Others = append(p.Others, o)
		p.OtherSigs = append(p.OtherSigs, cc.w.signClaim(s, o))
	}
	return p
}

func TestStakeClaimDigestMatchesContract(t *testing.T) {
	w := newWorld(t)
	cc := newCheat(w, 5)
	for _, c := range []verify.Claim{cc.claim, cc.other(7), {}} {
		got, err := w.c.ClaimDigest(w.ctx, c)
		w.must(err)
		if want := w.c.ClaimDomain().Digest(c); got != want {
			t.Fatalf("claim digest: contract got %s, Go %s", got, want)
		}
	}
}

func TestStakeDepositUnbondingWithdraw(t *testing.T) {
	w := newWorld(t)
	w.must(w.net.Fund(w.ctx, snm.Wei(1000), "miner1"))
	m := w.a("miner1")
	_, err := w.c.StakeDeposit(w.ctx, m.Opts, snm.Wei(300))
	w.must(err)
	s := w.stake("miner1")
	wantBig(t, "stake", s.Amount, snm.Wei(300))
	wantBig(t, "balance", w.balance(m.Addr), snm.Wei(700))
	wantBig(t, "contract balance", w.balance(w.c.Deployment().Stake), snm.Wei(300))

	_, err = w.c.StakeDeposit(w.ctx, m.Opts, new(big.Int))
	wantRefused(t, err, chain.ErrBadInput, "more than zero")
	_, err = w.c.RequestStakeWithdraw(w.ctx, m.Opts, snm.Wei(301))
	wantRefused(t, err, chain.ErrInsufficientFunds, "300 SNM", "301 SNM")
	_, _, err = w.c.StakeWithdraw(w.ctx, m.Opts)
	wantRefused(t, err, chain.ErrWrongState, "no withdrawal")

	_, err = w.c.RequestStakeWithdraw(w.ctx, m.Opts, snm.Wei(100))
	w.must(err)
	requested := w.now()
	s = w.stake("miner1")
	wantBig(t, "unbonding", s.Unbonding, snm.Wei(100))
	wantBig(t, "active", s.Active(), snm.Wei(200))
	if want := requested.Add(w.p.Unbonding); !s.ReleaseAt.Equal(want) {
		t.Fatalf("release at: got %s, want %s", s.ReleaseAt, want)
	}
	_, err = w.c.RequestStakeWithdraw(w.ctx, m.Opts, snm.Wei(201))
	wantRefused(t, err, chain.ErrInsufficientFunds, "200 SNM")

	_, _, err = w.c.StakeWithdraw(w.ctx, m.Opts)
	wantRefused(t, err, chain.ErrTooEarly, "unbonds until")
	w.jump(w.p.Unbonding - 2*time.Minute)
	_, _, err = w.c.StakeWithdraw(w.ctx, m.Opts)
	wantRefused(t, err, chain.ErrTooEarly, "unbonds until")

	w.jump(3 * time.Minute)
	got, _, err := w.c.StakeWithdraw(w.ctx, m.Opts)
	w.must(err)
	wantBig(t, "withdrawn", got, snm.Wei(100))
	wantBig(t, "balance after withdraw", w.balance(m.Addr), snm.Wei(800))
	s = w.stake("miner1")
	wantBig(t, "stake after withdraw", s.Amount, snm.Wei(200))
	wantBig(t, "unbonding after withdraw", s.Unbonding, new(big.Int))
	_, _, err = w.c.StakeWithdraw(w.ctx, m.Opts)
	wantRefused(t, err, chain.ErrWrongState, "no withdrawal")
}

func TestProveCheat(t *testing.T) {
	w := newWorld(t)
	w.deposit(snm.Wei(200), "miner1", "miner2", "miner3", "miner4")
	// miner4 unbonds all but 50 SNM: below the minimum stake for a quorum.
	_, err := w.c.RequestStakeWithdraw(w.ctx, w.a("miner4").Opts, snm.Wei(150))
	w.must(err)
	cc := newCheat(w, 5)

	mutate := func(p chain.CheatProof, i int, f func(*verify.Claim), signer string) chain.CheatProof {
		p.Others = append([]verify.Claim(nil), p.Others...)
		p.OtherSigs = append([][]byte(nil), p.OtherSigs...)
		f(&p.Others[i])
		p.OtherSigs[i] = w.signClaim(signer, p.Others[i])
		return p
	}
	refusals := []struct {
		name  string
		proof func() chain.CheatProof
		kind  error
		says  []string
	}{
		{"accused signature over another claim", func() chain.CheatProof {
			p := cc.proof("miner1", "miner2", "miner3")
			other := cc.claim
			other.Root = cc.rootB
			p.AccusedSig = w.signClaim("miner1", other)
			return p
		}, chain.ErrInsufficientFunds, []string{"no stake"}},
		{"other signature over another claim", func() chain.CheatProof {
			p := cc.proof("miner1", "miner2", "miner3")
			p.OtherSigs[1] = p.OtherSigs[0]
			return p
		}, chain.ErrInsufficientFunds, []string{"claim signer"}},
		{"malformed signature", func() chain.CheatProof {
			p := cc.proof("miner1", "miner2", "miner3")
			p.OtherSigs[0] = p.OtherSigs[0][:64]
			return p
		}, chain.ErrBadSignature, []string{"malformed"}},
		{"unstaked signer", func() chain.CheatProof { return cc.proof("miner1", "miner2", "stranger") },
			chain.ErrInsufficientFunds, []string{w.a("stranger").Addr.Hex(), "0 SNM", "100 SNM"}},
		{"signer below the minimum stake (unbonding)", func() chain.CheatProof { return cc.proof("miner1", "miner2", "miner4") },
			chain.ErrInsufficientFunds, []string{w.a("miner4").Addr.Hex(), "50 SNM"}},
		{"mismatched unit", func() chain.CheatProof {
			return mutate(cc.proof("miner1", "miner2", "miner3"), 1, func(c *verify.Claim) { c.Unit++ }, "miner3")
		}, chain.ErrBadInput, []string{"other claim 1"}},
		{"mismatched task", func() chain.CheatProof {
			return mutate(cc.proof("miner1", "miner2", "miner3"), 0, func(c *verify.Claim) { c.TaskID = verify.TaskKey("task-2") }, "miner2")
		}, chain.ErrBadInput, []string{"other claim 0"}},
		{"mismatched hub wallet", func() chain.CheatProof {
			return mutate(cc.proof("miner1", "miner2", "miner3"), 1, func(c *verify.Claim) { c.Wallet[0] ^= 1 }, "miner3")
		}, chain.ErrBadInput, []string{"other claim 1"}},
		{"others disagree", func() chain.CheatProof {
			return mutate(cc.proof("miner1", "miner2", "miner3"), 1, func(c *verify.Claim) { c.Root[0] ^= 1 }, "miner3")
		}, chain.ErrBadInput, []string{"other claim 1"}},
		{"others agree with the accused", func() chain.CheatProof {
			p := cc.proof("miner1", "miner2", "miner3")
			for i := range p.Others {
				p = mutate(p, i, func(c *verify.Claim) { c.Root = cc.claim.Root }, []string{"miner2", "miner3"}[i])
			}
			return p
		}, chain.ErrBadInput, []string{"accused's root"}},
		{"quorum not reached", func() chain.CheatProof { return cc.proof("miner1", "miner2") },
			chain.ErrBadInput, []string{"1 other claims", "quorum is 2"}},
		{"accused inside the quorum", func() chain.CheatProof { return cc.proof("miner1", "miner2", "miner1") },
			chain.ErrBadSignature, []string{"by the accused"}},
		{"duplicate signer", func() chain.CheatProof { return cc.proof("miner1", "miner2", "miner2") },
			chain.ErrBadSignature, []string{w.a("miner2").Addr.Hex(), "more than one"}},
		{"signature count differs", func() chain.CheatProof {
			p := cc.proof("miner1", "miner2", "miner3")
			p.OtherSigs = p.OtherSigs[:1]
			return p
		}, chain.ErrBadInput, []string{"2 items but 1"}},
		{"wrong buyer for the deal", func() chain.CheatProof {
			p := cc.proof("miner1", "miner2", "miner3")
			p.Buyer = w.a("stranger").Addr
			return p
		}, chain.ErrBadInput, []string{cc.claim.DealID.Hex()}},
		{"accused without stake", func() chain.CheatProof { return cc.proof("buyer2", "miner2", "miner3") },
			chain.ErrInsufficientFunds, []string{w.a("buyer2").Addr.Hex(), "no stake"}},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) {
			_, _, err := w.c.ProveCheat(w.ctx, w.a("stranger").Opts, r.proof())
			wantRefused(t, err, r.kind, r.says...)
		})
	}
	wantBig(t, "stake after refusals", w.stake("miner1").Amount, snm.Wei(200))

	dep := w.c.Deployment()
	prover, buyer := w.a("stranger").Addr, w.a("buyer1").Addr
	before := map[common.Address]*big.Int{prover: w.balance(prover), buyer: w.balance(buyer), dep.Timelock: w.balance(dep.Timelock), dep.Stake: w.balance(dep.Stake)}
	sl, _, err := w.c.ProveCheat(w.ctx, w.a("stranger").Opts, cc.proof("miner1", "miner3", "miner2"))
	w.must(err)
	// 100 SNM slashed: 20% bounty, 30% buyer, 50% DAO.
	if sl.Miner != w.a("miner1").Addr || sl.Prover != prover || sl.Unit != 5 || sl.DealID != cc.claim.DealID {
		t.Errorf("slash event: got %+v", sl)
	}
	wantBig(t, "slashed", sl.Amount, snm.Wei(100))
	wantBig(t, "prover's bounty", sub(w.balance(prover), before[prover]), snm.Wei(20))
	wantBig(t, "buyer's share", sub(w.balance(buyer), before[buyer]), snm.Wei(30))
	wantBig(t, "DAO's share", sub(w.balance(dep.Timelock), before[dep.Timelock]), snm.Wei(50))
	wantBig(t, "contract balance", sub(before[dep.Stake], w.balance(dep.Stake)), snm.Wei(100))
	wantBig(t, "accused's stake", w.stake("miner1").Amount, snm.Wei(100))

	t.Run("replay", func(t *testing.T) {
		_, _, err := w.c.ProveCheat(w.ctx, w.a("stranger").Opts, cc.proof("miner1", "miner3", "miner2"))
		wantRefused(t, err, chain.ErrAlreadyExists, "already slashed")
	})
	t.Run("same cheat, other replica and quorum", func(t *testing.T) {
		w.deposit(snm.Wei(200), "hub1")
		c2 := cc
		c2.claim.Replica = 9
		_, _, err := w.c.ProveCheat(w.ctx, w.a("hub2").Opts, c2.proof("miner1", "hub1", "miner3"))
		wantRefused(t, err, chain.ErrAlreadyExists, "already slashed")
	})
	wantBig(t, "stake after replays", w.stake("miner1").Amount, snm.Wei(100))

	t.Run("another unit slashes again", func(t *testing.T) {
		_, _, err := w.c.ProveCheat(w.ctx, w.a("stranger").Opts, newCheat(w, 6).proof("miner1", "miner2", "miner3"))
		w.must(err)
		wantBig(t, "stake after the second cheat", w.stake("miner1").Amount, new(big.Int))
		_, _, err = w.c.ProveCheat(w.ctx, w.a("stranger").Opts, newCheat(w, 7).proof("miner1", "miner2", "miner3"))
		wantRefused(t, err, chain.ErrInsufficientFunds, "no stake")
	})
}

func TestSlashDuringUnbonding(t *testing.T) {
	w := newWorld(t)
	w.deposit(snm.Wei(150), "miner1")
	w.deposit(snm.Wei(100), "miner2", "miner3")
	m := w.a("miner1")
	_, err := w.c.RequestStakeWithdraw(w.ctx, m.Opts, snm.Wei(150))
	w.must(err)
	w.jump(w.p.Unbonding / 2)
	sl, _, err := w.c.ProveCheat(w.ctx, w.a("stranger").Opts, newCheat(w, 1).proof("miner1", "miner2", "miner3"))
	w.must(err)
	wantBig(t, "slashed", sl.Amount, snm.Wei(100))
	s := w.stake("miner1")
	wantBig(t, "stake", s.Amount, snm.Wei(50))
	wantBig(t, "unbonding", s.Unbonding, snm.Wei(50))
	w.jump(w.p.Unbonding)
	before := w.balance(m.Addr)
	got, _, err := w.c.StakeWithdraw(w.ctx, m.Opts)
	w.must(err)
	wantBig(t, "withdrawn", got, snm.Wei(50))
	wantBig(t, "balance", sub(w.balance(m.Addr), before), snm.Wei(50))
	wantBig(t, "stake left", w.stake("miner1").Amount, new(big.Int))
}

func TestStakeParamsByDAO(t *testing.T) {
	w := newWorld(t)
	p, err := w.c.StakeParams(w.ctx)
	w.must(err)
	if p.Unbonding != 7*chain.Day || p.Quorum != 2 || p.BountyBps != 2000 || p.BuyerBps != 3000 ||
		p.MinStake.Cmp(snm.Wei(100)) != 0 || p.SlashAmount.Cmp(snm.Wei(100)) != 0 {
		t.Fatalf("default settings: got %+v", p)
	}
	np := p
	np.Quorum, np.Unbonding, np.SlashAmount = 3, chain.Day, snm.Wei(500)
	err = w.direct("stranger", "set stake settings", w.c.ActionSetStakeParams(np))
	wantRefused(t, err, chain.ErrNotAllowed, "only the DAO")
	bad := np
	bad.BountyBps = 8000
	w.must(w.pass("stake settings", w.c.ActionSetStakeParams(np)))
	got, err := w.c.StakeParams(w.ctx)
	w.must(err)
	if got.Quorum != 3 || got.Unbonding != chain.Day || got.SlashAmount.Cmp(snm.Wei(500)) != 0 {
		t.Fatalf("settings after the DAO's change: got %+v", got)
	}
	if err := w.pass("bad stake settings", w.c.ActionSetStakeParams(bad)); err == nil {
		t.Fatal("got a passed proposal with shares above 100%, want it to fail at execution")
	}
}
