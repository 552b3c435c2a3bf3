package briefcase

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
)

// market draws an instance like the benchmark's (bench/briefcase): hubs of
// mixed standing, ten kinds of work each, cut from eight shapes with jitter.
func market(r *rand.Rand, offers, hubs, share int) Problem {
	const gib = 1024
	p := Problem{
		Capacity: Vector{64000, 256 * gib, 4, 2048 * gib, 10000},
		Rule:     Rule{MaxSharePermille: share, CheckedPermille: 800, UnknownPermille: 300},
	}
	for h := range hubs {
		status := StatusSafe
		switch x := r.IntN(10); {
		case x >= 9:
			status = StatusNotConfirmed
		case x >= 6:
			status = StatusChecked
		}
		p.Hubs = append(p.Hubs, Hub{ID: fmt.Sprintf("hub%03d", h), Status: status, PaidPermille: 800 + r.IntN(201)})
	}
	shapes := []Vector{
		{1000, 2 * gib, 0, 10 * gib, 10}, {4000, 8 * gib, 0, 40 * gib, 50}, {16000, 64 * gib, 0, 100 * gib, 100},
		{2000, 32 * gib, 0, 20 * gib, 20}, {8000, 32 * gib, 1, 200 * gib, 200}, {1000, 4 * gib, 0, 500 * gib, 100},
		{1000, 1 * gib, 0, 5 * gib, 1000}, {2000, 4 * gib, 0, 20 * gib, 300},
	}
	rate := [NumResources]float64{1e13, 2e12 / gib, 2e17, 1e11 / gib, 1e13}
	for i := range offers {
		need := shapes[r.IntN(len(shapes))]
		for k := range need {
			if k != int(GPU) && need[k] > 0 {
				need[k] = need[k] * int64(75+r.IntN(51)) / 100
			}
		}
		price := 0.0
		for k := range need {
			price += rate[k] * float64(need[k])
		}
		price *= (0.7 + 0.6*r.Float64()) * (0.9 + 0.2*r.Float64())
		pw, _ := big.NewFloat(price).Int(nil)
		p.Offers = append(p.Offers, Offer{Hub: p.Hubs[i%hubs].ID, Kind: fmt.Sprintf("kind%d", i/hubs), Need: need, Price: pw, Max: int64(1 + r.IntN(16))})
	}
	return p
}

// TestBoundNeverRises: the bound reported when the budget cuts the search
// never exceeds the root LP's. It once did: a unit fixed for good at one
// count but branched to another in a node was folded into the tableau at the
// first and read back at the second, and node LPs broke the capacity.
func TestBoundNeverRises(t *testing.T) {
	for _, share := range []int{1000, 250} {
		p := market(rand.New(rand.NewPCG(1, 0x5eed)), 1000, 100, share)
		root, err := Solve(p, Budget{MaxNodes: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{10, 100, 1000, 3000} {
			a, err := Solve(p, Budget{MaxNodes: n})
			if err != nil {
				t.Fatal(err)
			}
			if a.Bound.Cmp(root.Bound) > 0 {
				t.Fatalf("share %d‰, %d nodes: got bound %s, want at most the root's %s", share, n, a.Bound, root.Bound)
			}
		}
	}
}
