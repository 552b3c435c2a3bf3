package delivery

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
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
	width int
	drawn bool
}

// NewBar returns a renderer writing to w.
func NewBar(w io.Writer, mode Mode) *Bar { return &Bar{w: w, mode: mode, width: 30} }

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
		fmt.Fprintf(b.w, "\r%s", FormatProgress(p, b.width))
	}
}

// Finish ends the bar's line if one was drawn.
func (b *Bar) Finish() {
	if b.mode == ModeBar && b.drawn {
		fmt.Fprintln(b.w)
	}
}

// FormatProgress renders one line: a bar, bytes done of total, rate and ETA.
func FormatProgress(p Progress, width int) string {
	frac := 0.0
	if p.Total > 0 {
		frac = float64(p.Done) / float64(p.Total)
	}
	frac = min(max(frac, 0), 1)
	filled := int(frac * float64(width))
	bar := strings.Repeat("=", filled)
	if filled < width {
		bar += ">" + strings.Repeat(" ", width-filled-1)
	}
	eta := "--"
	if p.ETA > 0 {
		eta = p.ETA.Round(time.Second).String()
	}
	return fmt.Sprintf("[%s] %5.1f%% %s / %s  %s/s  ETA %s  peers %d",
		bar, frac*100, FormatBytes(p.Done), FormatBytes(p.Total), FormatBytes(int64(p.Rate)), eta, p.Peers)
}

// FormatBytes renders n with a binary unit (B, KiB, MiB, GiB, TiB).
func FormatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v := float64(n)
	units := []string{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	i := -1
	for v >= unit && i < len(units)-1 {
		v /= unit
		i++
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}
