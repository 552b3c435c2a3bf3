package metrics

import (
	"math/big"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sonm-io/sonm/internal/rpc"
)

// Hub is a hub's metrics.
type Hub struct {
	*base
	assigned, reported, verified, outvoted, failed, lost prometheus.Counter
	votes, payoutsSent, payoutsConfirmed, paidWei        prometheus.Counter
	tasksLive, unitsQueued, minersJoined                 prometheus.Gauge
	commit                                               prometheus.Histogram
}

// NewHub makes a hub's metrics in a registry of their own.
func NewHub() *Hub {
	m := &Hub{base: newBase()}
	c := func(name, help string) prometheus.Counter {
		v := prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
		m.reg.MustRegister(v)
		return v
	}
	g := func(name, help string) prometheus.Gauge {
		v := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
		m.reg.MustRegister(v)
		return v
	}
	m.assigned = c("sonm_hub_replicas_assigned_total", "Replicas of work units placed on miners.")
	m.reported = c("sonm_hub_replicas_reported_total", "Replicas whose miner reported a result (success or failure).")
	m.verified = c("sonm_hub_replicas_verified_total", "Replicas in a unit's winning group: verified and paid.")
	m.outvoted = c("sonm_hub_replicas_outvoted_total", "Replicas that lost their unit's vote: not paid.")
	m.failed = c("sonm_hub_replicas_failed_total", "Replicas whose miner reported a failure (error, exit code, missing outputs).")
	m.lost = c("sonm_hub_replicas_lost_total", "Replicas lost: their miner vanished or ran past the deadline.")
	m.votes = c("sonm_hub_votes_decided_total", "Work units whose replicas reached agreement.")
	m.payoutsSent = c("sonm_hub_payouts_sent_total", "Payout batches (transferMany) sent to the chain.")
	m.payoutsConfirmed = c("sonm_hub_payouts_confirmed_total", "Payout batches mined successfully.")
	m.paidWei = c("sonm_hub_paid_wei_total", "Wei paid to miners in confirmed batches (a float: exact to about 2^53 wei).")
	m.tasksLive = g("sonm_hub_tasks_live", "Tasks queued or running.")
	m.unitsQueued = g("sonm_hub_units_queued", "Work units of live tasks waiting for a replica to be placed.")
	m.minersJoined = g("sonm_hub_miners_joined", "Miners joined now.")
	m.commit = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sonm_hub_commit_seconds",
		Help:    "Time to write one batch of the event loop's state changes to the database (group commit).",
		Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)})
	m.reg.MustRegister(m.commit)
	return m
}

// ReplicaAssigned counts a replica placed on a miner.
func (m *Hub) ReplicaAssigned() {
	if m != nil {
		m.assigned.Inc()
	}
}

// ReplicaReported counts a miner's report of a running replica.
func (m *Hub) ReplicaReported() {
	if m != nil {
		m.reported.Inc()
	}
}

// ReplicaVerified counts a replica in its unit's winning group.
func (m *Hub) ReplicaVerified() {
	if m != nil {
		m.verified.Inc()
	}
}

// ReplicaOutvoted counts a replica that lost its unit's vote.
func (m *Hub) ReplicaOutvoted() {
	if m != nil {
		m.outvoted.Inc()
	}
}

// ReplicaFailed counts a replica reported failed.
func (m *Hub) ReplicaFailed() {
	if m != nil {
		m.failed.Inc()
	}
}

// ReplicaLost counts a replica lost with its miner or its deadline.
func (m *Hub) ReplicaLost() {
	if m != nil {
		m.lost.Inc()
	}
}

// VoteDecided counts a unit settled by agreement.
func (m *Hub) VoteDecided() {
	if m != nil {
		m.votes.Inc()
	}
}

// PayoutSent counts a payout batch sent.
func (m *Hub) PayoutSent() {
	if m != nil {
		m.payoutsSent.Inc()
	}
}

// PayoutConfirmed counts a payout batch mined, paying wei in all (nil:
// unknown).
func (m *Hub) PayoutConfirmed(wei *big.Int) {
	if m == nil {
		return
	}
	m.payoutsConfirmed.Inc()
	if wei != nil && wei.Sign() > 0 {
		f, _ := new(big.Float).SetInt(wei).Float64()
		m.paidWei.Add(f)
	}
}

// SetQueues sets the gauges of what the hub holds now.
func (m *Hub) SetQueues(tasksLive, unitsQueued, minersJoined int) {
	if m == nil {
		return
	}
	m.tasksLive.Set(float64(tasksLive))
	m.unitsQueued.Set(float64(unitsQueued))
	m.minersJoined.Set(float64(minersJoined))
}

// Committed observes one group commit's duration.
func (m *Hub) Committed(d time.Duration) {
	if m != nil {
		m.commit.Observe(d.Seconds())
	}
}

// Registry is the role's registry, for Handler.
func (m *Hub) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// WatchTorrent reads the torrent client's byte totals (sent, verified
// received) from totals at each scrape.
func (m *Hub) WatchTorrent(totals func() (up, down int64)) {
	if m != nil {
		m.watchTorrent(totals)
	}
}

// ChainCall counts one contract call or transaction (gasUsed is 0 for a
// read or a transaction not mined): m is a chain.Observer.
func (m *Hub) ChainCall(op string, err error, gasUsed uint64) {
	if m != nil {
		m.chainCall(op, err, gasUsed)
	}
}

// WrapService returns a copy of svc whose handlers count their calls and
// errors (sonm_rpc_calls_total, sonm_rpc_errors_total); on nil, svc.
func (m *Hub) WrapService(svc *rpc.Service) *rpc.Service {
	if m == nil {
		return svc
	}
	return m.wrapService(svc)
}
