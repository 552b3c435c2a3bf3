package e2e

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/examples/mandelbrot"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
)

// TestMultiProcess runs the whole world as separate processes: a dev chain,
// a hub whose wallet the owner set up with the CLI, three miners and a
// buyer who renders the Mandelbrot set (16 tiles, each twice). The result
// must be the honest rendering, the deal confirmed, and the miners paid
// exactly verified replicas x unit pay.
func TestMultiProcess(t *testing.T) {
	started := time.Now()
	journey(t, newWorld(t, 3), started)
}

// journey is TestMultiProcess's story on the chain of w: hub wallet, hub,
// miners, one Mandelbrot job, and the checks of result, deal and payouts.
// It needs no time travel, so that it runs on any chain.
func journey(t *testing.T, w *world, started time.Time) {
	w.createHub()
	w.importKey(w.buyer)
	w.startHub()
	miners := w.startMiners()
	t.Logf("world up in %s: chain, hub wallet, hub, %d miners", time.Since(started).Round(time.Millisecond), len(miners))

	j := w.writeJob("task", 16, 2, 512, 200)
	before := w.balance(w.buyer.addr)
	escrowBefore := w.escrow()
	t0 := time.Now()
	sub := w.submit(j, filepath.Join(w.dir, "result"))
	code, err := sub.Wait(jobTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if code != 0 {
		t.Fatalf("client submit: exit code %d, want 0\n%s\n%s", code, sub.Stdout, sub.Stderr)
	}
	t.Logf("client submit: %s from submit to confirmed deal", time.Since(t0).Round(time.Millisecond))
	s := parseSubmit(t, sub.Stdout.String())
	if !s.Confirmed || s.State != hubapi.StateDone || s.DealStatus != "Confirmed" {
		t.Fatalf("submit ended confirmed=%v state %q deal %q, want true, done, Confirmed", s.Confirmed, s.State, s.DealStatus)
	}

	// The result is the honest rendering: every tile decodes to the pixels
	// the example's own code computes here.
	if len(s.Files) != j.units {
		t.Fatalf("result has %d files, want %d", len(s.Files), j.units)
	}
	checkTiles(t, s.OutDir, j)
	files := make([]hubapi.File, len(s.Files))
	for i, f := range s.Files {
		files[i] = hubapi.File{Path: f.Path, Size: f.Size, SHA256: f.SHA256}
	}
	root, err := hubapi.OutputRoot(files)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.EqualFold(root.Hex(), s.Root) {
		t.Errorf("result root %s, want the root of its files %s", s.Root, root.Hex())
	}

	// On chain: the deal is confirmed with that root, the buyer paid the
	// price and nothing else, and no escrow is left (what the deals contract
	// still holds is credited to the hub's wallet).
	id := common.HexToHash(s.Task)
	d, err := w.c.Deal(w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != chain.DealConfirmed {
		t.Errorf("deal %s is %s, want Confirmed", s.Task, d.Status)
	}
	if !strings.EqualFold(d.ResultHash.Hex(), s.Root) {
		t.Errorf("deal commits to %s, want the result root %s", d.ResultHash.Hex(), s.Root)
	}
	price, _ := new(big.Int).SetString(s.PriceWei, 10)
	if spent := new(big.Int).Sub(before, w.balance(w.buyer.addr)); price == nil || spent.Cmp(price) != 0 {
		t.Errorf("the buyer spent %s wei, want the price %s", spent, s.PriceWei)
	}
	if got := w.escrow(); got.Cmp(escrowBefore) != 0 {
		t.Errorf("the deals contract holds %s wei of escrow, want %s as before the job", got, escrowBefore)
	}

	// Money: every verified replica paid once, the unit pay each.
	pay := unitPay(t)
	es, ps := w.settle()
	if len(es) != j.units*j.repl {
		t.Errorf("the hub recorded %d verified replicas, want %d units x %d", len(es), j.units, j.repl)
	}
	w.checkPaidOnce(es, ps, pay)
	for i, a := range w.miners {
		n := 0
		for _, e := range es {
			if e.miner == a.addr {
				n++
			}
		}
		t.Logf("%s: %d verified replicas, %d paid events in its output", a.name, n, len(events(miners[i], "paid")))
	}
	t.Logf("total %s", time.Since(started).Round(time.Millisecond))
}

// checkTiles compares every tile under dir with the one rendered here.
func checkTiles(t *testing.T, dir string, j job) {
	t.Helper()
	v := mandelbrot.DefaultView
	v.MaxIter = j.iter
	for i := 0; i < j.units; i++ {
		data, err := os.ReadFile(filepath.Join(dir, mandelbrot.TileName(i)))
		if err != nil {
			t.Errorf("tile %d: %v", i, err)
			continue
		}
		got, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Errorf("tile %d: %v", i, err)
			continue
		}
		want, err := mandelbrot.RenderTile(j.grid, v, i)
		if err != nil {
			t.Fatal(err)
		}
		if !samePixels(got, want) {
			t.Errorf("tile %d differs from the rendering computed here", i)
		}
	}
}

func samePixels(a, b image.Image) bool {
	if a.Bounds().Size() != b.Bounds().Size() {
		return false
	}
	ab, bb := a.Bounds(), b.Bounds()
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, a1 := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			r2, g2, b2, a2 := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

// slowJob is a Mandelbrot job whose units take long enough (a few seconds
// for the tiles inside the set) to kill a process while they run.
func slowJob(w *world) job { return w.writeJob("task", slowUnits, 2, slowSize, slowIter) }

const (
	slowUnits = 16
	slowSize  = 512
	slowIter  = 2000
)

// TestMinerKilled kills one miner with SIGKILL after it reported a unit,
// while it runs others. The job completes on the two left, and the dead
// miner is paid for exactly the replicas it delivered that were verified,
// never for the ones it was running when it died.
func TestMinerKilled(t *testing.T) {
	started := time.Now()
	w := newWorld(t, 3)
	w.createHub()
	w.importKey(w.buyer)
	w.startHub()
	miners := w.startMiners()
	j := slowJob(w)
	sub := w.submit(j, filepath.Join(w.dir, "result"))

	victim := miners[0]
	if _, err := victim.Stdout.waitFor(jobTimeout, isEvent("reported")); err != nil {
		t.Fatalf("%s never reported a unit: %v", w.miners[0].name, err)
	}
	// The miner's "reported" event means the result was queued for its
	// connection, not that the hub has it: wait until the hub recorded one
	// of its results, so that the kill is after a delivered result.
	var delivered map[uint64]bool
	err := until(w.ctx, jobTimeout, 20*time.Millisecond, func() (bool, error) {
		states, err := assignmentStates(w.hubDB(), w.miners[0].addr)
		delivered = map[uint64]bool{}
		for id, st := range states {
			if st == "reported" || st == "agreed" {
				delivered[id] = true
			}
		}
		return len(delivered) > 0, err
	})
	if err != nil {
		t.Fatalf("the hub recorded no result of %s: %v", w.miners[0].name, err)
	}
	victim.Kill()
	reported := map[uint64]bool{}
	for _, e := range events(victim, "reported") {
		reported[e.Assignment] = true
	}
	started2 := map[uint64]bool{}
	for _, e := range events(victim, "started") {
		started2[e.Assignment] = true
	}
	t.Logf("killed %s (pid %d) after the hub recorded %d of its results; it had reported %d replicas and started %d",
		w.miners[0].name, victim.Pid(), len(delivered), len(reported), len(started2))
	if exited, code := sub.Exited(); exited {
		t.Fatalf("client submit already ended (exit %d) when the miner was killed: the job is too short for this test", code)
	}

	code, err := sub.Wait(jobTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if code != 0 {
		t.Fatalf("client submit: exit code %d, want 0\n%s\n%s", code, sub.Stdout, sub.Stderr)
	}
	s := parseSubmit(t, sub.Stdout.String())
	if !s.Confirmed || len(s.Files) != j.units {
		t.Fatalf("submit ended confirmed=%v with %d files, want true and %d", s.Confirmed, len(s.Files), j.units)
	}
	t.Logf("job done %s after the start", time.Since(started).Round(time.Millisecond))

	pay := unitPay(t)
	es, ps := w.settle()
	w.checkPaidOnce(es, ps, pay)
	if len(es) < j.units*j.repl {
		t.Errorf("the hub recorded %d verified replicas, want at least %d units x %d", len(es), j.units, j.repl)
	}
	states, err := assignmentStates(w.hubDB(), w.miners[0].addr)
	if err != nil {
		t.Fatal(err)
	}
	earned := map[uint64]bool{}
	for _, e := range es {
		if e.miner == w.miners[0].addr {
			earned[e.assignment] = true
		}
	}
	lost := 0
	for id, st := range states {
		switch st {
		case "agreed":
			if !earned[id] {
				t.Errorf("assignment %d of the dead miner is agreed but earned nothing", id)
			}
		case "lost", "cancelled":
			lost++
			if earned[id] {
				t.Errorf("assignment %d of the dead miner is %s, yet it earned pay", id, st)
			}
		case "running", "reported":
			t.Errorf("assignment %d of the dead miner is still %s after the job ended", id, st)
		}
	}
	// Every result the hub had from it before the kill was verified by an
	// agreeing replica and is paid; at most its two slots' worth more (sent
	// in the instant before the kill) may have been paid besides.
	for id := range delivered {
		if !earned[id] {
			t.Errorf("the hub had the dead miner's result of assignment %d before the kill, but it was not paid for it (state %q)", id, states[id])
		}
	}
	if len(earned) > len(delivered)+2 {
		t.Errorf("the dead miner earned %d replicas, more than the %d the hub had before the kill plus its 2 slots in flight", len(earned), len(delivered))
	}
	for id := range reported {
		if !earned[id] {
			// Known: the miner counts a result as reported once it is queued
			// on its connection (rpc.Channel.Send), before it is written.
			t.Logf("note: the dead miner said it reported assignment %d, but the hub never got it (state %q): lost in its write queue", id, states[id])
		}
	}
	victimPaid := new(big.Int)
	for _, p := range ps {
		if p.Miner == w.miners[0].addr {
			victimPaid.Add(victimPaid, p.Amount)
		}
	}
	if want := new(big.Int).Mul(pay, big.NewInt(int64(len(earned)))); victimPaid.Cmp(want) != 0 {
		t.Errorf("the dead miner was paid %s wei on chain, want %d verified replicas x %s = %s", victimPaid, len(earned), pay, want)
	}
	t.Logf("dead miner: %d replicas reported before the kill, %d verified and paid, %d lost or cancelled; %d verified replicas in all",
		len(reported), len(earned), lost, len(es))
}

// TestHubKilledAndRestarted kills the hub with SIGKILL in the middle of a
// job and starts it again on the same data directory. The job completes,
// the buyer gets and confirms the verified result, and every miner is paid
// exactly once for each verified replica. The miners fetch the module from
// a URL, so the restarted hub needs nothing from the buyer.
func TestHubKilledAndRestarted(t *testing.T) {
	mod, err := mandelbrot.Files.ReadFile("mandelbrot.wasm")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/mandelbrot.wasm" {
			http.NotFound(rw, r)
			return
		}
		rw.Write(mod)
	}))
	t.Cleanup(srv.Close)
	hubRestart(t, srv.URL+"/mandelbrot.wasm")
}

// TestHubKilledAndRestartedBuyerGone is the same with the module in the
// buyer's bundle: when the buyer's submit gave up on the dead hub, its
// torrent node is gone, and the restarted hub must do with the bundle it
// had already fetched.
func TestHubKilledAndRestartedBuyerGone(t *testing.T) {
	hubRestart(t, "")
}

func hubRestart(t *testing.T, moduleURL string) {
	started := time.Now()
	w := newWorld(t, 3)
	w.createHub()
	w.importKey(w.buyer)
	hub := w.startHub()
	miners := w.startMiners()
	j := w.writeJobFrom("task", slowUnits, 2, slowSize, slowIter, moduleURL)
	out := filepath.Join(w.dir, "result")
	sub := w.submit(j, out)

	line, err := sub.Stderr.waitFor(jobTimeout, func(s string) bool { return strings.Contains(s, "submitted to the hub") })
	if err != nil {
		t.Fatalf("the task was not handed to the hub: %v\n%s", err, sub.Stderr)
	}
	task := strings.Fields(line)[1]
	var at hubapi.TaskStatus
	err = until(w.ctx, jobTimeout, 50*time.Millisecond, func() (bool, error) {
		st, err := w.hubStatus(task)
		at = st
		return err == nil && st.Verified >= 2, err
	})
	if err != nil {
		t.Fatalf("no unit of %s was verified: %v", task, err)
	}
	hub.Kill()
	t.Logf("killed the hub at %d/%d units verified, %d replicas reported (%s after the start)", at.Verified, at.Units, at.Reported,
		time.Since(started).Round(time.Millisecond))
	if hubapi.Terminal(at.State) || at.Verified == at.Units {
		t.Fatalf("the task was %s with %d/%d units verified before the kill: the job is too short for this test", at.State, at.Verified, at.Units)
	}
	for i, m := range miners {
		if exited, code := m.Exited(); exited {
			t.Fatalf("%s exited (code %d) when the hub died", w.miners[i].name, code)
		}
	}
	w.startHub()
	t.Logf("hub restarted (%s after the start)", time.Since(started).Round(time.Millisecond))

	code, err := sub.Wait(jobTimeout)
	if err != nil {
		t.Fatal(err)
	}
	s := parseSubmit(t, sub.Stdout.String())
	if code == 0 {
		t.Logf("client submit followed the task across the restart")
		if !s.Confirmed {
			t.Fatalf("client submit exited 0 but did not confirm the deal: %+v", s)
		}
	} else {
		// The buyer's submit lost the hub; it must say how to go on, and
		// those commands must finish the job.
		t.Logf("client submit gave up when the hub died (exit %d): %s", code, s.Error)
		for _, want := range []string{"sonm client status " + task + " --follow", "sonm client results " + task + " --confirm"} {
			if !strings.Contains(s.Error, want) {
				t.Errorf("client submit's error does not say %q: %s", want, s.Error)
			}
		}
		if s.Confirmed {
			t.Errorf("client submit failed but says the deal is confirmed")
		}
		f := w.mustRun(jobTimeout, "status", "client", "status", task, "--follow", "--hub", w.locator, "--keystore", w.buyer.keystore, "--json")
		lines := strings.Split(strings.TrimSpace(f.Stdout), "\n")
		if last := lines[len(lines)-1]; !strings.Contains(last, `"state":"done"`) && !strings.Contains(last, `"state": "done"`) {
			t.Fatalf("client status --follow ended with %s, want state done", last)
		}
		r := w.mustRun(jobTimeout, "results", "client", "results", task, "--confirm", "--hub", w.locator, "--keystore", w.buyer.keystore,
			"--out", out, "--json")
		var v struct {
			Confirmed  bool   `json:"confirmed"`
			DealStatus string `json:"deal_status"`
			Files      []any  `json:"files"`
		}
		if err := json.Unmarshal([]byte(r.Stdout), &v); err != nil {
			t.Fatalf("client results --json printed %q: %v", r.Stdout, err)
		}
		if !v.Confirmed || len(v.Files) != j.units {
			t.Fatalf("client results --confirm: confirmed=%v with %d files, want true and %d", v.Confirmed, len(v.Files), j.units)
		}
	}
	d, err := w.c.Deal(w.ctx, common.HexToHash(task))
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != chain.DealConfirmed {
		t.Errorf("deal %s is %s, want Confirmed", task, d.Status)
	}
	t.Logf("job done and confirmed %s after the start", time.Since(started).Round(time.Millisecond))

	pay := unitPay(t)
	es, ps := w.settle()
	w.checkPaidOnce(es, ps, pay)
	perUnit := map[[2]int64]int{}
	db := w.hubDB()
	rows, err := db.Query(`SELECT a.task, a.unit FROM earnings e JOIN assignments a ON a.id = e.assignment`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var tk, u int64
		if err := rows.Scan(&tk, &u); err != nil {
			t.Fatal(err)
		}
		perUnit[[2]int64{tk, u}]++
	}
	rows.Close()
	if len(perUnit) != j.units {
		t.Errorf("earnings cover %d units, want %d", len(perUnit), j.units)
	}
	for k, n := range perUnit {
		if n < j.repl {
			t.Errorf("unit %d: %d replicas paid, want at least %d", k[1], n, j.repl)
		}
	}
	t.Logf("%d verified replicas paid in %d payouts", len(es), len(ps))
}
