// Package cli holds the cobra commands of the sonm binary. Each command parses
// its flags and builds what it needs through the packages below it; nothing
// here holds business logic.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Run executes the sonm command line and returns the process exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	noticesToStderr(root, stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		fmt.Fprintf(stderr, "error: %v\n", err)
		return 1
	}
	return 0
}

// exitError carries a specific exit code out of a command without printing
// anything more (the command has already said what went wrong).
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "sonm",
		Short:         "sonm: a decentralized computing-power exchange",
		Long:          "sonm rents the idle power of ordinary machines (miners) to buyers (clients)\nthrough hubs, with an Ethereum chain as the trust anchor.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// Subcommands, one constructor per line. Keep this list sorted; each
	// constructor lives in its own file of this package.
	root.AddCommand(
		newCallCmd(),
		newChainCmd(),
		newClientCmd(),
		newConsoleCmd(),
		newDAOCmd(),
		newDealCmd(),
		newDemoCmd(),
		newDataCmd(),
		newHubCmd(),
		newImageCmd(),
		newKeyCmd(),
		newMinerCmd(),
		newNodeCmd(),
		newResolveCmd(),
		newTokenCmd(),
		newVersionCmd(),
		newWhitelistCmd(),
		// sonm:commands
	)
	return root
}
