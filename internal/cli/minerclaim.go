package cli

import (
	"fmt"

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
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			amt, err := c.Claim(cmd.Context(), opts, w)
			if err != nil {
				return err
			}
			if amt.Sign() == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "nothing to claim: %s has approved nothing to %s\n", w.Hex(), opts.From.Hex())
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "claimed %s from %s\n", snm.String(amt), w.Hex())
			return nil
		},
	}
	f.register(cmd.Flags())
	return cmd
}
