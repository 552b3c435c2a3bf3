package cli

import (
	"context"
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
		qf        quoteFlags
		priceFlag string
		deadline  time.Duration
	)
	quote := &cobra.Command{
		Use:   "quote",
		Short: "As a hub owner: sign a quote for a buyer (written as JSON)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			price, err := parseAmount("--price", priceFlag)
			if err != nil {
				return err
			}
			buyer, spec, err := qf.parse()
			if err != nil {
				return err
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				w, now, err := qf.start(ctx, s)
				if err != nil {
					return result{}, err
				}
				lane, seq, err := s.FreeLane(ctx, buyer)
				if err != nil {
					return result{}, err
				}
				q := chain.Quote{Wallet: w, Buyer: buyer, SpecHash: spec, Price: price,
					Deadline: uint64(now.Add(deadline).Unix()), Expiry: uint64(now.Add(qf.expiry).Unix()), Lane: lane, Seq: seq}
				sig, err := s.SignQuote(q, s.key)
				if err != nil {
					return result{}, err
				}
				return writeQuote(qf.out, signedQuote{q, sig, q.ID()}, fmt.Sprintf("quote for %s written to %s: %s, deadline %s, valid until %s", buyer.Hex(), qf.out,
					snm.String(price), fmtTime(time.Unix(int64(q.Deadline), 0)), fmtTime(time.Unix(int64(q.Expiry), 0))))
			})
		},
	}
	qf.register(quote, "task")
	quote.Flags().StringVar(&priceFlag, "price", "", "price in SNM (required)")
	quote.Flags().DurationVar(&deadline, "deadline", 24*time.Hour, "result due this long after now (chain time)")
	_ = quote.MarkFlagRequired("price")

	var permit bool
	open := &cobra.Command{
		Use:   "open QUOTE.json",
		Short: "As a buyer: open the deal of a signed quote, depositing its price in escrow",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var sq signedQuote
			if err := readQuote(args[0], &sq); err != nil {
				return err
			}
			if sq.Quote.Price == nil {
				return fmt.Errorf("%s has no price: is it a quote from `sonm deal quote`?", args[0])
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				var d chain.Deal
				var r *types.Receipt
				var err error
				if permit {
					d, r, err = s.OpenDealWithPermit(ctx, s.opts, s.key, sq.Quote, sq.Signature)
				} else {
					d, r, err = s.OpenDeal(ctx, s.opts, sq.Quote, sq.Signature)
				}
				if err != nil {
					return result{}, err
				}
				return shown(viewDeal(d), func(w io.Writer) {
					fmt.Fprintf(w, "deal %s opened: %s in escrow for hub wallet %s (tx %s)\n", d.ID.Hex(), snm.String(d.Amount), d.Wallet.Hex(), r.TxHash.Hex())
				}), nil
			})
		},
	}
	open.Flags().BoolVar(&permit, "permit", false, "sign an EIP-2612 permit instead of sending an approve first (one transaction)")

	commit := hashArgTx(f, "commit DEAL RESULT", "As the hub: commit the result (a 0x hash, or a file whose sha256 is committed)", "result committed",
		hashFileOrHex, (*chain.Client).CommitResult)
	confirm := f.hashTx("confirm DEAL", "As the buyer: accept the result; the escrow goes to the hub wallet", "deal confirmed", (*chain.Client).ConfirmDeal)
	refund := f.hashTx("refund DEAL", "As the buyer: take the escrow back after a missed deadline", "escrow refunded", (*chain.Client).RefundDeal)
	claim := f.hashTx("claim DEAL", "As the hub: take the escrow after the dispute window", "escrow claimed", (*chain.Client).ClaimDeal)
	dispute := f.hashTx("dispute DEAL", "As the buyer: dispute a committed result within the window; the DAO decides", "deal disputed", (*chain.Client).DisputeDeal)
	status := f.command("status DEAL", "Show a deal", cobra.ExactArgs(1), readOnly, func(args []string) (step, error) {
		id, err := parseHash("DEAL", args[0])
		return func(ctx context.Context, s *session) (result, error) {
			return view(func(w io.Writer, v dealView) {
				d := v.Deal
				rows := [][2]string{
					{"deal", d.ID.Hex()}, {"status", d.StatusName}, {"escrow", snm.String(d.Amount)},
					{"buyer", d.Buyer.Hex()}, {"hub wallet", d.Wallet.Hex()}, {"hub", d.Hub.Hex()},
					{"spec hash", d.SpecHash.Hex()}, {"deadline", fmtTime(time.Unix(int64(d.Deadline), 0))},
				}
				if d.CommittedAt != 0 {
					rows = append(rows, [2]string{"result hash", d.ResultHash.Hex()}, [2]string{"committed", fmtTime(time.Unix(int64(d.CommittedAt), 0))})
				}
				printRows(w, rows)
			})(s.dealView(ctx, id))
		}, err
	})
	cmd.AddCommand(quote, open, commit, confirm, refund, claim, dispute, status, newStreamCmd(f))
	return cmd
}

// dealView is a deal as --json prints it: times in RFC 3339.
type dealView struct {
	chain.Deal
	Deadline    string `json:"deadline"`
	CommittedAt string `json:"committed_at,omitempty"`
}

func (s *session) dealView(ctx context.Context, id common.Hash) (dealView, error) {
	d, err := s.Deal(ctx, id)
	return viewDeal(d), err
}

func viewDeal(d chain.Deal) dealView {
	return dealView{d, unixRFC3339(d.Deadline), unixRFC3339(d.CommittedAt)}
}

// quoteFlags are the flags of the commands that sign a quote.
type quoteFlags struct {
	wallet, buyer, spec, out string
	expiry                   time.Duration
}

func (f *quoteFlags) register(cmd *cobra.Command, spec string) {
	cmd.Flags().StringVar(&f.wallet, "wallet", "", "hub wallet (default: the newest of --from)")
	cmd.Flags().StringVar(&f.buyer, "buyer", "", "the buyer's address (required)")
	cmd.Flags().StringVar(&f.spec, "spec", "", spec+" spec file (its sha256 is signed) or a 0x hash (required)")
	cmd.Flags().DurationVar(&f.expiry, "expiry", time.Hour, "the quote is valid this long")
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "write the quote to FILE (default: stdout)")
	for _, n := range []string{"buyer", "spec"} {
		_ = cmd.MarkFlagRequired(n)
	}
}

// parse reads --buyer and --spec.
func (f *quoteFlags) parse() (buyer common.Address, spec common.Hash, err error) {
	if buyer, err = parseAddress("--buyer", f.buyer); err != nil {
		return
	}
	spec, err = hashFileOrHex("--spec", f.spec)
	return
}

// start finds the hub wallet a quote is for, and the chain's time now.
func (f *quoteFlags) start(ctx context.Context, s *session) (common.Address, time.Time, error) {
	w, err := s.hubWallet(ctx, f.wallet, s.opts.From)
	if err != nil {
		return common.Address{}, time.Time{}, err
	}
	now, err := s.Backend().Now(ctx)
	return w, now, err
}

// writeQuote prints a signed quote as JSON, or writes it to the file out and
// prints summary.
func writeQuote(out string, v any, summary string) (result, error) {
	if out == "" || out == "-" {
		return shown(v, func(w io.Writer) {
			b, _ := json.MarshalIndent(v, "", "  ")
			fmt.Fprintln(w, string(b))
		}), nil
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return result{}, err
	}
	if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
		return result{}, fmt.Errorf("write the quote: %w", err)
	}
	return shown(map[string]string{"quote_file": out}, func(w io.Writer) { fmt.Fprintln(w, summary) }), nil
}

// readQuote reads a quote file written by writeQuote into v.
func readQuote(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s is not a quote file: %w", path, err)
	}
	return nil
}
