package backend_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sonm-io/sonm/internal/chain/backend"
)

// laggingNode is a fake node that has a transaction's receipt at block 5
// while its head (what "latest" reads see) is still block 4 for a few
// polls, as go-ethereum is between writing a block's receipts and moving
// its head.
type laggingNode struct {
	mu        sync.Mutex
	headPolls int
	lagPolls  int
}

func (n *laggingNode) ChainId() hexutil.Uint64 { return 1337 }

func (n *laggingNode) BlockNumber() hexutil.Uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.headPolls++
	if n.headPolls <= n.lagPolls {
		return 4
	}
	return 5
}

func (n *laggingNode) GetTransactionReceipt(h common.Hash) *types.Receipt {
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: h, BlockNumber: big.NewInt(5),
		BlockHash: common.Hash{5}, Logs: []*types.Log{}, CumulativeGasUsed: 21000, GasUsed: 21000}
}

// TestWaitMinedWaitsForHead: after WaitMined returns, a read of "latest"
// must see the transaction's effects, so it waits for the head to reach the
// receipt's block.
func TestWaitMinedWaitsForHead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	node := &laggingNode{lagPolls: 3}
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", node); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	rc := rpc.DialInProc(srv)
	defer rc.Close()
	b, err := backend.FromRPC(ctx, rc, backend.Config{MaxPoll: time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{ChainID: big.NewInt(1337), Gas: 21000})
	r, err := b.WaitMined(ctx, tx)
	if err != nil {
		t.Fatalf("wait mined: %v", err)
	}
	if r.BlockNumber.Uint64() != 5 {
		t.Fatalf("receipt block: got %d, want 5", r.BlockNumber)
	}
	node.mu.Lock()
	defer node.mu.Unlock()
	if node.headPolls <= node.lagPolls {
		t.Errorf("WaitMined returned while the head was still behind the receipt's block (head polled %d times, behind for %d)", node.headPolls, node.lagPolls)
	}
}
