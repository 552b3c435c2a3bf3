package cli

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// signedStreamQuote is the file a hub hands to a buyer for a stream.
type signedStreamQuote struct {
	Quote     chain.StreamQuote `json:"quote"`
	Signature hexutil.Bytes     `json:"signature"`
	StreamID  common.Hash       `json:"stream_id"`
}

// streamView is a stream as `status` and `open` print it.
type streamView struct {
	chain.Stream
	Owed string `json:"owed"` // SNM the hub may bill now
}

func newStreamCmd(f *chainFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "stream",
		Short: "Pay-as-you-go service deals: quote, open, top-up, bill, close, status",
		Long: `A stream pays a hub by the second for a long-running service. The hub signs a
stream quote (a rate per second) for a buyer (sonm deal stream quote); the
buyer opens the stream with a deposit (sonm deal stream open) and may top it
up; the hub bills what is due whenever it likes (sonm deal stream bill: the
amount is credited to its wallet, release it with sonm hub wallet release);
either side closes it: what is due goes to the hub, the rest back to the
buyer. A stream whose deposit runs out closes at the next bill.`,
	}

	var walletFlag, buyerFlag, specFlag, rateFlag, outFlag string
	var expiry time.Duration
	quote := &cobra.Command{
		Use:   "quote",
		Short: "As a hub owner: sign a stream quote for a buyer (written as JSON)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			buyer, err := parseAddress("--buyer", buyerFlag)
			if err != nil {
				return err
			}
			rate, err := parseAmount("--per-second", rateFlag)
			if err != nil {
				return err
			}
			if rate.Sign() <= 0 {
				return fmt.Errorf("--per-second: the rate must be above zero, got %s", rateFlag)
			}
			spec, err := hashFileOrHex("--spec", specFlag)
			if err != nil {
				return err
			}
			nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
			if err != nil {
				return fmt.Errorf("stream quote nonce: %w", err)
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
			q := chain.StreamQuote{Wallet: w, Buyer: buyer, SpecHash: spec, RatePerSecond: rate,
				Expiry: uint64(now.Add(expiry).Unix()), Nonce: nonce}
			id := c.StreamQuoteDigest(q)
			sig, err := chain.SignDigest(id, key)
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(signedStreamQuote{q, sig, id}, "", "  ")
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
			fmt.Fprintf(cmd.OutOrStdout(), "stream quote for %s written to %s: %s per second, valid until %s\n", buyer.Hex(), outFlag,
				snm.String(rate), fmtTime(time.Unix(int64(q.Expiry), 0)))
			return nil
		},
	}
	quote.Flags().StringVar(&walletFlag, "wallet", "", "hub wallet (default: the newest of --from)")
	quote.Flags().StringVar(&buyerFlag, "buyer", "", "the buyer's address (required)")
	quote.Flags().StringVar(&specFlag, "spec", "", "service spec file (its sha256 is signed) or a 0x hash (required)")
	quote.Flags().StringVar(&rateFlag, "per-second", "", "rate in SNM per second (required)")
	quote.Flags().DurationVar(&expiry, "expiry", time.Hour, "the quote is valid this long")
	quote.Flags().StringVarP(&outFlag, "out", "o", "", "write the quote to FILE (default: stdout)")
	for _, n := range []string{"buyer", "spec", "per-second"} {
		_ = quote.MarkFlagRequired(n)
	}

	show := func(cmd *cobra.Command, c *chain.Client, id common.Hash, headline string) error {
		s, err := c.StreamState(cmd.Context(), id)
		if err != nil {
			return err
		}
		now, err := c.Backend().Now(cmd.Context())
		if err != nil {
			return err
		}
		owed := new(big.Int)
		if s.Open && uint64(now.Unix()) > s.SettledAt {
			owed.Mul(new(big.Int).SetUint64(uint64(now.Unix())-s.SettledAt), s.RatePerSecond)
			if owed.Cmp(s.Balance) > 0 {
				owed.Set(s.Balance)
			}
		}
		return f.output(cmd.OutOrStdout(), streamView{s, snm.Format(owed)}, func(w io.Writer) {
			if headline != "" {
				fmt.Fprintln(w, headline)
			}
			state := "closed"
			if s.Open {
				state = "open"
			}
			left := "-"
			if s.Open && s.RatePerSecond.Sign() > 0 {
				rest := new(big.Int).Sub(s.Balance, owed)
				left = (time.Duration(new(big.Int).Quo(rest, s.RatePerSecond).Int64()) * time.Second).String()
			}
			t := newTable(w)
			for _, r := range [][2]string{
				{"stream", s.ID.Hex()}, {"state", state}, {"rate", snm.String(s.RatePerSecond) + " per second"},
				{"balance", snm.String(s.Balance)}, {"owed now", snm.String(owed)}, {"funds last", left},
				{"buyer", s.Buyer.Hex()}, {"hub wallet", s.Wallet.Hex()}, {"hub", s.Hub.Hex()},
				{"spec hash", s.SpecHash.Hex()}, {"settled", fmtTime(time.Unix(int64(s.SettledAt), 0))},
			} {
				fmt.Fprintf(t, "%s\t%s\n", r[0], r[1])
			}
			t.Flush()
		})
	}

	var depositFlag string
	open := &cobra.Command{
		Use:   "open QUOTE.json",
		Short: "As a buyer: open the stream of a signed stream quote with a deposit",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			var sq signedStreamQuote
			if err := json.Unmarshal(b, &sq); err != nil {
				return fmt.Errorf("%s is not a stream quote file: %w", args[0], err)
			}
			if sq.Quote.RatePerSecond == nil || sq.Quote.Nonce == nil {
				return fmt.Errorf("%s has no rate: is it a quote from `sonm deal stream quote`?", args[0])
			}
			deposit, err := parseAmount("--deposit", depositFlag)
			if err != nil {
				return err
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			id, err := c.OpenStream(cmd.Context(), opts, sq.Quote, sq.Signature, deposit)
			if err != nil {
				return err
			}
			return show(cmd, c, id, fmt.Sprintf("stream %s opened with %s", id.Hex(), snm.String(deposit)))
		},
	}
	open.Flags().StringVar(&depositFlag, "deposit", "", "SNM to deposit (required)")
	_ = open.MarkFlagRequired("deposit")

	// tx is a command that signs one transaction about a stream.
	tx := func(use, short, done string, nargs int, fn func(cmd *cobra.Command, c *chain.Client, opts *bind.TransactOpts, id common.Hash, args []string) (*types.Receipt, error)) *cobra.Command {
		return &cobra.Command{
			Use: use, Short: short, Args: cobra.ExactArgs(nargs),
			RunE: func(cmd *cobra.Command, args []string) error {
				id, err := parseHash("STREAM", args[0])
				if err != nil {
					return err
				}
				c, closeFn, err := f.connect(cmd.Context())
				if err != nil {
					return err
				}
				defer closeFn()
				opts, _, err := f.signer(cmd, c)
				if err != nil {
					return err
				}
				r, err := fn(cmd, c, opts, id, args)
				if err != nil {
					return err
				}
				return f.printTx(cmd.OutOrStdout(), done, r)
			},
		}
	}
	topUp := tx("top-up STREAM AMOUNT", "Add SNM to an open stream (anyone may; refunds go to its buyer)", "stream topped up", 2,
		func(cmd *cobra.Command, c *chain.Client, opts *bind.TransactOpts, id common.Hash, args []string) (*types.Receipt, error) {
			amount, err := parseAmount("AMOUNT", args[1])
			if err != nil {
				return nil, err
			}
			return c.TopUp(cmd.Context(), opts, id, amount)
		})
	bill := tx("bill STREAM", "As the hub: take what the stream owes now (credited to the hub wallet)", "stream billed", 1,
		func(cmd *cobra.Command, c *chain.Client, opts *bind.TransactOpts, id common.Hash, _ []string) (*types.Receipt, error) {
			return c.Bill(cmd.Context(), opts, id)
		})
	closeCmd := tx("close STREAM", "As the buyer or the hub: close a stream; what is due goes to the hub, the rest to the buyer", "stream closed", 1,
		func(cmd *cobra.Command, c *chain.Client, opts *bind.TransactOpts, id common.Hash, _ []string) (*types.Receipt, error) {
			return c.CloseStream(cmd.Context(), opts, id)
		})
	status := &cobra.Command{
		Use:   "status STREAM",
		Short: "Show a stream: balance, what is owed now, how long the funds last",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHash("STREAM", args[0])
			if err != nil {
				return err
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			return show(cmd, c, id, "")
		},
	}
	cmd.AddCommand(quote, open, topUp, bill, closeCmd, status)
	return cmd
}
