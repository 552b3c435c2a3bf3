// Package executortest is the conformance suite every sandbox passes: the
// same guest program (./guest), compiled for the sandbox, is run through
// the executor.Executor contract and must behave the same way: arguments,
// environment, exit codes, collected outputs with their hashes, read-only
// inputs, no network, memory and disk limits, timeouts and cancellation.
// A sandbox's own test calls Run with a Target; what only one sandbox
// does (published ports, pids limits, compile caches) stays in its own
// tests.
package executortest

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
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/executor"
)

// BuildGuest compiles the guest program into dir for goos: "wasip1" gives
// a WebAssembly module, "linux" a static binary for an image FROM scratch.
// It returns the file's path.
func BuildGuest(dir, goos string) (string, error) {
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		return "", errors.New("executortest: cannot locate the guest's source")
	}
	src := filepath.Join(filepath.Dir(self), "guest")
	out := filepath.Join(dir, "guest")
	env := append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos)
	switch goos {
	case "wasip1":
		out += ".wasm"
		env = append(env, "GOARCH=wasm")
	case "linux":
	default:
		return "", fmt.Errorf("executortest: no guest for GOOS %q", goos)
	}
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-o", out, ".")
	cmd.Dir, cmd.Env = src, env
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build the guest for %s: %v\n%s", goos, err, b)
	}
	return out, nil
}

// Target is one sandbox under test.
type Target struct {
	Executor executor.Executor
	// Job returns a job that runs the guest with args (Image or Module set,
	// TaskID and UnitID unique to t); the suite sets the rest.
	Job func(t *testing.T, args ...string) executor.Job
	// Cleanup, when set, runs after each case (e.g. checks that nothing
	// was left behind).
	Cleanup func(t *testing.T)
}

// Run runs the whole suite against tg.
func Run(t *testing.T, tg Target) {
	t.Run("outputs", func(t *testing.T) { outputs(t, tg) })
	t.Run("isolation", func(t *testing.T) { isolation(t, tg) })
	t.Run("limits", func(t *testing.T) { limits(t, tg) })
	t.Run("timeout", func(t *testing.T) { timeout(t, tg) })
	t.Run("cancel", func(t *testing.T) { cancel(t, tg) })
}

// job is tg's job for args with fresh directories and output buffers.
func job(t *testing.T, tg Target, args ...string) (executor.Job, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	j := tg.Job(t, args...)
	j.OutputDir = t.TempDir()
	j.Stdout, j.Stderr = &stdout, &stderr
	j.Resources.Timeout = time.Minute
	j.Resources.MemoryBytes = 128 << 20
	return j, &stdout, &stderr
}

func run(t *testing.T, tg Target, j executor.Job) (executor.Result, error) {
	t.Helper()
	if tg.Cleanup != nil {
		t.Cleanup(func() { tg.Cleanup(t) })
	}
	return tg.Executor.Run(context.Background(), j)
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func outputs(t *testing.T, tg Target) {
	inDir := t.TempDir()
	payload := []byte("input payload")
	if err := os.WriteFile(filepath.Join(inDir, "data.bin"), payload, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		outputs    []string
		wantExit   int
		wantStdout string
		wantStderr string
		wantFiles  map[string]string // path -> sha256
		wantMiss   []string
	}{
		{
			name: "args and env", args: []string{"echo", "tile", "7"}, env: map[string]string{"TILE": "7"},
			wantStdout: "tile 7 TILE=7\n", wantStderr: "to stderr\n",
			wantFiles: map[string]string{"echo.txt": hexSum([]byte("tile 7 TILE=7"))},
		},
		{name: "non-zero exit", args: []string{"exit", "42"}, wantExit: 42, wantStderr: "exiting with 42\n", wantFiles: map[string]string{}},
		{
			name: "declared outputs with hashes", args: []string{"copy", "data.bin"}, outputs: []string{"sub", "absent.txt"},
			wantFiles: map[string]string{"sub/data.bin": hexSum(payload)}, wantMiss: []string{"absent.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, stdout, stderr := job(t, tg, tt.args...)
			j.Env, j.InputDir, j.Outputs = tt.env, inDir, tt.outputs
			res, err := run(t, tg, j)
			if err != nil {
				t.Fatalf("Run: got error %v, want nil (stdout %q stderr %q)", err, stdout, stderr)
			}
			if res.ExitCode != tt.wantExit {
				t.Errorf("exit code: got %d, want %d (stdout %q stderr %q)", res.ExitCode, tt.wantExit, stdout, stderr)
			}
			if tt.wantStdout != "" && stdout.String() != tt.wantStdout {
				t.Errorf("stdout: got %q, want %q", stdout, tt.wantStdout)
			}
			if tt.wantStderr != "" && stderr.String() != tt.wantStderr {
				t.Errorf("stderr: got %q, want %q", stderr, tt.wantStderr)
			}
			got := map[string]string{}
			for _, o := range res.Outputs {
				got[o.Path] = o.SHA256
				if o.Size <= 0 {
					t.Errorf("output %s: size %d, want > 0", o.Path, o.Size)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantFiles) {
				t.Errorf("outputs: got %v, want %v", got, tt.wantFiles)
			}
			if fmt.Sprint(res.Missing) != fmt.Sprint(tt.wantMiss) {
				t.Errorf("missing: got %v, want %v", res.Missing, tt.wantMiss)
			}
			if res.Duration <= 0 {
				t.Errorf("duration: got %v, want > 0", res.Duration)
			}
		})
	}
}

func isolation(t *testing.T, tg Target) {
	inDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(inDir, "in.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	hostFile := filepath.Join(t.TempDir(), "host-secret")
	if err := os.WriteFile(hostFile, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A listener on every host address: a unit with a network would reach
	// it at the host's own (non-loopback) address.
	ln, err := net.Listen("tcp", ":0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	target := net.JoinHostPort(hostAddr(t), fmt.Sprint(port))
	tests := []struct {
		name     string
		args     []string
		wantExit int
	}{
		{name: "inputs are readable", args: []string{"open", "/in/in.txt"}},
		{name: "inputs are read-only", args: []string{"write", "/in/new.txt"}, wantExit: 3},
		{name: "outputs are writable", args: []string{"write", "/out/new.txt"}},
		{name: "host files are not visible", args: []string{"open", hostFile}, wantExit: 3},
		{name: "no escape from the inputs", args: []string{"open", "/in/../../../.." + hostFile}, wantExit: 3},
		{name: "no network unless asked", args: []string{"dial", target}, wantExit: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, stdout, stderr := job(t, tg, tt.args...)
			j.InputDir = inDir
			res, err := run(t, tg, j)
			if err != nil {
				t.Fatalf("Run: got error %v, want nil", err)
			}
			if res.ExitCode != tt.wantExit {
				t.Errorf("exit code: got %d, want %d (stdout %q stderr %q)", res.ExitCode, tt.wantExit, stdout, stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(inDir, "new.txt")); err == nil {
		t.Errorf("input dir: got new.txt written, want read-only")
	}
}

// hostAddr is a non-loopback IPv4 address of this host (the loopback one
// when it has none: then the network case proves less).
func hostAddr(t *testing.T) string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP.String()
		}
	}
	t.Logf("no non-loopback address: the network case dials 127.0.0.1")
	return "127.0.0.1"
}

func limits(t *testing.T, tg Target) {
	t.Run("memory", func(t *testing.T) {
		j, stdout, _ := job(t, tg, "alloc", "512")
		j.Resources.MemoryBytes = 64 << 20
		res, err := run(t, tg, j)
		if err != nil {
			t.Fatalf("Run: got error %v, want nil", err)
		}
		if !res.OOM || res.ExitCode == 0 {
			t.Errorf("got OOM %v exit %d, want OOM and a non-zero exit (stdout %q)", res.OOM, res.ExitCode, stdout)
		}
		if res.PeakMemory > j.Resources.MemoryBytes {
			t.Errorf("peak memory: got %d, want at most %d", res.PeakMemory, j.Resources.MemoryBytes)
		}
	})
	t.Run("memory within the limit", func(t *testing.T) {
		j, stdout, _ := job(t, tg, "alloc", "16")
		res, err := run(t, tg, j)
		if err != nil || res.OOM || res.ExitCode != 0 {
			t.Errorf("got %v, OOM %v, exit %d; want a clean run (stdout %q)", err, res.OOM, res.ExitCode, stdout)
		}
	})
	disk := []struct {
		name     string
		args     []string
		wantErr  error
		wantOuts int
	}{
		{name: "disk within the limit", args: []string{"fill", "3"}, wantOuts: 3},
		{name: "disk past the limit", args: []string{"fill", "300"}, wantErr: executor.ErrDiskLimit},
		{name: "rewriting a file counts once", args: []string{"rewrite", "40"}, wantOuts: 1},
	}
	const limit = 16 << 20
	for _, tt := range disk {
		t.Run(tt.name, func(t *testing.T) {
			j, stdout, _ := job(t, tg, tt.args...)
			j.Resources.DiskBytes = limit
			res, err := run(t, tg, j)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Run: got error %v, want %v (stdout %q)", err, tt.wantErr, stdout)
			}
			if len(res.Outputs) != tt.wantOuts {
				t.Errorf("outputs: got %d, want %d (stdout %q)", len(res.Outputs), tt.wantOuts, stdout)
			}
			if n := dirBytes(j.OutputDir); n > limit {
				t.Errorf("bytes left in the output dir: got %d, want at most %d", n, limit)
			}
		})
	}
}

func dirBytes(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil {
			if fi, err := d.Info(); err == nil && fi.Mode().IsRegular() {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func timeout(t *testing.T, tg Target) {
	for _, args := range [][]string{{"spin"}, {"later", "1h"}} {
		t.Run(args[0], func(t *testing.T) {
			j, _, _ := job(t, tg, args...)
			j.Resources.Timeout = 500 * time.Millisecond
			res, err := run(t, tg, j)
			if !errors.Is(err, executor.ErrTimeout) {
				t.Fatalf("got error %v, want ErrTimeout", err)
			}
			if !res.TimedOut {
				t.Errorf("TimedOut: got false, want true")
			}
		})
	}
}

func cancel(t *testing.T, tg Target) {
	j, _, _ := job(t, tg, "later", "1h")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if tg.Cleanup != nil {
		t.Cleanup(func() { tg.Cleanup(t) })
	}
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := tg.Executor.Run(ctx, j)
		done <- err
	}()
	// Cancelled while it runs (or before it starts: the same answer).
	time.AfterFunc(300*time.Millisecond, cancel)
	err := <-done
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got error %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("cancel took %v, want the unit stopped promptly", d)
	}
	if entries, _ := os.ReadDir(j.OutputDir); slices.ContainsFunc(entries, func(e os.DirEntry) bool { return strings.HasPrefix(e.Name(), "later") }) {
		t.Errorf("a cancelled unit finished its work")
	}
}
