package verify

import (
	"reflect"
	"slices"
	"testing"

	"github.com/sonm-io/sonm/internal/golden"

	"github.com/ethereum/go-ethereum/common"
)

type tallyCase struct {
	Name    string   `json:"name"`
	Rule    Rule     `json:"rule"`
	Reports []Report `json:"reports"`
}

type tallyResult struct {
	Name    string  `json:"name"`
	Verdict Verdict `json:"verdict"`
}

func TestTallyGolden(t *testing.T) {
	cases := golden.Load[tallyCase](t, "tally_cases.json")
	var results []tallyResult
	for _, c := range cases {
		results = append(results, tallyResult{Name: c.Name, Verdict: Tally(c.Reports, c.Rule)})
	}
	golden.Check(t, "tally_golden.json", results, func(r tallyResult) string { return r.Name })
}

func TestTallyMatchesTheHubsVote(t *testing.T) {
	roots := []string{"A", "B", "C"}
	for repl := 1; repl <= 4; repl++ {
		// Every sequence of up to 6 successful reports over 3 roots.
		var walk func(seq []string)
		walk = func(seq []string) {
			var rs []Report
			for i, root := range seq {
				rs = append(rs, Report{Replica: uint64(i + 1), Root: root})
			}
			v := Tally(rs, Rule{Replication: repl})
			best, distinct := oldAgreement(seq)
			if v.Best != best || v.Roots != distinct {
				t.Fatalf("repl %d %v: got best %d roots %d, want %d %d", repl, seq, v.Best, v.Roots, best, distinct)
			}
			settled := v.State == Settled
			if settled != (best >= repl) {
				t.Fatalf("repl %d %v: got %s, want settled %v", repl, seq, v.State, best >= repl)
			}
			if settled && v.Root != oldWinner(seq, repl) {
				t.Fatalf("repl %d %v: got root %s, want %s", repl, seq, v.Root, oldWinner(seq, repl))
			}
			if !settled && v.Need != repl-best {
				t.Fatalf("repl %d %v: got need %d, want %d", repl, seq, v.Need, repl-best)
			}
			if settled || len(seq) == 6 {
				return // the hub votes on each report: it never goes past a settled unit
			}
			for _, r := range roots {
				walk(append(slices.Clone(seq), r))
			}
		}
		walk(nil)
	}
}

func oldAgreement(roots []string) (best, distinct int) {
	for i, root := range roots {
		n, seenBefore := 0, false
		for j, r2 := range roots {
			if r2 == root {
				n++
				if j < i {
					seenBefore = true
				}
			}
		}
		if !seenBefore {
			distinct++
		}
		best = max(best, n)
	}
	return best, distinct
}

func oldWinner(roots []string, repl int) string {
	for _, root := range roots {
		n := 0
		for _, r2 := range roots {
			if r2 == root {
				n++
			}
		}
		if n >= repl {
			return root
		}
	}
	return ""
}

// TestTallyGivesUpAsTheHubDid checks the failure and agreement bounds the
// hub applied (3 + 2 x replication failures; more reports than that plus
// replication without agreement).
func TestTallyGivesUpAsTheHubDid(t *testing.T) {
	tests := []struct {
		name     string
		repl     int
		maxF     int
		ok       []string
		failures int
		want     State
	}{
		{"failures below the default bound", 2, 0, nil, 6, Pending},
		{"failures at the default bound", 2, 0, nil, 7, Failed},
		{"failures at a configured bound", 2, 2, []string{"A"}, 2, Failed},
		{"reports at the agreement bound", 2, 2, []string{"A", "B", "C"}, 1, Tied},
		{"reports past the agreement bound", 2, 2, []string{"A", "B", "C", "D"}, 1, Unresolved},
		{"failure bound before agreement bound", 2, 2, []string{"A", "B", "C"}, 2, Failed},
		{"a winner before any bound", 2, 2, []string{"A", "B", "C", "A"}, 3, Settled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rs []Report
			for i, r := range tc.ok {
				rs = append(rs, Report{Replica: uint64(i + 1), Root: r})
			}
			for i := range tc.failures {
				rs = append(rs, Report{Replica: uint64(100 + i), Failed: true})
			}
			if got := Tally(rs, Rule{Replication: tc.repl, MaxFailures: tc.maxF}).State; got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// FuzzTally decodes reports from bytes (3 a report: replica id, root or
// failure, miner) and checks the verdict's invariants.
func FuzzTally(f *testing.F) {
	f.Add([]byte{1, 0, 1, 2, 0, 2}, uint8(2), uint8(0))
	f.Add([]byte{1, 0, 1, 2, 1, 2, 3, 0, 3}, uint8(2), uint8(0))
	f.Add([]byte{1, 4, 1, 2, 4, 2, 3, 4, 3}, uint8(1), uint8(2))
	f.Add([]byte{1, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3}, uint8(3), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, repl, maxF uint8) {
		if len(data) > 3*64 {
			data = data[:3*64]
		}
		var rs []Report
		for i := 0; i+3 <= len(data); i += 3 {
			r := Report{Replica: uint64(data[i]), Miner: common.BytesToAddress([]byte{data[i+2]})}
			if k := data[i+1] % 5; k == 4 {
				r.Failed = true
			} else {
				r.Root = string(rune('A' + k))
			}
			rs = append(rs, r)
		}
		rule := Rule{Replication: int(repl % 8), MaxFailures: int(maxF % 12)}
		in := slices.Clone(rs)
		v := Tally(rs, rule)
		if !reflect.DeepEqual(rs, in) {
			t.Fatal("Tally changed its input")
		}
		// The same set of reports in another order: the same verdict.
		rev := slices.Clone(rs)
		slices.Reverse(rev)
		if v2 := Tally(rev, rule); !reflect.DeepEqual(v, v2) {
			t.Fatalf("got %+v for the reports reversed, want %+v", v2, v)
		}
		if len(rs) > 1 {
			rot := append(slices.Clone(rs[1:]), rs[0])
			if v2 := Tally(rot, rule); !reflect.DeepEqual(v, v2) {
				t.Fatalf("got %+v for the reports rotated, want %+v", v2, v)
			}
		}
		checkVerdict(t, rs, rule, v)
	})
}

func checkVerdict(t *testing.T, rs []Report, rule Rule, v Verdict) {
	t.Helper()
	repl := max(rule.Replication, 1)
	maxF := rule.MaxFailures
	if maxF <= 0 {
		maxF = DefaultMaxFailures(repl)
	}
	// The lists partition the distinct replicas, each a report given.
	ids := map[uint64]bool{}
	for _, r := range rs {
		ids[r.Replica] = true
	}
	seen := map[uint64]bool{}
	roots := map[string]int{}
	for _, list := range [][]Report{v.Agreed, v.Outvoted, v.Waiting, v.Failed} {
		if !slices.IsSortedFunc(list, func(a, b Report) int { return int(a.Replica) - int(b.Replica) }) {
			t.Fatalf("got %v, want sorted by replica", list)
		}
		for _, r := range list {
			if seen[r.Replica] {
				t.Fatalf("replica %d is in two lists of %+v", r.Replica, v)
			}
			seen[r.Replica] = true
			if !slices.Contains(rs, r) {
				t.Fatalf("got %+v in the verdict, want only reports given", r)
			}
			if !r.Failed {
				roots[r.Root]++
			}
		}
	}
	for _, r := range rs {
		if v.Agrees(r.Replica) != slices.ContainsFunc(v.Agreed, func(a Report) bool { return a.Replica == r.Replica }) {
			t.Fatalf("got Agrees(%d) %v, want it true exactly for the agreed", r.Replica, v.Agrees(r.Replica))
		}
	}
	if len(seen) != len(ids) {
		t.Fatalf("got %d replicas in the verdict, want %d", len(seen), len(ids))
	}
	best := 0
	for _, n := range roots {
		best = max(best, n)
	}
	if v.Best != best || v.Roots != len(roots) {
		t.Fatalf("got best %d roots %d, want %d %d", v.Best, v.Roots, best, len(roots))
	}
	for _, r := range v.Failed {
		if !r.Failed {
			t.Fatalf("got %+v among the failed", r)
		}
	}
	if v.State == Settled {
		if len(v.Agreed) < repl || len(v.Agreed) != v.Best || v.Need != 0 || len(v.Waiting) != 0 {
			t.Fatalf("got settled %+v, want Best >= %d agreed, no need, none waiting", v, repl)
		}
		if v.Winner != v.Agreed[0].Replica {
			t.Fatalf("got winner %d, want the lowest agreed %d", v.Winner, v.Agreed[0].Replica)
		}
		for _, r := range v.Agreed {
			if r.Root != v.Root {
				t.Fatalf("got agreed %+v, want root %s", r, v.Root)
			}
		}
		for _, r := range v.Outvoted {
			if r.Root == v.Root {
				t.Fatalf("got outvoted %+v with the winning root", r)
			}
		}
		return
	}
	if len(v.Agreed)+len(v.Outvoted) != 0 || v.Root != "" || v.Winner != 0 || v.Need != repl-v.Best || v.Need < 1 {
		t.Fatalf("got %+v, want no winner and need %d", v, repl-v.Best)
	}
	switch {
	case len(v.Failed) >= maxF:
		if v.State != Failed {
			t.Fatalf("got %s with %d failures, want failed", v.State, len(v.Failed))
		}
	case len(v.Failed)+len(v.Waiting) > maxF+repl:
		if v.State != Unresolved {
			t.Fatalf("got %s, want unresolved", v.State)
		}
	case v.Roots > 1:
		if v.State != Tied {
			t.Fatalf("got %s, want tied", v.State)
		}
	default:
		if v.State != Pending {
			t.Fatalf("got %s, want pending", v.State)
		}
	}
}
