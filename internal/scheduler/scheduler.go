package scheduler

import "math/big"

// MinerID is the hub's number for a connected miner.
type MinerID uint64

// UnitKey names one work unit of one task (Task is the hub's internal task
// number).
type UnitKey struct {
	Task uint64
	Unit int
}

// Resources one replica of a unit needs (and, for a Miner, what one slot of it
// offers).
type Resources struct {
	Cores       float64
	MemoryBytes int64
	GPUs        int
	Executor    string // "wasm" or "docker"
	// Network: a replica needs a network; a slot offers one (the miner
	// allows it).
	Network bool
}

// Miner is a connected miner as the planner sees it.
type Miner struct {
	ID        MinerID
	Free      int       // free slots (replicas it can take now)
	Slot      Resources // what each slot offers (Executor ignored here)
	Executors []string  // executors it runs
	Ask       *big.Int  // least pay per core-hour it accepts; nil = 0. Lower asks are preferred.
}

// Need asks for Replicas more replicas of one unit.
type Need struct {
	Key      UnitKey
	Replicas int
	Res      Resources
	Exclude  []MinerID // miners that already hold or held a replica of this unit: never place on them again
	PayWei   *big.Int  // what the hub pays per core-hour for this task; a miner whose Ask > PayWei is never used; nil = no limit
}

// Placement puts one replica of unit Key on Miner.
type Placement struct {
	Key   UnitKey
	Miner MinerID
}

// State is what the planner sees; the hub implements it over its own tables.
type State interface {
	Miners() []Miner
	Needs() []Need // in the hub's priority order (oldest first)
}

// Planner turns a State into placements.
type Planner interface {
	Plan(s State) []Placement
}

// New returns the default planner (see the package doc for its rules). It
// keeps no state between calls and is safe for concurrent use.
func New() Planner { return planner{} }

// Fits reports whether one replica needing r may run in a slot of m by the
// rules of the default planner: r fits m.Slot, m runs r.Executor, and pay
// covers m.Ask (nil pay: no limit; nil ask: 0). Exclusions and free slots are
// not looked at.
func Fits(m Miner, r Resources, pay *big.Int) bool {
	return fitsShape(m.Slot, r) && runs(m.Executors, r.Executor) && covers(pay, m.Ask)
}

func fitsShape(slot, r Resources) bool {
	return r.Cores <= slot.Cores && r.MemoryBytes <= slot.MemoryBytes && r.GPUs <= slot.GPUs && (!r.Network || slot.Network)
}

func runs(executors []string, e string) bool {
	for _, x := range executors {
		if x == e {
			return true
		}
	}
	return false
}

func covers(pay, ask *big.Int) bool {
	if pay == nil {
		return true
	}
	return cmpAsk(ask, pay) <= 0
}

// cmpAsk compares two asks, nil being 0.
func cmpAsk(a, b *big.Int) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -b.Sign()
	case b == nil:
		return a.Sign()
	}
	return a.Cmp(b)
}
