package schedtest

import (
	"math/big"
	"math/rand/v2"

	"github.com/sonm-io/sonm/internal/scheduler"
)

// State is a fixed scheduler.State.
type State struct {
	MinerList []scheduler.Miner
	NeedList  []scheduler.Need
}

// Miners implements scheduler.State.
func (s State) Miners() []scheduler.Miner { return s.MinerList }

// Needs implements scheduler.State.
func (s State) Needs() []scheduler.Need { return s.NeedList }

// RandomState builds a random State of about the given size from seed, with
// the odd cases mixed in: nil and equal asks, slots that fit some needs only,
// miners without free slots or listed twice, needs with long exclusion lists,
// pay limits, and unit keys listed twice; even seeds add negative amounts and
// amounts wider than 128 bits.
func RandomState(seed uint64, miners, needs int) State {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	return build(r.IntN, miners, needs, seed%2 == 0)
}

// StateFromBytes builds a State from fuzz input; every input gives a valid
// State, an exhausted input reads as zeros.
func StateFromBytes(data []byte) State {
	pick := func(n int) int {
		if len(data) == 0 {
			return 0
		}
		b := int(data[0])
		data = data[1:]
		return b % n
	}
	return build(pick, pick(40), pick(80), pick(2) == 0)
}

var (
	shapes = []scheduler.Resources{
		{Cores: 1, MemoryBytes: 1 << 30},
		{Cores: 2, MemoryBytes: 4 << 30},
		{Cores: 8, MemoryBytes: 16 << 30, GPUs: 1},
		{Cores: 0.5, MemoryBytes: 512 << 20},
	}
	executorSets = [][]string{{"wasm"}, {"docker"}, {"docker", "wasm"}, {"wasm", "docker", "wasm"}, nil}
	executors    = []string{"wasm", "docker", "wasm", "wasm", ""}
)

// amount is a random ask or pay: nil, or a few SNM-milli steps; with odd set,
// sometimes negative or wider than 128 bits.
func amount(pick func(int) int, odd bool) *big.Int {
	if pick(5) == 0 {
		return nil
	}
	a := big.NewInt(int64(pick(6)) * 1e15)
	if odd {
		switch pick(10) {
		case 0:
			a.Neg(a)
		case 1:
			a.Add(a, new(big.Int).Lsh(big.NewInt(1), 130))
		}
	}
	return a
}

func build(pick func(int) int, nMiners, nNeeds int, odd bool) State {
	var s State
	for i := 0; i < nMiners; i++ {
		id := scheduler.MinerID(pick(nMiners*2 + 1))
		s.MinerList = append(s.MinerList, scheduler.Miner{
			ID:        id,
			Free:      pick(6) - 1,
			Slot:      shapes[pick(len(shapes))],
			Executors: executorSets[pick(len(executorSets))],
			Ask:       amount(pick, odd),
		})
	}
	tasks := 1 + pick(5)
	for i := 0; i < nNeeds; i++ {
		task := uint64(pick(tasks))
		res := shapes[pick(len(shapes))]
		res.Executor = executors[pick(len(executors))]
		var ex []scheduler.MinerID
		switch pick(4) {
		case 0:
			ex = append(ex, scheduler.MinerID(pick(nMiners*2+1)))
		case 1:
			for j := pick(40); j > 0; j-- {
				ex = append(ex, scheduler.MinerID(pick(nMiners*2+1)))
			}
		}
		s.NeedList = append(s.NeedList, scheduler.Need{
			Key:      scheduler.UnitKey{Task: task, Unit: pick(nNeeds + 1)},
			Replicas: pick(5) - 1,
			Res:      res,
			Exclude:  ex,
			PayWei:   amount(pick, odd),
		})
	}
	return s
}
