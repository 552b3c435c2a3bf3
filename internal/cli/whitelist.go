package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
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
			return f.read(cmd, func(ctx context.Context, s *session) (result, error) {
				return view(func(w io.Writer, hubs []chain.Hub) {
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
				})(s.Hubs(ctx))
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
			return f.read(cmd, func(ctx context.Context, s *session) (result, error) {
				return view(func(out io.Writer, h chain.Hub) {
					printRows(out, [][2]string{
						{"name", h.Name}, {"status", h.StatusName}, {"wallet", h.Wallet.Hex()}, {"owner", h.Owner.Hex()},
						{"endpoint", h.Endpoint}, {"listed", fmtTime(h.ListedAt)}, {"registered", fmtTime(h.RegisteredAt)},
						{"staked for", snm.String(h.StakeFor)}, {"staked against", snm.String(h.StakeAgainst)},
					})
				})(s.Hub(ctx, w))
			})
		},
	}
	var against bool
	rate := &cobra.Command{
		Use:   "rate WALLET AMOUNT",
		Short: "Stake SNM for a hub (or --against it); the stake is locked for 30 days",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, amt, err := parseAddressAmount("WALLET", args)
			if err != nil {
				return err
			}
			side := "for"
			if against {
				side = "against"
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				id, err := s.Rate(ctx, s.opts, w, !against, amt)
				if err != nil {
					return result{}, err
				}
				st, err := s.StakeAt(ctx, id)
				if err != nil {
					return result{}, err
				}
				return shown(st, func(out io.Writer) {
					fmt.Fprintf(out, "staked %s %s %s as stake %d, locked until %s (then `sonm whitelist unstake %d`)\n",
						snm.String(amt), side, w.Hex(), id, fmtTime(st.UnlockAt), id)
				}), nil
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
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				return mined(fmt.Sprintf("stake %d withdrawn", id))(s.Unstake(ctx, s.opts, id))
			})
		},
	}
	cmd.AddCommand(list, show, rate, unstake)
	return cmd
}
