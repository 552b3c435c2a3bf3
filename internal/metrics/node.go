package metrics

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sonm-io/sonm/internal/rpc"
)

// Node is a service node's metrics.
type Node struct {
	*base
}

// NewNode makes a service node's metrics in a registry of their own;
// services reports how many services the node has registered.
func NewNode(services func() int) *Node {
	m := &Node{base: newBase()}
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "sonm_node_services",
		Help: "Services the node's locator resolves to itself."}, func() float64 {
		if services == nil {
			return 0
		}
		return float64(services())
	}))
	return m
}

// Registry is the role's registry, for Handler.
func (m *Node) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// WatchTorrent reads the torrent client's byte totals (sent, verified
// received) from totals at each scrape.
func (m *Node) WatchTorrent(totals func() (up, down int64)) {
	if m != nil {
		m.watchTorrent(totals)
	}
}

// ChainCall counts one contract call or transaction (gasUsed is 0 for a
// read or a transaction not mined): m is a chain.Observer.
func (m *Node) ChainCall(op string, err error, gasUsed uint64) {
	if m != nil {
		m.chainCall(op, err, gasUsed)
	}
}

// WrapService returns a copy of svc whose handlers count their calls and
// errors (sonm_rpc_calls_total, sonm_rpc_errors_total); on nil, svc.
func (m *Node) WrapService(svc *rpc.Service) *rpc.Service {
	if m == nil {
		return svc
	}
	return m.wrapService(svc)
}
