package briefcase

import (
	"container/heap"
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
	lp     *dualLP
	best   []int64
	bestV  float64
	root   *relaxation // the root LP, for reduced-cost fixing by later incumbents
	pc     []pseudo
	buf    relaxation
	// The tableau covers the live units; dead ones are fixed for good (by
	// their bounds or the root's reduced costs) at deadAt.
	rows     [][]float64 // over all units: resources, then hub rows
	rhs      []float64
	live     []int
	dead     []bool
	deadAt   []int64
	deadInLP int    // dead units still in the tableau
	out      []bool // dead units left out of the tableau at its build
	outZ     float64
	outEarn  []float64 // per hub, of the units out of the tableau
}

// node is a subproblem: the bounds of its parent with some tightened. Only
// the changes are kept, so that a large open list stays small.
type node struct {
	parent *node
	fix    []fix
	bound  float64 // the parent's LP value
	depth  int
	// The branch that made the node, for the pseudocosts.
	branch int
	up     bool
	frac   float64
}

// pseudo is the mean LP loss per unit moved when branching on a unit count,
// down and up, learnt as the search goes.
type pseudo struct {
	sum [2]float64
	n   [2]int
}

type fix struct {
	i      int
	lo, hi int64
}

func newSearch(m *model, b Budget) *search {
	s := &search{m: m, b: b, active: make([]bool, m.nh), bestV: math.Inf(-1), pc: make([]pseudo, m.n),
		dead: make([]bool, m.n), deadAt: make([]int64, m.n), out: make([]bool, m.n)}
	for i := range m.n {
		if m.lo[i] == m.hi[i] {
			s.dead[i], s.deadAt[i] = true, m.lo[i]
		}
	}
	return s
}

func (s *search) tol() float64 { return 1e-9 * max(s.bestV, 1) }

// offer takes x as the incumbent if it is better, after a local search:
// give back one or two units and refill greedily without them.
func (s *search) offer(x []int64) {
	if v := s.m.value(x); v > s.bestV+s.tol() && s.m.feasible(x) {
		s.best, s.bestV = slices.Clone(x), v
		s.improve()
		s.markDead()
	}
}

func (s *search) improve() {
	m := s.m
	start := make([]float64, m.n)
	hi := make([]int64, m.n)
	try := func(drop ...int) bool {
		for i, v := range s.best {
			start[i] = float64(v)
		}
		copy(hi, m.hi)
		for _, i := range drop {
			if start[i] <= float64(m.lo[i]) {
				return false
			}
			start[i]--
			hi[i] = int64(start[i])
		}
		y, ok := m.greedy(m.lo, hi, start)
		if v := m.value(y); ok && v > s.bestV+s.tol() {
			s.best, s.bestV = y, v
			return true
		}
		return false
	}
	for rounds := 0; rounds < 100; rounds++ {
		var held []int
		for i, v := range s.best {
			if v > m.lo[i] {
				held = append(held, i)
			}
		}
		better := false
		for _, i := range held {
			if try(i) {
				better = true
				break
			}
		}
		if !better {
			return
		}
	}
}

func (s *search) spent() bool {
	if s.b.MaxNodes > 0 && s.nodes >= s.b.MaxNodes {
		return true
	}
	return s.b.Now != nil && !s.b.Deadline.IsZero() && !s.b.Now().Before(s.b.Deadline)
}

// bounds rebuilds a node's unit bounds into lo and hi; false when the node
// excludes where a unit is fixed for good, so holds nothing better than the
// incumbent.
func (s *search) bounds(nd *node, lo, hi []int64) bool {
	copy(lo, s.m.lo)
	copy(hi, s.m.hi)
	var chain []*node
	for n := nd; n != nil; n = n.parent {
		chain = append(chain, n)
	}
	for k := len(chain) - 1; k >= 0; k-- {
		for _, f := range chain[k].fix {
			lo[f.i], hi[f.i] = max(lo[f.i], f.lo), min(hi[f.i], f.hi)
		}
	}
	for i, d := range s.dead {
		if !d {
			continue
		}
		if v := s.deadAt[i]; v < lo[i] || v > hi[i] {
			return false
		} else {
			lo[i], hi[i] = v, v
		}
	}
	return true
}

// run returns the best allocation, an upper bound on its value (scaled) and
// whether the search completed. Nodes are taken best bound first, and from
// each the search plunges into the nearer child, keeping the other open.
func (s *search) run() ([]int64, float64, bool, error) {
	m := s.m
	if x, ok := m.greedy(m.lo, m.hi, nil); ok {
		s.offer(x)
	}
	trivial := 0.0
	for i := range m.e {
		trivial += m.e[i] * float64(m.hi[i])
	}
	open := &nodeHeap{}
	lo, hi := make([]int64, m.n), make([]int64, m.n)
	var next *node = &node{bound: trivial}
	for next != nil || open.Len() > 0 {
		nd := next
		next = nil
		if nd == nil {
			nd = heap.Pop(open).(*node)
		}
		if nd.bound <= s.bestV+s.tol() {
			continue
		}
		if s.spent() {
			if s.best == nil {
				return nil, 0, false, ErrBudget
			}
			ub := max(s.bestV, nd.bound)
			if open.Len() > 0 {
				ub = max(ub, (*open)[0].bound)
			}
			return s.best, ub, false, nil
		}
		s.nodes++
		if !s.bounds(nd, lo, hi) {
			continue
		}
		lp, err := s.relax(lo, hi)
		if errors.Is(err, errLPInfeasible) {
			continue
		}
		if err != nil {
			return nil, 0, false, fmt.Errorf("node %d: %w", s.nodes, err)
		}
		if nd.parent == nil {
			root := relaxation{x: slices.Clone(lp.x), z: lp.z, d: slices.Clone(lp.d), basic: slices.Clone(lp.basic)}
			s.root = &root
			s.markDead()
		} else {
			s.learn(nd, lp.z)
		}
		if lp.z <= s.bestV+s.tol() {
			continue
		}
		// The rounding heuristic costs about as much as the node's LP: on
		// every fourth level it saves more CPU than the nodes it adds.
		if nd.depth%4 == 0 {
			if x, ok := m.greedy(lo, hi, lp.x); ok {
				s.offer(x)
			}
		}
		j := s.branchOn(lp.x)
		if j < 0 {
			x := make([]int64, m.n)
			for i, v := range lp.x {
				x[i] = int64(math.Round(v))
			}
			s.offer(x)
			continue
		}
		var fixes []fix
		gap := lp.z - (s.bestV + s.tol())
		for i := range lo {
			if lo[i] == hi[i] || lp.basic[i] || math.Abs(lp.d[i]) < gap {
				continue
			}
			v := int64(math.Round(lp.x[i]))
			fixes = append(fixes, fix{i, v, v})
		}
		v := lp.x[j]
		f := v - math.Floor(v)
		down := &node{parent: nd, fix: append(slices.Clip(fixes), fix{j, lo[j], int64(math.Floor(v))}), bound: lp.z, depth: nd.depth + 1, branch: j, frac: f}
		up := &node{parent: nd, fix: append(slices.Clip(fixes), fix{j, int64(math.Ceil(v)), hi[j]}), bound: lp.z, depth: nd.depth + 1, branch: j, up: true, frac: 1 - f}
		if v-math.Floor(v) >= 0.5 {
			next = up
			heap.Push(open, down)
		} else {
			next = down
			heap.Push(open, up)
		}
	}
	if s.best == nil {
		return nil, 0, false, ErrInfeasible
	}
	return s.best, s.bestV, true, nil
}

// learn records how much the LP lost by the branch that made nd.
func (s *search) learn(nd *node, z float64) {
	if nd.frac <= 0 {
		return
	}
	k := 0
	if nd.up {
		k = 1
	}
	p := &s.pc[nd.branch]
	p.sum[k] += max(nd.bound-z, 0) / nd.frac
	p.n[k]++
}

// branchOn picks the fractional unit count whose branches promise the most
// loss on both sides (by pseudocosts; a unit's earnings before any are
// known), or -1 when x is integral.
func (s *search) branchOn(x []float64) int {
	j, best := -1, -1.0
	for i, v := range x {
		f := v - math.Floor(v)
		if f < 1e-6 || f > 1-1e-6 {
			continue
		}
		var cost [2]float64
		for k := range cost {
			cost[k] = s.m.e[i]
			if p := s.pc[i]; p.n[k] > 0 {
				cost[k] = p.sum[k] / float64(p.n[k])
			}
		}
		score := max(cost[0]*f, 1e-9) * max(cost[1]*(1-f), 1e-9)
		if score > best {
			j, best = i, score
		}
	}
	return j
}

// nodeHeap holds the open nodes, highest bound first.
type nodeHeap []*node

func (h nodeHeap) Len() int           { return len(h) }
func (h nodeHeap) Less(i, j int) bool { return h[i].bound > h[j].bound }
func (h nodeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)        { *h = append(*h, x.(*node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

type relaxation struct {
	x     []float64
	z     float64
	d     []float64
	basic []bool
}

// relax solves the LP relaxation within [lo, hi] from the last node's basis,
// adding the rows of hubs over their share until none is.
func (s *search) relax(lo, hi []int64) (relaxation, error) {
	m := s.m
	if s.lp == nil && len(s.rows) == 0 {
		for k := range NumResources {
			if m.cap[k] == 0 {
				continue
			}
			row := make([]float64, m.n)
			any := false
			for i := range row {
				row[i] = m.needS[i][k]
				any = any || row[i] > 0
			}
			if any {
				s.rows, s.rhs = append(s.rows, row), append(s.rhs, 1)
			}
		}
	}
	if s.lp == nil || s.lp.t == nil || s.lp.pivots > rebuildAfter || s.deadInLP > s.lp.ns/3 {
		s.build(lo, hi)
	} else {
		for j, i := range s.live {
			s.lp.setBounds(j, float64(lo[i]), float64(hi[i]))
		}
	}
	lp := s.lp
	for retried := false; ; {
		ok, err := lp.solve()
		if err != nil && !retried {
			// A tableau worn by rounding can cycle: start it over once.
			s.build(lo, hi)
			lp, retried = s.lp, true
			continue
		}
		if err != nil {
			lp.t = nil // start over at the next node
			return relaxation{}, err
		}
		if !ok {
			return relaxation{}, errLPInfeasible
		}
		r := s.buf // reused, units out of the tableau set by build; only the root's is kept, as a copy
		r.z = s.outZ
		for j, i := range s.live {
			v := lp.value(j)
			r.x[i], r.d[i], r.basic[i] = v, lp.d[j], lp.rowOf[j] >= 0
			r.z += m.e[i] * v
		}
		if m.share >= 1 {
			return r, nil
		}
		broken := s.addBroken(r.x)
		if len(broken) == 0 {
			return r, nil
		}
		for _, h := range broken {
			row := make([]float64, m.n)
			for i := range row {
				row[i] = -m.share * m.e[i]
				if m.hubOf[i] == h {
					row[i] += m.e[i]
				}
			}
			s.rows, s.rhs = append(s.rows, row), append(s.rhs, 0)
			lp.addRow(s.project(row, 0))
		}
	}
}

// build starts a tableau over the units not fixed for good, with the fixed
// ones folded into the right-hand sides.
func (s *search) build(lo, hi []int64) {
	m := s.m
	if s.buf.x == nil {
		s.buf = relaxation{x: make([]float64, m.n), d: make([]float64, m.n), basic: make([]bool, m.n)}
		s.outEarn = make([]float64, m.nh)
	}
	s.live = s.live[:0]
	s.outZ = 0
	clear(s.outEarn)
	for i := range m.n {
		s.out[i] = s.dead[i]
		if !s.dead[i] {
			s.live = append(s.live, i)
			continue
		}
		v := float64(s.deadAt[i])
		s.buf.x[i], s.buf.d[i], s.buf.basic[i] = v, 0, false
		s.outZ += m.e[i] * v
		s.outEarn[m.hubOf[i]] += m.e[i] * v
	}
	c := make([]float64, len(s.live))
	lb, ub := make([]float64, len(s.live)), make([]float64, len(s.live))
	for j, i := range s.live {
		c[j], lb[j], ub[j] = m.e[i], float64(lo[i]), float64(hi[i])
	}
	s.lp = newDualLP(c)
	for k, row := range s.rows {
		pr, b := s.project(row, s.rhs[k])
		s.lp.rows, s.lp.rhs = append(s.lp.rows, pr), append(s.lp.rhs, b)
	}
	s.lp.build(lb, ub)
	s.deadInLP = 0
}

// project restricts a row over all units to the tableau's columns.
func (s *search) project(row []float64, rhs float64) ([]float64, float64) {
	pr := make([]float64, len(s.live))
	for j, i := range s.live {
		pr[j] = row[i]
	}
	for i, out := range s.out {
		if out {
			rhs -= row[i] * float64(s.deadAt[i])
		}
	}
	return pr, rhs
}

// markDead records the units the root LP's reduced costs fix for good at
// the current incumbent.
func (s *search) markDead() {
	if s.root == nil {
		return
	}
	gap := s.root.z - (s.bestV + s.tol())
	for i := range s.dead {
		if s.dead[i] || s.root.basic[i] || math.Abs(s.root.d[i]) < gap {
			continue
		}
		s.dead[i], s.deadAt[i] = true, int64(math.Round(s.root.x[i]))
		s.deadInLP++
	}
}

// rebuildAfter bounds the pivots on one tableau, against rounding drift.
const rebuildAfter = 2000

// addBroken marks the hubs over their share in x, not yet in the LP, and
// returns them.
func (s *search) addBroken(x []float64) []int {
	m := s.m
	earn := slices.Clone(s.outEarn)
	total := s.outZ
	for _, i := range s.live {
		earn[m.hubOf[i]] += m.e[i] * x[i]
		total += m.e[i] * x[i]
	}
	var added []int
	for h, eh := range earn {
		if !s.active[h] && eh-m.share*total > shareTol(total) {
			s.active[h] = true
			added = append(added, h)
		}
	}
	return added
}
