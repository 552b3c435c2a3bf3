package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sonm-io/sonm/internal/chain/bind/whitelist"
)

// HubStatus is a hub's standing in the Whitelist.
type HubStatus uint8

// Whitelist statuses.
const (
	HubNone HubStatus = iota
	HubUnconfirmed
	HubTrusted
	HubBlacklisted
)

func (s HubStatus) String() string {
	switch s {
	case HubUnconfirmed:
		return "unconfirmed"
	case HubTrusted:
		return "trusted"
	case HubBlacklisted:
		return "blacklisted"
	}
	return "none"
}

// Hub is one record of the Whitelist (the hubs pool list).
type Hub struct {
	Owner        common.Address `json:"owner"`
	Wallet       common.Address `json:"wallet"`
	Endpoint     string         `json:"endpoint"`
	Name         string         `json:"name"`
	Status       HubStatus      `json:"-"`
	StatusName   string         `json:"status"`
	ListedAt     time.Time      `json:"listed_at"`
	RegisteredAt time.Time      `json:"registered_at,omitempty"`
	StakeFor     *big.Int       `json:"stake_for"`
	StakeAgainst *big.Int       `json:"stake_against"`
}

func hubFrom(h whitelist.WhitelistHub) Hub {
	return Hub{
		Owner: h.Owner, Wallet: h.Wallet, Endpoint: h.Endpoint, Name: h.Name,
		Status: HubStatus(h.Status), StatusName: HubStatus(h.Status).String(),
		ListedAt: unixOrZero(h.ListedAt), RegisteredAt: unixOrZero(h.RegisteredAt),
		StakeFor: h.StakeFor, StakeAgainst: h.StakeAgainst,
	}
}

// Hub reads one hub's Whitelist record.
func (c *Client) Hub(ctx context.Context, wallet common.Address) (Hub, error) {
	h, err := call(ctx, c, "read whitelist", c.dep.Whitelist, c.whitelist.PackHub(wallet), c.whitelist.UnpackHub)
	if err != nil {
		return Hub{}, err
	}
	return hubFrom(h), nil
}

// Hubs lists every hub of the Whitelist, in listing order.
func (c *Client) Hubs(ctx context.Context) ([]Hub, error) {
	const page = 100
	var out []Hub
	for off := int64(0); ; off += page {
		batch, err := call(ctx, c, "list whitelist", c.dep.Whitelist,
			c.whitelist.PackHubs(big.NewInt(off), big.NewInt(page)), c.whitelist.UnpackHubs)
		if err != nil {
			return nil, err
		}
		for _, h := range batch {
			out = append(out, hubFrom(h))
		}
		if len(batch) < page {
			return out, nil
		}
	}
}

// SetEndpoint changes a hub's endpoint (owner only).
func (c *Client) SetEndpoint(ctx context.Context, from *bind.TransactOpts, wallet common.Address, endpoint string) (*types.Receipt, error) {
	return c.send(ctx, from, "set hub endpoint", c.dep.Whitelist, c.whitelist.PackSetEndpoint(wallet, endpoint))
}

// SetName changes a hub's name (owner only).
func (c *Client) SetName(ctx context.Context, from *bind.TransactOpts, wallet common.Address, name string) (*types.Receipt, error) {
	return c.send(ctx, from, "set hub name", c.dep.Whitelist, c.whitelist.PackSetName(wallet, name))
}

// Stake is one rating stake.
type Stake struct {
	ID        uint64         `json:"id"`
	Staker    common.Address `json:"staker"`
	Wallet    common.Address `json:"wallet"`
	Amount    *big.Int       `json:"amount"`
	UnlockAt  time.Time      `json:"unlock_at"`
	Support   bool           `json:"support"`
	Withdrawn bool           `json:"withdrawn"`
}

// Rate stakes amount SNM for (support) or against a hub, approving the
// Whitelist first when needed, and returns the stake id.
func (c *Client) Rate(ctx context.Context, from *bind.TransactOpts, wallet common.Address, support bool, amount *big.Int) (uint64, error) {
	have, err := c.Allowance(ctx, from.From, c.dep.Whitelist)
	if err != nil {
		return 0, err
	}
	if have.Cmp(amount) < 0 {
		if _, err := c.Approve(ctx, from, c.dep.Whitelist, amount); err != nil {
			return 0, fmt.Errorf("rate hub: %w", err)
		}
	}
	rcpt, err := c.send(ctx, from, "rate hub", c.dep.Whitelist, c.whitelist.PackStake(wallet, support, amount))
	if err != nil {
		return 0, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.whitelist.UnpackStakedEvent(l); err == nil {
			return ev.StakeId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("rate hub: no Staked event in %s", rcpt.TxHash.Hex())
}

// Unstake withdraws an unlocked stake.
func (c *Client) Unstake(ctx context.Context, from *bind.TransactOpts, id uint64) (*types.Receipt, error) {
	return c.send(ctx, from, "unstake", c.dep.Whitelist, c.whitelist.PackUnstake(new(big.Int).SetUint64(id)))
}

// StakeAt reads one stake.
func (c *Client) StakeAt(ctx context.Context, id uint64) (Stake, error) {
	s, err := call(ctx, c, "read stake", c.dep.Whitelist, c.whitelist.PackStakeAt(new(big.Int).SetUint64(id)), c.whitelist.UnpackStakeAt)
	if err != nil {
		return Stake{}, err
	}
	return Stake{ID: id, Staker: s.Staker, Wallet: s.Wallet, Amount: s.Amount, UnlockAt: unixOrZero(s.UnlockAt), Support: s.Support, Withdrawn: s.Withdrawn}, nil
}

// PackSetHubStatus is the call a DAO proposal makes to change a hub's status.
func (c *Client) PackSetHubStatus(wallet common.Address, status HubStatus) []byte {
	return c.whitelist.PackSetStatus(wallet, uint8(status))
}
