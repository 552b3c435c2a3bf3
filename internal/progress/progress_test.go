package progress

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// fakeClock is a clock the test moves.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

// Into a writer that is not a terminal (a pipe, a log), a bar prints plain
// lines: no carriage return, at most one line per period, and the newest
// state when it finishes.
func TestPlainLinesWhenNotATerminal(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	var buf bytes.Buffer
	b := New(&buf, Options{Period: time.Second, Now: clk.now})
	const updates, step = 100, 100 * time.Millisecond // ten updates per period, over ten periods
	for i := range updates {
		b.Update(int64(i), updates, fmt.Sprintf("%d of %d", i, updates))
		clk.t = clk.t.Add(step)
	}
	b.Finish()
	out := buf.String()
	if strings.ContainsRune(out, '\r') {
		t.Fatalf("got a carriage return in %q, want plain lines", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	periods := int(time.Duration(updates)*step/time.Second) + 1 // the first update, one per period, the last at Finish
	if len(lines) > periods+1 {
		t.Errorf("got %d lines for %d periods, want at most one a period: %q", len(lines), periods, out)
	}
	if len(lines) < 2 {
		t.Errorf("got %d lines, want the first state and the periodic ones: %q", len(lines), out)
	}
	if want := " 99% 99 of 100"; lines[len(lines)-1] != want {
		t.Errorf("last line: got %q, want %q (the newest state, printed at Finish)", lines[len(lines)-1], want)
	}
	if lines[0] != "  0% 0 of 100" {
		t.Errorf("first line: got %q, want the first state at once", lines[0])
	}
}

// Unchanged states print nothing more, and an unknown total prints the text
// alone.
func TestPlainLinesSkipRepeats(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	var buf bytes.Buffer
	b := New(&buf, Options{Period: time.Second, Now: clk.now})
	for range 5 {
		b.Update(0, 0, "waiting")
		clk.t = clk.t.Add(2 * time.Second)
	}
	b.Finish()
	if got := buf.String(); got != "waiting\n" {
		t.Errorf("got %q, want one line", got)
	}
}

func TestFormatBytes(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{{0, "0 B"}, {1023, "1023 B"}, {1024, "1.0 KiB"}, {3 << 20, "3.0 MiB"}}
	for _, tt := range tests {
		if got := FormatBytes(tt.n); got != tt.want {
			t.Errorf("FormatBytes(%d): got %q, want %q", tt.n, got, tt.want)
		}
	}
}

// On a terminal the bar is drawn and redrawn in place.
func TestBarOnATerminal(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("open a pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	got := make(chan string, 1)
	go func() {
		var seen []byte
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			seen = append(seen, buf[:n]...)
			if err != nil || bytes.Contains(seen, []byte("half done")) && bytes.Contains(seen, []byte("all done")) {
				got <- string(seen)
				return
			}
		}
	}()
	b := New(tty, Options{})
	b.Update(5, 10, "half done")
	b.Update(10, 10, "all done")
	b.Finish()
	select {
	case out := <-got:
		if !strings.Contains(out, "\r") || !strings.Contains(out, "50%") || !strings.Contains(out, "100%") {
			t.Errorf("got %q, want a bar redrawn in place at 50%% and 100%%", out)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the terminal got no bar within 30s")
	}
}
