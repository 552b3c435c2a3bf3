package cli

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"strings"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// newHubWalletCmd is `sonm hub wallet`: the hub's collateral wallet on chain.
func newHubWalletCmd() *cobra.Command {
	f := &chainFlags{}
	var walletFlag string
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "The hub's wallet on chain: create, deposit, register, pay miners, PayDay, withdraw",
		Long: `A hub wallet holds the hub's collateral and pays its miners. Its states are
Created -> Registered -> Idle -> Registered ..., and the DAO may move a
Registered wallet to Suspected, then back to Idle (rehab) or to Punished (ban).

Registering freezes 1 SNM; each payout approves the miner's pay (the miner pulls
it with 'sonm miner claim') and locks 30% of it until PayDay, 30 days after
registration, when 0.5% of the locked funds go to the DAO and the wallet turns
Idle. The wallet is --wallet, else the newest wallet the --from account created.`,
	}
	f.register(cmd.PersistentFlags())
	cmd.PersistentFlags().StringVar(&walletFlag, "wallet", "", "hub wallet address (default: the newest one created by --from)")

	// wallet resolves --wallet or the newest wallet of the acting account.
	wallet := func(ctx context.Context, c *chain.Client, owner common.Address) (common.Address, error) {
		if walletFlag != "" {
			return parseAddress("--wallet", walletFlag)
		}
		ws, err := c.WalletsOf(ctx, owner)
		if err != nil {
			return common.Address{}, err
		}
		if len(ws) == 0 {
			return common.Address{}, fmt.Errorf("%s has no hub wallet: create one with `sonm hub wallet create` or pass --wallet", owner.Hex())
		}
		return ws[len(ws)-1], nil
	}

	// txCmd builds a subcommand that signs one wallet transaction.
	type action func(ctx context.Context, c *chain.Client, a *actor, w common.Address, args []string) (string, error)
	txCmd := func(use, short string, nargs int, do action) *cobra.Command {
		return &cobra.Command{
			Use: use, Short: short, Args: cobra.ExactArgs(nargs),
			RunE: func(cmd *cobra.Command, args []string) error {
				ctx := cmd.Context()
				c, done, err := f.connect(ctx)
				if err != nil {
					return err
				}
				defer done()
				opts, key, err := f.signer(cmd, c)
				if err != nil {
					return err
				}
				w, err := wallet(ctx, c, opts.From)
				if err != nil {
					return err
				}
				msg, err := do(ctx, c, &actor{opts: opts, key: key}, w, args)
				if err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout(), msg)
				return nil
			},
		}
	}

	create := &cobra.Command{
		Use:   "create ENDPOINT NAME",
		Short: "Create a hub wallet (listed in the whitelist as unconfirmed)",
		Long:  "Create a hub wallet through the factory. ENDPOINT is where miners and clients reach the hub (a multiaddr or host:port); NAME is shown to them.",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, done, err := f.connect(ctx)
			if err != nil {
				return err
			}
			defer done()
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			w, r, err := c.CreateWallet(ctx, opts, args[0], args[1])
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), map[string]any{"wallet": w.Hex(), "tx": r.TxHash.Hex()}, func(out io.Writer) {
				fmt.Fprintf(out, "created hub wallet %s (tx %s)\nnext: deposit SNM with `sonm hub wallet deposit AMOUNT`, then `sonm hub wallet register`\n", w.Hex(), r.TxHash.Hex())
			})
		},
	}

	deposit := txCmd("deposit AMOUNT", "Move SNM from your account into the wallet", 1,
		func(ctx context.Context, c *chain.Client, a *actor, w common.Address, args []string) (string, error) {
			amt, err := parseAmount("AMOUNT", args[0])
			if err != nil {
				return "", err
			}
			if _, err := c.Deposit(ctx, a.opts, w, amt); err != nil {
				return "", err
			}
			return fmt.Sprintf("deposited %s into %s", snm.String(amt), w.Hex()), nil
		})
	register := txCmd("register", "Register the wallet: freeze the registration amount and start a 30-day payout period", 0,
		func(ctx context.Context, c *chain.Client, a *actor, w common.Address, _ []string) (string, error) {
			if _, err := c.Register(ctx, a.opts, w); err != nil {
				return "", err
			}
			st, err := c.Wallet(ctx, w)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("registered %s: %s frozen, PayDay due %s", w.Hex(), snm.String(st.Frozen), fmtTime(st.PayDayAt)), nil
		})
	pay := txCmd("pay MINER=AMOUNT...", "Pay miners in one batch (approves each miner's pay, locks 30%)", -1, nil)
	pay.Args = cobra.MinimumNArgs(1)
	pay.RunE = func(cmd *cobra.Command, args []string) error {
		var miners []common.Address
		var amounts []*big.Int
		total := new(big.Int)
		for _, a := range args {
			m, v, ok := strings.Cut(a, "=")
			if !ok {
				return fmt.Errorf("%q: write each payout as MINER=AMOUNT, e.g. 0xabc...=12.5", a)
			}
			addr, err := parseAddress("MINER", m)
			if err != nil {
				return err
			}
			amt, err := parseAmount("AMOUNT", v)
			if err != nil {
				return err
			}
			miners, amounts = append(miners, addr), append(amounts, amt)
			total.Add(total, amt)
		}
		ctx := cmd.Context()
		c, done, err := f.connect(ctx)
		if err != nil {
			return err
		}
		defer done()
		opts, _, err := f.signer(cmd, c)
		if err != nil {
			return err
		}
		w, err := wallet(ctx, c, opts.From)
		if err != nil {
			return err
		}
		// Escrow confirmed to this wallet waits in the Deals contract: bring it in first.
		if cr, err := c.Credited(ctx, w); err == nil && cr.Sign() > 0 {
			if _, err := c.Release(ctx, opts, w); err != nil {
				return err
			}
		}
		r, err := c.PayMany(ctx, opts, w, miners, amounts)
		if err != nil {
			return err
		}
		return f.printTx(cmd.OutOrStdout(), fmt.Sprintf("paid %d miner(s) %s in total from %s", len(miners), snm.String(total), w.Hex()), r)
	}
	payday := txCmd("payday", "Run PayDay after the payout period: DAO fee paid, funds unlocked, wallet Idle", 0,
		func(ctx context.Context, c *chain.Client, a *actor, w common.Address, _ []string) (string, error) {
			before, err := c.Wallet(ctx, w)
			if err != nil {
				return "", err
			}
			if _, err := c.PayDay(ctx, a.opts, w); err != nil {
				return "", err
			}
			after, err := c.Wallet(ctx, w)
			if err != nil {
				return "", err
			}
			fee := new(big.Int).Sub(before.Balance, after.Balance)
			return fmt.Sprintf("PayDay done: %s paid to the DAO, %s unlocked; the wallet is %s", snm.String(fee),
				snm.String(new(big.Int).Sub(new(big.Int).Add(before.Locked, before.Frozen), fee)), after.State), nil
		})
	withdraw := txCmd("withdraw AMOUNT|all [TO]", "Withdraw free funds of a Created or Idle wallet (default to yourself)", -1, nil)
	withdraw.Args = cobra.RangeArgs(1, 2)
	withdraw.RunE = func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		c, done, err := f.connect(ctx)
		if err != nil {
			return err
		}
		defer done()
		opts, _, err := f.signer(cmd, c)
		if err != nil {
			return err
		}
		w, err := wallet(ctx, c, opts.From)
		if err != nil {
			return err
		}
		to := opts.From
		if len(args) == 2 {
			if to, err = parseAddress("TO", args[1]); err != nil {
				return err
			}
		}
		var amt *big.Int
		if args[0] == "all" {
			st, err := c.Wallet(ctx, w)
			if err != nil {
				return err
			}
			amt = st.Available
			if amt.Sign() == 0 {
				return fmt.Errorf("nothing to withdraw: %s has no free funds (it is %s)", w.Hex(), st.State)
			}
		} else if amt, err = parseAmount("AMOUNT", args[0]); err != nil {
			return err
		}
		r, err := c.Withdraw(ctx, opts, w, to, amt)
		if err != nil {
			return err
		}
		return f.printTx(cmd.OutOrStdout(), fmt.Sprintf("withdrew %s to %s", snm.String(amt), to.Hex()), r)
	}

	status := &cobra.Command{
		Use:   "status [WALLET]",
		Short: "Show a hub wallet: state, funds, payouts, PayDay",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, done, err := f.connect(ctx)
			if err != nil {
				return err
			}
			defer done()
			var w common.Address
			if len(args) == 1 {
				if w, err = parseAddress("WALLET", args[0]); err != nil {
					return err
				}
			} else {
				owner, err := f.account()
				if err != nil {
					return err
				}
				if w, err = wallet(ctx, c, owner); err != nil {
					return err
				}
			}
			st, err := c.Wallet(ctx, w)
			if err != nil {
				return err
			}
			payouts, err := c.Payouts(ctx, w, nil)
			if err != nil {
				return err
			}
			credited, err := c.Credited(ctx, w)
			if err != nil {
				return err
			}
			miners := map[common.Address]bool{}
			for _, p := range payouts {
				miners[p.Miner] = true
			}
			type out struct {
				Wallet       string `json:"wallet"`
				Owner        string `json:"owner"`
				State        string `json:"state"`
				Balance      string `json:"balance"`
				Frozen       string `json:"frozen"`
				Locked       string `json:"locked"`
				Unclaimed    string `json:"unclaimed"`
				Available    string `json:"available"`
				Credited     string `json:"credited_escrow"`
				TotalPaid    string `json:"total_paid"`
				Payouts      int    `json:"payouts"`
				Miners       int    `json:"miners"`
				RegisteredAt string `json:"registered_at"`
				PayDayAt     string `json:"payday_at"`
				BanAllowedAt string `json:"ban_allowed_at"`
			}
			o := out{w.Hex(), st.Owner.Hex(), st.State.String(), snm.Format(st.Balance), snm.Format(st.Frozen), snm.Format(st.Locked),
				snm.Format(st.Outstanding), snm.Format(st.Available), snm.Format(credited), snm.Format(st.TotalPaid), len(payouts), len(miners),
				fmtTime(st.RegisteredAt), fmtTime(st.PayDayAt), fmtTime(st.BanAllowedAt)}
			return f.output(cmd.OutOrStdout(), o, func(wr io.Writer) {
				t := newTable(wr)
				for _, row := range [][2]string{
					{"wallet", o.Wallet}, {"owner", o.Owner}, {"state", o.State},
					{"balance", snm.String(st.Balance)}, {"frozen", snm.String(st.Frozen)}, {"locked (until PayDay)", snm.String(st.Locked)},
					{"approved, unclaimed", snm.String(st.Outstanding)}, {"free for payouts", snm.String(st.Available)},
					{"escrow credited, not released", snm.String(credited)},
					{"paid in total", fmt.Sprintf("%s in %d payouts to %d miners", snm.String(st.TotalPaid), len(payouts), len(miners))},
					{"registered", o.RegisteredAt}, {"PayDay due", o.PayDayAt},
				} {
					fmt.Fprintf(t, "%s\t%s\n", row[0], row[1])
				}
				if !st.SuspectedAt.IsZero() {
					fmt.Fprintf(t, "suspected\t%s (ban possible from %s)\n", fmtTime(st.SuspectedAt), o.BanAllowedAt)
				}
				t.Flush()
			})
		},
	}
	release := txCmd("release", "Move the escrow that buyers confirmed from the Deals contract into the wallet", 0,
		func(ctx context.Context, c *chain.Client, a *actor, w common.Address, _ []string) (string, error) {
			cr, err := c.Credited(ctx, w)
			if err != nil {
				return "", err
			}
			if cr.Sign() == 0 {
				return "no escrow is waiting for " + w.Hex(), nil
			}
			if _, err := c.Release(ctx, a.opts, w); err != nil {
				return "", err
			}
			return fmt.Sprintf("released %s of escrow into %s", snm.String(cr), w.Hex()), nil
		})
	cmd.AddCommand(create, deposit, register, pay, payday, withdraw, status, release)
	return cmd
}

// actor is an unlocked account.
type actor struct {
	opts *bind.TransactOpts
	key  *ecdsa.PrivateKey
}
