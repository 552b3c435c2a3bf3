package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/hubapi"
)

// noopSpec is a task whose module comes by URL, so no bundle is needed;
// the no-op miners never fetch it.
func noopSpec(units int) []byte {
	return []byte(fmt.Sprintf(`name: noop
executor: wasm
module:
  url: http://127.0.0.1:1/noop.wasm
  sha256: %064x
args: ["{{index}}"]
resources:
  cpu: 1
  memory: 16MiB
  max_duration: 10s
units:
  count: %d
replication: 1
`, 1, units))
}

// buyer submits tasks over a few connections, round-robin.
type buyer struct {
	cs   []*hubapi.Client
	next atomic.Uint64
	key  hubapi.Buyer // signs status and results: a hub shows a task only to its buyer
}

func newBuyer(ctx context.Context, h *hub.Hub, conns int) (*buyer, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	b := &buyer{key: hubapi.Buyer{Key: key}}
	for i := 0; i < conns; i++ {
		c, err := hubapi.Dial(ctx, h.Addr())
		if err != nil {
			b.close()
			return nil, err
		}
		b.cs = append(b.cs, c)
		// A first call at once: the server drops connections that stay
		// silent past its handshake timeout.
		// HubKey asks Info once, and keeps the key read requests are signed for.
		if _, err := c.HubKey(ctx); err != nil {
			b.close()
			return nil, err
		}
	}
	return b, nil
}

func (b *buyer) close() {
	for _, c := range b.cs {
		c.Close()
	}
}

func (b *buyer) conn() *hubapi.Client { return b.cs[b.next.Add(1)%uint64(len(b.cs))] }

func newDeal() string {
	var id common.Hash
	rand.Read(id[:])
	return id.Hex()
}

// run submits one task and follows it until it ends; it returns when the
// submit was sent and when every unit was verified.
func (b *buyer) run(ctx context.Context, spec []byte) (verified time.Time, err error) {
	c := b.conn()
	r, err := c.Submit(ctx, hubapi.SubmitRequest{Deal: newDeal(), Spec: spec,
		Buyer: crypto.PubkeyToAddress(b.key.Key.PublicKey).Hex()})
	if err != nil {
		return time.Time{}, fmt.Errorf("submit: %w", err)
	}
	st, err := c.Status(ctx, r.Task, b.key, func(st hubapi.TaskStatus) {
		if verified.IsZero() && st.Units > 0 && st.Verified == st.Units {
			verified = time.Now()
		}
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("status of %s: %w", r.Task, err)
	}
	if st.State != hubapi.StateDone || st.Verified != st.Units || verified.IsZero() {
		return time.Time{}, fmt.Errorf("task %s ended %s with %d of %d units verified (%s)", r.Task, st.State, st.Verified, st.Units, st.Error)
	}
	return verified, nil
}

// throughput submits tasks of units units each at once and returns the
// units verified per second from the first submit to the last verified.
func (b *buyer) throughput(ctx context.Context, tasks, units int) (float64, error) {
	spec := noopSpec(units)
	start := time.Now()
	ends := make([]time.Time, tasks)
	errs := make([]error, tasks)
	var wg sync.WaitGroup
	for i := 0; i < tasks; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ends[i], errs[i] = b.run(ctx, spec)
		}()
	}
	wg.Wait()
	var last time.Time
	for i := range ends {
		if errs[i] != nil {
			return 0, errs[i]
		}
		if ends[i].After(last) {
			last = ends[i]
		}
	}
	return float64(tasks*units) / last.Sub(start).Seconds(), nil
}

// closedLoop runs single-unit tasks from par buyers for d and returns the
// tasks verified per second, and how many.
func (b *buyer) closedLoop(ctx context.Context, par int, d time.Duration) (float64, int64, error) {
	spec := noopSpec(1)
	var n atomic.Int64
	var first error
	var mu sync.Mutex
	stop := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < par; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stop) {
				if _, err := b.run(ctx, spec); err != nil {
					mu.Lock()
					first = err
					mu.Unlock()
					return
				}
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	if first != nil {
		return 0, 0, first
	}
	return float64(n.Load()) / time.Since(start).Seconds(), n.Load(), nil
}

// openLoop offers single-unit tasks at rate per second for d, each from
// its own goroutine whatever the hub's pace, and returns each task's
// submit-to-verified time.
func (b *buyer) openLoop(ctx context.Context, rate float64, d time.Duration) ([]time.Duration, error) {
	spec := noopSpec(1)
	n := int(rate * d.Seconds())
	lat := make([]time.Duration, n)
	errs := make([]error, n)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		at := start.Add(time.Duration(float64(i) / rate * float64(time.Second)))
		if w := time.Until(at); w > 0 {
			time.Sleep(w)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			end, err := b.run(ctx, spec)
			lat[i], errs[i] = end.Sub(t0), err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return lat, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(p*float64(len(s))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(s) {
		i = len(s) - 1
	}
	return s[i]
}

// waitMiners waits until the hub counts n joined miners.
func waitMiners(ctx context.Context, h *hub.Hub, n int) error {
	c, err := hubapi.Dial(ctx, h.Addr())
	if err != nil {
		return err
	}
	defer c.Close()
	deadline := time.Now().Add(60 * time.Second)
	for {
		in, err := c.Info(ctx)
		if err != nil {
			return err
		}
		if in.Miners >= n {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the hub counts %d miners, want %d", in.Miners, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
