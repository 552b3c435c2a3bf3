package backend_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/chain/devchain"
)

const gateABI = `[{"type":"error","name":"NotAllowed","inputs":[{"name":"who","type":"address"},{"name":"code","type":"uint256"}]},
{"type":"error","name":"TooLate","inputs":[{"name":"at","type":"uint256"}]}]`

// deadlineInitCode is hand-written EVM code for a contract that accepts any
// call before the deadline (block.timestamp < deadline) and reverts with
// TooLate(block.timestamp) from then on.
func deadlineInitCode(selector []byte, deadline uint32) []byte {
	d := []byte{byte(deadline >> 24), byte(deadline >> 16), byte(deadline >> 8), byte(deadline)}
	runtime := []byte{
		0x63, d[0], d[1], d[2], d[3], // PUSH4 deadline
		0x42,       // TIMESTAMP
		0x10,       // LT: timestamp < deadline
		0x60, 0x1e, // PUSH1 30 (the JUMPDEST)
		0x57,                                                     // JUMPI
		0x63, selector[0], selector[1], selector[2], selector[3], // PUSH4 selector
		0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52, // PUSH1 224 SHL PUSH1 0 MSTORE
		0x42, 0x60, 0x04, 0x52, // TIMESTAMP PUSH1 4 MSTORE
		0x60, 0x24, 0x60, 0x00, 0xfd, // PUSH1 36 PUSH1 0 REVERT
		0x5b, 0x00, // JUMPDEST STOP
	}
	initCode := []byte{
		0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, // CODECOPY(0, 12, len)
		0x60, byte(len(runtime)), 0x60, 0x00, 0xf3, // RETURN(0, len)
	}
	return append(initCode, runtime...)
}

// gateInitCode is hand-written EVM code for a contract that accepts calls
// without calldata and answers any call with calldata by reverting with
// NotAllowed(msg.sender, first calldata word).
func gateInitCode(selector []byte) []byte {
	runtime := []byte{
		0x36,       // CALLDATASIZE
		0x60, 0x05, // PUSH1 5 (the JUMPDEST)
		0x57,                                                     // JUMPI
		0x00,                                                     // STOP
		0x5b,                                                     // JUMPDEST
		0x63, selector[0], selector[1], selector[2], selector[3], // PUSH4 selector
		0x60, 0xe0, 0x1b, // PUSH1 224 SHL
		0x60, 0x00, 0x52, // PUSH1 0 MSTORE
		0x33, 0x60, 0x04, 0x52, // CALLER PUSH1 4 MSTORE
		0x60, 0x00, 0x35, 0x60, 0x24, 0x52, // PUSH1 0 CALLDATALOAD PUSH1 36 MSTORE
		0x60, 0x44, 0x60, 0x00, 0xfd, // PUSH1 68 PUSH1 0 REVERT
	}
	initCode := []byte{
		0x60, byte(len(runtime)), // PUSH1 len
		0x60, 0x0c, // PUSH1 12 (runtime offset = len(initCode))
		0x60, 0x00, 0x39, // PUSH1 0 CODECOPY
		0x60, byte(len(runtime)), 0x60, 0x00, 0xf3, // PUSH1 len PUSH1 0 RETURN
	}
	return append(initCode, runtime...)
}

type env struct {
	ctx    context.Context
	chain  *devchain.Chain
	b      *backend.Backend
	devKey *ecdsa.PrivateKey
	dev    common.Address
	abi    *abi.ABI
	gate   common.Address
}

func setup(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatalf("key: %v", err)
	}
	dev := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(devchain.Config{Accounts: []common.Address{dev}}, nil)
	if err != nil {
		t.Fatalf("new chain: %v", err)
	}
	if err := chain.Start(ctx); err != nil {
		t.Fatalf("start chain: %v", err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	a, err := abi.JSON(strings.NewReader(gateABI))
	if err != nil {
		t.Fatalf("abi: %v", err)
	}
	// Over HTTP, as a separate process would see it.
	b, err := backend.Dial(ctx, chain.URL(), backend.Config{ErrorABIs: []*abi.ABI{&a}}, nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(b.Close)
	gate, rcpt, err := b.Deploy(ctx, b.Transactor(key), gateInitCode(a.Errors["NotAllowed"].ID.Bytes()[:4]))
	if err != nil {
		t.Fatalf("deploy gate: %v", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("got deploy status %d, want success", rcpt.Status)
	}
	return &env{ctx: ctx, chain: chain, b: b, devKey: key, dev: dev, abi: &a, gate: gate}
}

func word(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }

func wantNotAllowed(t *testing.T, err error, who common.Address, code int64) *backend.RevertError {
	t.Helper()
	var re *backend.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("got error %v (%T), want *backend.RevertError", err, err)
	}
	if !errors.Is(err, backend.ErrReverted) {
		t.Errorf("got errors.Is(err, ErrReverted) false, want true")
	}
	if re.Name != "NotAllowed" {
		t.Errorf("got error name %q, want NotAllowed", re.Name)
	}
	if want := fmt.Sprintf("NotAllowed(%s, %d)", who.Hex(), code); re.Reason != want {
		t.Errorf("got reason %q, want %q", re.Reason, want)
	}
	return re
}

func TestBackend(t *testing.T) {
	e := setup(t)
	ctx := e.ctx

	t.Run("chain id", func(t *testing.T) {
		if got := e.b.ChainID().Uint64(); got != devchain.DefaultChainID {
			t.Errorf("got %d, want %d", got, devchain.DefaultChainID)
		}
	})

	t.Run("now follows the chain clock", func(t *testing.T) {
		before, err := e.b.Now(ctx)
		if err != nil {
			t.Fatalf("now: %v", err)
		}
		if _, err := e.chain.IncreaseTime(ctx, 30*24*time.Hour); err != nil {
			t.Fatalf("increase time: %v", err)
		}
		after, err := e.b.Now(ctx)
		if err != nil {
			t.Fatalf("now: %v", err)
		}
		if got := after.Sub(before); got != 30*24*time.Hour {
			t.Errorf("got clock moved by %s, want %s", got, 30*24*time.Hour)
		}
	})

	t.Run("send and wait for success", func(t *testing.T) {
		_, to := newAccount(t)
		opts := e.b.Transactor(e.devKey)
		opts.Value = big.NewInt(params.GWei)
		rcpt, err := e.b.SendAndWait(ctx, opts, &to, nil)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			t.Errorf("got status %d, want success", rcpt.Status)
		}
		bal, err := e.b.BalanceAt(ctx, to)
		if err != nil {
			t.Fatalf("balance: %v", err)
		}
		if bal.Cmp(opts.Value) != 0 {
			t.Errorf("got balance %s, want %s", bal, opts.Value)
		}
		// A call without calldata passes the gate.
		if _, err := e.b.SendAndWait(ctx, e.b.Transactor(e.devKey), &e.gate, nil); err != nil {
			t.Errorf("call gate without data: got %v, want nil", err)
		}
	})

	t.Run("concurrent sends from one account", func(t *testing.T) {
		_, to := newAccount(t)
		const n = 10
		errs := make(chan error, n)
		for range n {
			go func() {
				opts := e.b.Transactor(e.devKey)
				opts.Value = big.NewInt(1)
				_, err := e.b.SendAndWait(ctx, opts, &to, nil)
				errs <- err
			}()
		}
		for range n {
			if err := <-errs; err != nil {
				t.Errorf("send: %v", err)
			}
		}
		if bal, err := e.b.BalanceAt(ctx, to); err != nil || bal.Int64() != n {
			t.Errorf("got balance %v (%v), want %d", bal, err, n)
		}
	})

	t.Run("revert caught at estimation", func(t *testing.T) {
		_, err := e.b.Send(ctx, e.b.Transactor(e.devKey), &e.gate, word(7))
		re := wantNotAllowed(t, err, e.dev, 7)
		if re.TxHash != (common.Hash{}) {
			t.Errorf("got tx hash %s for an estimate, want zero", re.TxHash.Hex())
		}
	})

	t.Run("mined revert decoded by WaitMined", func(t *testing.T) {
		opts := e.b.Transactor(e.devKey)
		opts.GasLimit = 100_000 // skip estimation so that the revert is mined
		tx, err := e.b.Send(ctx, opts, &e.gate, word(99))
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		rcpt, err := e.b.WaitMined(ctx, tx)
		re := wantNotAllowed(t, err, e.dev, 99)
		if rcpt == nil || rcpt.Status != types.ReceiptStatusFailed {
			t.Errorf("got receipt %+v, want a failed one", rcpt)
		}
		if re.TxHash != tx.Hash() {
			t.Errorf("got tx hash %s, want %s", re.TxHash.Hex(), tx.Hash().Hex())
		}
		if !strings.HasPrefix(err.Error(), "transaction "+tx.Hash().Hex()+" reverted: NotAllowed(") {
			t.Errorf("got message %q, want it to name the tx and the error", err.Error())
		}
	})

	t.Run("mined revert replayed with the block's time", func(t *testing.T) {
		// The transaction reverts only because of its own block's timestamp;
		// the state before the block (its parent) still lets it pass, so the
		// replay must use the block's time to find the reason.
		now, err := e.b.Now(ctx)
		if err != nil {
			t.Fatalf("now: %v", err)
		}
		deadline := now.Unix() + 100_000
		addr, _, err := e.b.Deploy(ctx, e.b.Transactor(e.devKey), deadlineInitCode(e.abi.Errors["TooLate"].ID.Bytes()[:4], uint32(deadline)))
		if err != nil {
			t.Fatalf("deploy: %v", err)
		}
		head, err := e.b.Now(ctx)
		if err != nil {
			t.Fatalf("now: %v", err)
		}
		if _, err := e.chain.IncreaseTime(ctx, time.Duration(deadline-1-head.Unix())*time.Second); err != nil {
			t.Fatalf("increase time: %v", err)
		}
		opts := e.b.Transactor(e.devKey)
		opts.GasLimit = 100_000
		tx, err := e.b.Send(ctx, opts, &addr, nil)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		rcpt, err := e.b.WaitMined(ctx, tx)
		if rcpt == nil {
			t.Fatalf("got no receipt (%v), want a failed one", err)
		}
		blk, herr := e.b.Client().HeaderByNumber(ctx, rcpt.BlockNumber)
		if herr != nil {
			t.Fatalf("header: %v", herr)
		}
		var re *backend.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("got %v, want *backend.RevertError", err)
		}
		if want := fmt.Sprintf("TooLate(%d)", blk.Time); re.Reason != want {
			t.Errorf("got reason %q, want %q", re.Reason, want)
		}
	})

	t.Run("out of gas", func(t *testing.T) {
		opts := e.b.Transactor(e.devKey)
		opts.GasLimit = 21_000 // intrinsic gas only: the gate's first opcodes run out
		_, err := e.b.SendAndWait(ctx, opts, &e.gate, nil)
		var re *backend.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("got %v, want *backend.RevertError", err)
		}
		if !re.OutOfGas {
			t.Errorf("got OutOfGas false (%v), want true", err)
		}
	})

	t.Run("bind/v2 contract through ContractBackend", func(t *testing.T) {
		c := bind.NewBoundContract(e.gate, *e.abi, e.b.ContractBackend(), e.b.ContractBackend(), e.b.ContractBackend())
		_, err := c.RawTransact(e.b.Transactor(e.devKey), word(5))
		wantNotAllowed(t, err, e.dev, 5)
		_, err = e.b.ContractBackend().CallContract(ctx, ethereum.CallMsg{From: e.dev, To: &e.gate, Data: word(6)}, nil)
		wantNotAllowed(t, err, e.dev, 6)
	})

	t.Run("account without ETH", func(t *testing.T) {
		key, addr := newAccount(t)
		_, to := newAccount(t)
		tests := []struct {
			name string
			send func() error
		}{
			{"Send", func() error {
				_, err := e.b.Send(ctx, e.b.Transactor(key), &to, nil)
				return err
			}},
			{"Send with fixed gas", func() error {
				opts := e.b.Transactor(key)
				opts.GasLimit = 21_000
				_, err := e.b.Send(ctx, opts, &to, nil)
				return err
			}},
			{"bind/v2 transact", func() error {
				c := bind.NewBoundContract(e.gate, *e.abi, e.b.ContractBackend(), e.b.ContractBackend(), e.b.ContractBackend())
				_, err := c.RawTransact(e.b.Transactor(key), nil)
				return err
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				err := tt.send()
				if !errors.Is(err, backend.ErrNoGasMoney) {
					t.Fatalf("got %v, want ErrNoGasMoney", err)
				}
				want := "account " + addr.Hex() + " has no ETH for gas: fund it"
				if !strings.HasPrefix(err.Error(), want) {
					t.Errorf("got %q, want prefix %q", err.Error(), want)
				}
			})
		}
	})

	t.Run("keystore transactor", func(t *testing.T) {
		ks := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
		acct, err := ks.ImportECDSA(e.devKey, "pw")
		if err != nil {
			t.Fatalf("import: %v", err)
		}
		if err := ks.Unlock(acct, "pw"); err != nil {
			t.Fatalf("unlock: %v", err)
		}
		_, to := newAccount(t)
		opts := e.b.KeystoreTransactor(ks, acct)
		opts.Value = big.NewInt(3)
		if _, err := e.b.SendAndWait(ctx, opts, &to, nil); err != nil {
			t.Fatalf("send: %v", err)
		}
		if bal, _ := e.b.BalanceAt(ctx, to); bal.Int64() != 3 {
			t.Errorf("got balance %s, want 3", bal)
		}
	})

	t.Run("wait respects context", func(t *testing.T) {
		// A transaction that was never sent is never mined.
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: e.b.ChainID(), Nonce: 1 << 40, Gas: 21000})
		cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		defer cancel()
		if _, err := e.b.WaitMined(cctx, tx); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got %v, want context.DeadlineExceeded", err)
		}
	})
}

func TestDialUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// Port 1 on loopback refuses connections.
	if _, err := backend.Dial(ctx, "http://127.0.0.1:1", backend.Config{}, nil); err == nil {
		t.Error("got nil error, want one for an unreachable node")
	}
}

func newAccount(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatalf("key: %v", err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}
