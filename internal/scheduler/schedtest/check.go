package schedtest

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/sonm-io/sonm/internal/scheduler"
)

// need is a Key's merged needs, as package scheduler reads them: replicas add
// up, exclusions join, the first entry's Res and PayWei hold.
type need struct {
	key     scheduler.UnitKey
	want    int
	res     scheduler.Resources
	pay     *big.Int
	exclude map[scheduler.MinerID]bool
}

func mergeNeeds(ns []scheduler.Need) ([]*need, map[scheduler.UnitKey]*need) {
	var order []*need
	byKey := map[scheduler.UnitKey]*need{}
	for _, n := range ns {
		if n.Replicas <= 0 {
			continue
		}
		u, ok := byKey[n.Key]
		if !ok {
			u = &need{key: n.Key, res: n.Res, pay: n.PayWei, exclude: map[scheduler.MinerID]bool{}}
			byKey[n.Key] = u
			order = append(order, u)
		}
		u.want += n.Replicas
		for _, id := range n.Exclude {
			u.exclude[id] = true
		}
	}
	return order, byKey
}

// usableMiners returns the miners a planner may use (first entry of an ID,
// Free > 0) in their order, and a map of them by ID.
func usableMiners(ms []scheduler.Miner) ([]scheduler.Miner, map[scheduler.MinerID]scheduler.Miner) {
	var order []scheduler.Miner
	byID := map[scheduler.MinerID]scheduler.Miner{}
	seen := map[scheduler.MinerID]bool{}
	for _, m := range ms {
		if seen[m.ID] {
			continue
		}
		seen[m.ID] = true
		if m.Free > 0 {
			order = append(order, m)
			byID[m.ID] = m
		}
	}
	return order, byID
}

// Check verifies that out, the placements a planner returned for a State
// with these miners and needs, keeps the rules of package scheduler:
// no placement on an unknown or duplicate (unit, miner) pair, on an excluded
// miner, on a miner whose slot does not fit or whose ask the pay does not
// cover, beyond a miner's Free slots or beyond a need's Replicas; and that
// it is maximal: every need left short has no usable miner left.
func Check(miners []scheduler.Miner, needs []scheduler.Need, out []scheduler.Placement) error {
	_, mByID := usableMiners(miners)
	nOrder, nByKey := mergeNeeds(needs)
	used := map[scheduler.MinerID]int{}
	got := map[scheduler.UnitKey]int{}
	pair := map[scheduler.Placement]bool{}
	var errs []error
	for i, p := range out {
		m, ok := mByID[p.Miner]
		if !ok {
			errs = append(errs, fmt.Errorf("placement %d %v: no such miner with free slots", i, p))
			continue
		}
		n, ok := nByKey[p.Key]
		if !ok {
			errs = append(errs, fmt.Errorf("placement %d %v: no such need", i, p))
			continue
		}
		if pair[p] {
			errs = append(errs, fmt.Errorf("placement %d %v: second replica of the unit on the miner", i, p))
		}
		pair[p] = true
		if n.exclude[p.Miner] {
			errs = append(errs, fmt.Errorf("placement %d %v: miner is excluded", i, p))
		}
		if !scheduler.Fits(m, n.res, n.pay) {
			errs = append(errs, fmt.Errorf("placement %d %v: miner (slot %+v, executors %v, ask %v) does not fit %+v at pay %v",
				i, p, m.Slot, m.Executors, m.Ask, n.res, n.pay))
		}
		used[p.Miner]++
		if used[p.Miner] == m.Free+1 {
			errs = append(errs, fmt.Errorf("placement %d %v: got more than %d placements on the miner, want at most Free", i, p, m.Free))
		}
		got[p.Key]++
		if got[p.Key] == n.want+1 {
			errs = append(errs, fmt.Errorf("placement %d %v: got more than %d replicas, want at most Replicas", i, p, n.want))
		}
	}
	for _, n := range nOrder {
		if got[n.key] >= n.want {
			continue
		}
		for _, m := range mByID {
			if used[m.ID] < m.Free && !n.exclude[m.ID] && !pair[scheduler.Placement{Key: n.key, Miner: m.ID}] &&
				scheduler.Fits(m, n.res, n.pay) {
				errs = append(errs, fmt.Errorf("need %v: got %d of %d replicas, want more: miner %d still has %d free slots and fits",
					n.key, got[n.key], n.want, m.ID, m.Free-used[m.ID]))
				break
			}
		}
	}
	if len(errs) > 10 {
		errs = append(errs[:10], fmt.Errorf("and %d more", len(errs)-10))
	}
	return errors.Join(errs...)
}
