package cli

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// signedQuote is the file a hub hands to a buyer.
type signedQuote struct {
	Quote     chain.Quote   `json:"quote"`
	Signature hexutil.Bytes `json:"signature"`
	DealID    common.Hash   `json:"deal_id"`
}

// hashFileOrHex reads a 0x hash, or hashes a file's bytes with sha256.
func hashFileOrHex(what, s string) (common.Hash, error) {
	if len(s) == 66 && s[:2] == "0x" {
		return parseHash(what, s)
	}
	b, err := os.ReadFile(s)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%s: %q is neither a 0x hash nor a readable file: %w", what, s, err)
	}
	return sha256.Sum256(b), nil
}

func newDealCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "deal",
		Short: "Buyers' escrow on chain: quote, open, commit, confirm, refund, claim; pay-as-you-go streams",
		Long: `A batch deal: the hub signs a quote for a buyer (sonm deal quote), the buyer
opens the deal with it, depositing the price in escrow (sonm deal open); the hub
commits the result hash (sonm deal commit); the buyer confirms and the escrow
goes to the hub's wallet (sonm deal confirm). No result by the deadline: the
buyer takes a refund. Result committed and the buyer silent past the dispute
window (3 days): the hub claims.`,
	}
	f.register(cmd.PersistentFlags())

	var (
		walletFlag, buyerFlag, specFlag, priceFlag, outFlag string
		deadline, expiry                                    time.Duration
	)
	quote := &cobra.Command{
		Use:   "quote",
		Short: "As a hub owner: sign a quote for a buyer (written as JSON)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			buyer, err := parseAddress("--buyer", buyerFlag)
			if err != nil {
				return err
			}
			price, err := parseAmount("--price", priceFlag)
			if err != nil {
				return err
			}
			spec, err := hashFileOrHex("--spec", specFlag)
			if err != nil {
				return err
			}
			c, done, err := f.connect(ctx)
			if err != nil {
				return err
			}
			defer done()
			opts, key, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			var w common.Address
			if walletFlag != "" {
				if w, err = parseAddress("--wallet", walletFlag); err != nil {
					return err
				}
			} else {
				ws, err := c.WalletsOf(ctx, opts.From)
				if err != nil {
					return err
				}
				if len(ws) == 0 {
					return fmt.Errorf("%s has no hub wallet: pass --wallet", opts.From.Hex())
				}
				w = ws[len(ws)-1]
			}
			now, err := c.Backend().Now(ctx)
			if err != nil {
				return err
			}
			lane, seq, err := c.FreeLane(ctx, buyer)
			if err != nil {
				return err
			}
			q := chain.Quote{Wallet: w, Buyer: buyer, SpecHash: spec, Price: price,
				Deadline: uint64(now.Add(deadline).Unix()), Expiry: uint64(now.Add(expiry).Unix()), Lane: lane, Seq: seq}
			sig, err := c.SignQuote(q, key)
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(signedQuote{q, sig, q.ID()}, "", "  ")
			if err != nil {
				return err
			}
			if outFlag == "" || outFlag == "-" {
				_, err = fmt.Fprintln(cmd.OutOrStdout(), string(b))
				return err
			}
			if err := os.WriteFile(outFlag, append(b, '\n'), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "quote for %s written to %s: %s, deadline %s, valid until %s\n", buyer.Hex(), outFlag,
				snm.String(price), fmtTime(time.Unix(int64(q.Deadline), 0)), fmtTime(time.Unix(int64(q.Expiry), 0)))
			return nil
		},
	}
	quote.Flags().StringVar(&walletFlag, "wallet", "", "hub wallet (default: the newest of --from)")
	quote.Flags().StringVar(&buyerFlag, "buyer", "", "the buyer's address (required)")
	quote.Flags().StringVar(&specFlag, "spec", "", "task spec file (its sha256 is signed) or a 0x hash (required)")
	quote.Flags().StringVar(&priceFlag, "price", "", "price in SNM (required)")
	quote.Flags().DurationVar(&deadline, "deadline", 24*time.Hour, "result due this long after now (chain time)")
	quote.Flags().DurationVar(&expiry, "expiry", time.Hour, "the quote is valid this long")
	quote.Flags().StringVarP(&outFlag, "out", "o", "", "write the quote to FILE (default: stdout)")
	for _, n := range []string{"buyer", "spec", "price"} {
		_ = quote.MarkFlagRequired(n)
	}

	var permit bool
	open := &cobra.Command{
		Use:   "open QUOTE.json",
		Short: "As a buyer: open the deal of a signed quote, depositing its price in escrow",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			var sq signedQuote
			if err := json.Unmarshal(b, &sq); err != nil {
				return fmt.Errorf("%s is not a quote file: %w", args[0], err)
			}
			if sq.Quote.Price == nil {
				return fmt.Errorf("%s has no price: is it a quote from `sonm deal quote`?", args[0])
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			opts, key, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			var d chain.Deal
			var r *types.Receipt
			if permit {
				d, r, err = c.OpenDealWithPermit(cmd.Context(), opts, key, sq.Quote, sq.Signature)
			} else {
				d, r, err = c.OpenDeal(cmd.Context(), opts, sq.Quote, sq.Signature)
			}
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), d, func(w io.Writer) {
				fmt.Fprintf(w, "deal %s opened: %s in escrow for hub wallet %s (tx %s)\n", d.ID.Hex(), snm.String(d.Amount), d.Wallet.Hex(), r.TxHash.Hex())
			})
		},
	}
	open.Flags().BoolVar(&permit, "permit", false, "sign an EIP-2612 permit instead of sending an approve first (one transaction)")

	dealTx := func(use, short, done string, fn func(cmd *cobra.Command, c *chain.Client, args []string) (*types.Receipt, error), nargs int) *cobra.Command {
		return &cobra.Command{
			Use: use, Short: short, Args: cobra.ExactArgs(nargs),
			RunE: func(cmd *cobra.Command, args []string) error {
				c, closeFn, err := f.connect(cmd.Context())
				if err != nil {
					return err
				}
				defer closeFn()
				r, err := fn(cmd, c, args)
				if err != nil {
					return err
				}
				return f.printTx(cmd.OutOrStdout(), done, r)
			},
		}
	}
	withID := func(op func(cmd *cobra.Command, c *chain.Client, id common.Hash, args []string) (*types.Receipt, error)) func(*cobra.Command, *chain.Client, []string) (*types.Receipt, error) {
		return func(cmd *cobra.Command, c *chain.Client, args []string) (*types.Receipt, error) {
			id, err := parseHash("DEAL", args[0])
			if err != nil {
				return nil, err
			}
			return op(cmd, c, id, args)
		}
	}
	commit := dealTx("commit DEAL RESULT", "As the hub: commit the result (a 0x hash, or a file whose sha256 is committed)", "result committed",
		withID(func(cmd *cobra.Command, c *chain.Client, id common.Hash, args []string) (*types.Receipt, error) {
			h, err := hashFileOrHex("RESULT", args[1])
			if err != nil {
				return nil, err
			}
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return nil, err
			}
			return c.CommitResult(cmd.Context(), opts, id, h)
		}), 2)
	simple := func(use, short, done string, op func(c *chain.Client) func(cmd *cobra.Command, id common.Hash) (*types.Receipt, error)) *cobra.Command {
		return dealTx(use, short, done, withID(func(cmd *cobra.Command, c *chain.Client, id common.Hash, _ []string) (*types.Receipt, error) {
			return op(c)(cmd, id)
		}), 1)
	}
	signed := func(fn func(c *chain.Client, cmd *cobra.Command, id common.Hash) (*types.Receipt, error)) func(c *chain.Client) func(cmd *cobra.Command, id common.Hash) (*types.Receipt, error) {
		return func(c *chain.Client) func(cmd *cobra.Command, id common.Hash) (*types.Receipt, error) {
			return func(cmd *cobra.Command, id common.Hash) (*types.Receipt, error) { return fn(c, cmd, id) }
		}
	}
	confirm := simple("confirm DEAL", "As the buyer: accept the result; the escrow goes to the hub wallet", "deal confirmed",
		signed(func(c *chain.Client, cmd *cobra.Command, id common.Hash) (*types.Receipt, error) {
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return nil, err
			}
			return c.ConfirmDeal(cmd.Context(), opts, id)
		}))
	refund := simple("refund DEAL", "As the buyer: take the escrow back after a missed deadline", "escrow refunded",
		signed(func(c *chain.Client, cmd *cobra.Command, id common.Hash) (*types.Receipt, error) {
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return nil, err
			}
			return c.RefundDeal(cmd.Context(), opts, id)
		}))
	claim := simple("claim DEAL", "As the hub: take the escrow after the dispute window", "escrow claimed",
		signed(func(c *chain.Client, cmd *cobra.Command, id common.Hash) (*types.Receipt, error) {
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return nil, err
			}
			return c.ClaimDeal(cmd.Context(), opts, id)
		}))
	dispute := simple("dispute DEAL", "As the buyer: dispute a committed result within the window; the DAO decides", "deal disputed",
		signed(func(c *chain.Client, cmd *cobra.Command, id common.Hash) (*types.Receipt, error) {
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return nil, err
			}
			return c.DisputeDeal(cmd.Context(), opts, id)
		}))
	status := &cobra.Command{
		Use:   "status DEAL",
		Short: "Show a deal",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHash("DEAL", args[0])
			if err != nil {
				return err
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			d, err := c.Deal(cmd.Context(), id)
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), d, func(w io.Writer) {
				t := newTable(w)
				rows := [][2]string{
					{"deal", d.ID.Hex()}, {"status", d.StatusName}, {"escrow", snm.String(d.Amount)},
					{"buyer", d.Buyer.Hex()}, {"hub wallet", d.Wallet.Hex()}, {"hub", d.Hub.Hex()},
					{"spec hash", d.SpecHash.Hex()}, {"deadline", fmtTime(time.Unix(int64(d.Deadline), 0))},
				}
				if d.CommittedAt != 0 {
					rows = append(rows, [2]string{"result hash", d.ResultHash.Hex()}, [2]string{"committed", fmtTime(time.Unix(int64(d.CommittedAt), 0))})
				}
				for _, r := range rows {
					fmt.Fprintf(t, "%s\t%s\n", r[0], r[1])
				}
				t.Flush()
			})
		},
	}
	cmd.AddCommand(quote, open, commit, confirm, refund, claim, dispute, status, newStreamCmd(f))
	return cmd
}
