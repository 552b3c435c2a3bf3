package miner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// stateFile is kept in WorkDir.
const stateFile = "miner-state.json"

const stateVersion = 1

// savedState is what survives a restart: the assignments that were
// running and the results not yet reported.
type savedState struct {
	Version int              `json:"version"`
	Miner   string           `json:"miner"`
	Running []savedRun       `json:"running"`
	Results []*pendingResult `json:"results"`
	Sent    []*pendingResult `json:"sent,omitempty"` // written recently; written again after a restart
}

type savedRun struct {
	ID        uint64 `json:"id"`
	Task      string `json:"task"`
	Unit      int    `json:"unit"`
	Deadline  int64  `json:"deadline,omitempty"`
	Executor  string `json:"executor"`
	OutputDir string `json:"output_dir"`
}

// adopter is what the Docker executor offers to take containers over
// after a restart.
type adopter interface {
	List(ctx context.Context) ([]docker.Found, error)
	Adopt(ctx context.Context, f docker.Found, stdout, stderr io.Writer) (*docker.Handle, error)
	Wait(ctx context.Context, h *docker.Handle) (executor.Result, error)
	Remove(ctx context.Context, id string) error
}

var _ adopter = (*docker.Executor)(nil)

// saveState writes the state file atomically.
func (m *Miner) saveState() error {
	m.mu.Lock()
	st := savedState{Version: stateVersion, Miner: m.addr.Hex()}
	for _, r := range m.runs {
		if r.executor == "" {
			continue // not started: nothing of it is on this machine
		}
		st.Running = append(st.Running, savedRun{ID: r.a.ID, Task: r.a.Task, Unit: r.a.Unit, Deadline: r.a.Deadline,
			Executor: r.executor, OutputDir: r.outDir})
	}
	// Copies: sendResults stamps SentAt under m.mu while this encodes.
	for _, p := range m.pending {
		c := *p
		st.Results = append(st.Results, &c)
	}
	for _, p := range m.sent {
		c := *p
		st.Sent = append(st.Sent, &c)
	}
	m.mu.Unlock()
	sort.Slice(st.Sent, func(i, j int) bool { return st.Sent[i].Result.ID < st.Sent[j].Result.ID })
	sort.Slice(st.Running, func(i, j int) bool { return st.Running[i].ID < st.Running[j].ID })
	sort.Slice(st.Results, func(i, j int) bool { return st.Results[i].Result.ID < st.Results[j].Result.ID })
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	m.stateMu.Lock()
	defer m.stateMu.Unlock()
	path := filepath.Join(m.cfg.WorkDir, stateFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	return nil
}

// loadState reads the state file; a missing file is an empty state.
func loadState(path string) (savedState, error) {
	var st savedState
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("read state: %w", err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return st, fmt.Errorf("state file %s is damaged (%v): move it away to start afresh", path, err)
	}
	if st.Version != stateVersion {
		return st, fmt.Errorf("state file %s has version %d, want %d: move it away to start afresh", path, st.Version, stateVersion)
	}
	return st, nil
}

// recover picks up what an earlier run of the miner left: results not
// reported are queued again (large outputs shared again), Docker units
// still on the engine are adopted, and everything else is dropped: the hub
// reschedules it once its heartbeats stop.
func (m *Miner) recover(ctx context.Context, wg *sync.WaitGroup) error {
	st, err := loadState(filepath.Join(m.cfg.WorkDir, stateFile))
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, p := range st.Results {
		if p == nil {
			continue
		}
		if p.Dir != "" {
			if err := m.reshare(ctx, p); err != nil {
				m.emit(Event{Kind: EventWarning, Err: fmt.Errorf("result of assignment %d is lost: %w", p.Result.ID, err)})
				os.RemoveAll(p.Dir)
				continue
			}
			keep[p.Dir] = true
		}
		m.pending[p.Result.ID] = p
	}
	for _, p := range st.Sent {
		if p != nil && p.Dir == "" {
			m.sent[p.Result.ID] = p
		}
	}

	byDir := map[string]savedRun{}
	for _, r := range st.Running {
		byDir[r.OutputDir] = r
	}
	if ad, ok := m.cfg.Executors[taskspec.ExecutorDocker].(adopter); ok {
		found, err := ad.List(ctx)
		if err != nil {
			m.emit(Event{Kind: EventWarning, Err: fmt.Errorf("look for containers left by an earlier run: %w", err)})
		}
		units := filepath.Join(m.cfg.WorkDir, dirUnits) + string(filepath.Separator)
		for _, f := range found {
			if !strings.HasPrefix(f.OutputDir, units) {
				continue // another miner's on the same engine
			}
			sr, mine := byDir[f.OutputDir]
			if mine && sr.Executor == taskspec.ExecutorDocker && f.OutputDir != "" {
				if err := m.adopt(ctx, wg, ad, f, sr); err == nil {
					delete(byDir, f.OutputDir)
					keep[f.OutputDir] = true
					continue
				} else {
					m.emit(Event{Kind: EventWarning, Err: err})
				}
			}
			if err := ad.Remove(ctx, f.ID); err != nil {
				m.emit(Event{Kind: EventWarning, Err: fmt.Errorf("remove leftover container %s: %w", f.ID, err)})
			} else {
				m.log.Info("removed leftover container", "container", f.ID, "task_id", f.TaskID, "unit_id", f.UnitID)
			}
		}
	}
	for _, sr := range byDir {
		m.emit(Event{Kind: EventDropped, Assignment: sr.ID, Task: sr.Task, Unit: sr.Unit})
	}
	// Output directories nobody claims any more.
	units := filepath.Join(m.cfg.WorkDir, dirUnits)
	entries, _ := os.ReadDir(units)
	for _, e := range entries {
		p := filepath.Join(units, e.Name())
		if !keep[p] {
			os.RemoveAll(p)
		}
	}
	return m.saveState()
}

// reshare seeds a reported-to-be output directory again after a restart.
func (m *Miner) reshare(ctx context.Context, p *pendingResult) error {
	if m.cfg.Delivery == nil {
		return errors.New("no delivery node to share its output")
	}
	if _, err := os.Stat(p.Dir); err != nil {
		return err
	}
	sh, err := m.cfg.Delivery.Share(ctx, p.Dir)
	if err != nil {
		return err
	}
	p.Result.Magnet = sh.Magnet
	m.shared[p.Result.ID] = &sharedOutput{dir: p.Dir, infoHash: sh.InfoHash}
	return nil
}

// adopt takes over a container of an assignment that was running when the
// miner stopped, and reports it like any other when it ends.
func (m *Miner) adopt(ctx context.Context, wg *sync.WaitGroup, ad adopter, f docker.Found, sr savedRun) error {
	h, err := ad.Adopt(ctx, f, io.Discard, io.Discard)
	if err != nil {
		return fmt.Errorf("adopt container of assignment %d: %w", sr.ID, err)
	}
	a := hubapi.Assignment{ID: sr.ID, Task: sr.Task, Unit: sr.Unit, Deadline: sr.Deadline}
	rctx, cancel := context.WithCancel(ctx)
	r := &run{a: a, cancel: cancel, outDir: sr.OutputDir, executor: taskspec.ExecutorDocker, started: h.Started}
	m.runs[a.ID] = r
	m.log.Info("adopted container", "container", f.ID, "task_id", sr.Task, "unit_id", sr.Unit)
	turn := m.slots.ask()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer cancel()
		select {
		case <-turn:
		case <-rctx.Done():
			m.slots.withdraw(turn)
			m.finish(rctx, r, nil, "")
			return
		}
		defer m.slots.release()
		res, err := ad.Wait(rctx, h)
		ur, dir, err := m.result(rctx, a, sr.OutputDir, h.Timeout, res, err)
		if err != nil && rctx.Err() == nil {
			ur, dir = &hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, ExitCode: -1, Error: err.Error(), Root: emptyRoot()}, ""
		}
		m.finish(rctx, r, ur, dir)
	}()
	return nil
}

// unitDir is the output directory of an assignment.
func (m *Miner) unitDir(id uint64) string {
	return filepath.Join(m.cfg.WorkDir, dirUnits, strconv.FormatUint(id, 10))
}
