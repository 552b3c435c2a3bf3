package hub

import (
	"context"
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
	maxTask, maxAsg, err := h.db.lastIDs(ctx)
	if err != nil {
		return err
	}
	h.st.nextTask = maxTask + 1
	h.st.nextAsg = maxAsg + 1

	rs, err := h.db.openTasks(ctx)
	if err != nil {
		return fmt.Errorf("resume: %w", err)
	}
	now := h.cfg.Now()
	for _, r := range rs {
		spec, err := parseSpec(r.spec)
		if err != nil {
			return fmt.Errorf("hub database: task %s: %w", r.id, err)
		}
		price, _ := new(big.Int).SetString(r.price, 10)
		pay, _ := new(big.Int).SetString(r.unitPay, 10)
		saved := h.st.nextTask
		h.st.nextTask = r.num
		t := h.newTask(common.HexToHash(r.id), common.HexToAddress(r.buyer), r.spec, spec, r.bundle, r.infoHash, price, pay, time.Unix(r.deadline, 0))
		h.st.nextTask = saved
		t.state = r.state
		t.created, t.updated = time.UnixMilli(r.created), time.UnixMilli(r.updated)
		t.resultHash, t.magnet = r.result, r.magnet
		if len(r.files) > 0 {
			msgpack.Unmarshal(r.files, &t.files)
		}
		// Verified units.
		units, err := h.db.taskUnits(ctx, t.num)
		if err != nil {
			return err
		}
		for _, u := range units {
			if u.unit >= 0 && u.unit < t.units {
				t.unit[u.unit].verified, t.unit[u.unit].root, t.unit[u.unit].winner = true, u.root, u.winner
				t.verified++
			}
		}
		// Replicas.
		replicas, err := h.db.taskAssignments(ctx, t.num)
		if err != nil {
			return err
		}
		for _, ar := range replicas {
			if ar.unit < 0 || ar.unit >= t.units {
				continue
			}
			a := assignment{id: ar.id, unit: ar.unit, state: ar.state, root: ar.root, magnet: ar.magnet,
				task: t, miner: common.HexToAddress(ar.miner), created: time.UnixMilli(ar.created)}
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
	st, err := h.db.taskStatus(ctx, id)
	if err != nil {
		return st, err
	}
	if st.State == hubapi.StateDone {
		st.Verified = st.Units
	}
	return st, nil
}

func (h *Hub) storedResults(ctx context.Context, id common.Hash) (hubapi.Results, error) {
	r, files, err := h.db.taskResult(ctx, id)
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
