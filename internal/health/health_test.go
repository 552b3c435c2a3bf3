package health

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/services/host"
)

var errDown = errors.New("down")

func TestTracker(t *testing.T) {
	at := func(s float64) time.Time { return time.Unix(1000, 0).Add(time.Duration(s * float64(time.Second))) }
	type obs struct {
		at     float64
		ok     bool
		want   State
		health float64 // billable seconds after it
	}
	tests := []struct {
		name  string
		grace time.Duration
		seq   []obs
	}{
		{"pass, pass: the interval between two passes is billed", 3 * time.Second, []obs{
			{1, true, Healthy, 0}, {2, true, Healthy, 1}, {3, true, Healthy, 2},
		}},
		{"an interval ending in a failure is not billed, nor the pass after it", 3 * time.Second, []obs{
			{1, true, Healthy, 0}, {2, true, Healthy, 1}, {3, false, Unhealthy, 1}, {4, true, Healthy, 1}, {5, true, Healthy, 2},
		}},
		{"never up within grace of the start: dead", 3 * time.Second, []obs{
			{1, false, Starting, 0}, {2, false, Starting, 0}, {3, false, Dead, 0}, {4, true, Dead, 0},
		}},
		{"slow start within grace is fine", 3 * time.Second, []obs{
			{1, false, Starting, 0}, {2.5, true, Healthy, 0}, {3.5, true, Healthy, 1},
		}},
		{"failing for grace after being up: dead, and final", 2 * time.Second, []obs{
			{1, true, Healthy, 0}, {2, true, Healthy, 1}, {3, false, Unhealthy, 1}, {4, false, Unhealthy, 1}, {5, false, Dead, 1}, {6, true, Dead, 1},
		}},
		{"a pass resets the failing run", 2 * time.Second, []obs{
			{1, true, Healthy, 0}, {2, false, Unhealthy, 0}, {3, true, Healthy, 0}, {4, false, Unhealthy, 0}, {5, false, Unhealthy, 0}, {6, false, Dead, 0},
		}},
		{"an observation out of order is ignored", 3 * time.Second, []obs{
			{2, true, Healthy, 0}, {1, false, Healthy, 0}, {3, true, Healthy, 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTracker(at(0), tt.grace)
			for i, o := range tt.seq {
				var err error
				if !o.ok {
					err = errDown
				}
				st, _ := tr.Observe(at(o.at), err)
				if st != o.want {
					t.Fatalf("observation %d (%gs, ok %v): state %s, want %s", i, o.at, o.ok, st, o.want)
				}
				if got := tr.Healthy().Seconds(); got != o.health {
					t.Fatalf("observation %d (%gs): healthy %gs, want %gs", i, o.at, got, o.health)
				}
			}
		})
	}
}

func TestProbes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	closedAddr := closed.Addr().String()
	closed.Close()
	defer ln.Close()

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Write([]byte(strings.Repeat("x", 1<<20)))
		case "/moved":
			http.Redirect(w, r, "/broken", http.StatusFound)
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		default:
			http.Error(w, "broken", http.StatusInternalServerError)
		}
	}))
	defer srv.Close()
	web := strings.TrimPrefix(srv.URL, "http://")

	node, err := host.New(host.Config{Listen: "127.0.0.1:0", DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer node.Close()

	tests := []struct {
		probe Probe
		ok    bool
	}{
		{TCP(ln.Addr().String()), true},
		{TCP(closedAddr), false},
		{HTTP(web, "/ok"), true},
		{HTTP(web, "/moved"), true}, // a redirect is an answer; it is not followed to the broken page
		{HTTP(web, "/broken"), false},
		{HTTP(web, "/slow"), false},
		{HTTP(closedAddr, "/"), false},
		{Cocaine(node.Addr(), "node", "list"), true},
		{Cocaine(node.Addr(), "node", "nope"), false},
		{Cocaine(node.Addr(), "absent", "list"), false},
	}
	for _, tt := range tests {
		t.Run(tt.probe.String(), func(t *testing.T) {
			pctx, cancel := context.WithTimeout(ctx, time.Second)
			defer cancel()
			err := tt.probe.Probe(pctx)
			if (err == nil) != tt.ok {
				t.Errorf("got %v, want ok %v", err, tt.ok)
			}
		})
	}
}

// A watcher reports the replica healthy, then unhealthy and dead once its
// port stops answering, and ends.
func TestWatch(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	var mu sync.Mutex
	var got []State
	healthy := make(chan struct{})
	report := func(r Report) {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, r.State)
		if r.State == Healthy && len(got) == 1 {
			close(healthy)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	done := make(chan time.Duration)
	go func() {
		h, _ := Watch(ctx, TCP(addr), Config{Every: 20 * time.Millisecond, Timeout: 20 * time.Millisecond, Grace: 200 * time.Millisecond}, nil, report)
		done <- h
	}()
	select {
	case <-healthy:
	case <-ctx.Done():
		t.Fatal("never reported healthy")
	}
	ln.Close()
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("the watcher did not end after its replica died")
	}
	mu.Lock()
	defer mu.Unlock()
	want := []State{Healthy, Unhealthy, Dead}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("reports: got %v, want %v", got, want)
	}
}

func TestWatchBadConfig(t *testing.T) {
	for _, cfg := range []Config{{}, {Every: time.Second, Timeout: 2 * time.Second, Grace: time.Minute}, {Every: time.Second, Timeout: time.Second, Grace: time.Millisecond}} {
		if _, err := Watch(context.Background(), TCP("127.0.0.1:1"), cfg, nil, nil); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%+v: got %v, want ErrBadConfig", cfg, err)
		}
	}
}
