package miner

import (
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// scrapeMiner reads m's /metrics as series -> value.
func scrapeMiner(t *testing.T, m *metrics.Miner) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	metrics.Handler(m.Registry(), nil, nil).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	return sonmtest.Series(t, rec.Body.String())
}

func TestMetricsCountUnits(t *testing.T) {
	hub := newFakeHub(t)
	magnet, modSHA := shareBundle(t)
	key, _ := crypto.GenerateKey()
	m := metrics.NewMiner()
	tm := startMiner(t, hub, Config{Key: key, Executors: map[string]executor.Executor{"wasm": sharedWasm},
		Delivery: startDelivery(t), Slots: 2, AskWei: big.NewInt(1000), Metrics: m})
	j := hub.next(t)
	task := "0x" + strings.Repeat("cd", 32)
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: task, Spec: []byte(tileSpec(modSHA)), Bundle: magnet, UnitPayWei: "5"})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: task, Unit: 0})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 2, Task: task, Unit: 1})
	j.send(t, hubapi.KindTask, hubapi.TaskInfo{Task: "t-bad", Spec: []byte(tileSpec(strings.Repeat("0", 64))), Bundle: magnet})
	j.send(t, hubapi.KindAssign, hubapi.Assignment{ID: 3, Task: "t-bad", Unit: 0})
	for range 3 {
		j.result(t)
	}
	tm.ev.waitCount(t, "reported", 3, kindIs(EventReported))
	got := scrapeMiner(t, m)
	for name, want := range map[string]float64{
		`sonm_miner_units_run_total{executor="wasm"}`:       2,
		`sonm_miner_units_succeeded_total{executor="wasm"}`: 2,
		`sonm_miner_run_seconds_count{executor="wasm"}`:     2,
		// The bad module's unit failed before an executor ran it.
		`sonm_miner_units_failed_total{executor="none"}`: 1,
		"sonm_miner_joined": 1,
	} {
		if got[name] != want {
			t.Errorf("%s: got %v, want %v", name, got[name], want)
		}
	}
	if got["sonm_miner_fetched_bytes_total"] <= 0 || got["sonm_torrent_downloaded_bytes_total"] <= 0 {
		t.Errorf("fetched %v, torrent downloaded %v: want both above 0 (the bundle came from a peer)",
			got["sonm_miner_fetched_bytes_total"], got["sonm_torrent_downloaded_bytes_total"])
	}
	tm.stop(t)
	if got := scrapeMiner(t, m)["sonm_miner_joined"]; got != 0 {
		t.Errorf("after stop, sonm_miner_joined: got %v, want 0", got)
	}
}
