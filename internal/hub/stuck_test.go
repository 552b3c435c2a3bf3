package hub

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// TestFailingTaskEndsAndStarvesNone: with one miner, a task whose units
// always fail can never reach the failure limit (a unit is not retried
// on the miner it failed on); it must still end, and a later task run.
func TestFailingTaskEndsAndStarvesNone(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.StuckWait = 300 * time.Millisecond })
	defer h.Close()
	m := miner(t, h, sonmtest.MinerOptions{Slots: 1})
	defer m.Stop()
	cBad, bad := submit(t, h, sonmtest.FailingSpec(3, 1))
	cGood, good := submit(t, h, sonmtest.NoopSpec(4, 1))
	if st := sonmtest.WaitStatus(t, cGood, good, sonmtest.TestBuyer(), 0); st.State != hubapi.StateDone {
		t.Fatalf("good task: got %+v, want done", st)
	}
	st := sonmtest.WaitStatus(t, cBad, bad, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateFailed || !strings.Contains(st.Error, "always fails") {
		t.Fatalf("failing task: got state %q error %q, want failed with the units' error", st.State, st.Error)
	}
}

// TestTieNobodyBreaksEnds: two miners disagree on the even units and no
// third miner joins. The buyer is told while the hub waits; then the task
// fails, and only the verified (odd) units are owed to miners.
func TestTieNobodyBreaksEnds(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.StuckWait = time.Second })
	defer h.Close()
	honest := miner(t, h, sonmtest.MinerOptions{Slots: 2})
	defer honest.Stop()
	liar := miner(t, h, sonmtest.MinerOptions{Slots: 2, Output: sonmtest.LiesOnEven})
	defer liar.Stop()
	c, task := submit(t, h, sonmtest.NoopSpec(4, 2))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var told bool
	st, err := c.Status(ctx, task, sonmtest.TestBuyer(), func(s hubapi.TaskStatus) {
		if !hubapi.Terminal(s.State) && strings.Contains(s.Error, "disagree") {
			told = true
		}
	})
	if err != nil {
		t.Fatalf("status: %v (last %+v)", err, st)
	}
	if !told {
		t.Errorf("the buyer was never told why the task waits")
	}
	if st.State != hubapi.StateFailed || !strings.Contains(st.Error, "disagree") {
		t.Fatalf("got state %q error %q, want failed because replicas disagree", st.State, st.Error)
	}
	rows, err := h.db.db.Query(`SELECT a.unit FROM earnings e JOIN assignments a ON a.id = e.assignment`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var u int
		rows.Scan(&u)
		if u%2 == 0 {
			t.Errorf("unit %d earned though it was never verified", u)
		}
		n++
	}
	if n != 4 {
		t.Errorf("%d replicas owed, want 4 (two verified units x two miners)", n)
	}
}

// TestUnrunnableTaskEnds: a task no joined miner can run (quoted while
// its miners were there, say) waits with the reason shown, then fails.
func TestUnrunnableTaskEnds(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.StuckWait = 300 * time.Millisecond })
	defer h.Close()
	m := miner(t, h, sonmtest.MinerOptions{Slots: 1})
	defer m.Stop()
	c, task := submit(t, h, []byte("name: d\nexecutor: docker\nimage: alpine@sha256:abababababababababababababababababababababababababababababababab\n"))
	st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateFailed || !strings.Contains(st.Error, "no joined miner can run it") {
		t.Fatalf("got state %q error %q, want failed because no miner can run it", st.State, st.Error)
	}
}

// TestFailuresCountAcrossRestart: a unit's failed replicas still count
// toward its failure bound once the hub restarted (the verdict sees them).
func TestFailuresCountAcrossRestart(t *testing.T) {
	dir, key := t.TempDir(), newKey(t)
	cfg := func(c *Config) { c.MaxFailures = 2; c.StuckWait = 2 * time.Second }
	h := startHub(t, dir, key, cfg)
	m := miner(t, h, sonmtest.MinerOptions{Slots: 1})
	c, task := submit(t, h, sonmtest.FailingSpec(1, 1))
	sonmtest.WaitFor(t, "the first replica failed", 0, func() bool {
		var n int
		h.db.db.QueryRow(`SELECT COUNT(*) FROM assignments WHERE state = 'failed'`).Scan(&n)
		return n == 1
	})
	m.Stop()
	c.Close()
	h.Close()

	h2 := startHub(t, dir, key, cfg)
	defer h2.Close()
	m2 := miner(t, h2, sonmtest.MinerOptions{Slots: 1})
	defer m2.Stop()
	c2 := sonmtest.Dial(t, h2.LocatorAddr())
	st := sonmtest.WaitStatus(t, c2, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateFailed || !strings.Contains(st.Error, "failed on 2 replicas") {
		t.Fatalf("got state %q error %q, want failed on 2 replicas", st.State, st.Error)
	}
}
