// Command exec measures the executors against their anchors, in one run, and
// prints one `NAME VALUE` line per figure:
//
//	docker_run_ms               `docker run --rm` of a no-op image (median)
//	docker_exec_ms              the Docker executor's start-to-exit for the same image (median)
//	docker_ratio_vs_docker_run  docker_exec_ms / docker_run_ms (target <= 1.15)
//	wasm_cold_ms                first run of a tiny module, compile included
//	wasm_warm_ms                warm start-to-exit of the tiny module (median, target <= 5)
//	wasm_warm_go_ms             warm start-to-exit of the Go-built mandelbrot module rendering a 1-pixel tile
//
// Docker figures are skipped (with a note on stderr) where no engine is
// reachable. Run: go run ./bench/exec [-n 15]
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/executor/wasm"
)

// tinyModule is (module (func (export "_start")) (memory (export "memory") 1)).
var tinyModule = []byte{
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
	0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
	0x03, 0x02, 0x01, 0x00,
	0x05, 0x03, 0x01, 0x00, 0x01,
	0x07, 0x13, 0x02, 0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x00, 0x06, 'm', 'e', 'm', 'o', 'r', 'y', 0x02, 0x00,
	0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,
}

const noopSource = "package main\n\nfunc main() {}\n"

func main() {
	n := flag.Int("n", 15, "iterations per figure")
	flag.Parse()
	ctx := context.Background()
	tmp, err := os.MkdirTemp("", "sonm-bench-exec")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)

	if err := benchWasm(ctx, tmp, *n); err != nil {
		fail(err)
	}
	if err := benchDocker(ctx, tmp, *n); err != nil {
		fmt.Fprintln(os.Stderr, "docker figures skipped:", err)
	}
}

func benchWasm(ctx context.Context, tmp string, n int) error {
	mod := filepath.Join(tmp, "tiny.wasm")
	if err := os.WriteFile(mod, tinyModule, 0o644); err != nil {
		return err
	}
	ex, err := wasm.New(wasm.Config{CacheDir: filepath.Join(tmp, "wasm-cache")}, nil)
	if err != nil {
		return err
	}
	if err := ex.Start(ctx); err != nil {
		return err
	}
	defer ex.Close(ctx)
	out := filepath.Join(tmp, "wasm-out")
	os.MkdirAll(out, 0o755)
	job := executor.Job{TaskID: "bench", UnitID: "tiny", Module: mod, OutputDir: out}
	run := func(j executor.Job) (time.Duration, error) {
		start := time.Now()
		res, err := ex.Run(ctx, j)
		if err == nil && res.ExitCode != 0 {
			err = fmt.Errorf("exit code %d", res.ExitCode)
		}
		return time.Since(start), err
	}
	cold, err := run(job)
	if err != nil {
		return fmt.Errorf("wasm tiny: %w", err)
	}
	warm, err := repeat(n, func() (time.Duration, error) { return run(job) })
	if err != nil {
		return err
	}
	fmt.Printf("wasm_cold_ms %.3f\n", ms(cold))
	fmt.Printf("wasm_warm_ms %.3f\n", ms(warm))

	goMod, err := filepath.Abs("examples/mandelbrot/mandelbrot.wasm")
	if err == nil {
		if _, statErr := os.Stat(goMod); statErr == nil {
			gj := executor.Job{TaskID: "bench", UnitID: "go", Module: goMod, OutputDir: out,
				Args: []string{"-tile", "0", "-tiles", "1", "-size", "1", "-out", "/out/t.png"}}
			if _, err := run(gj); err != nil {
				return fmt.Errorf("wasm go: %w", err)
			}
			d, err := repeat(n, func() (time.Duration, error) { return run(gj) })
			if err != nil {
				return err
			}
			fmt.Printf("wasm_warm_go_ms %.3f\n", ms(d))
		}
	}
	return nil
}

func benchDocker(ctx context.Context, tmp string, n int) error {
	api, err := client.New(client.FromEnv)
	if err != nil {
		return err
	}
	defer api.Close()
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := api.Ping(pctx, client.PingOptions{NegotiateAPIVersion: true}); err != nil {
		return fmt.Errorf("no Docker engine: %w", err)
	}
	src := filepath.Join(tmp, "noop")
	os.MkdirAll(src, 0o755)
	os.WriteFile(filepath.Join(src, "main.go"), []byte(noopSource), 0o644)
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module noop\n\ngo 1.22\n"), 0o644)
	bin := filepath.Join(tmp, "noop-bin")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, ".")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("build noop: %v\n%s", err, out)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return err
	}
	const ref = "sonm-bench-noop:1"
	var tarball bytes.Buffer
	if err := docker.WriteImageTar(&tarball, docker.ImageSpec{Ref: ref, Files: map[string][]byte{"noop": data}, Entrypoint: []string{"/noop"}}); err != nil {
		return err
	}
	if _, err := docker.LoadImage(ctx, api, &tarball); err != nil {
		return err
	}
	ex, err := docker.New(docker.DefaultConfig(), api, nil)
	if err != nil {
		return err
	}
	out := filepath.Join(tmp, "docker-out")
	os.MkdirAll(out, 0o755)
	job := executor.Job{TaskID: "bench", UnitID: "noop", Image: ref, OutputDir: out}
	viaExecutor := func() (time.Duration, error) {
		start := time.Now()
		res, err := ex.Run(ctx, job)
		if err == nil && res.ExitCode != 0 {
			err = fmt.Errorf("exit code %d", res.ExitCode)
		}
		return time.Since(start), err
	}
	viaCLI := func() (time.Duration, error) {
		start := time.Now()
		out, err := exec.Command("docker", "run", "--rm", ref).CombinedOutput()
		if err != nil {
			return 0, fmt.Errorf("docker run: %v: %s", err, out)
		}
		return time.Since(start), nil
	}
	// Warm both paths, then interleave so that drift hits both alike.
	if _, err := viaCLI(); err != nil {
		return err
	}
	if _, err := viaExecutor(); err != nil {
		return err
	}
	var cli, exe []time.Duration
	for i := 0; i < n; i++ {
		d, err := viaCLI()
		if err != nil {
			return err
		}
		cli = append(cli, d)
		d, err = viaExecutor()
		if err != nil {
			return err
		}
		exe = append(exe, d)
	}
	c, e := median(cli), median(exe)
	fmt.Printf("docker_run_ms %.3f\n", ms(c))
	fmt.Printf("docker_exec_ms %.3f\n", ms(e))
	fmt.Printf("docker_ratio_vs_docker_run %.3f\n", float64(e)/float64(c))
	return nil
}

func repeat(n int, f func() (time.Duration, error)) (time.Duration, error) {
	var ds []time.Duration
	for i := 0; i < n; i++ {
		d, err := f()
		if err != nil {
			return 0, err
		}
		ds = append(ds, d)
	}
	return median(ds), nil
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench/exec:", err)
	os.Exit(1)
}
