package cli

import "github.com/spf13/cobra"

// The role groups below are shared by several areas of the code; each area
// adds its subcommands on its own line inside the AddCommand list.

func newMinerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "miner",
		Short: "Sell this machine's computing power: run tasks, benchmarks, choose hubs",
	}
	cmd.AddCommand(
		newMinerClaimCmd(),
		newMinerBenchmarkCmd(),
		newMinerExecCmd(),
		newMinerHubsCmd(),
		newMinerRunCmd(),
		newMinerStakeCmd(),
		// sonm:miner-commands
	)
	return cmd
}

func newHubCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "hub",
		Short: "Run a hub: its wallet on chain, announcements, scheduling and payouts",
	}
	cmd.AddCommand(
		newHubWalletCmd(),
		newHubAnnounceCmd(),
		newHubRunCmd(),
		// sonm:hub-commands
	)
	return cmd
}

func newClientCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "client",
		Short: "Buy computing power: submit tasks and follow them",
	}
	cmd.AddCommand(
		newClientSubmitCmd(), newClientStatusCmd(), newClientResultsCmd(), newClientCancelCmd(), newClientListCmd(), newClientRefundCmd(),
		// sonm:client-commands
	)
	return cmd
}
