package demo

import (
	"bytes"
	"context"
	"image/png"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/examples/mandelbrot"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// TestRun runs the whole demo: the picture must be the one the host renders
// itself, every verified replica paid exactly once, the escrow accounted for.
// It asks for the container job too (one world for both keeps the package's
// tests short): where a Docker engine answers, checkDocker verifies it;
// elsewhere the demo must say why it went on without it.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out bytes.Buffer
	img := filepath.Join(t.TempDir(), "mandelbrot.png")
	res, err := Run(ctx, &out, Options{Port: -1, Image: img, Dir: t.TempDir(), Docker: true})
	if err != nil {
		t.Fatalf("demo failed: %v\n%s", err, out.String())
	}

	// The picture equals a local rendering, pixel for pixel.
	f, err := os.Open(res.ImagePath)
	if err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	g := mandelbrot.Grid{Size: 1024, Tiles: 64}
	for i := 0; i < g.Tiles; i++ {
		tile, err := mandelbrot.RenderTile(g, mandelbrot.DefaultView, i)
		if err != nil {
			t.Fatal(err)
		}
		r, tb := g.TileRect(i), tile.Bounds()
		for y := r.Min.Y; y < r.Max.Y; y += 7 {
			for x := r.Min.X; x < r.Max.X; x += 7 {
				r1, g1, b1, _ := got.At(x, y).RGBA()
				r2, g2, b2, _ := tile.At(tb.Min.X+x-r.Min.X, tb.Min.Y+y-r.Min.Y).RGBA()
				if r1 != r2 || g1 != g2 || b1 != b2 {
					t.Fatalf("tile %d differs at (%d,%d) from the local rendering", i, x, y)
				}
			}
		}
	}

	// 64 units x 2 replicas, each paid once, to three miners.
	if res.Units != 64 {
		t.Fatalf("units = %d, want 64", res.Units)
	}
	total, n := new(big.Int), 0
	for name, p := range res.MinerPaid {
		total.Add(total, p)
		n += res.Replicas[name]
		if want := new(big.Int).Mul(res.UnitPay, big.NewInt(int64(res.Replicas[name]))); p.Cmp(want) != 0 {
			t.Errorf("%s paid %s for %d replicas", name, snm.String(p), res.Replicas[name])
		}
	}
	if n != 128 {
		t.Errorf("verified replicas paid = %d, want 128", n)
	}
	if want := new(big.Int).Mul(res.UnitPay, big.NewInt(128)); total.Cmp(want) != 0 {
		t.Errorf("miners paid %s in total, want %s", snm.String(total), snm.String(want))
	}
	// The buyer paid 64 x 2 x (0.36 SNM/core-hour x 60 s).
	if want := new(big.Int).Mul(new(big.Int).Quo(new(big.Int).Mul(BuyerPrice, big.NewInt(60)), big.NewInt(3600)), big.NewInt(128)); res.Price.Cmp(want) != 0 {
		t.Errorf("price %s, want %s", snm.String(res.Price), snm.String(want))
	}
	if res.FinalState != chain.WalletIdle {
		t.Errorf("final wallet state = %s, want Idle", res.FinalState)
	}
	if res.Unclaimed.Sign() != 0 {
		t.Errorf("unclaimed payouts at the end = %s, want 0", snm.String(res.Unclaimed))
	}
	if res.TotalSupply.Cmp(res.InitialTotal) != 0 {
		t.Errorf("total supply = %s, want %s", res.TotalSupply, res.InitialTotal)
	}
	// 0.5% of the 30% locked of what the miners were paid (for both jobs)
	// goes to the DAO.
	if res.Docker != nil {
		for _, p := range res.Docker.MinerPaid {
			total.Add(total, p)
		}
	}
	if wantFee := new(big.Int).Quo(new(big.Int).Mul(total, big.NewInt(30*5)), big.NewInt(100*1000)); res.DAOFee.Cmp(wantFee) != 0 {
		t.Errorf("DAO fee = %s, want %s", snm.String(res.DAOFee), snm.String(wantFee))
	}
	for _, s := range []string{"whitelist status: trusted", "joined the hub", "result verified", "the hub wallet is Suspected", "Done in"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("story lacks %q:\n%s", s, out.String())
		}
	}
	t.Run("docker", func(t *testing.T) { checkDocker(t, res, out.String()) })
}
