package cli

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/demo"
)

func newDemoCmd() *cobra.Command {
	var o demo.Options
	var logLevel string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole sonm world on this machine and tell its story",
		Long: `Start the whole world in one process and tell its story as it happens: an
embedded Ethereum chain with every sonm contract, a DAO whose vote makes a hub
trusted, the hub, three miners that find it on the p2p bus and check it on
chain before joining, and a buyer who rents them to render the Mandelbrot set
(64 WebAssembly tiles, each computed by two different miners and compared).
The buyer's money waits in escrow until the verified result is downloaded and
checked against the hash the hub committed on chain; the miners are paid from
the hub wallet for every verified tile. The picture is written to --image.
Then 30 days pass on the dev chain for PayDay, and the DAO suspects and
rehabilitates the hub. Nothing needs to be installed or configured.

With --docker the miners also run Docker containers, and after the
Mandelbrot job the buyer runs the hello-docker example: its image is built
on the spot (with the go toolchain, no registry), travels in the task's
bundle, and each miner loads it into the engine. The containers run without
network or capabilities, with memory and process limits. Without a Docker
engine that answers, the demo says so and runs the rest.

With --serve the world keeps running after the job, with the chain's JSON-RPC
and the hub's locator on fixed ports, so that other commands can use it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if o.Serve {
				var stop func()
				ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
				defer stop()
				if o.Port < 0 {
					o.Port = 8545
				}
			}
			switch logLevel {
			case logOff:
			case "info":
				o.Log = cmd.ErrOrStderr()
			default:
				return fmt.Errorf("--%s %q: the demo's components log at info; want off or info", flagLogLevel, logLevel)
			}
			_, err := demo.Run(ctx, cmd.OutOrStdout(), o)
			return err
		},
	}
	fs := cmd.Flags()
	fs.IntVar(&o.Port, "port", -1, "also serve the demo chain's JSON-RPC on this port (0: any free port; -1: none, 8545 with --serve)")
	fs.BoolVar(&o.DebugRPC, "debug-rpc", false, "also serve the chain's debug and txpool JSON-RPC namespaces (debug_setHead can wipe the chain)")
	fs.StringVar(&o.Image, "image", "mandelbrot.png", "where to write the rendered picture")
	fs.IntVar(&o.Replication, "replication", 2, "how many miners compute each tile")
	fs.BoolVar(&o.Serve, "serve", false, "keep the world running after the job (until interrupted)")
	fs.StringVar(&o.Locator, "locator", "", "the hub's locator address (default: a free port; 127.0.0.1:10053 with --serve)")
	dataDirFlag(fs, &o.Dir, "", "keep the world's files here (default: a temporary directory, removed at the end)", "dir")
	fs.BoolVar(&o.Docker, "docker", false, "also run a container job (hello-docker) when the Docker engine answers")
	logLevelFlag(fs, &logLevel, logOff, "log the components' work to stderr: off or info", "info", "")
	return cmd
}
