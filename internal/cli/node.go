package cli

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/services/host"
)

func newNodeCmd() *cobra.Command {
	var (
		cfg        host.Config
		configFile string
		apps       []string
		logLevel   string
		metricsAt  string
	)
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run a service node: locator, storage, logging and apps (Cocaine-compatible protocol)",
		Long: `Run a service node. The locator listens on --listen (port 10053 by default) and
resolves the node's services: storage (SQLite under --data-dir), logging (into
this process's log), node (start_app, pause_app, list, info, control, enqueue)
and every app started here. Apps are executables given with --app NAME=PATH;
--start NAME starts one at once (otherwise: sonm call node start_app NAME x).
With --gateway HOST:PORT (repeatable) the locator also answers for the
services of those nodes (--policy adhoc|least-loaded; --proxy to relay calls).
A YAML --config file may hold the same settings (listen, uuid, data_dir, apps,
start, gateway, policy, proxy, verbosity); flags override it.`,
		Example: `  sonm node --app calculate_length=./calculate_length --start calculate_length
  sonm node --listen 127.0.0.1:20053 --gateway 127.0.0.1:10053 --policy least-loaded`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			final := host.Config{}
			if configFile != "" {
				b, err := os.ReadFile(configFile)
				if err != nil {
					return fmt.Errorf("config: %w", err)
				}
				if err := yaml.Unmarshal(b, &final); err != nil {
					return fmt.Errorf("config %s: %w", configFile, err)
				}
			}
			f := cmd.Flags()
			if f.Changed("listen") || final.Listen == "" {
				final.Listen = cfg.Listen
			}
			if f.Changed("uuid") {
				final.UUID = cfg.UUID
			}
			if f.Changed("data-dir") || final.DataDir == "" {
				final.DataDir = cfg.DataDir
			}
			if final.Apps == nil {
				final.Apps = map[string]string{}
			}
			for _, a := range apps {
				name, path, ok := strings.Cut(a, "=")
				if !ok || name == "" || path == "" {
					return fmt.Errorf("--app %q: want NAME=PATH", a)
				}
				abs, err := filepath.Abs(path)
				if err != nil {
					return err
				}
				final.Apps[name] = abs
			}
			final.Start = append(final.Start, cfg.Start...)
			final.Gateway = append(final.Gateway, cfg.Gateway...)
			if f.Changed("policy") || final.Policy == "" {
				final.Policy = cfg.Policy
			}
			if f.Changed("proxy") {
				final.Proxy = cfg.Proxy
			}
			if f.Changed("verbosity") {
				final.Verbosity = cfg.Verbosity
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(logLevel)); err != nil {
				return fmt.Errorf("--log-level: %w", err)
			}
			final.Logger = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
			final.AppOutput = os.Stderr
			role, err := app.StartNode(cmd.Context(), app.NodeConfig{Host: final, MetricsAddr: metricsAt})
			switch app.FailedStep(err) {
			case "":
			case app.StepNode:
				return fmt.Errorf("start node: %w (is another node already listening on %s? try --listen)", err, final.Listen)
			default:
				return metricsFlagErr(err)
			}
			defer role.Close()
			h, msrv := role.Host, role.Metrics
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "locator  %s\n", h.Addr())
			svcs := h.Services()
			names := make([]string, 0, len(svcs))
			for n := range svcs {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				if n != "locator" {
					fmt.Fprintf(out, "%-8s %s\n", n, svcs[n])
				}
			}
			for _, a := range final.Start {
				fmt.Fprintf(out, "app      %s started\n", a)
			}
			if msrv != nil {
				fmt.Fprintf(out, "metrics  http://%s/metrics (and /healthz, /readyz)\n", msrv.Addr())
			}
			fmt.Fprintln(out, "node is running; Ctrl-C stops it")
			<-cmd.Context().Done()
			fmt.Fprintln(out, "stopping")
			return nil
		},
	}
	home, _ := os.UserHomeDir()
	f := cmd.Flags()
	f.StringVar(&configFile, "config", "", "YAML config file")
	f.StringVar(&cfg.Listen, "listen", "127.0.0.1:10053", "locator address; the other services listen on the same host")
	f.StringVar(&cfg.UUID, "uuid", "", "node id (default: random)")
	f.StringVar(&cfg.DataDir, "data-dir", filepath.Join(home, ".sonm", "node"), "directory for the storage database and app sockets")
	f.StringArrayVar(&apps, "app", nil, "app NAME=PATH (repeatable)")
	f.StringArrayVar(&cfg.Start, "start", nil, "start this app at once (repeatable)")
	f.StringArrayVar(&cfg.Gateway, "gateway", nil, "aggregate the locator at HOST:PORT (repeatable)")
	f.StringVar(&cfg.Policy, "policy", "adhoc", "gateway policy: adhoc or least-loaded")
	f.BoolVar(&cfg.Proxy, "proxy", false, "gateway answers with its own endpoints and relays calls")
	f.IntVar(&cfg.Verbosity, "verbosity", 1, "logging service threshold: 0 debug, 1 info, 2 warning, 3 error")
	f.StringVar(&logLevel, "log-level", "info", "this process's log level: debug, info, warn, error")
	registerMetricsFlag(f, &metricsAt)
	return cmd
}
