package schedtest_test

import (
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/scheduler/schedtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var (
	wasm1   = scheduler.Resources{Cores: 1, MemoryBytes: 1 << 30, Executor: "wasm"}
	docker2 = scheduler.Resources{Cores: 2, MemoryBytes: 4 << 30, Executor: "docker"}
	gpu     = scheduler.Resources{Cores: 4, MemoryBytes: 8 << 30, GPUs: 1, Executor: "wasm"}
	shapes  = []scheduler.Resources{
		{Cores: 2, MemoryBytes: 4 << 30},
		{Cores: 8, MemoryBytes: 16 << 30, GPUs: 1},
		{Cores: 1, MemoryBytes: 2 << 30},
	}
)

func churn(seed uint64) schedtest.Config {
	return schedtest.Config{
		Seed:         seed,
		Miners:       20,
		Slots:        4,
		Shapes:       shapes,
		Asks:         []int64{0, 1e15, 2e15, 5e15},
		JoinPercent:  30,
		LeavePercent: 1,
		FailPercent:  10,
		MaxDuration:  5,
		Tasks: []schedtest.Task{
			{At: 0, Units: 100, Replicas: 2, Res: wasm1},
			{At: 3, Units: 40, Replicas: 3, Res: docker2},
			{At: 5, Units: 30, Replicas: 1, Res: gpu, Pay: big.NewInt(2e15)},
			{At: 40, Units: 10, Replicas: 2, Res: wasm1, Pay: big.NewInt(1e15)},
		},
	}
}

// TestSimChurn drives the planner through miners joining and leaving and
// replicas failing; Step checks the rules after every round, and with this
// much capacity every task must finish.
func TestSimChurn(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			sim := schedtest.NewSim(churn(seed))
			if err := sim.Run(scheduler.New(), 500); err != nil {
				t.Fatal(err)
			}
			if !sim.Done() {
				t.Fatalf("got %+v at tick %d, want every task done", sim.Stats(), sim.Now())
			}
		})
	}
}

// TestSimMatchesNaive runs the same simulation with the planner and with the
// rules written plainly: since the simulation is deterministic, the traces
// must be identical.
func TestSimMatchesNaive(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		a, b := schedtest.NewSim(churn(seed)), schedtest.NewSim(churn(seed))
		if err := a.Run(scheduler.New(), 500); err != nil {
			t.Fatal(err)
		}
		if err := b.Run(schedtest.Naive(), 500); err != nil {
			t.Fatal(err)
		}
		if a.Trace() != b.Trace() {
			t.Errorf("seed %d: got trace\n%s\nwant (naive)\n%s", seed, a.Trace(), b.Trace())
		}
	}
}

// fifo serves needs strictly in order, as if all were one task: the unfair
// planner that TestSimFairness must tell apart.
type fifo struct{}

func (fifo) Plan(s scheduler.State) []scheduler.Placement {
	ns := s.Needs()
	one := make([]scheduler.Need, len(ns))
	for i, n := range ns {
		n.Key = scheduler.UnitKey{Unit: i}
		one[i] = n
	}
	out := scheduler.New().Plan(schedtest.State{MinerList: s.Miners(), NeedList: one})
	for i := range out {
		out[i].Key = ns[out[i].Key.Unit].Key
	}
	return out
}

func TestSimFairness(t *testing.T) {
	cfg := schedtest.Config{
		Seed:        7,
		Miners:      4,
		Slots:       2,
		MaxDuration: 3,
		Tasks: []schedtest.Task{
			{At: 0, Units: 200, Replicas: 1, Res: wasm1},
			{At: 0, Units: 10, Replicas: 1, Res: wasm1},
		},
	}
	run := func(p scheduler.Planner) (big, small schedtest.TaskStats) {
		sim := schedtest.NewSim(cfg)
		if err := sim.Run(p, 1000); err != nil {
			t.Fatal(err)
		}
		if !sim.Done() {
			t.Fatalf("got %+v at tick %d, want both tasks done", sim.Stats(), sim.Now())
		}
		st := sim.Stats()
		return st[0], st[1]
	}
	big, small := run(scheduler.New())
	// Round-robin gives the small task every other slot: it is done within
	// its first few ticks, long before the big task has placed half its units.
	if small.DoneAt*4 > big.DoneAt {
		t.Errorf("got small task done at tick %d, big at %d; want small done in the first quarter", small.DoneAt, big.DoneAt)
	}
	if small.FirstPlaced != 0 {
		t.Errorf("got small task first placed at tick %d, want 0", small.FirstPlaced)
	}
	// The check is not vacuous: a first-come planner starves the small task.
	big, small = run(fifo{})
	if small.FirstPlaced < big.LastPlaced {
		t.Errorf("fifo: got small task first placed at tick %d before the big task's last placement at %d, want after",
			small.FirstPlaced, big.LastPlaced)
	}
}

// TestSimGolden pins a small simulation's trace: placements, failures,
// miners leaving and joining, tick by tick.
func TestSimGolden(t *testing.T) {
	cfg := schedtest.Config{
		Seed:         3,
		Miners:       3,
		Slots:        2,
		Shapes:       shapes,
		Asks:         []int64{1, 2},
		JoinPercent:  20,
		LeavePercent: 3,
		FailPercent:  15,
		MaxDuration:  3,
		Tasks: []schedtest.Task{
			{At: 0, Units: 4, Replicas: 2, Res: wasm1},
			{At: 1, Units: 2, Replicas: 1, Res: docker2},
			{At: 2, Units: 2, Replicas: 2, Res: wasm1, Pay: big.NewInt(1)},
		},
	}
	sim := schedtest.NewSim(cfg)
	if err := sim.Run(scheduler.New(), 60); err != nil {
		t.Fatal(err)
	}
	got := sim.Trace() + fmt.Sprintf("stats %+v\n", sim.Stats())
	golden := filepath.Join("testdata", "sim.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("got trace\n%s\nwant\n%s", got, want)
	}
}
