package delivery

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestRateMeter(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		obs      []int64 // bytes done, one observation per second
		wantRate float64
		wantETA  time.Duration
	}{
		{name: "one sample has no rate", obs: []int64{100}, wantRate: 0, wantETA: 0},
		{name: "steady 1 MiB/s", obs: []int64{0, 1 << 20, 2 << 20, 3 << 20}, wantRate: 1 << 20, wantETA: 7 * time.Second},
		// The window is 2s: only the last three samples count.
		{name: "window drops old samples", obs: []int64{0, 0, 0, 2 << 20, 4 << 20}, wantRate: 2 << 20, wantETA: 3 * time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := NewRateMeter(2 * time.Second)
			var now time.Time
			for i, d := range tc.obs {
				now = t0.Add(time.Duration(i) * time.Second)
				m.Observe(now, d)
			}
			p := m.Progress(now, tc.obs[len(tc.obs)-1], 10<<20, 2)
			if p.Rate != tc.wantRate {
				t.Errorf("rate = %v, want %v", p.Rate, tc.wantRate)
			}
			if p.ETA != tc.wantETA {
				t.Errorf("ETA = %v, want %v", p.ETA, tc.wantETA)
			}
			if want := time.Duration(len(tc.obs)-1) * time.Second; p.Elapsed != want {
				t.Errorf("elapsed = %v, want %v", p.Elapsed, want)
			}
		})
	}
}

func TestFormatProgress(t *testing.T) {
	p := Progress{Done: 5 << 20, Total: 10 << 20, Rate: 1 << 20, ETA: 5 * time.Second, Peers: 3}
	got := FormatProgress(p)
	want := "5.0 MiB / 10.0 MiB  1.0 MiB/s  ETA 5s  peers 3"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestBarModes(t *testing.T) {
	early := Progress{Done: 1, Total: 10, Elapsed: 500 * time.Millisecond}
	late := Progress{Done: 5, Total: 10, Elapsed: 2 * time.Second}
	tests := []struct {
		name  string
		mode  Mode
		check func(t *testing.T, out string)
	}{
		// Into a buffer (not a terminal), as into a pipe or a log: plain
		// lines, no carriage return.
		{"bar stays silent for the first second, then prints plain lines", ModeBar, func(t *testing.T, out string) {
			if strings.ContainsRune(out, '\r') || strings.Count(out, "\n") != 1 || !strings.Contains(out, "50%") || !strings.HasSuffix(out, "\n") {
				t.Errorf("got %q, want one plain line at 50%%", out)
			}
		}},
		{"quiet writes nothing", ModeQuiet, func(t *testing.T, out string) {
			if out != "" {
				t.Errorf("got %q, want nothing", out)
			}
		}},
		{"json writes a line per update", ModeJSON, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 2 {
				t.Fatalf("got %d lines, want 2: %q", len(lines), out)
			}
			var p Progress
			if err := json.Unmarshal([]byte(lines[1]), &p); err != nil {
				t.Fatalf("decode %q: %v", lines[1], err)
			}
			if p != late {
				t.Errorf("got %+v, want %+v", p, late)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			b := NewBar(&buf, tc.mode)
			b.Update(early)
			b.Update(late)
			b.Finish()
			tc.check(t, buf.String())
		})
	}
}
