package chain

import (
	"context"
	"math/big"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Balance returns the SNM balance of account in wei.
func (c *Client) Balance(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, c, "read SNM balance", c.dep.Token, c.token.PackBalanceOf(account), c.token.UnpackBalanceOf)
}

// TotalSupply returns the SNM supply in wei.
func (c *Client) TotalSupply(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, "read SNM supply", c.dep.Token, c.token.PackTotalSupply(), c.token.UnpackTotalSupply)
}

// Allowance returns what spender may still pull from owner.
func (c *Client) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	return call(ctx, c, "read SNM allowance", c.dep.Token, c.token.PackAllowance(owner, spender), c.token.UnpackAllowance)
}

// Transfer sends amount SNM wei from `from` to `to`.
func (c *Client) Transfer(ctx context.Context, from *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, from, "transfer SNM", c.dep.Token, c.token.PackTransfer(to, amount))
}

// Approve lets spender pull up to amount from `from`.
func (c *Client) Approve(ctx context.Context, from *bind.TransactOpts, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, from, "approve SNM", c.dep.Token, c.token.PackApprove(spender, amount))
}

// TransferFrom pulls amount from owner to `to`, within the caller's allowance.
// A miner claims a hub's payout this way.
func (c *Client) TransferFrom(ctx context.Context, from *bind.TransactOpts, owner, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, from, "pull SNM", c.dep.Token, c.token.PackTransferFrom(owner, to, amount))
}

// Delegate gives the caller's voting power to delegatee (itself to vote).
func (c *Client) Delegate(ctx context.Context, from *bind.TransactOpts, delegatee common.Address) (*types.Receipt, error) {
	return c.send(ctx, from, "delegate votes", c.dep.Token, c.token.PackDelegate(delegatee))
}

// Votes returns the current voting power of account.
func (c *Client) Votes(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, c, "read votes", c.dep.Token, c.token.PackGetVotes(account), c.token.UnpackGetVotes)
}
