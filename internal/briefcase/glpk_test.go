package briefcase

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// writeCPLEX writes m as a CPLEX LP file for glpsol: the same scaled
// objective, the capacity rows in exact integers, one share row per hub.
func writeCPLEX(m *model) string {
	var b strings.Builder
	b.WriteString("Maximize\n obj:")
	for i, e := range m.e {
		fmt.Fprintf(&b, " %+.17g x%d", e, i)
	}
	b.WriteString("\nSubject To\n")
	for k, c := range m.cap {
		var terms []string
		for i := range m.need {
			if n := m.need[i][k]; n > 0 {
				terms = append(terms, fmt.Sprintf("+ %d x%d", n, i))
			}
		}
		if len(terms) > 0 {
			fmt.Fprintf(&b, " cap%d: %s <= %d\n", k, strings.Join(terms, " "), c)
		}
	}
	if m.share < 1 {
		for h := range m.nh {
			var terms []string
			for i, e := range m.e {
				c := -m.share * e
				if m.hubOf[i] == h {
					c += e
				}
				if c != 0 {
					// GLPK checks rows with an absolute tolerance: rows in
					// units of a millionth of the best unit's earnings.
					terms = append(terms, fmt.Sprintf("%+.17g x%d", c*1e6, i))
				}
			}
			if len(terms) > 0 {
				fmt.Fprintf(&b, " share%d: %s <= 0\n", h, strings.Join(terms, " "))
			}
		}
	}
	b.WriteString("Bounds\n")
	for i := range m.lo {
		fmt.Fprintf(&b, " %d <= x%d <= %d\n", m.lo[i], i, m.hi[i])
	}
	b.WriteString("General\n")
	for i := range m.lo {
		fmt.Fprintf(&b, " x%d\n", i)
	}
	b.WriteString("End\n")
	return b.String()
}

var glpObjective = regexp.MustCompile(`Objective:\s+obj = (\S+)`)

// glpsol solves the instance with GLPK and returns its objective, or false
// when GLPK finds no integer solution.
func glpsol(t *testing.T, bin string, m *model, name string) (float64, bool) {
	t.Helper()
	dir := t.TempDir()
	lp := filepath.Join(dir, name+".lp")
	out := filepath.Join(dir, name+".txt")
	if err := os.WriteFile(lp, []byte(writeCPLEX(m)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--lp", lp, "-o", out, "--tmlim", "120")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("glpsol: %v\n%s", err, msg)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	switch {
	case strings.Contains(text, "INTEGER OPTIMAL"):
	case strings.Contains(text, "INTEGER EMPTY"), strings.Contains(text, "UNDEFINED"):
		return 0, false
	default:
		t.Fatalf("glpsol did not prove its answer:\n%s", text)
	}
	mm := glpObjective.FindStringSubmatch(text)
	if mm == nil {
		t.Fatalf("no objective in glpsol output:\n%s", text)
	}
	v, err := strconv.ParseFloat(mm[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v, true
}

// TestSolveMatchesGLPK compares the optimum with GLPK's on random instances.
// CI installs glpk-utils; elsewhere the test skips unless
// SONM_REQUIRE_GLPK=1 or CI=true says glpsol must be there.
func TestSolveMatchesGLPK(t *testing.T) {
	bin, err := exec.LookPath("glpsol")
	if err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("SONM_REQUIRE_GLPK") == "1" {
			t.Fatalf("glpsol not found (apt-get install glpk-utils): %v", err)
		}
		t.Skip("glpsol not found: apt-get install glpk-utils to compare with GLPK")
	}
	r := rand.New(rand.NewPCG(7, 8))
	solved := 0
	defer func() {
		if !t.Failed() && solved < 35 {
			t.Fatalf("got %d of 50 instances feasible, want at least 35 compared", solved)
		}
	}()
	for k := range 50 {
		p := randomProblem(r, 10+r.IntN(30), 2+r.IntN(6), 6)
		if k%5 != 0 { // units in flight make most instances infeasible
			for i := range p.Offers {
				p.Offers[i].Running = 0
			}
		}
		m, err := newModel(p)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := glpsol(t, bin, m, fmt.Sprintf("i%d", k))
		a, err := Solve(p, Budget{})
		if !ok {
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("instance %d: got %v, want ErrInfeasible as GLPK", k, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("instance %d: %v", k, err)
		}
		if !a.Optimal {
			t.Fatalf("instance %d: got not proven optimal, want optimal", k)
		}
		if got := m.value(a.Units); math.Abs(got-want) > 1e-6*max(want, 1) {
			t.Fatalf("instance %d: got %.9g, want GLPK's %.9g", k, got, want)
		}
		solved++
	}
}
