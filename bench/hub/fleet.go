package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// noopRoot is the output root of a unit with no outputs.
var noopRoot = func() string {
	r, err := hubapi.OutputRoot(nil)
	if err != nil {
		panic(err)
	}
	return r.Hex()
}()

// fleet is a set of no-op miners, each on its own connection and join
// stream, that answer every assignment at once with an empty result.
type fleet struct {
	miners []*noopMiner
	done   atomic.Int64 // results sent
	errs   atomic.Int64 // streams that ended with an error
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

type noopMiner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	c    *hubapi.Client
	js   *hubapi.JoinStream
	mu   sync.Mutex // one writer at a time on the stream
}

func (m *noopMiner) send(ctx context.Context, kind string, v any) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.js.Send(ctx, kind, v)
}

// startFleet joins n miners of slots slots each to the hub service at
// addr and keeps them heartbeating every beat, as real miners do at the
// interval the hub's welcome asks for.
func startFleet(ctx context.Context, addr string, wallet common.Address, n, slots int, beat time.Duration) (*fleet, error) {
	ctx, cancel := context.WithCancel(ctx)
	f := &fleet{cancel: cancel, miners: make([]*noopMiner, n)}
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	sem := make(chan struct{}, 32)
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			m, err := joinNoop(ctx, addr, wallet, slots)
			if err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
				return
			}
			f.miners[i] = m
			f.wg.Add(1)
			go func() { defer f.wg.Done(); f.serve(ctx, m) }()
		}()
	}
	wg.Wait()
	if first != nil {
		f.stop()
		return nil, first
	}
	// One heartbeat goroutine for the fleet, a goroutine and a ticker per
	// miner would only add to the numbers measured; it spreads the beats
	// over the interval, as independent miners would.
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		tk := time.NewTicker(beat / time.Duration(n))
		defer tk.Stop()
		for i := 0; ; i = (i + 1) % n {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				f.miners[i].send(ctx, hubapi.KindHeartbeat, hubapi.Heartbeat{})
			}
		}
	}()
	return f, nil
}

func joinNoop(ctx context.Context, addr string, wallet common.Address, slots int) (*noopMiner, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	m := &noopMiner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	c, err := hubapi.Dial(ctx, addr)
	if err != nil {
		return nil, err
	}
	js, err := c.Join(ctx, hubapi.JoinRequest{Wallet: wallet.Hex(), Time: time.Now().Unix(), Name: "noop",
		Capacity: hubapi.Capacity{Slots: slots, Cores: float64(slots), MemoryBytes: int64(slots) << 30, Executors: []string{"wasm"}}}, key)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("join: %w", err)
	}
	kind, body, err := js.Recv(ctx)
	if err != nil || kind != hubapi.KindWelcome {
		c.Close()
		return nil, fmt.Errorf("join: got %q, %v; want a welcome", kind, err)
	}
	var w hubapi.Welcome
	if err := hubapi.Unmarshal(body, &w); err != nil {
		c.Close()
		return nil, err
	}
	m.c, m.js = c, js
	return m, nil
}

// serve answers assignments until the stream or ctx ends.
func (f *fleet) serve(ctx context.Context, m *noopMiner) {
	defer m.c.Close()
	for {
		kind, body, err := m.js.Recv(ctx)
		if err != nil {
			if !errors.Is(err, io.EOF) && ctx.Err() == nil {
				f.errs.Add(1)
			}
			return
		}
		if kind != hubapi.KindAssign {
			continue
		}
		var a hubapi.Assignment
		if err := hubapi.Unmarshal(body, &a); err != nil {
			f.errs.Add(1)
			return
		}
		if m.send(ctx, hubapi.KindResult, hubapi.UnitResult{ID: a.ID, Task: a.Task, Unit: a.Unit, Root: noopRoot}) == nil {
			f.done.Add(1)
		}
	}
}

func (f *fleet) stop() {
	f.cancel()
	for _, m := range f.miners {
		if m != nil {
			m.c.Close()
		}
	}
	f.wg.Wait()
}
