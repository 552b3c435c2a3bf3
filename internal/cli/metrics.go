package cli

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/pflag"

	"github.com/sonm-io/sonm/internal/metrics"
)

const metricsUsage = "serve Prometheus metrics, /healthz and /readyz on this host:port (read-only; keep it on localhost or a private network); off unless given"

func registerMetricsFlag(fs *pflag.FlagSet, addr *string) {
	fs.StringVar(addr, "metrics", "", metricsUsage)
}

// startMetrics serves reg with /healthz and /readyz on addr; with addr ""
// it serves nothing and returns nil. The caller closes the server.
func startMetrics(addr string, reg *prometheus.Registry, ready metrics.Ready, log *slog.Logger) (*metrics.Server, error) {
	if addr == "" {
		return nil, nil
	}
	srv, err := metrics.Listen(addr, metrics.Handler(reg, ready, log.With("component", "metrics")))
	if err != nil {
		return nil, fmt.Errorf("--metrics: %w", err)
	}
	return srv, nil
}

// sayMetrics prints where the metrics are served.
func sayMetrics(out io.Writer, srv *metrics.Server) {
	if srv != nil {
		fmt.Fprintf(out, "  metrics  http://%s/metrics (and /healthz, /readyz)\n", srv.Addr())
	}
}
