package cli

import (
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/snm"
)

func newWhitelistCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "whitelist",
		Short: "The hubs pool list: hubs, their status (unconfirmed, trusted, blacklisted) and rating stakes",
	}
	f.register(cmd.PersistentFlags())
	list := &cobra.Command{
		Use:   "list",
		Short: "List every hub of the whitelist",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			hubs, err := c.Hubs(cmd.Context())
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), hubs, func(w io.Writer) {
				if len(hubs) == 0 {
					fmt.Fprintln(w, "no hubs yet: a hub owner creates one with `sonm hub wallet create`")
					return
				}
				t := newTable(w)
				fmt.Fprintln(t, "NAME\tSTATUS\tWALLET\tENDPOINT\tREGISTERED\tSTAKE FOR\tSTAKE AGAINST")
				for _, h := range hubs {
					fmt.Fprintf(t, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", h.Name, h.StatusName, h.Wallet.Hex(), h.Endpoint,
						fmtTime(h.RegisteredAt), snm.Format(h.StakeFor), snm.Format(h.StakeAgainst))
				}
				t.Flush()
			})
		},
	}
	show := &cobra.Command{
		Use:   "show WALLET",
		Short: "Show one hub's record",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := parseAddress("WALLET", args[0])
			if err != nil {
				return err
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			h, err := c.Hub(cmd.Context(), w)
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), h, func(out io.Writer) {
				t := newTable(out)
				for _, row := range [][2]string{
					{"name", h.Name}, {"status", h.StatusName}, {"wallet", h.Wallet.Hex()}, {"owner", h.Owner.Hex()},
					{"endpoint", h.Endpoint}, {"listed", fmtTime(h.ListedAt)}, {"registered", fmtTime(h.RegisteredAt)},
					{"staked for", snm.String(h.StakeFor)}, {"staked against", snm.String(h.StakeAgainst)},
				} {
					fmt.Fprintf(t, "%s\t%s\n", row[0], row[1])
				}
				t.Flush()
			})
		},
	}
	var against bool
	rate := &cobra.Command{
		Use:   "rate WALLET AMOUNT",
		Short: "Stake SNM for a hub (or --against it); the stake is locked for 30 days",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := parseAddress("WALLET", args[0])
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
			id, err := c.Rate(cmd.Context(), opts, w, !against, amt)
			if err != nil {
				return err
			}
			s, err := c.StakeAt(cmd.Context(), id)
			if err != nil {
				return err
			}
			side := "for"
			if against {
				side = "against"
			}
			return f.output(cmd.OutOrStdout(), s, func(out io.Writer) {
				fmt.Fprintf(out, "staked %s %s %s as stake %d, locked until %s (then `sonm whitelist unstake %d`)\n",
					snm.String(amt), side, w.Hex(), id, fmtTime(s.UnlockAt), id)
			})
		},
	}
	rate.Flags().BoolVar(&against, "against", false, "stake against the hub")
	unstake := &cobra.Command{
		Use:   "unstake STAKE_ID",
		Short: "Withdraw a rating stake after its lock",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("STAKE_ID: %q is not a number", args[0])
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
			r, err := c.Unstake(cmd.Context(), opts, id)
			if err != nil {
				return err
			}
			return f.printTx(cmd.OutOrStdout(), fmt.Sprintf("stake %d withdrawn", id), r)
		},
	}
	cmd.AddCommand(list, show, rate, unstake)
	return cmd
}
