package buyer

import (
	"fmt"
	"io"
	"strings"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/progress"
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
	return "[" + bar + "] " + StatusText(st)
}

// StatusText is a task's progress in words: units verified, replicas
// running and failed, miners and state.
func StatusText(st hubapi.TaskStatus) string {
	s := fmt.Sprintf("%d/%d units verified, %d running, %d failed", st.Verified, st.Units, st.Running, st.Failed)
	switch {
	case st.Miners == 1:
		s += ", 1 miner"
	case st.Miners > 1:
		s += fmt.Sprintf(", %d miners", st.Miners)
	}
	return s + " (" + st.State + ")"
}

// TaskBar shows a followed task's progress on w (a bar on a terminal,
// plain lines elsewhere); Update is the follow callback.
type TaskBar struct{ b *progress.Bar }

// NewTaskBar returns a TaskBar drawing on w.
func NewTaskBar(w io.Writer) *TaskBar {
	return &TaskBar{b: progress.New(w, progress.Options{})}
}

// Update shows st.
func (t *TaskBar) Update(st hubapi.TaskStatus) {
	t.b.Update(int64(st.Verified), int64(st.Units), StatusText(st))
}

// Finish ends the bar.
func (t *TaskBar) Finish() { t.b.Finish() }
