package hub

import (
	"context"
	"strconv"
	"strings"
	"testing"
)

const insertAsg = `INSERT INTO assignments (id, task, unit, miner, state, created) VALUES (?, ?, ?, ?, ?, ?)`

func TestApplyGroupsFreshInserts(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{1, 7, 128, 300} { // 300 = 2*128 + 32 + 8 + 4*1: every chunk size
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			s, err := openStore(t.TempDir(), true)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var ops []op
			for i := 1; i <= n; i++ {
				ops = append(ops, op{q: insertAsg, args: []any{i, 1, i - 1, "0xm", asRunning, 0}, fresh: true})
				if i == 1 {
					// Written after its row in the batch, so it must see it.
					ops = append(ops, op{q: `UPDATE assignments SET state = ? WHERE id = ?`, args: []any{asLost, 1}})
				}
			}
			ops = append(ops, setMeta("k", "v"))
			if err := s.apply(ctx, ops); err != nil {
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
	s, err := openStore(t.TempDir(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ops []op
	for i := 1; i <= 40; i++ {
		ops = append(ops, op{q: insertAsg, args: []any{i, 1, i, "0xm", asRunning, 0}, fresh: true})
	}
	ops = append(ops, op{q: insertAsg, args: []any{3, 1, 3, "0xm", asRunning, 0}, fresh: true}) // id 3 twice
	ops = append(ops, setMeta("k", "v"))
	if err := s.apply(ctx, ops); err == nil {
		t.Fatal("a batch with a duplicate key applied without error")
	}
	var rows int
	s.db.QueryRow(`SELECT COUNT(*) FROM assignments`).Scan(&rows)
	if v, _ := s.meta(ctx, "k"); rows != 0 || v != "" {
		t.Fatalf("after a failed batch: %d rows and meta %q, want none of it", rows, v)
	}
	// The store still works, with the statements it prepared.
	if err := s.apply(ctx, ops[:40]); err != nil {
		t.Fatal(err)
	}
	s.db.QueryRow(`SELECT COUNT(*) FROM assignments`).Scan(&rows)
	if rows != 40 {
		t.Fatalf("got %d rows, want 40", rows)
	}
}

func TestFreshOpMustBeAnInsert(t *testing.T) {
	s, err := openStore(t.TempDir(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ops := []op{{q: `UPDATE assignments SET state = ? WHERE id = ?`, args: []any{asLost, 1}, fresh: true}}
	if err := s.apply(context.Background(), ops); err == nil || !strings.Contains(err.Error(), "INSERT") {
		t.Fatalf("got %v, want an error saying fresh ops are INSERTs", err)
	}
}

func TestApplyGroupsKeyedUpdates(t *testing.T) {
	ctx := context.Background()
	s, err := openStore(t.TempDir(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 300
	var ops []op
	for i := 1; i <= n; i++ {
		ops = append(ops, op{q: insertAsg, args: []any{uint64(i), 1, i, "0xm", asRunning, 0}, fresh: true})
	}
	if err := s.apply(ctx, ops); err != nil {
		t.Fatal(err)
	}
	const upd = `UPDATE assignments SET state = ?, root = ?, done = ? WHERE id = ?`
	ops = ops[:0]
	for i := 1; i <= n; i++ {
		ops = append(ops, op{q: upd, args: []any{asReported, "r" + strconv.Itoa(i), int64(i), uint64(i)}})
		if i == 50 {
			// The same row again in the run: the later values win.
			ops = append(ops, op{q: upd, args: []any{asAgreed, "again", int64(-1), uint64(i)}})
		}
		if i == 100 {
			// Another statement in between, on a row the run updated before.
			ops = append(ops, op{q: `UPDATE assignments SET error = ? WHERE id = ?`, args: []any{"e", uint64(99)}})
			ops = append(ops, op{q: `UPDATE assignments SET state = ?, error = ? WHERE state = ? AND id = ?`, args: []any{asLost, "x", asReported, uint64(98)}})
		}
	}
	ops = append(ops, op{q: upd, args: []any{asOutvoted, "last", int64(0), uint64(7)}})
	if err := s.apply(ctx, ops); err != nil {
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
			want = asLost + " r98 98 x"
		case 99:
			want += "e"
		}
		if got[i] != want {
			t.Errorf("assignment %d: got %q, want %q", i, got[i], want)
		}
	}
}
