package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sonm-io/sonm/internal/chain/bind/minerstake"
	"github.com/sonm-io/sonm/internal/verify"
)

// StakeParams are the MinerStake settings (the DAO may change them).
type StakeParams struct {
	Unbonding   time.Duration `json:"unbonding"`
	Quorum      uint16        `json:"quorum"`
	BountyBps   uint16        `json:"bounty_bps"`
	BuyerBps    uint16        `json:"buyer_bps"`
	MinStake    *big.Int      `json:"min_stake"`
	SlashAmount *big.Int      `json:"slash_amount"`
}

func (p StakeParams) binding() minerstake.MinerStakeParams {
	return minerstake.MinerStakeParams{UnbondingPeriod: uint64(p.Unbonding / time.Second), Quorum: p.Quorum,
		BountyBps: p.BountyBps, BuyerBps: p.BuyerBps, MinStake: p.MinStake, SlashAmount: p.SlashAmount}
}

// MinerStake is one miner's deposit in the MinerStake contract.
type MinerStake struct {
	Miner     common.Address
	Amount    *big.Int  // everything held for the miner, the unbonding part included
	Unbonding *big.Int  // requested for withdrawal; still slashable
	ReleaseAt time.Time // when the unbonding part may be withdrawn; zero when none
}

// Active is the stake not being unbonded: what counts for a proof's quorum.
func (s MinerStake) Active() *big.Int { return new(big.Int).Sub(s.Amount, s.Unbonding) }

// CheatProof is a proof of cheat: the accused miner's signed claim for a
// unit and other staked miners' signed claims for the same unit that agree
// on another root, with the deal's buyer, lane and sequence (its id is
// derived from them, and the buyer gets a share).
type CheatProof struct {
	Accused    verify.Claim
	AccusedSig []byte
	Others     []verify.Claim
	OtherSigs  [][]byte
	Buyer      common.Address
	Lane, Seq  uint64
}

// Slash is what a proof of cheat took, and where it went.
type Slash struct {
	Miner   common.Address
	DealID  common.Hash
	TaskID  common.Hash
	Unit    uint64
	Prover  common.Address
	Amount  *big.Int
	Bounty  *big.Int
	ToBuyer *big.Int
	ToDAO   *big.Int
}

// ClaimDomain is the EIP-712 domain miners sign their claims in on this deployment.
func (c *Client) ClaimDomain() verify.ClaimDomain {
	return verify.ClaimDomain{ChainID: c.dep.ChainID, Contract: c.dep.Stake}
}

// ClaimDigest asks the contract for a claim's digest (the Go side is
// verify.ClaimDomain.Digest; the two must agree).
func (c *Client) ClaimDigest(ctx context.Context, cl verify.Claim) (common.Hash, error) {
	h, err := call(ctx, c, "read claim digest", c.dep.Stake, c.stake.PackClaimDigest(claimBinding(cl)), c.stake.UnpackClaimDigest)
	return common.Hash(h), err
}

func claimBinding(cl verify.Claim) minerstake.MinerStakeClaim {
	return minerstake.MinerStakeClaim{Wallet: cl.Wallet, DealId: cl.DealID, TaskId: cl.TaskID, Unit: cl.Unit, Replica: cl.Replica, Root: cl.Root}
}

// StakeParams reads the MinerStake settings.
func (c *Client) StakeParams(ctx context.Context) (StakeParams, error) {
	p, err := call(ctx, c, "read stake settings", c.dep.Stake, c.stake.PackParams(), c.stake.UnpackParams)
	if err != nil {
		return StakeParams{}, err
	}
	return StakeParams{Unbonding: time.Duration(p.UnbondingPeriod) * time.Second, Quorum: p.Quorum, BountyBps: p.BountyBps,
		BuyerBps: p.BuyerBps, MinStake: p.MinStake, SlashAmount: p.SlashAmount}, nil
}

// StakeOf reads a miner's stake.
func (c *Client) StakeOf(ctx context.Context, miner common.Address) (MinerStake, error) {
	s, err := call(ctx, c, "read miner stake", c.dep.Stake, c.stake.PackStakeOf(miner), c.stake.UnpackStakeOf)
	if err != nil {
		return MinerStake{}, err
	}
	st := MinerStake{Miner: miner, Amount: s.Amount, Unbonding: s.Unbonding}
	if s.ReleaseAt != 0 {
		st.ReleaseAt = time.Unix(int64(s.ReleaseAt), 0).UTC()
	}
	return st, nil
}

// StakeDeposit adds amount SNM wei to the caller's stake, approving it to
// the contract first when the allowance is short.
func (c *Client) StakeDeposit(ctx context.Context, from *bind.TransactOpts, amount *big.Int) (*types.Receipt, error) {
	have, err := c.Allowance(ctx, from.From, c.dep.Stake)
	if err != nil {
		return nil, err
	}
	if amount.Sign() > 0 && have.Cmp(amount) < 0 {
		if _, err := c.Approve(ctx, from, c.dep.Stake, amount); err != nil {
			return nil, fmt.Errorf("deposit stake: %w", err)
		}
	}
	return c.send(ctx, from, "deposit stake", c.dep.Stake, c.stake.PackDeposit(amount))
}

// RequestStakeWithdraw starts unbonding amount more of the caller's stake;
// the whole unbonding part is released one unbonding period from now.
func (c *Client) RequestStakeWithdraw(ctx context.Context, from *bind.TransactOpts, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, from, "request stake withdrawal", c.dep.Stake, c.stake.PackRequestWithdraw(amount))
}

// StakeWithdraw pays the caller its unbonded stake after the unbonding period.
func (c *Client) StakeWithdraw(ctx context.Context, from *bind.TransactOpts) (*big.Int, *types.Receipt, error) {
	rcpt, err := c.send(ctx, from, "withdraw stake", c.dep.Stake, c.stake.PackWithdraw())
	if err != nil {
		return nil, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.stake.UnpackWithdrawnEvent(l); err == nil {
			return ev.Amount, rcpt, nil
		}
	}
	return nil, rcpt, fmt.Errorf("withdraw stake: no Withdrawn event in %s", rcpt.TxHash.Hex())
}

// ProveCheat posts a proof of cheat; the caller receives the bounty.
func (c *Client) ProveCheat(ctx context.Context, from *bind.TransactOpts, p CheatProof) (Slash, *types.Receipt, error) {
	others := make([]minerstake.MinerStakeClaim, len(p.Others))
	for i, o := range p.Others {
		others[i] = claimBinding(o)
	}
	data := c.stake.PackProveCheat(claimBinding(p.Accused), p.AccusedSig, others, p.OtherSigs,
		minerstake.MinerStakeDealRef{Buyer: p.Buyer, Lane: p.Lane, Seq: p.Seq})
	rcpt, err := c.send(ctx, from, "prove cheat", c.dep.Stake, data)
	if err != nil {
		return Slash{}, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.stake.UnpackSlashedEvent(l); err == nil {
			return Slash{Miner: ev.Miner, DealID: ev.DealId, TaskID: ev.TaskId, Unit: ev.Unit, Prover: ev.Prover,
				Amount: ev.Amount, Bounty: ev.Bounty, ToBuyer: ev.ToBuyer, ToDAO: ev.ToDAO}, rcpt, nil
		}
	}
	return Slash{}, rcpt, fmt.Errorf("prove cheat: no Slashed event in %s", rcpt.TxHash.Hex())
}

// ActionSetStakeParams changes the MinerStake settings (a DAO proposal's action).
func (c *Client) ActionSetStakeParams(p StakeParams) Action {
	return Action{c.dep.Stake, c.stake.PackSetParams(p.binding()), "set miner stake settings"}
}
