//go:build !wasip1

package mandelbrot

import "embed"

// Files holds the example's spec and its compiled module, so that `sonm
// demo` runs from any directory with nothing to build.
//
//go:embed mandelbrot.wasm spec.yaml
var Files embed.FS
