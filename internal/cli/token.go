package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

func newTokenCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "token",
		Short: "SNM token: balances, transfers, approvals, DAO vote delegation",
	}
	f.register(cmd.PersistentFlags())

	balance := &cobra.Command{
		Use:   "balance [ADDRESS]",
		Short: "Show the SNM and ETH balance of an address (default: --from or the keystore's first account)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			who, err := f.addressOr(args, "address")
			if err != nil {
				return err
			}
			return f.read(cmd, func(ctx context.Context, s *session) (result, error) {
				bal, err := s.Balance(ctx, who)
				if err != nil {
					return result{}, err
				}
				eth, err := s.Backend().BalanceAt(ctx, who)
				if err != nil {
					return result{}, err
				}
				votes, err := s.Votes(ctx, who)
				if err != nil {
					return result{}, err
				}
				type out struct {
					Address  string `json:"address"`
					SNM      string `json:"snm"`
					SNMWei   string `json:"snm_wei"`
					ETHWei   string `json:"eth_wei"`
					VotesSNM string `json:"votes_snm"`
				}
				return shown(out{who.Hex(), snm.Format(bal), bal.String(), eth.String(), snm.Format(votes)}, func(w io.Writer) {
					fmt.Fprintf(w, "%s\n  SNM:   %s\n  ETH:   %s (for gas)\n  votes: %s\n", who.Hex(), snm.String(bal), snm.Format(eth), snm.String(votes))
				}), nil
			})
		},
	}

	transfer := addressAmountTx(f, "transfer TO AMOUNT", "Send SNM (AMOUNT in SNM, e.g. 12.5)", "sent %s to %s", (*chain.Client).Transfer)
	approve := addressAmountTx(f, "approve SPENDER AMOUNT", "Let SPENDER pull up to AMOUNT SNM from your account", "approved %s to %s", (*chain.Client).Approve)
	delegate := f.command("delegate [ADDRESS]", "Give your SNM voting power to ADDRESS (default: yourself, which you need to vote)", cobra.MaximumNArgs(1), send,
		func(args []string) (step, error) {
			to, given, err := optionalAddress("ADDRESS", args)
			return func(ctx context.Context, s *session) (result, error) {
				if !given {
					to = s.opts.From
				}
				return mined("votes delegated to " + to.Hex())(s.Delegate(ctx, s.opts, to))
			}, err
		})
	cmd.AddCommand(balance, transfer, approve, delegate)
	return cmd
}

// addressAmountTx is a command whose arguments are an address and an amount
// of SNM (named in use: "transfer TO AMOUNT"), and which sends one
// transaction; done is a format for the amount and the address.
func addressAmountTx(f *chainFlags, use, short, done string, call func(*chain.Client, context.Context, *bind.TransactOpts, common.Address, *big.Int) (*types.Receipt, error)) *cobra.Command {
	what := strings.Fields(use)[1]
	return f.command(use, short, cobra.ExactArgs(2), send, func(args []string) (step, error) {
		to, amt, err := parseAddressAmount(what, args)
		return func(ctx context.Context, s *session) (result, error) {
			return mined(fmt.Sprintf(done, snm.String(amt), to.Hex()))(call(s.Client, ctx, s.opts, to, amt))
		}, err
	})
}
