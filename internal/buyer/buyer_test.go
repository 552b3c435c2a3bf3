package buyer_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/buyer"
	"github.com/sonm-io/sonm/internal/buyer/hubtest"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// world is one devchain with a registered hub wallet, a scripted hub in
// front of it and buyers with SNM, shared by the subtests of a test.
type world struct {
	t      *testing.T
	ctx    context.Context
	net    *devnet.Net
	c      *chain.Client
	hub    *hubtest.Hub
	wallet common.Address
}

var buyers = []string{"buyer1", "buyer2", "buyer3", "buyer4", "buyer5", "buyer6", "buyer7", "buyer8", "buyer9"}

// unitPrice is the scripted hub's price per unit-run.
var unitPrice = snm.Wei(1) // 1 SNM; the specs below allow up to 2.5 SNM per unit

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	cw := sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Actors: buyers, Deposit: snm.Wei(10)})
	w := &world{t: t, ctx: ctx, net: cw.Net, c: cw.Chain, wallet: cw.Wallet}
	var err error
	w.hub, err = hubtest.Start(ctx, hubtest.Config{
		Chain: w.c, Key: cw.Hub.Key, Wallet: w.wallet, Delivery: w.node(), Dir: t.TempDir(), UnitPrice: unitPrice,
		Result: map[string]string{"tile-0.txt": "zero\n", "tile-1.txt": strings.Repeat("one ", 10_000), "logs/run.log": "ok\n"},
	})
	w.must(err)
	t.Cleanup(w.hub.Close)
	return w
}

func (w *world) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatalf("unexpected error: %v", err)
	}
}

func (w *world) node() *delivery.Node {
	w.t.Helper()
	n, err := delivery.New(delivery.Config{}, nil)
	w.must(err)
	w.must(n.Start(w.ctx))
	w.t.Cleanup(func() { n.Close() })
	return n
}

func (w *world) buyer(t *testing.T, name string) (*buyer.Client, *sonmtest.SyncBuffer) {
	t.Helper()
	out := &sonmtest.SyncBuffer{}
	c, err := buyer.New(buyer.Config{Key: w.net.Actor(name).Key, Chain: w.c, Delivery: w.node(), Out: out, WorkDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, out
}

func (w *world) balance(a common.Address) *big.Int {
	w.t.Helper()
	b, err := w.c.Balance(w.ctx, a)
	w.must(err)
	return b
}

func (w *world) deal(task string) chain.Deal {
	w.t.Helper()
	d, err := w.c.Deal(w.ctx, common.HexToHash(task))
	w.must(err)
	return d
}

const specYAML = `name: tiles
executor: wasm
module:
  path: app.wasm
args: ["-tile", "{{index}}"]
resources:
  max_duration: 10s
inputs:
  - path: data/
outputs: ["tile-{{index}}.txt"]
units:
  count: 2
replication: 2
max_price: 2.5 SNM
`

// writeSpec writes a spec and the local files it names into a fresh directory.
func writeSpec(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	for p, s := range map[string]string{"spec.yaml": body, "app.wasm": "\x00asm\x01\x00\x00\x00", "data/a.txt": "input a\n", "data/sub/b.txt": "input b\n"} {
		fp := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(fp), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fp, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "spec.yaml")
}

func wantBig(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s: got %s, want %s", what, snm.String(got), snm.String(want))
	}
}

func wantContains(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, s := range wants {
		if !strings.Contains(got, s) {
			t.Errorf("%s: got %q, want it to contain %q", what, got, s)
		}
	}
}

func TestBuyerJourney(t *testing.T) {
	w := newWorld(t)
	price := new(big.Int).Mul(unitPrice, big.NewInt(4)) // 2 units x 2 replicas

	t.Run("happy path", func(t *testing.T) {
		w.hub.SetMode(hubtest.Good)
		c, out := w.buyer(t, "buyer1")
		before := w.balance(c.Address())
		credited, err := w.c.Credited(w.ctx, w.wallet)
		w.must(err)
		outDir := t.TempDir()
		res, err := c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), outDir)
		if err != nil {
			t.Fatalf("submit: %v\n%s", err, out)
		}
		t.Logf("what the buyer read:\n%s", out)
		if !res.Confirmed {
			t.Errorf("got Confirmed false, want true")
		}
		d := w.deal(res.Task)
		if d.Status != chain.DealConfirmed {
			t.Errorf("deal status: got %s, want confirmed", d.Status)
		}
		wantBig(t, "buyer balance", w.balance(c.Address()), new(big.Int).Sub(before, price))
		after, err := w.c.Credited(w.ctx, w.wallet)
		w.must(err)
		wantBig(t, "escrow credited to the hub wallet", after, new(big.Int).Add(credited, price))
		if len(res.Files) != 3 {
			t.Errorf("got %d result files, want 3: %v", len(res.Files), res.Files)
		}
		got, err := os.ReadFile(filepath.Join(res.OutDir, "logs", "run.log"))
		w.must(err)
		if string(got) != "ok\n" {
			t.Errorf("logs/run.log: got %q, want %q", got, "ok\n")
		}
		if res.Root != d.ResultHash {
			t.Errorf("root: got %s, want the committed %s", res.Root.Hex(), d.ResultHash.Hex())
		}
		// The hub received the local files at their paths relative to the spec.
		bundle := w.hub.Bundle(res.Task)
		if bundle == "" {
			t.Fatalf("the hub fetched no bundle")
		}
		for p, want := range map[string]string{"app.wasm": "\x00asm\x01\x00\x00\x00", "data/a.txt": "input a\n", "data/sub/b.txt": "input b\n"} {
			b, err := os.ReadFile(filepath.Join(bundle, filepath.FromSlash(p)))
			if err != nil || string(b) != want {
				t.Errorf("bundle %s: got %q (%v), want %q", p, b, err, want)
			}
		}
		wantContains(t, "progress", out.String(), "quote: 2 units x2 at 1 SNM = 4 SNM from hub", "deal "+res.Task+" opened, 4 SNM in escrow",
			"2/2 units verified", "result verified: 3 files, root "+res.Root.Hex(), "deal confirmed: 4 SNM released to the hub")
		if strings.ContainsRune(out.String(), '\r') {
			t.Errorf("progress: got a carriage return in output that is not a terminal: %q", out.String())
		}

		st, err := c.Status(w.ctx, w.hub.Addr(), res.Task, false, nil)
		w.must(err)
		if st.State != hubapi.StateDone || st.Verified != 2 {
			t.Errorf("status: got %s with %d verified, want done with 2", st.State, st.Verified)
		}
		tasks, err := c.List(w.ctx, w.hub.Addr())
		w.must(err)
		if len(tasks) != 1 || !strings.EqualFold(tasks[0].Task, res.Task) {
			t.Errorf("list: got %v, want the one task %s", tasks, res.Task)
		}
		// Cancelling is signed: the buyer may, another key may not.
		if _, err := c.Cancel(w.ctx, w.hub.Addr(), res.Task); err != nil {
			t.Errorf("cancel by the buyer: %v", err)
		}
		other, _ := w.buyer(t, "buyer9")
		if _, err := other.Cancel(w.ctx, w.hub.Addr(), res.Task); !errors.Is(err, hubapi.ErrNotAllowed) {
			t.Errorf("cancel by another buyer: got %v, want %v", err, hubapi.ErrNotAllowed)
		}
		// Downloading again verifies again; the deal is settled already.
		v, err := c.Results(w.ctx, w.hub.Addr(), res.Task, t.TempDir(), false)
		w.must(err)
		if v.Root != res.Root {
			t.Errorf("results again: got root %s, want %s", v.Root.Hex(), res.Root.Hex())
		}
		if _, err := c.Refund(w.ctx, res.Task); !errors.Is(err, buyer.ErrSettled) {
			t.Errorf("refund of a confirmed deal: got %v, want %v", err, buyer.ErrSettled)
		}
	})

	t.Run("quote refused before money moves", func(t *testing.T) {
		cases := []struct {
			mode hubtest.Mode
			says string
		}{
			{hubtest.BadSignature, "is signed by"},
			{hubtest.WrongSpecHash, "the hub would run something else"},
			{hubtest.OverPrice, "max_price is 2.5 SNM"},
			{hubtest.Expired, "expired"},
			{hubtest.BadTotal, "is not its unit price"},
		}
		c, _ := w.buyer(t, "buyer2")
		for _, tc := range cases {
			w.hub.SetMode(tc.mode)
			before := w.balance(c.Address())
			lane, seq, err := w.c.FreeLane(w.ctx, c.Address())
			w.must(err)
			_, err = c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), t.TempDir())
			if !errors.Is(err, buyer.ErrQuoteRefused) {
				t.Errorf("mode %d: got %v, want %v", tc.mode, err, buyer.ErrQuoteRefused)
				continue
			}
			wantContains(t, "refusal", err.Error(), tc.says, "no money moved")
			wantBig(t, "buyer balance", w.balance(c.Address()), before)
			lane2, seq2, err := w.c.FreeLane(w.ctx, c.Address())
			w.must(err)
			if lane2 != lane || seq2 != seq {
				t.Errorf("free lane: got %d/%d, want %d/%d (no deal opened)", lane2, seq2, lane, seq)
			}
		}
		w.hub.SetMode(hubtest.OverPrice)
		if _, err := c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), t.TempDir()); !errors.Is(err, hubapi.ErrOverBudget) {
			t.Errorf("over price: got %v, want it to wrap %v", err, hubapi.ErrOverBudget)
		}
	})

	t.Run("wrong result is not confirmed and can be disputed", func(t *testing.T) {
		w.hub.SetMode(hubtest.WrongResult)
		c, _ := w.buyer(t, "buyer3")
		before := w.balance(c.Address())
		res, err := c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), t.TempDir())
		if !errors.Is(err, buyer.ErrResultMismatch) {
			t.Fatalf("got %v, want %v", err, buyer.ErrResultMismatch)
		}
		wantContains(t, "error", err.Error(), "Nothing was confirmed", "sonm client refund "+res.Task, "dispute", "(other content)")
		if res.Confirmed {
			t.Errorf("got Confirmed true, want false")
		}
		if d := w.deal(res.Task); d.Status != chain.DealCommitted {
			t.Errorf("deal status: got %s, want committed (not confirmed)", d.Status)
		}
		r, err := c.Refund(w.ctx, res.Task)
		w.must(err)
		if r.Action != buyer.Disputed {
			t.Errorf("refund action: got %q, want %q", r.Action, buyer.Disputed)
		}
		if d := w.deal(res.Task); d.Status != chain.DealDisputed {
			t.Errorf("deal status: got %s, want disputed", d.Status)
		}
		wantBig(t, "buyer balance (escrow held for the DAO)", w.balance(c.Address()), new(big.Int).Sub(before, price))
	})

	t.Run("failed task is refunded after the deadline", func(t *testing.T) {
		w.hub.SetMode(hubtest.Fail)
		c, _ := w.buyer(t, "buyer4")
		before := w.balance(c.Address())
		res, err := c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), t.TempDir())
		if !errors.Is(err, buyer.ErrTaskFailed) {
			t.Fatalf("got %v, want %v", err, buyer.ErrTaskFailed)
		}
		wantContains(t, "error", err.Error(), "every replica exited", "stays in escrow until the deal's deadline", "sonm client refund "+res.Task)
		if d := w.deal(res.Task); d.Status != chain.DealOpen {
			t.Errorf("deal status: got %s, want open", d.Status)
		}
		if _, err := c.Refund(w.ctx, res.Task); !errors.Is(err, buyer.ErrTooEarly) {
			t.Errorf("refund before the deadline: got %v, want %v", err, buyer.ErrTooEarly)
		}
		wantBig(t, "buyer balance before the deadline", w.balance(c.Address()), new(big.Int).Sub(before, price))
		if _, err := w.net.IncreaseTime(w.ctx, 2*time.Hour); err != nil {
			t.Fatal(err)
		}
		other, _ := w.buyer(t, "buyer9")
		if _, err := other.Refund(w.ctx, res.Task); err == nil || !strings.Contains(err.Error(), "only its buyer") {
			t.Errorf("refund by another account: got %v, want a refusal naming the buyer", err)
		}
		r, err := c.Refund(w.ctx, res.Task)
		w.must(err)
		if r.Action != buyer.Refunded {
			t.Errorf("refund action: got %q, want %q", r.Action, buyer.Refunded)
		}
		wantBig(t, "buyer balance after the refund", w.balance(c.Address()), before)
		if d := w.deal(res.Task); d.Status != chain.DealRefunded {
			t.Errorf("deal status: got %s, want refunded", d.Status)
		}
	})

	t.Run("hub wallet not registered", func(t *testing.T) {
		hubKey := w.net.Actor("buyer8").Key // any funded account can create a wallet
		wallet, _, err := w.c.CreateWallet(w.ctx, w.c.Backend().Transactor(hubKey), "127.0.0.1:1", "unregistered")
		w.must(err)
		h, err := hubtest.Start(w.ctx, hubtest.Config{Chain: w.c, Key: hubKey, Wallet: wallet, Delivery: w.node(), Dir: t.TempDir(),
			UnitPrice: unitPrice, Result: map[string]string{"x": "x"}})
		w.must(err)
		defer h.Close()
		c, _ := w.buyer(t, "buyer7")
		before := w.balance(c.Address())
		_, err = c.Submit(w.ctx, h.Addr(), writeSpec(t, specYAML), t.TempDir())
		if !errors.Is(err, buyer.ErrQuoteRefused) || !strings.Contains(err.Error(), "not registered") {
			t.Errorf("got %v, want a refusal saying the wallet is not registered", err)
		}
		wantBig(t, "buyer balance", w.balance(c.Address()), before)
	})

	t.Run("reads are the buyer's alone", func(t *testing.T) {
		w.hub.SetMode(hubtest.Good)
		c, _ := w.buyer(t, "buyer6")
		res, err := c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), t.TempDir())
		w.must(err)
		st, err := c.Status(w.ctx, w.hub.Addr(), res.Task, true, nil)
		if err != nil || st.State != hubapi.StateDone {
			t.Errorf("status: got %s, %v; want done", st.State, err)
		}
		// Another buyer, with a key of its own, reads nothing of it.
		other, _ := w.buyer(t, "buyer9")
		if _, err := other.Status(w.ctx, w.hub.Addr(), res.Task, false, nil); !errors.Is(err, hubapi.ErrNotAllowed) {
			t.Errorf("third party's status: got %v, want %v", err, hubapi.ErrNotAllowed)
		}
		if _, err := other.Results(w.ctx, w.hub.Addr(), res.Task, t.TempDir(), false); !errors.Is(err, hubapi.ErrNotAllowed) {
			t.Errorf("third party's results: got %v, want %v", err, hubapi.ErrNotAllowed)
		}
		if tasks, err := other.List(w.ctx, w.hub.Addr()); err != nil || len(tasks) != 0 {
			t.Errorf("third party's list: got %d tasks, %v; want none", len(tasks), err)
		}
		// Without a key nothing can be read (the hub wants a signature).
		ro, err := buyer.New(buyer.Config{Buyer: c.Address()})
		w.must(err)
		if _, err := ro.Status(w.ctx, w.hub.Addr(), res.Task, false, nil); err == nil || !strings.Contains(err.Error(), "needs the buyer's key") {
			t.Errorf("status without a key: got %v, want an error asking for the key", err)
		}
		if _, err := ro.List(w.ctx, w.hub.Addr()); err == nil || !strings.Contains(err.Error(), "needs the buyer's key") {
			t.Errorf("list without a key: got %v, want an error asking for the key", err)
		}
		if _, err := ro.Submit(w.ctx, w.hub.Addr(), writeSpec(t, specYAML), t.TempDir()); err == nil || !strings.Contains(err.Error(), "needs the buyer's key") {
			t.Errorf("submit without a key: got %v, want an error asking for the key", err)
		}
		if _, err := ro.Cancel(w.ctx, w.hub.Addr(), res.Task); err == nil || !strings.Contains(err.Error(), "needs the buyer's key") {
			t.Errorf("cancel without a key: got %v, want an error asking for the key", err)
		}
		if _, err := c.Status(w.ctx, w.hub.Addr(), "0x12", false, nil); err == nil || !strings.Contains(err.Error(), "not a task id") {
			t.Errorf("status of a bad id: got %v, want an error saying so", err)
		}
		if _, err := c.Status(w.ctx, w.hub.Addr(), "0x"+strings.Repeat("00", 32), false, nil); !errors.Is(err, hubapi.ErrUnknownTask) {
			t.Errorf("status of an unknown task: got %v, want %v", err, hubapi.ErrUnknownTask)
		}
	})

	t.Run("spec without local files has no bundle", func(t *testing.T) {
		spec, err := taskspec.Parse([]byte("name: u\nexecutor: wasm\nmodule: {url: \"https://example.com/m.wasm\", sha256: \""+
			strings.Repeat("ab", 32)+"\"}\nunits: {count: 1}\n"), t.TempDir())
		w.must(err)
		c, _ := w.buyer(t, "buyer6")
		ih, m, err := c.Bundle(w.ctx, spec, nil)
		if err != nil || ih != "" || m != "" {
			t.Errorf("got (%q, %q, %v), want empty and no error", ih, m, err)
		}
	})

	t.Run("spec with a path outside its directory", func(t *testing.T) {
		c, _ := w.buyer(t, "buyer5")
		for _, p := range []string{"../app.wasm", "data/../../x.wasm", "/etc/passwd"} {
			body := strings.Replace(specYAML, "path: app.wasm", "path: "+p, 1)
			before := w.balance(c.Address())
			_, err := c.Submit(w.ctx, w.hub.Addr(), writeSpec(t, body), t.TempDir())
			if !errors.Is(err, buyer.ErrBadSpec) {
				t.Errorf("%s: got %v, want %v", p, err, buyer.ErrBadSpec)
				continue
			}
			wantContains(t, p, err.Error(), "module.path (line 4)", p)
			wantBig(t, "buyer balance", w.balance(c.Address()), before)
		}
	})
}
