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
	Runner  *Runner
	started time.Time
	stop    func()
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
	return &Checker{Runner: r, started: time.Now(), stop: func() { cancel(); <-done }}, nil
}

// Close stops the agent.
func (c *Checker) Close() { c.stop() }

// DefaultSettle is how long a fresh checker listens before a choice is
// made: a little over one announcement interval (hubs announce every 5 s),
// so that every hub on the bus has been heard at least once.
const DefaultSettle = 6 * time.Second

// WaitOptions bound Wait.
type WaitOptions struct {
	// Limit is how long to wait for pick to find a hub at all (0: no limit).
	Limit time.Duration
	// Settle is how long after the checker started it keeps collecting
	// before it lets pick choose, so that the first hub checked does not
	// win over a cheaper one announced a moment later. Past Settle, Wait
	// still waits (up to 2×Settle) for hubs whose chain facts are being
	// read. A checker that has run longer than that chooses at once.
	Settle time.Duration
}

// Wait polls the agent's hubs until pick chooses one after the settle
// window, ctx ends, or the limit passes.
func Wait[T any](ctx context.Context, c *Checker, o WaitOptions, pick func([]Hub) (T, error)) (T, error) {
	return wait(ctx, c.Runner.Hubs, c.started, time.Now, o, pick, func(ctx context.Context) error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
			return nil
		}
	})
}

func wait[T any](ctx context.Context, hubs func() []Hub, started time.Time, now func() time.Time, o WaitOptions,
	pick func([]Hub) (T, error), sleep func(context.Context) error) (T, error) {
	begin := now()
	var zero T
	for {
		hs := hubs()
		v, err := pick(hs)
		t := now()
		if err == nil {
			since := t.Sub(started)
			if since >= 2*o.Settle || since >= o.Settle && !chainPending(hs) {
				return v, nil
			}
		} else if o.Limit > 0 && t.Sub(begin) >= o.Limit {
			return zero, fmt.Errorf("no usable hub found on the bus within %s: %w", o.Limit, err)
		}
		if err := sleep(ctx); err != nil {
			return zero, err
		}
	}
}

// chainPending reports whether some hub is still waiting for its chain
// facts (its verdict is not known yet).
func chainPending(hubs []Hub) bool {
	for _, h := range hubs {
		if h.Chain == nil && h.Status == NotConfirmed {
			return true
		}
	}
	return false
}
