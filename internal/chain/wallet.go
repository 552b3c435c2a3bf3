package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// WalletState is a HubWallet's state.
type WalletState uint8

// The states of the whitepaper's hub wallet.
const (
	WalletCreated WalletState = iota
	WalletRegistered
	WalletIdle
	WalletSuspected
	WalletPunished
)

func (s WalletState) String() string { return stateName(uint8(s)) }

// WalletStatus is everything a person or a miner's agent wants to know about a
// hub wallet. Amounts are wei.
type WalletStatus struct {
	Address      common.Address
	Owner        common.Address
	State        WalletState
	Balance      *big.Int
	Frozen       *big.Int
	Locked       *big.Int
	Outstanding  *big.Int // approved to miners, not yet pulled
	Available    *big.Int // free for new payouts
	TotalPaid    *big.Int
	RegisteredAt time.Time // zero if never registered
	PayDayAt     time.Time // zero unless Registered
	SuspectedAt  time.Time // zero unless Suspected
	BanAllowedAt time.Time // zero unless Suspected
	SeizedTo     common.Address
}

func unixOrZero(s uint64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(int64(s), 0).UTC()
}

// CreateWallet creates a hub wallet owned by `from` through the factory,
// which lists it in the Whitelist as Unconfirmed.
func (c *Client) CreateWallet(ctx context.Context, from *bind.TransactOpts, endpoint, name string) (common.Address, *types.Receipt, error) {
	rcpt, err := c.send(ctx, from, "create hub wallet", c.dep.WalletFactory, c.factory.PackCreate(endpoint, name))
	if err != nil {
		return common.Address{}, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.factory.UnpackWalletCreatedEvent(l); err == nil {
			return ev.Wallet, rcpt, nil
		}
	}
	return common.Address{}, rcpt, fmt.Errorf("create hub wallet: no WalletCreated event in transaction %s", rcpt.TxHash.Hex())
}

// WalletsOf returns the wallets created by owner, oldest first.
func (c *Client) WalletsOf(ctx context.Context, owner common.Address) ([]common.Address, error) {
	ev := c.factory.GetABI().Events["WalletCreated"].ID
	logs, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, c.dep.WalletFactory, ev, nil, addrTopic(owner)))
	if err != nil {
		return nil, fmt.Errorf("read created wallets: %w", err)
	}
	var out []common.Address
	for i := range logs {
		if e, err := c.factory.UnpackWalletCreatedEvent(&logs[i]); err == nil {
			out = append(out, e.Wallet)
		}
	}
	return out, nil
}

// Wallet reads the status of a hub wallet.
func (c *Client) Wallet(ctx context.Context, wallet common.Address) (WalletStatus, error) {
	s := WalletStatus{Address: wallet}
	w := c.wallet
	var err error
	st, err := call(ctx, c, "read wallet state", wallet, w.PackState(), w.UnpackState)
	if err != nil {
		// An account or another contract answers with nothing, which reads
		// as "abi: attempting to unmarshal an empty string": say what it is.
		var ce *Error
		if _, herr := c.Hub(ctx, wallet); errors.As(herr, &ce) && errors.Is(herr, ErrUnknown) {
			return s, &Error{Op: "read hub wallet", Kind: ErrUnknown, Revert: ce.Revert,
				Msg:  wallet.Hex() + " is not a hub wallet (the whitelist does not list it)",
				Hint: "create one with `sonm hub wallet create`, deposit and register it; `sonm hub wallet status` shows the newest wallet you own"}
		}
		return s, err
	}
	s.State = WalletState(st)
	if s.Owner, err = call(ctx, c, "read wallet owner", wallet, w.PackOwner(), w.UnpackOwner); err != nil {
		return s, err
	}
	if s.Balance, err = c.Balance(ctx, wallet); err != nil {
		return s, err
	}
	if s.Frozen, err = call(ctx, c, "read wallet", wallet, w.PackFrozen(), w.UnpackFrozen); err != nil {
		return s, err
	}
	if s.Locked, err = call(ctx, c, "read wallet", wallet, w.PackLocked(), w.UnpackLocked); err != nil {
		return s, err
	}
	if s.Available, err = call(ctx, c, "read wallet", wallet, w.PackAvailable(), w.UnpackAvailable); err != nil {
		return s, err
	}
	// outstanding() is as of the wallet's last action; derive the current
	// figure the way the contract will at its next action.
	owed, err := call(ctx, c, "read wallet", wallet, w.PackOutstanding(), w.UnpackOutstanding)
	if err != nil {
		return s, err
	}
	last, err := call(ctx, c, "read wallet", wallet, w.PackLastBalance(), w.UnpackLastBalance)
	if err != nil {
		return s, err
	}
	s.Outstanding = currentOutstanding(owed, last, s.Balance)
	if s.TotalPaid, err = call(ctx, c, "read wallet", wallet, w.PackTotalPaid(), w.UnpackTotalPaid); err != nil {
		return s, err
	}
	reg, err := call(ctx, c, "read wallet", wallet, w.PackRegisteredAt(), w.UnpackRegisteredAt)
	if err != nil {
		return s, err
	}
	s.RegisteredAt = unixOrZero(reg)
	pd, err := call(ctx, c, "read wallet", wallet, w.PackPayDayAt(), w.UnpackPayDayAt)
	if err != nil {
		return s, err
	}
	s.PayDayAt = unixOrZero(pd)
	sus, err := call(ctx, c, "read wallet", wallet, w.PackSuspectedAt(), w.UnpackSuspectedAt)
	if err != nil {
		return s, err
	}
	s.SuspectedAt = unixOrZero(sus)
	ban, err := call(ctx, c, "read wallet", wallet, w.PackBanAllowedAt(), w.UnpackBanAllowedAt)
	if err != nil {
		return s, err
	}
	s.BanAllowedAt = unixOrZero(ban)
	if s.SeizedTo, err = call(ctx, c, "read wallet", wallet, w.PackSeizedTo(), w.UnpackSeizedTo); err != nil {
		return s, err
	}
	return s, nil
}

// currentOutstanding mirrors HubWallet._outstandingAt.
func currentOutstanding(owed, last, bal *big.Int) *big.Int {
	if bal.Cmp(last) < 0 {
		pulled := new(big.Int).Sub(last, bal)
		if pulled.Cmp(owed) >= 0 {
			return new(big.Int)
		}
		return new(big.Int).Sub(owed, pulled)
	}
	return new(big.Int).Set(owed)
}

// Deposit moves amount SNM from `from` into the wallet (approving it first
// when the allowance is short).
func (c *Client) Deposit(ctx context.Context, from *bind.TransactOpts, wallet common.Address, amount *big.Int) (*types.Receipt, error) {
	have, err := c.Allowance(ctx, from.From, wallet)
	if err != nil {
		return nil, err
	}
	if have.Cmp(amount) < 0 {
		if _, err := c.Approve(ctx, from, wallet, amount); err != nil {
			return nil, fmt.Errorf("deposit into hub wallet: %w", err)
		}
	}
	return c.send(ctx, from, "deposit into hub wallet", wallet, c.wallet.PackDeposit(amount))
}

// Register freezes the registration amount and starts a payout period.
func (c *Client) Register(ctx context.Context, from *bind.TransactOpts, wallet common.Address) (*types.Receipt, error) {
	return c.send(ctx, from, "register hub wallet", wallet, c.wallet.PackRegister())
}

// Pay approves amount to one miner, locking the lock fee.
func (c *Client) Pay(ctx context.Context, from *bind.TransactOpts, wallet, miner common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, from, "pay miner", wallet, c.wallet.PackTransfer(miner, amount))
}

// PayMany approves many payouts in one transaction.
func (c *Client) PayMany(ctx context.Context, from *bind.TransactOpts, wallet common.Address, miners []common.Address, amounts []*big.Int) (*types.Receipt, error) {
	if len(miners) != len(amounts) {
		return nil, fmt.Errorf("pay miners: %d miners but %d amounts", len(miners), len(amounts))
	}
	return c.send(ctx, from, "pay miners", wallet, c.wallet.PackTransferMany(miners, amounts))
}

// PayDay ends the payout period: the DAO fee is paid, everything unlocked, the wallet Idle.
func (c *Client) PayDay(ctx context.Context, from *bind.TransactOpts, wallet common.Address) (*types.Receipt, error) {
	return c.send(ctx, from, "run PayDay", wallet, c.wallet.PackPayDay())
}

// Withdraw moves free funds of an Idle (or never registered) wallet to `to`.
func (c *Client) Withdraw(ctx context.Context, from *bind.TransactOpts, wallet, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, from, "withdraw from hub wallet", wallet, c.wallet.PackWithdraw(to, amount))
}

// Payout is one approval of pay to a miner, read from the wallet's events.
type Payout struct {
	Wallet  common.Address
	Miner   common.Address
	Amount  *big.Int
	LockFee *big.Int
	Block   uint64
	Tx      common.Hash
}

// Payouts returns the payouts a wallet has made, oldest first, optionally only
// those to one miner.
func (c *Client) Payouts(ctx context.Context, wallet common.Address, miner *common.Address) ([]Payout, error) {
	ev := c.wallet.GetABI().Events["Payout"].ID
	var t1 []common.Hash
	if miner != nil {
		t1 = []common.Hash{addrTopic(*miner)}
	}
	logs, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, wallet, ev, t1))
	if err != nil {
		return nil, fmt.Errorf("read payouts of %s: %w", wallet.Hex(), err)
	}
	out := make([]Payout, 0, len(logs))
	for i := range logs {
		e, err := c.wallet.UnpackPayoutEvent(&logs[i])
		if err != nil {
			continue
		}
		out = append(out, Payout{Wallet: wallet, Miner: e.Miner, Amount: e.Amount, LockFee: e.LockFee, Block: logs[i].BlockNumber, Tx: logs[i].TxHash})
	}
	return out, nil
}

// Claim pulls everything a hub wallet has approved to the calling miner and
// returns the amount (zero when there is nothing to claim).
func (c *Client) Claim(ctx context.Context, from *bind.TransactOpts, wallet common.Address) (*big.Int, error) {
	amt, err := c.Allowance(ctx, wallet, from.From)
	if err != nil {
		return nil, err
	}
	if amt.Sign() == 0 {
		return amt, nil
	}
	if _, err := c.TransferFrom(ctx, from, wallet, from.From, amt); err != nil {
		return nil, fmt.Errorf("claim payout from %s: %w", wallet.Hex(), err)
	}
	return amt, nil
}
