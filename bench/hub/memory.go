package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"strconv"
	"time"
)

// memoryPerMiner measures what one joined, idle miner costs the hub: the
// hub's heap and goroutine stacks after GC with and without o.miners
// miners joined. The miners run in a child process (this binary with
// -child-hub), so nothing of theirs is counted. It returns heap+stack and
// heap alone, in bytes per miner.
func memoryPerMiner(ctx context.Context, o options) (float64, float64, error) {
	dir, err := os.MkdirTemp("", "sonm-bench-hub-mem")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(dir)
	role, err := startHub(ctx, dir, o.heartbeat)
	if err != nil {
		return 0, 0, err
	}
	defer role.Close()
	h := role.Hub
	if err := waitMiners(ctx, h, 0); err != nil { // one round trip through every layer first
		return 0, 0, err
	}
	before := settledMem()

	self, err := os.Executable()
	if err != nil {
		return 0, 0, err
	}
	cmd := exec.CommandContext(ctx, self, "-child-hub", h.Addr(), "-miners", strconv.Itoa(o.miners),
		"-slots", strconv.Itoa(o.slots), "-heartbeat", o.heartbeat.String())
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return 0, 0, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, 0, err
	}
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "ready\n" {
		return 0, 0, fmt.Errorf("child miners: got %q, %v; want ready", line, err)
	}
	if err := waitMiners(ctx, h, o.miners); err != nil {
		return 0, 0, err
	}
	// Let every miner's first heartbeats arrive, as an idle hub sees them.
	time.Sleep(2 * o.heartbeat)
	if err := waitMiners(ctx, h, o.miners); err != nil {
		return 0, 0, err
	}
	after := settledMem()
	if o.memprofile != "" {
		f, err := os.Create(o.memprofile)
		if err != nil {
			return 0, 0, err
		}
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	n := float64(o.miners)
	heap := float64(int64(after.HeapInuse)-int64(before.HeapInuse)) / n
	stack := float64(int64(after.StackInuse)-int64(before.StackInuse)) / n
	return heap + stack, heap, nil
}

func settledMem() runtime.MemStats {
	var m runtime.MemStats
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return m
}

// child joins o.miners no-op miners to the hub at o.childHub, says ready
// and keeps them until its stdin closes.
func child(ctx context.Context, o options) error {
	f, err := startFleet(ctx, o.childHub, wallet, o.miners, o.slots, o.heartbeat)
	if err != nil {
		return err
	}
	fmt.Println("ready")
	buf := make([]byte, 1)
	for {
		if _, err := os.Stdin.Read(buf); err != nil {
			break
		}
	}
	f.stop()
	return nil
}
