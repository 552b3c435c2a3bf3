package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/executor"
)

// guestModule is the test guest compiled once for the whole test binary.
var guestModule string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sonm-wasm-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	guestModule = filepath.Join(dir, "guest.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-o", guestModule, "./testdata/guest")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build guest module: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func newExecutor(t *testing.T) *Executor {
	t.Helper()
	e, err := New(Config{CacheDir: filepath.Join(t.TempDir(), "cache")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close(context.Background()) })
	return e
}

func job(t *testing.T, args ...string) (executor.Job, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	return executor.Job{
		TaskID:    "task",
		UnitID:    "unit",
		Module:    guestModule,
		Args:      args,
		OutputDir: t.TempDir(),
		Stdout:    &out,
		Stderr:    &out,
		Resources: executor.Resources{Timeout: 20 * time.Second},
	}, &out
}

func TestRun(t *testing.T) {
	e := newExecutor(t)
	inDir := t.TempDir()
	payload := []byte("input payload")
	if err := os.WriteFile(filepath.Join(inDir, "data.bin"), payload, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(payload)

	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		outputs    []string
		wantExit   int
		wantStdout string
		wantFiles  map[string]string // path -> sha256
		wantMiss   []string
	}{
		{
			name: "args and env substituted", args: []string{"echo", "tile", "7"}, env: map[string]string{"TILE": "7"},
			wantStdout: "tile 7 TILE=7\n",
			wantFiles:  map[string]string{"echo.txt": hexSum("tile 7 TILE=7")},
		},
		{name: "non-zero exit", args: []string{"exit", "42"}, wantExit: 42, wantStdout: "exiting with 42\n"},
		{
			name: "outputs collected with hashes", args: []string{"copy", "data.bin"}, outputs: []string{"sub", "absent.txt"},
			wantFiles: map[string]string{"sub/data.bin": hex.EncodeToString(sum[:])},
			wantMiss:  []string{"absent.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, out := job(t, tt.args...)
			j.Env = tt.env
			j.InputDir = inDir
			j.Outputs = tt.outputs
			res, err := e.Run(context.Background(), j)
			if err != nil {
				t.Fatalf("Run: got error %v, want nil", err)
			}
			if res.ExitCode != tt.wantExit {
				t.Errorf("exit code: got %d, want %d (output %q)", res.ExitCode, tt.wantExit, out)
			}
			if tt.wantStdout != "" && out.String() != tt.wantStdout {
				t.Errorf("stdout: got %q, want %q", out.String(), tt.wantStdout)
			}
			got := map[string]string{}
			for _, o := range res.Outputs {
				got[o.Path] = o.SHA256
			}
			if fmt.Sprint(got) != fmt.Sprint(orEmpty(tt.wantFiles)) {
				t.Errorf("outputs: got %v, want %v", got, tt.wantFiles)
			}
			if fmt.Sprint(res.Missing) != fmt.Sprint(tt.wantMiss) {
				t.Errorf("missing: got %v, want %v", res.Missing, tt.wantMiss)
			}
			if res.PeakMemory <= 0 {
				t.Errorf("peak memory: got %d, want > 0", res.PeakMemory)
			}
		})
	}
}

func orEmpty(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func hexSum(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestTimeoutAndCancel(t *testing.T) {
	e := newExecutor(t)
	t.Run("timeout", func(t *testing.T) {
		j, _ := job(t, "spin")
		j.Resources.Timeout = 300 * time.Millisecond
		res, err := e.Run(context.Background(), j)
		if !errors.Is(err, executor.ErrTimeout) {
			t.Fatalf("got error %v, want ErrTimeout", err)
		}
		if !res.TimedOut {
			t.Errorf("TimedOut: got false, want true")
		}
	})
	t.Run("cancel", func(t *testing.T) {
		j, _ := job(t, "spin")
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(200*time.Millisecond, cancel)
		_, err := e.Run(ctx, j)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("got error %v, want context.Canceled", err)
		}
	})
}

func TestIsolation(t *testing.T) {
	e := newExecutor(t)
	inDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(inDir, "in.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	hostFile := filepath.Join(t.TempDir(), "host-secret")
	if err := os.WriteFile(hostFile, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()

	tests := []struct {
		name     string
		args     []string
		memory   int64
		wantExit int
		wantOOM  bool
	}{
		{name: "cannot read a host file", args: []string{"open", hostFile}, wantExit: 3},
		{name: "cannot escape a preopen", args: []string{"open", "/in/../../../../etc/hostname"}, wantExit: 3},
		{name: "cannot write the input dir", args: []string{"write", "/in/new.txt"}, wantExit: 3},
		{name: "can read the input dir", args: []string{"open", "/in/in.txt"}, wantExit: 0},
		{name: "can write the output dir", args: []string{"write", "/out/new.txt"}, wantExit: 0},
		{name: "no network", args: []string{"dial", ln.Addr().String()}, wantExit: 3},
		{name: "memory cap reported as OOM", args: []string{"alloc", "256"}, memory: 64 << 20, wantOOM: true},
		{name: "memory within cap", args: []string{"alloc", "16"}, memory: 128 << 20, wantExit: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, out := job(t, tt.args...)
			j.InputDir = inDir
			j.Resources.MemoryBytes = tt.memory
			res, err := e.Run(context.Background(), j)
			if err != nil {
				t.Fatalf("Run: got error %v, want nil", err)
			}
			if res.OOM != tt.wantOOM {
				t.Errorf("OOM: got %v, want %v (output %q)", res.OOM, tt.wantOOM, out)
			}
			if !tt.wantOOM && res.ExitCode != tt.wantExit {
				t.Errorf("exit code: got %d, want %d (output %q)", res.ExitCode, tt.wantExit, out)
			}
			if tt.wantOOM && res.ExitCode == 0 {
				t.Errorf("exit code: got 0, want non-zero after OOM")
			}
			if tt.memory > 0 && res.PeakMemory > tt.memory {
				t.Errorf("peak memory: got %d, want at most %d", res.PeakMemory, tt.memory)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(inDir, "new.txt")); err == nil {
		t.Errorf("input dir: got new.txt written, want read-only")
	}
}

func TestCompiledCacheOnDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache")
	for i := 0; i < 2; i++ {
		e, err := New(Config{CacheDir: dir}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		j, _ := job(t, "exit", "0")
		if _, err := e.Run(context.Background(), j); err != nil {
			t.Fatal(err)
		}
		e.Close(context.Background())
	}
	var n int
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	if n == 0 {
		t.Errorf("cache files: got 0, want at least 1 under %s", dir)
	}
}

func TestInvalidJobs(t *testing.T) {
	e := newExecutor(t)
	tests := []struct {
		name string
		edit func(*executor.Job)
	}{
		{"no module", func(j *executor.Job) { j.Module = "" }},
		{"network", func(j *executor.Job) { j.Network = true }},
		{"gpus", func(j *executor.Job) { j.Resources.GPUs = 1 }},
		{"not wasm", func(j *executor.Job) {
			p := filepath.Join(t.TempDir(), "bad.wasm")
			os.WriteFile(p, []byte("not a module"), 0o644)
			j.Module = p
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, _ := job(t, "exit", "0")
			tt.edit(&j)
			_, err := e.Run(context.Background(), j)
			if !errors.Is(err, executor.ErrInvalidJob) {
				t.Errorf("got %v, want ErrInvalidJob", err)
			}
		})
	}
}

func TestOutputDiskLimit(t *testing.T) {
	e := newExecutor(t)
	tests := []struct {
		name     string
		args     []string
		disk     int64
		wantErr  error
		wantOuts int
	}{
		{name: "within the limit", args: []string{"fill", "3"}, disk: 4 << 20, wantOuts: 3},
		{name: "past the limit", args: []string{"fill", "64"}, disk: 4 << 20, wantErr: executor.ErrDiskLimit},
		{name: "rewriting one file counts once", args: []string{"rewrite", "16"}, disk: 2 << 20, wantOuts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, out := job(t, tt.args...)
			j.Resources.DiskBytes = tt.disk
			res, err := e.Run(context.Background(), j)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Run: got error %v, want %v (output %q)", err, tt.wantErr, out)
			}
			if len(res.Outputs) != tt.wantOuts {
				t.Errorf("outputs: got %d, want %d (output %q)", len(res.Outputs), tt.wantOuts, out)
			}
			var onDisk int64
			filepath.WalkDir(j.OutputDir, func(_ string, d fs.DirEntry, _ error) error {
				if fi, err := d.Info(); err == nil && fi.Mode().IsRegular() {
					onDisk += fi.Size()
				}
				return nil
			})
			if onDisk > tt.disk {
				t.Errorf("bytes on disk: got %d, want at most %d", onDisk, tt.disk)
			}
		})
	}
}
