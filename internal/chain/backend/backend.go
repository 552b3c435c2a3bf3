// Package backend is sonm's connection to an Ethereum chain, the embedded dev
// chain or any JSON-RPC node alike: the chain id, transactors for a private
// key or a keystore account, sending with gas estimation, waiting for
// receipts, and turning reverts into errors that name the Solidity error and
// its arguments.
package backend

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultMaxPoll is the longest pause between two receipt polls of WaitMined.
const DefaultMaxPoll = time.Second

// Config tunes a Backend. The zero value is ready to use.
type Config struct {
	// MaxPoll caps the pause between receipt polls in WaitMined (polling
	// starts at a few milliseconds and backs off); 0 means DefaultMaxPoll.
	MaxPoll time.Duration
	// ErrorABIs are the contract ABIs whose custom errors revert data is
	// decoded against. More can be added with AddErrorABIs.
	ErrorABIs []*abi.ABI
}

// Backend is a connection to one chain. It is safe for concurrent use.
type Backend struct {
	rpc     *rpc.Client
	client  *ethclient.Client
	geth    *gethclient.Client
	chainID *big.Int
	ownsRPC bool
	maxPoll time.Duration
	logger  *slog.Logger

	mu   sync.RWMutex
	abis []*abi.ABI

	sendersMu sync.Mutex
	senders   map[common.Address]*sync.Mutex // one lock per sender: nonce to send
}

// Dial connects to a JSON-RPC endpoint (http://, ws:// or an IPC path) and
// reads its chain id.
func Dial(ctx context.Context, url string, cfg Config, logger *slog.Logger) (*Backend, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial chain %s: %w", url, err)
	}
	b, err := newBackend(ctx, rc, cfg, logger)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("chain %s: %w", url, err)
	}
	b.ownsRPC = true
	return b, nil
}

// FromRPC wraps an RPC client that the caller owns (for the embedded chain,
// devchain.Chain.RPC) and reads its chain id. Close leaves rc open.
func FromRPC(ctx context.Context, rc *rpc.Client, cfg Config, logger *slog.Logger) (*Backend, error) {
	if rc == nil {
		return nil, errors.New("backend: nil rpc client")
	}
	return newBackend(ctx, rc, cfg, logger)
}

func newBackend(ctx context.Context, rc *rpc.Client, cfg Config, logger *slog.Logger) (*Backend, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxPoll <= 0 {
		cfg.MaxPoll = DefaultMaxPoll
	}
	client := ethclient.NewClient(rc)
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	return &Backend{
		rpc:     rc,
		client:  client,
		geth:    gethclient.New(rc),
		chainID: id,
		maxPoll: cfg.MaxPoll,
		logger:  logger,
		abis:    append([]*abi.ABI(nil), cfg.ErrorABIs...),
		senders: map[common.Address]*sync.Mutex{},
	}, nil
}

// Close closes the connection if Dial opened it.
func (b *Backend) Close() {
	if b.ownsRPC {
		b.rpc.Close()
	}
}

// Client is the plain ethclient of this chain.
func (b *Backend) Client() *ethclient.Client { return b.client }

// RPC is the raw RPC client of this chain.
func (b *Backend) RPC() *rpc.Client { return b.rpc }

// ChainID is the id the chain reported when the backend connected.
func (b *Backend) ChainID() *big.Int { return new(big.Int).Set(b.chainID) }

// AddErrorABIs registers more ABIs whose custom errors DecodeRevert knows.
func (b *Backend) AddErrorABIs(abis ...*abi.ABI) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.abis = append(b.abis, abis...)
}

// DecodeRevert decodes revert data against the registered ABIs.
func (b *Backend) DecodeRevert(data []byte) *RevertError {
	b.mu.RLock()
	abis := b.abis
	b.mu.RUnlock()
	return DecodeRevert(data, abis...)
}

// Transactor returns bind/v2 options that sign with key for this chain.
func (b *Backend) Transactor(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, b.ChainID())
}

// KeystoreTransactor returns bind/v2 options that sign with an unlocked
// keystore account for this chain.
func (b *Backend) KeystoreTransactor(ks *keystore.KeyStore, account accounts.Account) *bind.TransactOpts {
	return bind.NewKeyStoreTransactor(ks, account, b.ChainID())
}

// Now is the chain's time: the timestamp of the latest block.
func (b *Backend) Now(ctx context.Context) (time.Time, error) {
	h, err := b.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("read latest block: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// BalanceAt is the account's ETH balance in wei at the latest block.
func (b *Backend) BalanceAt(ctx context.Context, account common.Address) (*big.Int, error) {
	bal, err := b.client.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, fmt.Errorf("balance of %s: %w", account.Hex(), err)
	}
	return bal, nil
}

// Send signs and sends a transaction from opts.From to `to` (nil deploys
// data as init code) with opts.Value, estimating gas unless opts.GasLimit is
// set. A call that would revert fails here with a *RevertError; a sender
// who cannot pay fails with a *NoGasError. It does not wait for the receipt.
func (b *Backend) Send(ctx context.Context, opts *bind.TransactOpts, to *common.Address, data []byte) (*types.Transaction, error) {
	if opts == nil || opts.Signer == nil {
		return nil, errors.New("send transaction: no signer")
	}
	value := opts.Value
	if value == nil {
		value = new(big.Int)
	}
	// Concurrent sends from one account through this backend would read
	// the same pending nonce; take turns from nonce to pool.
	unlock := b.lockSender(opts.From)
	defer unlock()
	var nonce uint64
	if opts.Nonce != nil {
		nonce = opts.Nonce.Uint64()
	} else {
		n, err := b.client.PendingNonceAt(ctx, opts.From)
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", opts.From.Hex(), err)
		}
		nonce = n
	}
	tip := opts.GasTipCap
	if tip == nil {
		t, err := b.client.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, fmt.Errorf("suggest gas tip: %w", err)
		}
		tip = t
	}
	head, err := b.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read latest block: %w", err)
	}
	feeCap := opts.GasFeeCap
	if feeCap == nil {
		base := head.BaseFee
		if base == nil {
			base = new(big.Int)
		}
		feeCap = new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2)))
	}
	gas := opts.GasLimit
	if gas == 0 {
		g, err := b.EstimateGas(ctx, ethereum.CallMsg{
			From: opts.From, To: to, GasFeeCap: feeCap, GasTipCap: tip, Value: value, Data: data,
		})
		if err != nil {
			return nil, err
		}
		// The estimate is the least gas that worked on the pending state;
		// the block that includes the transaction may differ a little
		// (time, other transactions): a stream estimated at the second it
		// was opened owes nothing, but in the next block it owes something
		// and pays it with token transfers the estimate never ran. Unused
		// gas is not paid for, so the headroom costs nothing.
		gas = min(g+g/gasMarginDiv+gasHeadroom, max(head.GasLimit, g))
	}
	need := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(gas))
	need.Add(need, value)
	bal, err := b.BalanceAt(ctx, opts.From)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(need) < 0 {
		return nil, &NoGasError{Account: opts.From, Balance: bal, Need: need}
	}
	for attempt := 1; ; attempt++ {
		tx := types.NewTx(&types.DynamicFeeTx{
			ChainID: b.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: to, Value: value, Data: data,
		})
		signed, err := opts.Signer(opts.From, tx)
		if err != nil {
			return nil, fmt.Errorf("sign transaction: %w", err)
		}
		err = b.SendTransaction(ctx, signed)
		if err == nil {
			return signed, nil
		}
		// Right after a block the node's pending nonce can lag behind the
		// transaction it just mined; ask again, unless the nonce was fixed.
		if opts.Nonce != nil || attempt >= nonceRetries || !strings.Contains(err.Error(), "nonce too low") {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("send transaction: %w", ctx.Err())
		case <-time.After(time.Duration(attempt) * 5 * time.Millisecond):
		}
		n, nerr := b.client.PendingNonceAt(ctx, opts.From)
		if nerr != nil {
			return nil, fmt.Errorf("nonce of %s: %w", opts.From.Hex(), nerr)
		}
		nonce = max(n, nonce+1)
	}
}

// nonceRetries bounds how often Send retries a "nonce too low" refusal.
const nonceRetries = 8

// gasMarginDiv: Send adds 1/gasMarginDiv to the gas estimate.
const gasMarginDiv = 10

// gasHeadroom: and this much more, enough for two token transfers that
// the estimate skipped (a balance written from zero costs 20,000 alone).
const gasHeadroom = 60_000

func (b *Backend) lockSender(from common.Address) func() {
	b.sendersMu.Lock()
	m, ok := b.senders[from]
	if !ok {
		m = &sync.Mutex{}
		b.senders[from] = m
	}
	b.sendersMu.Unlock()
	m.Lock()
	return m.Unlock
}

// SendAndWait is Send followed by WaitMined.
func (b *Backend) SendAndWait(ctx context.Context, opts *bind.TransactOpts, to *common.Address, data []byte) (*types.Receipt, error) {
	tx, err := b.Send(ctx, opts, to, data)
	if err != nil {
		return nil, err
	}
	return b.WaitMined(ctx, tx)
}

// Deploy sends init code (bytecode followed by the ABI-encoded constructor
// arguments) and waits for the contract to be created.
func (b *Backend) Deploy(ctx context.Context, opts *bind.TransactOpts, initCode []byte) (common.Address, *types.Receipt, error) {
	rcpt, err := b.SendAndWait(ctx, opts, nil, initCode)
	if err != nil {
		return common.Address{}, rcpt, fmt.Errorf("deploy contract: %w", err)
	}
	return rcpt.ContractAddress, rcpt, nil
}

// EstimateGas is ethclient's, with reverts decoded into *RevertError and an
// unpayable sender reported as *NoGasError.
func (b *Backend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	gas, err := b.client.EstimateGas(ctx, msg)
	if err != nil {
		return 0, b.classify(ctx, err, msg.From)
	}
	return gas, nil
}

// CallContract is ethclient's, with reverts decoded into *RevertError.
func (b *Backend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := b.client.CallContract(ctx, msg, block)
	if err != nil {
		return nil, b.classify(ctx, err, msg.From)
	}
	return out, nil
}

// SendTransaction is ethclient's, with an unpayable sender reported as
// *NoGasError.
func (b *Backend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := b.client.SendTransaction(ctx, tx); err != nil {
		from, _ := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		return b.classify(ctx, err, from)
	}
	return nil
}

// classify turns a node's error into *RevertError or *NoGasError where it is
// one, and wraps it otherwise.
func (b *Backend) classify(ctx context.Context, err error, from common.Address) error {
	if data, ok := RevertData(err); ok {
		return b.DecodeRevert(data)
	}
	if isRevert(err) {
		return &RevertError{Reason: "no reason given"}
	}
	if isInsufficientFunds(err) {
		ng := &NoGasError{Account: from, Err: err}
		if bal, berr := b.client.BalanceAt(ctx, from, nil); berr == nil {
			ng.Balance = bal
		}
		return ng
	}
	return fmt.Errorf("chain: %w", err)
}

// WaitMined waits until tx is in a block and returns its receipt. A reverted
// transaction returns the receipt and a *RevertError carrying the revert
// data, which receipts do not hold: WaitMined replays the transaction with
// eth_call on the state before its block to get it.
func (b *Backend) WaitMined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	pause := time.Millisecond
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s: %w", tx.Hash().Hex(), ctx.Err())
		case <-timer.C:
		}
		rcpt, err := b.client.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil && rcpt != nil:
			if err := b.waitHead(ctx, rcpt.BlockNumber.Uint64(), pause); err != nil {
				return rcpt, fmt.Errorf("wait for transaction %s: %w", tx.Hash().Hex(), err)
			}
			if rcpt.Status == types.ReceiptStatusSuccessful {
				return rcpt, nil
			}
			return rcpt, b.revertOf(ctx, tx, rcpt)
		case err != nil && !errors.Is(err, ethereum.NotFound):
			// A node still indexing the block says so with an error; keep
			// polling until ctx ends but log it.
			b.logger.Debug("receipt not available yet", "tx", tx.Hash().Hex(), "err", err)
		}
		timer.Reset(pause)
		pause = min(pause*2, b.maxPoll)
	}
}

// waitHead waits until the node's latest block is at least `block`. A node
// can serve a receipt before it moves its head to the receipt's block
// (go-ethereum writes a block's receipts and transaction index first, then
// the head; a load-balanced endpoint can lag too): a read of "latest" right
// after the receipt would then miss the transaction's effects.
func (b *Backend) waitHead(ctx context.Context, block uint64, pause time.Duration) error {
	for {
		head, err := b.client.BlockNumber(ctx)
		if err == nil && head >= block {
			return nil
		}
		if err != nil {
			b.logger.Debug("latest block not available", "err", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("head to reach block %d: %w", block, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(pause*2, b.maxPoll)
	}
}

// revertOf replays a reverted transaction to recover its revert data.
func (b *Backend) revertOf(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return &RevertError{TxHash: tx.Hash(), Reason: "no reason given (sender unknown: " + err.Error() + ")"}
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList()}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))

	// The state before the block, with the block's own number and time, is
	// as close as eth_call gets to the transaction's context.
	var callErr error
	if head, herr := b.client.HeaderByNumber(ctx, rcpt.BlockNumber); herr == nil {
		_, callErr = b.geth.CallContractWithBlockOverrides(ctx, msg, parent, nil, gethclient.BlockOverrides{
			Number: new(big.Int).Set(rcpt.BlockNumber), Time: head.Time,
		})
	}
	if callErr == nil || !isRevert(callErr) {
		// The node may not support overrides (or the replay passed): try plain.
		_, callErr = b.client.CallContract(ctx, msg, parent)
	}
	var re *RevertError
	switch {
	case callErr == nil || !isRevert(callErr):
		re = &RevertError{Reason: "no reason given"}
	default:
		if data, ok := RevertData(callErr); ok {
			re = b.DecodeRevert(data)
		} else {
			re = &RevertError{Reason: "no reason given"}
		}
	}
	if len(re.Data) == 0 && rcpt.GasUsed >= tx.Gas() {
		re.OutOfGas = true
		re.Reason = fmt.Sprintf("out of gas (limit %d)", tx.Gas())
	}
	re.TxHash = tx.Hash()
	return re
}

// ContractBackend returns the backend for bind/v2 contracts (and the typed
// clients built on them): ethclient with reverts decoded and unpayable
// senders reported, as in EstimateGas, CallContract and SendTransaction.
func (b *Backend) ContractBackend() bind.ContractBackend { return contractBackend{b.client, b} }

// contractBackend routes the calls whose errors matter through Backend.
type contractBackend struct {
	*ethclient.Client
	b *Backend
}

var (
	_ bind.ContractBackend = contractBackend{}
	_ bind.DeployBackend   = contractBackend{}
)

func (c contractBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return c.b.EstimateGas(ctx, msg)
}

func (c contractBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return c.b.CallContract(ctx, msg, block)
}

func (c contractBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.b.SendTransaction(ctx, tx)
}
