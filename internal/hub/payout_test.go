package hub

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// owe queues earnings on the hub's loop as verified replicas would.
func owe(t *testing.T, h *Hub, first int64, miners []common.Address, amount *big.Int) {
	t.Helper()
	_, err := ask(context.Background(), h, func() (struct{}, error) {
		for i, m := range miners {
			h.write(insertEarning{assignment: uint64(first) + uint64(i), miner: m.Hex(), amount: amount.String()})
		}
		return struct{}{}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// settled reports whether every earning is in a paid batch and no
// payout transaction is open.
func settled(t *testing.T, h *Hub) bool {
	t.Helper()
	var open int
	if err := h.db.db.QueryRow(`SELECT COUNT(*) FROM earnings e LEFT JOIN batches b ON b.id = e.batch WHERE e.batch = 0 OR b.state != 'paid'`).Scan(&open); err != nil {
		t.Fatal(err)
	}
	var sending int
	if err := h.db.db.QueryRow(`SELECT COUNT(*) FROM batches WHERE state = 'sending'`).Scan(&sending); err != nil {
		t.Fatal(err)
	}
	return open == 0 && sending == 0
}

// TestSlowChainPaysOnce runs payouts on a chain that seals a block a
// second, with the hub giving up waiting for a receipt long before: a
// payout still pending must be replaced (same nonce), never paid again.
func TestSlowChainPaysOnce(t *testing.T) {
	ctx := context.Background()
	w := sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Deposit: snm.Wei(500), Endpoint: "127.0.0.1:10053", Period: time.Second})
	net, c, owner, wallet := w.Net, w.Chain, w.Hub, w.Wallet
	dir := t.TempDir()
	cfg := func(cf *Config) {
		cf.Chain, cf.Wallet = c, wallet
		cf.PayBatch = 2
		cf.PayWait = 200 * time.Millisecond // far below the block time
		cf.HouseEvery = 100 * time.Millisecond
	}
	h := startHub(t, dir, owner.Key, cfg)
	miners := make([]common.Address, 6)
	for i := range miners {
		miners[i] = common.BigToAddress(big.NewInt(int64(0x1000 + i)))
	}
	amount := snm.Wei(1)
	owe(t, h, 1, miners[:4], amount)

	// A restart while payouts are pending resumes them.
	deadline := time.Now().Add(60 * time.Second)
	for {
		var n int
		h.db.db.QueryRow(`SELECT COUNT(*) FROM batches WHERE txs != ''`).Scan(&n)
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no payout batch after 60s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.Close()
	h = startHub(t, dir, owner.Key, cfg)
	defer h.Close()
	owe(t, h, 5, miners[4:], amount)

	client := net.Backend.Client()
	for !settled(t, h) || pendingTxs(t, client, owner.Addr) {
		if time.Now().After(deadline) {
			t.Fatal("payouts not settled after 60s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	ps, err := c.Payouts(ctx, wallet, nil)
	if err != nil {
		t.Fatal(err)
	}
	per := map[common.Address]*big.Int{}
	for _, p := range ps {
		if per[p.Miner] == nil {
			per[p.Miner] = new(big.Int)
		}
		per[p.Miner].Add(per[p.Miner], p.Amount)
	}
	for _, m := range miners {
		if got := per[m]; got == nil || got.Cmp(amount) != 0 {
			t.Errorf("miner %s paid %v, want %s exactly once", m.Hex(), got, amount)
		}
	}
}

// pendingTxs reports whether a transaction from a waits in the pool.
func pendingTxs(t *testing.T, client interface {
	PendingNonceAt(context.Context, common.Address) (uint64, error)
	NonceAt(context.Context, common.Address, *big.Int) (uint64, error)
}, a common.Address) bool {
	t.Helper()
	p, err := client.PendingNonceAt(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	n, err := client.NonceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p > n
}
