package miner

import (
	"bytes"
	"context"
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

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/wasm"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/taskspec"
)

const mandelbrotWasm = "../../examples/mandelbrot/mandelbrot.wasm"

// sharedWasm is one wasm executor for the whole package: compiling the
// mandelbrot module once keeps the tests quick.
var sharedWasm *wasm.Executor

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "sonm-miner-test-wasm-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		w, err := wasm.New(wasm.Config{CacheDir: dir}, slog.New(slog.DiscardHandler))
		if err == nil {
			err = w.Start(context.Background())
		}
		if err == nil {
			// Compiled before any test's deadline starts: under the race
			// detector on a loaded machine compiling takes most of a minute.
			err = w.Precompile(context.Background(), mandelbrotWasm)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer w.Close(context.Background())
		sharedWasm = w
		return m.Run()
	}()
	os.Exit(code)
}

// tileSpec is a 4-tile mandelbrot run of the real module; moduleSHA pins it.
func tileSpec(moduleSHA string) string {
	return `name: tiles
executor: wasm
module:
  path: mandelbrot.wasm
  sha256: ` + moduleSHA + `
args: ["-tile", "{{index}}", "-tiles", "{{count}}", "-size", "64"]
resources:
  cpu: 1
  memory: 64MiB
  max_duration: 60s
outputs: ["tile-{{index}}.png"]
units:
  count: 4
`
}

// shareBundle puts the mandelbrot module in a directory and shares it from
// a delivery node of its own, as a buyer or hub would.
func shareBundle(t *testing.T) (magnet, moduleSHA string) {
	t.Helper()
	mod, err := os.ReadFile(mandelbrotWasm)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "bundle")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mandelbrot.wasm"), mod, 0o644); err != nil {
		t.Fatal(err)
	}
	sh, err := startDelivery(t).Share(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return sh.Magnet, sha(mod)
}

// directRoot runs unit i of spec straight through the wasm executor and
// returns the output root a miner should report.
func directRoot(t *testing.T, specText string, i int) string {
	t.Helper()
	spec, err := taskspec.Parse([]byte(specText), filepath.Dir(mandelbrotWasm))
	if err != nil {
		t.Fatal(err)
	}
	u, err := spec.Unit(i)
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	job := executor.JobFor(spec, u, "direct", "", out)
	res, err := sharedWasm.Run(context.Background(), job)
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("direct run of unit %d: exit %d, %v", i, res.ExitCode, err)
	}
	files := make([]hubapi.File, 0, len(res.Outputs))
	for _, o := range res.Outputs {
		files = append(files, hubapi.File{Path: o.Path, Size: o.Size, SHA256: o.SHA256})
	}
	root, err := hubapi.OutputRoot(files)
	if err != nil {
		t.Fatal(err)
	}
	return root.Hex()
}

func TestJoinRunsUnitsOfARealBundle(t *testing.T) {
	hub := newFakeHub(t)
	magnet, modSHA := shareBundle(t)
	key, _ := crypto.GenerateKey()
	tm := startMiner(t, hub, Config{Key: key, Executors: map[string]executor.Executor{"wasm": sharedWasm},
		Delivery: startDelivery(t), Slots: 2, Name: "m1", AskWei: big.NewInt(1000)})
	j := hub.next(t)

	if got, want := j.req.Miner, crypto.PubkeyToAddress(key.PublicKey).Hex(); got != want {
		t.Errorf("join miner: got %s, want %s", got, want)
	}
	if j.req.Name != "m1" || j.req.Capacity.Slots != 2 || j.req.AskWei != "1000" || len(j.req.Capacity.Executors) != 1 {
		t.Errorf("join request: got %+v, want name m1, 2 slots, ask 1000, executors [wasm]", j.req)
	}
	if hb := j.heartbeat(t); hb.Free != 2 || len(hb.Running) != 0 {
		t.Errorf("first heartbeat: got %+v, want 2 free and nothing running", hb)
	}

	spec := tileSpec(modSHA)
	task := "0x" + strings.Repeat("ab", 32)
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: task, Spec: []byte(spec), Bundle: magnet, UnitPayWei: "5"})
	for i := range 4 {
		j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: uint64(100 + i), Task: task, Unit: i})
	}
	got := map[int]hubapi.UnitResult{}
	for range 4 {
		r := j.result(t)
		got[r.Unit] = r
	}
	for i := range 4 {
		r, ok := got[i]
		if !ok {
			t.Fatalf("no result for unit %d", i)
		}
		if r.Error != "" || r.ExitCode != 0 || r.ID != uint64(100+i) || r.Task != task {
			t.Errorf("unit %d: got %+v, want id %d, exit 0, no error", i, r, 100+i)
		}
		if want := directRoot(t, spec, i); r.Root != want {
			t.Errorf("unit %d root: got %s, want %s (a direct run)", i, r.Root, want)
		}
		if len(r.Outputs) != 1 || r.Outputs[0].Path != fmt.Sprintf("tile-%d.png", i) {
			t.Fatalf("unit %d outputs: got %+v, want one tile", i, r.Outputs)
		}
		if len(r.Inline) != 1 || sha(r.Inline[0].Data) != r.Outputs[0].SHA256 || r.Magnet != "" {
			t.Errorf("unit %d: got %d inline files and magnet %q, want the tile inline with its sha256", i, len(r.Inline), r.Magnet)
		}
	}
	tm.ev.waitCount(t, "reported", 4, kindIs(EventReported))
	st := tm.Stats()
	if st.Runs != 4 || st.Succeeded != 4 || st.Reported != 4 || !st.Connected || st.Wallet != hub.wallet {
		t.Errorf("stats: got %+v, want 4 runs succeeded and reported, connected to %s", st, hub.wallet.Hex())
	}
	entries, _ := os.ReadDir(filepath.Join(tm.cfg.WorkDir, dirUnits))
	if len(entries) != 0 {
		t.Errorf("unit output dirs: got %d left, want none once reported inline", len(entries))
	}
	tm.stop(t)
}

func TestWrongModuleHashFailsTheUnit(t *testing.T) {
	hub := newFakeHub(t)
	magnet, _ := shareBundle(t)
	startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": sharedWasm}, Delivery: startDelivery(t)})
	j := hub.next(t)
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t-bad", Spec: []byte(tileSpec(strings.Repeat("0", 64))), Bundle: magnet})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "t-bad", Unit: 0})
	r := j.result(t)
	if !strings.Contains(r.Error, "sha256 mismatch") || r.ExitCode != -1 {
		t.Errorf("result: got exit %d, error %q, want -1 and a sha256 mismatch", r.ExitCode, r.Error)
	}
	if want := emptyRoot(); r.Root != want {
		t.Errorf("root: got %s, want the empty root %s", r.Root, want)
	}
}

func TestUnitWithoutBundleOrSpec(t *testing.T) {
	hub := newFakeHub(t)
	// No delivery node: a task with a bundle cannot be fetched.
	startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": newGate()}})
	j := hub.next(t)
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "unknown", Unit: 0})
	if r := j.result(t); !strings.Contains(r.Error, "sent no spec for task unknown") {
		t.Errorf("unknown task: got error %q, want it to say no spec was sent", r.Error)
	}
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "b", Spec: []byte(gateSpec), Bundle: "magnet:?xt=urn:btih:" + strings.Repeat("1", 40)})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 2, Task: "b", Unit: 0})
	if r := j.result(t); !strings.Contains(r.Error, "needs a delivery node") {
		t.Errorf("bundle without delivery: got error %q, want it to say a delivery node is needed", r.Error)
	}
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "esc", Spec: []byte(strings.Replace(gateSpec, "app.wasm", "../../etc/app.wasm", 1))})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 3, Task: "esc", Unit: 0})
	if r := j.result(t); !strings.Contains(r.Error, "outside the task's bundle") {
		t.Errorf("path outside the bundle: got error %q, want it refused", r.Error)
	}
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "dock", Spec: []byte("name: d\nexecutor: docker\nimage: busybox\nunits:\n  count: 1\n")})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 4, Task: "dock", Unit: 0})
	if r := j.result(t); !strings.Contains(r.Error, "no docker executor") {
		t.Errorf("docker task on a wasm miner: got error %q, want it refused", r.Error)
	}
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t", Spec: []byte(gateSpec)})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 5, Task: "t", Unit: 99})
	if r := j.result(t); !strings.Contains(r.Error, "99") {
		t.Errorf("unit out of range: got error %q, want it to name unit 99", r.Error)
	}
}

func TestCancelStopsTheRunAndSkipsItsReport(t *testing.T) {
	hub := newFakeHub(t)
	g := newGate()
	tm := startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": g}, Slots: 1})
	j := hub.next(t)
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t", Spec: []byte(gateSpec)})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "t", Unit: 0})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 2, Task: "t", Unit: 1})
	job := g.waitStarted(t)
	if job.Args[0] != "0" {
		t.Fatalf("first run: got args %v, want unit 0", job.Args)
	}
	// With one slot the second assignment waits; both are held.
	for {
		hb := j.heartbeat(t)
		if len(hb.Running) == 2 {
			if hb.Free != 0 {
				t.Errorf("heartbeat: got %d free, want 0", hb.Free)
			}
			break
		}
	}
	j.send(t, hubapi.KindCancel, hubapi.Cancel{ID: 1, Reason: "settled"})
	job = g.waitStarted(t)
	if job.Args[0] != "1" {
		t.Fatalf("second run: got args %v, want unit 1", job.Args)
	}
	g.release <- struct{}{}
	r := j.result(t)
	if r.ID != 2 || r.Error != "" {
		t.Errorf("first result: got id %d error %q, want id 2 (the cancelled 1 is never reported)", r.ID, r.Error)
	}
	if g.peak != 1 {
		t.Errorf("units at once: got %d, want 1 (one slot)", g.peak)
	}
	st := tm.Stats()
	if st.Cancelled != 1 || st.Runs != 1 {
		t.Errorf("stats: got %d cancelled and %d runs, want 1 and 1", st.Cancelled, st.Runs)
	}
	// A cancel for something unknown is harmless.
	j.send(t, hubapi.KindCancel, hubapi.Cancel{ID: 42})
	j.heartbeat(t)
}

func TestResultsOfUnitsFinishedWhileDisconnectedAreReportedAfterRejoin(t *testing.T) {
	for _, how := range []string{"stream closed", "hub killed"} {
		t.Run(how, func(t *testing.T) {
			hub := newFakeHub(t)
			g := newGate()
			tm := startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": g}})
			j := hub.next(t)
			j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t", Spec: []byte(gateSpec)})
			j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 7, Task: "t", Unit: 3})
			g.waitStarted(t)
			if how == "hub killed" {
				hub.kill()
			} else {
				j.close()
			}
			tm.ev.waitFor(t, "disconnected", kindIs(EventDisconnected))
			g.release <- struct{}{}
			tm.ev.waitFor(t, "unit done", kindIs(EventDone))
			if how == "hub killed" {
				hub.start()
			}
			j2 := hub.next(t)
			r := j2.result(t)
			if r.ID != 7 || r.Unit != 3 || r.Error != "" || len(r.Inline) != 1 {
				t.Errorf("result after rejoin: got %+v, want assignment 7, unit 3, inline output", r)
			}
			if st := tm.Stats(); st.Joins < 2 || st.Reported != 1 {
				t.Errorf("stats: got %d joins and %d reported, want at least 2 and 1", st.Joins, st.Reported)
			}
		})
	}
}

func TestBadWelcomeIsAClearErrorAndTheMinerTriesAgain(t *testing.T) {
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tests := []struct {
		name  string
		first func(w common.Address) (string, any)
		want  string
	}{
		{"wrong kind", func(w common.Address) (string, any) {
			return hubapi.KindTask, hubapi.TaskInfo{Task: "x"}
		}, `first message is "task", want "welcome"`},
		{"garbage body", func(w common.Address) (string, any) { return hubapi.KindWelcome, []byte{0xc1, 0x00} }, "bad request"},
		{"other wallet", func(w common.Address) (string, any) {
			return hubapi.KindWelcome, hubapi.Welcome{Wallet: other.Hex(), MinerWei: "1"}
		}, "speaks for wallet"},
		{"pay below ask", func(w common.Address) (string, any) {
			return hubapi.KindWelcome, hubapi.Welcome{Wallet: w.Hex(), MinerWei: "5"}
		}, "below this miner's ask"},
		{"pay not a number", func(w common.Address) (string, any) {
			return hubapi.KindWelcome, hubapi.Welcome{Wallet: w.Hex(), MinerWei: "lots"}
		}, "not an amount of wei"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hub := newFakeHub(t)
			hub.first = func(hubapi.JoinRequest) (string, any) { return tc.first(hub.wallet) }
			tm := startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": newGate()}, AskWei: big.NewInt(10)})
			hub.next(t)
			ev := tm.ev.waitFor(t, "disconnected", kindIs(EventDisconnected))
			if !errors.Is(ev.Err, ErrBadWelcome) || !strings.Contains(ev.Err.Error(), tc.want) {
				t.Errorf("error: got %v, want ErrBadWelcome saying %q", ev.Err, tc.want)
			}
			hub.next(t) // it tries again
			if tm.Stats().Joins != 0 {
				t.Errorf("joins: got %d, want 0", tm.Stats().Joins)
			}
		})
	}
}

func TestGarbageMessagesAreReportedAndSkipped(t *testing.T) {
	hub := newFakeHub(t)
	g := newGate()
	tm := startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": g}})
	j := hub.next(t)
	j.send(t, "gossip", []byte("hello"))
	j.send(t, hubapi.KindAssign, []byte{0xc1})
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "no-spec"})
	j.send(t, hubapi.KindPaid, hubapi.Paid{AmountWei: "-3"})
	j.send(t, hubapi.KindWelcome, hubapi.Welcome{Wallet: hub.wallet.Hex()})
	for _, want := range []string{`unknown message kind "gossip"`, "assign message: bad request", "without a spec", "not an amount of wei", "a second welcome"} {
		tm.ev.waitFor(t, "warning "+want, func(e Event) bool {
			return e.Kind == EventWarning && strings.Contains(e.Err.Error(), want)
		})
	}
	// The stream still works.
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t", Spec: []byte(gateSpec)})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "t", Unit: 0})
	g.release <- struct{}{}
	if r := j.result(t); r.ID != 1 || r.Error != "" {
		t.Errorf("result after garbage: got %+v, want assignment 1 done", r)
	}
	if st := tm.Stats(); st.Joins != 1 {
		t.Errorf("joins: got %d, want 1 (garbage does not drop the stream)", st.Joins)
	}
}

func TestLargeOutputIsSharedByTorrent(t *testing.T) {
	hub := newFakeHub(t)
	g := newGate()
	big := bytes.Repeat([]byte("sonm"), hubapi.InlineLimit/4+1000)
	g.outputs = func(executor.Job) map[string][]byte {
		return map[string][]byte{"big.bin": big, "small.txt": []byte("hi")}
	}
	g.release <- struct{}{}
	tm := startMiner(t, hub, Config{Executors: map[string]executor.Executor{"wasm": g}, Delivery: startDelivery(t), KeepShared: time.Hour})
	j := hub.next(t)
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t", Spec: []byte(gateSpec)})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 9, Task: "t", Unit: 0})
	r := j.result(t)
	if r.Magnet == "" || len(r.Inline) != 0 || len(r.Outputs) != 2 {
		t.Fatalf("result: got magnet %q, %d inline, %d outputs, want a magnet and no inline data", r.Magnet, len(r.Inline), len(r.Outputs))
	}
	// The hub fetches the output and finds what the result says.
	target, err := delivery.ParseTarget(r.Magnet)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	f, err := startDelivery(t).Fetch(ctx, delivery.FetchRequest{Target: target, Dir: t.TempDir()})
	if err != nil {
		t.Fatalf("fetch the output: %v", err)
	}
	var files []hubapi.File
	for _, o := range r.Outputs {
		b, err := os.ReadFile(filepath.Join(f.Path, o.Path))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, hubapi.File{Path: o.Path, Size: int64(len(b)), SHA256: sha(b)})
	}
	root, _ := hubapi.OutputRoot(files)
	if root.Hex() != r.Root {
		t.Errorf("root of the fetched output: got %s, want %s", root.Hex(), r.Root)
	}
	// Cancelling a reported unit stops sharing and removes its output.
	j.send(t, hubapi.KindCancel, hubapi.Cancel{ID: 9})
	dir := filepath.Join(tm.cfg.WorkDir, dirUnits, "9")
	for {
		j.heartbeat(t)
		if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
			break
		}
	}
}

func TestRestartReportsWhatFinishedAndDropsWhatRan(t *testing.T) {
	hub := newFakeHub(t)
	g := newGate()
	work := t.TempDir()
	key, _ := crypto.GenerateKey()
	cfg := Config{Key: key, Executors: map[string]executor.Executor{"wasm": g}, WorkDir: work}
	tm := startMiner(t, hub, cfg)
	j := hub.next(t)
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t", Spec: []byte(gateSpec)})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "t", Unit: 0})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 2, Task: "t", Unit: 1})
	g.waitStarted(t)
	g.waitStarted(t)
	hub.kill()
	tm.ev.waitFor(t, "disconnected", kindIs(EventDisconnected))
	g.release <- struct{}{}
	tm.ev.waitFor(t, "one unit done", kindIs(EventDone))

	// What a crash leaves: the state file as it is now. Stopping the miner
	// cleanly would forget the run still going, so copy it first.
	state, err := os.ReadFile(filepath.Join(work, stateFile))
	if err != nil {
		t.Fatal(err)
	}
	tm.stop(t)
	if err := os.WriteFile(filepath.Join(work, stateFile), state, 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := loadState(filepath.Join(work, stateFile))
	if err != nil || len(st.Results) != 1 || len(st.Running) != 1 {
		t.Fatalf("state: got %+v (%v), want one result and one running", st, err)
	}

	hub.start()
	g2 := newGate()
	cfg.Executors = map[string]executor.Executor{"wasm": g2}
	tm2 := startMiner(t, hub, cfg)
	dropped := tm2.ev.waitFor(t, "dropped", kindIs(EventDropped))
	j2 := hub.next(t)
	r := j2.result(t)
	if r.Error != "" || len(r.Inline) != 1 {
		t.Errorf("result after restart: got %+v, want a finished unit", r)
	}
	if r.ID+dropped.Assignment != 3 {
		t.Errorf("got result %d and dropped %d, want one of each of 1 and 2", r.ID, dropped.Assignment)
	}
	tm2.stop(t)
	st, err = loadState(filepath.Join(work, stateFile))
	if err != nil || len(st.Results) != 0 || len(st.Running) != 0 {
		t.Errorf("state after the report: got %+v (%v), want empty", st, err)
	}
}

func TestBadStateFileIsAClearError(t *testing.T) {
	work := t.TempDir()
	if err := os.WriteFile(filepath.Join(work, stateFile), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	m, err := New(Config{Key: key, WorkDir: work, Executors: map[string]executor.Executor{"wasm": newGate()},
		Hub: func(context.Context) (string, common.Address, error) {
			return "", common.Address{}, errors.New("unused")
		}})
	if err != nil {
		t.Fatal(err)
	}
	err = m.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "damaged") || !strings.Contains(err.Error(), "move it away") {
		t.Errorf("got %v, want an error saying the state file is damaged and what to do", err)
	}
}

func TestNewRefusesBadConfig(t *testing.T) {
	key, _ := crypto.GenerateKey()
	hub := func(context.Context) (string, common.Address, error) { return "", common.Address{}, nil }
	ex := map[string]executor.Executor{"wasm": newGate()}
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no key", Config{Hub: hub, Executors: ex, WorkDir: "w"}, "no key"},
		{"no hub", Config{Key: key, Executors: ex, WorkDir: "w"}, "no hub"},
		{"no executor", Config{Key: key, Hub: hub, WorkDir: "w"}, "no executor"},
		{"odd executor", Config{Key: key, Hub: hub, WorkDir: "w", Executors: map[string]executor.Executor{"jvm": newGate()}}, `unknown executor "jvm"`},
		{"no workdir", Config{Key: key, Hub: hub, Executors: ex}, "no work directory"},
		{"negative ask", Config{Key: key, Hub: hub, Executors: ex, WorkDir: "w", AskWei: big.NewInt(-1)}, "negative ask"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestEventStrings(t *testing.T) {
	w := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	task := "0x" + strings.Repeat("ab", 32)
	tests := []struct {
		ev   Event
		want string
	}{
		{Event{Kind: EventJoined, Hub: "127.0.0.1:10053", Wallet: w, Session: 3, AmountWei: big.NewInt(0)}, "joined hub 0x00000000000000000000000000000000000000AA at 127.0.0.1:10053 (session 3, pays 0 SNM per core-hour)"},
		{Event{Kind: EventDone, Task: task, Unit: 7, Duration: 120 * time.Millisecond}, "unit 7 of task 0xabababab.. done in 120ms"},
		{Event{Kind: EventDone, Task: "t", Unit: 1, Err: errors.New("timed out")}, "unit 1 of task t failed: timed out"},
		{Event{Kind: EventPaid, Wallet: w, AmountWei: big.NewInt(12_300_000_000_000_000), Tx: "0x1"}, "paid 0.0123 SNM by 0x00000000000000000000000000000000000000AA (tx 0x1)"},
	}
	for _, tc := range tests {
		if got := tc.ev.String(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// pinnedImages is a fake ImagePreparer: it prepares every image as id.
type pinnedImages struct{ id string }

func (p pinnedImages) Prepare(ctx context.Context, spec *taskspec.Spec) (string, error) {
	return p.id, nil
}

// A Docker unit runs the image its preparer returned, by ID, not the tag
// the spec names (which may name another image by the time it starts); a
// miner that prepares no images refuses Docker tasks.
func TestDockerUnitsRunThePreparedImageByID(t *testing.T) {
	const spec = "name: d\nexecutor: docker\nimage: sonm/app:1\nunits:\n  count: 1\n"
	id := "sha256:" + strings.Repeat("ab", 32)
	tests := []struct {
		name    string
		images  ImagePreparer
		wantImg string
		wantErr string
	}{
		{"prepared", pinnedImages{id}, id, ""},
		{"no preparer", nil, "", "prepares no Docker images"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hub := newFakeHub(t)
			g := newGate()
			startMiner(t, hub, Config{Executors: map[string]executor.Executor{"docker": g}, Images: tt.images})
			j := hub.next(t)
			j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "d", Spec: []byte(spec)})
			j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "d", Unit: 0})
			if tt.wantErr != "" {
				if r := j.result(t); !strings.Contains(r.Error, tt.wantErr) {
					t.Errorf("got error %q, want it to say %q", r.Error, tt.wantErr)
				}
				return
			}
			if job := g.waitStarted(t); job.Image != tt.wantImg {
				t.Errorf("the unit runs image %q, want %q", job.Image, tt.wantImg)
			}
			g.release <- struct{}{}
		})
	}
}
