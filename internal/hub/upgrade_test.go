package hub

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// rawDB opens dir's hub.db with no schema of its own.
func rawDB(t *testing.T, dir string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "hub.db")+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}

// v1 task ids: one done before the upgrade, one running.
var (
	v1Done    = crypto.Keccak256Hash([]byte("v1 done"))
	v1Running = crypto.Keccak256Hash([]byte("v1 running"))
	v1Miners  = []common.Address{common.HexToAddress("0x1001"), common.HexToAddress("0x1002"), common.HexToAddress("0x1003")}
)

// writeV1 makes dir's database as sonm wrote it before schema versions
// (testdata/hub_v1.sql, user_version 0) with a done task whose replicas
// earned (one earning paid in a batch, one still owed) and a running
// task with a replica out, one failed and one lost.
func writeV1(t *testing.T, dir string) {
	t.Helper()
	schema, err := os.ReadFile("testdata/hub_v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	db := rawDB(t, dir)
	defer db.Close()
	if _, err := db.Exec(string(schema)); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	ms, deadline := now.UnixMilli(), now.Add(time.Hour).Unix()
	buyer := crypto.PubkeyToAddress(sonmtest.TestBuyer().Key.PublicKey).Hex()
	m := func(i int) string { return v1Miners[i].Hex() }
	for _, r := range []struct {
		q    string
		args []any
	}{
		{`INSERT INTO meta (key, value) VALUES ('wallet', ?)`, []any{common.HexToAddress("0xaa").Hex()}},
		{`INSERT INTO tasks (num, id, buyer, name, spec, bundle, info_hash, price, unit_pay, units, replication, deadline, state, result_hash, commit_tx, files, created, updated)
			VALUES (1, ?, ?, 'noop', ?, '', '', '3600000', '1800000', 2, 1, ?, 'done', '0xresult', '0xcommit', x'90', ?, ?)`,
			[]any{v1Done.Hex(), buyer, sonmtest.NoopSpec(2, 1), deadline, ms, ms}},
		{`INSERT INTO units (task, unit, root, winner) VALUES (1, 0, '0xr0', 1), (1, 1, '0xr1', 2)`, nil},
		{`INSERT INTO assignments (id, task, unit, miner, state, root, created, done) VALUES (1, 1, 0, ?, 'agreed', '0xr0', ?, ?), (2, 1, 1, ?, 'agreed', '0xr1', ?, ?)`,
			[]any{m(0), ms, ms, m(1), ms, ms}},
		{`INSERT INTO batches (id, state, txs, created) VALUES (1, 'paid', '0xpaid', ?)`, []any{ms}},
		{`INSERT INTO earnings (assignment, miner, amount, batch) VALUES (1, ?, '1800000', 1), (2, ?, '1800000', 0)`, []any{m(0), m(1)}},
		{`INSERT INTO tasks (num, id, buyer, name, spec, bundle, info_hash, price, unit_pay, units, replication, deadline, state, created, updated)
			VALUES (2, ?, ?, 'noop', ?, '', '', '7200000', '1800000', 4, 1, ?, 'running', ?, ?)`,
			[]any{v1Running.Hex(), buyer, sonmtest.NoopSpec(4, 1), deadline, ms, ms}},
		{`INSERT INTO assignments (id, task, unit, miner, state, error, created, done) VALUES (3, 2, 0, ?, 'running', '', ?, 0), (4, 2, 1, ?, 'failed', 'exit code 1', ?, ?),
			(5, 2, 2, ?, 'lost', 'miner vanished', ?, ?)`, []any{m(2), ms, m(2), ms, ms, m(2), ms, ms}},
	} {
		if _, err := db.Exec(r.q, r.args...); err != nil {
			t.Fatalf("%s: %v", r.q, err)
		}
	}
}

// dump is every row of the hub's tables, as text.
func dump(t *testing.T, db *sql.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range []string{"tasks", "units", "assignments", "earnings", "batches", "meta"} {
		rows, err := db.Query(`SELECT * FROM ` + table + ` ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for i, v := range vals {
				fmt.Fprintf(&b, "%s=%v ", cols[i], v)
			}
			out[table] = append(out[table], b.String())
		}
		rows.Close()
	}
	return out
}

// A database of the schema before versions is upgraded in place, row for
// row.
func TestUpgradeFromVersion1KeepsEveryRow(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeV1(t, dir)
	db := rawDB(t, dir)
	before := dump(t, db)
	db.Close()
	if len(before["tasks"]) != 2 || len(before["earnings"]) != 2 || len(before["batches"]) != 1 {
		t.Fatalf("the v1 fixture holds %v", before)
	}
	s, err := openStore(ctx, dir, true)
	if err != nil {
		t.Fatal(err)
	}
	after := dump(t, s.db)
	v, _ := schemaVersion(ctx, s.db)
	s.Close()
	if v != len(migrations) {
		t.Fatalf("upgraded to version %d, want %d", v, len(migrations))
	}
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("the upgrade changed rows:\nbefore %v\nafter  %v", before, after)
	}
	// Opening it again changes nothing.
	s, err = openStore(ctx, dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if again := dump(t, s.db); !reflect.DeepEqual(before, again) {
		t.Fatalf("a second open changed rows:\nbefore %v\nafter  %v", before, again)
	}
}

// A hub started on a database of the schema before versions resumes from
// it: the done task still reads as done, the running one completes, the
// earning that was owed is still owed and the paid one is not.
func TestUpgradeFromVersion1Resumes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeV1(t, dir)
	h := startHub(t, dir, newKey(t), nil)
	defer h.Close()
	m := miner(t, h, sonmtest.MinerOptions{Slots: 2})
	defer m.Stop()
	c := sonmtest.Dial(t, h.LocatorAddr())

	st := sonmtest.WaitStatus(t, c, v1Running.Hex(), sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone {
		t.Fatalf("the running task after the upgrade: %+v, want done", st)
	}
	checkResult(t, h, c, v1Running.Hex(), 4)
	st = sonmtest.WaitStatus(t, c, v1Done.Hex(), sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone || st.ResultHash != "0xresult" || st.CommitTx != "0xcommit" || st.Units != 2 {
		t.Fatalf("the done task after the upgrade: %+v, want done with its result and commit", st)
	}

	owed, err := h.db.owed(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]string{}
	for _, e := range owed {
		got[e.assignment] = e.miner.Hex() + " " + e.amount.String()
	}
	if got[2] != v1Miners[1].Hex()+" 1800000" || got[1] != "" {
		t.Fatalf("owed after the upgrade: %v; want assignment 2's 1800000 wei to %s, not assignment 1's (paid)", got, v1Miners[1].Hex())
	}
	// The running task's units earned once each, with ids after the v1 ones.
	var n, distinct, first int
	h.db.db.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT a.unit), MIN(a.id) FROM earnings e JOIN assignments a ON a.id = e.assignment WHERE a.task = 2`).Scan(&n, &distinct, &first)
	if n != 4 || distinct != 4 || first <= 5 {
		t.Fatalf("earnings of the running task: %d rows over %d units from assignment %d, want 4, 4, after 5", n, distinct, first)
	}
}
