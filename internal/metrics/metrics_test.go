package metrics

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/sonmtest"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sonm-io/sonm/internal/rpc"
)

// scrape reads h's /metrics as series -> value (series as the text
// format writes them, labels included).
func scrape(t *testing.T, h http.Handler) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /metrics: got %d, want 200", rec.Code)
	}
	return sonmtest.Series(t, rec.Body.String())
}

func get(h http.Handler, method, path string) (int, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Code, rec.Body.String()
}

func TestHandler(t *testing.T) {
	var notReady error = errors.New("store closed\nsecond line")
	m := NewHub()
	h := Handler(m.Registry(), func(context.Context) error { return notReady }, nil)
	tests := []struct {
		method, path string
		code         int
		body         string
	}{
		{"GET", "/healthz", 200, "ok\n"},
		{"GET", "/readyz", 503, "not ready: store closed second line\n"},
		{"POST", "/metrics", 405, ""},
		{"DELETE", "/readyz", 405, ""},
		{"GET", "/debug/pprof/", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+tt.path, func(t *testing.T) {
			code, body := get(h, tt.method, tt.path)
			if code != tt.code || tt.body != "" && body != tt.body {
				t.Fatalf("got %d %q, want %d %q", code, body, tt.code, tt.body)
			}
		})
	}
	notReady = nil
	if code, body := get(h, "GET", "/readyz"); code != 200 || body != "ready\n" {
		t.Fatalf("got %d %q, want 200 ready", code, body)
	}
	if code, _ := get(Handler(m.Registry(), nil, nil), "GET", "/readyz"); code != 503 {
		t.Fatalf("no readiness check: got %d, want 503", code)
	}
}

func TestHubMetrics(t *testing.T) {
	m := NewHub()
	m.ReplicaAssigned()
	m.ReplicaAssigned()
	m.ReplicaVerified()
	m.PayoutConfirmed(big.NewInt(1500))
	m.PayoutConfirmed(nil)
	m.SetQueues(2, 7, 3)
	m.Committed(3 * time.Millisecond)
	m.ChainCall("pay miners", nil, 21000)
	m.ChainCall("pay miners", errors.New("reverted"), 0)
	m.WatchTorrent(func() (int64, int64) { return 10, 20 })
	got := scrape(t, Handler(m.Registry(), nil, nil))
	want := map[string]float64{
		"sonm_hub_replicas_assigned_total":           2,
		"sonm_hub_replicas_verified_total":           1,
		"sonm_hub_replicas_lost_total":               0,
		"sonm_hub_payouts_confirmed_total":           2,
		"sonm_hub_paid_wei_total":                    1500,
		"sonm_hub_tasks_live":                        2,
		"sonm_hub_units_queued":                      7,
		"sonm_hub_miners_joined":                     3,
		"sonm_hub_commit_seconds_count":              1,
		`sonm_chain_calls_total{op="pay miners"}`:    2,
		`sonm_chain_errors_total{op="pay miners"}`:   1,
		`sonm_chain_gas_used_total{op="pay miners"}`: 21000,
		"sonm_torrent_uploaded_bytes_total":          10,
		"sonm_torrent_downloaded_bytes_total":        20,
	}
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			t.Errorf("%s: got %v (present %v), want %v", k, g, ok, v)
		}
	}
	if _, ok := got["go_goroutines"]; !ok {
		t.Errorf("go_goroutines missing: want the Go collector")
	}
}

func TestMinerMetrics(t *testing.T) {
	m := NewMiner()
	m.UnitDone("wasm", true, time.Second)
	m.UnitDone("wasm", false, time.Second)
	m.UnitDone("", false, 0)
	m.Fetched(100)
	m.Joined(true)
	got := scrape(t, Handler(m.Registry(), nil, nil))
	want := map[string]float64{
		`sonm_miner_units_run_total{executor="wasm"}`:       2,
		`sonm_miner_units_succeeded_total{executor="wasm"}`: 1,
		`sonm_miner_units_failed_total{executor="wasm"}`:    1,
		`sonm_miner_units_failed_total{executor="none"}`:    1,
		`sonm_miner_run_seconds_count{executor="wasm"}`:     2,
		"sonm_miner_fetched_bytes_total":                    100,
		"sonm_miner_joined":                                 1,
	}
	for k, v := range want {
		if g := got[k]; g != v {
			t.Errorf("%s: got %v, want %v", k, g, v)
		}
	}
}

// Roles in one process keep apart: each has its own registry.
func TestRolesDoNotCollide(t *testing.T) {
	a, b := NewHub(), NewHub()
	a.ReplicaLost()
	if got := testutil.ToFloat64(b.lost); got != 0 {
		t.Fatalf("second hub's lost: got %v, want 0", got)
	}
	NewMiner()
	NewNode(nil)
}

func TestNilRecordsNothing(t *testing.T) {
	var h *Hub
	h.ReplicaAssigned()
	h.ReplicaReported()
	h.ReplicaVerified()
	h.ReplicaOutvoted()
	h.ReplicaFailed()
	h.ReplicaLost()
	h.VoteDecided()
	h.PayoutSent()
	h.PayoutConfirmed(big.NewInt(1))
	h.SetQueues(1, 1, 1)
	h.Committed(time.Second)
	h.ChainCall("x", nil, 1)
	h.WatchTorrent(nil)
	svc := &rpc.Service{Name: "s"}
	if h.WrapService(svc) != svc || h.Registry() != nil {
		t.Fatal("nil hub metrics: got a wrapped service or a registry, want neither")
	}
	var m *Miner
	m.UnitDone("wasm", true, time.Second)
	m.Fetched(1)
	m.Joined(true)
	m.ChainCall("x", nil, 1)
	if m.WrapService(svc) != svc {
		t.Fatal("nil miner metrics wrapped a service")
	}
}

func TestWrapServiceCounts(t *testing.T) {
	m := NewHub()
	fail := errors.New("refused")
	svc := &rpc.Service{Name: "hub", Handlers: map[string]rpc.Handler{
		"ok":  func(context.Context, *rpc.Channel) error { return nil },
		"bad": func(context.Context, *rpc.Channel) error { return fail },
	}}
	w := m.WrapService(svc)
	if w == svc {
		t.Fatal("got the same service, want a wrapped copy")
	}
	w.Handlers["ok"](context.Background(), nil)
	if err := w.Handlers["bad"](context.Background(), nil); !errors.Is(err, fail) {
		t.Fatalf("got %v, want the handler's error", err)
	}
	got := scrape(t, Handler(m.Registry(), nil, nil))
	for k, v := range map[string]float64{
		`sonm_rpc_calls_total{method="ok",service="hub"}`:   1,
		`sonm_rpc_errors_total{method="ok",service="hub"}`:  0,
		`sonm_rpc_calls_total{method="bad",service="hub"}`:  1,
		`sonm_rpc_errors_total{method="bad",service="hub"}`: 1,
	} {
		if got[k] != v {
			t.Errorf("%s: got %v, want %v", k, got[k], v)
		}
	}
	if svc.Handlers["ok"] == nil || len(svc.Handlers) != 2 {
		t.Fatal("the original service changed")
	}
}

func TestListenServes(t *testing.T) {
	m := NewNode(func() int { return 3 })
	s, err := Listen("127.0.0.1:0", Handler(m.Registry(), func(context.Context) error { return nil }, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	resp, err := http.Get("http://" + s.Addr() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	got := sonmtest.Series(t, string(body))
	if got["sonm_node_services"] != 3 {
		t.Fatalf("sonm_node_services: got %v, want 3", got["sonm_node_services"])
	}
}
