package cli

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

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
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			var who common.Address
			if len(args) == 1 {
				if who, err = parseAddress("address", args[0]); err != nil {
					return err
				}
			} else if who, err = f.account(); err != nil {
				return err
			}
			bal, err := c.Balance(cmd.Context(), who)
			if err != nil {
				return err
			}
			eth, err := c.Backend().BalanceAt(cmd.Context(), who)
			if err != nil {
				return err
			}
			votes, err := c.Votes(cmd.Context(), who)
			if err != nil {
				return err
			}
			type out struct {
				Address  string `json:"address"`
				SNM      string `json:"snm"`
				SNMWei   string `json:"snm_wei"`
				ETHWei   string `json:"eth_wei"`
				VotesSNM string `json:"votes_snm"`
			}
			return f.output(cmd.OutOrStdout(), out{who.Hex(), snm.Format(bal), bal.String(), eth.String(), snm.Format(votes)}, func(w io.Writer) {
				fmt.Fprintf(w, "%s\n  SNM:   %s\n  ETH:   %s (for gas)\n  votes: %s\n", who.Hex(), snm.String(bal), snm.Format(eth), snm.String(votes))
			})
		},
	}

	transfer := &cobra.Command{
		Use:   "transfer TO AMOUNT",
		Short: "Send SNM (AMOUNT in SNM, e.g. 12.5)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			to, err := parseAddress("TO", args[0])
			if err != nil {
				return err
			}
			amt, err := parseAmount("AMOUNT", args[1])
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
			r, err := c.Transfer(cmd.Context(), opts, to, amt)
			if err != nil {
				return err
			}
			return f.printTx(cmd.OutOrStdout(), fmt.Sprintf("sent %s to %s", snm.String(amt), to.Hex()), r)
		},
	}

	approve := &cobra.Command{
		Use:   "approve SPENDER AMOUNT",
		Short: "Let SPENDER pull up to AMOUNT SNM from your account",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			sp, err := parseAddress("SPENDER", args[0])
			if err != nil {
				return err
			}
			amt, err := parseAmount("AMOUNT", args[1])
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
			r, err := c.Approve(cmd.Context(), opts, sp, amt)
			if err != nil {
				return err
			}
			return f.printTx(cmd.OutOrStdout(), fmt.Sprintf("approved %s to %s", snm.String(amt), sp.Hex()), r)
		},
	}

	delegate := &cobra.Command{
		Use:   "delegate [ADDRESS]",
		Short: "Give your SNM voting power to ADDRESS (default: yourself, which you need to vote)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			to := opts.From
			if len(args) == 1 {
				if to, err = parseAddress("ADDRESS", args[0]); err != nil {
					return err
				}
			}
			r, err := c.Delegate(cmd.Context(), opts, to)
			if err != nil {
				return err
			}
			return f.printTx(cmd.OutOrStdout(), "votes delegated to "+to.Hex(), r)
		},
	}
	cmd.AddCommand(balance, transfer, approve, delegate)
	return cmd
}
