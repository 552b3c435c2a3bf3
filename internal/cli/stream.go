package cli

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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
	Owed      string `json:"owed"`      // SNM the hub may bill now
	SettledAt string `json:"SettledAt"` // RFC 3339, as every time --json prints
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

	var qf quoteFlags
	var rateFlag string
	quote := &cobra.Command{
		Use:   "quote",
		Short: "As a hub owner: sign a stream quote for a buyer (written as JSON)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rate, err := parseAmount("--per-second", rateFlag)
			if err != nil {
				return err
			}
			if rate.Sign() <= 0 {
				return fmt.Errorf("--per-second: the rate must be above zero, got %s", rateFlag)
			}
			buyer, spec, err := qf.parse()
			if err != nil {
				return err
			}
			nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
			if err != nil {
				return fmt.Errorf("stream quote nonce: %w", err)
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				w, now, err := qf.start(ctx, s)
				if err != nil {
					return result{}, err
				}
				q := chain.StreamQuote{Wallet: w, Buyer: buyer, SpecHash: spec, RatePerSecond: rate,
					Expiry: uint64(now.Add(qf.expiry).Unix()), Nonce: nonce}
				id := s.StreamQuoteDigest(q)
				sig, err := chain.SignDigest(id, s.key)
				if err != nil {
					return result{}, err
				}
				return writeQuote(qf.out, signedStreamQuote{q, sig, id}, fmt.Sprintf("stream quote for %s written to %s: %s per second, valid until %s",
					buyer.Hex(), qf.out, snm.String(rate), fmtTime(time.Unix(int64(q.Expiry), 0))))
			})
		},
	}
	qf.register(quote, "service")
	quote.Flags().StringVar(&rateFlag, "per-second", "", "rate in SNM per second (required)")
	_ = quote.MarkFlagRequired("per-second")

	var depositFlag string
	open := &cobra.Command{
		Use:   "open QUOTE.json",
		Short: "As a buyer: open the stream of a signed stream quote with a deposit",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var sq signedStreamQuote
			if err := readQuote(args[0], &sq); err != nil {
				return err
			}
			if sq.Quote.RatePerSecond == nil || sq.Quote.Nonce == nil {
				return fmt.Errorf("%s has no rate: is it a quote from `sonm deal stream quote`?", args[0])
			}
			deposit, err := parseAmount("--deposit", depositFlag)
			if err != nil {
				return err
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				id, err := s.OpenStream(ctx, s.opts, sq.Quote, sq.Signature, deposit)
				if err != nil {
					return result{}, err
				}
				return showStream(ctx, s.Client, id, fmt.Sprintf("stream %s opened with %s", id.Hex(), snm.String(deposit)))
			})
		},
	}
	open.Flags().StringVar(&depositFlag, "deposit", "", "SNM to deposit (required)")
	_ = open.MarkFlagRequired("deposit")

	topUp := hashArgTx(f, "top-up STREAM AMOUNT", "Add SNM to an open stream (anyone may; refunds go to its buyer)", "stream topped up",
		parseAmount, (*chain.Client).TopUp)
	bill := f.hashTx("bill STREAM", "As the hub: take what the stream owes now (credited to the hub wallet)", "stream billed", (*chain.Client).Bill)
	closeCmd := f.hashTx("close STREAM", "As the buyer or the hub: close a stream; what is due goes to the hub, the rest to the buyer", "stream closed", (*chain.Client).CloseStream)
	status := f.command("status STREAM", "Show a stream: balance, what is owed now, how long the funds last", cobra.ExactArgs(1), readOnly,
		func(args []string) (step, error) {
			id, err := parseHash("STREAM", args[0])
			return func(ctx context.Context, s *session) (result, error) { return showStream(ctx, s.Client, id, "") }, err
		})
	cmd.AddCommand(quote, open, topUp, bill, closeCmd, status)
	return cmd
}

// showStream reads a stream and what it owes at chain time now, under an
// optional headline.
func showStream(ctx context.Context, c *chain.Client, id common.Hash, headline string) (result, error) {
	s, err := c.StreamState(ctx, id)
	if err != nil {
		return result{}, err
	}
	now, err := c.Backend().Now(ctx)
	if err != nil {
		return result{}, err
	}
	owed := new(big.Int)
	if s.Open && uint64(now.Unix()) > s.SettledAt {
		owed.Mul(new(big.Int).SetUint64(uint64(now.Unix())-s.SettledAt), s.RatePerSecond)
		if owed.Cmp(s.Balance) > 0 {
			owed.Set(s.Balance)
		}
	}
	return shown(streamView{s, snm.Format(owed), unixRFC3339(s.SettledAt)}, func(w io.Writer) {
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
		printRows(w, [][2]string{
			{"stream", s.ID.Hex()}, {"state", state}, {"rate", snm.String(s.RatePerSecond) + " per second"},
			{"balance", snm.String(s.Balance)}, {"owed now", snm.String(owed)}, {"funds last", left},
			{"buyer", s.Buyer.Hex()}, {"hub wallet", s.Wallet.Hex()}, {"hub", s.Hub.Hex()},
			{"spec hash", s.SpecHash.Hex()}, {"settled", fmtTime(time.Unix(int64(s.SettledAt), 0))},
		})
	}), nil
}
