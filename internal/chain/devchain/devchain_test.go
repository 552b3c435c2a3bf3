package devchain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sonm-io/sonm/internal/chain/devchain"
)

func newKey(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatalf("generate key: %v", err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func startChain(t *testing.T, cfg devchain.Config) *devchain.Chain {
	t.Helper()
	c, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatalf("new chain: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatalf("start chain: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("close chain: %v", err)
		}
	})
	return c
}

// transfer sends wei from key to `to` and waits for the receipt.
func transfer(ctx context.Context, t *testing.T, ec *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("nonce: %v", err)
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21000, To: &to, Value: wei,
	})
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return waitReceipt(ctx, t, ec, tx.Hash())
}

func waitReceipt(ctx context.Context, t *testing.T, ec *ethclient.Client, h common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := ec.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("receipt of %s: %v (last error %v)", h.Hex(), ctx.Err(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func headTime(ctx context.Context, t *testing.T, ec *ethclient.Client) uint64 {
	t.Helper()
	h, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	return h.Time
}

func TestNewRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  devchain.Config
	}{
		{"negative port", devchain.Config{Port: -1}},
		{"port too large", devchain.Config{Port: 70000}},
		{"negative period", devchain.Config{Period: -time.Second}},
		{"sub-second period", devchain.Config{Period: 500 * time.Millisecond}},
		{"negative balance", devchain.Config{Balance: big.NewInt(-1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := devchain.New(tt.cfg, nil); err == nil {
				t.Errorf("got nil error, want one for %+v", tt.cfg)
			}
		})
	}
}

// TestChain runs one instant-mining chain and checks what other code relies
// on: JSON-RPC over HTTP and WS, funded dev accounts, a block per
// transaction, and time travel from Go and over JSON-RPC.
func TestChain(t *testing.T) {
	devKey, dev := newKey(t)
	_, other := newKey(t)
	balance := new(big.Int).Mul(big.NewInt(5000), big.NewInt(params.Ether))
	const chainID = 4242
	c := startChain(t, devchain.Config{ChainID: chainID, Accounts: []common.Address{dev, other}, Balance: balance})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	if c.URL() == "" {
		t.Fatal("got empty URL, want the HTTP endpoint")
	}
	ec, err := ethclient.DialContext(ctx, c.URL())
	if err != nil {
		t.Fatalf("dial %s: %v", c.URL(), err)
	}
	defer ec.Close()

	t.Run("chain id over HTTP", func(t *testing.T) {
		id, err := ec.ChainID(ctx)
		if err != nil {
			t.Fatalf("chain id: %v", err)
		}
		if id.Uint64() != chainID {
			t.Errorf("got chain id %d, want %d", id, chainID)
		}
		if got := c.ChainID(); got.Uint64() != chainID {
			t.Errorf("got Chain.ChainID %d, want %d", got, chainID)
		}
	})

	t.Run("dev accounts funded", func(t *testing.T) {
		for _, a := range []common.Address{dev, other} {
			bal, err := ec.BalanceAt(ctx, a, nil)
			if err != nil {
				t.Fatalf("balance: %v", err)
			}
			if bal.Cmp(balance) != 0 {
				t.Errorf("got balance %s of %s, want %s", bal, a.Hex(), balance)
			}
		}
	})

	t.Run("instant block per transaction", func(t *testing.T) {
		before, err := ec.BlockNumber(ctx)
		if err != nil {
			t.Fatalf("block number: %v", err)
		}
		_, to := newKey(t)
		r := transfer(ctx, t, ec, devKey, to, big.NewInt(12345))
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("got status %d, want success", r.Status)
		}
		if r.BlockNumber.Uint64() <= before {
			t.Errorf("got tx in block %d, want after %d", r.BlockNumber, before)
		}
		bal, err := ec.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatalf("balance: %v", err)
		}
		if bal.Int64() != 12345 {
			t.Errorf("got recipient balance %s, want 12345", bal)
		}
	})

	t.Run("a 1 wei tip is mined", func(t *testing.T) {
		// Whatever the pool accepts must be mined, or it would block time
		// travel forever.
		nonce, err := ec.PendingNonceAt(ctx, dev)
		if err != nil {
			t.Fatalf("nonce: %v", err)
		}
		head, err := ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatalf("head: %v", err)
		}
		_, to := newKey(t)
		id := big.NewInt(chainID)
		tx := types.MustSignNewTx(devKey, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
			ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1)),
			Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send: %v", err)
		}
		wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if r := waitReceipt(wctx, t, ec, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("got status %d, want success", r.Status)
		}
	})

	t.Run("websocket", func(t *testing.T) {
		if c.WSURL() == "" {
			t.Fatal("got empty WS URL")
		}
		ws, err := ethclient.DialContext(ctx, c.WSURL())
		if err != nil {
			t.Fatalf("dial %s: %v", c.WSURL(), err)
		}
		defer ws.Close()
		heads := make(chan *types.Header, 4)
		sub, err := ws.SubscribeNewHead(ctx, heads)
		if err != nil {
			t.Fatalf("subscribe new heads: %v", err)
		}
		defer sub.Unsubscribe()
		if err := c.Mine(ctx); err != nil {
			t.Fatalf("mine: %v", err)
		}
		select {
		case h := <-heads:
			if h.Number.Sign() <= 0 {
				t.Errorf("got head %d, want > 0", h.Number)
			}
		case err := <-sub.Err():
			t.Fatalf("subscription: %v", err)
		case <-ctx.Done():
			t.Fatal("no new head over WS")
		}
	})

	t.Run("increase time from Go", func(t *testing.T) {
		before := headTime(ctx, t, ec)
		const d = 30 * 24 * time.Hour
		got, err := c.IncreaseTime(ctx, d)
		if err != nil {
			t.Fatalf("increase time: %v", err)
		}
		after := headTime(ctx, t, ec)
		if after != before+uint64(d/time.Second) {
			t.Errorf("got head time %d, want %d", after, before+uint64(d/time.Second))
		}
		if uint64(got.Unix()) != after {
			t.Errorf("got returned time %d, want head time %d", got.Unix(), after)
		}
		// Later blocks keep the new clock: never behind the jump.
		_, to := newKey(t)
		r := transfer(ctx, t, ec, devKey, to, big.NewInt(1))
		blk, err := ec.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			t.Fatalf("header: %v", err)
		}
		if blk.Time <= after {
			t.Errorf("got next block time %d, want > %d", blk.Time, after)
		}
	})

	t.Run("increase time rejects less than a second", func(t *testing.T) {
		if _, err := c.IncreaseTime(ctx, 500*time.Millisecond); err == nil {
			t.Error("got nil error, want one")
		}
	})

	t.Run("increase time over JSON-RPC", func(t *testing.T) {
		rc, err := rpc.DialContext(ctx, c.URL())
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		defer rc.Close()
		tests := []struct {
			method string
			arg    any
			secs   uint64
		}{
			{"sonm_increaseTime", 120 * 24 * 3600, 120 * 24 * 3600},
			{"evm_increaseTime", 3600, 3600},
			{"evm_increaseTime", "0x15180", 86400},
			{"sonm_increaseTime", "7200", 7200},
		}
		for _, tt := range tests {
			t.Run(tt.method, func(t *testing.T) {
				before := headTime(ctx, t, ec)
				var got uint64
				if err := rc.CallContext(ctx, &got, tt.method, tt.arg); err != nil {
					t.Fatalf("%s(%v): %v", tt.method, tt.arg, err)
				}
				after := headTime(ctx, t, ec)
				if after != before+tt.secs {
					t.Errorf("got head time %d, want %d", after, before+tt.secs)
				}
				if got != after {
					t.Errorf("got result %d, want head time %d", got, after)
				}
			})
		}
		var res any
		if err := rc.CallContext(ctx, &res, "sonm_increaseTime", "-5"); err == nil {
			t.Error("got nil error for a negative time, want one")
		}
		var mined string
		before, _ := ec.BlockNumber(ctx)
		if err := rc.CallContext(ctx, &mined, "evm_mine"); err != nil {
			t.Fatalf("evm_mine: %v", err)
		}
		if after, _ := ec.BlockNumber(ctx); after != before+1 {
			t.Errorf("got block %d after evm_mine, want %d", after, before+1)
		}
	})

	t.Run("increase time while transactions arrive", func(t *testing.T) {
		// The auto-miner and the time jump share the sealer; every
		// transaction must still be mined and the jump must land.
		before := headTime(ctx, t, ec)
		_, to := newKey(t)
		var wg sync.WaitGroup
		const n = 8
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range n {
				transfer(ctx, t, ec, devKey, to, big.NewInt(1))
			}
		}()
		for range 3 {
			if _, err := c.IncreaseTime(ctx, time.Hour); err != nil {
				t.Errorf("increase time: %v", err)
			}
		}
		wg.Wait()
		if after := headTime(ctx, t, ec); after < before+3*3600 {
			t.Errorf("got head time %d, want at least %d", after, before+3*3600)
		}
		bal, err := ec.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatalf("balance: %v", err)
		}
		if bal.Int64() != n {
			t.Errorf("got balance %s, want %d", bal, n)
		}
	})
}

func TestClosedChain(t *testing.T) {
	c, err := devchain.New(devchain.Config{NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	ctx := context.Background()
	if err := c.Close(); err != nil {
		t.Errorf("close before start: got %v, want nil", err)
	}
	if _, err := c.IncreaseTime(ctx, time.Hour); !errors.Is(err, devchain.ErrClosed) {
		t.Errorf("increase time before start: got %v, want %v", err, devchain.ErrClosed)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatalf("start: %v", err)
	}
	if c.URL() != "" {
		t.Errorf("got URL %q with NoHTTP, want empty", c.URL())
	}
	if n, err := c.Client().BlockNumber(ctx); err != nil || n != 0 {
		t.Errorf("in-process block number: got %d, %v, want 0, nil", n, err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := c.Close(); err != nil {
		t.Errorf("second close: got %v, want nil", err)
	}
	if err := c.Mine(ctx); !errors.Is(err, devchain.ErrClosed) {
		t.Errorf("mine after close: got %v, want %v", err, devchain.ErrClosed)
	}
}

// TestDataDirSurvivesRestart stops a chain with a data dir and starts it
// again: blocks, balances, the chain id and the moved clock must all be
// there, whatever the second configuration says about genesis.
func TestDataDirSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	devKey, dev := newKey(t)
	_, to := newKey(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	first, err := devchain.New(devchain.Config{ChainID: 777, DataDir: dir, Accounts: []common.Address{dev}, NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	if err := first.Start(ctx); err != nil {
		t.Fatalf("start: %v", err)
	}
	ec := first.Client()
	transfer(ctx, t, ec, devKey, to, big.NewInt(777_000))
	if _, err := first.IncreaseTime(ctx, 120*24*time.Hour); err != nil {
		t.Fatalf("increase time: %v", err)
	}
	wantBlock, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("block number: %v", err)
	}
	wantTime := headTime(ctx, t, ec)
	if err := first.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	// Different chain id and accounts: the chain on disk wins.
	second := startChain(t, devchain.Config{ChainID: 1, DataDir: dir})
	ec = second.Client()
	tests := []struct {
		name      string
		got, want uint64
	}{
		{"chain id", second.ChainID().Uint64(), 777},
		{"block number", must(ec.BlockNumber(ctx)), wantBlock},
		{"head time", headTime(ctx, t, ec), wantTime},
		{"recipient balance", must(ec.BalanceAt(ctx, to, nil)).Uint64(), 777_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
	// And it keeps working: a new transaction from the funded account.
	r := transfer(ctx, t, ec, devKey, to, big.NewInt(1))
	if r.BlockNumber.Uint64() != wantBlock+1 {
		t.Errorf("got new tx in block %d, want %d", r.BlockNumber, wantBlock+1)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestTimedBlocks(t *testing.T) {
	c := startChain(t, devchain.Config{Period: time.Second, NoHTTP: true})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		n, err := c.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatalf("block number: %v", err)
		}
		if n >= 2 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("got block %d after 20s with a 1s period, want at least 2", n)
		case <-time.After(100 * time.Millisecond):
		}
	}
	before := headTime(ctx, t, c.Client())
	if _, err := c.IncreaseTime(ctx, 24*time.Hour); err != nil {
		t.Fatalf("increase time: %v", err)
	}
	if after := headTime(ctx, t, c.Client()); after < before+24*3600 {
		t.Errorf("got head time %d, want at least %d", after, before+24*3600)
	}
}

func TestGenesis(t *testing.T) {
	_, a := newKey(t)
	_, b := newKey(t)
	extra := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	c, err := devchain.New(devchain.Config{
		ChainID: 99, Accounts: []common.Address{a, b}, Balance: big.NewInt(5),
		Alloc: types.GenesisAlloc{extra: {Balance: big.NewInt(7)}},
	}, nil)
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	g := c.Genesis()
	tests := []struct {
		name      string
		got, want any
	}{
		{"chain id", g.Config.ChainID.Uint64(), uint64(99)},
		{"gas limit", g.GasLimit, uint64(devchain.DefaultGasLimit)},
		{"account a", g.Alloc[a].Balance.Int64(), int64(5)},
		{"account b", g.Alloc[b].Balance.Int64(), int64(5)},
		{"extra alloc", g.Alloc[extra].Balance.Int64(), int64(7)},
		{"osaka (mainnet rules) active", g.Config.IsOsaka(big.NewInt(0), 0), true},
		{"no fork beyond mainnet", g.Config.BogotaTime == nil && g.Config.AmsterdamTime == nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	d, err := devchain.New(devchain.Config{}, nil)
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	if got := d.Genesis().Config.ChainID.Uint64(); got != devchain.DefaultChainID {
		t.Errorf("got default chain id %d, want %d", got, devchain.DefaultChainID)
	}
}

// TestCloseUnderLoad closes a chain while another client keeps moving its
// clock over JSON-RPC and sending transactions: Close must return.
func TestCloseUnderLoad(t *testing.T) {
	devKey, dev := newKey(t)
	c, err := devchain.New(devchain.Config{Accounts: []common.Address{dev}}, nil)
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatalf("start: %v", err)
	}
	rc, err := rpc.DialContext(ctx, c.URL())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	var calls sync.WaitGroup
	for range 2 {
		calls.Add(1)
		go func() {
			defer calls.Done()
			for ctx.Err() == nil {
				var ts uint64
				if err := rc.CallContext(ctx, &ts, "sonm_increaseTime", 60); err != nil {
					return // the chain went away
				}
			}
		}()
	}
	calls.Add(1)
	go func() {
		defer calls.Done()
		id := big.NewInt(devchain.DefaultChainID)
		for nonce := uint64(0); ctx.Err() == nil; nonce++ {
			tx := types.MustSignNewTx(devKey, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
				ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
				Gas: 21000, To: &dev, Value: big.NewInt(1),
			})
			if err := ec.SendTransaction(ctx, tx); err != nil {
				return
			}
		}
	}()
	time.Sleep(200 * time.Millisecond) // let the load build up
	closed := make(chan error, 1)
	go func() { closed <- c.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("close: got %v, want nil", err)
		}
	case <-ctx.Done():
		t.Fatal("close did not return under load")
	}
	cancel()
	calls.Wait()
}
