package briefcase

import (
	"cmp"
	"errors"
	"math"
	"slices"
)

type candidate struct {
	j          int
	ratio, abs float64
}

var (
	errLPInfeasible = errors.New("lp infeasible")
	errLPLimit      = errors.New("lp pivot limit")
)

// dualLP keeps one simplex tableau across the search. Every structural
// column is bounded, so a basis with each profitable unit at its upper bound
// and the slacks basic is dual feasible from the start; a node only changes
// bounds (and the search adds hub rows), which keeps the basis dual feasible,
// so each node is a few dual simplex pivots from its parent or sibling.
type dualLP struct {
	m, cols, ns int
	t           []float64 // m × cols: B⁻¹[A I]
	d           []float64 // reduced costs: ≤ 0 at a lower bound, ≥ 0 at an upper
	c           []float64
	beta        []float64 // values of the basic columns
	basis       []int
	rowOf       []int
	atUB        []bool
	lb, ub      []float64
	rows        [][]float64 // structural coefficients, for a rebuild
	rhs         []float64
	pivots      int // since the last rebuild
	cand        []candidate
}

const dualMaxPivots = 5000

func newDualLP(c []float64) *dualLP {
	return &dualLP{ns: len(c), c: c}
}

// build starts over from the rows, at the given structural bounds.

func (lp *dualLP) build(lb, ub []float64) {
	m, ns := len(lp.rows), lp.ns
	cols := ns + m
	*lp = dualLP{
		m: m, cols: cols, ns: ns, c: lp.c, rows: lp.rows, rhs: lp.rhs, cand: lp.cand,
		t: make([]float64, m*cols), d: make([]float64, cols), beta: make([]float64, m),
		basis: make([]int, m), rowOf: make([]int, cols), atUB: make([]bool, cols),
		lb: make([]float64, cols), ub: make([]float64, cols),
	}
	copy(lp.lb, lb)
	copy(lp.ub, ub)
	for j := ns; j < cols; j++ {
		lp.ub[j] = math.Inf(1)
	}
	for j := range ns {
		lp.d[j] = lp.c[j]
		lp.atUB[j] = lp.c[j] > 0
		lp.rowOf[j] = -1
	}
	for i, row := range lp.rows {
		tr := lp.t[i*cols : (i+1)*cols]
		copy(tr, row)
		tr[ns+i] = 1
		lp.basis[i], lp.rowOf[ns+i] = ns+i, i
		v := lp.rhs[i]
		for j, a := range row {
			v -= a * lp.value(j)
		}
		lp.beta[i] = v
	}
}

func (lp *dualLP) value(j int) float64 {
	if r := lp.rowOf[j]; r >= 0 {
		return lp.beta[r]
	}
	if lp.atUB[j] {
		return lp.ub[j]
	}
	return lp.lb[j]
}

// setBounds moves a structural column's bounds; a nonbasic column stays at
// the same side, and the basic values follow it.
func (lp *dualLP) setBounds(j int, lo, hi float64) {
	if lp.lb[j] == lo && lp.ub[j] == hi {
		return
	}
	old := lp.value(j)
	lp.lb[j], lp.ub[j] = lo, hi
	if lp.rowOf[j] >= 0 {
		return
	}
	if delta := lp.value(j) - old; delta != 0 {
		for i := range lp.m {
			if a := lp.t[i*lp.cols+j]; a != 0 {
				lp.beta[i] -= a * delta
			}
		}
	}
}

// addRow appends row·x <= rhs with a basic slack, expressed in the current
// basis; the slack may start negative, which the dual simplex then repairs.
func (lp *dualLP) addRow(row []float64, rhs float64) {
	lp.rows = append(lp.rows, row)
	lp.rhs = append(lp.rhs, rhs)
	m, cols := lp.m+1, lp.cols+1
	t := make([]float64, m*cols)
	for i := range lp.m {
		copy(t[i*cols:i*cols+lp.cols], lp.t[i*lp.cols:(i+1)*lp.cols])
	}
	nr := t[lp.m*cols : m*cols]
	copy(nr, row)
	for i, bj := range lp.basis {
		if bj >= lp.ns {
			continue
		}
		if f := row[bj]; f != 0 {
			for j, v := range t[i*cols : i*cols+lp.cols] {
				nr[j] -= f * v
			}
		}
	}
	nr[cols-1] = 1
	v := rhs
	for j, a := range row {
		v -= a * lp.value(j)
	}
	lp.t, lp.m, lp.cols = t, m, cols
	lp.d = append(lp.d, 0)
	lp.beta = append(lp.beta, v)
	lp.basis = append(lp.basis, cols-1)
	lp.rowOf = append(lp.rowOf, lp.m-1)
	lp.atUB = append(lp.atUB, false)
	lp.lb = append(lp.lb, 0)
	lp.ub = append(lp.ub, math.Inf(1))
}

// solve runs the dual simplex to optimality; false when the bounds admit no
// point.
func (lp *dualLP) solve() (bool, error) {
	// A column that was fixed may have kept a side its reduced cost no
	// longer wants: move it, so that the basis is dual feasible.
	for j := range lp.ns {
		if lp.rowOf[j] >= 0 || lp.lb[j] == lp.ub[j] {
			continue
		}
		if want := lp.d[j] > 0; want != lp.atUB[j] && lp.d[j] != 0 {
			old := lp.value(j)
			lp.atUB[j] = want
			delta := lp.value(j) - old
			for i := range lp.m {
				if a := lp.t[i*lp.cols+j]; a != 0 {
					lp.beta[i] -= a * delta
				}
			}
		}
	}
	for k := 0; k < dualMaxPivots; k++ {
		r, worst := -1, 1e-9
		for i, bj := range lp.basis {
			v := lp.beta[i]
			if g := lp.lb[bj] - v; g > worst {
				r, worst = i, g
			} else if g := v - lp.ub[bj]; g > worst {
				r, worst = i, g
			}
		}
		if r < 0 {
			return true, nil
		}
		bj := lp.basis[r]
		below := lp.beta[r] < lp.lb[bj]
		target := lp.ub[bj]
		if below {
			target = lp.lb[bj]
		}
		row := lp.t[r*lp.cols : (r+1)*lp.cols]
		// Long-step ratio test: columns whose break point comes before the
		// row is repaired flip to their other bound instead of entering.
		lp.cand = lp.cand[:0]
		for j, a := range row {
			if lp.rowOf[j] >= 0 || math.Abs(a) < 1e-9 || lp.lb[j] == lp.ub[j] {
				continue
			}
			// x_B(r) moves by −a per unit of x_j: it must move toward target.
			up := !lp.atUB[j] // x_j may increase
			if below != (up == (a < 0)) {
				continue
			}
			lp.cand = append(lp.cand, candidate{j, math.Abs(lp.d[j]) / math.Abs(a), math.Abs(a)})
		}
		if len(lp.cand) == 0 {
			return false, nil
		}
		// Mostly the first break point already repairs the row: find it
		// without sorting.
		first := 0
		for k, cd := range lp.cand {
			if f := lp.cand[first]; cd.ratio < f.ratio || cd.ratio == f.ratio && cd.abs > f.abs {
				first = k
			}
		}
		lp.cand[0], lp.cand[first] = lp.cand[first], lp.cand[0]
		if f := lp.cand[0]; f.abs*(lp.ub[f.j]-lp.lb[f.j]) < math.Abs(lp.beta[r]-target)-1e-12 {
			lp.sortCandidates(math.Abs(lp.beta[r] - target))
		}
		q := -1
		need := math.Abs(lp.beta[r] - target)
		for k, cd := range lp.cand {
			span := lp.ub[cd.j] - lp.lb[cd.j]
			if k == len(lp.cand)-1 || math.IsInf(span, 1) || cd.abs*span >= need-1e-12 {
				q = cd.j
				break
			}
			need -= cd.abs * span
			old := lp.value(cd.j)
			lp.atUB[cd.j] = !lp.atUB[cd.j]
			delta := lp.value(cd.j) - old
			for i := range lp.m {
				if a := lp.t[i*lp.cols+cd.j]; a != 0 {
					lp.beta[i] -= a * delta
				}
			}
		}
		if q < 0 {
			return false, nil
		}
		delta := (lp.beta[r] - target) / row[q]
		enter := lp.value(q) + delta
		for i := range lp.m {
			if a := lp.t[i*lp.cols+q]; a != 0 {
				lp.beta[i] -= a * delta
			}
		}
		lp.pivot(r, q)
		lp.rowOf[bj], lp.atUB[bj] = -1, !below
		lp.basis[r], lp.rowOf[q], lp.atUB[q] = q, r, false
		lp.beta[r] = enter
		lp.pivots++
	}
	return false, errLPLimit
}

func (lp *dualLP) pivot(r, q int) {
	cols := lp.cols
	pr := lp.t[r*cols : (r+1)*cols]
	inv := 1 / pr[q]
	for j := range pr {
		pr[j] *= inv
	}
	pr[q] = 1
	for i := range lp.m {
		if i == r {
			continue
		}
		row := lp.t[i*cols : (i+1)*cols]
		f := row[q]
		if f == 0 {
			continue
		}
		row = row[:len(pr)]
		for j, v := range pr {
			row[j] -= f * v
		}
		row[q] = 0
	}
	if f := lp.d[q]; f != 0 {
		d := lp.d[:len(pr)]
		for j, v := range pr {
			d[j] -= f * v
		}
		d[q] = 0
	}
}

// sortCandidates orders the break points, cand[0] already the first, far
// enough to cover need: a few selections, a full sort only past those.
func (lp *dualLP) sortCandidates(need float64) {
	less := func(x, y candidate) bool {
		return x.ratio < y.ratio || x.ratio == y.ratio && x.abs > y.abs
	}
	for k := 0; k < len(lp.cand); k++ {
		if k == 8 {
			slices.SortFunc(lp.cand[k:], func(x, y candidate) int {
				if c := cmp.Compare(x.ratio, y.ratio); c != 0 {
					return c
				}
				return cmp.Compare(y.abs, x.abs)
			})
			return
		}
		if k > 0 {
			first := k
			for i := k + 1; i < len(lp.cand); i++ {
				if less(lp.cand[i], lp.cand[first]) {
					first = i
				}
			}
			lp.cand[k], lp.cand[first] = lp.cand[first], lp.cand[k]
		}
		c := lp.cand[k]
		span := lp.ub[c.j] - lp.lb[c.j]
		if c.abs*span >= need-1e-12 {
			return
		}
		need -= c.abs * span
	}
}
