package backend_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/chain/devchain"
)

// BenchmarkSendAndWait measures one ETH transfer from signing to receipt on
// the instant-mining dev chain: in-process and over HTTP JSON-RPC.
func BenchmarkSendAndWait(b *testing.B) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	chain, err := devchain.New(devchain.Config{Accounts: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := chain.Start(ctx); err != nil {
		b.Fatal(err)
	}
	defer chain.Close()
	inproc, err := backend.FromRPC(ctx, chain.RPC(), backend.Config{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	http, err := backend.Dial(ctx, chain.URL(), backend.Config{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer http.Close()
	to := common.HexToAddress("0x00000000000000000000000000000000000b0b")
	for _, bc := range []struct {
		name string
		b    *backend.Backend
	}{{"inproc", inproc}, {"http", http}} {
		b.Run(bc.name, func(b *testing.B) {
			opts := bc.b.Transactor(key)
			opts.Value = big.NewInt(1)
			for b.Loop() {
				if _, err := bc.b.SendAndWait(ctx, opts, &to, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDecodeRevert(b *testing.B) {
	a, err := abi.JSON(strings.NewReader(gateABI))
	if err != nil {
		b.Fatal(err)
	}
	e := a.Errors["NotAllowed"]
	enc, err := e.Inputs.Pack(common.HexToAddress("0x01"), big.NewInt(42))
	if err != nil {
		b.Fatal(err)
	}
	data := append(e.ID.Bytes()[:4], enc...)
	for b.Loop() {
		if r := backend.DecodeRevert(data, &a); r.Name != "NotAllowed" {
			b.Fatalf("got %q, want NotAllowed", r.Name)
		}
	}
}
