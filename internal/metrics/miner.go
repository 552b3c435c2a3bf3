package metrics

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sonm-io/sonm/internal/rpc"
)

// Miner is a miner's metrics.
type Miner struct {
	*base
	run, succeeded, failed *prometheus.CounterVec
	runTime                *prometheus.HistogramVec
	fetched                prometheus.Counter
	joined                 prometheus.Gauge
}

// NewMiner makes a miner's metrics in a registry of their own.
func NewMiner() *Miner {
	m := &Miner{base: newBase()}
	cv := func(name, help string) *prometheus.CounterVec {
		v := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, []string{"executor"})
		m.reg.MustRegister(v)
		return v
	}
	m.run = cv("sonm_miner_units_run_total", "Work units run to an end (succeeded or failed), by executor.")
	m.succeeded = cv("sonm_miner_units_succeeded_total", "Work units that exited 0 with every output, by executor.")
	m.failed = cv("sonm_miner_units_failed_total", "Work units that failed (error, exit code, missing outputs), by executor.")
	m.runTime = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "sonm_miner_run_seconds",
		Help: "How long work units ran, by executor.", Buckets: prometheus.ExponentialBuckets(0.01, 4, 10)}, []string{"executor"})
	m.fetched = prometheus.NewCounter(prometheus.CounterOpts{Name: "sonm_miner_fetched_bytes_total",
		Help: "Bytes of bundles, modules and inputs fetched from torrent peers."})
	m.joined = prometheus.NewGauge(prometheus.GaugeOpts{Name: "sonm_miner_joined", Help: "1 while joined to a hub, else 0."})
	m.reg.MustRegister(m.runTime, m.fetched, m.joined)
	return m
}

// UnitDone counts a unit that ran to an end on executor ("" when it
// failed before an executor was chosen).
func (m *Miner) UnitDone(executor string, ok bool, d time.Duration) {
	if m == nil {
		return
	}
	if executor == "" {
		executor = "none"
	}
	m.run.WithLabelValues(executor).Inc()
	if ok {
		m.succeeded.WithLabelValues(executor).Inc()
	} else {
		m.failed.WithLabelValues(executor).Inc()
	}
	m.runTime.WithLabelValues(executor).Observe(d.Seconds())
}

// Fetched counts bytes fetched from peers.
func (m *Miner) Fetched(n int64) {
	if m != nil && n > 0 {
		m.fetched.Add(float64(n))
	}
}

// Joined sets whether the miner is joined to a hub.
func (m *Miner) Joined(joined bool) {
	if m == nil {
		return
	}
	if joined {
		m.joined.Set(1)
	} else {
		m.joined.Set(0)
	}
}

// Registry is the role's registry, for Handler.
func (m *Miner) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// WatchTorrent reads the torrent client's byte totals (sent, verified
// received) from totals at each scrape.
func (m *Miner) WatchTorrent(totals func() (up, down int64)) {
	if m != nil {
		m.watchTorrent(totals)
	}
}

// ChainCall counts one contract call or transaction (gasUsed is 0 for a
// read or a transaction not mined): m is a chain.Observer.
func (m *Miner) ChainCall(op string, err error, gasUsed uint64) {
	if m != nil {
		m.chainCall(op, err, gasUsed)
	}
}

// WrapService returns a copy of svc whose handlers count their calls and
// errors (sonm_rpc_calls_total, sonm_rpc_errors_total); on nil, svc.
func (m *Miner) WrapService(svc *rpc.Service) *rpc.Service {
	if m == nil {
		return svc
	}
	return m.wrapService(svc)
}
