package hardware

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

// kernelRound is the fixed unit of CPU work: integer mixing and a
// floating-point recurrence, deterministic on every machine. KernelChecksum
// is what it must return, so a score can only come from the real work.
func kernelRound(seed uint64) uint64 {
	x := seed
	f := 0.5
	for i := 0; i < 4096; i++ {
		// xorshift64* mixing
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		x *= 2685821657736338717
		// logistic map, chaotic but deterministic in IEEE 754
		f = 3.9 * f * (1 - f)
	}
	return x ^ uint64(f*(1<<52))
}

// KernelChecksum is kernelRound(1); a test keeps the two in step.
const KernelChecksum = 0xae40d6750ee6efeb

// CPUScore runs rounds kernel rounds on each of workers goroutines (the
// same fixed work on every machine) and returns the rounds completed per
// second, all workers together. Every worker must reach the same checksum;
// a mismatch means the machine computes wrongly and is reported.
func CPUScore(ctx context.Context, workers, rounds int, now func() time.Time) (float64, error) {
	if workers < 1 {
		workers = 1
	}
	sums := make([]uint64, workers)
	var wg sync.WaitGroup
	start := now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seed := uint64(1)
			for i := 0; i < rounds; i++ {
				if i%256 == 0 && ctx.Err() != nil {
					return
				}
				seed = kernelRound(seed)
			}
			sums[w] = seed
		}()
	}
	wg.Wait()
	el := now().Sub(start)
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	for _, s := range sums[1:] {
		if s != sums[0] {
			return 0, fmt.Errorf("cpu benchmark: workers disagree on the checksum (%#x vs %#x)", s, sums[0])
		}
	}
	if el <= 0 {
		return 0, nil
	}
	return float64(rounds*workers) / el.Seconds(), nil
}

// ServeThroughput accepts connections on ln and, for each, reads and
// discards the 8-byte length-prefixed payload and answers with the number
// of bytes received. It returns when ctx ends or ln is closed.
func ServeThroughput(ctx context.Context, ln net.Listener) error {
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	for {
		c, err := ln.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		go func() {
			defer c.Close()
			var hdr [8]byte
			if _, err := io.ReadFull(c, hdr[:]); err != nil {
				return
			}
			want := int64(binary.BigEndian.Uint64(hdr[:]))
			if want < 0 || want > 16<<30 {
				return
			}
			n, _ := io.CopyN(io.Discard, c, want)
			binary.BigEndian.PutUint64(hdr[:], uint64(n))
			c.Write(hdr[:])
		}()
	}
}

// MeasureNetwork sends n bytes to a ServeThroughput peer and returns the
// throughput in bytes per second, counted until the peer confirms receipt.
func MeasureNetwork(ctx context.Context, peer string, n int64, now func() time.Time) (float64, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", peer)
	if err != nil {
		return 0, fmt.Errorf("network benchmark: %w", err)
	}
	defer c.Close()
	if dl, ok := ctx.Deadline(); ok {
		c.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	buf := make([]byte, 256<<10)
	var hdr [8]byte
	binary.BigEndian.PutUint64(hdr[:], uint64(n))
	start := now()
	if _, err := c.Write(hdr[:]); err != nil {
		return 0, fmt.Errorf("network benchmark: %w", err)
	}
	for sent := int64(0); sent < n; {
		chunk := buf[:min(int64(len(buf)), n-sent)]
		if _, err := c.Write(chunk); err != nil {
			return 0, fmt.Errorf("network benchmark: %w", err)
		}
		sent += int64(len(chunk))
	}
	if _, err := io.ReadFull(c, hdr[:]); err != nil {
		return 0, fmt.Errorf("network benchmark: peer did not confirm: %w", err)
	}
	if got := int64(binary.BigEndian.Uint64(hdr[:])); got != n {
		return 0, fmt.Errorf("network benchmark: peer got %d bytes, want %d", got, n)
	}
	el := now().Sub(start)
	if el <= 0 {
		return 0, nil
	}
	return float64(n) / el.Seconds(), nil
}
