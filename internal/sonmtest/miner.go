package sonmtest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// Never is a MinerOptions.Delay for a miner that takes work and never
// answers it.
const Never time.Duration = 1<<63 - 1

// FailingName names tasks whose every unit a stand-in miner fails (exit 1,
// "always fails"); FailingSpec writes one.
const FailingName = "always-fails"

// MinerOptions says how a stand-in miner joins and behaves. The zero value
// of each field is a sensible default.
type MinerOptions struct {
	// Locator is the hub's locator endpoint (host:port), as real miners
	// are given; Service, when set instead, is the hub service's own
	// address, dialled directly.
	Locator, Service string
	Wallet           common.Address // the hub wallet joined
	Key              *ecdsa.PrivateKey
	Name             string // "stand-in" by default
	Slots            int    // 1 by default; also its cores
	// Output is the content of a unit's one output file (GoodOutput by
	// default), OutputName its path ("out-<unit>.txt" by default).
	Output     func(unit int) string
	OutputName func(unit int) string
	// Delay before each answer; Never holds the work until Stop.
	Delay time.Duration
	// Beat is the heartbeat interval (30 ms by default).
	Beat time.Duration
}

// StandInMiner is a miner without executors: it joins a hub over the real
// join stream (a challenge-signed join), heartbeats what it runs, and
// answers each assignment with the output its options write. Its counters
// let a test see what it was given and what it did.
type StandInMiner struct {
	opts   MinerOptions
	addr   common.Address
	c      *hubapi.Client
	js     *hubapi.JoinStream
	cancel context.CancelFunc
	exited chan struct{}
	stop   sync.Once

	assigned atomic.Int64
	done     atomic.Int64

	wmu sync.Mutex // one writer at a time on the stream

	mu      sync.Mutex
	runs    map[int]int     // unit -> times run
	failing map[string]bool // tasks whose units fail
	running map[uint64]bool // assignments taken and not answered yet
	seen    uint64          // highest assignment id read
	err     error
}

// Miner starts a stand-in miner for a test: it fails t if the miner cannot
// join, and stops it when the test ends.
func Miner(t testing.TB, o MinerOptions) *StandInMiner {
	t.Helper()
	m, err := StartMiner(context.Background(), o)
	if err != nil {
		t.Fatalf("stand-in miner: %v", err)
	}
	t.Cleanup(m.Stop)
	return m
}

// StartMiner joins a hub and serves it until ctx ends or Stop. It returns
// once the hub welcomed the miner.
func StartMiner(ctx context.Context, o MinerOptions) (*StandInMiner, error) {
	if o.Key == nil {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		o.Key = k
	}
	if o.Name == "" {
		o.Name = "stand-in"
	}
	if o.Slots == 0 {
		o.Slots = 1
	}
	if o.Output == nil {
		o.Output = GoodOutput
	}
	if o.OutputName == nil {
		o.OutputName = OutputName
	}
	if o.Beat == 0 {
		o.Beat = 30 * time.Millisecond
	}
	m := &StandInMiner{opts: o, addr: crypto.PubkeyToAddress(o.Key.PublicKey), exited: make(chan struct{}),
		runs: map[int]int{}, failing: map[string]bool{}, running: map[uint64]bool{}}
	ctx, m.cancel = context.WithCancel(ctx)
	var err error
	switch {
	case o.Service != "":
		m.c, err = hubapi.Dial(ctx, o.Service)
	case o.Locator != "":
		m.c, err = hubapi.DialVia(ctx, o.Locator)
	default:
		err = errors.New("no hub: set Locator or Service")
	}
	if err != nil {
		m.cancel()
		return nil, err
	}
	m.js, err = m.c.Join(ctx, hubapi.JoinRequest{Wallet: o.Wallet.Hex(), Time: time.Now().Unix(), Name: o.Name,
		Capacity: hubapi.Capacity{Slots: o.Slots, Cores: float64(o.Slots), MemoryBytes: int64(o.Slots) << 30, Executors: []string{"wasm"}}}, o.Key)
	if err == nil {
		var kind string
		if kind, _, err = m.js.Recv(ctx); err == nil && kind != hubapi.KindWelcome {
			err = fmt.Errorf("got %q, want a welcome", kind)
		}
	}
	if err != nil {
		m.cancel()
		m.c.Close()
		return nil, fmt.Errorf("join hub %s: %w", o.Wallet.Hex(), err)
	}
	go m.beat(ctx)
	go m.serve(ctx)
	return m, nil
}

// Addr is the miner's address.
func (m *StandInMiner) Addr() common.Address { return m.addr }

// Key is the miner's key: start another with it for the same miner coming
// back.
func (m *StandInMiner) Key() *ecdsa.PrivateKey { return m.opts.Key }

// Assigned counts the assignments received.
func (m *StandInMiner) Assigned() int64 { return m.assigned.Load() }

// Done counts the good results sent.
func (m *StandInMiner) Done() int64 { return m.done.Load() }

// Runs says how many times the miner ran each unit (answered or failed).
func (m *StandInMiner) Runs() map[int]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[int]int, len(m.runs))
	for u, n := range m.runs {
		out[u] = n
	}
	return out
}

// Err is the error that ended the stream while the miner was not stopped.
func (m *StandInMiner) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}

// Stop leaves the hub (the connection drops) and waits until the miner
// stopped; it may be called more than once.
func (m *StandInMiner) Stop() {
	m.stop.Do(func() {
		m.cancel()
		<-m.exited
	})
}

func (m *StandInMiner) send(ctx context.Context, kind string, v any) error {
	m.wmu.Lock()
	defer m.wmu.Unlock()
	return m.js.Send(ctx, kind, v)
}

// beat lists what runs, as a real miner does: the hub loses a replica its
// miner stops listing.
func (m *StandInMiner) beat(ctx context.Context) {
	tk := time.NewTicker(m.opts.Beat)
	defer tk.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
			var hb hubapi.Heartbeat
			m.mu.Lock()
			hb.Seen = m.seen
			for id := range m.running {
				hb.Running = append(hb.Running, id)
			}
			hb.Free = max(m.opts.Slots-len(m.running), 0)
			m.mu.Unlock()
			m.send(ctx, hubapi.KindHeartbeat, hb)
		}
	}
}

func (m *StandInMiner) serve(ctx context.Context) {
	defer close(m.exited)
	defer m.c.Close()
	fail := func(err error) {
		m.mu.Lock()
		m.err = err
		m.mu.Unlock()
	}
	for {
		kind, body, err := m.js.Recv(ctx)
		if err != nil {
			if !errors.Is(err, io.EOF) && ctx.Err() == nil {
				fail(err)
			}
			return
		}
		switch kind {
		case hubapi.KindTask:
			var ti hubapi.TaskInfo
			if err := hubapi.Unmarshal(body, &ti); err != nil {
				fail(err)
				return
			}
			if bytes.Contains(ti.Spec, []byte("name: "+FailingName)) {
				m.mu.Lock()
				m.failing[ti.Task] = true
				m.mu.Unlock()
			}
		case hubapi.KindAssign:
			var a hubapi.Assignment
			if err := hubapi.Unmarshal(body, &a); err != nil {
				fail(err)
				return
			}
			m.assigned.Add(1)
			m.mu.Lock()
			m.running[a.ID] = true
			m.seen = max(m.seen, a.ID)
			m.mu.Unlock()
			go m.run(ctx, a)
		}
	}
}

func (m *StandInMiner) run(ctx context.Context, a hubapi.Assignment) {
	defer func() {
		m.mu.Lock()
		delete(m.running, a.ID)
		m.mu.Unlock()
	}()
	switch {
	case m.opts.Delay == Never:
		<-ctx.Done()
		return
	case m.opts.Delay > 0:
		select {
		case <-time.After(m.opts.Delay):
		case <-ctx.Done():
			return
		}
	}
	m.mu.Lock()
	m.runs[a.Unit]++
	failing := m.failing[a.Task]
	m.mu.Unlock()
	if failing {
		m.send(ctx, hubapi.KindResult, hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Error: "always fails", ExitCode: 1})
		return
	}
	if m.send(ctx, hubapi.KindResult, Result(a, m.opts.OutputName(a.Unit), []byte(m.opts.Output(a.Unit)))) == nil {
		m.done.Add(1)
	}
}

// Result is the result of assignment a whose one output, path, holds data
// (inline, with its root).
func Result(a hubapi.Assignment, path string, data []byte) hubapi.UnitResult {
	f := FileOf(path, data)
	root, _ := hubapi.OutputRoot([]hubapi.File{f}) // one well-formed file
	return hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Root: root.Hex(), Outputs: []hubapi.File{f},
		Inline: []hubapi.InlineFile{{Path: path, Data: data}}}
}

// FileOf describes an output file.
func FileOf(path string, data []byte) hubapi.File {
	sum := sha256.Sum256(data)
	return hubapi.File{Path: path, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
}

// GoodOutput is what an honest miner writes for a unit of NoopSpec.
func GoodOutput(unit int) string { return fmt.Sprintf("unit %d squared is %d\n", unit, unit*unit) }

// OutputName is the path of a unit's output in NoopSpec.
func OutputName(unit int) string { return fmt.Sprintf("out-%d.txt", unit) }

// GoodRoot is the result hash of a NoopSpec task of units units that
// honest miners ran.
func GoodRoot(units int) common.Hash {
	var fs []hubapi.File
	for u := 0; u < units; u++ {
		fs = append(fs, FileOf(OutputName(u), []byte(GoodOutput(u))))
	}
	root, _ := hubapi.OutputRoot(fs)
	return root
}

// NoopSpec is a wasm task of units units, each replicated repl times,
// whose module comes by URL (no bundle needed): stand-in miners never
// fetch it. Its unit u writes out-<u>.txt.
func NoopSpec(units, repl int) []byte {
	return []byte(fmt.Sprintf(`name: noop
executor: wasm
module:
  url: http://127.0.0.1:1/noop.wasm
  sha256: %064x
args: ["{{index}}"]
resources:
  cpu: 1
  memory: 16MiB
  max_duration: 10s
outputs: ["out-{{index}}.txt"]
units:
  count: %d
replication: %d
`, 1, units, repl))
}

// FailingSpec is NoopSpec named FailingName: stand-in miners fail its
// every unit.
func FailingSpec(units, repl int) []byte {
	return bytes.Replace(NoopSpec(units, repl), []byte("name: noop"), []byte("name: "+FailingName), 1)
}

// LiesOnEven is the output of a dishonest miner: wrong on even units,
// good on odd ones.
func LiesOnEven(unit int) string {
	if unit%2 == 0 {
		return "a lie\n"
	}
	return GoodOutput(unit)
}
