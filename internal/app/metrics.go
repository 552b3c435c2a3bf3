package app

import (
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sonm-io/sonm/internal/metrics"
)

// serveMetrics serves reg with /healthz and /readyz on addr.
func serveMetrics(addr string, reg *prometheus.Registry, ready metrics.Ready, log *slog.Logger) (*metrics.Server, error) {
	srv, err := metrics.Listen(addr, metrics.Handler(reg, ready, log.With("component", "metrics")))
	if err != nil {
		return nil, stepErr(StepMetrics, err)
	}
	return srv, nil
}
