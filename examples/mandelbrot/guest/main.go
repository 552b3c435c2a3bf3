// Command guest renders one Mandelbrot tile to a PNG file. It is compiled for
// wasip1 into ../mandelbrot.wasm and run by the wasm executor, one unit per
// tile.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/sonm-io/sonm/examples/mandelbrot"
)

func main() {
	tile := flag.Int("tile", 0, "tile index")
	tiles := flag.Int("tiles", 64, "number of tiles (a perfect square)")
	size := flag.Int("size", 1024, "pixels per side of the whole image")
	iter := flag.Int("iter", mandelbrot.DefaultView.MaxIter, "maximum iterations")
	out := flag.String("out", "", "output file (default /out/tile-N.png)")
	flag.Parse()

	v := mandelbrot.DefaultView
	v.MaxIter = *iter
	g := mandelbrot.Grid{Size: *size, Tiles: *tiles}
	img, err := mandelbrot.RenderTile(g, v, *tile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mandelbrot:", err)
		os.Exit(2)
	}
	path := *out
	if path == "" {
		path = "/out/" + mandelbrot.TileName(*tile)
	}
	if err := mandelbrot.WritePNG(path, img); err != nil {
		fmt.Fprintln(os.Stderr, "mandelbrot:", err)
		os.Exit(1)
	}
	fmt.Printf("tile %d/%d %v -> %s\n", *tile, *tiles, g.TileRect(*tile), path)
}
