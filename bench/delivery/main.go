// Command delivery measures torrent transfer on loopback against a plain TCP
// copy of the same bytes, measured in the same run. It prints one figure per
// line as NAME VALUE.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/sonm-io/sonm/internal/delivery"
)

func main() {
	size := flag.String("size", "1GiB", "bytes to move, e.g. 64MiB")
	fanout := flag.Int("fanout", 4, "leechers in the fan-out run")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile here")
	flag.BoolVar(&trace, "trace", false, "print each leecher's progress to stderr every 250ms")
	flag.StringVar(&profilePhase, "profile", "all", "what the CPU profile covers: all (the whole run), one (the one-leecher transfer) or fanout")
	flag.Parse()
	switch profilePhase {
	case "all", "one", "fanout":
	default:
		fmt.Fprintf(os.Stderr, "bad -profile %q: want all, one or fanout\n", profilePhase)
		os.Exit(2)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "cpu profile: %v\n", err)
			os.Exit(2)
		}
		profileFile = f
		defer f.Close()
		defer pprof.StopCPUProfile()
		startProfile("all")
	}
	n, err := delivery.ParseSize(*size)
	if err != nil || n <= 0 {
		fmt.Fprintf(os.Stderr, "bad -size %q: %v\n", *size, err)
		os.Exit(2)
	}
	if err := run(context.Background(), n, *fanout); err != nil {
		fmt.Fprintf(os.Stderr, "delivery bench: %v\n", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

var (
	trace        bool
	profilePhase string
	profileFile  *os.File
)

// startProfile starts the CPU profile if it covers this phase; stopProfile
// ends it after the phase unless it covers the whole run.
func startProfile(phase string) {
	if profileFile == nil || phase != profilePhase {
		return
	}
	if err := pprof.StartCPUProfile(profileFile); err != nil {
		fmt.Fprintf(os.Stderr, "cpu profile: %v\n", err)
		os.Exit(2)
	}
}

func stopProfile(phase string) {
	if profileFile != nil && phase == profilePhase {
		pprof.StopCPUProfile()
	}
}

func run(ctx context.Context, size int64, fanout int) error {
	tmp, err := os.MkdirTemp("", "sonm-bench-delivery-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	src := filepath.Join(tmp, "src", "payload.bin")
	if err := writeRandom(src, size); err != nil {
		return err
	}
	fmt.Printf("size_bytes %d\n", size)

	cpu0 := cpuSeconds()
	tcpSec, err := tcpCopy(filepath.Join(tmp, "tcp.bin"), src)
	if err != nil {
		return fmt.Errorf("tcp copy: %w", err)
	}
	fmt.Printf("tcp_seconds %.3f\n", tcpSec)
	fmt.Printf("tcp_cpu_seconds %.3f\n", cpuSeconds()-cpu0)
	fmt.Printf("tcp_MiBps %.1f\n", float64(size)/tcpSec/(1<<20))

	seeder, err := startNode(ctx, "127.0.0.2")
	if err != nil {
		return err
	}
	defer seeder.Close()
	t0 := time.Now()
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		return err
	}
	fmt.Printf("share_hash_seconds %.3f\n", time.Since(t0).Seconds())
	fmt.Printf("piece_length %d\n", sh.PieceLength)

	startProfile("one")
	cpu0 = cpuSeconds()
	secs, err := fetchAll(ctx, tmp, "one", sh, seeder.Addr(), 1)
	cpu := cpuSeconds() - cpu0
	stopProfile("one")
	if err != nil {
		return err
	}
	fmt.Printf("torrent_seconds %.3f\n", secs)
	fmt.Printf("torrent_MiBps %.1f\n", float64(size)/secs/(1<<20))
	fmt.Printf("torrent_cpu_seconds %.3f\n", cpu)
	fmt.Printf("ratio_vs_tcp %.3f\n", tcpSec/secs)

	if fanout < 1 {
		return nil
	}
	startProfile("fanout")
	cpu0 = cpuSeconds()
	secs, err = fetchAll(ctx, tmp, "fan", sh, seeder.Addr(), fanout)
	cpu = cpuSeconds() - cpu0
	stopProfile("fanout")
	if err != nil {
		return err
	}
	fmt.Printf("fanout%d_seconds %.3f\n", fanout, secs)
	fmt.Printf("fanout%d_cpu_seconds %.3f\n", fanout, cpu)
	fmt.Printf("fanout%d_ratio_vs_tcp_each %.3f\n", fanout, tcpSec/secs)
	return nil
}

func startNode(ctx context.Context, ip string) (*delivery.Node, error) {
	n, err := delivery.New(delivery.Config{ListenAddr: ip + ":0"}, nil)
	if err != nil {
		return nil, err
	}
	if err := n.Start(ctx); err != nil {
		return nil, err
	}
	return n, nil
}

// fetchAll starts k leechers that know the seeder and each other, and
// returns the seconds until the last one has everything.
func fetchAll(ctx context.Context, tmp, tag string, sh delivery.Shared, seeder string, k int) (float64, error) {
	nodes := make([]*delivery.Node, k)
	for i := range nodes {
		n, err := startNode(ctx, fmt.Sprintf("127.0.1.%d", 10+i))
		if err != nil {
			return 0, err
		}
		defer n.Close()
		nodes[i] = n
	}
	errs := make([]error, k)
	var wg sync.WaitGroup
	start := time.Now()
	for i, n := range nodes {
		peers := []string{seeder}
		for j, o := range nodes {
			if j != i {
				peers = append(peers, o.Addr())
			}
		}
		dir := filepath.Join(tmp, fmt.Sprintf("%s%d", tag, i))
		wg.Go(func() {
			req := delivery.FetchRequest{Target: delivery.Target{InfoHash: sh.InfoHash}, Dir: dir, Peers: peers}
			if trace {
				req.Progress = func(p delivery.Progress) {
					fmt.Fprintf(os.Stderr, "%s%d %6.2fs %5.1f%% %d peers\n", tag, i, time.Since(start).Seconds(), 100*float64(p.Done)/float64(max(p.Total, 1)), p.Peers)
				}
			}
			_, errs[i] = n.Fetch(ctx, req)
		})
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	for i, err := range errs {
		if err != nil {
			return 0, fmt.Errorf("leecher %d: %w", i, err)
		}
		os.RemoveAll(filepath.Join(tmp, fmt.Sprintf("%s%d", tag, i)))
	}
	return secs, nil
}

// tcpCopy sends the file over one loopback TCP connection into a new file:
// the same disk reads and writes as a torrent transfer, with no protocol.
func tcpCopy(dst, src string) (float64, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	start := time.Now()
	sendErr := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			sendErr <- err
			return
		}
		defer c.Close()
		f, err := os.Open(src)
		if err != nil {
			sendErr <- err
			return
		}
		defer f.Close()
		_, err = io.Copy(c, f)
		sendErr <- err
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return 0, err
	}
	defer c.Close()
	out, err := os.Create(dst)
	if err != nil {
		return 0, err
	}
	if _, err := io.Copy(out, c); err != nil {
		out.Close()
		return 0, err
	}
	if err := out.Close(); err != nil {
		return 0, err
	}
	if err := <-sendErr; err != nil {
		return 0, err
	}
	secs := time.Since(start).Seconds()
	return secs, os.Remove(dst)
}

// cpuSeconds is the user and system CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func writeRandom(path string, size int64) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	r := rand.NewChaCha8([32]byte{'s', 'o', 'n', 'm'})
	if _, err := io.CopyN(f, r, size); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
