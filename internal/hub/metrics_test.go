package hub

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// scrapeHub reads h's /metrics as series -> value.
func scrapeHub(t *testing.T, h http.Handler) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /metrics: got %d, want 200", rec.Code)
	}
	return sonmtest.Series(t, rec.Body.String())
}

func readyz(h http.Handler) (int, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	return rec.Code, rec.Body.String()
}

func TestMetricsCountATask(t *testing.T) {
	const units, repl = 12, 2
	m := metrics.NewHub()
	h, err := New(Config{
		Key: newKey(t), Wallet: common.HexToAddress("0x00000000000000000000000000000000000000aa"), DataDir: t.TempDir(),
		BuyerWei: big.NewInt(3600_000), MinerWei: big.NewInt(1800_000), LocatorAddr: "127.0.0.1:0",
		Heartbeat: 100 * time.Millisecond, PayEvery: 50 * time.Millisecond, Log: testLog(t), Metrics: m,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := metrics.Handler(m.Registry(), h.Ready, nil)
	if code, body := readyz(srv); code != http.StatusServiceUnavailable {
		t.Fatalf("before Start: got %d %q, want 503", code, body)
	}
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			h.Close()
		}
	}()
	if code, body := readyz(srv); code != http.StatusOK {
		t.Fatalf("after Start: got %d %q, want 200", code, body)
	}
	var ms []*sonmtest.StandInMiner
	for i := 0; i < 3; i++ {
		ms = append(ms, miner(t, h, sonmtest.MinerOptions{Slots: 2}))
	}
	c, task := submit(t, h, sonmtest.NoopSpec(units, repl))
	if st := sonmtest.WaitStatus(t, c, task, sonmtest.TestBuyer(), 0); st.State != hubapi.StateDone {
		t.Fatalf("final status %+v, want done", st)
	}
	got := scrapeHub(t, srv)
	for name, want := range map[string]float64{
		"sonm_hub_replicas_verified_total": units * repl,
		"sonm_hub_votes_decided_total":     units,
		"sonm_hub_replicas_outvoted_total": 0,
		"sonm_hub_replicas_failed_total":   0,
	} {
		if got[name] != want {
			t.Errorf("%s: got %v, want %v", name, got[name], want)
		}
	}
	// Every replica placed was reported, verified or withdrawn.
	if a, r := got["sonm_hub_replicas_assigned_total"], got["sonm_hub_replicas_reported_total"]; a < units*repl || r < units*repl || r > a {
		t.Errorf("assigned %v, reported %v: want both at least %d, reported at most assigned", a, r, units*repl)
	}
	if got[`sonm_rpc_calls_total{method="submit",service="hub"}`] != 1 {
		t.Errorf("rpc submit calls: got %v, want 1", got[`sonm_rpc_calls_total{method="submit",service="hub"}`])
	}
	if got["sonm_hub_commit_seconds_count"] == 0 {
		t.Error("sonm_hub_commit_seconds_count: got 0, want the loop's commits")
	}
	// The gauges come back to zero once the task ended and the miners left
	// (the loop sets them each tick).
	for _, fm := range ms {
		fm.Stop()
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		got = scrapeHub(t, srv)
		if got["sonm_hub_tasks_live"] == 0 && got["sonm_hub_units_queued"] == 0 && got["sonm_hub_miners_joined"] == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("gauges: got tasks %v, units %v, miners %v; want all 0", got["sonm_hub_tasks_live"],
				got["sonm_hub_units_queued"], got["sonm_hub_miners_joined"])
		}
		time.Sleep(20 * time.Millisecond)
	}
	h.Close()
	closed = true
	if code, body := readyz(srv); code != http.StatusServiceUnavailable || !strings.Contains(body, "stopped") {
		t.Fatalf("after Close: got %d %q, want 503 stopped", code, body)
	}
}

// While a task runs the gauges show it.
func TestMetricsGaugesWhileRunning(t *testing.T) {
	m := metrics.NewHub()
	h := startHub(t, t.TempDir(), newKey(t), func(c *Config) { c.Metrics = m })
	defer h.Close()
	fm := miner(t, h, sonmtest.MinerOptions{Slots: 1, Delay: sonmtest.Never}) // takes a unit and holds it
	defer fm.Stop()
	submit(t, h, sonmtest.NoopSpec(5, 1))
	srv := metrics.Handler(m.Registry(), h.Ready, nil)
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := scrapeHub(t, srv)
		if got["sonm_hub_tasks_live"] == 1 && got["sonm_hub_units_queued"] == 4 && got["sonm_hub_miners_joined"] == 1 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("gauges: got tasks %v, units %v, miners %v; want 1, 4, 1", got["sonm_hub_tasks_live"],
				got["sonm_hub_units_queued"], got["sonm_hub_miners_joined"])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Payouts on a real dev chain show in the payout and chain metrics; the
// hub is not ready once its chain is gone.
func TestMetricsCountPayouts(t *testing.T) {
	m := metrics.NewHub()
	w := startChainWorld(t, func(c *Config) { c.Metrics = m })
	srv := metrics.Handler(m.Registry(), w.hub.Ready, nil)
	if code, body := readyz(srv); code != http.StatusOK {
		t.Fatalf("with its chain: got %d %q, want 200", code, body)
	}
	miners := []common.Address{common.HexToAddress("0x1001"), common.HexToAddress("0x1002"), common.HexToAddress("0x1003")}
	owe(t, w.hub, 1, miners, snm.Wei(2))
	deadline := time.Now().Add(60 * time.Second)
	for !settled(t, w.hub) {
		if time.Now().After(deadline) {
			t.Fatal("payouts not settled after 60s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	got := scrapeHub(t, srv)
	paid, _ := new(big.Float).SetInt(snm.Wei(6)).Float64()
	if got["sonm_hub_payouts_sent_total"] < 1 || got["sonm_hub_payouts_confirmed_total"] < 1 || got["sonm_hub_paid_wei_total"] != paid {
		t.Errorf("payouts: got sent %v, confirmed %v, wei %v; want at least 1, 1 and %v", got["sonm_hub_payouts_sent_total"],
			got["sonm_hub_payouts_confirmed_total"], got["sonm_hub_paid_wei_total"], paid)
	}
	if got[`sonm_chain_calls_total{op="pay miners"}`] < 1 || got[`sonm_chain_gas_used_total{op="pay miners"}`] <= 0 {
		t.Errorf("chain: got %v pay miners calls using %v gas, want at least 1 using some", got[`sonm_chain_calls_total{op="pay miners"}`],
			got[`sonm_chain_gas_used_total{op="pay miners"}`])
	}
	w.Net.Close()
	if code, body := readyz(srv); code != http.StatusServiceUnavailable || !strings.Contains(body, "chain unreachable") {
		t.Fatalf("chain gone: got %d %q, want 503 chain unreachable", code, body)
	}
}
