package miner

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/hubapi"
)

// Two real miners against the real hub (without a chain): a 4-tile
// mandelbrot task, replicated twice, comes back verified with the root of
// the tiles a direct run renders.
func TestRealHubVerifiesTheMinersTiles(t *testing.T) {
	magnet, modSHA := shareBundle(t)
	spec := tileSpec(modSHA) + "replication: 2\n"
	key, _ := crypto.GenerateKey()
	h, err := hub.New(hub.Config{Key: key, Wallet: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		Delivery: startDelivery(t), DataDir: t.TempDir(), BuyerWei: big.NewInt(3600_000), MinerWei: big.NewInt(1800_000),
		LocatorAddr: "127.0.0.1:0", Log: testLogger(t)}) // the default heartbeat (1s): the race detector on a loaded machine stalls a miner for more than 300 ms
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := h.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	hubAt := func(context.Context) (string, common.Address, error) { return h.LocatorAddr(), h.Wallet(), nil }
	var miners []*testMiner
	for range 2 {
		miners = append(miners, startMiner(t, nil, Config{Hub: hubAt, Executors: map[string]executor.Executor{"wasm": sharedWasm},
			Delivery: startDelivery(t), Slots: 2}))
	}
	for _, m := range miners {
		m.ev.waitFor(t, "joined", kindIs(EventJoined))
	}

	c, err := hubapi.DialVia(ctx, h.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	deal := crypto.Keccak256Hash([]byte(spec), []byte(t.Name()))
	bk, _ := crypto.GenerateKey()
	buyer := hubapi.Buyer{Key: bk}
	sub, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: deal.Hex(), Spec: []byte(spec), Bundle: magnet,
		Buyer: crypto.PubkeyToAddress(bk.PublicKey).Hex()})
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Status(ctx, sub.Task, buyer, nil)
	if err != nil || st.State != hubapi.StateDone {
		t.Fatalf("task: got %+v (%v), want done", st, err)
	}
	res, err := c.Results(ctx, sub.Task, buyer)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 4 {
		t.Fatalf("result files: got %d, want 4 tiles", len(res.Files))
	}
	// Each tile alone has the root a direct run gives it.
	for i := range 4 {
		want := directRoot(t, spec, i)
		var f []hubapi.File
		for _, rf := range res.Files {
			if rf.Path == filepath.ToSlash(tileName(i)) {
				f = append(f, rf)
			}
		}
		got, _ := hubapi.OutputRoot(f)
		if got.Hex() != want {
			t.Errorf("tile %d: got root %s, want %s", i, got.Hex(), want)
		}
	}
	runs := 0
	for _, m := range miners {
		runs += m.Stats().Runs
	}
	if runs != 8 {
		t.Errorf("unit runs: got %d, want 8 (4 units, 2 replicas)", runs)
	}
}

func tileName(i int) string { return "tile-" + string(rune('0'+i)) + ".png" }
