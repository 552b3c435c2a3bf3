package app

import (
	"context"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sonm-io/sonm/internal/delivery"
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

// startDelivery starts a torrent node from cfg (nil: none) and pushes
// its Close onto st.
func startDelivery(ctx context.Context, cfg *delivery.Config, log *slog.Logger, st *Stack) (*delivery.Node, error) {
	if cfg == nil {
		return nil, nil
	}
	dn, err := delivery.New(*cfg, log.With("component", "delivery"))
	if err != nil {
		return nil, stepErr(StepDelivery, err)
	}
	if err := dn.Start(ctx); err != nil {
		return nil, stepErr(StepDelivery, err)
	}
	st.Push("torrent node", dn.Close)
	return dn, nil
}

func logOrDiscard(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}
