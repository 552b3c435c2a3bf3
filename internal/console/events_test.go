package console

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// flakyChain fails to read the head until up is set.
type flakyChain struct {
	fakeChain
	up atomic.Bool
}

func (f *flakyChain) Head(ctx context.Context) (Head, error) {
	if !f.up.Load() {
		return Head{}, errors.New("connection refused")
	}
	return f.fakeChain.Head(ctx)
}

func startTest(t *testing.T, cfg Config) (*Server, string) {
	t.Helper()
	cfg.Rand = bytes.NewReader(make([]byte, tokenBytes))
	if cfg.Poll == 0 {
		cfg.Poll = 10 * time.Millisecond
	}
	s, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, "http://" + s.Addr().String()
}

func authed(t *testing.T, ctx context.Context, url string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+fixedToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// An unreachable chain is a 503 that says to wait, and the console serves
// the world once the chain answers.
func TestChainUnreachable(t *testing.T) {
	c := &flakyChain{}
	_, base := startTest(t, Config{Chain: c})
	resp := authed(t, context.Background(), base+"/api/world")
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("got %d before the chain answered, want 503", resp.StatusCode)
	}
	c.up.Store(true)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp := authed(t, context.Background(), base+"/api/world")
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d after the chain came up, want 200", resp.StatusCode)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestEventStreamsBounded(t *testing.T) {
	s, base := startTest(t, Config{Chain: fakeChain{}, MaxStreams: 1})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	first := authed(t, ctx, base+"/api/events")
	defer first.Body.Close()
	if first.StatusCode != http.StatusOK {
		t.Fatalf("got %d for the first stream, want 200", first.StatusCode)
	}
	second := authed(t, context.Background(), base+"/api/events")
	second.Body.Close()
	if second.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("got %d for a stream beyond the bound, want 503", second.StatusCode)
	}
	// Close ends the open stream instead of waiting for it.
	done := make(chan error, 1)
	go func() { done <- s.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("got %v from Close, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Close waited for an open event stream")
	}
}

func TestFeedSkipsSameBody(t *testing.T) {
	f := newFeed()
	_, v0, ch := f.latest()
	if !f.publish([]byte("a")) {
		t.Fatal("got no publish of a first body")
	}
	select {
	case <-ch:
	default:
		t.Fatal("got no wake-up on publish")
	}
	_, v1, ch := f.latest()
	if f.publish([]byte("a")) {
		t.Fatal("got a publish of the same body again")
	}
	select {
	case <-ch:
		t.Fatal("got a wake-up for the same body")
	default:
	}
	if v1 != v0+1 {
		t.Fatalf("got version %d after one publish from %d", v1, v0)
	}
}

func TestCloseWithoutStart(t *testing.T) {
	s := newTestServer(t)
	if err := s.Close(); err != nil {
		t.Fatalf("got %v, want nil", err)
	}
	if s.URL() != "" {
		t.Fatalf("got URL %q before Start, want none", s.URL())
	}
}
