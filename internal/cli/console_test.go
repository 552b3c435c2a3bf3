package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/buyer/hubtest"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

// TestConsoleCommand runs `sonm console --json` against a dev chain served
// over HTTP with one registered hub, opens the URL it prints as a browser
// would (the token becomes a cookie), reads the hub from the API, and
// stops the console by cancelling its context.
func TestConsoleCommand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub"}, Seed: t.Name()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.Fund(ctx, snm.Wei(100), "hub"); err != nil {
		t.Fatal(err)
	}
	wallet, err := hubtest.Register(ctx, net.Client, net.Actor("hub").Key, snm.Wei(5))
	if err != nil {
		t.Fatal(err)
	}
	dep := net.Client.Deployment()
	dep.RPC = net.Chain.URL()
	depPath := filepath.Join(t.TempDir(), "deployment.json")
	if err := dep.Save(depPath); err != nil {
		t.Fatal(err)
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	pr, pw := io.Pipe()
	var stderr strings.Builder
	code := make(chan int, 1)
	go func() {
		code <- Run(runCtx, []string{"console", "--deployment", depPath, "--json"}, strings.NewReader(""), pw, &stderr)
		pw.Close()
	}()
	var res consoleResult
	if err := json.NewDecoder(bufio.NewReader(pr)).Decode(&res); err != nil {
		t.Fatalf("read the console's JSON: %v (stderr %q)", err, stderr.String())
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if !strings.HasPrefix(res.URL, "http://127.0.0.1:") || !strings.Contains(res.URL, "/?token=") {
		t.Fatalf("got URL %q, want http://127.0.0.1:PORT/?token=...", res.URL)
	}

	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	page, err := hc.Get(res.URL)
	if err != nil {
		t.Fatal(err)
	}
	page.Body.Close()
	if page.StatusCode != http.StatusOK || page.Request.URL.RawQuery != "" {
		t.Fatalf("got %d at %s, want 200 at the address without the token", page.StatusCode, page.Request.URL)
	}
	base := strings.TrimSuffix(page.Request.URL.String(), "/")
	deadline := time.Now().Add(time.Minute)
	for {
		resp, err := hc.Get(base + "/api/world")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && strings.Contains(string(b), wallet.Hex()) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d %s from /api/world, want the hub %s", resp.StatusCode, b, wallet.Hex())
		}
		time.Sleep(50 * time.Millisecond)
	}
	resp, err := http.Get(base + "/api/world")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("got %d without the cookie, want 401", resp.StatusCode)
	}

	stop()
	select {
	case c := <-code:
		if c != 0 {
			t.Fatalf("got exit code %d, want 0 (stderr %q)", c, stderr.String())
		}
	case <-ctx.Done():
		t.Fatal("the console did not stop when its context ended")
	}
}
