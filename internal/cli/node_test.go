package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestNodeCommand(t *testing.T) {
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "node.yaml")
	// The config file sets the data dir and verbosity; the flag overrides listen.
	if err := os.WriteFile(cfgFile, []byte("listen: 127.0.0.1:1\ndata_dir: "+filepath.Join(dir, "data")+"\nverbosity: 2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	nodeCtx, stop := context.WithCancel(ctx)
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := Run(nodeCtx, []string{"node", "--config", cfgFile, "--listen", "127.0.0.1:0", "--log-level", "error"}, strings.NewReader(""), pw, io.Discard)
		pw.Close()
		done <- code
	}()
	sc := bufio.NewScanner(pr)
	if !sc.Scan() {
		t.Fatalf("got no output, want the locator address")
	}
	first := sc.Text()
	addr, ok := strings.CutPrefix(first, "locator  ")
	if !ok {
		t.Fatalf("got %q, want a locator line", first)
	}
	go io.Copy(io.Discard, pr)
	var out bytes.Buffer
	if code := Run(ctx, []string{"call", "logging", "verbosity", "--locator", addr}, strings.NewReader(""), &out, io.Discard); code != 0 || !strings.Contains(out.String(), "value 2") {
		t.Fatalf("got %d %q, want verbosity 2 from the config file", code, out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "storage.db")); err != nil {
		t.Fatalf("got %v, want the storage in the configured data dir", err)
	}
	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("got exit %d, want 0 after a clean stop", code)
		}
	case <-ctx.Done():
		t.Fatal("node did not stop")
	}
}

func TestNodeCommandRejectsBadApp(t *testing.T) {
	var errOut bytes.Buffer
	code := Run(context.Background(), []string{"node", "--data-dir", t.TempDir(), "--app", "noequals"}, strings.NewReader(""), io.Discard, &errOut)
	if code == 0 || !strings.Contains(errOut.String(), "want NAME=PATH") {
		t.Fatalf("got %d %q, want an error about NAME=PATH", code, errOut.String())
	}
}
