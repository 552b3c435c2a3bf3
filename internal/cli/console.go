package cli

import (
	"fmt"
	"io"
	"net"
	"net/netip"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/console"
)

func newConsoleCmd() *cobra.Command {
	f := &chainFlags{}
	var listen, logLevel string
	cmd := &cobra.Command{
		Use:   "console",
		Short: "Serve the sonm console: a live web page of the sonm world, on this machine",
		Long: `Serve the sonm console: a web page, kept up to date block by block, with the
hubs of the whitelist, the token supply, the DAO treasury and the DAO's
proposals, read from the chain given by the chain flags.

It listens on 127.0.0.1 on a free port and prints a URL with a random token
to open in a browser; the token is needed by every request (see
docs/console.md). Ctrl-C stops it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			log, err := newLogger(cmd.ErrOrStderr(), logLevel)
			if err != nil {
				return err
			}
			c, done, err := f.connect(ctx)
			if err != nil {
				return err
			}
			defer done()
			srv, err := console.New(console.Config{Listen: listen, Chain: console.FromClient(c)}, log)
			if err != nil {
				return err
			}
			if err := srv.Start(ctx); err != nil {
				return fmt.Errorf("%w (choose another address with --listen)", err)
			}
			defer srv.Close()
			out := cmd.OutOrStdout()
			if !loopback(srv.Addr()) {
				fmt.Fprintf(cmd.ErrOrStderr(), "warning: the console listens on %s, beyond this machine: anyone who sees the URL (its token travels in clear over HTTP) can read it\n", srv.Addr())
			}
			err = f.output(out, consoleResult{URL: srv.URL(), Listen: srv.Addr().String()}, func(w io.Writer) {
				fmt.Fprintf(w, "sonm console: open %s\n(the token in it is the only key; Ctrl-C stops the console)\n", srv.URL())
			})
			if err != nil {
				return err
			}
			<-ctx.Done()
			return nil
		},
	}
	pf := cmd.Flags()
	pf.StringVar(&listen, "listen", console.DefaultListen, "address to serve on (port 0 picks a free one)")
	pf.StringVar(&f.rpc, "rpc", "", "Ethereum JSON-RPC URL (default: the one in the deployment file)")
	pf.StringVar(&f.deployment, "deployment", "", "deployment file with the contract addresses (default $"+EnvDeployment+" or ~/.sonm/deployment.json)")
	pf.StringVar(&f.registry, "registry", "", "read the contract addresses from this SonmRegistry instead of a deployment file (needs --rpc)")
	pf.BoolVar(&f.json, flagJSON, false, "print the URL to open as JSON")
	logLevelFlag(pf, &logLevel, "warn", logLevels, "", "")
	return cmd
}

// consoleResult is what `sonm console --json` prints before it serves.
type consoleResult struct {
	URL    string `json:"url"`
	Listen string `json:"listen"`
}

func loopback(a net.Addr) bool {
	ap, err := netip.ParseAddrPort(a.String())
	return err == nil && ap.Addr().IsLoopback()
}
