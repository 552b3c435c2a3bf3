package briefcase

import (
	"cmp"
	"math"
	"math/big"
	"slices"
)

// model is a Problem in the search's terms: expected earnings per unit scaled
// so that the best offer earns 1, needs scaled by capacity, unit bounds.
type model struct {
	n, nh  int
	e      []float64 // scaled expected earnings of one unit
	need   []Vector
	needS  [][NumResources]float64 // need / capacity
	cap    Vector
	hubOf  []int
	share  float64 // 1: no diversification rows
	lo, hi []int64
	scale  float64 // wei per hour of one scaled unit
	order  []int   // offers by earnings per share of the machine, best first
}

func newModel(p Problem) (*model, error) {
	hubOf, err := p.validate()
	if err != nil {
		return nil, err
	}
	n := len(p.Offers)
	m := &model{
		n: n, nh: len(p.Hubs), e: make([]float64, n), need: make([]Vector, n),
		needS: make([][NumResources]float64, n), cap: p.Capacity, hubOf: hubOf,
		share: float64(p.Rule.MaxSharePermille) / 1000,
		lo:    make([]int64, n), hi: make([]int64, n), scale: 1,
	}
	million := new(big.Float).SetInt64(1_000_000)
	for i, o := range p.Offers {
		h := p.Hubs[hubOf[i]]
		w := new(big.Float).SetInt(o.Price)
		w.Mul(w, new(big.Float).SetInt64(weightPermille(h, p.Rule)*int64(h.PaidPermille)))
		m.e[i], _ = w.Quo(w, million).Float64()
		m.scale = max(m.scale, m.e[i])
		m.need[i] = o.Need
		m.lo[i], m.hi[i] = o.Running, max(o.Max, o.Running)
		for k, c := range p.Capacity {
			if c > 0 {
				m.needS[i][k] = float64(o.Need[k]) / float64(c)
			} else if o.Need[k] > 0 {
				m.hi[i] = m.lo[i] // needs what the machine lacks
			}
		}
	}
	for i := range m.e {
		m.e[i] /= m.scale
		if m.e[i] <= 0 {
			m.hi[i] = m.lo[i] // a unit that earns nothing only costs room
		}
	}
	ratio := make([]float64, n)
	for i := range ratio {
		size := 0.0
		for _, v := range m.needS[i] {
			size += v
		}
		ratio[i] = m.e[i] / max(size, 1e-12)
	}
	m.order = make([]int, n)
	for i := range m.order {
		m.order[i] = i
	}
	slices.SortStableFunc(m.order, func(a, b int) int { return cmp.Compare(ratio[b], ratio[a]) })
	return m, nil
}

func (m *model) value(x []int64) float64 {
	v := 0.0
	for i, xi := range x {
		v += m.e[i] * float64(xi)
	}
	return v
}

// shareTol is the slack of the risk rule: relative 1e-9, and 1e-9 of the
// best unit's earnings when the total is small.
func shareTol(total float64) float64 { return 1e-9 * max(total, 1) }

// feasible checks x against bounds, capacity (exactly) and the risk rule.
func (m *model) feasible(x []int64) bool {
	var used Vector
	earn := make([]float64, m.nh)
	total := 0.0
	for i, xi := range x {
		if xi < m.lo[i] || xi > m.hi[i] {
			return false
		}
		for k := range used {
			// Each term is below 2⁶⁰ and the sum stops past the capacity
			// (below 2⁴⁰), so it cannot wrap.
			used[k] += m.need[i][k] * xi
			if used[k] > m.cap[k] {
				return false
			}
		}
		earn[m.hubOf[i]] += m.e[i] * float64(xi)
		total += m.e[i] * float64(xi)
	}
	if m.share < 1 {
		for _, eh := range earn {
			if eh-m.share*total > shareTol(total) {
				return false
			}
		}
	}
	return true
}

// greedy builds an integer allocation within [lo, hi]: from start rounded
// down, or else from lo with each hub's earnings capped at its share of an
// estimated total; then the worst units of hubs over their share are given
// back, and a fill keeps the rule. Without a start the estimate is tried from
// the total earned without the rule down to a tenth of it, since a loose
// estimate leaves the give-back to strip hub after hub.
func (m *model) greedy(lo, hi []int64, start []float64) ([]int64, bool) {
	if start != nil || m.share >= 1 {
		return m.greedyAt(lo, hi, start, 1)
	}
	var best []int64
	for k := 10; k >= 1; k-- {
		if x, ok := m.greedyAt(lo, hi, nil, float64(k)/10); ok && (best == nil || m.value(x) > m.value(best)) {
			best = x
		}
	}
	return best, best != nil
}

func (m *model) greedyAt(lo, hi []int64, start []float64, frac float64) ([]int64, bool) {
	x := make([]int64, len(lo))
	var used Vector
	earn := make([]float64, m.nh)
	total := 0.0
	add := func(i int, k int64) {
		x[i] += k
		for r := range used {
			used[r] += m.need[i][r] * k
		}
		earn[m.hubOf[i]] += m.e[i] * float64(k)
		total += m.e[i] * float64(k)
	}
	for i := range x {
		k := lo[i]
		if start != nil {
			k = min(max(int64(math.Floor(start[i]+1e-9)), lo[i]), hi[i])
		}
		add(i, k)
	}
	room := func(i int) int64 {
		k := hi[i] - x[i]
		for r := range used {
			if nd := m.need[i][r]; nd > 0 {
				k = min(k, (m.cap[r]-used[r])/nd)
			}
		}
		return max(k, 0)
	}
	// fill adds units best first; est < 0 ignores the risk rule, est 0 keeps
	// it against the current total, est > 0 against that estimated total.
	fill := func(est float64) {
		for _, i := range m.order {
			if x[i] >= hi[i] {
				continue
			}
			k := room(i)
			if k > 0 && est >= 0 && m.share < 1 {
				h := m.hubOf[i]
				var lim float64
				if est == 0 {
					lim = (m.share*total - earn[h] + shareTol(total)) / (m.e[i] * (1 - m.share))
				} else {
					lim = (m.share*est - earn[h]) / m.e[i]
				}
				k = min(k, int64(math.Floor(max(lim, 0))))
			}
			if k > 0 {
				add(i, k)
			}
		}
	}
	if start == nil {
		fill(-1)
		if m.share < 1 {
			est := total * frac
			for i := range x {
				add(i, lo[i]-x[i])
			}
			fill(est)
		}
	}
	if m.share < 1 {
		for {
			worst, over := -1, 0.0
			for h, eh := range earn {
				if d := eh - m.share*total; d > shareTol(total) && d > over {
					worst, over = h, d
				}
			}
			if worst < 0 {
				break
			}
			i := -1
			for j := len(m.order) - 1; j >= 0; j-- {
				if o := m.order[j]; m.hubOf[o] == worst && x[o] > lo[o] && m.e[o] > 0 {
					i = o
					break
				}
			}
			if i < 0 {
				return nil, false
			}
			k := int64(math.Ceil(over / (m.e[i] * (1 - m.share))))
			add(i, -min(max(k, 1), x[i]-lo[i]))
		}
	}
	fill(0)
	return x, m.feasible(x)
}
