package hub

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// waitState waits for a task's terminal status, up to 30 s, reading as
// the test buyer (or as buyer[0]).
func waitState(t *testing.T, c *hubapi.Client, task string, buyer ...hubapi.Buyer) hubapi.TaskStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := testBuyer()
	if len(buyer) > 0 {
		b = buyer[0]
	}
	st, err := c.Status(ctx, task, b, nil)
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

// TestTieNobodyBreaksEnds: two miners disagree on the even units and no
// third miner joins. The buyer is told while the hub waits; then the task
// fails, and only the verified (odd) units are owed to miners.
func TestTieNobodyBreaksEnds(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.StuckWait = time.Second })
	defer h.Close()
	honest := startMiner(t, h, 2, goodOutput, 0)
	defer honest.stop()
	liar := startMiner(t, h, 2, func(u int) string {
		if u%2 == 0 {
			return "a lie\n"
		}
		return goodOutput(u)
	}, 0)
	defer liar.stop()
	c, task := submit(t, h, noopSpec(4, 2))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var told bool
	st, err := c.Status(ctx, task, testBuyer(), func(s hubapi.TaskStatus) {
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
	m := startMiner(t, h, 1, goodOutput, 0)
	defer m.stop()
	c, task := submit(t, h, []byte("name: d\nexecutor: docker\nimage: alpine@sha256:abababababababababababababababababababababababababababababababab\n"))
	st := waitState(t, c, task)
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
	m := startMiner(t, h, 1, goodOutput, 0)
	c, task := submit(t, h, failingSpec(1, 1))
	waitUntil(t, "the first replica failed", func() bool {
		var n int
		h.db.db.QueryRow(`SELECT COUNT(*) FROM assignments WHERE state = 'failed'`).Scan(&n)
		return n == 1
	})
	m.stop()
	c.Close()
	h.Close()

	h2 := startHub(t, dir, key, cfg)
	defer h2.Close()
	m2 := startMiner(t, h2, 1, goodOutput, 0)
	defer m2.stop()
	c2, err := hubapi.DialVia(context.Background(), h2.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	st := waitState(t, c2, task)
	if st.State != hubapi.StateFailed || !strings.Contains(st.Error, "failed on 2 replicas") {
		t.Fatalf("got state %q error %q, want failed on 2 replicas", st.State, st.Error)
	}
}
