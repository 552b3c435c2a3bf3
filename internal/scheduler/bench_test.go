package scheduler_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/scheduler/schedtest"
)

// benchState is a hub with miners x 8 free slots of mixed asks, shapes and
// executors, and tasks of 2-replica units asking for replicas in total.
func benchState(miners, replicas int) schedtest.State {
	var s schedtest.State
	shapes := []scheduler.Resources{
		{Cores: 2, MemoryBytes: 4 << 30},
		{Cores: 4, MemoryBytes: 16 << 30},
		{Cores: 8, MemoryBytes: 32 << 30, GPUs: 1},
	}
	execs := [][]string{{"wasm"}, {"docker", "wasm"}}
	for i := 0; i < miners; i++ {
		s.MinerList = append(s.MinerList, scheduler.Miner{
			ID:        scheduler.MinerID(i + 1),
			Free:      8,
			Slot:      shapes[i%len(shapes)],
			Executors: execs[i%len(execs)],
			Ask:       big.NewInt(int64(i%50) * 1e15),
		})
	}
	const tasks = 20
	for i := 0; len(s.NeedList)*2 < replicas; i++ {
		task := i % tasks
		res := scheduler.Resources{Cores: 1, MemoryBytes: 1 << 30, Executor: "wasm"}
		if task%4 == 3 {
			res = scheduler.Resources{Cores: 4, MemoryBytes: 8 << 30, Executor: "docker"}
		}
		s.NeedList = append(s.NeedList, scheduler.Need{
			Key:      scheduler.UnitKey{Task: uint64(task), Unit: i / tasks},
			Replicas: 2,
			Res:      res,
			Exclude:  []scheduler.MinerID{scheduler.MinerID(i%miners + 1)},
			PayWei:   big.NewInt(int64(30+task) * 1e15),
		})
	}
	return s
}

func BenchmarkPlan(b *testing.B) {
	for _, size := range []struct{ miners, replicas int }{{1000, 10000}, {1000, 100}} {
		s := benchState(size.miners, size.replicas)
		b.Run(fmt.Sprintf("miners=%d/needs=%d/replicas=%d", size.miners, len(s.NeedList), size.replicas), func(b *testing.B) {
			p := scheduler.New()
			var placed int
			b.ReportAllocs()
			for b.Loop() {
				placed = len(p.Plan(s))
			}
			b.ReportMetric(float64(placed), "placements")
		})
	}
}
