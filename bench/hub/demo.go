package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/taskspec"
)

const mandelbrotWasm = "examples/mandelbrot/mandelbrot.wasm"

// demo times one WASM unit from submit to verified through a hub and one
// real miner (internal/miner with the wasm executor) that fetches the
// mandelbrot module by URL from a loopback HTTP server and renders one
// 16x16 tile. The first unit pays for the fetch and the compilation
// (demo_unit_cold_ms); demo_unit_ms is the median of the next ones.
func demo(ctx context.Context, runs int) error {
	mod, err := os.ReadFile(mandelbrotWasm)
	if err != nil {
		return fmt.Errorf("%w (run the bench from the repository root)", err)
	}
	sum := sha256.Sum256(mod)
	dir, err := os.MkdirTemp("", "sonm-bench-hub-demo")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(mod) })}
	go srv.Serve(ln)
	defer srv.Close()

	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	hr, err := app.StartHub(ctx, app.HubConfig{Hub: hub.Config{
		Key: key, Wallet: wallet, DataDir: filepath.Join(dir, "hub"),
		BuyerWei: big.NewInt(3_600_000), MinerWei: big.NewInt(1_800_000), LocatorAddr: "127.0.0.1:0",
	}})
	if err != nil {
		return err
	}
	defer hr.Close()
	h := hr.Hub

	mkey, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	mr, err := app.StartMiner(ctx, app.MinerConfig{
		Miner:  miner.Config{Key: mkey, WorkDir: filepath.Join(dir, "miner"), Slots: 1, Name: "demo", Log: slog.New(slog.DiscardHandler)},
		Hub:    h.LocatorAddr(),
		Wallet: wallet, WasmCacheDir: filepath.Join(dir, "wasm-cache"),
	})
	if err != nil {
		return err
	}
	defer mr.Close()
	if err := mr.Go(); err != nil {
		return err
	}
	wx := mr.Wasm
	if err := waitMiners(ctx, h, 1); err != nil {
		return err
	}

	spec := []byte(fmt.Sprintf(`name: demo
executor: wasm
module:
  url: http://%s/mandelbrot.wasm
  sha256: %s
args: ["-tile", "{{index}}", "-tiles", "64", "-size", "128"]
resources:
  cpu: 1
  memory: 64MiB
  max_duration: 60s
outputs: ["tile-{{index}}.png"]
units:
  count: 1
`, ln.Addr(), hex.EncodeToString(sum[:])))
	b, err := newBuyer(ctx, h, 1)
	if err != nil {
		return err
	}
	defer b.close()
	var ds []time.Duration
	for i := 0; i <= runs; i++ {
		tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		t0 := time.Now()
		end, err := b.run(tctx, spec)
		cancel()
		if err != nil {
			return err
		}
		ds = append(ds, end.Sub(t0))
	}
	res, err := b.cs[0].List(ctx, b.key)
	if err != nil {
		return err
	}
	if len(res.Tasks) != runs+1 {
		return fmt.Errorf("the hub lists %d tasks, want %d", len(res.Tasks), runs+1)
	}
	r, err := b.cs[0].Results(ctx, res.Tasks[0].Task, b.key)
	if err != nil {
		return err
	}
	if r.State != hubapi.StateDone || len(r.Files) != 1 || r.Files[0].Path != "tile-0.png" || r.Files[0].Size == 0 {
		return fmt.Errorf("the last demo task's result is %s with files %+v, want done with one tile-0.png", r.State, r.Files)
	}
	// The same unit straight through the executor: what the hub and the
	// miner add is the difference.
	ps, err := taskspec.Parse(spec, "")
	if err != nil {
		return err
	}
	u, err := ps.Unit(0)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(mandelbrotWasm)
	if err != nil {
		return err
	}
	var direct []time.Duration
	for i := 0; i <= runs; i++ {
		out, err := os.MkdirTemp(dir, "direct")
		if err != nil {
			return err
		}
		job := executor.JobFor(ps, u, "direct", "", out)
		job.Module = abs
		t0 := time.Now()
		res, err := wx.Run(ctx, job)
		if err == nil && res.ExitCode != 0 {
			err = fmt.Errorf("exit code %d", res.ExitCode)
		}
		if err != nil {
			return fmt.Errorf("direct run: %w", err)
		}
		direct = append(direct, time.Since(t0))
	}
	cold, warm := ds[0], ds[1:]
	fmt.Printf("demo_unit_cold_ms %.2f\n", ms(cold))
	fmt.Printf("demo_unit_ms %.2f\n", ms(median(warm)))
	fmt.Printf("demo_exec_only_ms %.2f\n", ms(median(direct[1:])))
	return nil
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
