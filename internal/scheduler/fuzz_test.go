package scheduler_test

import (
	"slices"
	"testing"

	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/scheduler/schedtest"
)

// FuzzPlan checks the rules on a State built from the fuzz bytes, and that
// the planner agrees with the rules written plainly.
func FuzzPlan(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte("a longer seed that makes a few miners and a few needs of several tasks"))
	f.Add(slices.Repeat([]byte{39, 79, 200, 13, 5, 0, 255, 1}, 64))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := schedtest.StateFromBytes(data)
		got := scheduler.New().Plan(s)
		if err := schedtest.Check(s.Miners(), s.Needs(), got); err != nil {
			t.Fatal(err)
		}
		if want := schedtest.Naive().Plan(s); !slices.Equal(got, want) {
			t.Fatalf("got %v,\nwant %v (naive)", placements(got), placements(want))
		}
	})
}
