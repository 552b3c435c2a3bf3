package schedtest

import (
	"math/big"

	"github.com/sonm-io/sonm/internal/scheduler"
)

// Naive returns a planner that follows the rules of package scheduler
// literally, scanning every miner for every replica. It is slow; tests
// compare the default planner's output with it.
func Naive() scheduler.Planner { return naive{} }

type naive struct{}

func (naive) Plan(s scheduler.State) []scheduler.Placement {
	miners, _ := usableMiners(s.Miners())
	free := make([]int, len(miners))
	for i, m := range miners {
		free[i] = m.Free
	}
	units, _ := mergeNeeds(s.Needs())
	var taskOrder []uint64
	byTask := map[uint64][]*need{}
	for _, u := range units {
		if _, ok := byTask[u.key.Task]; !ok {
			taskOrder = append(taskOrder, u.key.Task)
		}
		byTask[u.key.Task] = append(byTask[u.key.Task], u)
	}
	placed := map[scheduler.Placement]bool{}
	var out []scheduler.Placement
	// placeOne puts one replica of u on the best usable miner, if any.
	placeOne := func(u *need) bool {
		best := -1
		for i, m := range miners {
			p := scheduler.Placement{Key: u.key, Miner: m.ID}
			if free[i] == 0 || u.exclude[m.ID] || placed[p] || !scheduler.Fits(m, u.res, u.pay) {
				continue
			}
			if best < 0 || better(m, free[i], miners[best], free[best]) {
				best = i
			}
		}
		if best < 0 {
			return false
		}
		free[best]--
		p := scheduler.Placement{Key: u.key, Miner: miners[best].ID}
		placed[p] = true
		out = append(out, p)
		return true
	}
	for {
		progress := false
		for _, t := range taskOrder {
			q := byTask[t]
			for len(q) > 0 {
				if q[0].want > 0 && placeOne(q[0]) {
					q[0].want--
					progress = true
					break
				}
				q = q[1:]
			}
			byTask[t] = q
		}
		if !progress {
			return out
		}
	}
}

func better(a scheduler.Miner, aFree int, b scheduler.Miner, bFree int) bool {
	if c := cmpAsk(a.Ask, b.Ask); c != 0 {
		return c < 0
	}
	if aFree != bFree {
		return aFree > bFree
	}
	return a.ID < b.ID
}

func cmpAsk(a, b *big.Int) int {
	if a == nil {
		a = new(big.Int)
	}
	if b == nil {
		b = new(big.Int)
	}
	return a.Cmp(b)
}
