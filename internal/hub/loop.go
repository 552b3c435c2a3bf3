package hub

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/taskspec"
	"github.com/sonm-io/sonm/internal/verify"
)

// do runs f on the loop goroutine. It reports false when the hub stopped.
func (h *Hub) do(ctx context.Context, f func()) bool {
	select {
	case h.events <- f:
		return true
	case <-h.stopped:
		return false
	case <-ctx.Done():
		return false
	}
}

// ask runs f on the loop and waits until its writes are committed; f
// returns the reply (and error) that the caller gets after the commit.
func ask[T any](ctx context.Context, h *Hub, f func() (T, error)) (T, error) {
	type res struct {
		v   T
		err error
	}
	done := make(chan res, 1)
	ok := h.do(ctx, func() {
		v, err := f()
		h.st.after = append(h.st.after, func() { done <- res{v, err} })
	})
	var zero T
	if !ok {
		return zero, fmt.Errorf("%w: the hub is shutting down", hubapi.ErrUnavailable)
	}
	select {
	case r := <-done:
		return r.v, r.err
	case <-h.stopped:
		if h.failed != nil {
			return zero, fmt.Errorf("%w: %v", hubapi.ErrUnavailable, h.failed)
		}
		return zero, fmt.Errorf("%w: the hub is shutting down", hubapi.ErrUnavailable)
	case <-ctx.Done():
		return zero, ctx.Err()
	}
}

// loop owns the hub's state. Each turn it runs the queued events and the
// scheduler, then hands what they wrote to the committer as one batch; the
// batch's actions (replies, messages to miners, statuses) run only once the
// committer reports it durable. While one batch commits the loop goes on
// with the next, so the database's fsync and statement work overlap the
// loop's own, and a slow fsync delays only the actions that wait on it.
func (h *Hub) loop(ctx context.Context) {
	defer close(h.stopped)
	tick := time.NewTicker(h.cfg.Heartbeat / 4)
	defer tick.Stop()
	wctx := context.WithoutCancel(ctx) // a batch that started commits whole
	toCommit := make(chan *batch, 1)
	committed := make(chan *batch, 1)
	go func() {
		for b := range toCommit {
			if len(b.ops) > 0 {
				start := time.Now()
				b.err = h.db.apply(wctx, b.ops...)
				h.cfg.Metrics.Committed(time.Since(start))
			}
			committed <- b
		}
	}()
	defer close(toCommit)
	inflight := false
	for {
		select {
		case f := <-h.events:
			f()
		case <-tick.C:
			h.onTick()
		case b := <-committed:
			inflight = false
			if !h.done(b) {
				return
			}
		case <-ctx.Done():
			if inflight {
				if !h.done(<-committed) {
					return
				}
			}
			b := h.cut()
			if len(b.ops) > 0 {
				b.err = h.db.apply(wctx, b.ops...)
			}
			h.done(b)
			return
		}
	drain:
		for i := 0; i < 4096; i++ {
			select {
			case f := <-h.events:
				f()
			default:
				break drain
			}
		}
		h.schedule()
		if !inflight && (len(h.st.ops) > 0 || len(h.st.after) > 0 || len(h.st.dirty) > 0) {
			inflight = true
			toCommit <- h.cut()
		}
	}
}

// batch is what one turn of the loop (or several, while the previous
// batch committed) wrote, and what waits on it.
type batch struct {
	ops    []op
	after  []func()
	status []statusNote
	err    error
}

// statusNote is a task's status as of its batch, for the watchers it had.
type statusNote struct {
	st       hubapi.TaskStatus
	watchers []chan hubapi.TaskStatus
}

// cut takes the queued writes and actions as a batch, with the statuses
// of the tasks they changed.
func (h *Hub) cut() *batch {
	b := h.st.freeBatch
	h.st.freeBatch = nil
	if b == nil {
		b = &batch{}
	}
	b.ops, h.st.ops = h.st.ops, b.ops
	b.after, h.st.after = h.st.after, b.after
	for _, t := range h.st.dirty {
		t.dirty = false
		if len(t.watchers) == 0 {
			continue
		}
		n := statusNote{st: t.status(), watchers: make([]chan hubapi.TaskStatus, 0, len(t.watchers))}
		for w := range t.watchers {
			n.watchers = append(n.watchers, w)
		}
		b.status = append(b.status, n)
	}
	clear(h.st.dirty)
	h.st.dirty = h.st.dirty[:0]
	return b
}

// done performs a committed batch's actions and broadcasts its statuses;
// it reports false, and the hub stops, when the batch did not commit.
func (h *Hub) done(b *batch) bool {
	if b.err != nil {
		h.failed = b.err
		h.log.Error("hub stops: its database refused a write", "err", b.err)
		return false
	}
	for _, f := range b.after {
		f()
	}
	for _, n := range b.status {
		for _, w := range n.watchers {
			select {
			case <-w: // drop the stale one: only the newest status matters
			default:
			}
			w <- n.st
		}
	}
	clear(b.ops)
	clear(b.after)
	clear(b.status)
	b.ops, b.after, b.status = b.ops[:0], b.after[:0], b.status[:0]
	h.st.freeBatch = b
	return true
}

// write queues a write for the loop's next commit.
func (h *Hub) write(o op) { h.st.ops = append(h.st.ops, o) }

// later queues an action for after the next commit.
func (h *Hub) later(f func()) { h.st.after = append(h.st.after, f) }

func (h *Hub) touch(t *task) {
	t.updated = h.cfg.Now()
	if !t.dirty {
		t.dirty = true
		h.st.dirty = append(h.st.dirty, t)
	}
}

// send queues a message to a miner without blocking the loop; a miner whose
// queue is full is too slow and is dropped.
func (h *Hub) send(s *session, kind string, body any) {
	if s.gone {
		return
	}
	select {
	case s.out <- outMsg{kind, body}:
	default:
		h.log.Warn("miner too slow to take messages: dropping it", "miner", s.addr.Hex())
		h.dropSession(s, "send queue full")
	}
}

// schedule places replicas on free miners. It looks at no more queued
// units than there are free slots, so its cost follows the free slots,
// not the units waiting.
func (h *Hub) schedule() {
	if !h.st.planDirty {
		return
	}
	h.st.planDirty = false
	ps := &h.st.plan
	clear(ps.miners)
	clear(ps.needs)
	ps.miners, ps.needs = ps.miners[:0], ps.needs[:0]
	freeTotal := 0
	h.syncFree()
	free := h.st.free[:0]
	for _, s := range h.st.free {
		if s.gone || s.free <= 0 {
			s.inFree = false
			continue
		}
		free = append(free, s)
		freeTotal += s.free
	}
	clear(h.st.free[len(free):])
	h.st.free = free
	if freeTotal == 0 {
		return
	}
	// Needs, oldest task first, at most as many replicas as there are free
	// slots (round-robin across tasks is the planner's business). Units are
	// taken from the head of their task's queue; those the planner leaves
	// go back to its tail.
	budget := freeTotal
	h.ingest()
	now := h.cfg.Now()
	live := h.st.live[:0]
	for _, t := range h.st.live {
		if hubapi.Terminal(t.state) || t.state == hubapi.StatePublishing {
			t.live = false
			continue
		}
		live = append(live, t)
		if budget <= 0 || t.state != hubapi.StateQueued && t.state != hubapi.StateRunning || !t.ready {
			continue
		}
		if !h.fitsSome(t) {
			// Needs no budget: nothing can place it.
			h.stuck(t, func() string {
				return fmt.Sprintf("no joined miner can run it (it needs %s per replica)", resString(t.res))
			}, now)
			continue
		}
		// A unit no joined miner may take goes back to the tail without
		// taking budget, so it starves no other unit; at most limit
		// units are looked at, so the cost still follows the free slots.
		limit := budget + 64
		aside := h.st.aside[:0]
		i := 0
		for ; i < len(t.queue) && budget > 0 && i < limit; i++ {
			u := t.queue[i]
			us := &t.unit[u]
			us.queued = false
			n := h.wanted(t, u)
			if n <= 0 {
				continue
			}
			if !h.placeable(t, us) {
				us.queued = true
				aside = append(aside, u)
				h.stuck(t, func() string { return h.stuckReason(t, u) }, now)
				if hubapi.Terminal(t.state) {
					break
				}
				continue
			}
			ps.needs = append(ps.needs, scheduler.Need{Key: scheduler.UnitKey{Task: t.num, Unit: u}, Replicas: n, Res: t.res,
				Exclude: us.exclude, PayWei: h.cfg.MinerWei})
			budget -= n
		}
		if hubapi.Terminal(t.state) {
			t.queue = nil
		} else {
			t.queue = append(t.queue[i:], aside...)
		}
		clear(aside)
		h.st.aside = aside[:0]
	}
	clear(h.st.live[len(live):])
	h.st.live = live
	if len(ps.needs) == 0 {
		return
	}
	for _, s := range h.st.free {
		ps.miners = append(ps.miners, scheduler.Miner{ID: s.id, Free: s.free, Slot: s.slot, Executors: s.cap.Executors, Ask: s.ask})
	}
	placed := h.plan.Plan(ps)
	for _, p := range placed {
		s := h.st.sessions[p.Miner]
		t := h.st.tasks[p.Key.Task]
		if s == nil || t == nil || s.free <= 0 || hubapi.Terminal(t.state) {
			continue
		}
		h.assign(t, p.Key.Unit, s, now)
	}
	for _, nd := range ps.needs {
		t := h.st.tasks[nd.Key.Task]
		if t == nil || hubapi.Terminal(t.state) || t.state == hubapi.StatePublishing {
			continue
		}
		u := nd.Key.Unit
		if us := &t.unit[u]; !us.queued && h.wanted(t, u) > 0 {
			// Not planDirty: nothing changed that would place it now.
			us.queued = true
			t.queue = append(t.queue, u)
		}
	}
}

// fitsSome reports whether some joined miner's slot fits t (exclusions
// aside), computed again only when sessions came or went.
func (h *Hub) fitsSome(t *task) bool {
	gen := [2]int{len(h.st.sessions), h.st.sessGen}
	if t.fitGen == gen {
		return t.fits
	}
	t.fitGen, t.fits = gen, false
	for _, s := range h.st.sessions {
		if h.fitsOn(s, t) {
			t.fits = true
			break
		}
	}
	return t.fits
}

func (h *Hub) fitsOn(s *session, t *task) bool {
	return !s.gone && scheduler.Fits(scheduler.Miner{Slot: s.slot, Executors: s.cap.Executors, Ask: s.ask}, t.res, h.cfg.MinerWei)
}

// placeable reports whether a joined miner that fits t has not run the
// unit yet (free slots aside: a busy one frees them).
func (h *Hub) placeable(t *task, us *unitState) bool {
	for _, s := range h.st.sessions {
		if h.fitsOn(s, t) && !slices.Contains(us.exclude, s.id) {
			return true
		}
	}
	return false
}

// stuckReason says why no joined miner may take unit u.
func (h *Hub) stuckReason(t *task, u int) string {
	us := &t.unit[u]
	v := h.tally(t, us)
	if v.Roots > 1 {
		return fmt.Sprintf("unit %d: its replicas disagree and every joined miner that can run it has run it; another miner must break the tie", u)
	}
	if len(v.Failed) > 0 && len(v.Waiting) == 0 {
		return fmt.Sprintf("unit %d failed on every joined miner that can run it (last error: %s)", u, us.lastErr)
	}
	return fmt.Sprintf("unit %d needs %d more miners that have not run it; too few are joined", u, h.wanted(t, u))
}

// stuck notes that t cannot progress with the miners joined: the buyer
// sees why in Error (the first reason found, kept until the task moves
// again); once nothing of it has run for StuckWait, the task fails (its
// deal is refunded after its deadline; verified units stay paid). why is
// called only when its text is needed.
func (h *Hub) stuck(t *task, why func() string, now time.Time) {
	if t.stuckSince.IsZero() || t.running > 0 {
		// Replicas still running may settle it, or show it cannot be:
		// the wait starts when nothing runs.
		t.stuckSince = now
	}
	if t.stuckNote == "" && t.err == "" {
		r := why()
		h.log.Info("task waits for a miner", "task_id", t.hex(), "why", r)
		t.err = "waiting for a miner: " + r
		t.stuckNote = t.err
		h.touch(t)
	}
	if now.Sub(t.stuckSince) >= h.cfg.StuckWait {
		h.failTask(t, fmt.Sprintf("%s; none joined within %s", why(), h.cfg.StuckWait))
	}
}

// resOf is what one replica of spec needs.
func resOf(spec *taskspec.Spec) scheduler.Resources {
	cpu := spec.Resources.CPU
	if cpu <= 0 {
		cpu = 1
	}
	return scheduler.Resources{Cores: cpu, MemoryBytes: int64(spec.Resources.Memory), GPUs: spec.Resources.GPUs, Executor: spec.Executor,
		Network: spec.Network}
}

// runnable refuses a task that the joined miners can never complete:
// none runs its executor with a slot big enough (at the hub's pay), or
// fewer than its replication do. With no miner joined at all (the hub
// just started, miners rejoin) it lets the quote through: the task then
// queues, says why, and fails after StuckWait if none comes.
func (h *Hub) runnable(ctx context.Context, spec *taskspec.Spec) error {
	res := resOf(spec)
	type view struct {
		joined, fit int
		maxCores    float64
		maxMem      int64
		executors   map[string]bool
	}
	v, err := ask(ctx, h, func() (view, error) {
		v := view{executors: map[string]bool{}}
		probe := &task{res: res}
		for _, s := range h.st.sessions {
			if s.gone {
				continue
			}
			v.joined++
			if h.fitsOn(s, probe) {
				v.fit++
			}
			v.maxCores = max(v.maxCores, s.slot.Cores)
			v.maxMem = max(v.maxMem, s.slot.MemoryBytes)
			for _, e := range s.cap.Executors {
				v.executors[e] = true
			}
		}
		return v, nil
	})
	if err != nil || v.joined == 0 || v.fit >= spec.Replication {
		return err
	}
	offer := fmt.Sprintf("the %d joined miners offer at most %g cores and %d MiB per slot, executors %v",
		v.joined, v.maxCores, v.maxMem>>20, slices.Sorted(maps.Keys(v.executors)))
	if v.fit == 0 {
		return fmt.Errorf("%w: no joined miner can run this task: it needs %s per replica (at %s per core-hour); %s; lower its resources or use another hub",
			hubapi.ErrUnavailable, resString(res), snm.String(h.cfg.MinerWei), offer)
	}
	return fmt.Errorf("%w: replication %d needs %d distinct miners that can run this task, only %d of the joined can (%s per replica); lower replication or try later",
		hubapi.ErrUnavailable, spec.Replication, spec.Replication, v.fit, resString(res))
}

func resString(r scheduler.Resources) string {
	s := fmt.Sprintf("%g cores, %d MiB memory, executor %s", r.Cores, r.MemoryBytes>>20, r.Executor)
	if r.GPUs > 0 {
		s += fmt.Sprintf(", %d GPUs", r.GPUs)
	}
	if r.Network {
		s += ", a network (miners must allow it: sonm miner run --allow-network)"
	}
	return s
}

// syncFree rebuilds the list of sessions with free slots when sessions
// came or went (a join adds one to h.st.sessions, a drop bumps sessGen);
// between those, freed() keeps it.
func (h *Hub) syncFree() {
	if len(h.st.sessions) == h.st.freeLen && h.st.sessGen == h.st.freeGen {
		return
	}
	h.st.freeLen, h.st.freeGen = len(h.st.sessions), h.st.sessGen
	for _, s := range h.st.sessions {
		h.freed(s)
	}
}

// freed notes that s may have free slots.
func (h *Hub) freed(s *session) {
	if !s.inFree && !s.gone && s.free > 0 {
		s.inFree = true
		h.st.free = append(h.st.free, s)
	}
}

// ingest adds the tasks appended to h.st.order since the last call to
// the live tasks, those the scheduler and the ticks look at.
func (h *Hub) ingest() {
	for _, t := range h.st.order[h.st.seen:] {
		if !t.live && !hubapi.Terminal(t.state) {
			t.live = true
			h.st.live = append(h.st.live, t)
		}
	}
	h.st.seen = len(h.st.order)
}

// wanted is how many more replicas unit u needs placed now: those its
// verdict still needs, less those running.
func (h *Hub) wanted(t *task, u int) int {
	us := &t.unit[u]
	if us.verified {
		return 0
	}
	return h.tally(t, us).Need - len(us.running)
}

// tally is the verdict of unit us's reports so far: the successful ones
// not settled yet and the failed ones.
func (h *Hub) tally(t *task, us *unitState) verify.Verdict {
	rs := h.st.reports[:0]
	for _, id := range us.ok {
		a := h.st.asg[id]
		rs = append(rs, verify.Report{Replica: a.id, Miner: a.miner, Root: a.root})
	}
	rs = append(rs, us.failed...)
	v := verify.Tally(rs, verify.Rule{Replication: t.repl, MaxFailures: h.cfg.MaxFailures})
	clear(rs)
	h.st.reports = rs[:0]
	return v
}

func (h *Hub) assign(t *task, u int, s *session, now time.Time) {
	id := h.st.nextAsg
	h.st.nextAsg++
	a := &assignment{id: id, task: t, unit: u, miner: s.addr, state: asRunning, created: now,
		deadline: now.Add(time.Duration(t.spec.Resources.MaxDuration) + h.cfg.ReplicaGrace)}
	h.st.asg[id] = a
	us := &t.unit[u]
	us.running = append(us.running, id)
	us.exclude = append(us.exclude, s.id)
	s.running[id] = a
	s.free--
	t.running++
	if !t.stuckSince.IsZero() {
		t.stuckSince = time.Time{}
		if t.err == t.stuckNote {
			t.err = ""
		}
		t.stuckNote = ""
	}
	if t.state == hubapi.StateQueued {
		t.state = hubapi.StateRunning
		h.write(setTaskState{num: t.num, state: t.state, updated: now.UnixMilli()})
	}
	t.miners[s.addr] = struct{}{}
	h.cfg.Metrics.ReplicaAssigned()
	h.touch(t)
	h.write(insertAssignment{
		id: id, task: t.num, unit: u, miner: h.hexOf(s.addr), state: asRunning, created: now.UnixMilli()})
	msg := hubapi.Assignment{ID: id, Task: t.hex(), Unit: u, Deadline: a.deadline.UnixMilli()}
	if !s.tasks[t.num] {
		s.tasks[t.num] = true
		info := hubapi.TaskInfo{Task: t.hex(), Spec: t.specBytes, Bundle: t.magnetOut, UnitPayWei: t.payString()}
		h.later(func() {
			h.send(s, hubapi.KindTask, info)
			h.send(s, hubapi.KindAssign, msg)
		})
		return
	}
	h.later(func() { h.send(s, hubapi.KindAssign, msg) })
}

// onResult takes a miner's report of one assignment.
func (h *Hub) onResult(s *session, r hubapi.UnitResult) {
	a := h.st.asg[r.ID]
	if a == nil || a.miner != s.addr {
		h.log.Debug("result for an unknown assignment ignored", "miner", s.addr.Hex(), "assignment", r.ID)
		return
	}
	delete(h.st.orphans, a.id)
	h.release(a)
	if a.state != asRunning {
		h.log.Debug("late result ignored", "assignment", a.id, "state", a.state)
		return
	}
	t := a.task
	us := &t.unit[a.unit]
	us.running = remove(us.running, a.id)
	t.running--
	t.reported++
	h.cfg.Metrics.ReplicaReported()
	now := h.cfg.Now()
	if r.Error != "" || r.ExitCode != 0 || len(r.Missing) > 0 {
		why := r.Error
		if why == "" && r.ExitCode != 0 {
			why = fmt.Sprintf("exit code %d", r.ExitCode)
		}
		if why == "" {
			why = fmt.Sprintf("missing outputs %v", r.Missing)
		}
		a.state = asFailed
		delete(h.st.asg, a.id) // nothing looks it up again: a late copy of the result is ignored either way
		t.failed++
		us.failed = append(us.failed, verify.Report{Replica: a.id, Miner: a.miner, Failed: true})
		h.cfg.Metrics.ReplicaFailed()
		us.lastErr = why
		h.write(setAssignmentEnded{id: a.id, state: asFailed, err: why, done: now.UnixMilli()})
		h.log.Info("replica failed", "task", t.id.Hex(), "unit", a.unit, "miner", a.miner.Hex(), "why", why)
		// A failure ends the unit only by the failure bound: the bound on
		// replicas without agreement is applied when a root arrives (vote).
		if v := h.tally(t, us); v.State == verify.Failed {
			h.failTask(t, fmt.Sprintf("unit %d failed on %d replicas, the last: %s", a.unit, len(v.Failed), why))
			return
		}
		h.requeue(t, a.unit)
		h.touch(t)
		return
	}
	a.state = asReported
	a.root = r.Root
	a.magnet = r.Magnet
	us.ok = append(us.ok, a.id)
	h.vote(t, a.unit, a, now)
	if a.state == asReported {
		// Not settled by its vote (which writes settled replicas whole).
		h.write(setAssignmentReported{id: a.id, state: asReported, root: r.Root, magnet: r.Magnet, done: now.UnixMilli()})
	}
	h.touch(t)
}

func (h *Hub) requeue(t *task, u int) {
	us := &t.unit[u]
	if !us.queued {
		us.queued = true
		t.queue = append(t.queue, u)
	}
	h.st.planDirty = true
}

// vote applies the verdict of unit u's reports: settled, it records the
// winner, pays the agreeing replicas and not the outvoted ones; otherwise
// it asks for another replica, or gives the task up when the verdict
// does. fresh is the replica that just reported (its report is not
// written yet), reported at now.
func (h *Hub) vote(t *task, u int, fresh *assignment, now time.Time) {
	us := &t.unit[u]
	v := h.tally(t, us)
	if v.State != verify.Settled {
		if v.Roots > 1 {
			h.log.Info("replicas disagree: asking for another", "task", t.id.Hex(), "unit", u, "roots", v.Roots)
		}
		h.requeue(t, u)
		switch v.State {
		case verify.Unresolved:
			h.failTask(t, fmt.Sprintf("unit %d: %d replicas never reached %d in agreement", u, len(v.Waiting), t.repl))
		case verify.Failed: // not reached: a failure past the bound ended the task
			h.failTask(t, fmt.Sprintf("unit %d failed on %d replicas, the last: %s", u, len(v.Failed), us.lastErr))
		}
		return
	}
	winner := v.Root
	us.verified = true
	us.root = winner
	us.winner = v.Winner
	t.verified++
	h.cfg.Metrics.VoteDecided()
	settle := func(a *assignment, state string) {
		a.state = state
		if a == fresh {
			h.write(setAssignmentReported{id: a.id, state: state, root: a.root, magnet: a.magnet, done: now.UnixMilli()})
		} else {
			h.write(setAssignmentState{id: a.id, state: state})
		}
	}
	for _, id := range us.ok {
		a := h.st.asg[id]
		if v.Agrees(id) {
			settle(a, asAgreed)
			h.cfg.Metrics.ReplicaVerified()
			h.write(insertEarning{assignment: a.id, miner: h.hexOf(a.miner), amount: t.payString()})
		} else { // outvoted: a settled verdict judges every report
			settle(a, asOutvoted)
			h.cfg.Metrics.ReplicaOutvoted()
			t.failed++
			h.log.Warn("replica outvoted: not paid", "task", t.id.Hex(), "unit", u, "miner", a.miner.Hex())
			h.dropReplicaFiles(a)
		}
	}
	h.write(insertUnit{task: t.num, unit: u, root: winner, winner: us.winner})
	// Stragglers: the unit is settled, their work is not needed.
	for _, id := range us.running {
		h.cancelAssignment(h.st.asg[id], "unit settled", now)
	}
	us.running = nil
	if t.verified == t.units {
		h.publish(t)
	}
}

func (h *Hub) cancelAssignment(a *assignment, why string, now time.Time) {
	if a.state != asRunning {
		return
	}
	a.state = asCancelled
	delete(h.st.asg, a.id)
	a.task.running--
	h.write(setAssignmentEnded{id: a.id, state: asCancelled, err: why, done: now.UnixMilli()})
	if s := h.release(a); s != nil {
		msg := hubapi.Cancel{ID: a.id, Reason: why}
		h.later(func() { h.send(s, hubapi.KindCancel, msg) })
	}
}

// lose marks a replica lost (its miner vanished, dropped it or ran late)
// and asks for another. A miner that vanished or dropped it may run the
// unit again: it reported nothing for it, so it is still an independent
// replica (a hub with just enough miners would otherwise wait for one
// more forever). One that ran late stays excluded: the unit is too much
// for it.
func (h *Hub) lose(a *assignment, why string, now time.Time, vanished bool) {
	if a.state != asRunning {
		return
	}
	a.state = asLost
	h.cfg.Metrics.ReplicaLost()
	delete(h.st.asg, a.id)
	t := a.task
	t.running--
	us := &t.unit[a.unit]
	us.running = remove(us.running, a.id)
	if vanished {
		if i := slices.Index(us.exclude, h.minerID(a.miner)); i >= 0 {
			us.exclude = slices.Delete(us.exclude, i, i+1)
		}
	}
	h.write(setAssignmentEnded{id: a.id, state: asLost, err: why, done: now.UnixMilli()})
	h.log.Info("replica lost: rescheduling", "task", t.id.Hex(), "unit", a.unit, "miner", a.miner.Hex(), "why", why)
	h.requeue(t, a.unit)
	h.touch(t)
}

func (h *Hub) failTask(t *task, why string) {
	if hubapi.Terminal(t.state) {
		return
	}
	now := h.cfg.Now()
	t.state = hubapi.StateFailed
	t.err = why
	h.write(setTaskEnded{num: t.num, state: t.state, err: why, updated: now.UnixMilli()})
	h.endTask(t, "task failed", now)
	h.log.Warn("task failed", "task", t.id.Hex(), "why", why)
}

// stopTask cancels a task whose deal ended on chain without it.
func (h *Hub) stopTask(t *task, why string) {
	now := h.cfg.Now()
	t.state = hubapi.StateCancelled
	t.err = why
	h.write(setTaskEnded{num: t.num, state: t.state, err: why, updated: now.UnixMilli()})
	h.endTask(t, "deal ended on chain", now)
	h.log.Warn("task stopped: its deal ended on chain", "task_id", t.hex(), "why", why)
}

// endTask withdraws every running replica of a task that reached a
// terminal state.
func (h *Hub) endTask(t *task, why string, now time.Time) {
	for u := range t.unit {
		for _, id := range t.unit[u].running {
			h.cancelAssignment(h.st.asg[id], why, now)
		}
		t.unit[u].running = nil
	}
	t.queue = nil
	h.touch(t)
}

// onTick drops silent miners and loses replicas past their deadline.
func (h *Hub) onTick() {
	now := h.cfg.Now()
	silent := h.cfg.Heartbeat * time.Duration(h.cfg.MissedBeats)
	for _, s := range h.st.sessions {
		if !s.gone && now.Sub(s.lastSeen) > silent {
			h.log.Info("miner missed its heartbeats: dropping it", "miner", s.addr.Hex(), "silent", now.Sub(s.lastSeen).Round(time.Millisecond))
			h.dropSession(s, "missed heartbeats")
		}
	}
	for _, s := range h.st.sessions {
		for _, a := range s.running {
			if a.state == asRunning && now.After(a.deadline) {
				h.lose(a, "no result before the deadline", now, false)
				delete(s.running, a.id)
				s.free++
				h.freed(s)
				msg := hubapi.Cancel{ID: a.id, Reason: "deadline passed"}
				h.later(func() { h.send(s, hubapi.KindCancel, msg) })
			}
		}
	}
	for id, a := range h.st.orphans {
		if a.state != asRunning {
			delete(h.st.orphans, id)
		} else if now.After(a.deadline) {
			delete(h.st.orphans, id)
			h.lose(a, "its miner did not come back after the hub restarted", now, true)
		}
	}
	h.ingest()
	for _, t := range h.st.live {
		if !hubapi.Terminal(t.state) && t.state != hubapi.StatePublishing && now.After(t.deadline) {
			h.failTask(t, "the deal's deadline passed before every unit was verified")
		}
	}
	h.gcTasks(now)
	h.gauges()
	h.st.planDirty = true
}

// release frees the slot an assignment held on its miner's current
// session, if it holds one there; it returns that session.
func (h *Hub) release(a *assignment) *session {
	s := h.st.byMiner[a.miner]
	if s == nil || s.gone {
		return nil
	}
	if _, ok := s.running[a.id]; !ok {
		return nil
	}
	delete(s.running, a.id)
	s.free++
	h.freed(s)
	h.st.planDirty = true
	return s
}

// minerID is the scheduler's stable number for a miner address, the same
// across its connections, so exclusions survive reconnects and restarts.
func (h *Hub) minerID(a common.Address) scheduler.MinerID {
	id, ok := h.st.minerIDs[a]
	if !ok {
		id = h.st.nextSess
		h.st.nextSess++
		h.st.minerIDs[a] = id
	}
	return id
}

// dropSession forgets a miner's session; its running replicas are lost.
func (h *Hub) dropSession(s *session, why string) {
	if s.gone {
		return
	}
	s.gone = true
	h.st.sessGen++
	close(s.out)
	delete(h.missed, s)
	if h.st.sessions[s.id] == s {
		delete(h.st.sessions, s.id)
	}
	if h.st.byMiner[s.addr] == s {
		delete(h.st.byMiner, s.addr)
	}
	now := h.cfg.Now()
	for _, a := range s.running {
		h.lose(a, "miner gone: "+why, now, true)
	}
	s.running = nil
}

// gcTasks forgets finished tasks an hour after they ended (their rows
// stay), and the settled replicas of tasks that ended since the last call.
func (h *Hub) gcTasks(now time.Time) {
	h.ingest()
	live := h.st.live[:0]
	for _, t := range h.st.live {
		if hubapi.Terminal(t.state) {
			t.live = false
			continue
		}
		live = append(live, t)
	}
	clear(h.st.live[len(live):])
	h.st.live = live
	kept := h.st.order[:0]
	for _, t := range h.st.order {
		if hubapi.Terminal(t.state) && !t.swept {
			// Its replicas settled for good when it ended (endTask withdrew
			// the running ones); failed, lost and withdrawn ones were
			// forgotten as they ended, the rest are the units' reports.
			t.swept = true
			h.st.ended = true
			for u := range t.unit {
				for _, id := range t.unit[u].ok {
					if a := h.st.asg[id]; a != nil && a.state != asReported {
						delete(h.st.asg, id)
					}
				}
				if a := h.st.asg[t.unit[u].winner]; a != nil && a.state != asReported {
					delete(h.st.asg, a.id)
				}
			}
		}
		if hubapi.Terminal(t.state) && now.Sub(t.updated) > time.Hour && len(t.watchers) == 0 {
			delete(h.st.tasks, t.num)
			delete(h.st.byID, t.id)
			for u := range t.unit {
				for _, id := range t.unit[u].ok {
					delete(h.st.asg, id)
				}
			}
			continue
		}
		kept = append(kept, t)
	}
	clear(h.st.order[len(kept):])
	h.st.order = kept
	h.st.seen = len(kept)
	// Replicas loaded at a restart are in no unit's list: a full sweep
	// finds them, once a minute at most, when some task ended.
	if h.st.ended && now.Sub(h.st.swept) > time.Minute {
		h.st.ended, h.st.swept = false, now
		for id, a := range h.st.asg {
			if a.state != asRunning && a.state != asReported && hubapi.Terminal(a.task.state) {
				delete(h.st.asg, id)
			}
		}
	}
}

func remove(ids []uint64, id uint64) []uint64 {
	for i, v := range ids {
		if v == id {
			return append(ids[:i], ids[i+1:]...)
		}
	}
	return ids
}

// hexOf is a's checksummed hex, computed once per address.
func (h *Hub) hexOf(a common.Address) string {
	s, ok := h.st.hexes[a]
	if !ok {
		s = a.Hex()
		h.st.hexes[a] = s
	}
	return s
}
