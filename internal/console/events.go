package console

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// feed holds the newest World as JSON and wakes whoever waits for a newer
// one. A slow reader skips versions instead of queueing them: it only ever
// needs the latest picture.
type feed struct {
	mu      sync.Mutex
	version uint64
	body    []byte
	changed chan struct{} // closed and replaced on each publish
}

func newFeed() *feed { return &feed{changed: make(chan struct{})} }

// publish stores body if it differs from the current one.
func (f *feed) publish(body []byte) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if bytes.Equal(body, f.body) {
		return false
	}
	f.body, f.version = body, f.version+1
	close(f.changed)
	f.changed = make(chan struct{})
	return true
}

// latest returns the current body, its version and a channel closed on the
// next publish.
func (f *feed) latest() ([]byte, uint64, <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.body, f.version, f.changed
}

// follow reads the chain head every Poll and, when it moved, the World at
// it; an unreachable chain is logged once per outage and retried.
func (s *Server) follow(ctx context.Context) {
	var last uint64
	var have, failing bool
	tick := time.NewTicker(s.cfg.Poll)
	defer tick.Stop()
	for {
		err := func() error {
			rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			h, err := s.cfg.Chain.Head(rctx)
			if err != nil {
				return err
			}
			if have && h.Number == last {
				return nil
			}
			w, err := readWorld(rctx, s.cfg.Chain, h)
			if err != nil {
				return fmt.Errorf("read block %d: %w", h.Number, err)
			}
			body, err := json.Marshal(w)
			if err != nil {
				return err
			}
			s.feed.publish(body)
			last, have = h.Number, true
			return nil
		}()
		switch {
		case err != nil && ctx.Err() == nil && !failing:
			s.log.Warn("console: cannot read the chain; retrying", "err", err)
			failing = true
		case err == nil && failing:
			s.log.Info("console: chain readable again")
			failing = false
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// handleWorld answers the newest World as JSON (503 before the first read).
func (s *Server) handleWorld(w http.ResponseWriter, r *http.Request) {
	body, _, _ := s.feed.latest()
	w.Header().Set("Cache-Control", "no-store")
	if body == nil {
		http.Error(w, "the chain has not been read yet; try again in a moment", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// heartbeat keeps idle streams through proxies and lets a dead one fail.
const heartbeat = 15 * time.Second

// handleEvents streams a "world" event with each new World, the current
// one first.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	select {
	case s.streams <- struct{}{}:
		defer func() { <-s.streams }()
	default:
		http.Error(w, "too many open consoles; close one", http.StatusServiceUnavailable)
		return
	}
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	if err := rc.Flush(); err != nil {
		return
	}
	var sent uint64
	beat := time.NewTicker(heartbeat)
	defer beat.Stop()
	for {
		body, version, changed := s.feed.latest()
		if version != sent && body != nil {
			if _, err := fmt.Fprintf(w, "event: world\nid: %d\ndata: %s\n\n", version, body); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
			sent = version
		}
		select {
		case <-r.Context().Done():
			return
		case <-changed:
		case <-beat.C:
			if _, err := fmt.Fprint(w, ": beat\n\n"); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		}
	}
}
