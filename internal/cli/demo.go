package cli

import (
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/demo"
)

func newDemoCmd() *cobra.Command {
	var port int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole sonm world on this machine and tell its story",
		Long: `Start an embedded Ethereum chain with every sonm contract and walk a hub through
its life: a wallet created and registered, trusted by a DAO vote, three miners
paid in one batch and pulling their pay, a buyer's deal opened and confirmed,
PayDay after 30 days (time travels on the dev chain), and a suspicion and
rehabilitation by DAO votes. Each step is printed with balances in SNM.
Nothing needs to be installed or configured.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := demo.Run(cmd.Context(), cmd.OutOrStdout(), demo.Options{Port: port})
			return err
		},
	}
	cmd.Flags().IntVar(&port, "port", -1, "also serve the demo chain's JSON-RPC on this port (0: any free port; -1: none)")
	return cmd
}
