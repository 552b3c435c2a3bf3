package hub

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// observe points the hub's chain client and torrent node at its
// metrics, when it has them.
func (h *Hub) observe() {
	m := h.cfg.Metrics
	if m == nil {
		return
	}
	if h.cfg.Chain != nil {
		h.cfg.Chain = h.cfg.Chain.WithObserver(m)
	}
	if h.cfg.Delivery != nil {
		m.WatchTorrent(h.cfg.Delivery.Totals)
	}
}

// gauges sets the queue gauges from the loop's state (on the loop, each
// tick).
func (h *Hub) gauges() {
	if h.cfg.Metrics == nil {
		return
	}
	tasks, units := 0, 0
	for _, t := range h.st.live {
		if t.state != hubapi.StateQueued && t.state != hubapi.StateRunning {
			continue
		}
		tasks++
		for _, u := range t.queue {
			if us := &t.unit[u]; us.queued && !us.verified {
				units++
			}
		}
	}
	h.cfg.Metrics.SetQueues(tasks, units, len(h.st.sessions))
}

// Ready reports nil when the hub serves: its database is open, its
// service and locator listen, its event loop answers, and the chain
// (when it has one) answers; otherwise why not.
func (h *Hub) Ready(ctx context.Context) error {
	if !h.started.Load() {
		return errors.New("hub not started")
	}
	select {
	case <-h.stopped:
		if h.failed != nil {
			return fmt.Errorf("hub stopped: its database refused a write: %w", h.failed)
		}
		return errors.New("hub stopped")
	default:
	}
	if err := h.db.db.PingContext(ctx); err != nil {
		return fmt.Errorf("hub database: %w", err)
	}
	if h.cfg.LocatorAddr != "-" && h.locLn == nil {
		return errors.New("hub locator not listening")
	}
	if _, err := ask(ctx, h, func() (struct{}, error) { return struct{}{}, nil }); err != nil {
		return fmt.Errorf("hub event loop: %w", err)
	}
	if h.cfg.Chain != nil {
		if _, err := h.cfg.Chain.Backend().Client().BlockNumber(ctx); err != nil {
			return fmt.Errorf("chain unreachable: %w", err)
		}
	}
	return nil
}

// batchWei is what payout batch id paid in all (nil when unknown).
func (w *chainWorker) batchWei(ctx context.Context, id int64) *big.Int {
	if w.h.cfg.Metrics == nil {
		return nil
	}
	total, err := w.h.db.batchWei(ctx, id)
	if err != nil {
		return nil
	}
	return total
}
