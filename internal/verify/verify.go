// Package verify decides what a unit's replicas prove: the Merkle root
// that commits to a replica's output files, and the verdict of a unit's
// reports (which root won, who is paid, who was outvoted, whether the
// unit needs more replicas or is given up). It is pure: no I/O, no clock,
// no logging. The hub feeds it the reports it holds and applies the
// verdict (writes, payouts, rescheduling, publishing).
package verify

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Report is what one replica of a unit came back with.
type Report struct {
	Replica uint64         `json:"replica"` // the hub's assignment id; unique within a unit
	Miner   common.Address `json:"miner"`
	Root    string         `json:"root,omitempty"` // OutputRoot of its files, compared exactly; empty when Failed
	Failed  bool           `json:"failed,omitempty"`
}

// Rule is what a unit's verdict asks of its reports.
type Rule struct {
	// Replication is how many reports must agree on a root to settle the
	// unit (below 1 counts as 1).
	Replication int `json:"replication"`
	// MaxFailures is how many failed reports fail the unit; 0 means
	// DefaultMaxFailures(Replication).
	MaxFailures int `json:"max_failures,omitempty"`
}

// DefaultMaxFailures is the failures a unit is allowed by default: a few
// broken miners, plus two per replica it needs.
func DefaultMaxFailures(replication int) int { return 3 + 2*replication }

func (r Rule) replication() int { return max(r.Replication, 1) }

func (r Rule) maxFailures() int {
	if r.MaxFailures > 0 {
		return r.MaxFailures
	}
	return DefaultMaxFailures(r.replication())
}

// State is where a unit stands after its reports.
type State int

const (
	// Pending: no root has Replication reports yet and the reports do not
	// disagree; Need more agreeing ones would settle it.
	Pending State = iota
	// Tied: the reports name different roots and none has Replication of
	// them; another replica must break the tie.
	Tied
	// Settled: Root has Replication reports (the largest group); Agreed
	// are paid, Outvoted are not.
	Settled
	// Failed: MaxFailures replicas failed; the unit (so its task) fails.
	Failed
	// Unresolved: more replicas reported (failed or not) than
	// MaxFailures+Replication without Replication agreeing: give up.
	Unresolved
)

var stateNames = [...]string{Pending: "pending", Tied: "tied", Settled: "settled", Failed: "failed", Unresolved: "unresolved"}

func (s State) String() string {
	if s >= 0 && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// MarshalText names the state (golden files, logs).
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name.
func (s *State) UnmarshalText(b []byte) error {
	for i, n := range stateNames {
		if n == string(b) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("unknown verdict state %q", b)
}

// Verdict is the outcome of a unit's reports. Its lists hold reports
// sorted by replica id: Agreed, Outvoted and Failed partition the reports
// of a settled unit, Waiting and Failed those of any other.
type Verdict struct {
	State State `json:"state"`
	// Root is the winning root (Settled only).
	Root string `json:"root,omitempty"`
	// Winner is the agreeing replica whose files make the unit's result:
	// the lowest-numbered one (Settled only).
	Winner   uint64   `json:"winner,omitempty"`
	Agreed   []Report `json:"agreed,omitempty"`   // reported Root: paid
	Outvoted []Report `json:"outvoted,omitempty"` // reported another root than Root: not paid
	Waiting  []Report `json:"waiting,omitempty"`  // succeeded, unit not settled: not judged yet
	Failed   []Report `json:"failed,omitempty"`   // failed: not paid
	// Best is the size of the largest group of equal roots, Roots the
	// number of distinct roots reported.
	Best  int `json:"best"`
	Roots int `json:"roots"`
	// Need is how many more agreeing reports would settle the unit
	// (Replication - Best); 0 once Settled.
	Need int `json:"need"`
}

// Agrees reports whether replica is among the Agreed: paid.
func (v Verdict) Agrees(replica uint64) bool {
	for _, r := range v.Agreed {
		if r.Replica == replica {
			return true
		}
	}
	return false
}

// Tally judges a unit's reports by rule. The verdict depends on the set
// of reports, not on their order; a replica id repeated counts once (the
// failed report if any, else the lowest root, then miner). Checked in this order: a
// root with Replication reports settles the unit (the largest group; on a
// tie of sizes, the one with the lowest replica id), MaxFailures failed
// reports fail it, more than MaxFailures+Replication reports leave it
// Unresolved, different roots leave it Tied, else it is Pending.
func Tally(reports []Report, rule Rule) Verdict {
	rs := slices.Clone(reports)
	slices.SortFunc(rs, func(a, b Report) int {
		if c := cmp.Compare(a.Replica, b.Replica); c != 0 {
			return c
		}
		if a.Failed != b.Failed {
			if a.Failed {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(a.Root, b.Root); c != 0 {
			return c
		}
		return a.Miner.Cmp(b.Miner)
	})
	rs = slices.CompactFunc(rs, func(a, b Report) bool { return a.Replica == b.Replica })

	repl := rule.replication()
	var v Verdict
	ok, failed := 0, 0
	for i, r := range rs {
		if r.Failed {
			failed++
			continue
		}
		ok++
		// Few replicas report per unit: counting pairs beats a map.
		n, seen := 0, false
		for j, r2 := range rs {
			if !r2.Failed && r2.Root == r.Root {
				n++
				seen = seen || j < i
			}
		}
		if !seen {
			v.Roots++
		}
		if n > v.Best {
			// Strictly larger: of equal groups, the first by replica id.
			v.Best = n
			v.Root = r.Root
			v.Winner = r.Replica
		}
	}
	switch {
	case v.Best >= repl:
		v.State = Settled
	case failed >= rule.maxFailures():
		v.State = Failed
	case ok+failed > rule.maxFailures()+repl:
		v.State = Unresolved
	case v.Roots > 1:
		v.State = Tied
	default:
		v.State = Pending
	}
	if v.State != Settled {
		v.Root, v.Winner = "", 0
		v.Need = repl - v.Best
	}
	for _, r := range rs {
		switch {
		case r.Failed:
			v.Failed = append(v.Failed, r)
		case v.State != Settled:
			v.Waiting = append(v.Waiting, r)
		case r.Root == v.Root:
			v.Agreed = append(v.Agreed, r)
		default:
			v.Outvoted = append(v.Outvoted, r)
		}
	}
	return v
}
