package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
)

// Deployment is where the sonm contracts live on one chain. It is written as
// JSON by `sonm chain` and by Deploy's callers, and read by every command.
type Deployment struct {
	RPC           string         `json:"rpc,omitempty"` // where the chain was served when this file was written
	ChainID       uint64         `json:"chain_id"`
	Block         uint64         `json:"block"` // the block of the first deployment transaction: event scans start here
	Token         common.Address `json:"token"`
	Timelock      common.Address `json:"timelock"` // "the DAO" for the other contracts
	Governor      common.Address `json:"governor"`
	Whitelist     common.Address `json:"whitelist"`
	WalletImpl    common.Address `json:"wallet_implementation"`
	WalletFactory common.Address `json:"wallet_factory"`
	Deals         common.Address `json:"deals"`
	Stake         common.Address `json:"miner_stake"` // MinerStake: miners' deposits and proofs of cheat
	Registry      common.Address `json:"registry"`    // names all of the above
}

// Validate reports a deployment with a missing address.
func (d Deployment) Validate() error {
	for name, a := range map[string]common.Address{
		"token": d.Token, "timelock": d.Timelock, "governor": d.Governor, "whitelist": d.Whitelist,
		"wallet_implementation": d.WalletImpl, "wallet_factory": d.WalletFactory, "deals": d.Deals,
		"miner_stake": d.Stake,
	} {
		if a == (common.Address{}) {
			return fmt.Errorf("deployment: %s address is missing", name)
		}
	}
	return nil
}

// ReadRegistry reads a deployment from the SonmRegistry contract at addr:
// the one address a node needs to find every other contract.
func ReadRegistry(ctx context.Context, b *backend.Backend, addr common.Address) (Deployment, error) {
	reg := registry.NewSonmRegistry()
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: reg.PackAll()}, nil)
	if err != nil {
		return Deployment{}, fmt.Errorf("read registry %s: %w", addr.Hex(), err)
	}
	all, err := reg.UnpackAll(out)
	if err != nil {
		return Deployment{}, fmt.Errorf("read registry %s: not a sonm registry: %w", addr.Hex(), err)
	}
	a := all.Addrs
	d := Deployment{ChainID: b.ChainID().Uint64(), Block: all.Block.Uint64(), Token: a[0], Timelock: a[1], Governor: a[2],
		Whitelist: a[3], WalletImpl: a[4], WalletFactory: a[5], Deals: a[6], Stake: a[7], Registry: addr}
	return d, d.Validate()
}

// LoadDeployment reads a deployment file.
func LoadDeployment(path string) (Deployment, error) {
	var d Deployment
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return d, fmt.Errorf("deployment file %s not found: start a chain with `sonm chain` or pass --deployment", path)
		}
		return d, fmt.Errorf("read deployment: %w", err)
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return d, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	if err := d.Validate(); err != nil {
		return d, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// Save writes the deployment file atomically.
func (d Deployment) Save(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	return nil
}

// Client talks to the sonm contracts of one deployment.
type Client struct {
	b   *backend.Backend
	dep Deployment

	token     *snmtoken.SNMToken
	timelock  *timelock.SonmTimelock
	governor  *dao.SonmDAO
	whitelist *whitelist.Whitelist
	wallet    *hubwallet.HubWallet
	factory   *factory.HubWalletFactory
	deals     *deals.Deals
	stake     *minerstake.MinerStake

	obs Observer // nil: none
}

// Observer is told of every contract call and transaction a Client
// makes: op names the operation (a fixed set), gasUsed is what a mined
// transaction used (0 for a read or a transaction not mined).
type Observer interface {
	ChainCall(op string, err error, gasUsed uint64)
}

// WithObserver returns a copy of c that reports its calls to o; the copy
// shares c's connection.
func (c *Client) WithObserver(o Observer) *Client {
	cc := *c
	cc.obs = o
	return &cc
}

// ContractABIs returns the ABIs of every sonm contract, for revert decoding.
func ContractABIs() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{
		&snmtoken.SNMTokenMetaData, &timelock.SonmTimelockMetaData, &dao.SonmDAOMetaData,
		&whitelist.WhitelistMetaData, &hubwallet.HubWalletMetaData, &factory.HubWalletFactoryMetaData,
		&deals.DealsMetaData, &registry.SonmRegistryMetaData, &minerstake.MinerStakeMetaData,
	} {
		a, err := md.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("generated ABI of %s does not parse: %v", md.ID, err))
		}
		out = append(out, a)
	}
	return out
}

// New returns a client for the contracts of dep, reached through b. It
// registers the contracts' ABIs with b so that reverts are decoded.
func New(b *backend.Backend, dep Deployment) (*Client, error) {
	if err := dep.Validate(); err != nil {
		return nil, err
	}
	if id := b.ChainID(); dep.ChainID != 0 && id.Uint64() != dep.ChainID {
		return nil, fmt.Errorf("deployment is for chain %d but the node serves chain %s", dep.ChainID, id)
	}
	b.AddErrorABIs(ContractABIs()...)
	return &Client{
		b: b, dep: dep,
		token: snmtoken.NewSNMToken(), timelock: timelock.NewSonmTimelock(), governor: dao.NewSonmDAO(),
		whitelist: whitelist.NewWhitelist(), wallet: hubwallet.NewHubWallet(), factory: factory.NewHubWalletFactory(),
		deals: deals.NewDeals(), stake: minerstake.NewMinerStake(),
	}, nil
}

// Deployment returns the contract addresses this client uses.
func (c *Client) Deployment() Deployment { return c.dep }

// Backend returns the connection to the chain.
func (c *Client) Backend() *backend.Backend { return c.b }

// call runs a read-only call and unpacks its result.
func call[T any](ctx context.Context, c *Client, op string, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if c.obs != nil {
		c.obs.ChainCall(op, err, 0)
	}
	if err != nil {
		return zero, explain(op, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("%s: decode result: %w", op, err)
	}
	return v, nil
}

// send sends a transaction and waits for its receipt, explaining refusals.
func (c *Client) send(ctx context.Context, from *bind.TransactOpts, op string, to common.Address, data []byte) (*types.Receipt, error) {
	rcpt, err := c.b.SendAndWait(ctx, from, &to, data)
	if c.obs != nil {
		var gas uint64
		if rcpt != nil {
			gas = rcpt.GasUsed
		}
		c.obs.ChainCall(op, err, gas)
	}
	if err != nil {
		return rcpt, explain(op, err)
	}
	return rcpt, nil
}

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }
