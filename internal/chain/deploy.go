package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/chain/bind/dao"
	"github.com/sonm-io/sonm/internal/chain/bind/deals"
	"github.com/sonm-io/sonm/internal/chain/bind/factory"
	"github.com/sonm-io/sonm/internal/chain/bind/hubwallet"
	"github.com/sonm-io/sonm/internal/chain/bind/minerstake"
	"github.com/sonm-io/sonm/internal/chain/bind/registry"
	"github.com/sonm-io/sonm/internal/chain/bind/snmtoken"
	"github.com/sonm-io/sonm/internal/chain/bind/timelock"
	"github.com/sonm-io/sonm/internal/chain/bind/whitelist"
	"github.com/sonm-io/sonm/internal/snm"
)

// Params are the constructor parameters of a deployment.
type Params struct {
	Supply *big.Int // total SNM supply in wei, minted to the deployer

	// Hub wallets.
	PayoutPeriod    time.Duration // registration to PayDay
	SuspicionPeriod time.Duration // suspect to the earliest ban
	BanHoldPeriod   time.Duration // seized funds stay frozen at the DAO
	LockFeeBps      uint16        // share of each payout locked until PayDay, in basis points
	DAOFeeBps       uint16        // share of locked funds paid to the DAO at PayDay
	FreezeAmount    *big.Int      // frozen at registration

	// Whitelist rating stakes.
	StakeLockPeriod time.Duration

	// Deals.
	DisputeWindow time.Duration

	// Miner stakes (MinerStake); the DAO may change them later.
	Unbonding   time.Duration // requestWithdraw to withdraw
	CheatQuorum uint16        // other miners' claims a proof of cheat needs
	BountyBps   uint16        // share of a slash to the prover, in basis points
	BuyerBps    uint16        // share of a slash to the deal's buyer
	MinStake    *big.Int      // stake a miner of a proof's quorum needs
	SlashAmount *big.Int      // taken from a miner per proven cheat

	// DAO.
	VotingDelay   time.Duration
	VotingPeriod  time.Duration
	QuorumPercent uint64
	TimelockDelay time.Duration
}

// Day is 24 hours.
const Day = 24 * time.Hour

// DefaultParams are the whitepaper's figures: 30-day payout period, 30% lock
// fee, 0.5% DAO fee, 1 SNM frozen at registration, 120-day suspicion period.
func DefaultParams() Params {
	return Params{
		Supply:          snm.Wei(444_000_000),
		PayoutPeriod:    30 * Day,
		SuspicionPeriod: 120 * Day,
		BanHoldPeriod:   365 * Day,
		LockFeeBps:      3000,
		DAOFeeBps:       50,
		FreezeAmount:    snm.One(),
		StakeLockPeriod: 30 * Day,
		DisputeWindow:   3 * Day,
		Unbonding:       7 * Day,
		CheatQuorum:     2,
		BountyBps:       2000,
		BuyerBps:        3000,
		MinStake:        snm.Wei(100),
		SlashAmount:     snm.Wei(100),
		VotingDelay:     time.Hour,
		VotingPeriod:    3 * Day,
		QuorumPercent:   4,
		TimelockDelay:   Day,
	}
}

func (p Params) walletParams() hubwallet.HubWalletParams {
	return hubwallet.HubWalletParams{
		PayoutPeriod:    uint64(p.PayoutPeriod / time.Second),
		SuspicionPeriod: uint64(p.SuspicionPeriod / time.Second),
		BanHoldPeriod:   uint64(p.BanHoldPeriod / time.Second),
		LockFeeBps:      p.LockFeeBps,
		DaoFeeBps:       p.DAOFeeBps,
		FreezeAmount:    p.FreezeAmount,
	}
}

// StakeParams are the MinerStake settings of p.
func (p Params) StakeParams() StakeParams {
	return StakeParams{Unbonding: p.Unbonding, Quorum: p.CheatQuorum, BountyBps: p.BountyBps, BuyerBps: p.BuyerBps,
		MinStake: p.MinStake, SlashAmount: p.SlashAmount}
}

// Validate reports parameters the contracts would accept but that make no sense.
func (p Params) Validate() error {
	switch {
	case p.Supply == nil || p.Supply.Sign() <= 0:
		return fmt.Errorf("supply must be positive")
	case p.FreezeAmount == nil || p.FreezeAmount.Sign() < 0:
		return fmt.Errorf("freeze amount must not be negative")
	case p.LockFeeBps > 10000 || p.DAOFeeBps > 10000:
		return fmt.Errorf("fees are basis points: at most 10000")
	case p.CheatQuorum == 0:
		return fmt.Errorf("a proof of cheat needs a quorum of at least one other miner")
	case int(p.BountyBps)+int(p.BuyerBps) > 10000:
		return fmt.Errorf("bounty and buyer shares of a slash exceed 10000 basis points")
	case p.MinStake == nil || p.MinStake.Sign() < 0 || p.SlashAmount == nil || p.SlashAmount.Sign() < 0:
		return fmt.Errorf("minimum stake and slash amount must not be negative")
	case p.QuorumPercent == 0 || p.QuorumPercent > 100:
		return fmt.Errorf("quorum must be 1-100 percent, got %d", p.QuorumPercent)
	case p.VotingPeriod < time.Second:
		return fmt.Errorf("voting period must be at least one second")
	}
	return nil
}

// Deploy deploys every sonm contract from the deployer's account, wires the
// DAO (governor as the timelock's only proposer and canceller, anyone may
// execute, the deployer's admin role renounced) and returns the addresses.
// The deployer receives the whole SNM supply.
func Deploy(ctx context.Context, b *backend.Backend, deployer *bind.TransactOpts, p Params) (Deployment, error) {
	dep, _, err := DeployMetered(ctx, b, deployer, p)
	return dep, err
}

// Spent is what a deployment's transactions cost.
type Spent struct {
	Gas uint64
	Wei *big.Int // gas times the price each transaction paid
}

// DeployMetered is Deploy that also reports the gas and ETH spent, failed
// transactions included.
func DeployMetered(ctx context.Context, b *backend.Backend, deployer *bind.TransactOpts, p Params) (Deployment, Spent, error) {
	spent := Spent{Wei: new(big.Int)}
	dep, err := deployAll(ctx, b, deployer, p, func(r *types.Receipt) {
		if r == nil {
			return
		}
		spent.Gas += r.GasUsed
		if r.EffectiveGasPrice != nil {
			spent.Wei.Add(spent.Wei, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
	})
	return dep, spent, err
}

func deployAll(ctx context.Context, b *backend.Backend, deployer *bind.TransactOpts, p Params, count func(*types.Receipt)) (Deployment, error) {
	if err := p.Validate(); err != nil {
		return Deployment{}, fmt.Errorf("deploy: %w", err)
	}
	b.AddErrorABIs(ContractABIs()...)
	dep := Deployment{ChainID: b.ChainID().Uint64()}
	head, err := b.Client().BlockNumber(ctx)
	if err != nil {
		return dep, fmt.Errorf("deploy: read block number: %w", err)
	}
	dep.Block = head + 1
	send := func(to common.Address, data []byte) error {
		r, err := b.SendAndWait(ctx, deployer, &to, data)
		count(r)
		return err
	}

	deploy := func(what string, bin string, args []byte) (common.Address, error) {
		code := append(common.FromHex(bin), args...)
		addr, r, err := b.Deploy(ctx, deployer, code)
		count(r)
		if err != nil {
			return addr, fmt.Errorf("deploy %s: %w", what, err)
		}
		return addr, nil
	}

	tok := snmtoken.NewSNMToken()
	if dep.Token, err = deploy("SNM token", snmtoken.SNMTokenMetaData.Bin, tok.PackConstructor(deployer.From, p.Supply)); err != nil {
		return dep, err
	}
	tl := timelock.NewSonmTimelock()
	if dep.Timelock, err = deploy("timelock", timelock.SonmTimelockMetaData.Bin,
		tl.PackConstructor(big.NewInt(int64(p.TimelockDelay/time.Second)), nil, []common.Address{{}}, deployer.From)); err != nil {
		return dep, err
	}
	gov := dao.NewSonmDAO()
	if dep.Governor, err = deploy("DAO governor", dao.SonmDAOMetaData.Bin, gov.PackConstructor(dep.Token, dep.Timelock,
		big.NewInt(int64(p.VotingDelay/time.Second)), uint32(p.VotingPeriod/time.Second), new(big.Int).SetUint64(p.QuorumPercent))); err != nil {
		return dep, err
	}
	// The governor alone proposes and cancels; the deployer gives up control.
	for _, role := range []string{"PROPOSER_ROLE", "CANCELLER_ROLE"} {
		r := crypto.Keccak256Hash([]byte(role))
		if err := send(dep.Timelock, tl.PackGrantRole(r, dep.Governor)); err != nil {
			return dep, fmt.Errorf("deploy: grant %s to the governor: %w", role, err)
		}
	}
	admin := common.Hash{} // DEFAULT_ADMIN_ROLE
	if err := send(dep.Timelock, tl.PackRenounceRole(admin, deployer.From)); err != nil {
		return dep, fmt.Errorf("deploy: renounce timelock admin: %w", err)
	}

	wl := whitelist.NewWhitelist()
	if dep.Whitelist, err = deploy("whitelist", whitelist.WhitelistMetaData.Bin,
		wl.PackConstructor(dep.Token, dep.Timelock, uint64(p.StakeLockPeriod/time.Second))); err != nil {
		return dep, err
	}
	if dep.WalletImpl, err = deploy("hub wallet implementation", hubwallet.HubWalletMetaData.Bin, nil); err != nil {
		return dep, err
	}
	fac := factory.NewHubWalletFactory()
	if dep.WalletFactory, err = deploy("hub wallet factory", factory.HubWalletFactoryMetaData.Bin,
		fac.PackConstructor(dep.WalletImpl, dep.Whitelist, dep.Token, dep.Timelock, factory.HubWalletParams(p.walletParams()))); err != nil {
		return dep, err
	}
	if err := send(dep.Whitelist, wl.PackSetFactory(dep.WalletFactory)); err != nil {
		return dep, fmt.Errorf("deploy: set the whitelist's factory: %w", err)
	}
	dl := deals.NewDeals()
	if dep.Deals, err = deploy("deals", deals.DealsMetaData.Bin,
		dl.PackConstructor(dep.Token, dep.Timelock, uint64(p.DisputeWindow/time.Second))); err != nil {
		return dep, err
	}
	ms := minerstake.NewMinerStake()
	if dep.Stake, err = deploy("miner stake", minerstake.MinerStakeMetaData.Bin,
		ms.PackConstructor(dep.Token, dep.Timelock, p.StakeParams().binding())); err != nil {
		return dep, err
	}
	reg := registry.NewSonmRegistry()
	if dep.Registry, err = deploy("registry", registry.SonmRegistryMetaData.Bin, reg.PackConstructor(dep.Token, dep.Timelock,
		dep.Governor, dep.Whitelist, dep.WalletImpl, dep.WalletFactory, dep.Deals, dep.Stake, new(big.Int).SetUint64(dep.Block))); err != nil {
		return dep, err
	}
	return dep, nil
}
