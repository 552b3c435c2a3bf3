// Package hellodocker holds the hello-docker example (its spec, its input
// and the source of its program) and builds its image without a registry
// or a Dockerfile build, so that `sonm demo --docker` and the build command
// make the same tarball from anywhere.
package hellodocker

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/sonm-io/sonm/internal/executor/docker"
)

// Ref is the image reference spec.yaml names.
const Ref = "sonm/hello-docker:1"

// Files holds the example's spec, its input and the program's source.
//
//go:embed spec.yaml README.md hello/main.go
var Files embed.FS

// ErrNoGo reports that the go toolchain, which compiles the program, is not
// on PATH.
var ErrNoGo = errors.New("the go toolchain is not on PATH (it compiles the hello program; install Go from https://go.dev/dl)")

// Build compiles hello/ as a static Linux binary for this machine's
// architecture and writes an image tarball FROM scratch around it to
// outTar, in the format `docker load` reads. The program's source is the
// embedded copy, so Build works from any directory; it needs only the go
// toolchain on PATH, and no network (the program uses the standard library
// alone).
func Build(ctx context.Context, outTar string) error {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return ErrNoGo
	}
	src, err := Files.ReadFile("hello/main.go")
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "hello-docker-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	mod := "module hello\n\ngo 1.21\n"
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "main.go"), src, 0o644); err != nil {
		return err
	}
	bin := filepath.Join(tmp, "hello")
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", bin, ".")
	cmd.Dir = tmp
	// A standalone module: no workspace, vendoring or toolchain download
	// from the caller's environment may reach it.
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local", "GOPROXY=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("compile hello with %s: %w: %s", goBin, err, strings.TrimSpace(string(out)))
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
		User:       docker.NobodyUser,
	})
	if err != nil {
		return err
	}
	if err := os.WriteFile(outTar, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write image tarball: %w", err)
	}
	return nil
}
