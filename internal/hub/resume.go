package hub

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/verify"
)

// resume loads every unfinished task from the database (before the loop
// starts, so it owns the state alone).
func (h *Hub) resume(ctx context.Context) error {
	db := h.db.db
	var maxTask, maxAsg sql.NullInt64
	db.QueryRowContext(ctx, `SELECT MAX(num) FROM tasks`).Scan(&maxTask)
	db.QueryRowContext(ctx, `SELECT MAX(id) FROM assignments`).Scan(&maxAsg)
	h.st.nextTask = uint64(maxTask.Int64) + 1
	h.st.nextAsg = uint64(maxAsg.Int64) + 1

	rows, err := db.QueryContext(ctx, `SELECT num, id, buyer, spec, bundle, info_hash, price, unit_pay, deadline, state, result_hash, magnet, files, created, updated
		FROM tasks WHERE state NOT IN (?, ?, ?) ORDER BY num`, hubapi.StateDone, hubapi.StateFailed, hubapi.StateCancelled)
	if err != nil {
		return fmt.Errorf("hub database: resume: %w", err)
	}
	type row struct {
		num                                                 uint64
		id, buyer, bundle, info, price, pay, state, rh, mag string
		spec, files                                         []byte
		deadline, created, updated                          int64
	}
	var rs []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.num, &r.id, &r.buyer, &r.spec, &r.bundle, &r.info, &r.price, &r.pay, &r.deadline, &r.state, &r.rh, &r.mag, &r.files, &r.created, &r.updated); err != nil {
			rows.Close()
			return fmt.Errorf("hub database: resume: %w", err)
		}
		rs = append(rs, r)
	}
	rows.Close()
	now := h.cfg.Now()
	for _, r := range rs {
		spec, err := parseSpec(r.spec)
		if err != nil {
			return fmt.Errorf("hub database: task %s: %w", r.id, err)
		}
		price, _ := new(big.Int).SetString(r.price, 10)
		pay, _ := new(big.Int).SetString(r.pay, 10)
		saved := h.st.nextTask
		h.st.nextTask = r.num
		t := h.newTask(common.HexToHash(r.id), common.HexToAddress(r.buyer), r.spec, spec, r.bundle, r.info, price, pay, time.Unix(r.deadline, 0))
		h.st.nextTask = saved
		t.state = r.state
		t.created, t.updated = time.UnixMilli(r.created), time.UnixMilli(r.updated)
		t.resultHash, t.magnet = r.rh, r.mag
		if len(r.files) > 0 {
			msgpack.Unmarshal(r.files, &t.files)
		}
		// Verified units.
		ur, err := db.QueryContext(ctx, `SELECT unit, root, winner FROM units WHERE task = ?`, t.num)
		if err != nil {
			return err
		}
		for ur.Next() {
			var u int
			var root string
			var winner uint64
			ur.Scan(&u, &root, &winner)
			if u >= 0 && u < t.units {
				t.unit[u].verified, t.unit[u].root, t.unit[u].winner = true, root, winner
				t.verified++
			}
		}
		ur.Close()
		// Replicas.
		ar, err := db.QueryContext(ctx, `SELECT id, unit, miner, state, root, magnet, created FROM assignments WHERE task = ?`, t.num)
		if err != nil {
			return err
		}
		for ar.Next() {
			var a assignment
			var miner string
			var created int64
			ar.Scan(&a.id, &a.unit, &miner, &a.state, &a.root, &a.magnet, &created)
			if a.unit < 0 || a.unit >= t.units {
				continue
			}
			a.task, a.miner, a.created = t, common.HexToAddress(miner), time.UnixMilli(created)
			us := &t.unit[a.unit]
			if a.state != asLost && a.state != asCancelled {
				us.exclude = append(us.exclude, h.minerID(a.miner))
			}
			switch a.state {
			case asRunning:
				// Its miner may come back and take it over; if it does not
				// rejoin soon, the replica is lost and placed again.
				a.deadline = now.Add(10 * h.cfg.Heartbeat)
				h.st.asg[a.id] = &a
				h.st.orphans[a.id] = &a
				us.running = append(us.running, a.id)
				t.running++
				t.miners[a.miner] = struct{}{}
			case asReported:
				h.st.asg[a.id] = &a
				us.ok = append(us.ok, a.id)
				t.reported++
				t.miners[a.miner] = struct{}{}
			case asAgreed:
				h.st.asg[a.id] = &a
				t.reported++
				t.miners[a.miner] = struct{}{}
			case asFailed:
				us.failed = append(us.failed, verify.Report{Replica: a.id, Miner: a.miner, Failed: true})
				t.failed++
				t.reported++
			case asOutvoted:
				t.failed++
				t.reported++
			}
		}
		ar.Close()
		t.queue = t.queue[:0]
		for u := range t.unit {
			t.unit[u].queued = false
			if !t.unit[u].verified {
				t.unit[u].queued = true
				t.queue = append(t.queue, u)
			}
		}
		h.log.Info("task resumed", "task", t.id.Hex(), "state", t.state, "verified", t.verified, "units", t.units, "replicas out", t.running)
		switch t.state {
		case hubapi.StatePublishing:
			t.ready = true
			t.state = hubapi.StateRunning // publish sets it again
			h.publish(t)
		default:
			h.prepareResumed(t)
		}
	}
	h.st.planDirty = true
	return nil
}

// prepareResumed is prepare for a task loaded at start (the loop is not
// running yet, so readiness is set through the event queue).
func (h *Hub) prepareResumed(t *task) {
	if t.bundle == "" {
		t.ready = true
		return
	}
	h.prepare(t)
}

// storedStatus reads a task the loop has forgotten (finished long ago, or
// from before a restart).
func (h *Hub) storedStatus(ctx context.Context, id common.Hash) (hubapi.TaskStatus, error) {
	var st hubapi.TaskStatus
	var created, updated int64
	err := h.db.db.QueryRowContext(ctx, `SELECT id, name, buyer, state, units, replication, error, result_hash, magnet, commit_tx, created, updated FROM tasks WHERE id = ?`, id.Hex()).
		Scan(&st.Task, &st.Name, &st.Buyer, &st.State, &st.Units, &st.Replication, &st.Error, &st.ResultHash, &st.Magnet, &st.CommitTx, &created, &updated)
	if err == sql.ErrNoRows {
		return st, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, id.Hex())
	}
	if err != nil {
		return st, err
	}
	st.Created, st.Updated = created, updated
	if st.State == hubapi.StateDone {
		st.Verified = st.Units
	}
	return st, nil
}

func (h *Hub) storedResults(ctx context.Context, id common.Hash) (hubapi.Results, error) {
	var r hubapi.Results
	var files []byte
	err := h.db.db.QueryRowContext(ctx, `SELECT id, state, result_hash, magnet, files FROM tasks WHERE id = ?`, id.Hex()).Scan(&r.Task, &r.State, &r.ResultHash, &r.Magnet, &files)
	if err == sql.ErrNoRows {
		return r, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, id.Hex())
	}
	if err != nil {
		return r, err
	}
	if r.State != hubapi.StateDone {
		return r, fmt.Errorf("%w: task %s is %s", hubapi.ErrNotReady, id.Hex(), r.State)
	}
	if len(files) > 0 {
		msgpack.Unmarshal(files, &r.Files)
	}
	return r, nil
}
