package schedtest_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/scheduler/schedtest"
)

// TestCheck makes sure Check catches each kind of broken plan, so that the
// simulations and the fuzz target that rely on it can fail.
func TestCheck(t *testing.T) {
	slot := scheduler.Resources{Cores: 2, MemoryBytes: 4 << 30}
	miners := []scheduler.Miner{
		{ID: 1, Free: 1, Slot: slot, Executors: []string{"wasm"}, Ask: big.NewInt(5)},
		{ID: 2, Free: 2, Slot: slot, Executors: []string{"wasm"}, Ask: big.NewInt(50)},
		{ID: 3, Free: 0, Slot: slot, Executors: []string{"wasm"}},
	}
	k := func(task uint64, unit int) scheduler.UnitKey { return scheduler.UnitKey{Task: task, Unit: unit} }
	needs := []scheduler.Need{
		{Key: k(1, 0), Replicas: 2, Res: wasm1},
		{Key: k(1, 1), Replicas: 1, Res: wasm1, Exclude: []scheduler.MinerID{2}},
		{Key: k(2, 0), Replicas: 1, Res: docker2},
		{Key: k(2, 1), Replicas: 1, Res: wasm1, PayWei: big.NewInt(10)},
		{Key: k(2, 2), Replicas: 1, Res: gpu},
	}
	pl := func(task uint64, unit int, m scheduler.MinerID) scheduler.Placement {
		return scheduler.Placement{Key: k(task, unit), Miner: m}
	}
	tests := []struct {
		name string
		out  []scheduler.Placement
		want string // in the error; "" for none
	}{
		// Miner 2 keeps a free slot, but no need left may use it.
		{"good", []scheduler.Placement{pl(1, 0, 1), pl(1, 0, 2)}, ""},
		{"not maximal", []scheduler.Placement{pl(1, 0, 2)}, "want more"},
		{"unknown miner", []scheduler.Placement{pl(1, 0, 9)}, "no such miner"},
		{"miner without free slots", []scheduler.Placement{pl(1, 0, 3)}, "no such miner"},
		{"unknown need", []scheduler.Placement{pl(7, 0, 1)}, "no such need"},
		{"two replicas on one miner", []scheduler.Placement{pl(1, 0, 2), pl(1, 0, 2)}, "second replica"},
		{"excluded", []scheduler.Placement{pl(1, 1, 2)}, "excluded"},
		{"executor not run", []scheduler.Placement{pl(2, 0, 1)}, "does not fit"},
		{"slot too small", []scheduler.Placement{pl(2, 2, 1)}, "does not fit"},
		{"ask above pay", []scheduler.Placement{pl(2, 1, 2)}, "does not fit"},
		{"over free", []scheduler.Placement{pl(1, 0, 1), pl(1, 1, 1)}, "want at most Free"},
		{"over replicas", []scheduler.Placement{pl(2, 1, 1), pl(2, 1, 2)}, "want at most Replicas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := schedtest.Check(miners, needs, tt.out)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("got %v, want no error", err)
			case tt.want != "" && err == nil:
				t.Errorf("got no error, want one about %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("got %v, want one about %q", err, tt.want)
			}
		})
	}
}
