package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

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

	// walletTx is a command that sends transactions from the wallet of the
	// acting account; do parses its arguments and returns the step.
	walletTx := func(use, short string, args cobra.PositionalArgs, parse func(args []string) (walletStep, error)) *cobra.Command {
		return f.command(use, short, args, send, func(args []string) (step, error) {
			do, err := parse(args)
			return func(ctx context.Context, s *session) (result, error) {
				w, err := s.hubWallet(ctx, walletFlag, s.opts.From)
				if err != nil {
					return result{}, err
				}
				return do(ctx, s, w)
			}, err
		})
	}
	noArgs := func(step walletStep) func([]string) (walletStep, error) {
		return func([]string) (walletStep, error) { return step, nil }
	}

	create := &cobra.Command{
		Use:   "create ENDPOINT NAME",
		Short: "Create a hub wallet (listed in the whitelist as unconfirmed)",
		Long:  "Create a hub wallet through the factory. ENDPOINT is where miners and clients reach the hub (a multiaddr or host:port); NAME is shown to them.",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				w, r, err := s.CreateWallet(ctx, s.opts, args[0], args[1])
				if err != nil {
					return result{}, err
				}
				return shown(map[string]any{"wallet": w.Hex(), "tx": r.TxHash.Hex()}, func(out io.Writer) {
					fmt.Fprintf(out, "created hub wallet %s (tx %s)\nnext: deposit SNM with `sonm hub wallet deposit AMOUNT`, then `sonm hub wallet register`\n", w.Hex(), r.TxHash.Hex())
				}), nil
			})
		},
	}

	deposit := walletTx("deposit AMOUNT", "Move SNM from your account into the wallet", cobra.ExactArgs(1), func(args []string) (walletStep, error) {
		amt, err := parseAmount("AMOUNT", args[0])
		return func(ctx context.Context, s *session, w common.Address) (result, error) {
			r, err := s.Deposit(ctx, s.opts, w, amt)
			if err != nil {
				return result{}, err
			}
			return minedSaying(fmt.Sprintf("deposited %s into %s", snm.String(amt), w.Hex()), r), nil
		}, err
	})
	register := walletTx("register", "Register the wallet: freeze the registration amount and start a 30-day payout period", cobra.NoArgs,
		noArgs(func(ctx context.Context, s *session, w common.Address) (result, error) {
			r, err := s.Register(ctx, s.opts, w)
			if err != nil {
				return result{}, err
			}
			st, err := s.Wallet(ctx, w)
			if err != nil {
				return result{}, err
			}
			return minedSaying(fmt.Sprintf("registered %s: %s frozen, PayDay due %s", w.Hex(), snm.String(st.Frozen), fmtTime(st.PayDayAt)), r), nil
		}))
	pay := walletTx("pay MINER=AMOUNT...", "Pay miners in one batch (approves each miner's pay, locks 30%)", cobra.MinimumNArgs(1), func(args []string) (walletStep, error) {
		var miners []common.Address
		var amounts []*big.Int
		total := new(big.Int)
		for _, a := range args {
			m, v, ok := strings.Cut(a, "=")
			if !ok {
				return nil, fmt.Errorf("%q: write each payout as MINER=AMOUNT, e.g. 0xabc...=12.5", a)
			}
			addr, amt, err := parseAddressAmount("MINER", []string{m, v})
			if err != nil {
				return nil, err
			}
			miners, amounts = append(miners, addr), append(amounts, amt)
			total.Add(total, amt)
		}
		return func(ctx context.Context, s *session, w common.Address) (result, error) {
			// Escrow confirmed to this wallet waits in the Deals contract: bring it in first.
			if cr, err := s.Credited(ctx, w); err == nil && cr.Sign() > 0 {
				if _, err := s.Release(ctx, s.opts, w); err != nil {
					return result{}, err
				}
			}
			return mined(fmt.Sprintf("paid %d miner(s) %s in total from %s", len(miners), snm.String(total), w.Hex()))(s.PayMany(ctx, s.opts, w, miners, amounts))
		}, nil
	})
	payday := walletTx("payday", "Run PayDay after the payout period: DAO fee paid, funds unlocked, wallet Idle", cobra.NoArgs,
		noArgs(func(ctx context.Context, s *session, w common.Address) (result, error) {
			before, err := s.Wallet(ctx, w)
			if err != nil {
				return result{}, err
			}
			r, err := s.PayDay(ctx, s.opts, w)
			if err != nil {
				return result{}, err
			}
			after, err := s.Wallet(ctx, w)
			if err != nil {
				return result{}, err
			}
			fee := new(big.Int).Sub(before.Balance, after.Balance)
			return minedSaying(fmt.Sprintf("PayDay done: %s paid to the DAO, %s unlocked; the wallet is %s", snm.String(fee),
				snm.String(new(big.Int).Sub(new(big.Int).Add(before.Locked, before.Frozen), fee)), after.State), r), nil
		}))
	withdraw := walletTx("withdraw AMOUNT|all [TO]", "Withdraw free funds of a Created or Idle wallet (default to yourself)", cobra.RangeArgs(1, 2), func(args []string) (walletStep, error) {
		var to common.Address
		var amt *big.Int
		var err error
		if len(args) == 2 {
			if to, err = parseAddress("TO", args[1]); err != nil {
				return nil, err
			}
		}
		if args[0] != "all" {
			if amt, err = parseAmount("AMOUNT", args[0]); err != nil {
				return nil, err
			}
		}
		return func(ctx context.Context, s *session, w common.Address) (result, error) {
			if len(args) == 1 {
				to = s.opts.From
			}
			if amt == nil {
				st, err := s.Wallet(ctx, w)
				if err != nil {
					return result{}, err
				}
				if amt = st.Available; amt.Sign() == 0 {
					return result{}, fmt.Errorf("nothing to withdraw: %s has no free funds (it is %s)", w.Hex(), st.State)
				}
			}
			return mined(fmt.Sprintf("withdrew %s to %s", snm.String(amt), to.Hex()))(s.Withdraw(ctx, s.opts, w, to, amt))
		}, nil
	})

	status := f.command("status [WALLET]", "Show a hub wallet: state, funds, payouts, PayDay", cobra.MaximumNArgs(1), readOnly,
		func(args []string) (step, error) {
			w, given, err := optionalAddress("WALLET", args)
			return func(ctx context.Context, s *session) (result, error) {
				if !given {
					owner, err := f.account()
					if err != nil {
						return result{}, err
					}
					if w, err = s.hubWallet(ctx, walletFlag, owner); err != nil {
						return result{}, err
					}
				}
				return walletStatus(ctx, s.Client, w)
			}, err
		})
	release := walletTx("release", "Move the escrow that buyers confirmed from the Deals contract into the wallet", cobra.NoArgs,
		noArgs(func(ctx context.Context, s *session, w common.Address) (result, error) {
			cr, err := s.Credited(ctx, w)
			if err != nil {
				return result{}, err
			}
			if cr.Sign() == 0 {
				return said("no escrow is waiting for " + w.Hex()), nil
			}
			r, err := s.Release(ctx, s.opts, w)
			if err != nil {
				return result{}, err
			}
			return minedSaying(fmt.Sprintf("released %s of escrow into %s", snm.String(cr), w.Hex()), r), nil
		}))
	cmd.AddCommand(create, deposit, register, pay, payday, withdraw, status, release)
	return cmd
}

// walletStep is the body of a command on the acting account's hub wallet w.
type walletStep func(ctx context.Context, s *session, w common.Address) (result, error)

// walletStatus reads what `hub wallet status` shows.
func walletStatus(ctx context.Context, c *chain.Client, w common.Address) (result, error) {
	st, err := c.Wallet(ctx, w)
	if err != nil {
		return result{}, err
	}
	payouts, err := c.Payouts(ctx, w, nil)
	if err != nil {
		return result{}, err
	}
	credited, err := c.Credited(ctx, w)
	if err != nil {
		return result{}, err
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
		RegisteredAt string `json:"registered_at,omitempty"`
		PayDayAt     string `json:"payday_at,omitempty"`
		SuspectedAt  string `json:"suspected_at,omitempty"`
		BanAllowedAt string `json:"ban_allowed_at,omitempty"`
	}
	o := out{w.Hex(), st.Owner.Hex(), st.State.String(), snm.Format(st.Balance), snm.Format(st.Frozen), snm.Format(st.Locked),
		snm.Format(st.Outstanding), snm.Format(st.Available), snm.Format(credited), snm.Format(st.TotalPaid), len(payouts), len(miners),
		rfc3339(st.RegisteredAt), rfc3339(st.PayDayAt), rfc3339(st.SuspectedAt), rfc3339(st.BanAllowedAt)}
	return shown(o, func(wr io.Writer) {
		rows := [][2]string{
			{"wallet", o.Wallet}, {"owner", o.Owner}, {"state", o.State},
			{"balance", snm.String(st.Balance)}, {"frozen", snm.String(st.Frozen)}, {"locked (until PayDay)", snm.String(st.Locked)},
			{"approved, unclaimed", snm.String(st.Outstanding)}, {"free for payouts", snm.String(st.Available)},
			{"escrow credited, not released", snm.String(credited)},
			{"paid in total", fmt.Sprintf("%s in %d payouts to %d miners", snm.String(st.TotalPaid), len(payouts), len(miners))},
			{"registered", fmtTime(st.RegisteredAt)}, {"PayDay due", fmtTime(st.PayDayAt)},
		}
		if !st.SuspectedAt.IsZero() {
			rows = append(rows, [2]string{"suspected", fmt.Sprintf("%s (ban possible from %s)", fmtTime(st.SuspectedAt), fmtTime(st.BanAllowedAt))})
		}
		printRows(wr, rows)
	}), nil
}
