// Command build makes the hello-docker image without a registry or a
// Dockerfile build: it compiles hello/ as a static Linux binary and writes an
// image tarball FROM scratch around it, ready for `sonm image load`:
//
//	go run ./examples/hello-docker/build
//	sonm image load examples/hello-docker/hello-docker.tar
//	sonm miner exec examples/hello-docker/spec.yaml
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	hellodocker "github.com/sonm-io/sonm/examples/hello-docker"
)

func main() {
	out := flag.String("out", defaultOut(), "image tarball to write")
	flag.Parse()
	if err := hellodocker.Build(context.Background(), *out); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%s)\n", *out, hellodocker.Ref)
}

// defaultOut is hello-docker.tar next to spec.yaml, which names it, when
// this source file is where it was compiled from; else in the current
// directory.
func defaultOut() string {
	_, self, _, _ := runtime.Caller(0)
	dir := filepath.Dir(filepath.Dir(self))
	if _, err := os.Stat(filepath.Join(dir, "spec.yaml")); err == nil {
		return filepath.Join(dir, "hello-docker.tar")
	}
	return "hello-docker.tar"
}
