package briefcase

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// search is a depth-first branch and bound. Each node's bound is its LP
// relaxation with the hub rows added lazily: a hub's row joins the LP (for
// every later node too) once some LP solution breaks it, since most hubs are
// far from their share. Units whose reduced cost says that moving them off
// their bound cannot beat the incumbent are fixed for the node's subtree.
type search struct {
	m      *model
	b      Budget
	nodes  int
	active []bool
	hubs   []int // active hub rows
	best   []int64
	bestV  float64
}

type node struct {
	lo, hi []int64
	bound  float64
}

func newSearch(m *model, b Budget) *search {
	return &search{m: m, b: b, active: make([]bool, m.nh), bestV: math.Inf(-1)}
}

func (s *search) tol() float64 { return 1e-9 * max(math.Abs(s.bestV), 1) }

func (s *search) offer(x []int64) {
	if v := s.m.value(x); v > s.bestV && s.m.feasible(x) {
		s.best, s.bestV = slices.Clone(x), v
	}
}

func (s *search) spent() bool {
	if s.b.MaxNodes > 0 && s.nodes >= s.b.MaxNodes {
		return true
	}
	return s.b.Now != nil && !s.b.Deadline.IsZero() && !s.b.Now().Before(s.b.Deadline)
}

// run returns the best allocation, an upper bound on its value (scaled) and
// whether the search completed.
func (s *search) run() ([]int64, float64, bool, error) {
	m := s.m
	if x, ok := m.greedy(m.lo, m.hi, nil); ok {
		s.offer(x)
	}
	trivial := 0.0
	for i := range m.e {
		trivial += m.e[i] * float64(m.hi[i])
	}
	stack := []node{{lo: m.lo, hi: m.hi, bound: trivial}}
	for len(stack) > 0 {
		nd := stack[len(stack)-1]
		if nd.bound <= s.bestV+s.tol() {
			stack = stack[:len(stack)-1]
			continue
		}
		if s.spent() {
			if s.best == nil {
				return nil, 0, false, ErrBudget
			}
			ub := s.bestV
			for _, o := range stack {
				ub = max(ub, o.bound)
			}
			return s.best, ub, false, nil
		}
		stack = stack[:len(stack)-1]
		s.nodes++
		lp, err := s.relax(nd.lo, nd.hi)
		if errors.Is(err, errLPInfeasible) {
			continue
		}
		if err != nil {
			return nil, 0, false, fmt.Errorf("node %d: %w", s.nodes, err)
		}
		if lp.z <= s.bestV+s.tol() {
			continue
		}
		if x, ok := m.greedy(nd.lo, nd.hi, lp.x); ok {
			s.offer(x)
		}
		j, frac := -1, 0.0
		for i, v := range lp.x {
			f := v - math.Floor(v)
			if f > 1e-6 && f < 1-1e-6 && math.Min(f, 1-f) > frac {
				j, frac = i, math.Min(f, 1-f)
			}
		}
		if j < 0 {
			x := make([]int64, m.n)
			for i, v := range lp.x {
				x[i] = int64(math.Round(v))
			}
			s.offer(x)
			continue
		}
		lo, hi := slices.Clone(nd.lo), slices.Clone(nd.hi)
		gap := lp.z - (s.bestV + s.tol())
		for i := range lo {
			if lo[i] == hi[i] || lp.basic[i] || math.Abs(lp.d[i]) < gap {
				continue
			}
			v := int64(math.Round(lp.x[i]))
			lo[i], hi[i] = v, v
		}
		v := lp.x[j]
		down := node{lo: lo, hi: slices.Clone(hi), bound: lp.z}
		down.hi[j] = int64(math.Floor(v))
		up := node{lo: slices.Clone(lo), hi: hi, bound: lp.z}
		up.lo[j] = int64(math.Ceil(v))
		if v-math.Floor(v) >= 0.5 {
			stack = append(stack, down, up)
		} else {
			stack = append(stack, up, down)
		}
	}
	if s.best == nil {
		return nil, 0, false, ErrInfeasible
	}
	return s.best, s.bestV, true, nil
}

type relaxation struct {
	x     []float64
	z     float64
	d     []float64
	basic []bool
}

// relax solves the LP relaxation within [lo, hi], adding the rows of hubs
// over their share until none is.
func (s *search) relax(lo, hi []int64) (relaxation, error) {
	m := s.m
	var free []int
	for i := range lo {
		if lo[i] < hi[i] {
			free = append(free, i)
		}
	}
	var fixedUse [NumResources]float64
	fixedEarn := make([]float64, m.nh)
	fixedTotal := 0.0
	for i, l := range lo {
		if l == 0 {
			continue
		}
		for k := range fixedUse {
			fixedUse[k] += m.needS[i][k] * float64(l)
		}
		earn := m.e[i] * float64(l)
		fixedEarn[m.hubOf[i]] += earn
		fixedTotal += earn
	}
	for k := range fixedUse {
		if m.cap[k] > 0 && fixedUse[k] > 1+1e-9 {
			return relaxation{}, errLPInfeasible
		}
	}
	c := make([]float64, len(free))
	u := make([]float64, len(free))
	for f, i := range free {
		c[f], u[f] = m.e[i], float64(hi[i]-lo[i])
	}
	var rows [][]float64
	var rhs []float64
	for k := range fixedUse {
		if m.cap[k] == 0 {
			continue
		}
		row := make([]float64, len(free))
		any := false
		for f, i := range free {
			row[f] = m.needS[i][k]
			any = any || row[f] > 0
		}
		if any {
			rows, rhs = append(rows, row), append(rhs, 1-fixedUse[k])
		}
	}
	for {
		a, b := rows, rhs
		for _, h := range s.hubs {
			row := make([]float64, len(free))
			for f, i := range free {
				row[f] = -m.share * m.e[i]
				if m.hubOf[i] == h {
					row[f] += m.e[i]
				}
			}
			a, b = append(a, row), append(b, m.share*fixedTotal-fixedEarn[h])
		}
		res, err := solveLP(a, b, c, u)
		if err != nil {
			return relaxation{}, err
		}
		r := relaxation{x: make([]float64, m.n), z: fixedTotal + res.z, d: make([]float64, m.n), basic: make([]bool, m.n)}
		for i, l := range lo {
			r.x[i] = float64(l)
		}
		for f, i := range free {
			r.x[i] += res.y[f]
			r.d[i], r.basic[i] = res.d[f], res.basic[f]
		}
		if m.share >= 1 || !s.addBroken(r.x) {
			return r, nil
		}
	}
}

// addBroken adds the rows of the hubs over their share in x and reports
// whether there were any.
func (s *search) addBroken(x []float64) bool {
	m := s.m
	earn := make([]float64, m.nh)
	total := 0.0
	for i, v := range x {
		earn[m.hubOf[i]] += m.e[i] * v
		total += m.e[i] * v
	}
	added := false
	for h, eh := range earn {
		if !s.active[h] && eh-m.share*total > shareTol(total) {
			s.active[h], added = true, true
			s.hubs = append(s.hubs, h)
		}
	}
	return added
}
