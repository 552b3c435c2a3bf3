package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sonmBin is the sonm binary every test runs: built once per test binary
// from this module, or $SONM_E2E_BIN when set (a prebuilt binary, to test
// another build or to skip the build).
var sonmBin string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if p := os.Getenv("SONM_E2E_BIN"); p != "" {
		abs, err := filepath.Abs(p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "e2e: SONM_E2E_BIN %q: %v\n", p, err)
			return 1
		}
		sonmBin = abs
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "sonm-e2e-bin-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)
	root, err := moduleRoot()
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		return 1
	}
	sonmBin = filepath.Join(dir, "sonm")
	build := exec.Command("go", "build", "-o", sonmBin, "./cmd/sonm")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: go build ./cmd/sonm in %s: %v\n%s", root, err, out)
		return 1
	}
	return m.Run()
}

// moduleRoot is the directory of this module's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("go env GOMOD: not inside a module (got %q)", gomod)
	}
	return filepath.Dir(gomod), nil
}
