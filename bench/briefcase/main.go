// Command briefcase measures the briefcase optimizer on instances of a
// realistic market: 1,000 offers from 100 hubs over the five resources, the
// risk rule on. It prints one figure per line as NAME VALUE: the median time to
// a proven optimum, the gap left when the search is cut at 100 ms (the worst
// over the instances; 0 when all are proven), and the optimum's expected
// earnings over a greedy allocation's on the same instances (the mean).
package main

import (
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"syscall"
	"time"

	"github.com/sonm-io/sonm/internal/briefcase"
)

func main() {
	instances := flag.Int("instances", 5, "instances to solve")
	offers := flag.Int("offers", 1000, "offers per instance")
	hubs := flag.Int("hubs", 100, "hubs per instance")
	share := flag.Int("share", 250, "the risk rule's largest share of one hub, ‰")
	seed := flag.Uint64("seed", 1, "random seed of the instances")
	flag.Parse()
	if err := run(*instances, *offers, *hubs, *share, *seed); err != nil {
		fmt.Fprintf(os.Stderr, "briefcase bench: %v\n", err)
		os.Exit(1)
	}
}

func run(instances, offers, hubs, share int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	var times, cpus []float64
	var ratio float64
	worstGap := 0.0
	unproven := 0
	for k := range instances {
		p := instance(r, offers, hubs, share)
		cpu0 := cpuTime()
		start := time.Now()
		a, err := briefcase.Solve(p, briefcase.Budget{Now: time.Now, Deadline: start.Add(60 * time.Second)})
		elapsed := time.Since(start)
		cpus = append(cpus, float64((cpuTime()-cpu0).Microseconds())/1000)
		if err != nil {
			return fmt.Errorf("instance %d: %w", k, err)
		}
		if !a.Optimal {
			unproven++
		}
		times = append(times, float64(elapsed.Microseconds())/1000)
		start = time.Now()
		cut, err := briefcase.Solve(p, briefcase.Budget{Now: time.Now, Deadline: start.Add(100 * time.Millisecond)})
		if err != nil {
			return fmt.Errorf("instance %d at 100 ms: %w", k, err)
		}
		worstGap = max(worstGap, cut.Gap)
		g, err := briefcase.Greedy(p)
		if err != nil {
			return fmt.Errorf("instance %d greedy: %w", k, err)
		}
		if g.Expected.Sign() == 0 {
			return fmt.Errorf("instance %d: greedy earns nothing", k)
		}
		q, _ := new(big.Rat).SetFrac(a.Expected, g.Expected).Float64()
		ratio += q / float64(instances)
		fmt.Fprintf(os.Stderr, "instance %d: %.1f ms, %d nodes, optimal %v, %d hubs used, gap at 100 ms %.2g, greedy ratio %.4f\n",
			k, times[k], a.Nodes, a.Optimal, len(a.Hubs), cut.Gap, q)
	}
	slices.Sort(times)
	slices.Sort(cpus)
	fmt.Printf("solve_ms_%dx%d %.1f\n", offers, briefcase.NumResources, times[len(times)/2])
	// CPU time of the process over the solve: on a shared machine the wall
	// time also counts the other processes' turns.
	fmt.Printf("solve_cpu_ms_%dx%d %.1f\n", offers, briefcase.NumResources, cpus[len(cpus)/2])
	fmt.Printf("gap_at_100ms %.3g\n", worstGap)
	fmt.Printf("ratio_vs_greedy %.4f\n", ratio)
	fmt.Printf("unproven_in_60s %d\n", unproven)
	return nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// instance draws a market: hubs of mixed standing, each with ten kinds of
// work cut from a catalogue of shapes with some jitter, priced at a market
// rate per resource times the hub's own factor and noise.
func instance(r *rand.Rand, offers, hubs, share int) briefcase.Problem {
	const gib = 1024
	p := briefcase.Problem{
		// 64 cores, 256 GiB, 4 GPUs, 2 TiB disk, 10 Gbit/s.
		Capacity: briefcase.Vector{64000, 256 * gib, 4, 2048 * gib, 10000},
		Rule:     briefcase.Rule{MaxSharePermille: share, CheckedPermille: 800, UnknownPermille: 300},
	}
	for h := range hubs {
		status := briefcase.StatusSafe
		switch x := r.IntN(10); {
		case x >= 9:
			status = briefcase.StatusNotConfirmed
		case x >= 6:
			status = briefcase.StatusChecked
		}
		p.Hubs = append(p.Hubs, briefcase.Hub{ID: fmt.Sprintf("hub%03d", h), Status: status, PaidPermille: 800 + r.IntN(201)})
	}
	shapes := []briefcase.Vector{
		{1000, 2 * gib, 0, 10 * gib, 10},     // small batch
		{4000, 8 * gib, 0, 40 * gib, 50},     // medium batch
		{16000, 64 * gib, 0, 100 * gib, 100}, // large batch
		{2000, 32 * gib, 0, 20 * gib, 20},    // in-memory
		{8000, 32 * gib, 1, 200 * gib, 200},  // GPU training
		{1000, 4 * gib, 0, 500 * gib, 100},   // storage
		{1000, 1 * gib, 0, 5 * gib, 1000},    // bandwidth (CDN, seeding)
		{2000, 4 * gib, 0, 20 * gib, 300},    // web service
	}
	// Market rate in wei per hour of one base unit of each resource.
	rate := [briefcase.NumResources]float64{1e13, 2e12 / gib, 2e17, 1e11 / gib, 1e13}
	for i := range offers {
		hub := i % hubs
		need := shapes[r.IntN(len(shapes))]
		for k := range need {
			if k != int(briefcase.GPU) && need[k] > 0 {
				need[k] = need[k] * int64(75+r.IntN(51)) / 100
			}
		}
		price := 0.0
		for k := range need {
			price += rate[k] * float64(need[k])
		}
		price *= (0.7 + 0.6*r.Float64()) * (0.9 + 0.2*r.Float64())
		pw, _ := big.NewFloat(price).Int(nil)
		p.Offers = append(p.Offers, briefcase.Offer{
			Hub: p.Hubs[hub].ID, Kind: fmt.Sprintf("kind%d", i/hubs), Need: need, Price: pw, Max: int64(1 + r.IntN(16)),
		})
	}
	return p
}
