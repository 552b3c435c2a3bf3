package cli

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/sonmtest"
)

// httpGet fetches url and returns the status and body.
func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// metricsURL finds the metrics line in a command's output.
func metricsURL(out string) (string, bool) {
	for _, line := range strings.Split(out, "\n") {
		if _, rest, ok := strings.Cut(line, "metrics  http://"); ok {
			addr, _, _ := strings.Cut(rest, "/")
			return "http://" + addr, true
		}
	}
	return "", false
}

// A metrics address the role cannot serve on is an error naming --metrics,
// and nothing stays running.
func TestMetricsFlagError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var errw bytes.Buffer
	code := Run(ctx, []string{"node", "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0", "--log-level", "error",
		"--metrics", "not an address"}, strings.NewReader(""), io.Discard, &errw)
	if code == 0 || !strings.Contains(errw.String(), "--metrics: metrics: listen on not an address") {
		t.Fatalf("got exit %d with %q, want an error naming --metrics", code, errw.String())
	}
}

// Each role's run command takes --metrics, off by default.
func TestMetricsFlag(t *testing.T) {
	for _, path := range [][]string{{"hub", "run"}, {"miner", "run"}, {"node"}} {
		cmd, _, err := newRootCmd().Find(path)
		if err != nil {
			t.Fatalf("%v: %v", path, err)
		}
		f := cmd.Flags().Lookup("metrics")
		if f == nil || f.DefValue != "" {
			t.Errorf("%v: got flag %+v, want --metrics defaulting to off", path, f)
		}
	}
}

func TestNodeServesMetrics(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	nodeCtx, stop := context.WithCancel(ctx)
	var out sonmtest.SyncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run(nodeCtx, []string{"node", "--data-dir", filepath.Join(dir, "data"), "--listen", "127.0.0.1:0", "--log-level", "error",
			"--metrics", "127.0.0.1:0"}, strings.NewReader(""), &out, io.Discard)
	}()
	var base string
	for {
		if u, ok := metricsURL(out.String()); ok {
			base = u
			break
		}
		select {
		case code := <-done:
			t.Fatalf("node ended with %d: %q", code, out.String())
		case <-ctx.Done():
			t.Fatalf("no metrics line; output %q", out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if code, body := httpGet(t, base+"/readyz"); code != 200 {
		t.Fatalf("/readyz: got %d %q, want 200", code, body)
	}
	addr, _ := strings.CutPrefix(strings.SplitN(out.String(), "\n", 2)[0], "locator  ")
	if code := Run(ctx, []string{"call", "logging", "verbosity", "--locator", addr}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
		t.Fatalf("call: exit %d", code)
	}
	_, body := httpGet(t, base+"/metrics")
	got := sonmtest.Series(t, body)
	if got["sonm_node_services"] < 4 {
		t.Errorf("sonm_node_services: got %v, want at least 4", got["sonm_node_services"])
	}
	if got[`sonm_rpc_calls_total{method="verbosity",service="logging"}`] != 1 {
		t.Errorf("logging verbosity calls: got %v, want 1; metrics %q", got[`sonm_rpc_calls_total{method="verbosity",service="logging"}`], body)
	}
	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("got exit %d, want 0", code)
		}
	case <-ctx.Done():
		t.Fatal("node did not stop")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("metrics still served after the node stopped")
	}
}

// runMinerWithMetrics starts `sonm miner run --metrics` against a hub's
// locator and returns the metrics base URL and the run's exit.
func runMinerWithMetrics(t *testing.T, ctx context.Context, locator, wallet string) (string, chan int, *sonmtest.SyncBuffer) {
	t.Helper()
	key, _ := ethcrypto.GenerateKey()
	keyFile := filepath.Join(t.TempDir(), "miner.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(ethcrypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvDeployment, filepath.Join(t.TempDir(), "none.json"))
	out := &sonmtest.SyncBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"miner", "run", "--hub", locator, "--wallet", wallet, "--key-file", keyFile,
			"--workdir", t.TempDir(), "--slots", "1", "--metrics", "127.0.0.1:0"}, nil, out, io.Discard)
	}()
	for {
		if u, ok := metricsURL(out.String()); ok {
			return u, done, out
		}
		select {
		case code := <-done:
			t.Fatalf("miner ended with %d: %q", code, out.String())
		case <-ctx.Done():
			t.Fatalf("no metrics line; output %q", out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestMinerRunServesMetrics(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	hub := startMinerRunHub(t, []byte("name: not a valid spec"), "")
	base, done, out := runMinerWithMetrics(t, runCtx, hub.Locator, hub.Wallet.Hex())
	// Ready once joined; the stand-in hub's unit fails (its spec is bad).
	select {
	case <-hub.results:
	case <-ctx.Done():
		t.Fatalf("no result; output %q", out.String())
	}
	if code, body := httpGet(t, base+"/readyz"); code != 200 {
		t.Fatalf("/readyz while joined: got %d %q, want 200", code, body)
	}
	_, body := httpGet(t, base+"/metrics")
	got := sonmtest.Series(t, body)
	if got["sonm_miner_joined"] != 1 || got[`sonm_miner_units_failed_total{executor="none"}`] != 1 {
		t.Errorf("got joined %v, failed units %v; want 1 and 1", got["sonm_miner_joined"], got[`sonm_miner_units_failed_total{executor="none"}`])
	}
	stop()
	<-done
}

func TestMinerRunNotReadyUntilJoined(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	ln, err := net.Listen("tcp", "127.0.0.1:0") // a locator that never answers
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	base, done, _ := runMinerWithMetrics(t, runCtx, ln.Addr().String(), "0x00000000000000000000000000000000000000aa")
	if code, body := httpGet(t, base+"/readyz"); code != 503 || !strings.Contains(body, "not joined") {
		t.Fatalf("/readyz: got %d %q, want 503 not joined", code, body)
	}
	if code, _ := httpGet(t, base+"/healthz"); code != 200 {
		t.Fatalf("/healthz: got %d, want 200", code)
	}
	stop()
	<-done
}
