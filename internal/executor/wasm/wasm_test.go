package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/executortest"
)

// guestModule is the test guest compiled once for the whole test binary.
var guestModule string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sonm-wasm-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	guestModule, err = executortest.BuildGuest(dir, "wasip1")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
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
