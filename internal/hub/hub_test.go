package hub

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

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

// miner starts a stand-in miner on h, stopped when the test ends.
func miner(t testing.TB, h *Hub, o sonmtest.MinerOptions) *sonmtest.StandInMiner {
	t.Helper()
	o.Locator, o.Wallet = h.LocatorAddr(), h.Wallet()
	return sonmtest.Miner(t, o)
}

// submit hands spec to h, as the test buyer, on a new connection.
func submit(t testing.TB, h *Hub, spec []byte) (*hubapi.Client, string) {
	t.Helper()
	c := sonmtest.Dial(t, h.LocatorAddr())
	return c, sonmtest.Submit(t, c, spec, sonmtest.TestBuyer())
}

// checkResult verifies the assembled files against what good miners write.
func checkResult(t testing.TB, h *Hub, c *hubapi.Client, task string, units int) hubapi.Results {
	t.Helper()
	r := sonmtest.Results(t, c, task, sonmtest.TestBuyer())
	if len(r.Files) != units {
		t.Fatalf("result has %d files, want %d", len(r.Files), units)
	}
	if root := sonmtest.GoodRoot(units); r.ResultHash != root.Hex() {
		t.Fatalf("result hash %s, want %s (the good miners' outputs)", r.ResultHash, root.Hex())
	}
	id, _ := hubapi.ParseHash("task", task)
	b, err := os.ReadFile(filepath.Join(h.cfg.DataDir, "results", id.Hex(), "noop", "out-3.txt"))
	if err != nil || string(b) != sonmtest.GoodOutput(3) {
		t.Fatalf("assembled out-3.txt: %q, %v", b, err)
	}
	return r
}

func TestTaskRunsAndVerifies(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	var ms []*sonmtest.StandInMiner
	for i := 0; i < 3; i++ {
		ms = append(ms, miner(t, h, sonmtest.MinerOptions{Slots: 4}))
	}
	c, task := submit(t, h, sonmtest.NoopSpec(20, 2))
	st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone || st.Verified != 20 {
		t.Fatalf("final status %+v, want done with 20 verified", st)
	}
	checkResult(t, h, c, task, 20)
	// Never two replicas of a unit on one miner.
	for _, m := range ms {
		for u, n := range m.Runs() {
			if n > 1 {
				t.Errorf("miner %s ran unit %d %d times", m.Addr().Hex(), u, n)
			}
		}
		m.Stop()
	}
}

func TestWrongMinerIsOutvoted(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	liar := miner(t, h, sonmtest.MinerOptions{Slots: 8, Output: sonmtest.LiesOnEven})
	defer liar.Stop()
	for i := 0; i < 2; i++ {
		defer miner(t, h, sonmtest.MinerOptions{Slots: 2, Delay: 5 * time.Millisecond}).Stop()
	}
	c, task := submit(t, h, sonmtest.NoopSpec(16, 2))
	st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v", st)
	}
	checkResult(t, h, c, task, 16)
	// The liar is owed nothing for the units where it lied.
	rows, err := h.db.db.Query(`SELECT a.unit FROM earnings e JOIN assignments a ON a.id = e.assignment WHERE e.miner = ?`, liar.Addr().Hex())
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
	h.db.db.QueryRow(`SELECT COUNT(*) FROM assignments WHERE miner = ? AND state = ?`, liar.Addr().Hex(), asOutvoted).Scan(&outvoted)
	if outvoted == 0 {
		t.Errorf("no replica of the liar was outvoted")
	}
}

func TestDeadMinerUnitsMoveOn(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), nil)
	defer h.Close()
	slow := miner(t, h, sonmtest.MinerOptions{Slots: 8, Delay: sonmtest.Never}) // takes work, never answers, then dies
	good := miner(t, h, sonmtest.MinerOptions{Slots: 4})
	defer good.Stop()
	good2 := miner(t, h, sonmtest.MinerOptions{Slots: 4})
	defer good2.Stop()
	c, task := submit(t, h, sonmtest.NoopSpec(12, 1))
	sonmtest.WaitFor(t, "the slow miner holds work", 0, func() bool { return slow.Assigned() > 0 })
	slow.Stop()
	st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v", st)
	}
	checkResult(t, h, c, task, 12)
	var earned int
	h.db.db.QueryRow(`SELECT COUNT(*) FROM earnings WHERE miner = ?`, slow.Addr().Hex()).Scan(&earned)
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
	gone := miner(t, h, sonmtest.MinerOptions{Key: k, Slots: 1, Delay: sonmtest.Never}) // takes the unit, never answers, drops
	good := miner(t, h, sonmtest.MinerOptions{Slots: 1})
	defer good.Stop()
	c, task := submit(t, h, sonmtest.NoopSpec(4, 2))
	sonmtest.WaitFor(t, "the first miner holds a unit", 0, func() bool { return gone.Assigned() > 0 })
	gone.Stop()
	back := miner(t, h, sonmtest.MinerOptions{Key: k, Slots: 1})
	defer back.Stop()
	st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v, want done", st)
	}
	checkResult(t, h, c, task, 4)
}

// The same race, made certain: the miner comes back while its old
// connection is still open, so the hub moves the replica it held over to
// the new connection, which knows nothing of it. The hub must judge it
// lost at once, not let it fill the miner's only slot until the deadline
// and then keep the miner off the unit.
func TestTakenOverReplicaUnknownToTheMinerIsLost(t *testing.T) {
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.ReplicaGrace = time.Hour })
	defer h.Close()
	k := newKey(t)
	old := miner(t, h, sonmtest.MinerOptions{Key: k, Slots: 1, Delay: sonmtest.Never})
	good := miner(t, h, sonmtest.MinerOptions{Slots: 1})
	defer good.Stop()
	c, task := submit(t, h, sonmtest.NoopSpec(4, 2))
	sonmtest.WaitFor(t, "the first miner holds a unit", 0, func() bool { return old.Assigned() > 0 })
	back := miner(t, h, sonmtest.MinerOptions{Key: k, Slots: 1}) // takes the old connection's replicas over
	defer back.Stop()
	defer old.Stop()
	st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0)
	if st.State != hubapi.StateDone {
		t.Fatalf("final status %+v, want done", st)
	}
	checkResult(t, h, c, task, 4)
}

func TestHubRestartResumes(t *testing.T) {
	dir := t.TempDir()
	key := newKey(t)
	h := startHub(t, dir, key, nil)
	m := miner(t, h, sonmtest.MinerOptions{Slots: 2, Delay: 20 * time.Millisecond})
	c, task := submit(t, h, sonmtest.NoopSpec(30, 1))
	sonmtest.WaitFor(t, "five units done", 0, func() bool { return m.Done() >= 5 })
	m.Stop()
	c.Close()
	h.Close()

	h2 := startHub(t, dir, key, nil)
	defer h2.Close()
	m2 := miner(t, h2, sonmtest.MinerOptions{Slots: 4})
	defer m2.Stop()
	c2 := sonmtest.Dial(t, h2.LocatorAddr())
	st := sonmtest.WaitStatus(t, c2, task, sonmtest.TestBuyer(), 0)
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
	c := sonmtest.Dial(t, h.LocatorAddr())
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
	c := sonmtest.Dial(t, h.LocatorAddr())
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
	m := miner(t, h, sonmtest.MinerOptions{Slots: 4})
	defer m.Stop()
	c, task := submit(t, h, sonmtest.NoopSpec(4, 1))
	defer c.Close()
	if st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0); st.State != hubapi.StateDone {
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
	buyer := crypto.PubkeyToAddress(sonmtest.TestBuyer().Key.PublicKey)
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
	ssig, _ := hubapi.Sign(hubapi.ReadDigest(h.self, hubapi.EvStatus, common.HexToHash(task).Bytes(), now), sonmtest.TestBuyer().Key)
	if err := c.Call(ctx, hubapi.EvResults, hubapi.TaskRequest{Task: task, Time: now, Sig: ssig}, &r); !errors.Is(err, hubapi.ErrNotAllowed) {
		t.Errorf("results with a status signature: got %v, want ErrNotAllowed", err)
	}
	// The buyer's own.
	if l, err := c.List(ctx, sonmtest.TestBuyer()); err != nil || len(l.Tasks) != 1 || l.Tasks[0].Task != task {
		t.Errorf("buyer's list: got %+v, %v; want its task", l.Tasks, err)
	}
	if r, err := c.Results(ctx, task, sonmtest.TestBuyer()); err != nil || r.ResultHash == "" {
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
		c, task = submit(t, h, sonmtest.NoopSpec(1, 1))
		tasks = append(tasks, task)
	}
	l, err := c.List(context.Background(), sonmtest.TestBuyer())
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
	c, task := submit(t, h, sonmtest.NoopSpec(1, 1))
	placed := func() bool {
		n, _ := ask(ctx, h, func() (int, error) {
			if s := h.st.byMiner[addr]; s != nil {
				return len(s.running), nil
			}
			return 0, nil
		})
		return n > 0
	}
	sonmtest.WaitFor(t, "the unit is placed on the miner", 0, placed)
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
	if err := js.Send(ctx, hubapi.KindResult, sonmtest.Result(a, sonmtest.OutputName(a.Unit), []byte(sonmtest.GoodOutput(a.Unit)))); err != nil {
		t.Fatal(err)
	}
	if st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0); st.State != hubapi.StateDone {
		t.Fatalf("final status %+v, want done", st)
	}
}
