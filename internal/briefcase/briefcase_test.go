package briefcase

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/golden"
)

type goldenCase struct {
	Name    string  `json:"name"`
	Problem Problem `json:"problem"`
}

type goldenResult struct {
	Name       string      `json:"name"`
	Allocation *Allocation `json:"allocation,omitempty"`
	Error      string      `json:"error,omitempty"`
}

func TestSolveGolden(t *testing.T) {
	cases := golden.Load[goldenCase](t, "cases.json")
	var results []goldenResult
	for _, c := range cases {
		r := goldenResult{Name: c.Name}
		a, err := Solve(c.Problem, Budget{})
		if err != nil {
			r.Error = err.Error()
		} else {
			a.Nodes = 0 // how the search went is not part of the answer
			r.Allocation = &a
		}
		results = append(results, r)
	}
	golden.Check(t, "golden.json", results, func(r goldenResult) string { return r.Name })
}

// randomProblem draws a small instance: few offers, few units each, so that
// brute force and glpsol finish quickly, with every feature of the model on
// in some of them.
func randomProblem(r *rand.Rand, offers, hubs int, maxUnits int64) Problem {
	statuses := []string{StatusSafe, StatusSafe, StatusChecked, StatusNotConfirmed, StatusRefused}
	p := Problem{
		Capacity: Vector{int64(4000 + r.IntN(60000)), int64(4096 + r.IntN(60000)), int64(r.IntN(4)), int64(10000 + r.IntN(500000)), int64(100 + r.IntN(1000))},
		Rule: Rule{
			MaxSharePermille: []int{250, 400, 500, 700, 1000}[r.IntN(5)],
			CheckedPermille:  500 + r.IntN(500),
			UnknownPermille:  r.IntN(300),
		},
	}
	for h := range hubs {
		p.Hubs = append(p.Hubs, Hub{ID: fmt.Sprintf("hub%d", h), Status: statuses[r.IntN(len(statuses))], PaidPermille: 700 + r.IntN(301)})
	}
	for range offers {
		o := Offer{
			Hub:   p.Hubs[r.IntN(hubs)].ID,
			Kind:  "batch",
			Need:  Vector{int64(500 + r.IntN(8000)), int64(256 + r.IntN(16000)), 0, int64(r.IntN(100000)), int64(r.IntN(300))},
			Price: new(big.Int).Mul(big.NewInt(int64(1+r.IntN(100000))), big.NewInt(1e12)),
			Max:   r.Int64N(maxUnits + 1),
		}
		if r.IntN(4) == 0 {
			o.Need[GPU] = 1
		}
		if r.IntN(12) == 0 {
			o.Running = 1
		}
		p.Offers = append(p.Offers, o)
	}
	return p
}

// bruteForce returns the best scaled value over every integer allocation
// within the bounds, and false when none is feasible.
func bruteForce(m *model) (float64, bool) {
	x := make([]int64, m.n)
	copy(x, m.lo)
	best, found := math.Inf(-1), false
	for {
		if m.feasible(x) {
			if v := m.value(x); v > best {
				best, found = v, true
			}
		}
		i := 0
		for ; i < m.n; i++ {
			if x[i] < m.hi[i] {
				x[i]++
				break
			}
			x[i] = m.lo[i]
		}
		if i == m.n {
			return best, found
		}
	}
}

func TestSolveMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := range 200 {
		p := randomProblem(r, 2+r.IntN(5), 1+r.IntN(4), 3)
		m, err := newModel(p)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := bruteForce(m)
		a, err := Solve(p, Budget{})
		if !ok {
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("instance %d: got %v, want ErrInfeasible", k, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("instance %d: %v", k, err)
		}
		if !a.Optimal {
			t.Fatalf("instance %d: got not proven optimal, want optimal", k)
		}
		if got := m.value(a.Units); math.Abs(got-want) > 1e-9*max(want, 1) {
			t.Fatalf("instance %d: got value %v (units %v), want %v", k, got, a.Units, want)
		}
	}
}

// TestRiskRuleHonoured checks every hub's share of the exact expected
// earnings on random instances of a realistic size.
func TestRiskRuleHonoured(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := range 40 {
		p := randomProblem(r, 20+r.IntN(60), 2+r.IntN(10), 8)
		a, err := Solve(p, Budget{})
		if errors.Is(err, ErrInfeasible) {
			continue
		}
		if err != nil {
			t.Fatalf("instance %d: %v", k, err)
		}
		for _, h := range a.Hubs {
			// share ≤ s·total, in exact integers with the float tolerance.
			lhs := new(big.Int).Mul(h.Expected, big.NewInt(1000))
			rhs := new(big.Int).Mul(a.Expected, big.NewInt(int64(p.Rule.MaxSharePermille)))
			slack := new(big.Int).Quo(a.Expected, big.NewInt(1_000_000)) // rounding of the per-hub floors
			slack.Add(slack, big.NewInt(1000))
			if lhs.Cmp(rhs.Add(rhs, slack)) > 0 {
				t.Fatalf("instance %d: hub %s got %s of %s wei/h, want at most %d‰", k, h.Hub, h.Expected, a.Expected, p.Rule.MaxSharePermille)
			}
		}
		for k2, used := range a.Used {
			if used > p.Capacity[k2] {
				t.Fatalf("instance %d: got %s use %d, want at most %d", k, Resource(k2), used, p.Capacity[k2])
			}
		}
	}
}

// TestUnitsInFlightKept: when offers change, the new allocation keeps the
// running units even where a better offer would take their room, and drops
// only those of a hub that is gone.
func TestUnitsInFlightKept(t *testing.T) {
	price := func(v int64) *big.Int { return new(big.Int).Mul(big.NewInt(v), big.NewInt(1e15)) }
	p := Problem{
		Capacity: Vector{CPU: 8000, Memory: 16384},
		Hubs:     []Hub{{ID: "a", Status: StatusSafe, PaidPermille: 1000}, {ID: "b", Status: StatusSafe, PaidPermille: 1000}, {ID: "c", Status: StatusSafe, PaidPermille: 1000}},
		Rule:     Rule{MaxSharePermille: 1000},
		Offers: []Offer{
			{Hub: "a", Kind: "cheap", Need: Vector{CPU: 2000, Memory: 2048}, Price: price(1), Max: 4},
			{Hub: "b", Kind: "rich", Need: Vector{CPU: 2000, Memory: 2048}, Price: price(5), Max: 4},
			{Hub: "c", Kind: "mid", Need: Vector{CPU: 2000, Memory: 2048}, Price: price(3), Max: 4},
		},
	}
	before, err := Solve(p, Budget{})
	if err != nil {
		t.Fatal(err)
	}
	if got := before.Units; got[0] != 0 || got[1] != 4 || got[2] != 0 {
		t.Fatalf("got %v, want [0 4 0] before the change", got)
	}
	// Hub b then drops its price to nothing: its running units stay while b lives.
	tests := []struct {
		name    string
		running []int64
		rich    int64 // b's new price
		dropB   bool
		want    []int64
	}{
		{"b cheaper, its units stay", []int64{0, 4, 0}, 0, false, []int64{0, 4, 0}},
		{"b cheaper, two units running", []int64{0, 2, 0}, 0, false, []int64{0, 2, 2}},
		{"b gone", []int64{0, 4, 0}, 0, true, []int64{0, 4}},
		{"b over its max now", []int64{0, 3, 0}, 5, false, []int64{0, 3, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p
			q.Offers = append([]Offer(nil), p.Offers...)
			for i := range q.Offers {
				q.Offers[i].Running = tc.running[i]
			}
			q.Offers[1].Price = price(tc.rich)
			if tc.name == "b over its max now" {
				q.Offers[1].Max = 1
			}
			if tc.dropB {
				q.Offers = []Offer{q.Offers[0], q.Offers[2]}
				q.Hubs = []Hub{q.Hubs[0], q.Hubs[2]}
				tc.want = []int64{0, 4}
			}
			a, err := Solve(q, Budget{})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(a.Units) != fmt.Sprint(tc.want) {
				t.Fatalf("got %v, want %v", a.Units, tc.want)
			}
		})
	}
}

func TestBudgetReportsGap(t *testing.T) {
	p := randomProblem(rand.New(rand.NewPCG(5, 6)), 300, 30, 20)
	p.Rule.MaxSharePermille = 200
	for i := range p.Offers {
		p.Offers[i].Running = 0
	}
	full, err := Solve(p, Budget{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := Solve(p, Budget{MaxNodes: 1})
	if err != nil {
		t.Fatal(err)
	}
	if a.Optimal && full.Nodes > 1 {
		t.Fatalf("got optimal after 1 node, want the budget to cut a %d-node search", full.Nodes)
	}
	if a.Bound.Cmp(full.Expected) < 0 {
		t.Fatalf("got bound %s, want at least the optimum %s", a.Bound, full.Expected)
	}
	if a.Gap < 0 || a.Gap > 1 {
		t.Fatalf("got gap %v, want in [0, 1]", a.Gap)
	}
	clock := time.Unix(0, 0)
	now := func() time.Time { clock = clock.Add(time.Millisecond); return clock }
	b, err := Solve(p, Budget{Now: now, Deadline: time.Unix(0, 0)})
	if !errors.Is(err, ErrBudget) && (err != nil || b.Optimal && full.Nodes > 0) {
		t.Fatalf("got %v, optimal %v with a spent deadline, want ErrBudget or a cut search", err, b.Optimal)
	}
}

func TestInvalidProblems(t *testing.T) {
	ok := Problem{
		Capacity: Vector{CPU: 1000},
		Hubs:     []Hub{{ID: "a", Status: StatusSafe, PaidPermille: 1000}},
		Offers:   []Offer{{Hub: "a", Need: Vector{CPU: 100}, Price: big.NewInt(1), Max: 1}},
		Rule:     Rule{MaxSharePermille: 1000},
	}
	tests := []struct {
		name string
		edit func(p *Problem)
	}{
		{"share zero", func(p *Problem) { p.Rule.MaxSharePermille = 0 }},
		{"share over 1000", func(p *Problem) { p.Rule.MaxSharePermille = 1001 }},
		{"unknown hub", func(p *Problem) { p.Offers[0].Hub = "z" }},
		{"nil price", func(p *Problem) { p.Offers[0].Price = nil }},
		{"negative price", func(p *Problem) { p.Offers[0].Price = big.NewInt(-1) }},
		{"negative need", func(p *Problem) { p.Offers[0].Need[CPU] = -1 }},
		{"huge max", func(p *Problem) { p.Offers[0].Max = math.MaxInt64 }},
		{"bad status", func(p *Problem) { p.Hubs[0].Status = "great" }},
		{"repeated hub", func(p *Problem) { p.Hubs = append(p.Hubs, p.Hubs[0]) }},
		{"paid over 1000", func(p *Problem) { p.Hubs[0].PaidPermille = 1001 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ok
			p.Hubs = append([]Hub(nil), ok.Hubs...)
			p.Offers = append([]Offer(nil), ok.Offers...)
			tc.edit(&p)
			if _, err := Solve(p, Budget{}); !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v, want ErrInvalid", err)
			}
		})
	}
}

// TestHugeUnitsInFlight: running units whose resource sums pass the int64
// range must read as too many, not wrap around to fit.
func TestHugeUnitsInFlight(t *testing.T) {
	p := Problem{
		Capacity: Vector{CPU: 1 << 40},
		Hubs:     []Hub{{ID: "a", Status: StatusSafe, PaidPermille: 1000}},
		Rule:     Rule{MaxSharePermille: 1000},
	}
	for range 16 {
		p.Offers = append(p.Offers, Offer{Hub: "a", Need: Vector{CPU: 1 << 40}, Price: big.NewInt(1), Max: 1 << 20, Running: 1 << 20})
	}
	if a, err := Solve(p, Budget{}); !errors.Is(err, ErrInfeasible) {
		t.Fatalf("got %v (units %v), want ErrInfeasible", err, a.Units)
	}
}

func TestTooManyOffers(t *testing.T) {
	p := Problem{
		Capacity: Vector{CPU: 1000},
		Hubs:     []Hub{{ID: "a", Status: StatusSafe, PaidPermille: 1000}},
		Rule:     Rule{MaxSharePermille: 1000},
	}
	for range MaxOffers + 1 {
		p.Offers = append(p.Offers, Offer{Hub: "a", Need: Vector{CPU: 1}, Price: big.NewInt(1), Max: 1})
	}
	if _, err := Solve(p, Budget{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want ErrInvalid", err)
	}
}
