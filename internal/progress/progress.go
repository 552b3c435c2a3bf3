// Package progress shows how far a piece of work has come. On a terminal it
// draws a bar redrawn in place (github.com/schollz/progressbar); anywhere
// else (a pipe, a file, a captured log) it prints plain lines, at most one
// per period and never a carriage return, so that logs stay readable.
package progress

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// DefaultPeriod is how often plain lines are printed at most.
const DefaultPeriod = 5 * time.Second

// Options configure a Bar.
type Options struct {
	// Period is the least time between two plain lines (default
	// DefaultPeriod). A terminal bar is redrawn on every change.
	Period time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Bar renders the progress of one piece of work to a writer. Its methods
// are safe for concurrent use.
type Bar struct {
	w      io.Writer
	period time.Duration
	now    func() time.Time

	mu      sync.Mutex
	tty     *progressbar.ProgressBar // nil when w is not a terminal
	max     int64
	printed bool      // a plain line was printed
	at      time.Time // when the last plain line was printed
	last    string    // the last plain line printed
	pending string    // the newest plain line, when not printed yet
}

// New returns a Bar drawing on w: a bar when w is a terminal, plain lines
// otherwise.
func New(w io.Writer, o Options) *Bar {
	b := &Bar{w: w, period: o.Period, now: o.Now}
	if b.period <= 0 {
		b.period = DefaultPeriod
	}
	if b.now == nil {
		b.now = time.Now
	}
	if isTerminal(w) {
		b.max = 1
		b.tty = progressbar.NewOptions64(b.max,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetWidth(30),
			progressbar.OptionShowDescriptionAtLineEnd(),
			progressbar.OptionSetPredictTime(false),
			progressbar.OptionSetElapsedTime(false),
		)
	}
	return b
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// Update shows that done of total is complete (total 0 when not known),
// with text saying the rest ("1.2 MiB / 3.0 MiB, 2 peers").
func (b *Bar) Update(done, total int64, text string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tty != nil {
		if m := max(total, 1); m != b.max {
			b.tty.ChangeMax64(m)
			b.max = m
		}
		b.tty.Set64(min(max(done, 0), b.max))
		b.tty.Describe(text)
		b.printed = true
		return
	}
	line := text
	if total > 0 {
		line = fmt.Sprintf("%3.0f%% %s", 100*float64(min(max(done, 0), total))/float64(total), text)
	}
	if line == b.last {
		b.pending = ""
		return
	}
	now := b.now()
	if b.printed && now.Sub(b.at) < b.period {
		b.pending = line
		return
	}
	b.print(line, now)
}

func (b *Bar) print(line string, now time.Time) {
	fmt.Fprintln(b.w, line)
	b.printed, b.at, b.last, b.pending = true, now, line, ""
}

// Finish ends the bar: a terminal bar's line is closed, and the newest
// plain line is printed if the period held it back.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tty != nil {
		if b.printed {
			fmt.Fprintln(b.w)
			b.printed = false
		}
		return
	}
	if b.pending != "" {
		b.print(b.pending, b.now())
	}
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
