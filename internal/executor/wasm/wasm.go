// Package wasm runs work units as WebAssembly (WASI preview 1) modules under
// wazero: no network, a read-only input directory and a writable output
// directory as the only files, a memory cap, a time limit enforced by
// cancelling the module, and compiled modules cached on disk.
package wasm

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/sonm-io/sonm/internal/executor"
)

var _ executor.Executor = (*Executor)(nil)

// ErrNotStarted is returned by Run before Start.
var ErrNotStarted = errors.New("wasm executor not started")

// Config configures the executor.
type Config struct {
	// CacheDir keeps compiled modules between runs and processes; empty
	// keeps them in memory only.
	CacheDir string
	// DefaultMemory caps a unit's linear memory when its job sets none.
	DefaultMemory int64
	// MaxModuleBytes bounds the size of a module file.
	MaxModuleBytes int64
	// DefaultDisk bounds what a unit writes under /out when its job sets
	// no disk limit.
	DefaultDisk int64
}

// DefaultConfig is the configuration used where none is given.
func DefaultConfig() Config {
	return Config{DefaultMemory: 1 << 30, MaxModuleBytes: 256 << 20, DefaultDisk: 1 << 30}
}

// Executor runs WASI modules. It is safe for concurrent use.
type Executor struct {
	cfg Config
	log *slog.Logger

	mu       sync.Mutex
	rt       wazero.Runtime
	cache    wazero.CompilationCache
	compiled map[string]wazero.CompiledModule // by module sha256
}

// New checks cfg; it does no I/O.
func New(cfg Config, log *slog.Logger) (*Executor, error) {
	def := DefaultConfig()
	if cfg.DefaultMemory == 0 {
		cfg.DefaultMemory = def.DefaultMemory
	}
	if cfg.MaxModuleBytes == 0 {
		cfg.MaxModuleBytes = def.MaxModuleBytes
	}
	if cfg.DefaultDisk == 0 {
		cfg.DefaultDisk = def.DefaultDisk
	}
	if cfg.DefaultMemory < 0 || cfg.MaxModuleBytes < 0 || cfg.DefaultDisk < 0 {
		return nil, fmt.Errorf("wasm config: negative limits")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Executor{cfg: cfg, log: log, compiled: map[string]wazero.CompiledModule{}}, nil
}

// Start opens the compilation cache and the runtime.
func (e *Executor) Start(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rt != nil {
		return nil
	}
	rc := wazero.NewRuntimeConfig().WithCloseOnContextDone(true)
	if e.cfg.CacheDir != "" {
		if err := os.MkdirAll(e.cfg.CacheDir, 0o700); err != nil {
			return fmt.Errorf("wasm cache dir: %w", err)
		}
		c, err := wazero.NewCompilationCacheWithDir(e.cfg.CacheDir)
		if err != nil {
			return fmt.Errorf("wasm cache: %w", err)
		}
		e.cache = c
		rc = rc.WithCompilationCache(c)
	}
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		rt.Close(ctx)
		return fmt.Errorf("wasi: %w", err)
	}
	e.rt = rt
	return nil
}

// Close releases the runtime and compiled modules. Safe after a failed or
// missing Start.
func (e *Executor) Close(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	var errs []error
	if e.rt != nil {
		errs = append(errs, e.rt.Close(ctx))
		e.rt = nil
	}
	if e.cache != nil {
		errs = append(errs, e.cache.Close(ctx))
		e.cache = nil
	}
	e.compiled = map[string]wazero.CompiledModule{}
	return errors.Join(errs...)
}

// compile returns the compiled module for the file at path, compiling it
// once per content hash.
func (e *Executor) compile(ctx context.Context, path string) (wazero.CompiledModule, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", fmt.Errorf("open module: %w", err)
	}
	defer f.Close()
	code, err := io.ReadAll(io.LimitReader(f, e.cfg.MaxModuleBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("read module: %w", err)
	}
	if int64(len(code)) > e.cfg.MaxModuleBytes {
		return nil, "", fmt.Errorf("module %s: %w: larger than %d bytes", path, executor.ErrInvalidJob, e.cfg.MaxModuleBytes)
	}
	sum := sha256.Sum256(code)
	key := hex.EncodeToString(sum[:])

	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rt == nil {
		return nil, "", ErrNotStarted
	}
	if cm, ok := e.compiled[key]; ok {
		return cm, key, nil
	}
	cm, err := e.rt.CompileModule(ctx, code)
	if err != nil {
		return nil, "", fmt.Errorf("compile module %s: %w: %v", path, executor.ErrInvalidJob, err)
	}
	e.compiled[key] = cm
	return cm, key, nil
}

// Precompile compiles the module at path ahead of its first run.
func (e *Executor) Precompile(ctx context.Context, path string) error {
	_, _, err := e.compile(ctx, path)
	return err
}

// Run implements executor.Executor.
func (e *Executor) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	if job.Module == "" {
		return executor.Result{}, fmt.Errorf("%w: no module", executor.ErrInvalidJob)
	}
	if job.OutputDir == "" {
		return executor.Result{}, fmt.Errorf("%w: no output directory", executor.ErrInvalidJob)
	}
	if job.Network || len(job.Ports) > 0 {
		return executor.Result{}, fmt.Errorf("%w: the wasm executor has no network", executor.ErrInvalidJob)
	}
	if job.Resources.GPUs > 0 {
		return executor.Result{}, fmt.Errorf("%w: the wasm executor has no GPUs", executor.ErrInvalidJob)
	}
	cm, key, err := e.compile(ctx, job.Module)
	if err != nil {
		return executor.Result{}, err
	}

	limit := job.Resources.MemoryBytes
	if limit <= 0 {
		limit = e.cfg.DefaultMemory
	}
	mem := &memTracker{limit: uint64(limit)}
	runCtx := experimental.WithMemoryAllocator(ctx, mem)
	var cancel context.CancelFunc = func() {}
	if job.Resources.Timeout > 0 {
		runCtx, cancel = context.WithTimeout(runCtx, job.Resources.Timeout)
	}
	defer cancel()

	disk := job.Resources.DiskBytes
	if disk <= 0 {
		disk = e.cfg.DefaultDisk
	}
	q := &quota{limit: disk}
	mc := e.moduleConfig(job, q, runCtx.Done())
	log := e.log.With("task_id", job.TaskID, "unit_id", job.UnitID, "module", key[:12])
	log.Debug("wasm unit start")

	start := time.Now()
	mod, runErr := e.runtime().InstantiateModule(runCtx, cm, mc)
	res := executor.Result{Duration: time.Since(start)}
	if mod != nil {
		mod.Close(ctx)
	}
	res.PeakMemory = int64(mem.peak.Load())
	res.OOM = mem.refused.Load()

	var exitErr *sys.ExitError
	switch {
	case runErr == nil:
	case ctx.Err() != nil:
		res.ExitCode = -1
		return res, fmt.Errorf("wasm unit %s: %w", job.UnitID, ctx.Err())
	case runCtx.Err() != nil && errors.Is(runCtx.Err(), context.DeadlineExceeded):
		res.ExitCode = -1
		res.TimedOut = true
		return res, fmt.Errorf("wasm unit %s after %s: %w", job.UnitID, job.Resources.Timeout, executor.ErrTimeout)
	case errors.As(runErr, &exitErr):
		res.ExitCode = int(exitErr.ExitCode())
	default:
		// A trap (unreachable, out-of-bounds access, failed memory growth
		// in a module that does not check) ends the unit like a crash.
		res.ExitCode = -1
		fmt.Fprintf(stderrOf(job), "wasm trap: %v\n", runErr)
	}
	if q.hit.Load() {
		return res, fmt.Errorf("wasm unit %s: %w of %d bytes under %s", job.UnitID, executor.ErrDiskLimit, disk, executor.GuestOutputDir)
	}
	outs, missing, err := executor.CollectOutputs(job.OutputDir, job.Outputs)
	if err != nil {
		return res, err
	}
	res.Outputs, res.Missing = outs, missing
	log.Debug("wasm unit done", "exit", res.ExitCode, "duration", res.Duration)
	return res, nil
}

func (e *Executor) runtime() wazero.Runtime {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.rt
}

func stderrOf(job executor.Job) io.Writer {
	if job.Stderr != nil {
		return job.Stderr
	}
	return io.Discard
}

// moduleConfig is the module's view of the world. A sleep in the module
// ends when done closes: wazero interrupts a module only between its own
// instructions, so a module asleep in the host would outlive its timeout
// and its cancellation.
func (e *Executor) moduleConfig(job executor.Job, q *quota, done <-chan struct{}) wazero.ModuleConfig {
	argv := append([]string{}, job.Command...)
	if len(argv) == 0 {
		argv = []string{filepath.Base(job.Module)}
	}
	argv = append(argv, job.Args...)
	mc := wazero.NewModuleConfig().
		WithName(""). // anonymous, so that units of one module run side by side
		WithArgs(argv...).
		WithSysWalltime().
		WithSysNanotime().
		WithNanosleep(func(ns int64) {
			t := time.NewTimer(time.Duration(ns))
			defer t.Stop()
			select {
			case <-t.C:
			case <-done:
			}
		}).
		WithRandSource(rand.Reader).
		WithStderr(stderrOf(job))
	if job.Stdout != nil {
		mc = mc.WithStdout(job.Stdout)
	}
	if job.Stdin != nil {
		mc = mc.WithStdin(job.Stdin)
	}
	keys := make([]string, 0, len(job.Env))
	for k := range job.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		mc = mc.WithEnv(k, job.Env[k])
	}
	if job.WorkDir != "" {
		mc = mc.WithEnv("PWD", job.WorkDir)
	}
	fsc := wazero.NewFSConfig().(sysfs.FSConfig).WithSysFSMount(newQuotaFS(job.OutputDir, q), executor.GuestOutputDir)
	if job.InputDir != "" {
		fsc = fsc.WithReadOnlyDirMount(job.InputDir, executor.GuestInputDir)
	}
	return mc.WithFSConfig(fsc)
}

// memTracker backs a module's linear memory, refuses growth beyond the
// unit's cap and remembers the largest size reached.
type memTracker struct {
	limit   uint64
	peak    atomic.Uint64
	refused atomic.Bool
}

func (t *memTracker) Allocate(capHint, max uint64) experimental.LinearMemory {
	return &linearMemory{t: t, max: min(max, t.limit), capHint: min(capHint, t.limit)}
}

type linearMemory struct {
	t       *memTracker
	buf     []byte
	max     uint64
	capHint uint64
}

func (m *linearMemory) Reallocate(size uint64) []byte {
	if size > m.max {
		m.t.refused.Store(true)
		return nil
	}
	if size > uint64(cap(m.buf)) {
		c := max(size, min(2*uint64(cap(m.buf)), m.max), m.capHint)
		nb := make([]byte, size, c)
		copy(nb, m.buf)
		m.buf = nb
	} else {
		m.buf = m.buf[:size]
	}
	for {
		p := m.t.peak.Load()
		if size <= p || m.t.peak.CompareAndSwap(p, size) {
			break
		}
	}
	return m.buf
}

func (m *linearMemory) Free() { m.buf = nil }
