// Command assemble puts the tiles rendered by the mandelbrot units back into
// one PNG:
//
//	sonm miner exec examples/mandelbrot/spec.yaml --out /tmp/tiles
//	go run ./examples/mandelbrot/assemble -in /tmp/tiles -out mandelbrot.png
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/sonm-io/sonm/examples/mandelbrot"
)

func main() {
	in := flag.String("in", ".", "directory holding tile-N.png files (searched recursively)")
	out := flag.String("out", "mandelbrot.png", "PNG file to write")
	tiles := flag.Int("tiles", 64, "number of tiles")
	size := flag.Int("size", 1024, "pixels per side of the whole image")
	flag.Parse()

	img, err := mandelbrot.Assemble(*in, mandelbrot.Grid{Size: *size, Tiles: *tiles})
	if err == nil {
		err = mandelbrot.WritePNG(*out, img)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "assemble:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%dx%d from %d tiles)\n", *out, *size, *size, *tiles)
}
