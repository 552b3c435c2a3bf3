package app

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/trust"
)

// DiscoverConfig is a bus node with a trust agent that checks every
// announced hub against the chain.
type DiscoverConfig struct {
	Bus p2p.Config
	// Connect are bus addresses dialled once the bus is up; one that
	// fails fails the start.
	Connect []string
	Trust   trust.Config
	// Refresh is how often chain facts are read again.
	Refresh time.Duration
	// StateDir keeps the agent's verdicts (hubs.json); made if missing.
	StateDir string
}

// Discovery is a running bus node and trust agent.
type Discovery struct {
	Bus     *p2p.Node
	Checker *trust.Checker

	stack Stack
}

// Close stops the agent and leaves the bus.
func (d *Discovery) Close() error {
	if d == nil {
		return nil
	}
	return d.stack.Close()
}

// StartDiscovery joins the bus with key and starts the trust agent, which
// reads the chain through c.
func StartDiscovery(ctx context.Context, cfg DiscoverConfig, key *ecdsa.PrivateKey, c *chain.Client, log *slog.Logger) (*Discovery, error) {
	d := &Discovery{}
	if err := d.start(ctx, cfg, key, c, logOrDiscard(log)); err != nil {
		d.stack.Close()
		return nil, err
	}
	return d, nil
}

func (d *Discovery) start(ctx context.Context, cfg DiscoverConfig, key *ecdsa.PrivateKey, c *chain.Client, log *slog.Logger) error {
	if c == nil {
		return stepErr(StepTrust, fmt.Errorf("finding a hub on the bus needs the chain (to check each hub's whitelist record and funds)"))
	}
	if err := os.MkdirAll(cfg.StateDir, 0o755); err != nil {
		return stepErr(StepTrust, err)
	}
	bus, err := p2p.New(cfg.Bus, key, log.With("component", "p2p"), time.Now)
	if err != nil {
		return stepErr(StepBus, err)
	}
	if err := bus.Start(ctx); err != nil {
		return stepErr(StepBus, fmt.Errorf("join the bus: %w", err))
	}
	d.stack.Push("bus", bus.Close)
	d.Bus = bus
	for _, a := range cfg.Connect {
		if err := bus.Connect(ctx, a); err != nil {
			return stepErr(StepBus, fmt.Errorf("join the bus at %s: %w", a, err))
		}
	}
	ch, err := trust.StartChecker(ctx, cfg.Trust, bus, c, cfg.StateDir, cfg.Refresh, log.With("component", "trust"))
	if err != nil {
		return stepErr(StepTrust, err)
	}
	d.stack.Push("trust agent", func() error { ch.Close(); return nil })
	d.Checker = ch
	return nil
}
