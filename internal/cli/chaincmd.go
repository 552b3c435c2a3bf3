package cli

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
)

// A chain command is its arguments and one call: it parses its arguments
// (so that bad input fails before anything is dialled), then hands the rest
// to read or send, which connect, unlock the acting account when a
// transaction is sent, run the step and print its result (JSON with --json).

// session is what one chain command works with: the contracts and, for a
// command that sends transactions, the unlocked acting account.
type session struct {
	*chain.Client
	f    *chainFlags
	cmd  *cobra.Command
	opts *bind.TransactOpts // nil until unlock
	key  *ecdsa.PrivateKey
}

// unlock unlocks the acting account (--from) for a step that checks what it
// can on chain before it asks for the passphrase.
func (s *session) unlock() error {
	var err error
	s.opts, s.key, err = s.f.signer(s.cmd, s.Client)
	return err
}

// result is what a chain command prints: v as JSON with --json, else text.
type result struct {
	v    any
	text func(w io.Writer)
}

// shown prints v as JSON with --json, else text.
func shown(v any, text func(w io.Writer)) result { return result{v, text} }

// view prints what a read returned: return view(text)(c.Hub(...)).
func view[T any](text func(w io.Writer, v T)) func(T, error) (result, error) {
	return func(v T, err error) (result, error) {
		if err != nil {
			return result{}, err
		}
		return result{v, func(w io.Writer) { text(w, v) }}, nil
	}
}

// said prints msg as a line, or {"message": msg} with --json.
func said(msg string) result {
	return result{map[string]string{"message": msg}, func(w io.Writer) { fmt.Fprintln(w, msg) }}
}

// mined prints what a sent transaction did, with its hash, block and gas:
// return mined("sent")(c.Transfer(...)).
func mined(what string) func(*types.Receipt, error) (result, error) {
	return func(r *types.Receipt, err error) (result, error) {
		if err != nil {
			return result{}, err
		}
		return result{receiptOf(r), func(w io.Writer) {
			fmt.Fprintf(w, "%s (tx %s, block %d, gas %d)\n", what, r.TxHash.Hex(), r.BlockNumber.Uint64(), r.GasUsed)
		}}, nil
	}
}

// minedSaying prints msg as it is, and with --json the transaction with msg.
func minedSaying(msg string, r *types.Receipt) result {
	return result{txMessage{receiptOf(r), msg}, func(w io.Writer) { fmt.Fprintln(w, msg) }}
}

func receiptOf(r *types.Receipt) txResult {
	return txResult{Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
}

// txResult is what a transaction command prints with --json.
type txResult struct {
	Tx      string `json:"tx"`
	Block   uint64 `json:"block"`
	GasUsed uint64 `json:"gas_used"`
}

type txMessage struct {
	txResult
	Message string `json:"message"`
}

// step is the body of a chain command.
type step func(ctx context.Context, s *session) (result, error)

// read connects, runs a read-only step and prints its result.
func (f *chainFlags) read(cmd *cobra.Command, do step) error { return f.run(cmd, false, do) }

// send connects, unlocks the acting account (--from), runs a step that sends
// transactions and prints its result.
func (f *chainFlags) send(cmd *cobra.Command, do step) error { return f.run(cmd, true, do) }

func (f *chainFlags) run(cmd *cobra.Command, sign bool, do step) error {
	ctx := cmd.Context()
	c, done, err := f.connect(ctx)
	if err != nil {
		return err
	}
	defer done()
	s := &session{Client: c, f: f, cmd: cmd}
	if sign {
		if err := s.unlock(); err != nil {
			return err
		}
	}
	r, err := do(ctx, s)
	if err != nil {
		return err
	}
	return f.output(cmd.OutOrStdout(), r.v, r.text)
}

// addressOr parses the optional address argument; without it, the acting
// account (--from or the keystore's first), which is not unlocked.
func (f *chainFlags) addressOr(args []string, what string) (common.Address, error) {
	if a, given, err := optionalAddress(what, args); given {
		return a, err
	}
	return f.account()
}

// optionalAddress parses the optional address argument; given is false
// without it.
func optionalAddress(what string, args []string) (a common.Address, given bool, err error) {
	if len(args) == 0 {
		return common.Address{}, false, nil
	}
	a, err = parseAddress(what, args[0])
	return a, true, err
}

// parseAddressAmount parses the arguments ADDRESS AMOUNT (in SNM).
func parseAddressAmount(what string, args []string) (common.Address, *big.Int, error) {
	a, err := parseAddress(what, args[0])
	if err != nil {
		return common.Address{}, nil, err
	}
	v, err := parseAmount("AMOUNT", args[1])
	return a, v, err
}

// Whether a command's step sends transactions: with send the acting account
// is unlocked before the step runs.
const (
	readOnly = false
	send     = true
)

// command is a chain command: parse checks its arguments, before anything
// is dialled, and returns the step that run then connects for.
func (f *chainFlags) command(use, short string, args cobra.PositionalArgs, sign bool, parse func(args []string) (step, error)) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Args: args,
		RunE: func(cmd *cobra.Command, args []string) error {
			do, err := parse(args)
			if err != nil {
				return err
			}
			return f.run(cmd, sign, do)
		},
	}
}

// hashTx is a command whose one argument (named in use: "confirm DEAL") is
// a deal or stream id, and which sends one transaction about it.
func (f *chainFlags) hashTx(use, short, done string, call func(*chain.Client, context.Context, *bind.TransactOpts, common.Hash) (*types.Receipt, error)) *cobra.Command {
	return hashArgTx(f, use, short, done, nil, func(c *chain.Client, ctx context.Context, opts *bind.TransactOpts, id common.Hash, _ struct{}) (*types.Receipt, error) {
		return call(c, ctx, opts, id)
	})
}

// hashArgTx is hashTx with a second argument, read by parse (nil: none).
func hashArgTx[T any](f *chainFlags, use, short, done string, parse func(what, s string) (T, error),
	call func(*chain.Client, context.Context, *bind.TransactOpts, common.Hash, T) (*types.Receipt, error)) *cobra.Command {
	names := strings.Fields(use)[1:]
	return f.command(use, short, cobra.ExactArgs(len(names)), send, func(args []string) (step, error) {
		id, err := parseHash(names[0], args[0])
		var arg T
		if err == nil && parse != nil {
			arg, err = parse(names[1], args[1])
		}
		return func(ctx context.Context, s *session) (result, error) {
			return mined(done)(call(s.Client, ctx, s.opts, id, arg))
		}, err
	})
}

// hubWallet is the wallet given as flag (--wallet), else the newest wallet
// owner created.
func (s *session) hubWallet(ctx context.Context, flag string, owner common.Address) (common.Address, error) {
	if flag != "" {
		return parseAddress("--wallet", flag)
	}
	ws, err := s.WalletsOf(ctx, owner)
	if err != nil {
		return common.Address{}, err
	}
	if len(ws) == 0 {
		return common.Address{}, fmt.Errorf("%s has no hub wallet: create one with `sonm hub wallet create` or pass --wallet", owner.Hex())
	}
	return ws[len(ws)-1], nil
}

// unixRFC3339 is a chain time (unix seconds) as --json prints it; "" for 0.
func unixRFC3339(sec uint64) string {
	if sec == 0 {
		return ""
	}
	return time.Unix(int64(sec), 0).UTC().Format(time.RFC3339)
}

// rfc3339 is a time as --json prints it; "" for the zero time.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
