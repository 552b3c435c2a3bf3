// Package briefcase divides one machine's resources between the offers of
// several hubs for the greatest expected earnings, with the risk spread: no hub
// may hold more than a set share of the expected earnings. It is a
// multi-dimensional integer knapsack with diversification rows, solved exactly
// by branch and bound over LP bounds. Pure: no I/O, no clock of its own; the
// caller passes the time budget in.
package briefcase

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"
)

// Resource names one dimension of a machine's capacity.
type Resource int

// The resources, in the order of a Vector.
const (
	CPU       Resource = iota // millicores
	Memory                    // MiB
	GPU                       // devices
	Disk                      // MiB
	Bandwidth                 // Mbit/s
	NumResources
)

func (r Resource) String() string {
	switch r {
	case CPU:
		return "cpu"
	case Memory:
		return "memory"
	case GPU:
		return "gpu"
	case Disk:
		return "disk"
	case Bandwidth:
		return "bandwidth"
	}
	return fmt.Sprintf("resource(%d)", int(r))
}

// Vector is an amount of each resource, in each resource's base unit.
type Vector [NumResources]int64

// Hub statuses as the miner's trust agent names them (see internal/market).
const (
	StatusSafe         = "safe"
	StatusChecked      = "checked"
	StatusNotConfirmed = "not confirmed"
	StatusRefused      = "refused"
)

// Hub is one hub as the briefcase weighs it.
type Hub struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	// PaidPermille is the share of what the hub owed this miner that it paid
	// on time, 0..1000; a hub with no history yet is given what the caller
	// thinks fair.
	PaidPermille int `json:"paid_permille"`
}

// Offer is one kind of work a hub has for this machine: each unit needs Need
// and pays Price wei per hour; the hub takes at most Max units. Running is the
// number of this offer's units in flight on the machine: the allocation keeps
// at least that many (a hub that is gone has no offers, so its units are not
// kept).
type Offer struct {
	Hub     string   `json:"hub"`
	Kind    string   `json:"kind"`
	Need    Vector   `json:"need"`
	Price   *big.Int `json:"price"` // wei per unit-hour
	Max     int64    `json:"max"`
	Running int64    `json:"running,omitempty"`
}

// Rule is the miner's risk rule. Expected earnings of a unit are its price
// times the hub's status weight (safe 1000‰, checked CheckedPermille, not
// confirmed UnknownPermille, refused 0) times the hub's PaidPermille.
type Rule struct {
	// MaxSharePermille is the largest share of the total expected earnings
	// one hub may hold, 1..1000 (1000: no diversification).
	MaxSharePermille int `json:"max_share_permille"`
	CheckedPermille  int `json:"checked_permille"`
	UnknownPermille  int `json:"unknown_permille"`
}

// Problem is one briefcase to fill.
type Problem struct {
	Capacity Vector  `json:"capacity"`
	Hubs     []Hub   `json:"hubs"`
	Offers   []Offer `json:"offers"`
	Rule     Rule    `json:"rule"`
}

// Budget bounds the search. Zero fields do not bound it. Now is read once per
// search node.
type Budget struct {
	Now      func() time.Time
	Deadline time.Time
	MaxNodes int
}

// HubShare is what one hub gets.
type HubShare struct {
	Hub           string   `json:"hub"`
	Units         int64    `json:"units"`
	Resources     Vector   `json:"resources"`
	Expected      *big.Int `json:"expected"` // wei per hour
	SharePermille int      `json:"share_permille"`
}

// Allocation is the answer: Units[i] units of Offers[i].
type Allocation struct {
	Units    []int64    `json:"units"`
	Hubs     []HubShare `json:"hubs"`
	Used     Vector     `json:"used"`
	Pay      *big.Int   `json:"pay"`      // nominal wei per hour
	Expected *big.Int   `json:"expected"` // weighted wei per hour
	// Bound is an upper bound on the expected earnings of any allocation
	// (wei per hour, rounded up); Gap is (Bound − Expected)/Bound.
	Bound   *big.Int `json:"bound"`
	Gap     float64  `json:"gap"`
	Optimal bool     `json:"optimal"` // proven, within a relative 1e-9
	Nodes   int      `json:"nodes"`
}

// Errors.
var (
	ErrInvalid    = errors.New("invalid briefcase problem")
	ErrInfeasible = errors.New("units in flight do not fit the capacity and the risk rule")
	ErrBudget     = errors.New("time budget spent before any allocation was found")
)

// Limits on a problem, which may come from the bus: the tableau is dense,
// rows × offers.
const (
	MaxOffers = 10000
	MaxHubs   = 1000
	maxUnits  = 1 << 20
	maxNeed   = 1 << 40
)

// weightPermille is the status weight of hub h under rule r.
func weightPermille(h Hub, r Rule) int64 {
	switch h.Status {
	case StatusSafe:
		return 1000
	case StatusChecked:
		return int64(r.CheckedPermille)
	case StatusNotConfirmed:
		return int64(r.UnknownPermille)
	}
	return 0
}

func (p Problem) validate() (hubOf []int, err error) {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
	}
	r := p.Rule
	if r.MaxSharePermille < 1 || r.MaxSharePermille > 1000 {
		return nil, bad("max share %d‰ not in 1..1000", r.MaxSharePermille)
	}
	if r.CheckedPermille < 0 || r.CheckedPermille > 1000 || r.UnknownPermille < 0 || r.UnknownPermille > 1000 {
		return nil, bad("status weights %d‰, %d‰ not in 0..1000", r.CheckedPermille, r.UnknownPermille)
	}
	if len(p.Offers) > MaxOffers || len(p.Hubs) > MaxHubs {
		return nil, bad("%d offers and %d hubs, at most %d and %d", len(p.Offers), len(p.Hubs), MaxOffers, MaxHubs)
	}
	for k, c := range p.Capacity {
		if c < 0 || c > maxNeed {
			return nil, bad("capacity of %s %d not in 0..%d", Resource(k), c, int64(maxNeed))
		}
	}
	index := make(map[string]int, len(p.Hubs))
	for i, h := range p.Hubs {
		if _, dup := index[h.ID]; dup || h.ID == "" {
			return nil, bad("hub %d: id %q empty or repeated", i, h.ID)
		}
		switch h.Status {
		case StatusSafe, StatusChecked, StatusNotConfirmed, StatusRefused:
		default:
			return nil, bad("hub %s: unknown status %q", h.ID, h.Status)
		}
		if h.PaidPermille < 0 || h.PaidPermille > 1000 {
			return nil, bad("hub %s: paid %d‰ not in 0..1000", h.ID, h.PaidPermille)
		}
		index[h.ID] = i
	}
	hubOf = make([]int, len(p.Offers))
	for i, o := range p.Offers {
		h, ok := index[o.Hub]
		if !ok {
			return nil, bad("offer %d names unknown hub %q", i, o.Hub)
		}
		hubOf[i] = h
		if o.Price == nil || o.Price.Sign() < 0 {
			return nil, bad("offer %d: price missing or negative", i)
		}
		if o.Max < 0 || o.Max > maxUnits || o.Running < 0 || o.Running > maxUnits {
			return nil, bad("offer %d: max %d or running %d not in 0..%d", i, o.Max, o.Running, maxUnits)
		}
		for k, n := range o.Need {
			if n < 0 || n > maxNeed {
				return nil, bad("offer %d: need of %s %d not in 0..%d", i, Resource(k), n, int64(maxNeed))
			}
		}
	}
	return hubOf, nil
}

// Solve finds the allocation of the greatest expected earnings that keeps the
// units in flight, fits the capacity and gives no hub more than the rule's
// share. When the budget ends the search first, it returns the best
// allocation found with Optimal false and the gap to the bound.
func Solve(p Problem, b Budget) (Allocation, error) {
	m, err := newModel(p)
	if err != nil {
		return Allocation{}, err
	}
	s := newSearch(m, b)
	x, bound, optimal, err := s.run()
	if err != nil {
		return Allocation{}, err
	}
	return m.allocation(p, x, bound, optimal, s.nodes), nil
}

// Greedy is the allocation a miner without the optimizer would pick: units in
// order of expected earnings per share of the machine, then the risk rule
// enforced by giving back the worst units of hubs over their share, then a
// second fill. It is the benchmark's baseline.
func Greedy(p Problem) (Allocation, error) {
	m, err := newModel(p)
	if err != nil {
		return Allocation{}, err
	}
	x, ok := m.greedy(m.lo, m.hi, nil)
	if !ok {
		return Allocation{}, ErrInfeasible
	}
	v := m.value(x)
	return m.allocation(p, x, v, false, 0), nil
}

func (m *model) allocation(p Problem, x []int64, bound float64, optimal bool, nodes int) Allocation {
	a := Allocation{Units: x, Pay: new(big.Int), Expected: new(big.Int), Optimal: optimal, Nodes: nodes}
	perHub := make([]HubShare, len(p.Hubs))
	exact := make([]*big.Int, len(p.Hubs))
	for h := range p.Hubs {
		perHub[h] = HubShare{Hub: p.Hubs[h].ID}
		exact[h] = new(big.Int)
	}
	total := new(big.Int)
	for i, o := range p.Offers {
		if x[i] == 0 {
			continue
		}
		h := m.hubOf[i]
		pay := new(big.Int).Mul(o.Price, big.NewInt(x[i]))
		a.Pay.Add(a.Pay, pay)
		pay.Mul(pay, big.NewInt(weightPermille(p.Hubs[h], p.Rule)*int64(p.Hubs[h].PaidPermille)))
		exact[h].Add(exact[h], pay)
		total.Add(total, pay)
		perHub[h].Units += x[i]
		for k := range o.Need {
			perHub[h].Resources[k] += o.Need[k] * x[i]
			a.Used[k] += o.Need[k] * x[i]
		}
	}
	million := big.NewInt(1_000_000)
	a.Expected.Quo(total, million)
	for h := range perHub {
		if perHub[h].Units == 0 {
			continue
		}
		perHub[h].Expected = new(big.Int).Quo(exact[h], million)
		if total.Sign() > 0 {
			sh := new(big.Int).Mul(exact[h], big.NewInt(1000))
			perHub[h].SharePermille = int(sh.Quo(sh, total).Int64())
		}
		a.Hubs = append(a.Hubs, perHub[h])
	}
	// The bound comes from the scaled float search; never report it below
	// what is achieved.
	bf := new(big.Float).SetFloat64(math.Max(bound, 0) * m.scale)
	bi, _ := bf.Int(nil)
	if bi.Cmp(a.Expected) < 0 || optimal {
		bi.Set(a.Expected)
	} else if new(big.Float).SetInt(bi).Cmp(bf) < 0 {
		bi.Add(bi, big.NewInt(1))
	}
	a.Bound = bi
	if bi.Sign() > 0 && !optimal {
		num := new(big.Float).SetInt(new(big.Int).Sub(bi, a.Expected))
		g, _ := num.Quo(num, new(big.Float).SetInt(bi)).Float64()
		a.Gap = g
	}
	return a
}
