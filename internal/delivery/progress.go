package delivery

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/sonm-io/sonm/internal/progress"
)

// Progress is a snapshot of a transfer.
type Progress struct {
	Done  int64 `json:"done_bytes"`
	Total int64 `json:"total_bytes"`
	// Rate is bytes per second over the meter's recent window.
	Rate float64 `json:"rate_bytes_per_second"`
	// ETA is zero when unknown (no rate yet) or when done.
	ETA   time.Duration `json:"eta_ns"`
	Peers int           `json:"peers"`
	// Elapsed is the time since the first observation.
	Elapsed time.Duration `json:"elapsed_ns"`
}

type sample struct {
	at   time.Time
	done int64
}

// RateMeter turns (time, bytes done) observations into a rate over a sliding
// window. Time comes in as arguments; the meter reads no clock.
type RateMeter struct {
	window  time.Duration
	start   time.Time
	samples []sample
}

// NewRateMeter returns a meter averaging over window.
func NewRateMeter(window time.Duration) *RateMeter {
	return &RateMeter{window: window}
}

// Observe records that done bytes were complete at now.
func (m *RateMeter) Observe(now time.Time, done int64) {
	if m.start.IsZero() {
		m.start = now
	}
	m.samples = append(m.samples, sample{now, done})
	cut := 0
	for cut < len(m.samples)-2 && now.Sub(m.samples[cut+1].at) >= m.window {
		cut++
	}
	m.samples = m.samples[cut:]
}

// Rate is bytes per second between the oldest and newest samples kept.
func (m *RateMeter) Rate() float64 {
	if len(m.samples) < 2 {
		return 0
	}
	first, last := m.samples[0], m.samples[len(m.samples)-1]
	dt := last.at.Sub(first.at).Seconds()
	if dt <= 0 || last.done < first.done {
		return 0
	}
	return float64(last.done-first.done) / dt
}

// Progress builds a snapshot at now.
func (m *RateMeter) Progress(now time.Time, done, total int64, peers int) Progress {
	p := Progress{Done: done, Total: total, Rate: m.Rate(), Peers: peers}
	if !m.start.IsZero() {
		p.Elapsed = now.Sub(m.start)
	}
	if p.Rate > 0 && total > done {
		p.ETA = time.Duration(float64(total-done) / p.Rate * float64(time.Second))
	}
	return p
}

// Mode selects how a Bar renders.
type Mode int

// Bar modes.
const (
	ModeBar   Mode = iota // a redrawn line for people, shown after the first second
	ModeQuiet             // nothing
	ModeJSON              // one JSON object per update, for scripts
)

// Bar renders Progress snapshots to a writer.
type Bar struct {
	w     io.Writer
	mode  Mode
	bar   *progress.Bar
	drawn bool
}

// NewBar returns a renderer writing to w. In ModeBar it draws a bar on a
// terminal and plain lines, at most one every few seconds, elsewhere.
func NewBar(w io.Writer, mode Mode) *Bar {
	b := &Bar{w: w, mode: mode}
	if mode == ModeBar {
		b.bar = progress.New(w, progress.Options{})
	}
	return b
}

// Update renders p. In ModeBar nothing is drawn until a transfer has run for
// a second, so quick transfers stay silent.
func (b *Bar) Update(p Progress) {
	switch b.mode {
	case ModeQuiet:
	case ModeJSON:
		line, _ := json.Marshal(p)
		fmt.Fprintf(b.w, "%s\n", line)
	default:
		if p.Elapsed < time.Second && !b.drawn {
			return
		}
		b.drawn = true
		b.bar.Update(p.Done, p.Total, FormatProgress(p))
	}
}

// Finish ends the bar's line if one was drawn.
func (b *Bar) Finish() {
	if b.mode == ModeBar && b.drawn {
		b.bar.Finish()
	}
}

// FormatProgress renders a transfer in words: bytes done of total, rate,
// ETA and peers (the bar and percentage are the renderer's).
func FormatProgress(p Progress) string {
	eta := "--"
	if p.ETA > 0 {
		eta = p.ETA.Round(time.Second).String()
	}
	return fmt.Sprintf("%s / %s  %s/s  ETA %s  peers %d",
		FormatBytes(p.Done), FormatBytes(p.Total), FormatBytes(int64(p.Rate)), eta, p.Peers)
}

// FormatBytes renders n with a binary unit (B, KiB, MiB, GiB, TiB).
func FormatBytes(n int64) string { return progress.FormatBytes(n) }
