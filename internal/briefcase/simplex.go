package briefcase

import (
	"errors"
	"math"
)

// The LP relaxation is solved by a bounded-variable primal simplex on a dense
// tableau. gonum's optimize/convex/lp wants standard form (Ax = b, x >= 0), so
// every unit bound would become a row; here bounds are handled in the ratio
// test, which keeps the tableau at (resources + binding hub rows) rows.

const (
	eps        = 1e-9
	maxPivots  = 200000
	blandAfter = 50 // consecutive degenerate pivots before Bland's rule
)

var (
	errLPInfeasible = errors.New("lp infeasible")
	errLPLimit      = errors.New("lp pivot limit")
)

// lpResult is the optimum of max c·y, A y <= b, 0 <= y <= u.
type lpResult struct {
	y     []float64
	z     float64
	d     []float64 // reduced costs of the structural columns
	basic []bool    // structural column is basic
}

type tableau struct {
	m, cols int
	t       []float64 // m × cols, B⁻¹[A I art]
	d       []float64 // reduced costs
	beta    []float64 // values of the basic variables
	basis   []int     // column basic in each row
	rowOf   []int     // row of a basic column, -1 when nonbasic
	upper   []bool    // nonbasic column sits at its upper bound
	ub      []float64
}

// solveLP maximises c·y subject to rows a (each of length len(c)) y <= b and
// 0 <= y <= u; u may hold +Inf.
func solveLP(a [][]float64, b, c, u []float64) (lpResult, error) {
	m, ns := len(a), len(c)
	nart := 0
	for _, bi := range b {
		if bi < 0 {
			nart++
		}
	}
	cols := ns + m + nart
	tb := &tableau{
		m: m, cols: cols,
		t:     make([]float64, m*cols),
		d:     make([]float64, cols),
		beta:  make([]float64, m),
		basis: make([]int, m),
		rowOf: make([]int, cols),
		upper: make([]bool, cols),
		ub:    make([]float64, cols),
	}
	copy(tb.ub, u)
	for j := ns; j < cols; j++ {
		tb.ub[j] = math.Inf(1)
	}
	for j := range tb.rowOf {
		tb.rowOf[j] = -1
	}
	art := ns + m
	for i := 0; i < m; i++ {
		row := tb.t[i*cols : (i+1)*cols]
		if b[i] >= 0 {
			copy(row, a[i])
			row[ns+i] = 1
			tb.beta[i] = b[i]
			tb.basis[i] = ns + i
		} else {
			for j, v := range a[i] {
				row[j] = -v
			}
			row[ns+i] = -1
			row[art] = 1
			tb.beta[i] = -b[i]
			tb.basis[i] = art
			art++
		}
		tb.rowOf[tb.basis[i]] = i
	}
	cost := make([]float64, cols)
	if nart > 0 {
		for j := ns + m; j < cols; j++ {
			cost[j] = -1
		}
		tb.price(cost)
		if err := tb.iterate(); err != nil {
			return lpResult{}, err
		}
		infeas := 0.0
		for i, j := range tb.basis {
			if j >= ns+m {
				infeas += tb.beta[i]
			}
		}
		if infeas > 1e-7 {
			return lpResult{}, errLPInfeasible
		}
		for j := ns + m; j < cols; j++ {
			tb.ub[j] = 0
			cost[j] = 0
		}
	}
	copy(cost, c)
	tb.price(cost)
	if err := tb.iterate(); err != nil {
		return lpResult{}, err
	}
	res := lpResult{y: make([]float64, ns), d: make([]float64, ns), basic: make([]bool, ns)}
	for j := 0; j < ns; j++ {
		switch {
		case tb.rowOf[j] >= 0:
			res.y[j] = tb.beta[tb.rowOf[j]]
			res.basic[j] = true
		case tb.upper[j]:
			res.y[j] = tb.ub[j]
		}
		res.d[j] = tb.d[j]
		res.z += c[j] * res.y[j]
	}
	return res, nil
}

// price sets the reduced costs for the objective cost and the current basis.
func (tb *tableau) price(cost []float64) {
	copy(tb.d, cost)
	for i, bj := range tb.basis {
		cb := cost[bj]
		if cb == 0 {
			continue
		}
		row := tb.t[i*tb.cols : (i+1)*tb.cols]
		for j, v := range row {
			tb.d[j] -= cb * v
		}
	}
}

func (tb *tableau) iterate() error {
	degenerate := 0
	for pivots := 0; pivots < maxPivots; pivots++ {
		bland := degenerate >= blandAfter
		q, best := -1, 0.0
		for j, dj := range tb.d {
			if tb.rowOf[j] >= 0 {
				continue
			}
			var gain float64
			switch {
			case !tb.upper[j] && dj > eps && tb.ub[j] > eps:
				gain = dj
			case tb.upper[j] && dj < -eps:
				gain = -dj
			default:
				continue
			}
			if bland {
				q = j
				break
			}
			if gain > best {
				q, best = j, gain
			}
		}
		if q < 0 {
			return nil
		}
		dir := 1.0
		if tb.upper[q] {
			dir = -1
		}
		step, r, toUpper := tb.ub[q], -1, false
		for i := 0; i < tb.m; i++ {
			a := tb.t[i*tb.cols+q] * dir
			var lim float64
			var up bool
			switch {
			case a > eps:
				lim = tb.beta[i] / a
			case a < -eps && !math.IsInf(tb.ub[tb.basis[i]], 1):
				lim, up = (tb.ub[tb.basis[i]]-tb.beta[i])/-a, true
			default:
				continue
			}
			if lim < 0 {
				lim = 0
			}
			if lim < step || (bland && lim == step && r >= 0 && tb.basis[i] < tb.basis[r]) {
				step, r, toUpper = lim, i, up
			}
		}
		if math.IsInf(step, 1) {
			return errors.New("lp unbounded")
		}
		if step < 1e-12 {
			degenerate++
		} else {
			degenerate = 0
		}
		for i := 0; i < tb.m; i++ {
			if a := tb.t[i*tb.cols+q]; a != 0 {
				tb.beta[i] -= a * dir * step
			}
		}
		if r < 0 {
			tb.upper[q] = !tb.upper[q]
			continue
		}
		enter := dir * step
		if tb.upper[q] {
			enter += tb.ub[q]
		}
		leave := tb.basis[r]
		tb.pivot(r, q)
		tb.rowOf[leave], tb.upper[leave] = -1, toUpper
		tb.basis[r], tb.rowOf[q], tb.upper[q] = q, r, false
		tb.beta[r] = enter
	}
	return errLPLimit
}

func (tb *tableau) pivot(r, q int) {
	cols := tb.cols
	pr := tb.t[r*cols : (r+1)*cols]
	inv := 1 / pr[q]
	for j := range pr {
		pr[j] *= inv
	}
	pr[q] = 1
	for i := 0; i < tb.m; i++ {
		if i == r {
			continue
		}
		row := tb.t[i*cols : (i+1)*cols]
		f := row[q]
		if f == 0 {
			continue
		}
		for j, v := range pr {
			if v != 0 {
				row[j] -= f * v
			}
		}
		row[q] = 0
	}
	if f := tb.d[q]; f != 0 {
		for j, v := range pr {
			if v != 0 {
				tb.d[j] -= f * v
			}
		}
		tb.d[q] = 0
	}
}
