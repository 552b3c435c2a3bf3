package hub

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/sonmtest"
)

func openTestStore(t *testing.T) *store {
	t.Helper()
	s, err := openStore(context.Background(), t.TempDir(), true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func running(id uint64, unit int) op {
	return insertAssignment{id: id, task: 1, unit: unit, miner: "0xm", state: asRunning}
}

// One sample of every op, in an order a hub could write them.
var sampleOps = []op{
	insertTask{num: 1, id: "0xt", buyer: "0xb", name: "n", spec: []byte("s"), price: "2", unitPay: "1", units: 1, repl: 1, state: "queued"},
	setTaskState{num: 1, state: "running", updated: 2},
	insertAssignment{id: 1, task: 1, miner: "0xm", state: asRunning, created: 3},
	setAssignmentReported{id: 1, state: asReported, root: "r", magnet: "m", done: 4},
	setAssignmentState{id: 1, state: asAgreed},
	insertEarning{assignment: 1, miner: "0xm", amount: "1"},
	insertUnit{task: 1, unit: 0, root: "r", winner: 1},
	insertAssignment{id: 2, task: 1, miner: "0xn", state: asRunning, created: 3},
	setAssignmentEnded{id: 2, state: asCancelled, err: "unit settled", done: 5},
	setTaskResult{num: 1, resultHash: "h", magnet: "m2", files: []byte{0x90}, updated: 6},
	setTaskDone{num: 1, state: "done", commitTx: "0xc", updated: 7},
	setTaskEnded{num: 1, state: "done", err: "", updated: 8},
	setMeta{key: "wallet", value: "0xw"},
	setEarningBatch{assignment: 1, batch: 1},
	setBatchState{id: 1, state: "sending"},
	addBatchTx{batch: 1, hash: "0x1", raw: []byte{1}},
	addBatchTx{batch: 1, hash: "0x2", raw: []byte{2}},
	releaseEarnings{batch: 1},
}

// Every statement has an op, whose parameters fit it, and is keyed
// exactly when the op says which row it changes; applied one by one or
// all in one batch, the ops leave the same rows.
func TestOpsMatchTheirStatements(t *testing.T) {
	seen := map[stmt]bool{stInsertBatch: true} // written by openBatch
	for _, o := range sampleOps {
		st := o.stmt()
		seen[st] = true
		_, keyed := o.(keyedOp)
		if d := stmtDefs[st]; keyed != (d.key != "") {
			t.Errorf("%T: keyed op %v, its statement's key %q", o, keyed, d.key)
		}
	}
	for st := stmt(0); st < numStmts; st++ {
		if !seen[st] {
			t.Errorf("statement %d (%s) has no sample op", st, stmtDefs[st].sql(1))
		}
	}
	for _, whole := range []bool{false, true} {
		s := openTestStore(t)
		ctx := context.Background()
		if _, err := s.db.Exec(`INSERT INTO batches (id, state, created) VALUES (1, 'x', 0)`); err != nil {
			t.Fatal(err)
		}
		if whole {
			if err := s.apply(ctx, sampleOps...); err != nil {
				t.Fatal(err)
			}
		} else {
			for _, o := range sampleOps {
				if err := s.apply(ctx, o); err != nil {
					t.Errorf("%T: %v", o, err)
				}
			}
		}
		var got string
		s.db.QueryRow(`SELECT t.state || ' ' || t.result_hash || ' ' || t.magnet || ' ' || t.commit_tx || ' ' || a.state || ' ' || a.root || ' ' ||
			e.batch || ' ' || b.state || ' ' || b.txs || ' ' || hex(b.raw) || ' ' || u.root || ' ' || c.state || ' ' || m.value
			FROM tasks t, assignments a, earnings e, batches b, units u, assignments c, meta m WHERE a.id = 1 AND c.id = 2`).Scan(&got)
		if want := "done h m2 0xc agreed r 0 sending 0x1,0x2 02 r cancelled 0xw"; got != want {
			t.Errorf("whole batch %v: got %q, want %q", whole, got, want)
		}
	}
}

func TestApplyGroupsFreshInserts(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{1, 7, 128, 300} { // 300 = 2*128 + 32 + 8 + 4*1: every chunk size
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			s := openTestStore(t)
			var ops []op
			for i := 1; i <= n; i++ {
				ops = append(ops, running(uint64(i), i-1))
				if i == 1 {
					// Written after its row in the batch, so it must see it.
					ops = append(ops, setAssignmentState{id: 1, state: asLost})
				}
			}
			ops = append(ops, setMeta{key: "k", value: "v"})
			if err := s.apply(ctx, ops...); err != nil {
				t.Fatal(err)
			}
			var rows, units int
			if err := s.db.QueryRow(`SELECT COUNT(*), COALESCE(SUM(unit), 0) FROM assignments`).Scan(&rows, &units); err != nil {
				t.Fatal(err)
			}
			if rows != n || units != n*(n-1)/2 {
				t.Fatalf("got %d rows with units summing to %d, want %d and %d", rows, units, n, n*(n-1)/2)
			}
			var state string
			s.db.QueryRow(`SELECT state FROM assignments WHERE id = 1`).Scan(&state)
			if state != asLost {
				t.Fatalf("assignment 1 is %q, want %q (the update after its insert)", state, asLost)
			}
			if v, _ := s.meta(ctx, "k"); v != "v" {
				t.Fatalf("meta k = %q, want v", v)
			}
		})
	}
}

func TestApplyIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	var ops []op
	for i := 1; i <= 40; i++ {
		ops = append(ops, running(uint64(i), i))
	}
	ops = append(ops, running(3, 3)) // id 3 twice
	ops = append(ops, setMeta{key: "k", value: "v"})
	if err := s.apply(ctx, ops...); err == nil {
		t.Fatal("a batch with a duplicate key applied without error")
	}
	var rows int
	s.db.QueryRow(`SELECT COUNT(*) FROM assignments`).Scan(&rows)
	if v, _ := s.meta(ctx, "k"); rows != 0 || v != "" {
		t.Fatalf("after a failed batch: %d rows and meta %q, want none of it", rows, v)
	}
	// The store still works, with the statements it prepared.
	if err := s.apply(ctx, ops[:40]...); err != nil {
		t.Fatal(err)
	}
	s.db.QueryRow(`SELECT COUNT(*) FROM assignments`).Scan(&rows)
	if rows != 40 {
		t.Fatalf("got %d rows, want 40", rows)
	}
}

func TestApplyGroupsKeyedUpdates(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	const n = 300
	var ops []op
	for i := 1; i <= n; i++ {
		ops = append(ops, running(uint64(i), i))
	}
	if err := s.apply(ctx, ops...); err != nil {
		t.Fatal(err)
	}
	ops = ops[:0]
	for i := 1; i <= n; i++ {
		ops = append(ops, setAssignmentReported{id: uint64(i), state: asReported, root: "r" + strconv.Itoa(i), done: int64(i)})
		if i == 50 {
			// The same row again in the run: the later values win.
			ops = append(ops, setAssignmentReported{id: uint64(i), state: asAgreed, root: "again", done: -1})
		}
		if i == 100 {
			// Other ops in between, on rows the run updated before.
			ops = append(ops, setAssignmentEnded{id: 99, state: asReported, err: "e", done: 99})
			ops = append(ops, setMeta{key: "k", value: "v"})
			ops = append(ops, setAssignmentState{id: 98, state: asLost})
		}
	}
	ops = append(ops, setAssignmentReported{id: 7, state: asOutvoted, root: "last"})
	if err := s.apply(ctx, ops...); err != nil {
		t.Fatal(err)
	}
	got := map[int]string{}
	rows, err := s.db.Query(`SELECT id, state || ' ' || root || ' ' || done || ' ' || error FROM assignments`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int
		var v string
		rows.Scan(&id, &v)
		got[id] = v
	}
	rows.Close()
	for i := 1; i <= n; i++ {
		want := asReported + " r" + strconv.Itoa(i) + " " + strconv.Itoa(i) + " "
		switch i {
		case 7:
			want = asOutvoted + " last 0 "
		case 50:
			want = asAgreed + " again -1 "
		case 98:
			want = asLost + " r98 98 "
		case 99:
			want += "e"
		}
		if got[i] != want {
			t.Errorf("assignment %d: got %q, want %q", i, got[i], want)
		}
	}
}

// The payout journal's batch takes exactly the earnings it was given.
func TestOpenBatch(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	var ops []op
	for i := 1; i <= 50; i++ {
		ops = append(ops, insertEarning{assignment: uint64(i), miner: "0xm", amount: strconv.Itoa(i)})
	}
	if err := s.apply(ctx, ops...); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i := int64(1); i <= 40; i++ {
		ids = append(ids, i)
	}
	batch, err := s.openBatch(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	owed, err := s.owed(ctx, 100)
	if err != nil || len(owed) != 10 || owed[0].assignment != 41 || owed[0].amount.Int64() != 41 {
		t.Fatalf("owed: got %d earnings from %v, %v; want 10 from assignment 41", len(owed), owed, err)
	}
	if signed, err := s.batchSigned(ctx, batch); err != nil || signed {
		t.Fatalf("a fresh batch: signed %v, %v; want false", signed, err)
	}
	if bs, err := s.sendingBatches(ctx); err != nil || len(bs) != 1 || bs[0].id != batch {
		t.Fatalf("sending batches: got %v, %v; want batch %d", bs, err, batch)
	}
	if err := s.releaseBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if owed, _ := s.owed(ctx, 100); len(owed) != 50 {
		t.Fatalf("after release: %d owed, want 50", len(owed))
	}
	if bs, _ := s.sendingBatches(ctx); len(bs) != 0 {
		t.Fatalf("after release: %d batches sending, want 0", len(bs))
	}
}

func TestNewDatabaseHasNewestSchema(t *testing.T) {
	s := openTestStore(t)
	v, err := schemaVersion(context.Background(), s.db)
	if err != nil || v != len(migrations) {
		t.Fatalf("user_version %d, %v; want %d", v, err, len(migrations))
	}
}

// The queries that run every payout round, or per task, read through
// indexes rather than scanning or sorting whole tables.
func TestHotQueriesUseIndexes(t *testing.T) {
	s := openTestStore(t)
	for _, c := range []struct{ q, want string }{
		{qOwed, "INDEX earnings_batch"},
		{stmtDefs[stReleaseEarnings].q, "INDEX earnings_batch"},
		{qSendingBatches, "INDEX batches_sending"},
		{qTaskAssignments, "INDEX assignments_task"},
	} {
		var args []any
		if strings.Contains(c.q, "?") {
			args = append(args, 1)
		}
		rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+c.q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			rows.Scan(&id, &parent, &unused, &detail)
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, c.want) || strings.Contains(p, "TEMP B-TREE") {
			t.Errorf("%s: got plan %q, want it %s and no temporary B-tree", c.q, p, c.want)
		}
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := rawDB(t, dir)
	if _, err := db.Exec(`CREATE TABLE future (x); PRAGMA user_version = ` + strconv.Itoa(len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := openStore(ctx, dir, true)
	if err == nil {
		s.Close()
		t.Fatal("a database of a newer schema opened")
	}
	if !errors.Is(err, errNewerSchema) || !strings.Contains(err.Error(), "version "+strconv.Itoa(len(migrations)+1)) {
		t.Fatalf("got %v, want errNewerSchema naming the version", err)
	}
	db = rawDB(t, dir)
	defer db.Close()
	var v, tables int
	db.QueryRow(`PRAGMA user_version`).Scan(&v)
	db.QueryRow(`SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'`).Scan(&tables)
	if v != len(migrations)+1 || tables != 1 {
		t.Fatalf("after the refusal: version %d and %d tables, want it untouched (%d, 1)", v, tables, len(migrations)+1)
	}
}

// A migration that fails leaves the database at the last version that
// completed, with nothing of the failed one.
func TestFailedMigrationRollsBack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := rawDB(t, dir)
	defer db.Close()
	ms := []migration{
		{"one", execSQL(`CREATE TABLE a (x)`)},
		{"two", execSQL(`CREATE TABLE b (x); INSERT INTO a VALUES (1); INSERT INTO nowhere VALUES (1)`)},
	}
	if err := migrate(ctx, db, "test.db", ms); err == nil || !strings.Contains(err.Error(), "upgrade to version 2 (two)") {
		t.Fatalf("got %v, want the second migration's error", err)
	}
	var v, tables, rows int
	db.QueryRow(`PRAGMA user_version`).Scan(&v)
	db.QueryRow(`SELECT COUNT(*) FROM sqlite_schema WHERE name = 'b'`).Scan(&tables)
	db.QueryRow(`SELECT COUNT(*) FROM a`).Scan(&rows)
	if v != 1 || tables != 0 || rows != 0 {
		t.Fatalf("got version %d, table b %d, rows in a %d; want 1, 0, 0", v, tables, rows)
	}
	// Fixed, it goes on from version 1.
	ms[1].up = execSQL(`CREATE TABLE b (x); INSERT INTO a VALUES (1)`)
	if err := migrate(ctx, db, "test.db", ms); err != nil {
		t.Fatal(err)
	}
	db.QueryRow(`PRAGMA user_version`).Scan(&v)
	db.QueryRow(`SELECT COUNT(*) FROM a`).Scan(&rows)
	if v != 2 || rows != 1 {
		t.Fatalf("got version %d and %d rows in a, want 2 and 1", v, rows)
	}
}

// BenchmarkApply writes what a loop turn writes for a task of
// replication 1 at full load: b.N units placed in batches of 512, then
// reported and settled (go test -bench Apply -run XXX ./internal/hub).
func BenchmarkApply(b *testing.B) {
	ctx := context.Background()
	s, err := openStore(ctx, b.TempDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.apply(ctx, insertTask{num: 1, id: "0xt", spec: []byte("s"), state: "running"}); err != nil {
		b.Fatal(err)
	}
	const batch = 512
	ops := make([]op, 0, 3*batch)
	b.ResetTimer()
	for done := 0; done < b.N; done += batch {
		ops = ops[:0]
		for i := done; i < done+batch; i++ {
			ops = append(ops, insertAssignment{id: uint64(i + 1), task: 1, unit: i, miner: "0x0000000000000000000000000000000000001001", state: asRunning, created: int64(i)})
		}
		if err := s.apply(ctx, ops...); err != nil {
			b.Fatal(err)
		}
		ops = ops[:0]
		for i := done; i < done+batch; i++ {
			id := uint64(i + 1)
			ops = append(ops, setAssignmentReported{id: id, state: asAgreed, root: "0xroot", magnet: "", done: int64(i)},
				insertEarning{assignment: id, miner: "0x0000000000000000000000000000000000001001", amount: "1800000"},
				insertUnit{task: 1, unit: i, root: "0xroot", winner: id})
		}
		if err := s.apply(ctx, ops...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplyTasks writes what single-unit tasks cost, 64 at a time
// (the bench's closed loop of 64 buyers): accepted and placed, then
// reported, verified, published and done.
func BenchmarkApplyTasks(b *testing.B) {
	ctx := context.Background()
	s, err := openStore(ctx, b.TempDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const batch = 64
	const miner = "0x0000000000000000000000000000000000001001"
	spec := sonmtest.NoopSpec(1, 1)
	ops := make([]op, 0, 6*batch)
	b.ResetTimer()
	for done := 0; done < b.N; done += batch {
		ops = ops[:0]
		for i := done; i < done+batch; i++ {
			n := uint64(i + 1)
			ops = append(ops, insertTask{num: n, id: strconv.Itoa(i), buyer: miner, name: "noop", spec: spec, price: "3600000", unitPay: "1800000",
				units: 1, repl: 1, deadline: 1, state: "queued", created: 1, updated: 1},
				setTaskState{num: n, state: "running", updated: 2},
				insertAssignment{id: n, task: n, miner: miner, state: asRunning, created: 2})
		}
		if err := s.apply(ctx, ops...); err != nil {
			b.Fatal(err)
		}
		ops = ops[:0]
		for i := done; i < done+batch; i++ {
			n := uint64(i + 1)
			ops = append(ops, setAssignmentReported{id: n, state: asAgreed, root: "0xroot", done: 3},
				insertEarning{assignment: n, miner: miner, amount: "1800000"},
				insertUnit{task: n, root: "0xroot", winner: n},
				setTaskState{num: n, state: "publishing", updated: 3},
				setTaskResult{num: n, resultHash: "0xroot", updated: 3},
				setTaskDone{num: n, state: "done", updated: 3})
		}
		if err := s.apply(ctx, ops...); err != nil {
			b.Fatal(err)
		}
	}
}
