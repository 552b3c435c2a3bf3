// Package hubtest is a scripted hub for the tests of buyers (internal/buyer
// and the sonm client commands): it serves the real hub protocol behind a
// real locator on loopback, signs quotes with a real hub key for a real
// registered wallet, reads deals from the chain, fetches the buyer's bundle
// and shares a result over real torrents, and commits the result hash on
// chain. What it does not do is schedule anything: the "run" is a few status
// steps, and Mode makes it misbehave in the ways a buyer must catch.
package hubtest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// Mode is how the hub behaves.
type Mode int

// Modes.
const (
	Good          Mode = iota
	BadSignature       // quotes signed by a key that does not own the wallet
	WrongSpecHash      // quotes commit to another spec hash
	OverPrice          // quotes a unit price above the spec's max_price
	Expired            // quotes that expired a minute ago
	BadTotal           // a total price that is not unit price x units x replication
	Fail               // the task fails after running
	WrongResult        // commits and reports a root that the shared files do not have
)

// Config of a Hub.
type Config struct {
	Chain     *chain.Client
	Key       *ecdsa.PrivateKey // owner of Wallet
	Wallet    common.Address
	Delivery  *delivery.Node // the hub's own torrent node, started
	Dir       string         // where fetched bundles and results go
	UnitPrice *big.Int       // wei per unit-run
	Deadline  time.Duration  // of quotes, from chain time (default 1h)
	// Result is the output every task produces: path -> content.
	Result map[string]string
}

// Hub is a running scripted hub.
type Hub struct {
	cfg     Config
	addr    common.Address
	locAddr string
	closers []func()

	mu    sync.Mutex
	mode  Mode
	tasks map[string]*task
	// Bundles records the bundle each submitted task's files were fetched to.
	bundles map[string]string
}

type task struct {
	status  hubapi.TaskStatus
	results hubapi.Results
	changed chan struct{} // closed and replaced on every change
	buyer   common.Address
}

// Start serves the hub and its locator on loopback.
func Start(ctx context.Context, cfg Config) (*Hub, error) {
	if cfg.Deadline == 0 {
		cfg.Deadline = time.Hour
	}
	h := &Hub{cfg: cfg, addr: crypto.PubkeyToAddress(cfg.Key.PublicKey), tasks: map[string]*task{}, bundles: map[string]string{}}
	svc := &rpc.Service{Name: hubapi.ServiceName, Version: hubapi.Version, Graph: hubapi.Protocol(), Handlers: map[string]rpc.Handler{
		hubapi.EvQuote:   h.quote,
		hubapi.EvSubmit:  h.submit,
		hubapi.EvStatus:  h.statusStream,
		hubapi.EvResults: h.resultsOf,
		hubapi.EvCancel:  h.cancel,
		hubapi.EvList:    h.list,
		hubapi.EvJoin: func(ctx context.Context, ch *rpc.Channel) error {
			return hubapi.Fail(ctx, ch, fmt.Errorf("%w: this test hub takes no miners", hubapi.ErrNotAllowed))
		},
		hubapi.EvInfo: func(ctx context.Context, ch *rpc.Channel) error {
			return hubapi.Reply(ctx, ch, hubapi.Info{Name: "hubtest", Wallet: cfg.Wallet.Hex(), Hub: h.addr.Hex()})
		},
	}}
	hubEP, err := h.serve(ctx, svc)
	if err != nil {
		return nil, err
	}
	loc, err := locator.New(locator.Config{UUID: "hubtest"})
	if err != nil {
		h.Close()
		return nil, err
	}
	locEP, err := h.serve(ctx, loc.Service())
	if err != nil {
		h.Close()
		return nil, err
	}
	loc.SetEndpoints([]locator.Endpoint{locEP})
	loc.Register(locator.Record{Name: hubapi.ServiceName, Endpoints: []locator.Endpoint{hubEP}, Version: hubapi.Version, Graph: hubapi.Protocol()})
	h.locAddr = locEP.String()
	return h, nil
}

func (h *Hub) serve(ctx context.Context, svc *rpc.Service) (locator.Endpoint, error) {
	srv, err := rpc.NewServer(svc, rpc.Config{})
	if err != nil {
		return locator.Endpoint{}, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return locator.Endpoint{}, err
	}
	go srv.Serve(ctx, ln)
	h.closers = append(h.closers, func() { srv.Close(); ln.Close() })
	return locator.EndpointOf(ln.Addr()), nil
}

// Addr is the locator's host:port: what a buyer passes as --hub.
func (h *Hub) Addr() string { return h.locAddr }

// SetMode changes how the hub behaves from the next call on.
func (h *Hub) SetMode(m Mode) {
	h.mu.Lock()
	h.mode = m
	h.mu.Unlock()
}

// Bundle returns where the hub fetched a task's bundle ("" if none).
func (h *Hub) Bundle(task string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.bundles[strings.ToLower(task)]
}

// Close stops serving.
func (h *Hub) Close() {
	for _, c := range h.closers {
		c()
	}
}

func (h *Hub) getMode() Mode {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.mode
}

func (h *Hub) quote(ctx context.Context, ch *rpc.Channel) error {
	var req hubapi.QuoteRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	spec, err := taskspec.Parse(req.Spec, "")
	if err != nil {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: %v", hubapi.ErrBadSpec, err))
	}
	buyer, err := hubapi.ParseAddress("buyer", req.Buyer)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	now, err := h.cfg.Chain.Backend().Now(ctx)
	if err != nil {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: %v", hubapi.ErrUnavailable, err))
	}
	mode := h.getMode()
	units, repl := spec.UnitCount(), spec.Replication
	unit := new(big.Int).Set(h.cfg.UnitPrice)
	if mode == OverPrice {
		unit.Mul(spec.MaxPrice.Wei(), big.NewInt(2))
	}
	price := new(big.Int).Mul(unit, big.NewInt(int64(units*repl)))
	if mode == BadTotal {
		price.Add(price, big.NewInt(1))
	}
	q := chain.Quote{Wallet: h.cfg.Wallet, Buyer: buyer, SpecHash: hubapi.SpecHash(req.Spec, req.Bundle), Price: price,
		Deadline: uint64(now.Add(h.cfg.Deadline).Unix()), Expiry: uint64(now.Add(10 * time.Minute).Unix()), Lane: req.Lane, Seq: req.Seq}
	switch mode {
	case WrongSpecHash:
		q.SpecHash = crypto.Keccak256Hash([]byte("another spec"))
	case Expired:
		q.Expiry = uint64(now.Add(-time.Minute).Unix())
	}
	key := h.cfg.Key
	if mode == BadSignature {
		if key, err = crypto.GenerateKey(); err != nil {
			return hubapi.Fail(ctx, ch, err)
		}
	}
	sig, err := h.cfg.Chain.SignQuote(q, key)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	return hubapi.Reply(ctx, ch, hubapi.Quote{
		Wallet: q.Wallet.Hex(), Hub: h.addr.Hex(), Buyer: q.Buyer.Hex(), SpecHash: q.SpecHash.Hex(),
		PriceWei: q.Price.String(), UnitPriceWei: unit.String(), Units: units, Replication: repl,
		Deadline: q.Deadline, Expiry: q.Expiry, Lane: q.Lane, Seq: q.Seq, Sig: sig,
	})
}

func (h *Hub) submit(ctx context.Context, ch *rpc.Channel) error {
	var req hubapi.SubmitRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	id, err := hubapi.ParseHash("deal", req.Deal)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	d, err := h.cfg.Chain.Deal(ctx, id)
	if err != nil {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: %v", hubapi.ErrDeal, err))
	}
	bundleHash := ""
	if req.Bundle != "" {
		t, err := delivery.ParseTarget(req.Bundle)
		if err != nil {
			return hubapi.Fail(ctx, ch, fmt.Errorf("%w: bundle: %v", hubapi.ErrBadRequest, err))
		}
		bundleHash = t.InfoHash.HexString()
	}
	if d.Status != chain.DealOpen || d.Wallet != h.cfg.Wallet || d.SpecHash != hubapi.SpecHash(req.Spec, bundleHash) {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: deal %s is %s for wallet %s and spec %s", hubapi.ErrDeal, id.Hex(), d.Status, d.Wallet.Hex(), d.SpecHash.Hex()))
	}
	spec, err := taskspec.Parse(req.Spec, "")
	if err != nil {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: %v", hubapi.ErrBadSpec, err))
	}
	name := strings.ToLower(id.Hex())
	t := &task{buyer: d.Buyer, changed: make(chan struct{}), status: hubapi.TaskStatus{
		Task: id.Hex(), Name: spec.Name, Buyer: d.Buyer.Hex(), State: hubapi.StateQueued,
		Units: spec.UnitCount(), Replication: spec.Replication, Created: time.Now().UnixMilli(),
	}}
	h.mu.Lock()
	if _, dup := h.tasks[name]; dup {
		h.mu.Unlock()
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: task %s", hubapi.ErrExists, id.Hex()))
	}
	h.tasks[name] = t
	mode := h.mode
	h.mu.Unlock()
	go h.run(context.WithoutCancel(ctx), t, d, req.Bundle, mode)
	return hubapi.Reply(ctx, ch, hubapi.SubmitReply{Task: id.Hex()})
}

// update changes a task's status and wakes its followers.
func (h *Hub) update(t *task, fn func(*hubapi.TaskStatus, *hubapi.Results)) {
	h.mu.Lock()
	fn(&t.status, &t.results)
	t.status.Updated = time.Now().UnixMilli()
	close(t.changed)
	t.changed = make(chan struct{})
	h.mu.Unlock()
}

func (h *Hub) run(ctx context.Context, t *task, d chain.Deal, bundle string, mode Mode) {
	fail := func(err error) {
		h.update(t, func(st *hubapi.TaskStatus, r *hubapi.Results) {
			st.State, st.Error, st.Running = hubapi.StateFailed, err.Error(), 0
			r.Task, r.State = st.Task, st.State
		})
	}
	dir := filepath.Join(h.cfg.Dir, d.ID.Hex())
	if bundle != "" {
		target, err := delivery.ParseTarget(bundle)
		if err != nil {
			fail(err)
			return
		}
		// The same spec and files make the same torrent: fetch it once.
		ih := target.InfoHash.HexString()
		h.mu.Lock()
		path, have := h.bundles[ih]
		h.mu.Unlock()
		if !have {
			f, err := h.cfg.Delivery.Fetch(ctx, delivery.FetchRequest{Target: target, Dir: filepath.Join(dir, "bundle")})
			if err != nil {
				fail(fmt.Errorf("fetch the bundle: %w", err))
				return
			}
			path = f.Path
		}
		h.mu.Lock()
		h.bundles[ih] = path
		h.bundles[strings.ToLower(d.ID.Hex())] = path
		h.mu.Unlock()
	}
	units := t.status.Units
	h.update(t, func(st *hubapi.TaskStatus, _ *hubapi.Results) {
		st.State, st.Running, st.Miners = hubapi.StateRunning, units*st.Replication, 1
	})
	for i := 1; i <= units; i++ {
		h.update(t, func(st *hubapi.TaskStatus, _ *hubapi.Results) {
			st.Verified, st.Reported = i, i*st.Replication
			st.Running = (units - i) * st.Replication
		})
	}
	if mode == Fail {
		h.update(t, func(st *hubapi.TaskStatus, _ *hubapi.Results) { st.Failed = st.Replication })
		fail(fmt.Errorf("unit 0: every replica exited with status 2"))
		return
	}
	h.update(t, func(st *hubapi.TaskStatus, _ *hubapi.Results) { st.State = hubapi.StatePublishing })
	out := filepath.Join(dir, "result-"+d.ID.Hex()[2:10])
	for p, body := range h.cfg.Result {
		fp := filepath.Join(out, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(fp), 0o755); err != nil {
			fail(err)
			return
		}
		if err := os.WriteFile(fp, []byte(body), 0o644); err != nil {
			fail(err)
			return
		}
	}
	packed, err := h.cfg.Delivery.PackOutput(ctx, out)
	if err != nil {
		fail(err)
		return
	}
	files := make([]hubapi.File, len(packed.Files))
	for i, f := range packed.Files {
		files[i] = hubapi.File{Path: f.Path, Size: f.Size, SHA256: f.SHA256}
	}
	listed := files
	if mode == WrongResult {
		// Claim other content for the first file than what is shared.
		listed = append([]hubapi.File(nil), files...)
		listed[0].SHA256 = fmt.Sprintf("%x", crypto.Keccak256([]byte("not the shared bytes")))
	}
	root, err := hubapi.OutputRoot(listed)
	if err != nil {
		fail(err)
		return
	}
	rcpt, err := h.cfg.Chain.CommitResult(ctx, h.cfg.Chain.Backend().Transactor(h.cfg.Key), d.ID, root)
	if err != nil {
		fail(fmt.Errorf("commit the result: %w", err))
		return
	}
	h.update(t, func(st *hubapi.TaskStatus, r *hubapi.Results) {
		st.State, st.ResultHash, st.Magnet, st.CommitTx = hubapi.StateDone, root.Hex(), packed.Magnet, rcpt.TxHash.Hex()
		*r = hubapi.Results{Task: st.Task, State: st.State, ResultHash: root.Hex(), Magnet: packed.Magnet, Files: listed}
	})
}

func (h *Hub) lookup(name string) (*task, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t, ok := h.tasks[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, name)
	}
	return t, nil
}

// read checks a signed task request the way the real hub does: only the
// task's buyer may read it.
func (h *Hub) read(req hubapi.TaskRequest, event string) (*task, error) {
	id, err := hubapi.ParseHash("task", req.Task)
	if err != nil {
		return nil, err
	}
	who, err := hubapi.ReadSigner(h.addr, event, id.Bytes(), req.Time, req.Sig, time.Now())
	if err != nil {
		return nil, err
	}
	t, err := h.lookup(req.Task)
	if err != nil {
		return nil, err
	}
	if who != t.buyer {
		return nil, fmt.Errorf("%w: signed by %s, the task's buyer is %s", hubapi.ErrNotAllowed, who.Hex(), t.buyer.Hex())
	}
	return t, nil
}

func (h *Hub) statusStream(ctx context.Context, ch *rpc.Channel) error {
	var req hubapi.TaskRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	t, err := h.read(req, hubapi.EvStatus)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	for {
		h.mu.Lock()
		st, changed := t.status, t.changed
		h.mu.Unlock()
		if err := hubapi.WriteKind(ctx, ch, hubapi.KindStatus, st); err != nil {
			return err
		}
		if hubapi.Terminal(st.State) {
			return ch.CloseSend(ctx)
		}
		select {
		case <-changed:
		case <-ch.Context().Done():
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (h *Hub) resultsOf(ctx context.Context, ch *rpc.Channel) error {
	var req hubapi.TaskRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	t, err := h.read(req, hubapi.EvResults)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	h.mu.Lock()
	r, state := t.results, t.status.State
	h.mu.Unlock()
	if state != hubapi.StateDone {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: task %s is %s", hubapi.ErrNotReady, req.Task, state))
	}
	return hubapi.Reply(ctx, ch, r)
}

func (h *Hub) cancel(ctx context.Context, ch *rpc.Channel) error {
	var req hubapi.CancelRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	id, err := hubapi.ParseHash("task", req.Task)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	t, err := h.lookup(req.Task)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	if err := hubapi.CheckTime(req.Time, time.Now()); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	who, err := hubapi.Signer(hubapi.CancelDigest(id, req.Time), req.Sig)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	if who != t.buyer {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: signed by %s, the task's buyer is %s", hubapi.ErrNotAllowed, who.Hex(), t.buyer.Hex()))
	}
	h.update(t, func(st *hubapi.TaskStatus, _ *hubapi.Results) {
		if !hubapi.Terminal(st.State) {
			st.State, st.Running = hubapi.StateCancelled, 0
		}
	})
	h.mu.Lock()
	st := t.status
	h.mu.Unlock()
	return hubapi.Reply(ctx, ch, st)
}

func (h *Hub) list(ctx context.Context, ch *rpc.Channel) error {
	var req hubapi.ListRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	buyer, err := hubapi.ParseAddress("buyer", req.Buyer)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	who, err := hubapi.ReadSigner(h.addr, hubapi.EvList, buyer.Bytes(), req.Time, req.Sig, time.Now())
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	if who != buyer {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: signed by %s, not buyer %s", hubapi.ErrNotAllowed, who.Hex(), buyer.Hex()))
	}
	h.mu.Lock()
	var out []hubapi.TaskStatus
	for _, t := range h.tasks {
		if strings.EqualFold(buyer.Hex(), t.status.Buyer) {
			out = append(out, t.status)
		}
	}
	h.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Created > out[j].Created })
	return hubapi.Reply(ctx, ch, hubapi.ListReply{Tasks: out})
}

// Register creates a hub wallet owned by key, deposits into it and
// registers it: what a Hub's Config.Wallet needs to be.
func Register(ctx context.Context, c *chain.Client, key *ecdsa.PrivateKey, deposit *big.Int) (common.Address, error) {
	opts := c.Backend().Transactor(key)
	w, _, err := c.CreateWallet(ctx, opts, "127.0.0.1:0", "hubtest")
	if err != nil {
		return common.Address{}, err
	}
	if _, err := c.Deposit(ctx, opts, w, deposit); err != nil {
		return common.Address{}, err
	}
	if _, err := c.Register(ctx, opts, w); err != nil {
		return common.Address{}, err
	}
	return w, nil
}
