package chain

import (
	"context"
	"fmt"
	"math/big"
)

// Tally is a proposal's votes so far, in SNM wei of voting power.
type Tally struct {
	For     *big.Int
	Against *big.Int
	Abstain *big.Int
}

// Proposals lists every DAO proposal from its creation event, oldest first.
func (c *Client) Proposals(ctx context.Context) ([]Proposal, error) {
	ev := c.governor.GetABI().Events["ProposalCreated"].ID
	logs, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, c.dep.Governor, ev, nil))
	if err != nil {
		return nil, fmt.Errorf("list proposals: %w", err)
	}
	out := make([]Proposal, 0, len(logs))
	for i := range logs {
		e, err := c.governor.UnpackProposalCreatedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("list proposals: decode event in %s: %w", logs[i].TxHash.Hex(), err)
		}
		out = append(out, Proposal{ID: e.ProposalId, Proposer: e.Proposer, Targets: e.Targets, Calldatas: e.Calldatas,
			Description: e.Description, VoteStart: e.VoteStart.Uint64(), VoteEnd: e.VoteEnd.Uint64()})
	}
	return out, nil
}

// ProposalVotes reads a proposal's tally.
func (c *Client) ProposalVotes(ctx context.Context, id *big.Int) (Tally, error) {
	v, err := call(ctx, c, "read proposal votes", c.dep.Governor, c.governor.PackProposalVotes(id), c.governor.UnpackProposalVotes)
	if err != nil {
		return Tally{}, err
	}
	return Tally{For: v.ForVotes, Against: v.AgainstVotes, Abstain: v.AbstainVotes}, nil
}
