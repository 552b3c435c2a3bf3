package hub

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// waitState waits for a task's terminal status, up to 30 s.
func waitState(t *testing.T, c *hubapi.Client, task string) hubapi.TaskStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := c.Status(ctx, task, nil)
	if err != nil {
		t.Fatalf("status of %s: %v (last %+v)", task, err, st)
	}
	return st
}

// TestFailingTaskEndsAndStarvesNone: with one miner, a task whose units
// always fail can never reach the failure limit (a unit is not retried
// on the miner it failed on); it must still end, and a later task run.
func TestFailingTaskEndsAndStarvesNone(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.StuckWait = 300 * time.Millisecond })
	defer h.Close()
	m := startMiner(t, h, 1, goodOutput, 0)
	defer m.stop()
	cBad, bad := submit(t, h, failingSpec(3, 1))
	cGood, good := submit(t, h, noopSpec(4, 1))
	if st := waitState(t, cGood, good); st.State != hubapi.StateDone {
		t.Fatalf("good task: got %+v, want done", st)
	}
	st := waitState(t, cBad, bad)
	if st.State != hubapi.StateFailed || !strings.Contains(st.Error, "always fails") {
		t.Fatalf("failing task: got state %q error %q, want failed with the units' error", st.State, st.Error)
	}
}
