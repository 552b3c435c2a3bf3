package cli

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/metrics"
)

const metricsUsage = "serve Prometheus metrics, /healthz and /readyz on this host:port (read-only; keep it on localhost or a private network); off unless given"

func registerMetricsFlag(fs *pflag.FlagSet, addr *string) {
	fs.StringVar(addr, "metrics", "", metricsUsage)
}

// metricsFlagErr names --metrics in the error of a role whose metrics
// server could not start.
func metricsFlagErr(err error) error {
	if app.FailedStep(err) == app.StepMetrics {
		return fmt.Errorf("--metrics: %w", err)
	}
	return err
}

// sayMetrics prints where the metrics are served.
func sayMetrics(out io.Writer, srv *metrics.Server) {
	if srv != nil {
		fmt.Fprintf(out, "  metrics  http://%s/metrics (and /healthz, /readyz)\n", srv.Addr())
	}
}
