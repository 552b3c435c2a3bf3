package trust

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/sonm-io/sonm/internal/chain"
)

// Checker is a running agent that checks every hub announced on a bus
// against the chain: what `sonm miner run`, `sonm client submit` (without
// --hub) and the demo's miners use to find a hub.
type Checker struct {
	Runner *Runner
	stop   func()
}

// StartChecker runs an agent over bus with the chain adapter on c, keeping
// its verdicts in stateDir/hubs.json. refresh is how often chain facts are
// read again and hubs short of votes are asked about.
func StartChecker(ctx context.Context, cfg Config, bus Bus, c *chain.Client, stateDir string, refresh time.Duration, log *slog.Logger) (*Checker, error) {
	if c == nil {
		return nil, errors.New("checking hubs needs the chain (their whitelist record and funds)")
	}
	agent, err := NewAgent(cfg, bus.Address(), true)
	if err != nil {
		return nil, err
	}
	rc := DefaultRunnerConfig()
	rc.ChainRefresh, rc.AskEvery = refresh, refresh
	r, err := NewRunner(rc, agent, bus, NewChainReader(c), &FileStore{Path: filepath.Join(stateDir, "hubs.json")}, time.Now, log)
	if err != nil {
		return nil, err
	}
	_ = r.Load() // a missing or unreadable list starts empty
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() { defer close(done); r.Run(rctx) }()
	return &Checker{Runner: r, stop: func() { cancel(); <-done }}, nil
}

// Close stops the agent.
func (c *Checker) Close() { c.stop() }

// Wait polls the agent's hubs until pick chooses one, ctx ends, or wait
// passes (wait <= 0: no limit).
func Wait[T any](ctx context.Context, c *Checker, wait time.Duration, pick func([]Hub) (T, error)) (T, error) {
	var deadline time.Time
	if wait > 0 {
		deadline = time.Now().Add(wait)
	}
	for {
		v, err := pick(c.Runner.Hubs())
		if err == nil {
			return v, nil
		}
		var zero T
		if !deadline.IsZero() && time.Now().After(deadline) {
			return zero, fmt.Errorf("no usable hub found on the bus within %s: %w", wait, err)
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
