package cli

import (
	"context"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/metrics"
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

func TestStartMetrics(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	if srv, err := startMetrics("", nil, nil, log); srv != nil || err != nil {
		t.Fatalf("no address: got %v, %v, want no server and no error", srv, err)
	}
	if _, err := startMetrics("not an address", metrics.NewHub().Registry(), nil, log); err == nil || !strings.Contains(err.Error(), "--metrics") {
		t.Fatalf("bad address: got %v, want an error naming --metrics", err)
	}
	m := metrics.NewHub()
	m.VoteDecided()
	var notReady = errors.New("hub not started")
	srv, err := startMetrics("127.0.0.1:0", m.Registry(), func(context.Context) error { return notReady }, log)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	base := "http://" + srv.Addr()
	if code, body := httpGet(t, base+"/readyz"); code != 503 || body != "not ready: hub not started\n" {
		t.Fatalf("/readyz: got %d %q, want 503 with the reason", code, body)
	}
	notReady = nil
	if code, _ := httpGet(t, base+"/readyz"); code != 200 {
		t.Fatalf("/readyz: got %d, want 200", code)
	}
	if code, _ := httpGet(t, base+"/healthz"); code != 200 {
		t.Fatalf("/healthz: got %d, want 200", code)
	}
	code, body := httpGet(t, base+"/metrics")
	if code != 200 || sonmtest.Series(t, body)["sonm_hub_votes_decided_total"] != 1 {
		t.Fatalf("/metrics: got %d, want 200 with sonm_hub_votes_decided_total 1", code)
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
