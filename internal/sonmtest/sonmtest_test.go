package sonmtest_test

import (
	"context"
	"math/big"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// startHub starts a real hub without a chain.
func startHub(t *testing.T) *hub.Hub {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	h, err := hub.New(hub.Config{Key: key, Wallet: common.Address{0xaa}, DataDir: t.TempDir(), BuyerWei: big.NewInt(3600_000),
		MinerWei: big.NewInt(1800_000), LocatorAddr: "127.0.0.1:0", Heartbeat: 100 * time.Millisecond, PayEvery: 50 * time.Millisecond,
		StuckWait: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// Stand-in miners run a task on a real hub to the result honest miners
// write, each replica of a unit on another miner, and fail the units of a
// failing task.
func TestStandInMinersRunATask(t *testing.T) {
	h := startHub(t)
	var ms []*sonmtest.StandInMiner
	for range 2 {
		ms = append(ms, sonmtest.Miner(t, sonmtest.MinerOptions{Locator: h.LocatorAddr(), Wallet: h.Wallet(), Slots: 2}))
	}
	c := sonmtest.Dial(t, h.LocatorAddr())
	b := sonmtest.TestBuyer()
	task := sonmtest.Submit(t, c, sonmtest.NoopSpec(6, 2), b)
	if st := sonmtest.WaitStatus(t, c, task, b, 0); st.State != hubapi.StateDone || st.Verified != 6 {
		t.Fatalf("got status %+v, want done with 6 verified", st)
	}
	if r := sonmtest.Results(t, c, task, b); r.ResultHash != sonmtest.GoodRoot(6).Hex() {
		t.Errorf("got result hash %s, want %s", r.ResultHash, sonmtest.GoodRoot(6).Hex())
	}
	var done int64
	for _, m := range ms {
		done += m.Done()
		for u, n := range m.Runs() {
			if n != 1 {
				t.Errorf("miner %s ran unit %d %d times, want once", m.Addr().Hex(), u, n)
			}
		}
		if err := m.Err(); err != nil {
			t.Errorf("miner %s: %v", m.Addr().Hex(), err)
		}
	}
	if done != 12 {
		t.Errorf("got %d results sent, want 12 (6 units x 2)", done)
	}

	failing := sonmtest.Submit(t, c, sonmtest.FailingSpec(1, 1), b)
	if st := sonmtest.WaitStatus(t, c, failing, b, 0); st.State != hubapi.StateFailed || !strings.Contains(st.Error, "always fails") {
		t.Errorf("failing task: got state %q error %q, want failed with the units' error", st.State, st.Error)
	}
}

// A miner that never answers holds its unit until it stops, and leaves
// without having sent a result.
func TestStandInMinerNeverAnswers(t *testing.T) {
	h := startHub(t)
	m := sonmtest.Miner(t, sonmtest.MinerOptions{Locator: h.LocatorAddr(), Wallet: h.Wallet(), Delay: sonmtest.Never})
	c := sonmtest.Dial(t, h.LocatorAddr())
	sonmtest.Submit(t, c, sonmtest.NoopSpec(1, 1), sonmtest.TestBuyer())
	sonmtest.WaitFor(t, "the miner holds the unit", 0, func() bool { return m.Assigned() > 0 })
	m.Stop()
	m.Stop() // twice is fine
	if m.Done() != 0 || len(m.Runs()) != 0 {
		t.Errorf("got %d results and runs %v, want none", m.Done(), m.Runs())
	}
}

// A stand-in miner joins a stand-in hub: the join is signed, and the
// miner answers what the test's script assigns with its output.
func TestStandInHubScriptsAMiner(t *testing.T) {
	h := sonmtest.StartHub(t)
	ctx, cancel := context.WithTimeout(context.Background(), sonmtest.Patience)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	// StartMiner returns once welcomed, which the script below does.
	started := make(chan error, 1)
	var m *sonmtest.StandInMiner
	go func() {
		var err error
		m, err = sonmtest.StartMiner(ctx, sonmtest.MinerOptions{Locator: h.Locator, Wallet: h.Wallet, Key: key, Name: "scripted", Slots: 3,
			Output: sonmtest.LiesOnEven})
		started <- err
	}()
	s := h.NextJoin(t)
	if addr := crypto.PubkeyToAddress(key.PublicKey); s.Req.Miner != addr.Hex() || s.Req.Name != "scripted" || s.Req.Capacity.Slots != 3 {
		t.Fatalf("join: got %+v, want miner %s named scripted with 3 slots", s.Req, addr.Hex())
	}
	task := common.Hash{1}.Hex()
	for _, msg := range []struct {
		kind string
		v    any
	}{
		{hubapi.KindWelcome, hubapi.Welcome{Wallet: h.Wallet.Hex(), HeartbeatMs: 100}},
		{hubapi.KindTask, hubapi.TaskInfo{Task: task, Spec: sonmtest.NoopSpec(3, 1)}},
		{hubapi.KindAssign, hubapi.Assignment{ID: 7, Task: task, Unit: 2}},
	} {
		if err := s.Send(ctx, msg.kind, msg.v); err != nil {
			t.Fatal(err)
		}
		if msg.kind == hubapi.KindWelcome {
			if err := <-started; err != nil {
				t.Fatalf("start miner: %v", err)
			}
			defer m.Stop()
		}
	}
	var heartbeats int
	for {
		kind, body, err := s.Recv(ctx)
		if err != nil {
			t.Fatalf("recv: %v (after %d heartbeats)", err, heartbeats)
		}
		if kind == hubapi.KindHeartbeat {
			var hb hubapi.Heartbeat
			if err := hubapi.Unmarshal(body, &hb); err != nil {
				t.Fatal(err)
			}
			heartbeats++
			continue
		}
		var r hubapi.UnitResult
		if kind != hubapi.KindResult || hubapi.Unmarshal(body, &r) != nil {
			t.Fatalf("got %q, want a result", kind)
		}
		want := sonmtest.Result(hubapi.Assignment{ID: 7, Task: task, Unit: 2}, "out-2.txt", []byte("a lie\n"))
		if r.ID != 7 || r.Unit != 2 || r.Root != want.Root || len(r.Inline) != 1 || string(r.Inline[0].Data) != "a lie\n" {
			t.Fatalf("got result %+v, want the liar's out-2.txt with root %s", r, want.Root)
		}
		break
	}
	m.Stop()
	if _, _, err := s.Recv(ctx); err == nil || !s.Ended() {
		t.Errorf("after the miner stopped: got %v, ended %v; want the stream over", err, s.Ended())
	}
}

// A chain world has its hub wallet registered, funded with the deposit,
// and its actors funded.
func TestChainWorld(t *testing.T) {
	w := sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Actors: []string{"buyer"}, Deposit: snm.Wei(7)})
	ctx := context.Background()
	st, err := w.Chain.Wallet(ctx, w.Wallet)
	if err != nil {
		t.Fatal(err)
	}
	if st.Owner != w.Hub.Addr || st.Balance.Cmp(snm.Wei(7)) != 0 || st.RegisteredAt.IsZero() {
		t.Errorf("wallet: got owner %s balance %s registered %v, want %s, 7 SNM, registered", st.Owner.Hex(), snm.String(st.Balance),
			st.RegisteredAt, w.Hub.Addr.Hex())
	}
	bal, err := w.Chain.Balance(ctx, w.Actor("buyer").Addr)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(snm.Wei(1000)) != 0 {
		t.Errorf("buyer: got %s, want 1000 SNM", snm.String(bal))
	}
}

// fatalTB records a Fatalf and ends the goroutine, as testing.T does.
type fatalTB struct {
	testing.TB
	mu  sync.Mutex
	msg string
}

func (f *fatalTB) Helper() {}
func (f *fatalTB) Fatalf(format string, args ...any) {
	f.mu.Lock()
	f.msg = format
	f.mu.Unlock()
	runtime.Goexit()
}

func TestWaitForFailsAtTheDeadline(t *testing.T) {
	f := &fatalTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		sonmtest.WaitFor(f, "never", 20*time.Millisecond, func() bool { return false })
	}()
	<-done
	if !strings.Contains(f.msg, "timed out") {
		t.Errorf("got %q, want a timeout", f.msg)
	}
	// A condition that holds returns at once.
	sonmtest.WaitFor(t, "always", time.Millisecond, func() bool { return true })
}
