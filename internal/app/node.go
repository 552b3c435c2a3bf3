package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/services/host"
)

// NodeConfig is everything a service node runs with.
type NodeConfig struct {
	// Host configures the node (locator, storage, logging, apps,
	// gateway); StartNode sets its Wrap when MetricsAddr is given.
	Host host.Config
	// MetricsAddr is where Prometheus metrics, /healthz and /readyz (ready
	// once every built-in service is registered) are served; "" serves
	// none.
	MetricsAddr string
}

// NodeRole is a running service node.
type NodeRole struct {
	Host    *host.Host
	Metrics *metrics.Server // nil without NodeConfig.MetricsAddr

	stack Stack
}

// Close stops the node and its metrics server.
func (r *NodeRole) Close() error {
	if r == nil {
		return nil
	}
	return r.stack.Close()
}

// StartNode starts a service node and its metrics server. A step that
// fails closes what the steps before it started; the error is a
// *StepError.
func StartNode(ctx context.Context, cfg NodeConfig) (*NodeRole, error) {
	r := &NodeRole{}
	if err := r.start(ctx, cfg); err != nil {
		r.stack.Close()
		return nil, err
	}
	return r, nil
}

func (r *NodeRole) start(ctx context.Context, cfg NodeConfig) error {
	hc := cfg.Host
	var nm *metrics.Node
	if cfg.MetricsAddr != "" {
		nm = metrics.NewNode(func() int { return len(r.Host.Services()) })
		hc.Wrap = nm.WrapService
	}
	h, err := host.New(hc)
	if err != nil {
		return stepErr(StepNodeConf, err)
	}
	if err := h.Start(ctx); err != nil {
		return stepErr(StepNode, err)
	}
	r.stack.Push("node", h.Close)
	r.Host = h
	if cfg.MetricsAddr != "" {
		srv, err := serveMetrics(cfg.MetricsAddr, nm.Registry(), func(context.Context) error { return nodeReady(h.Services()) }, logOrDiscard(hc.Logger))
		if err != nil {
			return err
		}
		r.stack.Push("metrics server", srv.Close)
		r.Metrics = srv
	}
	return nil
}

// nodeReady reports which of a node's built-in services are not
// registered.
func nodeReady(svcs map[string]locator.Endpoint) error {
	var missing []string
	for _, n := range []string{"locator", "storage", "logging", "node"} {
		if _, ok := svcs[n]; !ok {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("services not registered: %s", strings.Join(missing, ", "))
	}
	return nil
}
