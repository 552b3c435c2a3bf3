package cli

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/moby/moby/client"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/executor/wasm"
	"github.com/sonm-io/sonm/internal/hardware"
	"github.com/sonm-io/sonm/internal/taskspec"
)

type execOptions struct {
	unit     int
	out      string
	json     bool
	parallel int
	cacheDir string
	network  bool
}

func newMinerExecCmd() *cobra.Command {
	var o execOptions
	cmd := &cobra.Command{
		Use:   "exec SPEC.yaml",
		Short: "Run a task spec on this machine exactly as a miner would",
		Long: `Runs every work unit of a task spec (or one, with --unit) through its
executor (Docker or WebAssembly) with the same isolation and limits a miner
applies, streams the units' output, and ends with a summary: exit code,
duration, peak memory and the sha256 of every output file.

Each unit's outputs land in DIR/unit-N (--out DIR, or a new temporary
directory that is printed). The command fails if any unit fails.`,
		Example: `  sonm miner exec examples/mandelbrot/spec.yaml --out /tmp/tiles
  sonm miner exec examples/hello-docker/spec.yaml --unit 0 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExec(cmd.Context(), args[0], o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.unit, "unit", -1, "run only unit N (default: every unit)")
	f.StringVar(&o.out, "out", "", "directory for the units' outputs (default: a new temporary directory)")
	f.BoolVar(&o.json, "json", false, "print the summary as JSON on stdout (unit output goes to stderr)")
	f.IntVar(&o.parallel, "parallel", 0, "units run at once (default: CPU count for wasm, 1 for docker)")
	f.BoolVar(&o.network, "allow-network", false, "give Docker units that ask for a network one (they reach this host's networks and beyond)")
	f.StringVar(&o.cacheDir, "cache-dir", "", "cache for compiled WebAssembly modules (default: the user cache dir)")
	return cmd
}

// unitReport is one unit's line of the summary.
type unitReport struct {
	Unit       int               `json:"unit"`
	ExitCode   int               `json:"exit_code"`
	OOM        bool              `json:"oom"`
	TimedOut   bool              `json:"timed_out"`
	DurationMS float64           `json:"duration_ms"`
	PeakMemory int64             `json:"peak_memory_bytes"`
	OutputDir  string            `json:"output_dir"`
	Outputs    []executor.Output `json:"outputs"`
	Missing    []string          `json:"missing,omitempty"`
	Error      string            `json:"error,omitempty"`
}

func (r unitReport) ok() bool {
	return r.Error == "" && r.ExitCode == 0 && !r.OOM && !r.TimedOut && len(r.Missing) == 0
}

// execDockerConfig is the Docker executor's configuration for one exec:
// the machine's GPUs when the spec asks for some, a network when allowed.
func execDockerConfig(ctx context.Context, spec *taskspec.Spec, allowNetwork bool, run hardware.Runner) (docker.Config, error) {
	cfg := docker.DefaultConfig()
	cfg.AllowNetwork = allowNetwork
	if spec.Resources.GPUs > 0 {
		gpus, err := hardware.DetectGPUs(ctx, run)
		if err != nil {
			return cfg, fmt.Errorf("the spec asks for %d GPUs: %w", spec.Resources.GPUs, err)
		}
		cfg.GPUs = len(gpus)
	}
	return cfg, nil
}

func runExec(ctx context.Context, specPath string, o execOptions, stdout, stderr io.Writer) error {
	spec, err := taskspec.Load(specPath)
	if err != nil {
		return err
	}
	units := make([]int, 0, spec.UnitCount())
	if o.unit >= 0 {
		if o.unit >= spec.UnitCount() {
			return fmt.Errorf("--unit %d: the task has %d units (0..%d)", o.unit, spec.UnitCount(), spec.UnitCount()-1)
		}
		units = append(units, o.unit)
	} else {
		for i := 0; i < spec.UnitCount(); i++ {
			units = append(units, i)
		}
	}
	outDir := o.out
	if outDir == "" {
		if outDir, err = os.MkdirTemp("", "sonm-exec-"+spec.Name+"-"); err != nil {
			return err
		}
	}
	if outDir, err = filepath.Abs(outDir); err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("output dir: %w", err)
	}
	live := stdout
	if o.json {
		live = stderr
	}

	inputDir := ""
	fetch := executor.Fetcher{}
	if len(spec.Inputs) > 0 {
		tmp, err := os.MkdirTemp("", "sonm-inputs-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		inputDir = filepath.Join(tmp, "in")
		if err := fetch.StageInputs(ctx, spec, inputDir); err != nil {
			return err
		}
	}

	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	var ex executor.Executor
	parallel := o.parallel
	switch spec.Executor {
	case taskspec.ExecutorWasm:
		cacheDir := o.cacheDir
		if cacheDir == "" {
			cacheDir = defaultCacheDir("wasm")
		}
		w, err := wasm.New(wasm.Config{CacheDir: cacheDir}, log)
		if err != nil {
			return err
		}
		if err := w.Start(ctx); err != nil {
			return err
		}
		defer w.Close(context.WithoutCancel(ctx))
		module, err := fetch.Module(ctx, spec, filepath.Join(cacheDir, "modules"))
		if err != nil {
			return err
		}
		if module, err = filepath.Abs(module); err != nil {
			return err
		}
		spec.Module = &taskspec.Module{Path: module}
		if err := w.Precompile(ctx, module); err != nil {
			return err
		}
		ex = w
		if parallel <= 0 {
			parallel = runtime.NumCPU()
		}
	case taskspec.ExecutorDocker:
		api, err := client.New(client.FromEnv)
		if err != nil {
			return fmt.Errorf("docker client: %w", err)
		}
		defer api.Close()
		id, err := docker.NewImages(api, log).Prepare(ctx, spec)
		if err != nil {
			return err
		}
		img := *spec.Image
		img.Ref = id // run what was prepared, whatever the tag names by then
		spec.Image = &img
		cfg, err := execDockerConfig(ctx, spec, o.network, hardware.ExecRunner)
		if err != nil {
			return err
		}
		d, err := docker.New(cfg, api, log)
		if err != nil {
			return err
		}
		ex = d
		if parallel <= 0 {
			parallel = 1
		}
	}

	taskID := spec.Name + "-" + randomHex(4)
	fmt.Fprintf(stderr, "task %s: %d unit(s) of %d via %s, outputs in %s\n", taskID, len(units), spec.UnitCount(), spec.Executor, outDir)

	reports := make([]unitReport, len(units))
	var mu sync.Mutex // serialises live output lines
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	start := time.Now()
	done := 0
	for k, idx := range units {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			prefix := ""
			if len(units) > 1 {
				prefix = fmt.Sprintf("[unit %d] ", idx)
			}
			w := &prefixWriter{mu: &mu, w: live, prefix: prefix}
			reports[k] = runUnit(ctx, ex, spec, taskID, idx, inputDir, filepath.Join(outDir, fmt.Sprintf("unit-%d", idx)), w)
			w.Flush()
			mu.Lock()
			done++
			if len(units) > 1 && !o.json {
				fmt.Fprintf(stderr, "[%d/%d] unit %d exit %d in %s\n", done, len(units), idx, reports[k].ExitCode, fmtDuration(reports[k].DurationMS))
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	wall := time.Since(start)

	failed := 0
	for _, r := range reports {
		if !r.ok() {
			failed++
		}
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{
			"task": taskID, "spec": spec.Name, "executor": spec.Executor, "output_dir": outDir,
			"wall_ms": float64(wall.Microseconds()) / 1000, "failed": failed, "units": reports,
		}); err != nil {
			return err
		}
	} else {
		printExecSummary(stdout, reports, outDir, wall)
	}
	if failed > 0 {
		if !o.json {
			fmt.Fprintf(stderr, "%d of %d unit(s) failed\n", failed, len(reports))
		}
		return &exitError{code: 1}
	}
	return nil
}

func runUnit(ctx context.Context, ex executor.Executor, spec *taskspec.Spec, taskID string, idx int, inputDir, outDir string, live io.Writer) unitReport {
	rep := unitReport{Unit: idx, OutputDir: outDir, ExitCode: -1}
	u, err := spec.Unit(idx)
	if err == nil {
		err = os.MkdirAll(outDir, 0o755)
	}
	if err != nil {
		rep.Error = err.Error()
		return rep
	}
	job := executor.JobFor(spec, u, taskID, inputDir, outDir)
	job.Stdout, job.Stderr = live, live
	res, err := ex.Run(ctx, job)
	rep.ExitCode, rep.OOM, rep.TimedOut = res.ExitCode, res.OOM, res.TimedOut
	rep.DurationMS = float64(res.Duration.Microseconds()) / 1000
	rep.PeakMemory, rep.Outputs, rep.Missing = res.PeakMemory, res.Outputs, res.Missing
	if err != nil {
		rep.Error = err.Error()
		if res.Duration == 0 {
			rep.ExitCode = -1 // never ran
		}
	}
	return rep
}

func printExecSummary(w io.Writer, reports []unitReport, outDir string, wall time.Duration) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "UNIT\tEXIT\tDURATION\tPEAK MEMORY\tOUTPUTS\tSTATUS")
	for _, r := range reports {
		status := "ok"
		switch {
		case r.Error != "":
			status = r.Error
		case r.OOM:
			status = "out of memory"
		case r.TimedOut:
			status = "timed out"
		case len(r.Missing) > 0:
			status = "missing outputs: " + strings.Join(r.Missing, ", ")
		case r.ExitCode != 0:
			status = "failed"
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%d\t%s\n", r.Unit, r.ExitCode, fmtDuration(r.DurationMS), fmtBytes(r.PeakMemory), len(r.Outputs), status)
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(w, "OUTPUT FILES (under "+outDir+")")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, r := range reports {
		rel, _ := filepath.Rel(outDir, r.OutputDir)
		for _, o := range r.Outputs {
			fmt.Fprintf(tw, "%s\t%s\tsha256:%s\n", filepath.ToSlash(filepath.Join(rel, o.Path)), fmtBytes(o.Size), o.SHA256)
		}
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d unit(s) in %s\n", len(reports), wall.Round(time.Millisecond))
}

// prefixWriter writes whole lines, each with a prefix, under a shared lock
// so that units running side by side do not interleave mid-line.
type prefixWriter struct {
	mu     *sync.Mutex
	w      io.Writer
	prefix string
	buf    bytes.Buffer
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.buf.Write(b)
	for {
		i := bytes.IndexByte(p.buf.Bytes(), '\n')
		if i < 0 {
			break
		}
		line := p.buf.Next(i + 1)
		if _, err := io.WriteString(p.w, p.prefix+string(line)); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// Flush writes a last line that had no newline.
func (p *prefixWriter) Flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.buf.Len() > 0 {
		io.WriteString(p.w, p.prefix+p.buf.String()+"\n")
		p.buf.Reset()
	}
}

func defaultCacheDir(sub string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "sonm", sub)
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "0"
	}
	return hex.EncodeToString(b)
}

func fmtDuration(ms float64) string {
	d := time.Duration(ms * float64(time.Millisecond))
	switch {
	case d < time.Millisecond:
		return d.Round(time.Microsecond).String()
	case d < time.Second:
		return d.Round(100 * time.Microsecond).String()
	default:
		return d.Round(time.Millisecond).String()
	}
}

func fmtBytes(n int64) string {
	if n <= 0 {
		return "-"
	}
	v := float64(n)
	for _, u := range []string{"B", "KiB", "MiB", "GiB"} {
		if v < 1024 || u == "GiB" {
			if u == "B" {
				return fmt.Sprintf("%d B", n)
			}
			return fmt.Sprintf("%.1f %s", v, u)
		}
		v /= 1024
	}
	return ""
}
