package miner

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// wait bounds every wait of these tests: long enough for a slow machine,
// short enough to fail instead of hanging.
const wait = 60 * time.Second

// fakeHub serves the hub protocol's join stream over real rpc on loopback,
// behind a real locator, and hands each joined stream to the test.
type fakeHub struct {
	t      *testing.T
	wallet common.Address
	loc    string // the locator's address, what a miner is given

	mu    sync.Mutex
	first func(req hubapi.JoinRequest) (kind string, body any) // the first message; nil: a Welcome
	srv   *rpc.Server
	joins chan *joinConn
	locSv *locator.Locator
}

// joinConn is one join stream as the hub sees it.
type joinConn struct {
	req  hubapi.JoinRequest
	ch   *rpc.Channel
	in   chan minerMsg
	stop chan struct{}
	once sync.Once
}

type minerMsg struct {
	kind string
	body []byte
}

func newFakeHub(t *testing.T) *fakeHub {
	t.Helper()
	key, _ := crypto.GenerateKey()
	h := &fakeHub{t: t, wallet: crypto.PubkeyToAddress(key.PublicKey), joins: make(chan *joinConn, 16)}
	loc, err := locator.New(locator.Config{UUID: "fake-hub"})
	if err != nil {
		t.Fatal(err)
	}
	h.locSv = loc
	locEP := serveRPC(t, loc.Service())
	loc.SetEndpoints([]locator.Endpoint{locEP})
	h.loc = locEP.String()
	h.start()
	return h
}

func serveRPC(t *testing.T, svc *rpc.Service) locator.Endpoint {
	t.Helper()
	ep, _ := serveRPCStop(t, svc)
	return ep
}

func serveRPCStop(t *testing.T, svc *rpc.Service) (locator.Endpoint, *rpc.Server) {
	t.Helper()
	srv, err := rpc.NewServer(svc, rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(context.Background(), ln)
	t.Cleanup(func() { srv.Close() })
	return locator.EndpointOf(ln.Addr()), srv
}

// start serves the hub service on a new port and registers it.
func (h *fakeHub) start() {
	handlers := map[string]rpc.Handler{}
	for _, name := range hubapi.Protocol().Names() {
		handlers[name] = func(ctx context.Context, ch *rpc.Channel) error {
			return hubapi.Fail(ctx, ch, fmt.Errorf("%w: the fake hub only takes miners", hubapi.ErrUnavailable))
		}
	}
	handlers[hubapi.EvJoin] = h.join
	svc := &rpc.Service{Name: hubapi.ServiceName, Version: hubapi.Version, Graph: hubapi.Protocol(), Handlers: handlers}
	ep, srv := serveRPCStop(h.t, svc)
	h.mu.Lock()
	h.srv = srv
	h.mu.Unlock()
	h.locSv.Register(locator.Record{Name: hubapi.ServiceName, Endpoints: []locator.Endpoint{ep}, Version: hubapi.Version, Graph: hubapi.Protocol()})
}

// kill drops the hub service and every connection to it.
func (h *fakeHub) kill() {
	h.mu.Lock()
	srv := h.srv
	h.mu.Unlock()
	srv.Close()
}

func (h *fakeHub) join(ctx context.Context, ch *rpc.Channel) error {
	nonce, err := hubapi.NewNonce(rand.Reader)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	req, _, err := hubapi.AcceptJoin(ctx, ch, h.wallet, nonce, time.Now)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	h.mu.Lock()
	first := h.first
	h.mu.Unlock()
	kind, body := hubapi.KindWelcome, any(hubapi.Welcome{Wallet: h.wallet.Hex(), MinerWei: "1000", HeartbeatMs: 100, Session: 1})
	if first != nil {
		kind, body = first(req)
	}
	if raw, ok := body.([]byte); ok {
		err = ch.Write(ctx, kind, raw)
	} else {
		err = hubapi.WriteKind(ctx, ch, kind, body)
	}
	if err != nil {
		return err
	}
	j := &joinConn{req: req, ch: ch, in: make(chan minerMsg, 1024), stop: make(chan struct{})}
	h.joins <- j
	go func() {
		defer close(j.in)
		for {
			m, err := ch.Recv(ctx)
			if err != nil || m.Name != "write" {
				return
			}
			kind, body, err := hubapi.DecodeKind(m.Args)
			if err != nil {
				h.t.Errorf("miner sent a malformed message: %v", err)
				return
			}
			j.in <- minerMsg{kind, body}
		}
	}()
	select {
	case <-j.stop:
		return ch.CloseSend(ctx)
	case <-ctx.Done():
		return nil
	}
}

// next waits for the next join stream.
func (h *fakeHub) next(t *testing.T) *joinConn {
	t.Helper()
	select {
	case j := <-h.joins:
		return j
	case <-time.After(wait):
		t.Fatal("no miner joined")
		return nil
	}
}

func (j *joinConn) send(t *testing.T, kind string, v any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	var err error
	if raw, ok := v.([]byte); ok {
		err = j.ch.Write(ctx, kind, raw)
	} else {
		err = hubapi.WriteKind(ctx, j.ch, kind, v)
	}
	if err != nil {
		t.Fatalf("hub send %s: %v", kind, err)
	}
}

// close ends the stream from the hub's side.
func (j *joinConn) close() { j.once.Do(func() { close(j.stop) }) }

// result waits for the next result, skipping heartbeats.
func (j *joinConn) result(t *testing.T) hubapi.UnitResult {
	t.Helper()
	for {
		m := j.recv(t, hubapi.KindResult)
		var r hubapi.UnitResult
		if err := hubapi.Unmarshal(m.body, &r); err != nil {
			t.Fatalf("result: %v", err)
		}
		return r
	}
}

// heartbeat waits for the next heartbeat.
func (j *joinConn) heartbeat(t *testing.T) hubapi.Heartbeat {
	t.Helper()
	m := j.recv(t, hubapi.KindHeartbeat)
	var hb hubapi.Heartbeat
	if err := hubapi.Unmarshal(m.body, &hb); err != nil {
		t.Fatalf("heartbeat: %v", err)
	}
	return hb
}

func (j *joinConn) recv(t *testing.T, kind string) minerMsg {
	t.Helper()
	deadline := time.After(wait)
	for {
		select {
		case m, ok := <-j.in:
			if !ok {
				t.Fatalf("the join stream ended before a %s", kind)
			}
			if m.kind == kind {
				return m
			}
		case <-deadline:
			t.Fatalf("no %s from the miner", kind)
		}
	}
}

// events collects a miner's events for the test to wait on.
type events struct {
	mu   sync.Mutex
	all  []Event
	cond chan struct{}
}

func newEvents() *events { return &events{cond: make(chan struct{}, 1)} }

func (e *events) add(ev Event) {
	e.mu.Lock()
	e.all = append(e.all, ev)
	e.mu.Unlock()
	select {
	case e.cond <- struct{}{}:
	default:
	}
}

// waitFor returns the first event that matches, waiting for it.
func (e *events) waitFor(t *testing.T, what string, match func(Event) bool) Event {
	t.Helper()
	deadline := time.After(wait)
	for {
		e.mu.Lock()
		for _, ev := range e.all {
			if match(ev) {
				e.mu.Unlock()
				return ev
			}
		}
		e.mu.Unlock()
		select {
		case <-e.cond:
		case <-deadline:
			t.Fatalf("no event: %s", what)
		}
	}
}

// waitCount waits until n events match.
func (e *events) waitCount(t *testing.T, what string, n int, match func(Event) bool) {
	t.Helper()
	deadline := time.After(wait)
	for e.count(match) < n {
		select {
		case <-e.cond:
		case <-deadline:
			t.Fatalf("got %d events %s, want %d", e.count(match), what, n)
		}
	}
}

func (e *events) count(match func(Event) bool) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := 0
	for _, ev := range e.all {
		if match(ev) {
			n++
		}
	}
	return n
}

func kindIs(k EventKind) func(Event) bool { return func(e Event) bool { return e.Kind == k } }

// testMiner is a miner started on a fake hub.
type testMiner struct {
	*Miner
	ev     *events
	cancel context.CancelFunc
	done   chan struct{} // closed when Run returned
	err    error         // what Run returned
}

func (tm *testMiner) stop(t *testing.T) {
	t.Helper()
	tm.cancel()
	select {
	case <-tm.done:
		if tm.err != nil {
			t.Errorf("Run: got %v, want nil", tm.err)
		}
	case <-time.After(wait):
		t.Fatal("Run did not return after its context ended")
	}
}

func startMiner(t *testing.T, hub *fakeHub, cfg Config) *testMiner {
	t.Helper()
	if cfg.Key == nil {
		cfg.Key, _ = crypto.GenerateKey()
	}
	if cfg.Hub == nil {
		cfg.Hub = func(context.Context) (string, common.Address, error) { return hub.loc, hub.wallet, nil }
	}
	if cfg.WorkDir == "" {
		cfg.WorkDir = t.TempDir()
	}
	if cfg.RetryMin == 0 {
		cfg.RetryMin, cfg.RetryMax = 20*time.Millisecond, 100*time.Millisecond
	}
	ev := newEvents()
	cfg.OnEvent = ev.add
	if cfg.Log == nil {
		cfg.Log = testLogger(t)
	}
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tm := &testMiner{Miner: m, ev: ev, cancel: cancel, done: make(chan struct{})}
	go func() {
		tm.err = m.Run(ctx)
		close(tm.done)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-tm.done:
		case <-time.After(wait):
		}
	})
	return tm
}

func testLogger(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// gate is a fake sandbox whose runs block until the test lets them go. It
// writes its outputs like a real one.
type gate struct {
	mu      sync.Mutex
	started chan executor.Job
	release chan struct{}
	running int
	peak    int
	outputs func(job executor.Job) map[string][]byte
}

func newGate() *gate {
	return &gate{started: make(chan executor.Job, 64), release: make(chan struct{}, 64)}
}

func (g *gate) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	g.mu.Lock()
	g.running++
	g.peak = max(g.peak, g.running)
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		g.running--
		g.mu.Unlock()
	}()
	start := time.Now()
	g.started <- job
	select {
	case <-g.release:
	case <-ctx.Done():
		return executor.Result{ExitCode: -1, Duration: time.Since(start)}, ctx.Err()
	}
	files := map[string][]byte{"out.txt": []byte("unit " + job.UnitID + " " + fmt.Sprint(job.Args))}
	if g.outputs != nil {
		files = g.outputs(job)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(job.OutputDir, name), b, 0o644); err != nil {
			return executor.Result{}, err
		}
	}
	outs, missing, err := executor.CollectOutputs(job.OutputDir, job.Outputs)
	if err != nil {
		return executor.Result{}, err
	}
	return executor.Result{ExitCode: 0, Duration: time.Since(start), Outputs: outs, Missing: missing}, nil
}

func (g *gate) waitStarted(t *testing.T) executor.Job {
	t.Helper()
	select {
	case j := <-g.started:
		return j
	case <-time.After(wait):
		t.Fatal("no unit started")
		return executor.Job{}
	}
}

// gateSpec is a spec run by the gate: the module is named but never read.
const gateSpec = `name: gated
executor: wasm
module: app.wasm
args: ["{{index}}"]
resources:
  max_duration: 60s
units:
  count: 8
`

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func startDelivery(t *testing.T) *delivery.Node {
	t.Helper()
	n, err := delivery.New(delivery.Config{ListenAddr: "127.0.0.1:0"}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}
