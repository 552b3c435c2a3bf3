package e2e

import (
	"bytes"
	"image"
	"image/png"
	"math/big"
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
	w := newWorld(t, 3)
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
