package logging

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/rpc"
)

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestLoggingOverProtocol(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out syncBuf
	lg := New(slog.New(slog.NewTextHandler(&out, &slog.HandlerOptions{Level: slog.LevelDebug})), Info)
	srv, err := rpc.NewServer(lg.Service(), rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ctx, ln)
	defer srv.Close()
	c, err := rpc.Dial(ctx, "tcp", ln.Addr().String(), rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	g := Protocol()
	emit := func(p int, src, msg string, attrs any) {
		t.Helper()
		args := []any{p, src, msg}
		if attrs != nil {
			args = append(args, attrs)
		}
		if _, err := c.Open(ctx, g, "emit", args...); err != nil {
			t.Fatal(err)
		}
	}
	// emit has no reply; a verbosity call after it orders the check.
	sync := func() int64 {
		t.Helper()
		got, err := c.Call(ctx, g, "verbosity")
		if err != nil {
			t.Fatal(err)
		}
		v, _ := got.Int(0)
		return v
	}
	tests := []struct {
		name     string
		priority int
		attrs    any
		want     []string
		wantNot  string
	}{
		{"info with pair attrs", Info, []any{[]any{"uuid", "u-1"}}, []string{"level=INFO", "source=app/x", "msg=hello-1", "uuid=u-1"}, ""},
		{"error with map attrs", Error, map[string]any{"code": 7}, []string{"level=ERROR", "msg=hello-3", "code=7"}, ""},
		{"debug below verbosity", Debug, nil, nil, "hello-0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := "hello-" + string(rune('0'+tt.priority))
			if tt.wantNot != "" {
				// Absence can only be checked synchronously.
				lg.Emit(ctx, int64(tt.priority), "app/x", msg, nil)
			} else {
				emit(tt.priority, "app/x", msg, tt.attrs)
				waitFor(t, func() bool { return strings.Contains(out.String(), msg) })
			}
			got := out.String()
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Fatalf("got %q, want it to contain %q", got, w)
				}
			}
			if tt.wantNot != "" && strings.Contains(got, tt.wantNot) {
				t.Fatalf("got %q, want no %q", got, tt.wantNot)
			}
		})
	}
	t.Run("set_verbosity", func(t *testing.T) {
		if _, err := c.Call(ctx, g, "set_verbosity", Debug); err != nil {
			t.Fatal(err)
		}
		if v := sync(); v != Debug {
			t.Fatalf("got %d, want %d", v, Debug)
		}
		emit(Debug, "app/x", "now-visible", nil)
		waitFor(t, func() bool { return strings.Contains(out.String(), "now-visible") })
		if !strings.Contains(out.String(), "now-visible") {
			t.Fatalf("got %q, want the debug record", out.String())
		}
		if _, err := c.Call(ctx, g, "set_verbosity", 9); !errors.Is(err, rpc.ErrInvalidArgument) {
			t.Fatalf("got %v, want %v", err, rpc.ErrInvalidArgument)
		}
	})
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting for the record")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
