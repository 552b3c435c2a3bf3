// Package service gives apps a client for any service of their node, found
// by name through the locator:
//
//	storage := service.New(ctx, "storage")
//	v, err := storage.Call(ctx, "read", "namespace", "key")
//
// New does no I/O; the first call resolves and connects, and a call after the
// connection dropped connects again.
package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// Service is a client of one named service.
type Service struct {
	name    string
	locator string

	mu   sync.Mutex
	conn *rpc.Conn
	rec  locator.Record
}

// DefaultLocator is used when neither --locator nor SONM_LOCATOR says otherwise.
const DefaultLocator = "127.0.0.1:10053"

// New returns a client for name. The locator is the app's --locator flag,
// else $SONM_LOCATOR, else DefaultLocator. ctx is accepted for symmetry with
// calls; New itself does nothing that could block.
func New(ctx context.Context, name string) *Service {
	return NewAt(LocatorFromArgs(os.Args[1:]), name)
}

// NewAt returns a client for name resolved through the locator at addr.
func NewAt(addr, name string) *Service {
	return &Service{name: name, locator: addr}
}

// LocatorFromArgs finds the locator address an app was started with.
func LocatorFromArgs(args []string) string {
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--locator=")
		if !ok && a == "--locator" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok && v != "" {
			first, _, _ := strings.Cut(v, ",")
			return first
		}
	}
	if v := os.Getenv("SONM_LOCATOR"); v != "" {
		return v
	}
	return DefaultLocator
}

func (s *Service) connect(ctx context.Context) (*rpc.Conn, locator.Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil && s.conn.Err() == nil {
		return s.conn, s.rec, nil
	}
	conn, rec, err := locator.DialService(ctx, s.locator, s.name, rpc.Config{})
	if err != nil {
		return nil, locator.Record{}, fmt.Errorf("service %s: %w", s.name, err)
	}
	s.conn, s.rec = conn, rec
	return conn, rec, nil
}

// Methods lists the service's methods (resolving it if needed).
func (s *Service) Methods(ctx context.Context) ([]string, error) {
	_, rec, err := s.connect(ctx)
	if err != nil {
		return nil, err
	}
	return rec.Graph.Names(), nil
}

// Call invokes a method with a single reply and returns its arguments; an
// error reply comes back as an error matching the rpc sentinels.
func (s *Service) Call(ctx context.Context, method string, args ...any) ([]any, error) {
	conn, rec, err := s.connect(ctx)
	if err != nil {
		return nil, err
	}
	got, err := conn.Call(ctx, rec.Graph, method, args...)
	if err != nil {
		return nil, fmt.Errorf("%s.%s: %w", s.name, method, err)
	}
	return got, nil
}

// Stream is an open call whose replies arrive one by one.
type Stream struct{ ch *rpc.Channel }

// Open starts a call whose replies are a stream.
func (s *Service) Open(ctx context.Context, method string, args ...any) (*Stream, error) {
	conn, rec, err := s.connect(ctx)
	if err != nil {
		return nil, err
	}
	ch, err := conn.Open(ctx, rec.Graph, method, args...)
	if err != nil {
		return nil, fmt.Errorf("%s.%s: %w", s.name, method, err)
	}
	return &Stream{ch: ch}, nil
}

// Send sends the next message of the call (e.g. "write", chunk).
func (st *Stream) Send(ctx context.Context, name string, args ...any) error {
	return st.ch.Send(ctx, name, args...)
}

// Recv returns the next reply by name; io.EOF after the final one. An error
// reply is returned as an error.
func (st *Stream) Recv(ctx context.Context) (string, []any, error) {
	m, err := st.ch.Recv(ctx)
	if err != nil {
		return "", nil, err
	}
	if m.Name == "error" {
		re := &rpc.RemoteError{Code: rpc.Code{Category: rpc.CategoryUnknown, Code: 1}}
		if pair, ok := m.Args.Get(0).([]any); ok && len(pair) == 2 {
			c, _ := rpc.AsInt(pair[0])
			n, _ := rpc.AsInt(pair[1])
			re.Code = rpc.Code{Category: int(c), Code: int(n)}
		}
		re.Message, _ = rpc.AsString(m.Args.Get(1))
		return m.Name, nil, re
	}
	return m.Name, m.Args, nil
}

// Close abandons the call.
func (st *Stream) Close() { st.ch.Release() }

// ReadAll collects the "write" chunks of a streaming reply until close.
func (st *Stream) ReadAll(ctx context.Context) ([]byte, error) {
	var out []byte
	for {
		name, args, err := st.Recv(ctx)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if name == "write" && len(args) > 0 {
			b, _ := rpc.AsBytes(args[0])
			out = append(out, b...)
		}
	}
}

// Close closes the connection.
func (s *Service) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		return s.conn.Close()
	}
	return nil
}
