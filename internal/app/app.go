// Package app is the one place that turns configuration into running
// roles: it builds a hub, a miner or a service node from its parts (torrent
// node, bus, trust checker, executors, metrics server), starts them in
// order, and undoes a partial start in reverse order. It parses no flags
// and prints nothing: callers (the CLI, the demo, benchmarks) give it every
// value and say what they like about the result.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/sonm-io/sonm/internal/delivery"
)

// Stack holds the close functions of what a start opened, to run them in
// reverse order. The zero value is ready to use.
type Stack struct {
	mu     sync.Mutex
	items  []closer
	closed bool
	once   sync.Once
	err    error
}

type closer struct {
	name  string
	close func() error
}

// Push adds close, named for its errors, to run before everything pushed
// earlier. Pushed after Close, it runs at once.
func (s *Stack) Push(name string, close func() error) {
	s.mu.Lock()
	if !s.closed {
		s.items = append(s.items, closer{name, close})
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	_ = close()
}

// Close runs the pushed functions, last first, each once, and joins their
// errors. Later calls wait for the first and return its result.
func (s *Stack) Close() error {
	s.once.Do(func() {
		s.mu.Lock()
		s.closed = true
		items := s.items
		s.items = nil
		s.mu.Unlock()
		var errs []error
		for i := len(items) - 1; i >= 0; i-- {
			if err := items[i].close(); err != nil {
				errs = append(errs, fmt.Errorf("close %s: %w", items[i].name, err))
			}
		}
		s.err = errors.Join(errs...)
	})
	return s.err
}

// Steps of a start, as StepError names them.
const (
	StepDelivery = "delivery"
	StepMetrics  = "metrics"
	StepHub      = "hub"
	StepEndpoint = "endpoint"
	StepBus      = "bus"
	StepAnnounce = "announce"
	StepWasm     = "wasm"
	StepTrust    = "trust"
	StepMiner    = "miner"
	StepNode     = "node"
	StepNodeConf = "node config"
)

// StepError tags the error of a failed start with its step, so that a
// caller can say what to do next (which flag to change). Its text is the
// step's own.
type StepError struct {
	Step string
	Err  error
}

func (e *StepError) Error() string { return e.Err.Error() }
func (e *StepError) Unwrap() error { return e.Err }

func stepErr(step string, err error) error {
	if err == nil {
		return nil
	}
	return &StepError{Step: step, Err: err}
}

// FailedStep is the step a start failed at ("" when err is not a start's).
func FailedStep(err error) string {
	var se *StepError
	if errors.As(err, &se) {
		return se.Step
	}
	return ""
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
