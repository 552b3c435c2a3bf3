package chain_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

type seen struct {
	op  string
	err bool
	gas uint64
}

type recorder struct {
	mu  sync.Mutex
	got []seen
}

func (r *recorder) ChainCall(op string, err error, gas uint64) {
	r.mu.Lock()
	r.got = append(r.got, seen{op, err != nil, gas})
	r.mu.Unlock()
}

func TestObserverSeesCallsAndGas(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"payer", "payee"}, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer net.Close()
	if err := net.Fund(ctx, snm.Wei(10), "payer"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	c := net.Client.WithObserver(rec)
	payer, payee := net.Actor("payer"), net.Actor("payee")
	if _, err := c.Balance(ctx, payer.Addr); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Transfer(ctx, payer.Opts, payee.Addr, snm.Wei(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Transfer(ctx, payer.Opts, payee.Addr, snm.Wei(1000)); err == nil {
		t.Fatal("transfer above the balance: got nil, want an error")
	}
	// The client it was made from reports nothing.
	if _, err := net.Client.Balance(ctx, payer.Addr); err != nil {
		t.Fatal(err)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.got) != 3 {
		t.Fatalf("got %d observations %+v, want 3", len(rec.got), rec.got)
	}
	if g := rec.got[0]; g != (seen{"read SNM balance", false, 0}) {
		t.Errorf("read: got %+v, want read SNM balance, no error, no gas", g)
	}
	if g := rec.got[1]; g.op != "transfer SNM" || g.err || g.gas == 0 {
		t.Errorf("transfer: got %+v, want transfer SNM, no error, its gas", g)
	}
	if g := rec.got[2]; g.op != "transfer SNM" || !g.err {
		t.Errorf("refused transfer: got %+v, want transfer SNM with an error", g)
	}
}
