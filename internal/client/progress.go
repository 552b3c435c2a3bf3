package client

import (
	"fmt"
	"io"
	"strings"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// FormatStatus renders one line of a task's progress: a bar of verified
// units, then replicas running, reported and failed.
func FormatStatus(st hubapi.TaskStatus, width int) string {
	if width < 4 {
		width = 4
	}
	filled := 0
	if st.Units > 0 {
		filled = st.Verified * width / st.Units
	}
	if filled > width {
		filled = width
	}
	bar := strings.Repeat("#", filled) + strings.Repeat(".", width-filled)
	s := fmt.Sprintf("[%s] %d/%d units verified, %d running, %d failed", bar, st.Verified, st.Units, st.Running, st.Failed)
	switch {
	case st.Miners == 1:
		s += ", 1 miner"
	case st.Miners > 1:
		s += fmt.Sprintf(", %d miners", st.Miners)
	}
	return s + " (" + st.State + ")"
}

// taskBar redraws a task's progress line when it changes.
type taskBar struct {
	w     io.Writer
	last  string
	drawn bool
}

func (b *taskBar) update(st hubapi.TaskStatus) {
	line := FormatStatus(st, 30)
	if line == b.last {
		return
	}
	pad := ""
	if n := len(b.last) - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(b.w, "\r%s%s", line, pad)
	b.last, b.drawn = line, true
}

func (b *taskBar) finish() {
	if b.drawn {
		fmt.Fprintln(b.w)
		b.drawn = false
	}
}
