package console

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// Chain is what the World page reads. *chain.Client provides all but Head;
// FromClient adds it.
type Chain interface {
	Head(ctx context.Context) (Head, error)
	Hubs(ctx context.Context) ([]chain.Hub, error)
	TotalSupply(ctx context.Context) (*big.Int, error)
	Balance(ctx context.Context, account common.Address) (*big.Int, error)
	Proposals(ctx context.Context) ([]chain.Proposal, error)
	ProposalState(ctx context.Context, id *big.Int) (chain.ProposalState, error)
	ProposalVotes(ctx context.Context, id *big.Int) (chain.Tally, error)
	Deployment() chain.Deployment
}

// Head is the chain's latest block.
type Head struct {
	Number uint64
	Time   time.Time
}

// FromClient adapts a contract client to Chain.
func FromClient(c *chain.Client) Chain { return clientChain{c} }

type clientChain struct{ *chain.Client }

func (c clientChain) Head(ctx context.Context) (Head, error) {
	h, err := c.Backend().Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return Head{}, fmt.Errorf("read chain head: %w", err)
	}
	return Head{Number: h.Number.Uint64(), Time: time.Unix(int64(h.Time), 0).UTC()}, nil
}

// maxProposals is how many of the newest proposals the page shows.
const maxProposals = 50

// World is the World page's picture of the chain at one block. Amounts are
// SNM with decimals (and the exact wei beside them), times RFC 3339 in UTC
// (the page shows them in the reader's zone), empty when unknown.
type World struct {
	Block     uint64     `json:"block"`
	BlockTime string     `json:"block_time"`
	Supply    Amount     `json:"supply"`
	Treasury  Amount     `json:"treasury"`
	DAO       string     `json:"dao"` // the timelock: the treasury's address
	Hubs      []HubRow   `json:"hubs"`
	Proposals []Proposal `json:"proposals"`
	// ProposalsTotal counts every proposal; Proposals holds the newest.
	ProposalsTotal int `json:"proposals_total"`
}

// Amount is an amount of SNM.
type Amount struct {
	SNM string `json:"snm"`
	Wei string `json:"wei"`
}

func amount(wei *big.Int) Amount {
	if wei == nil {
		wei = new(big.Int)
	}
	return Amount{SNM: snm.Format(wei), Wei: wei.String()}
}

// HubRow is one hub of the whitelist.
type HubRow struct {
	Name         string `json:"name"`
	Wallet       string `json:"wallet"`
	Owner        string `json:"owner"`
	Endpoint     string `json:"endpoint"`
	Status       string `json:"status"`
	ListedAt     string `json:"listed_at"`
	RegisteredAt string `json:"registered_at"`
	StakeFor     Amount `json:"stake_for"`
	StakeAgainst Amount `json:"stake_against"`
}

// Proposal is one DAO proposal.
type Proposal struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Proposer    string `json:"proposer"`
	State       string `json:"state"`
	VoteStart   string `json:"vote_start"`
	VoteEnd     string `json:"vote_end"`
	For         Amount `json:"for"`
	Against     Amount `json:"against"`
	Abstain     Amount `json:"abstain"`
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func unixRFC3339(s uint64) string {
	if s == 0 || s > 1<<40 { // not a time: a block number or garbage
		return ""
	}
	return rfc3339(time.Unix(int64(s), 0))
}

// readWorld reads the World page's picture at the head h.
func readWorld(ctx context.Context, c Chain, h Head) (World, error) {
	w := World{Block: h.Number, BlockTime: rfc3339(h.Time), DAO: c.Deployment().Timelock.Hex(),
		Hubs: []HubRow{}, Proposals: []Proposal{}}
	supply, err := c.TotalSupply(ctx)
	if err != nil {
		return World{}, err
	}
	w.Supply = amount(supply)
	treasury, err := c.Balance(ctx, c.Deployment().Timelock)
	if err != nil {
		return World{}, err
	}
	w.Treasury = amount(treasury)
	hubs, err := c.Hubs(ctx)
	if err != nil {
		return World{}, err
	}
	for _, hb := range hubs {
		w.Hubs = append(w.Hubs, HubRow{
			Name: hb.Name, Wallet: hb.Wallet.Hex(), Owner: hb.Owner.Hex(), Endpoint: hb.Endpoint, Status: hb.StatusName,
			ListedAt: rfc3339(hb.ListedAt), RegisteredAt: rfc3339(hb.RegisteredAt),
			StakeFor: amount(hb.StakeFor), StakeAgainst: amount(hb.StakeAgainst),
		})
	}
	ps, err := c.Proposals(ctx)
	if err != nil {
		return World{}, err
	}
	w.ProposalsTotal = len(ps)
	for i := len(ps) - 1; i >= 0 && len(w.Proposals) < maxProposals; i-- {
		p := ps[i]
		st, err := c.ProposalState(ctx, p.ID)
		if err != nil {
			return World{}, err
		}
		v, err := c.ProposalVotes(ctx, p.ID)
		if err != nil {
			return World{}, err
		}
		w.Proposals = append(w.Proposals, Proposal{
			ID: p.ID.String(), Description: p.Description, Proposer: p.Proposer.Hex(), State: st.String(),
			VoteStart: unixRFC3339(p.VoteStart), VoteEnd: unixRFC3339(p.VoteEnd),
			For: amount(v.For), Against: amount(v.Against), Abstain: amount(v.Abstain),
		})
	}
	return w, nil
}
