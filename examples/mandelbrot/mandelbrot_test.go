package mandelbrot

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/wasm"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// TestSpecUnitsRenderUnderWasm runs units of the checked-in spec through the
// real wasm executor and compares each tile with the same tile rendered
// natively.
func TestSpecUnitsRenderUnderWasm(t *testing.T) {
	spec, err := taskspec.Load("spec.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := spec.UnitCount(); got != 64 {
		t.Fatalf("units: got %d, want 64", got)
	}
	ex, err := wasm.New(wasm.Config{CacheDir: t.TempDir()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ex.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer ex.Close(context.Background())
	g := Grid{Size: 1024, Tiles: 64}
	for _, idx := range []int{0, 27, 63} {
		t.Run(strconv.Itoa(idx), func(t *testing.T) {
			u, err := spec.Unit(idx)
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			var log bytes.Buffer
			job := executor.JobFor(spec, u, "test", "", out)
			job.Stdout, job.Stderr = &log, &log
			res, err := ex.Run(context.Background(), job)
			if err != nil || res.ExitCode != 0 {
				t.Fatalf("run: got exit %d, err %v, want 0, nil (output %q)", res.ExitCode, err, log.String())
			}
			if len(res.Outputs) != 1 || res.Outputs[0].Path != TileName(idx) {
				t.Fatalf("outputs: got %+v, want just %s", res.Outputs, TileName(idx))
			}
			got := decode(t, filepath.Join(out, TileName(idx)))
			want, err := RenderTile(g, DefaultView, idx)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("tile %d: got pixels differing from the native rendering", idx)
			}
		})
	}
}

func decode(t *testing.T, p string) *image.Paletted {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	pal, ok := img.(*image.Paletted)
	if !ok {
		t.Fatalf("tile: got %T, want *image.Paletted", img)
	}
	return pal
}

func TestAssemble(t *testing.T) {
	g := Grid{Size: 64, Tiles: 16}
	dir := t.TempDir()
	for i := 0; i < g.Tiles; i++ {
		img, err := RenderTile(g, DefaultView, i)
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, "unit-"+strconv.Itoa(i))
		os.MkdirAll(sub, 0o755)
		if err := WritePNG(filepath.Join(sub, TileName(i)), img); err != nil {
			t.Fatal(err)
		}
	}
	whole, err := Assemble(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	full, err := RenderTile(Grid{Size: 64, Tiles: 1}, DefaultView, 0)
	if err != nil {
		t.Fatal(err)
	}
	for y := 0; y < g.Size; y++ {
		for x := 0; x < g.Size; x++ {
			if got, want := whole.At(x, y), full.At(x, y); got != want {
				r1, g1, b1, _ := got.RGBA()
				r2, g2, b2, _ := want.RGBA()
				if r1 != r2 || g1 != g2 || b1 != b2 {
					t.Fatalf("pixel (%d,%d): got %v, want %v", x, y, got, want)
				}
			}
		}
	}
	os.Remove(filepath.Join(dir, "unit-5", TileName(5)))
	if _, err := Assemble(dir, g); !errors.Is(err, ErrMissingTiles) {
		t.Errorf("with a tile removed: got %v, want ErrMissingTiles", err)
	}
}

func TestGridValidate(t *testing.T) {
	tests := []struct {
		g  Grid
		ok bool
	}{
		{Grid{1024, 64}, true}, {Grid{1024, 63}, false}, {Grid{1001, 64}, false}, {Grid{0, 1}, false}, {Grid{8, 1}, true},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.g.Size)+"/"+strconv.Itoa(tt.g.Tiles), func(t *testing.T) {
			if err := tt.g.Validate(); (err == nil) != tt.ok {
				t.Errorf("got %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
