package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
)

// TestBadInputs feeds the world what a careless or unlucky buyer does: a
// bad spec, a spec over its budget, an expired quote, a deal that was never
// funded, a hub that dies after the deal was opened (the money comes back
// after the deadline) and a hub that is gone before the buyer comes. Each
// gets a clear error, and no money moves except the refund. The subtests
// run in order on one world: the hub dies in the last two.
func TestBadInputs(t *testing.T) {
	w := newWorld(t, 0)
	w.createHub()
	w.importKey(w.buyer)
	hub := w.startHub()
	// No miners: a task stays queued until the hub dies.
	url := "http://127.0.0.1:1/mandelbrot.wasm" // never fetched without miners
	good := w.writeJobFrom("good", 4, 1, 256, 200, url)

	// unmoved checks that the buyer's SNM and the escrow are as they were.
	unmoved := func(t *testing.T, buyer, escrow *big.Int) {
		t.Helper()
		if got := w.balance(w.buyer.addr); got.Cmp(buyer) != 0 {
			t.Errorf("the buyer holds %s wei, want %s: money moved", got, buyer)
		}
		if got := w.escrow(); got.Cmp(escrow) != 0 {
			t.Errorf("the deals contract holds %s wei of escrow, want %s: money moved", got, escrow)
		}
	}
	submitFails := func(t *testing.T, spec string, want ...string) {
		t.Helper()
		buyer, escrow := w.balance(w.buyer.addr), w.escrow()
		r := w.run(cmdTimeout, "submit", "client", "submit", spec, "--hub", w.locator, "--keystore", w.buyer.keystore,
			"--out", filepath.Join(w.dir, "result"))
		if r.Code == 0 {
			t.Fatalf("client submit %s succeeded, want a refusal\n%s", spec, r.Stdout)
		}
		for _, s := range want {
			if !strings.Contains(r.Stderr, s) {
				t.Errorf("client submit's error does not say %q:\n%s", s, r.Stderr)
			}
		}
		unmoved(t, buyer, escrow)
	}
	edit := func(t *testing.T, name, from, to string) string {
		t.Helper()
		data, err := os.ReadFile(good.path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), from) {
			t.Fatalf("the spec has no %q", from)
		}
		p := filepath.Join(filepath.Dir(good.path), name+".yaml")
		if err := os.WriteFile(p, []byte(strings.Replace(string(data), from, to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	t.Run("bad spec", func(t *testing.T) {
		submitFails(t, edit(t, "norepl", "replication: 1", "replication: 0"), "invalid task spec", "replication", "got 0")
		submitFails(t, edit(t, "nounits", "count: 4", "count: 0"), "invalid task spec", "units.count")
		bundled := w.writeJob("bundled", 4, 1, 256, 200)
		if err := os.Remove(filepath.Join(filepath.Dir(bundled.path), "mandelbrot.wasm")); err != nil {
			t.Fatal(err)
		}
		submitFails(t, bundled.path, "mandelbrot.wasm")
		submitFails(t, filepath.Join(w.dir, "no-such-spec.yaml"), "no-such-spec.yaml")
	})

	t.Run("over max_price", func(t *testing.T) {
		submitFails(t, edit(t, "cheap", "max_price: 0.02 SNM", "max_price: 0.0000001 SNM"), "max_price")
	})

	spec, err := os.ReadFile(good.path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(w.ctx, 2*time.Minute)
	defer cancel()

	t.Run("unfunded deal", func(t *testing.T) {
		hc, err := hubapi.DialVia(ctx, w.locator)
		if err != nil {
			t.Fatal(err)
		}
		defer hc.Close()
		lane, seq, err := w.c.FreeLane(ctx, w.buyer.addr)
		if err != nil {
			t.Fatal(err)
		}
		id := chain.DealID(w.buyer.addr, lane, seq)
		_, err = hc.Submit(ctx, hubapi.SubmitRequest{Deal: id.Hex(), Spec: spec})
		if !errors.Is(err, hubapi.ErrDeal) {
			t.Fatalf("submit of deal %s that was never opened: got %v, want ErrDeal", id.Hex(), err)
		}
		if !strings.Contains(err.Error(), id.Hex()) {
			t.Errorf("the hub's refusal does not name the deal: %v", err)
		}
		t.Logf("hub refused: %v", err)
	})

	t.Run("expired quote", func(t *testing.T) {
		buyer, escrow := w.balance(w.buyer.addr), w.escrow()
		hc, err := hubapi.DialVia(ctx, w.locator)
		if err != nil {
			t.Fatal(err)
		}
		defer hc.Close()
		lane, seq, err := w.c.FreeLane(ctx, w.buyer.addr)
		if err != nil {
			t.Fatal(err)
		}
		hq, err := hc.Quote(ctx, hubapi.QuoteRequest{Spec: spec, Buyer: w.buyer.addr.Hex(), Lane: lane, Seq: seq})
		if err != nil {
			t.Fatal(err)
		}
		q := chainQuote(t, hq)
		// The hub quotes for 10 minutes; the chain's clock moves past that.
		w.mustRun(cmdTimeout, "advance", "chain", "advance", "11m")
		_, _, err = w.c.OpenDealWithPermit(ctx, w.c.Backend().Transactor(w.buyer.key), w.buyer.key, q, hq.Sig)
		if !errors.Is(err, chain.ErrTooLate) || !strings.Contains(err.Error(), "quote expired") {
			t.Fatalf("opening a deal with an expired quote: got %v, want ErrTooLate saying the quote expired", err)
		}
		t.Logf("chain refused: %v", err)
		_, err = hc.Submit(ctx, hubapi.SubmitRequest{Deal: q.ID().Hex(), Spec: spec})
		if !errors.Is(err, hubapi.ErrDeal) {
			t.Errorf("submit of the deal the expired quote would have opened: got %v, want ErrDeal", err)
		}
		unmoved(t, buyer, escrow)
	})

	t.Run("hub dies after the deal opened", func(t *testing.T) {
		buyer, escrow := w.balance(w.buyer.addr), w.escrow()
		sub := w.submit(good, filepath.Join(w.dir, "result"))
		if _, err := sub.Stderr.waitFor(jobTimeout, func(s string) bool { return strings.Contains(s, "submitted to the hub") }); err != nil {
			t.Fatalf("the task was not handed to the hub: %v\n%s", err, sub.Stderr)
		}
		hub.Kill()
		code, err := sub.Wait(jobTimeout)
		if err != nil {
			t.Fatal(err)
		}
		s := parseSubmit(t, sub.Stdout.String())
		if code == 0 || s.Confirmed || s.Task == "" {
			t.Fatalf("client submit with the hub gone: exit %d, confirmed %v, task %q; want a failure naming the task", code, s.Confirmed, s.Task)
		}
		if !strings.Contains(s.Error, "sonm client refund "+s.Task) {
			t.Errorf("client submit's error does not say how to get the money back:\n%s", s.Error)
		}
		price, _ := new(big.Int).SetString(s.PriceWei, 10)
		if got := w.escrow(); price == nil || new(big.Int).Sub(got, escrow).Cmp(price) != 0 {
			t.Fatalf("escrow is %s wei, want %s more than %s", got, s.PriceWei, escrow)
		}

		early := w.run(cmdTimeout, "refund", "client", "refund", s.Task, "--keystore", w.buyer.keystore)
		if early.Code == 0 {
			t.Fatalf("client refund before the deadline succeeded:\n%s", early.Stdout)
		}
		if !strings.Contains(early.Stderr, "deadline") {
			t.Errorf("client refund before the deadline does not say when it becomes possible:\n%s", early.Stderr)
		}
		d, err := w.c.Deal(ctx, common.HexToHash(s.Task))
		if err != nil {
			t.Fatal(err)
		}
		now, err := w.c.Backend().Now(ctx)
		if err != nil {
			t.Fatal(err)
		}
		past := time.Unix(int64(d.Deadline), 0).Sub(now) + time.Minute
		w.mustRun(cmdTimeout, "advance", "chain", "advance", past.Round(time.Second).String())
		r := w.mustRun(cmdTimeout, "refund", "client", "refund", s.Task, "--keystore", w.buyer.keystore, "--json")
		var out struct {
			Action    string `json:"action"`
			AmountWei string `json:"amount_wei"`
		}
		if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
			t.Fatalf("client refund --json printed %q: %v", r.Stdout, err)
		}
		if out.Action != "refunded" || out.AmountWei != s.PriceWei {
			t.Errorf("client refund: %s %s wei, want refunded %s", out.Action, out.AmountWei, s.PriceWei)
		}
		if d, err = w.c.Deal(ctx, common.HexToHash(s.Task)); err != nil || d.Status != chain.DealRefunded {
			t.Errorf("deal %s is %s (%v), want Refunded", s.Task, d.Status, err)
		}
		unmoved(t, buyer, escrow)
	})

	t.Run("hub gone before the buyer comes", func(t *testing.T) {
		submitFails(t, good.path, w.locator)
		lane, seq, err := w.c.FreeLane(ctx, w.buyer.addr)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := w.c.Deal(ctx, chain.DealID(w.buyer.addr, lane, seq)); err == nil && d.Status != chain.DealNone {
			t.Errorf("a deal was opened on lane %d seq %d with the hub gone: %s", lane, seq, d.Status)
		}
	})
}

// chainQuote is a hub's wire quote as the deals contract takes it.
func chainQuote(t *testing.T, q hubapi.Quote) chain.Quote {
	t.Helper()
	price, ok := new(big.Int).SetString(q.PriceWei, 10)
	if !ok {
		t.Fatalf("quote price %q is not wei", q.PriceWei)
	}
	return chain.Quote{Wallet: common.HexToAddress(q.Wallet), Buyer: common.HexToAddress(q.Buyer), SpecHash: common.HexToHash(q.SpecHash),
		Price: price, Deadline: q.Deadline, Expiry: q.Expiry, Lane: q.Lane, Seq: q.Seq}
}
