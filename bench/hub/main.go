// Command hub measures one hub (no chain, no torrents, the durable SQLite
// store on, fsync on every commit) driven by in-process miners over
// loopback TCP, each on its own connection and join stream, and prints one
// `NAME VALUE` line per figure:
//
//	bytes_per_miner             hub heap+stacks per joined idle miner; the miners run in a child
//	                            process, so only the hub's memory is counted (heap_bytes_per_miner:
//	                            heap alone)
//	units_per_s                 no-op units assigned, reported and verified per second at full
//	                            load: -tasks tasks of -units units, replication 1, from the first
//	                            submit to the last unit verified (target >= 10000)
//	cpu_us_per_unit             CPU of the whole process (hub, miners, buyer) per unit meanwhile
//	units_per_s_vs_nomad_ratio  units_per_s / 3750 (Nomad's C1M: 1M containers in < 5 minutes)
//	units_per_s_vs_boinc_ratio  units_per_s / 100 (BOINC's server, tasks dispatched per second)
//	tasks_per_s                 single-unit tasks submitted and verified per second, 64 buyers
//	                            in a closed loop (cpu_us_per_task: the process's CPU per task)
//	latency_p50_ms, _p99_ms     submit-to-verified of single-unit tasks offered open loop at half
//	                            of tasks_per_s (target p99 <= 20)
//	fsync_p50_ms, _p99_ms       4 KiB append + fsync in the hub's directory, right after: a task
//	                            waits for three commits in a row, each at least one fsync
//	demo_unit_ms                submit-to-verified of one WASM unit (the mandelbrot module, one
//	                            16x16 tile) through the hub and one real miner (internal/miner with
//	                            internal/executor/wasm), median of -demo-runs after a cold one
//	                            (demo_unit_cold_ms: module fetched and compiled);
//	                            demo_exec_only_ms: the same unit straight through the executor
//
// Every status the bench waits for comes from the hub's status streams,
// which the hub writes only after the change is committed to its database.
// Lines starting with # are comments.
//
// Run from the repository root: go run ./bench/hub [-miners 1000] [-cpuprofile hub.prof]
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/hub"
)

// References for scale, tasks (units) started per second.
const (
	nomadPerS = 3750 // Nomad's "C1M": 1M containers in under 5 minutes on 5,000 hosts
	boincPerS = 100  // BOINC's project server, order of magnitude of tasks dispatched per second
)

var wallet = common.HexToAddress("0x00000000000000000000000000000000000000aa")

type options struct {
	miners, slots int
	tasks, units  int
	latencyFor    time.Duration
	latencyRate   float64
	heartbeat     time.Duration
	demoRuns      int
	memprofile    string
	skip          string
	cpuprofile    string
	childHub      string
}

func main() {
	var o options
	flag.IntVar(&o.miners, "miners", 1000, "miners joined to the hub")
	flag.IntVar(&o.slots, "slots", 1, "slots per miner")
	flag.IntVar(&o.tasks, "tasks", 10, "tasks submitted for units_per_s")
	flag.IntVar(&o.units, "units", 20000, "units per task for units_per_s")
	flag.DurationVar(&o.latencyFor, "latency-duration", 3*time.Second, "how long single-unit tasks are offered for the latency figures")
	flag.Float64Var(&o.latencyRate, "latency-rate", 0, "tasks per second offered for the latency figures (default: half of tasks_per_s)")
	flag.DurationVar(&o.heartbeat, "heartbeat", time.Second, "the hub's heartbeat interval")
	flag.IntVar(&o.demoRuns, "demo-runs", 9, "warm demo units timed after the cold one")
	flag.StringVar(&o.skip, "skip", "", "comma-separated phases to skip: memory,throughput,latency,demo")
	flag.StringVar(&o.memprofile, "memprofile", "", "write a heap profile of the hub with every miner joined")
	flag.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the throughput and latency phases")
	flag.StringVar(&o.childHub, "child-hub", "", "internal: join -miners miners to this hub service and wait for stdin to close")
	flag.Parse()
	ctx := context.Background()
	if o.childHub != "" {
		if err := child(ctx, o); err != nil {
			fail(err)
		}
		return
	}
	if err := run(ctx, o); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

func skipped(o options, phase string) bool {
	for _, s := range splitComma(o.skip) {
		if s == phase {
			return true
		}
	}
	return false
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func run(ctx context.Context, o options) error {
	fmt.Printf("# references: BOINC ~%d tasks/s, Nomad ~%d containers/s\n", boincPerS, nomadPerS)
	fmt.Printf("miners %d\n", o.miners)
	fmt.Printf("slots_per_miner %d\n", o.slots)
	if !skipped(o, "memory") {
		b, heap, err := memoryPerMiner(ctx, o)
		if err != nil {
			return fmt.Errorf("memory: %w", err)
		}
		fmt.Printf("bytes_per_miner %.0f\n", b)
		fmt.Printf("heap_bytes_per_miner %.0f\n", heap)
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	if !skipped(o, "throughput") || !skipped(o, "latency") {
		if err := load(ctx, o); err != nil {
			return err
		}
	}
	if !skipped(o, "demo") {
		if err := demo(ctx, o.demoRuns); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	return nil
}

// load runs the throughput and latency phases against one hub with the
// whole fleet joined.
func load(ctx context.Context, o options) error {
	dir, err := os.MkdirTemp("", "sonm-bench-hub")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	role, err := startHub(ctx, dir, o.heartbeat)
	if err != nil {
		return err
	}
	defer role.Close()
	h := role.Hub
	t0 := time.Now()
	f, err := startFleet(ctx, h.Addr(), wallet, o.miners, o.slots, o.heartbeat)
	if err != nil {
		return fmt.Errorf("join %d miners: %w", o.miners, err)
	}
	defer f.stop()
	if err := waitMiners(ctx, h, o.miners); err != nil {
		return err
	}
	fmt.Printf("join_s %.2f\n", time.Since(t0).Seconds())
	b, err := newBuyer(ctx, h, 8)
	if err != nil {
		return err
	}
	defer b.close()
	// Warm up: code paths, connection buffers, the database file.
	if _, err := b.throughput(ctx, 2, 2000); err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	if !skipped(o, "throughput") {
		cpu0 := cpuTime()
		rate, err := b.throughput(ctx, o.tasks, o.units)
		if err != nil {
			return fmt.Errorf("throughput: %w", err)
		}
		cpu := cpuTime() - cpu0
		fmt.Printf("units_per_s %.0f\n", rate)
		// The whole process (hub, miners and buyer) per unit: what the
		// rate would cost on a machine not shared with other work.
		fmt.Printf("cpu_us_per_unit %.1f\n", float64(cpu.Microseconds())/float64(o.tasks*o.units))
		fmt.Printf("units_per_s_vs_nomad_ratio %.2f\n", rate/nomadPerS)
		fmt.Printf("units_per_s_vs_boinc_ratio %.1f\n", rate/boincPerS)
	}
	if !skipped(o, "latency") {
		cpu0 := cpuTime()
		tps, n, err := b.closedLoop(ctx, 64, 2*time.Second)
		if err != nil {
			return fmt.Errorf("tasks per second: %w", err)
		}
		cpu := cpuTime() - cpu0
		fmt.Printf("tasks_per_s %.0f\n", tps)
		fmt.Printf("cpu_us_per_task %.0f\n", float64(cpu.Microseconds())/float64(n))
		r := o.latencyRate
		if r <= 0 {
			r = tps / 2
		}
		lat, err := b.openLoop(ctx, r, o.latencyFor)
		if err != nil {
			return fmt.Errorf("latency: %w", err)
		}
		fmt.Printf("latency_rate_per_s %.0f\n", r)
		fmt.Printf("latency_tasks %d\n", len(lat))
		fmt.Printf("latency_p50_ms %.2f\n", ms(percentile(lat, 0.50)))
		fmt.Printf("latency_p99_ms %.2f\n", ms(percentile(lat, 0.99)))
		// The floor under those: a task waits for three commits in a row
		// (task, assignment, verified result), each one fsync of the WAL.
		fs, err := fsyncTimes(dir, 300)
		if err != nil {
			return err
		}
		fmt.Printf("fsync_p50_ms %.2f\n", ms(percentile(fs, 0.50)))
		fmt.Printf("fsync_p99_ms %.2f\n", ms(percentile(fs, 0.99)))
	}
	if n := f.errs.Load(); n > 0 {
		return fmt.Errorf("%d miner streams failed", n)
	}
	return nil
}

// startHub starts a hub without a chain, a torrent node or a locator,
// through internal/app like every role.
func startHub(ctx context.Context, dir string, heartbeat time.Duration) (*app.HubRole, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return app.StartHub(ctx, app.HubConfig{Hub: hub.Config{
		Key: key, Wallet: wallet, DataDir: dir,
		BuyerWei: big.NewInt(3_600_000), MinerWei: big.NewInt(1_800_000),
		LocatorAddr: "-", Heartbeat: heartbeat, Log: hubLog(),
		MaxConnsPerAddr: -1, // every miner joins from loopback
	}})
}

// fsyncTimes times n appends of 4 KiB, each followed by fsync, to a file
// in dir: what one commit of the hub's WAL costs at least.
func fsyncTimes(dir string, n int) ([]time.Duration, error) {
	f, err := os.CreateTemp(dir, "fsync")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	page := make([]byte, 4096)
	ds := make([]time.Duration, 0, n)
	for i := 0; i < n; i++ {
		t0 := time.Now()
		if _, err := f.Write(page); err != nil {
			return nil, err
		}
		if err := f.Sync(); err != nil {
			return nil, err
		}
		ds = append(ds, time.Since(t0))
	}
	return ds, nil
}

// cpuTime is the CPU time this process used so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// hubLog is the hub's logger: warnings and errors on stderr with
// SONM_BENCH_LOG set, else nothing.
func hubLog() *slog.Logger {
	if os.Getenv("SONM_BENCH_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
