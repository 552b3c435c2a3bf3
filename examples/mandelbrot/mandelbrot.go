// Package mandelbrot renders the Mandelbrot set in square tiles and puts the
// tiles back together. The same code runs inside the WebAssembly module
// (guest/, compiled for wasip1) and on the host (assemble/, tests).
package mandelbrot

//go:generate env GOOS=wasip1 GOARCH=wasm go build -trimpath -buildvcs=false -ldflags=-s -o mandelbrot.wasm ./guest

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
)

// View is the part of the complex plane the whole image shows.
type View struct {
	CenterX, CenterY float64
	Span             float64 // width and height of the square view
	MaxIter          int
}

// DefaultView shows the whole set.
var DefaultView = View{CenterX: -0.6, CenterY: 0, Span: 2.6, MaxIter: 200}

// Grid is a square image of Size pixels split into Tiles equal square tiles.
type Grid struct {
	Size  int // pixels per side of the whole image
	Tiles int // number of tiles; a perfect square
}

// Side is the number of tiles per side.
func (g Grid) Side() int { return int(math.Round(math.Sqrt(float64(g.Tiles)))) }

// Validate checks that the grid divides evenly.
func (g Grid) Validate() error {
	s := g.Side()
	switch {
	case g.Tiles < 1 || s*s != g.Tiles:
		return fmt.Errorf("tiles must be a perfect square, got %d", g.Tiles)
	case g.Size < 1 || g.Size > 1<<15:
		return fmt.Errorf("size must be between 1 and %d, got %d", 1<<15, g.Size)
	case g.Size%s != 0:
		return fmt.Errorf("size %d does not split into %d tiles per side", g.Size, s)
	}
	return nil
}

// TileRect is the rectangle of tile index in the whole image.
func (g Grid) TileRect(index int) image.Rectangle {
	s := g.Side()
	w := g.Size / s
	x, y := index%s, index/s
	return image.Rect(x*w, y*w, (x+1)*w, (y+1)*w)
}

// palette maps iteration counts to colours; index 0 is the set itself.
func palette() color.Palette {
	p := make(color.Palette, 256)
	p[0] = color.RGBA{0, 0, 0, 255}
	for i := 1; i < 256; i++ {
		t := float64(i) / 255
		p[i] = color.RGBA{
			R: uint8(9 * (1 - t) * t * t * t * 255),
			G: uint8(15 * (1 - t) * (1 - t) * t * t * 255),
			B: uint8(8.5 * (1 - t) * (1 - t) * (1 - t) * t * 255),
			A: 255,
		}
	}
	return p
}

// RenderTile renders tile index of the grid.
func RenderTile(g Grid, v View, index int) (*image.Paletted, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if index < 0 || index >= g.Tiles {
		return nil, fmt.Errorf("tile %d out of range 0..%d", index, g.Tiles-1)
	}
	r := g.TileRect(index)
	img := image.NewPaletted(image.Rect(0, 0, r.Dx(), r.Dy()), palette())
	scale := v.Span / float64(g.Size)
	x0 := v.CenterX - v.Span/2
	y0 := v.CenterY - v.Span/2
	for py := 0; py < r.Dy(); py++ {
		ci := y0 + float64(r.Min.Y+py)*scale
		for px := 0; px < r.Dx(); px++ {
			cr := x0 + float64(r.Min.X+px)*scale
			n := escape(cr, ci, v.MaxIter)
			idx := uint8(0)
			if n < v.MaxIter {
				idx = uint8(1 + int(254*math.Sqrt(float64(n)/float64(v.MaxIter))))
			}
			img.SetColorIndex(px, py, idx)
		}
	}
	return img, nil
}

func escape(cr, ci float64, maxIter int) int {
	var zr, zi float64
	for n := 0; n < maxIter; n++ {
		zr2, zi2 := zr*zr, zi*zi
		if zr2+zi2 > 4 {
			return n
		}
		zi = 2*zr*zi + ci
		zr = zr2 - zi2 + cr
	}
	return maxIter
}

// TileName is the file name a tile is written to.
func TileName(index int) string { return "tile-" + strconv.Itoa(index) + ".png" }

var tileNameRe = regexp.MustCompile(`^tile-([0-9]+)\.png$`)

// ErrMissingTiles is returned by Assemble when some tiles are not found.
var ErrMissingTiles = errors.New("missing tiles")

// Assemble finds the tiles of g anywhere under dir and draws them into one
// image.
func Assemble(dir string, g Grid) (*image.RGBA, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	found := map[int]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		m := tileNameRe.FindStringSubmatch(d.Name())
		if m == nil || !d.Type().IsRegular() {
			return nil
		}
		if i, err := strconv.Atoi(m[1]); err == nil && i < g.Tiles {
			found[i] = p
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find tiles: %w", err)
	}
	if len(found) != g.Tiles {
		var missing []int
		for i := 0; i < g.Tiles; i++ {
			if _, ok := found[i]; !ok {
				missing = append(missing, i)
			}
		}
		return nil, fmt.Errorf("%w under %s: %v", ErrMissingTiles, dir, missing)
	}
	out := image.NewRGBA(image.Rect(0, 0, g.Size, g.Size))
	for i := 0; i < g.Tiles; i++ {
		tile, err := readPNG(found[i])
		if err != nil {
			return nil, err
		}
		r := g.TileRect(i)
		if tile.Bounds().Dx() != r.Dx() || tile.Bounds().Dy() != r.Dy() {
			return nil, fmt.Errorf("tile %d is %v, want %dx%d", i, tile.Bounds().Size(), r.Dx(), r.Dy())
		}
		draw.Draw(out, r, tile, tile.Bounds().Min, draw.Src)
	}
	return out, nil
}

func readPNG(p string) (image.Image, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", p, err)
	}
	return img, nil
}

// WritePNG writes img to path.
func WritePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return f.Close()
}
