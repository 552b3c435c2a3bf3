// Command gossip measures how fast a hub announcement spreads over the sonm
// bus: it starts 100 libp2p nodes on loopback in one process, connects each to
// a few random others, publishes signed announcements from one of them and
// prints, one "NAME VALUE" line each, the propagation percentiles, the CPU
// time per message, and their ratios against a one-hop reference measured in
// the same run.
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"syscall"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/trust"
)

func main() {
	nodes := flag.Int("nodes", 100, "nodes in the network")
	degree := flag.Int("degree", 6, "peers each node dials")
	messages := flag.Int("messages", 40, "announcements to time")
	interval := flag.Duration("interval", 100*time.Millisecond, "time between announcements")
	seed := flag.Uint64("seed", 1, "topology seed")
	flag.Parse()
	if err := run(*nodes, *degree, *messages, *interval, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gossip:", err)
		os.Exit(1)
	}
}

// warmUpBase numbers warm-up messages apart from timed ones.
const warmUpBase = 1 << 62

// recorder keeps the latency of every delivery.
type recorder struct {
	mu  sync.Mutex
	lat []time.Duration
	got map[uint64]int // message -> deliveries
}

func (r *recorder) add(id uint64, d time.Duration) {
	r.mu.Lock()
	if id < warmUpBase { // warm-up messages arriving late are not timed
		r.lat = append(r.lat, d)
	}
	r.got[id]++
	r.mu.Unlock()
}

func startNodes(ctx context.Context, n int) ([]*p2p.Node, error) {
	cfg := p2p.LoopbackConfig()
	cfg.PublishRate = 0 // measure the network, not the flood guard
	out := make([]*p2p.Node, n)
	for i := range out {
		key, err := ethcrypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		node, err := p2p.New(cfg, key, nil, time.Now)
		if err != nil {
			return nil, err
		}
		if err := node.Start(ctx); err != nil {
			return nil, err
		}
		out[i] = node
	}
	return out, nil
}

// listen records the latency of every announcement each node receives; the
// payload carries its send time after an 8-byte message id.
func listen(ctx context.Context, nodes []*p2p.Node, rec *recorder) error {
	for _, n := range nodes {
		sub, err := n.Subscribe(p2p.TopicHubs)
		if err != nil {
			return err
		}
		go func() {
			for {
				m, err := sub.Next(ctx)
				if err != nil {
					return
				}
				if m.Local || len(m.Payload) < 16 {
					continue
				}
				id := binary.BigEndian.Uint64(m.Payload)
				sent := time.Unix(0, int64(binary.BigEndian.Uint64(m.Payload[8:])))
				rec.add(id, time.Since(sent))
			}
		}()
	}
	return nil
}

// announcement is a realistic payload: a signed hub announcement.
func announcement(key *ecdsa.PrivateKey) ([]byte, error) {
	a := trust.Announcement{Name: "bench-hub", Endpoints: []string{"127.0.0.1:10001"}, BuyerWei: "2000000000000000000", MinerWei: "1500000000000000000"}
	if err := a.Sign(key); err != nil {
		return nil, err
	}
	return a.Encode()
}

func payload(id uint64, body []byte) []byte {
	b := make([]byte, 16, 16+len(body))
	binary.BigEndian.PutUint64(b, id)
	binary.BigEndian.PutUint64(b[8:], uint64(time.Now().UnixNano()))
	return append(b, body...)
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure publishes count messages from pub and waits until each has reached
// want receivers (or a timeout).
func measure(ctx context.Context, pub *p2p.Node, rec *recorder, first uint64, count, want int, interval time.Duration, body []byte) (cpu time.Duration, complete int, err error) {
	c0 := cpuTime()
	for i := range count {
		if err := pub.Publish(ctx, p2p.TopicHubs, payload(first+uint64(i), body)); err != nil {
			return 0, 0, err
		}
		time.Sleep(interval)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		rec.mu.Lock()
		complete = 0
		for i := range count {
			if rec.got[first+uint64(i)] >= want {
				complete++
			}
		}
		rec.mu.Unlock()
		if complete == count || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return cpuTime() - c0, complete, nil
}

func pct(d []time.Duration, p float64) float64 {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return float64(s[i].Microseconds()) / 1000
}

// warmUp publishes until every node has received something: the mesh has
// formed.
func warmUp(ctx context.Context, pub *p2p.Node, rec *recorder, want int, body []byte) error {
	deadline := time.Now().Add(30 * time.Second)
	for id := warmUpBase + uint64(time.Now().UnixNano()%1e9); ; id++ {
		if err := pub.Publish(ctx, p2p.TopicHubs, payload(id, body)); err != nil {
			return err
		}
		time.Sleep(200 * time.Millisecond)
		rec.mu.Lock()
		done := rec.got[id] >= want
		rec.mu.Unlock()
		if done {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("mesh did not form in 30s")
		}
	}
}

func run(n, degree, messages int, interval time.Duration, seed uint64) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	key, _ := ethcrypto.GenerateKey()
	body, err := announcement(key)
	if err != nil {
		return err
	}

	// Reference: two directly connected nodes, one hop.
	pair, err := startNodes(ctx, 2)
	if err != nil {
		return err
	}
	if err := pair[1].Connect(ctx, pair[0].Addrs()[0]); err != nil {
		return err
	}
	refRec := &recorder{got: map[uint64]int{}}
	if err := listen(ctx, pair[1:], refRec); err != nil {
		return err
	}
	if err := warmUp(ctx, pair[0], refRec, 1, body); err != nil {
		return err
	}
	refRec.lat = nil
	refCPU, _, err := measure(ctx, pair[0], refRec, 0, messages, 1, interval, body)
	if err != nil {
		return err
	}
	refLat := slices.Clone(refRec.lat)
	for _, p := range pair {
		_ = p.Close()
	}

	start := time.Now()
	nodes, err := startNodes(ctx, n)
	if err != nil {
		return err
	}
	defer func() {
		for _, nd := range nodes {
			_ = nd.Close()
		}
	}()
	rng := rand.New(rand.NewPCG(seed, seed))
	for i, nd := range nodes {
		// A ring keeps the graph connected; random chords keep it small-world.
		targets := []int{(i + 1) % n}
		for len(targets) < degree {
			if j := rng.IntN(n); j != i && !slices.Contains(targets, j) {
				targets = append(targets, j)
			}
		}
		for _, j := range targets {
			if err := nd.Connect(ctx, nodes[j].Addrs()[0]); err != nil {
				return err
			}
		}
	}
	rec := &recorder{got: map[uint64]int{}}
	if err := listen(ctx, nodes[1:], rec); err != nil {
		return err
	}
	if err := warmUp(ctx, nodes[0], rec, n-1, body); err != nil {
		return err
	}
	setup := time.Since(start)
	rec.mu.Lock()
	rec.lat = nil
	rec.mu.Unlock()
	cpu, complete, err := measure(ctx, nodes[0], rec, 0, messages, n-1, interval, body)
	if err != nil {
		return err
	}
	rec.mu.Lock()
	lat := slices.Clone(rec.lat)
	rec.mu.Unlock()

	p50, p99 := pct(lat, 0.50), pct(lat, 0.99)
	r50, r99 := pct(refLat, 0.50), pct(refLat, 0.99)
	cpuPerMsg := float64(cpu.Microseconds()) / float64(messages)
	refCPUPerMsg := float64(refCPU.Microseconds()) / float64(messages)
	fmt.Printf("nodes %d\n", n)
	fmt.Printf("messages %d\n", messages)
	fmt.Printf("setup_s %.1f\n", setup.Seconds())
	fmt.Printf("delivered_fraction %.4f\n", float64(len(lat))/float64(messages*(n-1)))
	fmt.Printf("messages_reaching_all %d\n", complete)
	fmt.Printf("propagation_p50_ms %.2f\n", p50)
	fmt.Printf("propagation_p99_ms %.2f\n", p99)
	fmt.Printf("cpu_us_per_message %.0f\n", cpuPerMsg)
	fmt.Printf("cpu_us_per_delivery %.1f\n", cpuPerMsg/float64(n-1))
	fmt.Printf("reference_one_hop_p50_ms %.2f\n", r50)
	fmt.Printf("reference_one_hop_p99_ms %.2f\n", r99)
	fmt.Printf("reference_one_hop_cpu_us_per_message %.0f\n", refCPUPerMsg)
	if r50 > 0 {
		fmt.Printf("propagation_p50_vs_one_hop %.2f\n", p50/r50)
		fmt.Printf("propagation_p99_vs_one_hop %.2f\n", p99/max(r99, 0.001))
	}
	if refCPUPerMsg > 0 {
		fmt.Printf("cpu_per_message_vs_one_hop %.1f\n", cpuPerMsg/refCPUPerMsg)
	}
	return nil
}
