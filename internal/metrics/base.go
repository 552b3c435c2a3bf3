package metrics

import (
	"context"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sonm-io/sonm/internal/rpc"
)

// base is what every role that serves RPC, sends chain calls and moves
// torrents has: its registry and those metrics.
type base struct {
	reg         *prometheus.Registry
	rpcCalls    *prometheus.CounterVec
	rpcErrors   *prometheus.CounterVec
	chainCalls  *prometheus.CounterVec
	chainErrors *prometheus.CounterVec
	chainGas    *prometheus.CounterVec

	mu      sync.Mutex
	torrent func() (up, down int64)
}

func newBase() *base {
	b := &base{reg: newRegistry()}
	b.rpcCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sonm_rpc_calls_total",
		Help: "RPC calls served, by service and method."}, []string{"service", "method"})
	b.rpcErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sonm_rpc_errors_total",
		Help: "RPC calls served that ended with an error, by service and method."}, []string{"service", "method"})
	b.chainCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sonm_chain_calls_total",
		Help: "Contract calls and transactions sent, by operation."}, []string{"op"})
	b.chainErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sonm_chain_errors_total",
		Help: "Contract calls and transactions that failed or reverted, by operation."}, []string{"op"})
	b.chainGas = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sonm_chain_gas_used_total",
		Help: "Gas used by mined transactions, by operation."}, []string{"op"})
	up := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "sonm_torrent_uploaded_bytes_total",
		Help: "Piece data sent to torrent peers."}, func() float64 { u, _ := b.torrentTotals(); return float64(u) })
	down := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "sonm_torrent_downloaded_bytes_total",
		Help: "Verified piece data received from torrent peers."}, func() float64 { _, d := b.torrentTotals(); return float64(d) })
	b.reg.MustRegister(b.rpcCalls, b.rpcErrors, b.chainCalls, b.chainErrors, b.chainGas, up, down)
	return b
}

func (b *base) torrentTotals() (int64, int64) {
	b.mu.Lock()
	f := b.torrent
	b.mu.Unlock()
	if f == nil {
		return 0, 0
	}
	return f()
}

// watchTorrent reads the torrent client's byte totals from totals at each
// scrape.
func (b *base) watchTorrent(totals func() (up, down int64)) {
	b.mu.Lock()
	b.torrent = totals
	b.mu.Unlock()
}

// chainCall counts one contract call or transaction (gasUsed is 0 for a
// read or a transaction not mined).
func (b *base) chainCall(op string, err error, gasUsed uint64) {
	b.chainCalls.WithLabelValues(op).Inc()
	if err != nil {
		b.chainErrors.WithLabelValues(op).Inc()
	}
	if gasUsed > 0 {
		b.chainGas.WithLabelValues(op).Add(float64(gasUsed))
	}
}

// wrapService returns a copy of svc whose handlers count their calls and
// errors. The labels are the service's name and its graph's event
// names: a fixed set.
func (b *base) wrapService(svc *rpc.Service) *rpc.Service {
	if svc == nil {
		return svc
	}
	out := *svc
	out.Handlers = make(map[string]rpc.Handler, len(svc.Handlers))
	for name, h := range svc.Handlers {
		calls, errs := b.rpcCalls.WithLabelValues(svc.Name, name), b.rpcErrors.WithLabelValues(svc.Name, name)
		out.Handlers[name] = func(ctx context.Context, ch *rpc.Channel) error {
			calls.Inc()
			err := h(ctx, ch)
			if err != nil {
				errs.Inc()
			}
			return err
		}
	}
	return &out
}
