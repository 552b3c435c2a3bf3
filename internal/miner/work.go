package miner

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/anacrolix/torrent/metainfo"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// Directories under WorkDir.
const (
	dirUnits   = "units"   // units/<assignment>: one unit's output directory
	dirTasks   = "tasks"   // tasks/<key>/in: a task's staged inputs
	dirBundles = "bundles" // bundles/<info hash>: fetched task bundles
	dirBlobs   = "blobs"   // blobs/<info hash>: modules and inputs given by magnet
)

// task is what the miner knows of one task.
type task struct {
	info hubapi.TaskInfo

	mu       sync.Mutex // serialises preparation
	ready    bool
	spec     *taskspec.Spec
	module   string // local module path (wasm)
	inputDir string // staged inputs, "" for none

	lastUsed time.Time // guarded by Miner.mu
	// held are the info hashes of the bundles and blobs a ready task uses:
	// the cache does not evict them (guarded by Miner.mu).
	held []string
}

// run is one assignment held by the miner: queued or running.
type run struct {
	a         hubapi.Assignment
	cancel    context.CancelFunc
	cancelled bool // by the hub: not reported
	outDir    string
	executor  string
	started   time.Time
}

// pendingResult is a finished assignment not yet reported.
type pendingResult struct {
	Result hubapi.UnitResult `json:"result"`
	// SentAt is when the result was written to a hub (unix ms); 0 while
	// not yet written.
	SentAt int64 `json:"sent_at,omitempty"`
	// Dir is the output directory still on disk when the output is shared
	// by magnet rather than inline.
	Dir string `json:"dir,omitempty"`
}

// sharedOutput is a large output kept seeding after its report.
type sharedOutput struct {
	dir      string
	infoHash metainfo.Hash
	until    time.Time // zero while not reported yet
}

func (m *Miner) addTask(ti hubapi.TaskInfo) error {
	if ti.Task == "" {
		return fmt.Errorf("%w: task without an id", hubapi.ErrBadRequest)
	}
	if len(ti.Spec) == 0 {
		return fmt.Errorf("%w: task %s without a spec", hubapi.ErrBadRequest, ti.Task)
	}
	m.mu.Lock()
	if old, ok := m.tasks[ti.Task]; ok && bytes.Equal(old.info.Spec, ti.Spec) && old.info.Bundle == ti.Bundle {
		m.mu.Unlock()
		return nil // sent again on a new join stream
	}
	if old, ok := m.tasks[ti.Task]; ok {
		m.releaseLocked(old.held)
		old.held = nil
	}
	m.tasks[ti.Task] = &task{info: ti, lastUsed: m.cfg.Now()}
	m.mu.Unlock()
	m.emit(Event{Kind: EventTask, Task: ti.Task})
	return nil
}

// assign queues an assignment; it runs as soon as a slot is free.
func (m *Miner) assign(ctx context.Context, wg *sync.WaitGroup, a hubapi.Assignment) error {
	m.mu.Lock()
	if _, dup := m.runs[a.ID]; dup {
		m.mu.Unlock()
		return nil // the hub repeated itself after a reconnect
	}
	if _, done := m.pending[a.ID]; done {
		m.mu.Unlock()
		return nil
	}
	t := m.tasks[a.Task]
	rctx, cancel := context.WithCancel(ctx)
	if a.Deadline > 0 {
		left := time.UnixMilli(a.Deadline).Sub(m.cfg.Now())
		var c2 context.CancelFunc
		rctx, c2 = context.WithTimeout(rctx, left)
		prev := cancel
		cancel = func() { c2(); prev() }
	}
	r := &run{a: a, cancel: cancel, outDir: m.unitDir(a.ID)}
	if t != nil {
		t.lastUsed = m.cfg.Now()
	}
	m.runs[a.ID] = r
	m.mu.Unlock()

	turn := m.slots.ask()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer cancel()
		m.work(rctx, r, t, turn)
	}()
	return nil
}

func (m *Miner) cancel(c hubapi.Cancel) {
	m.mu.Lock()
	r, running := m.runs[c.ID]
	if running {
		r.cancelled = true
		r.cancel()
		m.stats.Cancelled++
	}
	p, waiting := m.pending[c.ID]
	if waiting {
		delete(m.pending, c.ID)
	}
	if s, ok := m.shared[c.ID]; ok {
		m.unshare(c.ID, s, true)
	} else if waiting && p.Dir != "" {
		os.RemoveAll(p.Dir)
	}
	m.mu.Unlock()
	if waiting {
		if err := m.saveState(); err != nil {
			m.log.Warn("save state", "err", err)
		}
	}
	if running {
		m.emit(Event{Kind: EventCancelled, Assignment: c.ID, Task: r.a.Task, Unit: r.a.Unit})
	}
}

// unshare stops seeding an output and removes it. Called with m.mu held.
func (m *Miner) unshare(id uint64, s *sharedOutput, remove bool) {
	if m.cfg.Delivery != nil {
		m.cfg.Delivery.Stop(s.infoHash)
	}
	if remove {
		os.RemoveAll(s.dir)
	}
	delete(m.shared, id)
}

// janitor drops shared outputs kept past KeepShared, and tasks unused for
// as long.
func (m *Miner) janitor() {
	now := m.cfg.Now()
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, s := range m.shared {
		if _, waiting := m.pending[id]; waiting {
			continue
		}
		if s.until.IsZero() {
			s.until = now.Add(m.cfg.KeepShared)
			continue
		}
		if now.After(s.until) {
			m.unshare(id, s, true)
		}
	}
	busy := map[string]bool{}
	for _, r := range m.runs {
		busy[r.a.Task] = true
	}
	for id, t := range m.tasks {
		idle := now.Sub(t.lastUsed)
		if busy[id] || idle <= m.cfg.KeepShared || !t.mu.TryLock() {
			continue
		}
		// The hub sends a task's spec once per join stream, so the spec
		// is kept for late assignments; its staged files are not.
		if t.ready {
			t.ready, t.spec, t.module, t.inputDir = false, nil, "", ""
			m.releaseLocked(t.held)
			t.held = nil
			os.RemoveAll(filepath.Join(m.cfg.WorkDir, dirTasks, taskKey(id)))
		}
		if idle > forgetTask {
			delete(m.tasks, id)
		}
		t.mu.Unlock()
	}
}

// forgetTask is how long the spec of an idle task is kept.
const forgetTask = 24 * time.Hour

// work runs one assignment: it waits for a slot, prepares the task, runs
// the unit and queues its result.
func (m *Miner) work(ctx context.Context, r *run, t *task, turn chan struct{}) {
	select {
	case <-turn:
	case <-ctx.Done():
		m.slots.withdraw(turn)
		m.finish(ctx, r, nil, "")
		return
	}
	defer m.slots.release()

	r.started = time.Now()
	m.emit(Event{Kind: EventStarted, Assignment: r.a.ID, Task: r.a.Task, Unit: r.a.Unit})
	res, dir, err := m.runUnit(ctx, r, t)
	if err != nil && ctx.Err() == nil {
		res = &hubapi.UnitResult{ID: r.a.ID, Task: r.a.Task, Unit: r.a.Unit, ExitCode: -1, Error: err.Error(), Root: emptyRoot()}
		dir = ""
	}
	m.finish(ctx, r, res, dir)
}

// finish queues the result of a run for the hub, or, when the run was
// cancelled, past its deadline or the miner stops, forgets it: nobody
// wants that result.
func (m *Miner) finish(ctx context.Context, r *run, res *hubapi.UnitResult, dir string) {
	m.mu.Lock()
	delete(m.runs, r.a.ID)
	keep := res != nil && !r.cancelled && ctx.Err() == nil
	if keep {
		m.pending[r.a.ID] = &pendingResult{Result: *res, Dir: dir}
		m.stats.Runs++
		ok := res.Error == "" && res.ExitCode == 0 && len(res.Missing) == 0
		if ok {
			m.stats.Succeeded++
		} else {
			m.stats.Failed++
		}
		m.cfg.Metrics.UnitDone(r.executor, ok, time.Duration(res.DurationMs)*time.Millisecond)
	} else if s, ok := m.shared[r.a.ID]; ok {
		m.unshare(r.a.ID, s, false)
	}
	m.mu.Unlock()
	if !keep || dir == "" {
		os.RemoveAll(r.outDir)
	}
	if err := m.saveState(); err != nil {
		m.log.Warn("save state", "err", err)
	}
	m.notify()
	if !keep {
		return
	}
	ev := Event{Kind: EventDone, Assignment: r.a.ID, Task: r.a.Task, Unit: r.a.Unit, ExitCode: res.ExitCode,
		Duration: time.Duration(res.DurationMs) * time.Millisecond}
	if res.Error != "" {
		ev.Err = errors.New(res.Error)
	}
	m.log.Info("unit finished", "task_id", r.a.Task, "unit_id", r.a.Unit, "assignment", r.a.ID, "exit", res.ExitCode, "err", res.Error)
	m.emit(ev)
}

func emptyRoot() string {
	h, _ := hubapi.OutputRoot(nil)
	return h.Hex()
}

// runUnit prepares and runs one unit. An error means the unit could not
// run at all; a unit that ran and failed comes back as a result.
func (m *Miner) runUnit(ctx context.Context, r *run, t *task) (*hubapi.UnitResult, string, error) {
	if t == nil {
		return nil, "", fmt.Errorf("the hub sent no spec for task %s before assigning its unit %d", r.a.Task, r.a.Unit)
	}
	if err := m.prepare(ctx, t); err != nil {
		return nil, "", err
	}
	spec := t.spec
	ex := m.cfg.Executors[spec.Executor]
	if ex == nil {
		return nil, "", fmt.Errorf("this miner has no %s executor", spec.Executor)
	}
	u, err := spec.Unit(r.a.Unit)
	if err != nil {
		return nil, "", err
	}
	if err := os.RemoveAll(r.outDir); err != nil {
		return nil, "", fmt.Errorf("output dir: %w", err)
	}
	if err := os.MkdirAll(r.outDir, 0o755); err != nil {
		return nil, "", fmt.Errorf("output dir: %w", err)
	}
	job := executor.JobFor(spec, u, r.a.Task, t.inputDir, r.outDir)
	if t.module != "" {
		job.Module = t.module
	}
	job.Stdout, job.Stderr = io.Discard, io.Discard
	m.mu.Lock()
	r.executor = spec.Executor
	m.mu.Unlock()
	if err := m.saveState(); err != nil {
		m.log.Warn("save state", "err", err)
	}
	res, err := ex.Run(ctx, job)
	return m.result(ctx, r.a, r.outDir, time.Duration(spec.Resources.MaxDuration), res, err)
}

// result turns what a sandbox reported into the wire result, inlining small
// outputs and sharing large ones. dir is "" when the output directory may
// be removed.
func (m *Miner) result(ctx context.Context, a hubapi.Assignment, outDir string, maxDur time.Duration, res executor.Result, runErr error) (*hubapi.UnitResult, string, error) {
	if ctx.Err() != nil {
		return nil, "", ctx.Err()
	}
	ur := &hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, ExitCode: res.ExitCode,
		Missing: res.Missing, DurationMs: res.Duration.Milliseconds()}
	switch {
	case errors.Is(runErr, executor.ErrTimeout) || res.TimedOut:
		ur.Error = fmt.Sprintf("timed out: the unit ran past its maximum duration of %s", maxDur)
	case runErr != nil:
		if res.Duration == 0 {
			ur.ExitCode = -1
		}
		ur.Error = "sandbox: " + runErr.Error()
	case res.OOM:
		ur.Error = "killed: out of memory"
	}
	var total int64
	for _, o := range res.Outputs {
		ur.Outputs = append(ur.Outputs, hubapi.File{Path: o.Path, Size: o.Size, SHA256: o.SHA256})
		total += o.Size
	}
	root, err := hubapi.OutputRoot(ur.Outputs)
	if err != nil {
		return nil, "", err
	}
	ur.Root = root.Hex()
	if len(ur.Outputs) == 0 {
		os.RemoveAll(outDir)
		return ur, "", nil
	}
	if total <= hubapi.InlineLimit {
		for _, f := range ur.Outputs {
			b, err := readOutput(outDir, f)
			if err != nil {
				return nil, "", err
			}
			ur.Inline = append(ur.Inline, hubapi.InlineFile{Path: f.Path, Data: b})
		}
		os.RemoveAll(outDir)
		return ur, "", nil
	}
	if m.cfg.Delivery == nil {
		return nil, "", fmt.Errorf("the output is %d bytes, over the %d that travel inline, and this miner has no delivery node to share it", total, hubapi.InlineLimit)
	}
	sh, err := m.cfg.Delivery.Share(ctx, outDir)
	if err != nil {
		return nil, "", fmt.Errorf("share the output: %w", err)
	}
	ur.Magnet = sh.Magnet
	m.mu.Lock()
	m.shared[a.ID] = &sharedOutput{dir: outDir, infoHash: sh.InfoHash}
	m.mu.Unlock()
	return ur, outDir, nil
}

// readOutput reads one collected output and checks that it is still what
// was hashed.
func readOutput(dir string, f hubapi.File) ([]byte, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("read outputs: %w", err)
	}
	defer root.Close()
	b, err := root.ReadFile(filepath.FromSlash(f.Path))
	if err != nil {
		return nil, fmt.Errorf("read output %s: %w", f.Path, err)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != f.SHA256 || int64(len(b)) != f.Size {
		return nil, fmt.Errorf("output %s changed after it was hashed", f.Path)
	}
	return b, nil
}

// prepare fetches a task's bundle, parses its spec against it, and brings
// its module and inputs onto this machine, once per task.
func (m *Miner) prepare(ctx context.Context, t *task) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.ready {
		return nil
	}
	var held []string
	defer func() {
		if !t.ready {
			m.release(held)
		}
	}()
	key := taskKey(t.info.Task)
	bundleDir, err := m.bundleDir(ctx, t.info, key, &held)
	if err != nil {
		return err
	}
	spec, err := taskspec.Parse(t.info.Spec, bundleDir)
	if err != nil {
		return fmt.Errorf("task spec: %w", err)
	}
	if err := confine(spec); err != nil {
		return err
	}
	if m.cfg.Executors[spec.Executor] == nil {
		return fmt.Errorf("this miner has no %s executor", spec.Executor)
	}
	var module string
	switch spec.Executor {
	case taskspec.ExecutorWasm:
		if spec.Module != nil && spec.Module.Magnet != "" {
			p, err := m.fetchBlob(ctx, spec.Module.Magnet, spec.Module.SHA256, &held)
			if err != nil {
				return fmt.Errorf("module: %w", err)
			}
			module = p
		} else {
			p, err := m.fetch.Module(ctx, spec, filepath.Join(m.cfg.WorkDir, dirBlobs, "modules"))
			if err != nil {
				return err
			}
			module, err = filepath.Abs(p)
			if err != nil {
				return err
			}
		}
	case taskspec.ExecutorDocker:
		if m.cfg.Images == nil {
			return errors.New("this miner prepares no Docker images")
		}
		id, err := m.cfg.Images.Prepare(ctx, spec)
		if err != nil {
			return fmt.Errorf("image: %w", err)
		}
		// The units run the prepared image by its ID: the tag may name
		// another image by the time they start.
		img := *spec.Image
		img.Ref = id
		spec.Image = &img
	}
	inputDir := ""
	if len(spec.Inputs) > 0 {
		staged := *spec
		staged.Inputs = append([]taskspec.Input(nil), spec.Inputs...)
		for i, in := range staged.Inputs {
			if in.Magnet == "" {
				continue
			}
			p, err := m.fetchBlob(ctx, in.Magnet, in.SHA256, &held)
			if err != nil {
				return fmt.Errorf("inputs[%d]: %w", i, err)
			}
			staged.Inputs[i] = taskspec.Input{Path: p, Name: in.InputName(), SHA256: in.SHA256}
		}
		inputDir = filepath.Join(m.cfg.WorkDir, dirTasks, key, "in")
		if err := os.RemoveAll(inputDir); err != nil {
			return err
		}
		if err := m.fetch.StageInputs(ctx, &staged, inputDir); err != nil {
			return err
		}
	}
	m.mu.Lock()
	t.held = held
	m.mu.Unlock()
	t.spec, t.module, t.inputDir, t.ready = spec, module, inputDir, true
	return nil
}

// confine refuses local paths that leave the bundle: a hub must not make
// the miner read its own files into a unit.
func confine(spec *taskspec.Spec) error {
	check := func(field, p string) error {
		if p != "" && !filepath.IsLocal(p) {
			return fmt.Errorf("%w: %s: %q is outside the task's bundle", taskspec.ErrInvalid, field, p)
		}
		return nil
	}
	if spec.Module != nil {
		if err := check("module.path", spec.Module.Path); err != nil {
			return err
		}
	}
	if spec.Image != nil {
		if err := check("image.tarball", spec.Image.Tarball); err != nil {
			return err
		}
	}
	for i, in := range spec.Inputs {
		if err := check(fmt.Sprintf("inputs[%d].path", i), in.Path); err != nil {
			return err
		}
	}
	return nil
}

// bundleDir fetches the task's bundle and returns the directory its spec's
// relative paths resolve against; an empty directory when there is none.
func (m *Miner) bundleDir(ctx context.Context, ti hubapi.TaskInfo, key string, hold *[]string) (string, error) {
	if ti.Bundle == "" {
		dir := filepath.Join(m.cfg.WorkDir, dirTasks, key, "empty")
		return dir, os.MkdirAll(dir, 0o755)
	}
	p, err := m.fetchTorrent(ctx, ti.Bundle, dirBundles, hold)
	if err != nil {
		return "", fmt.Errorf("bundle: %w", err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return "", fmt.Errorf("bundle: %w", err)
	}
	if !fi.IsDir() {
		// A bundle of one file is that file in its own directory.
		return filepath.Dir(p), nil
	}
	return p, nil
}

// fetchBlob fetches a single file by magnet and checks its pinned sha256.
func (m *Miner) fetchBlob(ctx context.Context, magnet, sha string, hold *[]string) (string, error) {
	p, err := m.fetchTorrent(ctx, magnet, dirBlobs, hold)
	if err != nil {
		return "", err
	}
	if sha != "" {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return "", err
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != sha {
			return "", fmt.Errorf("%s: %w: got %s, want %s", p, executor.ErrHashMismatch, got, sha)
		}
	}
	return p, nil
}

// taskKey names a task's directory: task ids come from the hub.
func taskKey(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:8])
}
