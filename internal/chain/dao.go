package chain

import (
	"context"
	"fmt"
	"math/big"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ProposalState is a DAO proposal's state (OpenZeppelin Governor's).
type ProposalState uint8

// Governor proposal states.
const (
	ProposalPending ProposalState = iota
	ProposalActive
	ProposalCanceled
	ProposalDefeated
	ProposalSucceeded
	ProposalQueued
	ProposalExpired
	ProposalExecuted
)

var proposalStates = []string{"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"}

func (s ProposalState) String() string { return proposalStateName(uint8(s)) }

func proposalStateName(v any) string {
	if n, ok := v.(uint8); ok && int(n) < len(proposalStates) {
		return proposalStates[n]
	}
	return fmt.Sprint(v)
}

// Vote choices (GovernorCountingSimple).
const (
	VoteAgainst uint8 = 0
	VoteFor     uint8 = 1
	VoteAbstain uint8 = 2
)

// Action is one call a DAO proposal makes when executed.
type Action struct {
	Target common.Address
	Data   []byte
	Label  string // for people, e.g. "suspect hub 0x.."
}

// Proposal is a DAO proposal as created on chain.
type Proposal struct {
	ID          *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Calldatas   [][]byte
	Description string
	VoteStart   uint64
	VoteEnd     uint64
}

// ActionTrust marks a hub Trusted in the Whitelist.
func (c *Client) ActionTrust(wallet common.Address) Action {
	return Action{c.dep.Whitelist, c.PackSetHubStatus(wallet, HubTrusted), "trust hub " + wallet.Hex()}
}

// ActionBlacklist marks a hub Blacklisted in the Whitelist.
func (c *Client) ActionBlacklist(wallet common.Address) Action {
	return Action{c.dep.Whitelist, c.PackSetHubStatus(wallet, HubBlacklisted), "blacklist hub " + wallet.Hex()}
}

// ActionSuspect suspects a registered hub wallet.
func (c *Client) ActionSuspect(wallet common.Address) Action {
	return Action{wallet, c.wallet.PackSuspect(), "suspect hub wallet " + wallet.Hex()}
}

// ActionRehab rehabilitates a suspected hub wallet.
func (c *Client) ActionRehab(wallet common.Address) Action {
	return Action{wallet, c.wallet.PackRehab(), "rehabilitate hub wallet " + wallet.Hex()}
}

// ActionBan punishes a hub wallet suspected long enough.
func (c *Client) ActionBan(wallet common.Address) Action {
	return Action{wallet, c.wallet.PackBan(), "ban hub wallet " + wallet.Hex()}
}

// ActionResolve settles a disputed deal, toBuyer back to the buyer and the rest to the hub.
func (c *Client) ActionResolve(d Deal, toBuyer *big.Int) Action {
	return Action{c.dep.Deals, c.deals.PackResolve(d.binding(), toBuyer), "resolve deal " + d.ID.Hex()}
}

func split(actions []Action) ([]common.Address, []*big.Int, [][]byte) {
	targets := make([]common.Address, len(actions))
	values := make([]*big.Int, len(actions))
	datas := make([][]byte, len(actions))
	for i, a := range actions {
		targets[i], values[i], datas[i] = a.Target, new(big.Int), a.Data
	}
	return targets, values, datas
}

// Propose submits a proposal and returns its id.
func (c *Client) Propose(ctx context.Context, from *bind.TransactOpts, actions []Action, description string) (*big.Int, error) {
	if len(actions) == 0 {
		return nil, fmt.Errorf("propose: no actions")
	}
	t, v, d := split(actions)
	rcpt, err := c.send(ctx, from, "propose", c.dep.Governor, c.governor.PackPropose(t, v, d, description))
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.governor.UnpackProposalCreatedEvent(l); err == nil {
			return ev.ProposalId, nil
		}
	}
	return nil, fmt.Errorf("propose: no ProposalCreated event in %s", rcpt.TxHash.Hex())
}

// ProposalState reads a proposal's state.
func (c *Client) ProposalState(ctx context.Context, id *big.Int) (ProposalState, error) {
	s, err := call(ctx, c, "read proposal", c.dep.Governor, c.governor.PackState(id), c.governor.UnpackState)
	return ProposalState(s), err
}

// Vote casts the caller's vote (VoteFor, VoteAgainst, VoteAbstain).
func (c *Client) Vote(ctx context.Context, from *bind.TransactOpts, id *big.Int, support uint8) (*types.Receipt, error) {
	return c.send(ctx, from, "vote", c.dep.Governor, c.governor.PackCastVote(id, support))
}

// Proposal reads a proposal's actions and description from its creation event.
func (c *Client) Proposal(ctx context.Context, id *big.Int) (Proposal, error) {
	ev := c.governor.GetABI().Events["ProposalCreated"].ID
	logs, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, c.dep.Governor, ev, nil))
	if err != nil {
		return Proposal{}, fmt.Errorf("read proposals: %w", err)
	}
	for i := range logs {
		e, err := c.governor.UnpackProposalCreatedEvent(&logs[i])
		if err != nil || e.ProposalId.Cmp(id) != 0 {
			continue
		}
		return Proposal{ID: e.ProposalId, Proposer: e.Proposer, Targets: e.Targets, Calldatas: e.Calldatas,
			Description: e.Description, VoteStart: e.VoteStart.Uint64(), VoteEnd: e.VoteEnd.Uint64()}, nil
	}
	return Proposal{}, &Error{Op: "read proposal", Kind: ErrUnknown, Msg: fmt.Sprintf("proposal %s does not exist", id)}
}

// Queue puts a succeeded proposal into the timelock.
func (c *Client) Queue(ctx context.Context, from *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	p, err := c.Proposal(ctx, id)
	if err != nil {
		return nil, err
	}
	return c.send(ctx, from, "queue proposal", c.dep.Governor,
		c.governor.PackQueue(p.Targets, zeros(len(p.Targets)), p.Calldatas, crypto.Keccak256Hash([]byte(p.Description))))
}

// Execute runs a queued proposal whose timelock delay has passed.
func (c *Client) Execute(ctx context.Context, from *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	p, err := c.Proposal(ctx, id)
	if err != nil {
		return nil, err
	}
	return c.send(ctx, from, "execute proposal", c.dep.Governor,
		c.governor.PackExecute(p.Targets, zeros(len(p.Targets)), p.Calldatas, crypto.Keccak256Hash([]byte(p.Description))))
}

// VotingTimes returns when voting on a proposal starts and ends (unix seconds).
func (c *Client) VotingTimes(ctx context.Context, id *big.Int) (start, end uint64, err error) {
	s, err := call(ctx, c, "read proposal", c.dep.Governor, c.governor.PackProposalSnapshot(id), c.governor.UnpackProposalSnapshot)
	if err != nil {
		return 0, 0, err
	}
	e, err := call(ctx, c, "read proposal", c.dep.Governor, c.governor.PackProposalDeadline(id), c.governor.UnpackProposalDeadline)
	if err != nil {
		return 0, 0, err
	}
	return s.Uint64(), e.Uint64(), nil
}

// ProposalEta returns when a queued proposal may be executed (unix seconds).
func (c *Client) ProposalEta(ctx context.Context, id *big.Int) (uint64, error) {
	e, err := call(ctx, c, "read proposal", c.dep.Governor, c.governor.PackProposalEta(id), c.governor.UnpackProposalEta)
	if err != nil {
		return 0, err
	}
	return e.Uint64(), nil
}

func zeros(n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = new(big.Int)
	}
	return out
}
