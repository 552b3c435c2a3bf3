package hub

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// noopSpec is a task whose module comes by URL (no bundle needed); fake
// miners never fetch it.
func noopSpec(units, repl int) []byte {
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

func testLog(t testing.TB) *slog.Logger {
	if os.Getenv("SONM_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// startHub starts a hub without a chain in dir.
func startHub(t testing.TB, dir string, key *ecdsa.PrivateKey, mut func(*Config)) *Hub {
	t.Helper()
	cfg := Config{
		Key: key, Wallet: common.HexToAddress("0x00000000000000000000000000000000000000aa"), DataDir: dir,
		BuyerWei: big.NewInt(3600_000), MinerWei: big.NewInt(1800_000),
		LocatorAddr: "127.0.0.1:0", Heartbeat: 100 * time.Millisecond, PayEvery: 50 * time.Millisecond, Log: testLog(t),
	}
	if mut != nil {
		mut(&cfg)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return h
}

// fakeMiner joins a hub and answers assignments with out-<unit>.txt whose
// content output(unit) decides; it runs until ctx ends or stop is called.
type fakeMiner struct {
	key      *ecdsa.PrivateKey
	addr     common.Address
	output   func(unit int) string
	delay    time.Duration
	assigned atomic.Int64 // assignments received
	done     atomic.Int64
	cancel   context.CancelFunc
	exited   chan struct{}
	mu       sync.Mutex
	units    map[int]int // unit -> times run
	// tasks named failingName: their every unit fails
	failing map[string]bool
	running map[uint64]bool // assignments taken and not answered yet
	seen    uint64          // highest assignment id read
	err     error
}

func startMiner(t testing.TB, h *Hub, slots int, output func(unit int) string, delay time.Duration) *fakeMiner {
	t.Helper()
	return startMinerAs(t, h, newKey(t), slots, output, delay)
}

// startMinerAs starts a fake miner with the given key: the same miner
// coming back.
func startMinerAs(t testing.TB, h *Hub, key *ecdsa.PrivateKey, slots int, output func(unit int) string, delay time.Duration) *fakeMiner {
	t.Helper()
	m := &fakeMiner{key: key, output: output, delay: delay, exited: make(chan struct{}), units: map[int]int{}, failing: map[string]bool{}, running: map[uint64]bool{}}
	m.addr = crypto.PubkeyToAddress(m.key.PublicKey)
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	c, err := hubapi.DialVia(ctx, h.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	js, err := c.Join(ctx, hubapi.JoinRequest{Wallet: h.Wallet().Hex(), Time: time.Now().Unix(), Name: "fake",
		Capacity: hubapi.Capacity{Slots: slots, Cores: float64(slots), MemoryBytes: 1 << 30, Executors: []string{"wasm"}}}, m.key)
	if err != nil {
		t.Fatal(err)
	}
	kind, _, err := js.Recv(ctx)
	if err != nil || kind != hubapi.KindWelcome {
		t.Fatalf("join: got %q, %v; want welcome", kind, err)
	}
	var wmu sync.Mutex
	send := func(kind string, v any) error {
		wmu.Lock()
		defer wmu.Unlock()
		return js.Send(ctx, kind, v)
	}
	go func() {
		tk := time.NewTicker(30 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				// List what runs, as a real miner does: the hub loses a
				// replica its miner stops listing.
				var hb hubapi.Heartbeat
				m.mu.Lock()
				hb.Seen = m.seen
				for id := range m.running {
					hb.Running = append(hb.Running, id)
				}
				m.mu.Unlock()
				send(hubapi.KindHeartbeat, hb)
			}
		}
	}()
	go func() {
		defer close(m.exited)
		defer c.Close()
		for {
			kind, body, err := js.Recv(ctx)
			if err != nil {
				if !errors.Is(err, io.EOF) && ctx.Err() == nil {
					m.mu.Lock()
					m.err = err
					m.mu.Unlock()
				}
				return
			}
			if kind == hubapi.KindTask {
				var ti hubapi.TaskInfo
				if err := hubapi.Unmarshal(body, &ti); err == nil && bytes.Contains(ti.Spec, []byte(failingName)) {
					m.mu.Lock()
					m.failing[ti.Task] = true
					m.mu.Unlock()
				}
				continue
			}
			if kind != hubapi.KindAssign {
				continue
			}
			var a hubapi.Assignment
			if err := hubapi.Unmarshal(body, &a); err != nil {
				m.err = err
				return
			}
			m.assigned.Add(1)
			m.mu.Lock()
			m.running[a.ID] = true
			m.seen = max(m.seen, a.ID)
			m.mu.Unlock()
			go func() {
				defer func() {
					m.mu.Lock()
					delete(m.running, a.ID)
					m.mu.Unlock()
				}()
				if m.delay > 0 {
					select {
					case <-time.After(m.delay):
					case <-ctx.Done():
						return
					}
				}
				m.mu.Lock()
				m.units[a.Unit]++
				failing := m.failing[a.Task]
				m.mu.Unlock()
				if failing {
					send(hubapi.KindResult, hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Error: "always fails", ExitCode: 1})
					return
				}
				data := []byte(m.output(a.Unit))
				sum := sha256.Sum256(data)
				f := hubapi.File{Path: fmt.Sprintf("out-%d.txt", a.Unit), Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
				root, _ := hubapi.OutputRoot([]hubapi.File{f})
				if send(hubapi.KindResult, hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Root: root.Hex(), Outputs: []hubapi.File{f},
					Inline: []hubapi.InlineFile{{Path: f.Path, Data: data}}}) == nil {
					m.done.Add(1)
				}
			}()
		}
	}()
	return m
}

func (m *fakeMiner) stop() { m.cancel(); <-m.exited }

// failingName names tasks whose units fake miners always fail.
const failingName = "always-fails"

func failingSpec(units, repl int) []byte {
	return bytes.Replace(noopSpec(units, repl), []byte("name: noop"), []byte("name: "+failingName), 1)
}

func goodOutput(unit int) string { return fmt.Sprintf("unit %d squared is %d\n", unit, unit*unit) }

// testBuyer is the buyer of the tasks tests submit to a hub without a chain.
func testBuyer() hubapi.Buyer {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("sonm hub test buyer")))
	return hubapi.Buyer{Key: k}
}

func submit(t testing.TB, h *Hub, spec []byte) (*hubapi.Client, string) {
	t.Helper()
	c, err := hubapi.DialVia(context.Background(), h.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	id := crypto.Keccak256Hash(spec, []byte(t.Name()), []byte(fmt.Sprint(time.Now().UnixNano())))
	r, err := c.Submit(context.Background(), hubapi.SubmitRequest{Deal: id.Hex(), Spec: spec,
		Buyer: crypto.PubkeyToAddress(testBuyer().Key.PublicKey).Hex()})
	if err != nil {
		t.Fatal(err)
	}
	return c, r.Task
}

func wait(t testing.TB, c *hubapi.Client, task string, b hubapi.Buyer) hubapi.TaskStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st, err := c.Status(ctx, task, b, nil)
	if err != nil {
		t.Fatalf("status of %s: %v (last %+v)", task, err, st)
	}
	return st
}

// checkResult verifies the assembled files against what good miners write.
func checkResult(t testing.TB, h *Hub, c *hubapi.Client, task string, units int) hubapi.Results {
	t.Helper()
	r, err := c.Results(context.Background(), task, testBuyer())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Files) != units {
		t.Fatalf("result has %d files, want %d", len(r.Files), units)
	}
	var want []hubapi.File
	for u := 0; u < units; u++ {
		data := goodOutput(u)
		sum := sha256.Sum256([]byte(data))
		want = append(want, hubapi.File{Path: fmt.Sprintf("out-%d.txt", u), Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])})
	}
	root, _ := hubapi.OutputRoot(want)
	if r.ResultHash != root.Hex() {
		t.Fatalf("result hash %s, want %s (the good miners' outputs)", r.ResultHash, root.Hex())
	}
	id, _ := hubapi.ParseHash("task", task)
	b, err := os.ReadFile(filepath.Join(h.cfg.DataDir, "results", id.Hex(), "noop", "out-3.txt"))
	if err != nil || string(b) != goodOutput(3) {
		t.Fatalf("assembled out-3.txt: %q, %v", b, err)
	}
	return r
}

func TestTaskRunsAndVerifies(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	var ms []*fakeMiner
	for i := 0; i < 3; i++ {
		ms = append(ms, startMiner(t, h, 4, goodOutput, 0))
	}
	c, task := submit(t, h, noopSpec(20, 2))
	st := wait(t, c, task, testBuyer())
	if st.State != hubapi.StateDone || st.Verified != 20 {
		t.Fatalf("final status %+v, want done with 20 verified", st)
	}
	checkResult(t, h, c, task, 20)
	// Never two replicas of a unit on one miner.
	for _, m := range ms {
		m.mu.Lock()
		for u, n := range m.units {
			if n > 1 {
				t.Errorf("miner %s ran unit %d %d times", m.addr.Hex(), u, n)
			}
		}
		m.mu.Unlock()
		m.stop()
	}
}

func TestWrongMinerIsOutvoted(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	liar := startMiner(t, h, 8, func(u int) string {
		if u%2 == 0 {
			return "wrong"
		}
		return goodOutput(u)
	}, 0)
	defer liar.stop()
	for i := 0; i < 2; i++ {
		defer startMiner(t, h, 2, goodOutput, 5*time.Millisecond).stop()
	}
	c, task := submit(t, h, noopSpec(16, 2))
	st := wait(t, c, task, testBuyer())
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v", st)
	}
	checkResult(t, h, c, task, 16)
	// The liar is owed nothing for the units where it lied.
	rows, err := h.db.db.Query(`SELECT a.unit FROM earnings e JOIN assignments a ON a.id = e.assignment WHERE e.miner = ?`, liar.addr.Hex())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var u int
		rows.Scan(&u)
		if u%2 == 0 {
			t.Errorf("liar earned for unit %d whose output it faked", u)
		}
	}
	var outvoted int
	h.db.db.QueryRow(`SELECT COUNT(*) FROM assignments WHERE miner = ? AND state = ?`, liar.addr.Hex(), asOutvoted).Scan(&outvoted)
	if outvoted == 0 {
		t.Errorf("no replica of the liar was outvoted")
	}
}

func TestDeadMinerUnitsMoveOn(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	slow := startMiner(t, h, 8, goodOutput, time.Hour) // takes work, never answers, then dies
	good := startMiner(t, h, 4, goodOutput, 0)
	defer good.stop()
	good2 := startMiner(t, h, 4, goodOutput, 0)
	defer good2.stop()
	c, task := submit(t, h, noopSpec(12, 1))
	waitUntil(t, "the slow miner holds work", func() bool { return slow.assigned.Load() > 0 })
	slow.stop()
	st := wait(t, c, task, testBuyer())
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v", st)
	}
	checkResult(t, h, c, task, 12)
	var earned int
	h.db.db.QueryRow(`SELECT COUNT(*) FROM earnings WHERE miner = ?`, slow.addr.Hex()).Scan(&earned)
	if earned != 0 {
		t.Errorf("the dead miner earned for %d units, want 0", earned)
	}
}

// A miner whose connection drops loses the replicas it ran; once it is
// back it may run those units again (it reported nothing for them), so a
// hub with just enough miners still finishes the task.
func TestReturningMinerRunsItsLostUnitAgain(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	k := newKey(t)
	gone := startMinerAs(t, h, k, 1, goodOutput, time.Hour) // takes the unit, never answers, drops
	good := startMiner(t, h, 1, goodOutput, 0)
	defer good.stop()
	c, task := submit(t, h, noopSpec(4, 2))
	waitUntil(t, "the first miner holds a unit", func() bool { return gone.assigned.Load() > 0 })
	gone.stop()
	back := startMinerAs(t, h, k, 1, goodOutput, 0)
	defer back.stop()
	st := wait(t, c, task, testBuyer())
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v, want done", st)
	}
	checkResult(t, h, c, task, 4)
}

func TestHubRestartResumes(t *testing.T) {
	dir := t.TempDir()
	key := newKey(t)
	h := startHub(t, dir, key, nil)
	m := startMiner(t, h, 2, goodOutput, 20*time.Millisecond)
	c, task := submit(t, h, noopSpec(30, 1))
	for m.done.Load() < 5 {
		time.Sleep(5 * time.Millisecond)
	}
	m.stop()
	c.Close()
	h.Close()

	h2 := startHub(t, dir, key, nil)
	defer h2.Close()
	m2 := startMiner(t, h2, 4, goodOutput, 0)
	defer m2.stop()
	c2, err := hubapi.DialVia(context.Background(), h2.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	st := wait(t, c2, task, testBuyer())
	if st.State != hubapi.StateDone {
		t.Fatalf("after restart: %+v", st)
	}
	checkResult(t, h2, c2, task, 30)
	// Each unit earned exactly once.
	var n, distinct int
	h2.db.db.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT a.unit) FROM earnings e JOIN assignments a ON a.id = e.assignment WHERE a.task = (SELECT num FROM tasks WHERE id = ?)`, task).Scan(&n, &distinct)
	if n != 30 || distinct != 30 {
		t.Fatalf("earnings: %d rows over %d units, want 30 and 30", n, distinct)
	}
}

func TestBadJoinRefused(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	ctx := context.Background()
	c, err := hubapi.DialVia(ctx, h.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	k := newKey(t)
	addr := crypto.PubkeyToAddress(k.PublicKey)
	now := time.Now().Unix()
	good := hubapi.JoinRequest{Miner: addr.Hex(), Wallet: h.Wallet().Hex(), Time: now, Capacity: hubapi.Capacity{Slots: 1, Executors: []string{"wasm"}}}
	cases := []struct {
		name string
		sign func(chal hubapi.Challenge) hubapi.JoinRequest
	}{
		{"signed by another key", func(chal hubapi.Challenge) hubapi.JoinRequest {
			return signJoin(t, good, chal.Nonce, chal.Hub, newKey(t))
		}},
		{"stale time", func(chal hubapi.Challenge) hubapi.JoinRequest {
			r := good
			r.Time = now - 3600
			return signJoin(t, r, chal.Nonce, chal.Hub, k)
		}},
		{"garbage signature", func(chal hubapi.Challenge) hubapi.JoinRequest {
			r := good
			r.Sig = []byte{1, 2}
			return r
		}},
		{"another nonce", func(chal hubapi.Challenge) hubapi.JoinRequest {
			return signJoin(t, good, make([]byte, hubapi.NonceSize), chal.Hub, k)
		}},
		{"another hub", func(chal hubapi.Challenge) hubapi.JoinRequest {
			return signJoin(t, good, chal.Nonce, common.Address{9}.Hex(), k)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			js, chal, err := c.OpenJoin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := js.Send(ctx, hubapi.KindJoin, tc.sign(chal)); err != nil {
				t.Fatal(err)
			}
			if kind, _, err := js.Recv(ctx); !errors.Is(err, hubapi.ErrBadSignature) {
				t.Errorf("got %q, %v; want ErrBadSignature", kind, err)
			}
		})
	}
	// A miner of protocol 1 (the JoinRequest as the opening argument) is
	// told to upgrade.
	old, _ := hubapi.Encode(good)
	ch, err := c.Conn().Open(ctx, hubapi.Protocol(), hubapi.EvJoin, old)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := ch.Recv(ctx); err != nil || m.Name != "error" || !strings.Contains(fmt.Sprint(m.Args), "upgrade the miner") {
		t.Errorf("protocol 1 join: got %v, %v; want an error asking to upgrade", m, err)
	}
	ch.Release()
	// A bad submit: not a spec.
	_, err = c.Submit(ctx, hubapi.SubmitRequest{Deal: common.Hash{1}.Hex(), Spec: []byte("executor: [")})
	if !errors.Is(err, hubapi.ErrBadSpec) {
		t.Errorf("bad spec: got %v, want ErrBadSpec", err)
	}
	// The connection survives all of it.
	if _, err := c.Info(ctx); err != nil {
		t.Errorf("info after bad calls: %v", err)
	}
}

// waitUntil polls cond until it holds, failing the test after a minute.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// signJoin signs req for the challenge (nonce, hub) with key.
func signJoin(t testing.TB, req hubapi.JoinRequest, nonce []byte, hub string, key *ecdsa.PrivateKey) hubapi.JoinRequest {
	t.Helper()
	d, err := hubapi.JoinDigest(nonce, common.HexToAddress(hub), req)
	if err != nil {
		t.Fatal(err)
	}
	if req.Sig, err = hubapi.Sign(d, key); err != nil {
		t.Fatal(err)
	}
	return req
}

// joinBy opens a join stream on a new connection, answers the challenge
// with what answer makes of it, and returns the hub's first answer.
func joinBy(t testing.TB, h *Hub, answer func(hubapi.Challenge) hubapi.JoinRequest) (*hubapi.JoinStream, string, error) {
	t.Helper()
	ctx := context.Background()
	c, err := hubapi.DialVia(ctx, h.LocatorAddr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	js, chal, err := c.OpenJoin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := js.Send(ctx, hubapi.KindJoin, answer(chal)); err != nil {
		t.Fatal(err)
	}
	kind, _, err := js.Recv(ctx)
	return js, kind, err
}

// TestJoinReplayRefused: a join recorded on one connection and replayed on
// another is refused, and the real miner keeps its session.
func TestJoinReplayRefused(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	k := newKey(t)
	addr := crypto.PubkeyToAddress(k.PublicKey)
	var recorded hubapi.JoinRequest
	_, kind, err := joinBy(t, h, func(chal hubapi.Challenge) hubapi.JoinRequest {
		recorded = signJoin(t, hubapi.JoinRequest{Miner: addr.Hex(), Wallet: h.Wallet().Hex(), Time: time.Now().Unix(), Name: "real",
			Capacity: hubapi.Capacity{Slots: 2, Executors: []string{"wasm"}}}, chal.Nonce, chal.Hub, k)
		return recorded
	})
	if err != nil || kind != hubapi.KindWelcome {
		t.Fatalf("real join: got %q, %v; want welcome", kind, err)
	}
	ctx := context.Background()
	real, _ := ask(ctx, h, func() (*session, error) { return h.st.byMiner[addr], nil })
	if real == nil {
		t.Fatal("the real miner has no session")
	}
	_, kind, err = joinBy(t, h, func(hubapi.Challenge) hubapi.JoinRequest { return recorded })
	if !errors.Is(err, hubapi.ErrBadSignature) {
		t.Fatalf("replayed join: got %q, %v; want ErrBadSignature", kind, err)
	}
	now, _ := ask(ctx, h, func() (*session, error) { return h.st.byMiner[addr], nil })
	if now != real || real.gone {
		t.Fatalf("after the replay the miner's session is %p (gone %v), want the real one %p", now, real.gone, real)
	}
}

// TestJoinChangedAfterSigningRefused: capacity (or anything else) changed
// after the miner signed is refused.
func TestJoinChangedAfterSigningRefused(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	k := newKey(t)
	_, kind, err := joinBy(t, h, func(chal hubapi.Challenge) hubapi.JoinRequest {
		r := signJoin(t, hubapi.JoinRequest{Miner: crypto.PubkeyToAddress(k.PublicKey).Hex(), Wallet: h.Wallet().Hex(), Time: time.Now().Unix(),
			Capacity: hubapi.Capacity{Slots: 1, Executors: []string{"wasm"}}}, chal.Nonce, chal.Hub, k)
		r.Capacity.Slots = 64
		return r
	})
	if !errors.Is(err, hubapi.ErrBadSignature) {
		t.Fatalf("got %q, %v; want ErrBadSignature", kind, err)
	}
}

// TestOnlyTheBuyerReads: list, status and results answer the task's buyer
// and refuse anyone else.
func TestOnlyTheBuyerReads(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	m := startMiner(t, h, 4, goodOutput, 0)
	defer m.stop()
	c, task := submit(t, h, noopSpec(4, 1))
	defer c.Close()
	if st := wait(t, c, task, testBuyer()); st.State != hubapi.StateDone {
		t.Fatalf("final status %+v", st)
	}
	ctx := context.Background()
	other := hubapi.Buyer{Key: newKey(t)}
	if _, err := c.Status(ctx, task, other, nil); !errors.Is(err, hubapi.ErrNotAllowed) {
		t.Errorf("third party's status: got %v, want ErrNotAllowed", err)
	}
	if _, err := c.Results(ctx, task, other); !errors.Is(err, hubapi.ErrNotAllowed) {
		t.Errorf("third party's results: got %v, want ErrNotAllowed", err)
	}
	if l, err := c.List(ctx, other); err != nil || len(l.Tasks) != 0 {
		t.Errorf("third party's own list: got %d tasks, %v; want none", len(l.Tasks), err)
	}
	// Naming the buyer, signed by someone else; unsigned; everyone's.
	buyer := crypto.PubkeyToAddress(testBuyer().Key.PublicKey)
	now := time.Now().Unix()
	sig, _ := hubapi.Sign(hubapi.ReadDigest(h.self, hubapi.EvList, buyer.Bytes(), now), other.Key)
	var l hubapi.ListReply
	if err := c.Call(ctx, hubapi.EvList, hubapi.ListRequest{Buyer: buyer.Hex(), Time: now, Sig: sig}, &l); !errors.Is(err, hubapi.ErrNotAllowed) {
		t.Errorf("third party lists the buyer's tasks: got %d tasks, %v; want ErrNotAllowed", len(l.Tasks), err)
	}
	if err := c.Call(ctx, hubapi.EvList, hubapi.ListRequest{}, &l); err == nil {
		t.Errorf("an unsigned list with no buyer answered %d tasks", len(l.Tasks))
	}
	var r hubapi.Results
	if err := c.Call(ctx, hubapi.EvResults, hubapi.TaskRequest{Task: task, Time: now}, &r); !errors.Is(err, hubapi.ErrBadSignature) {
		t.Errorf("unsigned results: got %v, want ErrBadSignature", err)
	}
	// A signature for status does not read results.
	ssig, _ := hubapi.Sign(hubapi.ReadDigest(h.self, hubapi.EvStatus, common.HexToHash(task).Bytes(), now), testBuyer().Key)
	if err := c.Call(ctx, hubapi.EvResults, hubapi.TaskRequest{Task: task, Time: now, Sig: ssig}, &r); !errors.Is(err, hubapi.ErrNotAllowed) {
		t.Errorf("results with a status signature: got %v, want ErrNotAllowed", err)
	}
	// The buyer's own.
	if l, err := c.List(ctx, testBuyer()); err != nil || len(l.Tasks) != 1 || l.Tasks[0].Task != task {
		t.Errorf("buyer's list: got %+v, %v; want its task", l.Tasks, err)
	}
	if r, err := c.Results(ctx, task, testBuyer()); err != nil || r.ResultHash == "" {
		t.Errorf("buyer's results: got %+v, %v", r, err)
	}
}

// TestListLimit: a list reply holds at most ListLimit tasks, newest first,
// and says when older ones were left out (so that it stays within what a
// client decodes).
func TestListLimit(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.ListLimit = 2 })
	defer h.Close()
	var tasks []string
	var c *hubapi.Client
	for i := 0; i < 3; i++ {
		var task string
		c, task = submit(t, h, noopSpec(1, 1))
		tasks = append(tasks, task)
	}
	l, err := c.List(context.Background(), testBuyer())
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Tasks) != 2 || !l.More || l.Tasks[0].Task != tasks[2] || l.Tasks[1].Task != tasks[1] {
		t.Fatalf("got %d tasks (more %v), want the newest 2 of 3 and more", len(l.Tasks), l.More)
	}
}

// TestUnreadAssignmentIsNotLost: a miner whose stream is slow (it has not
// read its assignment yet, so its heartbeats neither list nor claim it)
// keeps the replica; it was lost after three heartbeats, and with one miner
// the unit then had nobody left to run it.
func TestUnreadAssignmentIsNotLost(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	k := newKey(t)
	addr := crypto.PubkeyToAddress(k.PublicKey)
	js, kind, err := joinBy(t, h, func(chal hubapi.Challenge) hubapi.JoinRequest {
		return signJoin(t, hubapi.JoinRequest{Miner: addr.Hex(), Wallet: h.Wallet().Hex(), Time: time.Now().Unix(), Name: "slow reader",
			Capacity: hubapi.Capacity{Slots: 1, Cores: 1, MemoryBytes: 1 << 30, Executors: []string{"wasm"}}}, chal.Nonce, chal.Hub, k)
	})
	if err != nil || kind != hubapi.KindWelcome {
		t.Fatalf("join: got %q, %v; want welcome", kind, err)
	}
	ctx := context.Background()
	c, task := submit(t, h, noopSpec(1, 1))
	placed := func() bool {
		n, _ := ask(ctx, h, func() (int, error) {
			if s := h.st.byMiner[addr]; s != nil {
				return len(s.running), nil
			}
			return 0, nil
		})
		return n > 0
	}
	waitUntil(t, "the unit is placed on the miner", placed)
	// Ten heartbeats that have read nothing.
	for i := 0; i < 10; i++ {
		if err := js.Send(ctx, hubapi.KindHeartbeat, hubapi.Heartbeat{Free: 1}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(h.cfg.Heartbeat)
	}
	if !placed() {
		t.Fatal("the hub lost a replica its miner had not read yet")
	}
	var a hubapi.Assignment
	for {
		kind, body, err := js.Recv(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if kind == hubapi.KindAssign {
			if err := hubapi.Unmarshal(body, &a); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	data := []byte(goodOutput(a.Unit))
	sum := sha256.Sum256(data)
	f := hubapi.File{Path: fmt.Sprintf("out-%d.txt", a.Unit), Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
	root, _ := hubapi.OutputRoot([]hubapi.File{f})
	if err := js.Send(ctx, hubapi.KindResult, hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Root: root.Hex(),
		Outputs: []hubapi.File{f}, Inline: []hubapi.InlineFile{{Path: f.Path, Data: data}}}); err != nil {
		t.Fatal(err)
	}
	if st := wait(t, c, task, testBuyer()); st.State != hubapi.StateDone {
		t.Fatalf("final status %+v, want done", st)
	}
}
