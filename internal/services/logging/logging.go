// Package logging is the node's logging service, logging (2): apps emit
// records with a priority, a source and attributes, which land in the node's
// slog logger; verbosity and set_verbosity read and set the threshold.
package logging

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"

	"github.com/sonm-io/sonm/internal/rpc"
)

// Version of the logging protocol.
const Version = 2

// Priorities as Cocaine numbers them.
const (
	Debug   = 0
	Info    = 1
	Warning = 2
	Error   = 3
)

// Protocol is logging's dispatch graph; emit has no reply.
func Protocol() rpc.Graph {
	return rpc.Graph{
		0: rpc.Method("emit", rpc.Terminal(), rpc.Terminal()),
		1: rpc.Method("verbosity", rpc.Terminal(), rpc.To(rpc.Primitive())),
		2: rpc.Method("set_verbosity", rpc.Terminal(), rpc.To(rpc.Primitive())),
	}
}

// Logging is the service.
type Logging struct {
	log       *slog.Logger
	verbosity atomic.Int64
}

// New logs into log at the given verbosity.
func New(log *slog.Logger, verbosity int) *Logging {
	l := &Logging{log: log}
	l.verbosity.Store(int64(verbosity))
	return l
}

func level(p int64) slog.Level {
	switch {
	case p <= Debug:
		return slog.LevelDebug
	case p == Info:
		return slog.LevelInfo
	case p == Warning:
		return slog.LevelWarn
	}
	return slog.LevelError
}

// Emit logs one record if its priority reaches the verbosity.
func (l *Logging) Emit(ctx context.Context, priority int64, source, message string, attrs []slog.Attr) {
	if priority < l.verbosity.Load() {
		return
	}
	all := append([]slog.Attr{slog.String("source", source)}, attrs...)
	if tr, ok := rpc.TraceFrom(ctx); ok {
		all = append(all, slog.String("trace_id", fmt.Sprintf("%016x", tr.TraceID)))
	}
	l.log.LogAttrs(ctx, level(priority), message, all...)
}

// parseAttrs accepts Cocaine's [[key, value], ...] and a plain map.
func parseAttrs(v any) ([]slog.Attr, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []any:
		out := make([]slog.Attr, 0, len(x))
		for i, e := range x {
			pair, ok := e.([]any)
			if !ok || len(pair) != 2 {
				return nil, fmt.Errorf("%w: attribute %d: want [key, value]", rpc.ErrInvalidArgument, i)
			}
			k, ok := rpc.AsString(pair[0])
			if !ok {
				return nil, fmt.Errorf("%w: attribute %d: key: got %T", rpc.ErrInvalidArgument, i, pair[0])
			}
			out = append(out, attr(k, pair[1]))
		}
		return out, nil
	case map[any]any:
		out := make([]slog.Attr, 0, len(x))
		for k, e := range x {
			ks, ok := rpc.AsString(k)
			if !ok {
				return nil, fmt.Errorf("%w: attribute key: got %T", rpc.ErrInvalidArgument, k)
			}
			out = append(out, attr(ks, e))
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: attributes: got %T", rpc.ErrInvalidArgument, v)
}

func attr(k string, v any) slog.Attr {
	if b, ok := v.([]byte); ok {
		return slog.String(k, string(b))
	}
	return slog.Any(k, v)
}

// Service is the logging service.
func (l *Logging) Service() *rpc.Service {
	return &rpc.Service{
		Name:    "logging",
		Version: Version,
		Graph:   Protocol(),
		Handlers: map[string]rpc.Handler{
			"emit": func(ctx context.Context, ch *rpc.Channel) error {
				p, err := ch.Args.Int(0)
				if err != nil {
					return err
				}
				src, err := ch.Args.String(1)
				if err != nil {
					return err
				}
				msg, err := ch.Args.String(2)
				if err != nil {
					return err
				}
				attrs, err := parseAttrs(ch.Args.Get(3))
				if err != nil {
					return err
				}
				l.Emit(ctx, p, src, msg, attrs)
				return nil
			},
			"verbosity": func(ctx context.Context, ch *rpc.Channel) error {
				return ch.Value(ctx, l.verbosity.Load())
			},
			"set_verbosity": func(ctx context.Context, ch *rpc.Channel) error {
				p, err := ch.Args.Int(0)
				if err != nil {
					return err
				}
				if p < Debug || p > Error {
					return fmt.Errorf("%w: priority %d (want 0-3)", rpc.ErrInvalidArgument, p)
				}
				l.verbosity.Store(p)
				return ch.Value(ctx)
			},
		},
	}
}
