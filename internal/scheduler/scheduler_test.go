package scheduler_test

import (
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/scheduler/schedtest"
)

// state is a fixed scheduler.State.
type state struct {
	miners []scheduler.Miner
	needs  []scheduler.Need
}

func (s state) Miners() []scheduler.Miner { return s.miners }
func (s state) Needs() []scheduler.Need   { return s.needs }

var (
	wasm    = []string{"wasm"}
	both    = []string{"docker", "wasm"}
	small   = scheduler.Resources{Cores: 1, MemoryBytes: 1 << 30, Executor: "wasm"}
	bigSlot = scheduler.Resources{Cores: 8, MemoryBytes: 32 << 30, GPUs: 1}
)

func miner(id scheduler.MinerID, free int, ask int64) scheduler.Miner {
	return scheduler.Miner{ID: id, Free: free, Slot: bigSlot, Executors: both, Ask: big.NewInt(ask)}
}

func need(task uint64, unit, replicas int) scheduler.Need {
	return scheduler.Need{Key: scheduler.UnitKey{Task: task, Unit: unit}, Replicas: replicas, Res: small}
}

// placements renders placements as "task/unit@miner" for readable tables.
func placements(ps []scheduler.Placement) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprintf("%d/%d@%d", p.Key.Task, p.Key.Unit, p.Miner)
	}
	return out
}

func TestPlan(t *testing.T) {
	tests := []struct {
		name   string
		miners []scheduler.Miner
		needs  []scheduler.Need
		want   []string
	}{
		{
			name:   "lowest ask first",
			miners: []scheduler.Miner{miner(1, 1, 30), miner(2, 1, 10), miner(3, 1, 20)},
			needs:  []scheduler.Need{need(1, 0, 3)},
			want:   []string{"1/0@2", "1/0@3", "1/0@1"},
		},
		{
			name: "nil ask is zero",
			miners: []scheduler.Miner{miner(1, 1, 1),
				{ID: 2, Free: 1, Slot: bigSlot, Executors: wasm}},
			needs: []scheduler.Need{need(1, 0, 1)},
			want:  []string{"1/0@2"},
		},
		{
			name:   "equal asks: most free first",
			miners: []scheduler.Miner{miner(1, 2, 10), miner(2, 5, 10), miner(3, 3, 10)},
			needs:  []scheduler.Need{need(1, 0, 1), need(1, 1, 1)},
			want:   []string{"1/0@2", "1/1@2"},
		},
		{
			name:   "free counts as it drops within the plan",
			miners: []scheduler.Miner{miner(1, 2, 10), miner(2, 3, 10)},
			needs:  []scheduler.Need{need(1, 0, 1), need(1, 1, 1), need(1, 2, 1), need(1, 3, 1)},
			want:   []string{"1/0@2", "1/1@1", "1/2@2", "1/3@1"},
		},
		{
			name:   "equal asks and free: lowest id",
			miners: []scheduler.Miner{miner(9, 1, 10), miner(4, 1, 10), miner(7, 1, 10)},
			needs:  []scheduler.Need{need(1, 0, 3)},
			want:   []string{"1/0@4", "1/0@7", "1/0@9"},
		},
		{
			name:   "ask beats free",
			miners: []scheduler.Miner{miner(1, 8, 11), miner(2, 1, 10)},
			needs:  []scheduler.Need{need(1, 0, 1), need(1, 1, 1)},
			want:   []string{"1/0@2", "1/1@1"},
		},
		{
			name:   "replicas of one unit on distinct miners",
			miners: []scheduler.Miner{miner(1, 8, 1), miner(2, 8, 2)},
			needs:  []scheduler.Need{need(1, 0, 3)},
			want:   []string{"1/0@1", "1/0@2"},
		},
		{
			name:   "exclude",
			miners: []scheduler.Miner{miner(1, 8, 1), miner(2, 8, 2), miner(3, 8, 3)},
			needs: []scheduler.Need{{Key: scheduler.UnitKey{Task: 1}, Replicas: 2, Res: small,
				Exclude: []scheduler.MinerID{1}}},
			want: []string{"1/0@2", "1/0@3"},
		},
		{
			name:   "pay caps the ask",
			miners: []scheduler.Miner{miner(1, 1, 5), miner(2, 1, 10), miner(3, 1, 11)},
			needs: []scheduler.Need{{Key: scheduler.UnitKey{Task: 1}, Replicas: 3, Res: small,
				PayWei: big.NewInt(10)}},
			want: []string{"1/0@1", "1/0@2"},
		},
		{
			name:   "round robin across tasks in order of first appearance",
			miners: []scheduler.Miner{miner(1, 6, 1)},
			needs: []scheduler.Need{need(7, 0, 1), need(7, 1, 1), need(7, 2, 1), need(7, 3, 1),
				need(3, 0, 1), need(3, 1, 1), need(7, 4, 1)},
			want: []string{"7/0@1", "3/0@1", "7/1@1", "3/1@1", "7/2@1", "7/3@1"},
		},
		{
			name:   "one replica per task per round",
			miners: []scheduler.Miner{miner(1, 8, 1), miner(2, 8, 2), miner(3, 8, 3)},
			needs:  []scheduler.Need{need(1, 0, 3), need(2, 0, 2)},
			want:   []string{"1/0@1", "2/0@1", "1/0@2", "2/0@2", "1/0@3"},
		},
		{
			name:   "a task whose need cannot be placed serves its next need in the same round",
			miners: []scheduler.Miner{miner(1, 8, 1)},
			needs: []scheduler.Need{
				{Key: scheduler.UnitKey{Task: 1, Unit: 0}, Replicas: 1, Res: small, Exclude: []scheduler.MinerID{1}},
				need(1, 1, 1), need(2, 0, 1)},
			want: []string{"1/1@1", "2/0@1"},
		},
		{
			name:   "unit listed twice is one need",
			miners: []scheduler.Miner{miner(1, 8, 1), miner(2, 8, 2), miner(3, 8, 3)},
			needs: []scheduler.Need{need(1, 5, 1), need(1, 2, 1),
				{Key: scheduler.UnitKey{Task: 1, Unit: 5}, Replicas: 1, Res: small, Exclude: []scheduler.MinerID{2}}},
			want: []string{"1/5@1", "1/5@3", "1/2@1"},
		},
		{
			name:   "ignored input",
			miners: []scheduler.Miner{miner(1, 0, 1), miner(2, -3, 1), miner(3, 1, 5), miner(3, 8, 1)},
			needs:  []scheduler.Need{need(1, 0, 0), need(1, 1, -1), need(1, 2, 2)},
			want:   []string{"1/2@3"},
		},
		{
			name:   "nothing to place",
			miners: []scheduler.Miner{miner(1, 8, 1)},
			needs:  nil,
			want:   []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := placements(scheduler.New().Plan(state{tt.miners, tt.needs}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if err := schedtest.Check(tt.miners, tt.needs, scheduler.New().Plan(state{tt.miners, tt.needs})); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestPlanFit(t *testing.T) {
	slot := scheduler.Resources{Cores: 4, MemoryBytes: 8 << 30, GPUs: 1}
	m := scheduler.Miner{ID: 1, Free: 8, Slot: slot, Executors: wasm}
	tests := []struct {
		name string
		res  scheduler.Resources
		fits bool
	}{
		{"exact", scheduler.Resources{Cores: 4, MemoryBytes: 8 << 30, GPUs: 1, Executor: "wasm"}, true},
		{"smaller", scheduler.Resources{Cores: 0.5, MemoryBytes: 1, Executor: "wasm"}, true},
		{"too many cores", scheduler.Resources{Cores: 4.5, Executor: "wasm"}, false},
		{"too much memory", scheduler.Resources{MemoryBytes: 8<<30 + 1, Executor: "wasm"}, false},
		{"too many gpus", scheduler.Resources{GPUs: 2, Executor: "wasm"}, false},
		{"executor not run", scheduler.Resources{Cores: 1, Executor: "docker"}, false},
		{"no executor named", scheduler.Resources{Cores: 1}, false},
		{"NaN cores", scheduler.Resources{Cores: nan(), Executor: "wasm"}, false},
		{"network on a miner that allows none", scheduler.Resources{Cores: 1, Executor: "wasm", Network: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			needs := []scheduler.Need{{Key: scheduler.UnitKey{Task: 1}, Replicas: 1, Res: tt.res}}
			got := len(scheduler.New().Plan(state{[]scheduler.Miner{m}, needs})) == 1
			if got != tt.fits {
				t.Errorf("got placed %v, want %v", got, tt.fits)
			}
			if f := scheduler.Fits(m, tt.res, nil); f != tt.fits {
				t.Errorf("Fits: got %v, want %v", f, tt.fits)
			}
		})
	}
}

func nan() float64 {
	zero := 0.0
	return zero / zero
}

func TestPlanDoesNotModifyState(t *testing.T) {
	ms := []scheduler.Miner{miner(1, 2, 1), miner(2, 2, 1)}
	ex := make([]scheduler.MinerID, 1, 4)
	ex[0] = 9
	ns := []scheduler.Need{
		{Key: scheduler.UnitKey{Task: 1}, Replicas: 1, Res: small, Exclude: ex},
		{Key: scheduler.UnitKey{Task: 1}, Replicas: 1, Res: small, Exclude: []scheduler.MinerID{1}},
	}
	scheduler.New().Plan(state{ms, ns})
	if ms[0].Free != 2 || ms[1].Free != 2 {
		t.Errorf("got free %d, %d after Plan, want 2, 2", ms[0].Free, ms[1].Free)
	}
	if got := ex[:cap(ex)][1]; got != 0 {
		t.Errorf("got %d written past the Exclude slice, want 0", got)
	}
}

// TestPlanMatchesNaive compares the planner with the rules written plainly
// on random states large enough to exercise the heaps.
func TestPlanMatchesNaive(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			s := schedtest.RandomState(seed, 60, 200)
			got := scheduler.New().Plan(s)
			want := schedtest.Naive().Plan(s)
			if !slices.Equal(got, want) {
				t.Fatalf("got %v,\nwant %v", placements(got), placements(want))
			}
			if err := schedtest.Check(s.Miners(), s.Needs(), got); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestPlanNetworkOnlyWhereAllowed(t *testing.T) {
	res := scheduler.Resources{Cores: 1, Executor: "wasm", Network: true}
	closed := scheduler.Miner{ID: 1, Free: 4, Slot: scheduler.Resources{Cores: 4, MemoryBytes: 1 << 30}, Executors: wasm}
	open := closed
	open.ID, open.Slot.Network = 2, true
	needs := []scheduler.Need{{Key: scheduler.UnitKey{Task: 1}, Replicas: 1, Res: res}}
	got := scheduler.New().Plan(state{[]scheduler.Miner{closed, open}, needs})
	if len(got) != 1 || got[0].Miner != open.ID {
		t.Fatalf("got %+v, want the one replica on miner %d, which allows a network", got, open.ID)
	}
}
