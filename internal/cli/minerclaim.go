package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/snm"
)

// newMinerClaimCmd is `sonm miner claim WALLET`: pull what a hub approved.
func newMinerClaimCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "claim WALLET",
		Short: "Pull the pay a hub wallet approved to you",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := parseAddress("WALLET", args[0])
			if err != nil {
				return err
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				amt, err := s.Claim(ctx, s.opts, w)
				if err != nil {
					return result{}, err
				}
				type out struct {
					Wallet     string `json:"wallet"`
					Miner      string `json:"miner"`
					Claimed    string `json:"claimed_snm"`
					ClaimedWei string `json:"claimed_wei"`
				}
				return shown(out{w.Hex(), s.opts.From.Hex(), snm.Format(amt), amt.String()}, func(o io.Writer) {
					if amt.Sign() == 0 {
						fmt.Fprintf(o, "nothing to claim: %s has approved nothing to %s\n", w.Hex(), s.opts.From.Hex())
						return
					}
					fmt.Fprintf(o, "claimed %s from %s\n", snm.String(amt), w.Hex())
				}), nil
			})
		},
	}
	f.register(cmd.Flags())
	return cmd
}
