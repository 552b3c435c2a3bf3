package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/bind/snmtoken"
	"github.com/sonm-io/sonm/internal/snm"
)

func TestToken(t *testing.T) {
	w := newWorld(t)
	ctx, c := w.ctx, w.c
	buyer, stranger := w.a("buyer1"), w.a("stranger")

	t.Run("fixed supply held by the accounts", func(t *testing.T) {
		w := w.with(t)
		supply, err := c.TotalSupply(ctx)
		w.must(err)
		wantBig(t, "total supply", supply, w.p.Supply)
		held := new(big.Int)
		for _, a := range w.net.Actors() {
			held.Add(held, w.balance(a.Addr))
		}
		wantBig(t, "sum of all balances", held, supply)
		tok := snmtoken.NewSNMToken()
		token := c.Deployment().Token
		out, err := w.net.Backend.CallContract(ctx, ethereum.CallMsg{To: &token, Data: tok.PackDecimals()}, nil)
		w.must(err)
		dec, err := tok.UnpackDecimals(out)
		w.must(err)
		if dec != snm.Decimals {
			t.Errorf("decimals: got %d, want %d", dec, snm.Decimals)
		}
		a, err := snmtoken.SNMTokenMetaData.ParseABI()
		w.must(err)
		for name := range a.Methods {
			for _, banned := range []string{"mint", "burn", "burnFrom"} {
				if name == banned {
					t.Errorf("token ABI: got method %s, want none that changes the supply", name)
				}
			}
		}
	})

	t.Run("transfer", func(t *testing.T) {
		w := w.with(t)
		before, after := w.balance(buyer.Addr), w.balance(stranger.Addr)
		_, err := c.Transfer(ctx, buyer.Opts, stranger.Addr, snm.Wei(3))
		w.must(err)
		wantBig(t, "sender", w.balance(buyer.Addr), sub(before, snm.Wei(3)))
		wantBig(t, "receiver", w.balance(stranger.Addr), add(after, snm.Wei(3)))
	})

	t.Run("refusals", func(t *testing.T) {
		w := w.with(t)
		have := w.balance(buyer.Addr)
		tooMuch := add(have, milli(500))
		cases := []struct {
			name string
			do   func() error
			kind error
			says []string
		}{
			{"balance too small", func() error {
				_, err := c.Transfer(ctx, buyer.Opts, stranger.Addr, tooMuch)
				return err
			}, chain.ErrInsufficientFunds, []string{"holds " + snm.String(have) + ", needs " + snm.String(tooMuch), "sonm token transfer"}},
			{"empty account", func() error {
				_, err := c.Transfer(ctx, w.a("miner4").Opts, stranger.Addr, snm.One())
				return err
			}, chain.ErrInsufficientFunds, []string{"holds 0 SNM, needs 1 SNM"}},
			{"no allowance", func() error {
				_, err := c.TransferFrom(ctx, stranger.Opts, buyer.Addr, stranger.Addr, snm.One())
				return err
			}, chain.ErrInsufficientFunds, []string{"allowance of", "is 0 SNM, needs 1 SNM", "sonm token approve"}},
			{"zero receiver", func() error {
				_, err := c.Transfer(ctx, buyer.Opts, common.Address{}, snm.One())
				return err
			}, chain.ErrBadInput, []string{"ERC20InvalidReceiver"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				wantRefused(t, tc.do(), tc.kind, tc.says...)
			})
		}
		wantBig(t, "balance after refusals", w.balance(buyer.Addr), have)
		supply, err := c.TotalSupply(ctx)
		w.must(err)
		wantBig(t, "supply after refusals", supply, w.p.Supply)
	})
}
