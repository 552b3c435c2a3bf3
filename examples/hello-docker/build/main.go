// Command build makes the hello-docker image without a registry or a
// Dockerfile build: it compiles hello/ as a static Linux binary and writes an
// image tarball FROM scratch around it, ready for `sonm image load`:
//
//	go run ./examples/hello-docker/build
//	sonm image load examples/hello-docker/hello-docker.tar
//	sonm miner exec examples/hello-docker/spec.yaml
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"github.com/sonm-io/sonm/internal/executor/docker"
)

// Ref is the reference spec.yaml names.
const Ref = "sonm/hello-docker:1"

func main() {
	_, self, _, _ := runtime.Caller(0)
	dir := filepath.Dir(filepath.Dir(self))
	out := flag.String("out", filepath.Join(dir, "hello-docker.tar"), "image tarball to write")
	flag.Parse()
	if err := build(dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%s)\n", *out, Ref)
}

func build(dir, out string) error {
	tmp, err := os.MkdirTemp("", "hello-docker")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "hello")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", bin, "./hello")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("compile hello: %w", err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	err = docker.WriteImageTar(&buf, docker.ImageSpec{
		Ref:        Ref,
		Files:      map[string][]byte{"hello": data},
		Entrypoint: []string{"/hello"},
		User:       "65534:65534",
	})
	if err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
