// Command gas measures the gas of the sonm contracts' main operations on the
// embedded chain and prints one line per figure, `NAME GAS`.
//
//	go run ./bench/gas
//
// deal_lifecycle is open + commit + confirm of one batch deal (each
// transaction's gas used, intrinsic 21,000 included); payout_per_miner_batch100
// is one transferMany to 100 miners never paid before, divided by 100. For
// scale: SONM's own 2018 Market contract spends about 1.5 million gas on one
// spot deal lifecycle. stake_deposit is a miner's first deposit (the approve
// before it not counted), stake_withdraw the withdrawal after the unbonding
// period (stake_request_withdraw the request that starts it), proof_of_cheat
// one proof with the default quorum of two other claims.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/verify"
)

func main() {
	batch := flag.Int("batch", 100, "miners per transferMany batch")
	flag.Parse()
	if err := run(*batch); err != nil {
		fmt.Fprintln(os.Stderr, "gas:", err)
		os.Exit(1)
	}
}

func run(batch int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub", "buyer", "miner1", "miner2", "miner3", "prover"}, Seed: "bench/gas", NoHTTP: true}, nil)
	if err != nil {
		return err
	}
	defer net.Close()
	c := net.Client
	hub, buyer := net.Actor("hub"), net.Actor("buyer")
	if err := net.Fund(ctx, snm.Wei(1_000_000), "hub", "buyer"); err != nil {
		return err
	}
	out := func(name string, gas uint64) { fmt.Printf("%s %d\n", name, gas) }
	used := func(r *types.Receipt, err error) (uint64, error) {
		if err != nil {
			return 0, err
		}
		return r.GasUsed, nil
	}

	// Hub wallet life.
	w, createRcpt, err := c.CreateWallet(ctx, hub.Opts, "/ip4/127.0.0.1/tcp/4001", "bench hub")
	if err != nil {
		return err
	}
	out("wallet_create", createRcpt.GasUsed)
	if _, err := c.Deposit(ctx, hub.Opts, w, snm.Wei(500_000)); err != nil {
		return err
	}
	g, err := used(c.Register(ctx, hub.Opts, w))
	if err != nil {
		return err
	}
	out("wallet_register", g)
	g, err = used(c.Pay(ctx, hub.Opts, w, addr("single"), snm.One()))
	if err != nil {
		return err
	}
	out("payout_single_new_miner", g)
	miners := make([]common.Address, batch)
	amounts := make([]*big.Int, batch)
	for i := range miners {
		miners[i] = addr(fmt.Sprint("miner", i))
		amounts[i] = snm.Wei(int64(1 + i%7))
	}
	g, err = used(c.PayMany(ctx, hub.Opts, w, miners, amounts))
	if err != nil {
		return err
	}
	out(fmt.Sprintf("payout_batch%d_total", batch), g)
	out(fmt.Sprintf("payout_per_miner_batch%d", batch), g/uint64(batch))
	// The same miners paid again: their allowance slots are no longer empty.
	g, err = used(c.PayMany(ctx, hub.Opts, w, miners, amounts))
	if err != nil {
		return err
	}
	out(fmt.Sprintf("payout_per_known_miner_batch%d", batch), g/uint64(batch))

	// Batch deal lifecycle: approve (not counted), open, commit, confirm.
	// Round 0 runs against an empty escrow, which pays for the escrow's
	// balance slot; from round 1 on another deal stays open, as on a live
	// market where the escrow always holds someone's deposit.
	price := snm.Wei(10)
	var lifecycle uint64
	for round := 0; round < 3; round++ {
		now, err := net.Now(ctx)
		if err != nil {
			return err
		}
		lane, seq, err := c.FreeLane(ctx, buyer.Addr)
		if err != nil {
			return err
		}
		q := chain.Quote{Wallet: w, Buyer: buyer.Addr, SpecHash: crypto.Keccak256Hash([]byte("spec")), Price: price,
			Deadline: uint64(now.Add(time.Hour).Unix()), Expiry: uint64(now.Add(10 * time.Minute).Unix()), Lane: lane, Seq: seq}
		sig, err := c.SignQuote(q, hub.Key)
		if err != nil {
			return err
		}
		if _, err := c.Approve(ctx, buyer.Opts, c.Deployment().Deals, price); err != nil {
			return err
		}
		d, openRcpt, err := c.OpenDeal(ctx, buyer.Opts, q, sig)
		if err != nil {
			return err
		}
		openGas := openRcpt.GasUsed
		commitGas, err := used(c.CommitResult(ctx, hub.Opts, d.ID, crypto.Keccak256Hash([]byte("result"))))
		if err != nil {
			return err
		}
		confirmGas, err := used(c.ConfirmDeal(ctx, buyer.Opts, d.ID))
		if err != nil {
			return err
		}
		if round == 0 {
			// Leave a deal open for the later rounds.
			bq := q
			bq.Lane = 1000
			bsig, err := c.SignQuote(bq, hub.Key)
			if err != nil {
				return err
			}
			if _, _, err := c.OpenDeal(ctx, buyer.Opts, bq, bsig); err != nil {
				return err
			}
		}
		if round == 2 {
			out("deal_open", openGas)
			out("deal_commit", commitGas)
			out("deal_confirm", confirmGas)
			lifecycle = openGas + commitGas + confirmGas
		} else if round == 0 {
			out("deal_lifecycle_empty_escrow", openGas+commitGas+confirmGas)
		}
	}
	out("deal_lifecycle", lifecycle)

	// PayDay after the payout period.
	if _, err := net.IncreaseTime(ctx, net.Params().PayoutPeriod+time.Minute); err != nil {
		return err
	}
	g, err = used(c.PayDay(ctx, hub.Opts, w))
	if err != nil {
		return err
	}
	out("wallet_payday", g)
	return stakeGas(ctx, net, out)
}

// stakeGas measures the miner stake: deposit, unbonding and withdrawal, and
// a proof of cheat by miner2 and miner3 against miner1.
func stakeGas(ctx context.Context, net *devnet.Net, out func(string, uint64)) error {
	c := net.Client
	miners := []string{"miner1", "miner2", "miner3"}
	if err := net.Fund(ctx, snm.Wei(1000), miners...); err != nil {
		return err
	}
	for i, m := range miners {
		a := net.Actor(m)
		if _, err := c.Approve(ctx, a.Opts, c.Deployment().Stake, snm.Wei(500)); err != nil {
			return err
		}
		r, err := c.StakeDeposit(ctx, a.Opts, snm.Wei(500))
		if err != nil {
			return err
		}
		if i == 0 {
			out("stake_deposit", r.GasUsed)
		}
	}
	m := net.Actor("miner3")
	r, err := c.RequestStakeWithdraw(ctx, m.Opts, snm.Wei(100))
	if err != nil {
		return err
	}
	out("stake_request_withdraw", r.GasUsed)
	if _, err := net.IncreaseTime(ctx, net.Params().Unbonding+time.Minute); err != nil {
		return err
	}
	if _, r, err = c.StakeWithdraw(ctx, m.Opts); err != nil {
		return err
	}
	out("stake_withdraw", r.GasUsed)

	buyer := net.Actor("buyer").Addr
	d := c.ClaimDomain()
	accused := verify.Claim{Wallet: addr("wallet"), DealID: chain.DealID(buyer, 0, 0), TaskID: verify.TaskKey("task"), Unit: 1, Replica: 1,
		Root: crypto.Keccak256Hash([]byte("wrong"))}
	p := chain.CheatProof{Accused: accused, Buyer: buyer}
	if p.AccusedSig, err = d.Sign(accused, net.Actor("miner1").Key); err != nil {
		return err
	}
	for i, name := range miners[1:] {
		o := accused
		o.Replica, o.Root = uint64(2+i), crypto.Keccak256Hash([]byte("right"))
		sig, err := d.Sign(o, net.Actor(name).Key)
		if err != nil {
			return err
		}
		p.Others, p.OtherSigs = append(p.Others, o), append(p.OtherSigs, sig)
	}
	_, r, err = c.ProveCheat(ctx, net.Actor("prover").Opts, p)
	if err != nil {
		return err
	}
	out("proof_of_cheat", r.GasUsed)
	return nil
}

// addr is a fresh address nobody holds a key to, for miners that only receive.
func addr(name string) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte("bench/gas " + name))[12:])
}
