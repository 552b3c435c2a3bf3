package hub

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/taskspec"
)

func (h *Hub) service() *rpc.Service {
	wrap := func(f func(ctx context.Context, ch *rpc.Channel) (any, error)) rpc.Handler {
		return func(ctx context.Context, ch *rpc.Channel) error {
			v, err := f(ctx, ch)
			if err != nil {
				return hubapi.Fail(ctx, ch, err)
			}
			return hubapi.Reply(ctx, ch, v)
		}
	}
	return &rpc.Service{Name: hubapi.ServiceName, Version: hubapi.Version, Graph: hubapi.Protocol(), Handlers: map[string]rpc.Handler{
		hubapi.EvQuote:   wrap(h.handleQuote),
		hubapi.EvSubmit:  wrap(h.handleSubmit),
		hubapi.EvResults: wrap(h.handleResults),
		hubapi.EvCancel:  wrap(h.handleCancel),
		hubapi.EvList:    wrap(h.handleList),
		hubapi.EvInfo:    wrap(h.handleInfo),
		hubapi.EvStatus:  h.handleStatus,
		hubapi.EvJoin:    h.handleJoin,
	}}
}

// pricing is what one task costs the buyer and pays a miner per replica.
type pricing struct {
	unitPrice *big.Int // per replica, to the buyer
	unitPay   *big.Int // per verified replica, to the miner
	total     *big.Int
}

func (h *Hub) price(spec *taskspec.Spec) pricing {
	md := time.Duration(spec.Resources.MaxDuration)
	up := hubapi.UnitRunWei(h.cfg.BuyerWei, spec.Resources.CPU, md)
	pay := hubapi.UnitRunWei(h.cfg.MinerWei, spec.Resources.CPU, md)
	total := new(big.Int).Mul(up, big.NewInt(int64(spec.UnitCount()*spec.Replication)))
	return pricing{unitPrice: up, unitPay: pay, total: total}
}

func parseSpec(b []byte) (*taskspec.Spec, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty spec", hubapi.ErrBadSpec)
	}
	spec, err := taskspec.Parse(b, "")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", hubapi.ErrBadSpec, err)
	}
	if spec.IsService() {
		// Nothing here places, watches or bills a service yet: taking one
		// as a batch would run it once and call whatever it printed done.
		return nil, fmt.Errorf("%w: kind: service: this hub runs batch tasks only", hubapi.ErrBadSpec)
	}
	if spec.Replication < 1 {
		spec.Replication = 1
	}
	return spec, nil
}

// localFiles reports whether the spec names files that must come in a bundle.
func localFiles(spec *taskspec.Spec) bool {
	if spec.Module != nil && spec.Module.Path != "" {
		return true
	}
	if spec.Image != nil && spec.Image.Tarball != "" {
		return true
	}
	for _, in := range spec.Inputs {
		if in.Path != "" {
			return true
		}
	}
	return false
}

func (h *Hub) handleQuote(ctx context.Context, ch *rpc.Channel) (any, error) {
	var req hubapi.QuoteRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return nil, err
	}
	spec, err := parseSpec(req.Spec)
	if err != nil {
		return nil, err
	}
	buyer, err := hubapi.ParseAddress("buyer", req.Buyer)
	if err != nil {
		return nil, err
	}
	if localFiles(spec) && req.Bundle == "" {
		return nil, fmt.Errorf("%w: the spec names local files but no bundle was given", hubapi.ErrBadRequest)
	}
	p := h.price(spec)
	if spec.MaxPrice.IsSet() {
		perUnit := new(big.Int).Mul(p.unitPrice, big.NewInt(int64(spec.Replication)))
		if perUnit.Cmp(spec.MaxPrice.Wei()) > 0 {
			return nil, fmt.Errorf("%w: %s per unit (%d replica(s) of %s) is above max_price %s", hubapi.ErrOverBudget,
				snm.String(perUnit), spec.Replication, snm.String(p.unitPrice), spec.MaxPrice)
		}
	}
	if err := h.runnable(ctx, spec); err != nil {
		return nil, err
	}
	if h.cfg.Chain == nil {
		return nil, fmt.Errorf("%w: this hub runs without a chain and cannot sign deals", hubapi.ErrUnavailable)
	}
	// Deadlines are judged by the chain's clock, which a dev chain may have
	// moved ahead of this machine's.
	now := h.cfg.Now()
	if cn, err := h.cfg.Chain.Backend().Now(ctx); err == nil && cn.After(now) {
		now = cn
	}
	q := chain.Quote{
		Wallet: h.cfg.Wallet, Buyer: buyer, SpecHash: hubapi.SpecHash(req.Spec, req.Bundle), Price: p.total,
		Deadline: uint64(now.Add(h.estimate(spec)).Unix()), Expiry: uint64(now.Add(h.cfg.QuoteTTL).Unix()),
		Lane: req.Lane, Seq: req.Seq,
	}
	sig, err := h.cfg.Chain.SignQuote(q, h.cfg.Key)
	if err != nil {
		return nil, err
	}
	return hubapi.Quote{
		Wallet: q.Wallet.Hex(), Hub: h.self.Hex(), Buyer: buyer.Hex(), SpecHash: q.SpecHash.Hex(),
		PriceWei: p.total.String(), UnitPriceWei: p.unitPrice.String(), Units: spec.UnitCount(), Replication: spec.Replication,
		Deadline: q.Deadline, Expiry: q.Expiry, Lane: q.Lane, Seq: q.Seq, Sig: sig,
	}, nil
}

// estimate is the time a quote gives the hub to commit a result: an hour
// of slack plus every replica's max_duration spread over the free slots.
func (h *Hub) estimate(spec *taskspec.Spec) time.Duration {
	slots, _ := ask(context.Background(), h, func() (int, error) {
		n := 0
		for _, s := range h.st.sessions {
			n += s.cap.Slots
		}
		return n, nil
	})
	if slots < 1 {
		slots = 1
	}
	work := time.Duration(spec.Resources.MaxDuration) * time.Duration(spec.UnitCount()*spec.Replication) / time.Duration(slots)
	return time.Hour + 2*work
}

func (h *Hub) handleSubmit(ctx context.Context, ch *rpc.Channel) (any, error) {
	var req hubapi.SubmitRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return nil, err
	}
	spec, err := parseSpec(req.Spec)
	if err != nil {
		return nil, err
	}
	id, err := hubapi.ParseHash("deal", req.Deal)
	if err != nil {
		return nil, err
	}
	infoHash := ""
	if req.Bundle != "" {
		tg, err := delivery.ParseTarget(req.Bundle)
		if err != nil {
			return nil, fmt.Errorf("%w: bundle: %v", hubapi.ErrBadRequest, err)
		}
		infoHash = tg.InfoHash.HexString()
		if h.cfg.Delivery == nil {
			return nil, fmt.Errorf("%w: this hub cannot fetch bundles", hubapi.ErrUnavailable)
		}
	} else if localFiles(spec) {
		return nil, fmt.Errorf("%w: the spec names local files but no bundle was given", hubapi.ErrBadRequest)
	}
	p := h.price(spec)
	var buyer common.Address
	if h.cfg.Chain == nil && req.Buyer != "" {
		// No deal to take the buyer from (benchmarks): take the caller's word.
		if buyer, err = hubapi.ParseAddress("buyer", req.Buyer); err != nil {
			return nil, err
		}
	}
	deadline := h.cfg.Now().Add(h.estimate(spec))
	price := p.total
	if h.cfg.Chain != nil {
		d, err := h.cfg.Chain.Deal(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("%w: deal %s: %v", hubapi.ErrDeal, id.Hex(), err)
		}
		switch {
		case d.Status != chain.DealOpen:
			return nil, fmt.Errorf("%w: deal %s is %s, want Open (funded, nothing committed)", hubapi.ErrDeal, id.Hex(), d.StatusName)
		case d.Wallet != h.cfg.Wallet:
			return nil, fmt.Errorf("%w: deal %s pays wallet %s, not this hub's %s", hubapi.ErrDeal, id.Hex(), d.Wallet.Hex(), h.cfg.Wallet.Hex())
		case d.SpecHash != hubapi.SpecHash(req.Spec, infoHash):
			return nil, fmt.Errorf("%w: deal %s commits to spec hash %s, but this spec and bundle hash to %s", hubapi.ErrDeal,
				id.Hex(), d.SpecHash.Hex(), hubapi.SpecHash(req.Spec, infoHash).Hex())
		case d.Amount.Cmp(p.total) < 0:
			return nil, fmt.Errorf("%w: deal %s holds %s, the task costs %s", hubapi.ErrDeal, id.Hex(), snm.String(d.Amount), snm.String(p.total))
		case time.Unix(int64(d.Deadline), 0).Before(h.cfg.Now()):
			return nil, fmt.Errorf("%w: deal %s passed its deadline", hubapi.ErrDeal, id.Hex())
		}
		buyer = d.Buyer
		deadline = time.Unix(int64(d.Deadline), 0)
		price = d.Amount
	}
	type made struct {
		t       *task
		created bool
	}
	m, err := ask(ctx, h, func() (made, error) {
		if t := h.st.byID[id]; t != nil {
			return made{t, false}, nil
		}
		t := h.newTask(id, buyer, req.Spec, spec, req.Bundle, infoHash, price, p.unitPay, deadline)
		h.write(insertTask{num: t.num, id: id.Hex(), buyer: buyer.Hex(), name: t.name, spec: req.Spec, bundle: req.Bundle, infoHash: infoHash,
			price: price.String(), unitPay: p.unitPay.String(), units: t.units, repl: t.repl, deadline: deadline.Unix(), state: t.state,
			created: t.created.UnixMilli(), updated: t.updated.UnixMilli()})
		if req.Bundle == "" {
			// Nothing to fetch: its units go out with the same commit.
			h.markReady(t, "")
		}
		return made{t, true}, nil
	})
	if err != nil {
		return nil, err
	}
	t := m.t
	if m.created {
		h.log.Info("task accepted", "task", id.Hex(), "name", t.name, "units", t.units, "replication", t.repl, "price", snm.String(price))
		if t.bundle != "" {
			h.prepare(t)
		}
	}
	return hubapi.SubmitReply{Task: id.Hex()}, nil
}

// newTask builds a task in memory (loop goroutine).
func (h *Hub) newTask(id common.Hash, buyer common.Address, specBytes []byte, spec *taskspec.Spec, bundle, infoHash string,
	price, unitPay *big.Int, deadline time.Time) *task {
	now := h.cfg.Now()
	num := h.st.nextTask
	h.st.nextTask++
	t := &task{
		num: num, id: id, buyer: buyer, name: spec.Name, specBytes: specBytes, spec: spec, bundle: bundle, infoHash: infoHash,
		price: price, unitPay: unitPay, units: spec.UnitCount(), repl: spec.Replication, deadline: deadline,
		res:   resOf(spec),
		state: hubapi.StateQueued, created: now, updated: now,
		miners: map[common.Address]struct{}{}, watchers: map[chan hubapi.TaskStatus]struct{}{},
	}
	t.unit = make([]unitState, t.units)
	t.queue = make([]int, t.units)
	for i := range t.unit {
		t.queue[i] = i
		t.unit[i].queued = true
	}
	h.st.tasks[num] = t
	h.st.byID[id] = t
	h.st.order = append(h.st.order, t)
	return t
}

// prepare fetches a task's bundle (and seeds it to miners) in the
// background, then lets the scheduler place its units.
func (h *Hub) prepare(t *task) {
	if t.bundle == "" {
		h.do(context.Background(), func() { h.markReady(t, "") })
		return
	}
	go func() {
		magnet, err := h.bundle(t)
		if err != nil {
			h.do(context.Background(), func() { h.failTask(t, fmt.Sprintf("could not fetch the task's bundle: %v", err)) })
			return
		}
		h.do(context.Background(), func() { h.markReady(t, magnet) })
	}()
}

// bundle returns the magnet under which this hub seeds a task's bundle,
// fetching it from the buyer first when it is not here yet. One fetch per
// bundle runs at a time; other tasks with the same bundle wait for it, and
// fetch with their own buyer's peers when it failed.
func (h *Hub) bundle(t *task) (string, error) {
	for {
		h.bundleMu.Lock()
		m, ok := h.bundles[t.infoHash]
		h.bundleMu.Unlock()
		if ok {
			return m, nil
		}
		ran := false
		v, err, _ := h.fetches.Do(t.infoHash, func() (any, error) {
			ran = true
			m, err := h.fetchBundle(t)
			if err == nil {
				h.bundleMu.Lock()
				h.bundles[t.infoHash] = m
				h.bundleMu.Unlock()
			}
			return m, err
		})
		if err == nil || ran {
			m, _ := v.(string)
			return m, err
		}
	}
}

func (h *Hub) fetchBundle(t *task) (string, error) {
	tg, err := delivery.ParseTarget(t.bundle)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(h.cfg.DataDir, "bundles", t.infoHash)
	if tg.Name != "" {
		// Fetched before a restart: seed what is on disk if it is still
		// exactly the bundle (the buyer may be gone by now).
		if _, err := os.Stat(filepath.Join(dir, tg.Name)); err == nil {
			sh, err := h.cfg.Delivery.Share(context.Background(), filepath.Join(dir, tg.Name))
			if err == nil && sh.InfoHash.HexString() == t.infoHash {
				return sh.Magnet, nil
			}
		}
	}
	// A buyer that never seeds must not hold the task forever.
	ctx, cancel := context.WithTimeout(context.Background(), bundleTimeout)
	defer cancel()
	got, err := h.cfg.Delivery.Fetch(ctx, delivery.FetchRequest{Target: tg, Dir: dir, Peers: tg.Peers, Quota: h.cfg.MaxBundleBytes})
	if err != nil {
		return "", err
	}
	sh, err := h.cfg.Delivery.Share(ctx, got.Path)
	if err != nil {
		return "", err
	}
	return sh.Magnet, nil
}

func (h *Hub) markReady(t *task, magnet string) {
	if hubapi.Terminal(t.state) {
		return
	}
	t.ready = true
	t.magnetOut = magnet
	h.st.planDirty = true
	h.touch(t)
}

// reader checks a signed task request (status, results) and returns the
// task and its signer; the caller compares the signer with the buyer.
func (h *Hub) reader(ch *rpc.Channel, event string) (common.Hash, common.Address, error) {
	var req hubapi.TaskRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return common.Hash{}, common.Address{}, err
	}
	id, err := hubapi.ParseHash("task", req.Task)
	if err != nil {
		return common.Hash{}, common.Address{}, err
	}
	signer, err := hubapi.ReadSigner(h.self, event, id.Bytes(), req.Time, req.Sig, h.cfg.Now())
	return id, signer, err
}

// mayRead refuses anyone but the task's buyer.
func mayRead(id common.Hash, buyer, signer common.Address) error {
	if signer != buyer {
		return fmt.Errorf("%w: only the buyer %s may read task %s (signed by %s)", hubapi.ErrNotAllowed, buyer.Hex(), id.Hex(), signer.Hex())
	}
	return nil
}

func (h *Hub) handleResults(ctx context.Context, ch *rpc.Channel) (any, error) {
	id, signer, err := h.reader(ch, hubapi.EvResults)
	if err != nil {
		return nil, err
	}
	return ask(ctx, h, func() (hubapi.Results, error) {
		t := h.st.byID[id]
		if t == nil {
			st, err := h.storedStatus(ctx, id)
			if err != nil {
				return hubapi.Results{}, err
			}
			if err := mayRead(id, common.HexToAddress(st.Buyer), signer); err != nil {
				return hubapi.Results{}, err
			}
			r, err := h.storedResults(ctx, id)
			return r, err
		}
		if err := mayRead(id, t.buyer, signer); err != nil {
			return hubapi.Results{}, err
		}
		if t.state != hubapi.StateDone {
			return hubapi.Results{}, fmt.Errorf("%w: task %s is %s (%d of %d units verified)", hubapi.ErrNotReady, id.Hex(), t.state, t.verified, t.units)
		}
		return h.resultsOf(t)
	})
}

func (h *Hub) handleCancel(ctx context.Context, ch *rpc.Channel) (any, error) {
	var req hubapi.CancelRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return nil, err
	}
	id, err := hubapi.ParseHash("task", req.Task)
	if err != nil {
		return nil, err
	}
	if err := hubapi.CheckTime(req.Time, h.cfg.Now()); err != nil {
		return nil, err
	}
	signer, err := hubapi.Signer(hubapi.CancelDigest(id, req.Time), req.Sig)
	if err != nil {
		return nil, err
	}
	return ask(ctx, h, func() (hubapi.TaskStatus, error) {
		t := h.st.byID[id]
		if t == nil {
			return hubapi.TaskStatus{}, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, id.Hex())
		}
		if signer != t.buyer {
			return hubapi.TaskStatus{}, fmt.Errorf("%w: only the buyer %s may cancel task %s (signed by %s)", hubapi.ErrNotAllowed, t.buyer.Hex(), id.Hex(), signer.Hex())
		}
		if hubapi.Terminal(t.state) || t.state == hubapi.StatePublishing {
			return t.status(), fmt.Errorf("%w: task %s is already %s", hubapi.ErrNotAllowed, id.Hex(), t.state)
		}
		now := h.cfg.Now()
		t.state = hubapi.StateCancelled
		t.err = "cancelled by the buyer"
		h.write(setTaskEnded{num: t.num, state: t.state, err: t.err, updated: now.UnixMilli()})
		h.endTask(t, "task cancelled", now)
		h.log.Info("task cancelled by its buyer", "task", id.Hex())
		return t.status(), nil
	})
}

func (h *Hub) handleList(ctx context.Context, ch *rpc.Channel) (any, error) {
	var req hubapi.ListRequest
	if err := hubapi.Decode(ch.Args, &req); err != nil {
		return nil, err
	}
	buyer, err := hubapi.ParseAddress("buyer", req.Buyer)
	if err != nil {
		return nil, err
	}
	signer, err := hubapi.ReadSigner(h.self, hubapi.EvList, buyer.Bytes(), req.Time, req.Sig, h.cfg.Now())
	if err != nil {
		return nil, err
	}
	if signer != buyer {
		return nil, fmt.Errorf("%w: only buyer %s may list its tasks (signed by %s)", hubapi.ErrNotAllowed, buyer.Hex(), signer.Hex())
	}
	return ask(ctx, h, func() (hubapi.ListReply, error) {
		var out hubapi.ListReply
		for i := len(h.st.order) - 1; i >= 0; i-- {
			t := h.st.order[i]
			if t.buyer != buyer {
				continue
			}
			if len(out.Tasks) == h.cfg.ListLimit {
				out.More = true // a reply every client can decode (safepack's value bound)
				break
			}
			out.Tasks = append(out.Tasks, t.status())
		}
		return out, nil
	})
}

func (h *Hub) handleInfo(ctx context.Context, ch *rpc.Channel) (any, error) {
	return ask(ctx, h, func() (hubapi.Info, error) {
		in := hubapi.Info{Name: h.cfg.Name, Wallet: h.cfg.Wallet.Hex(), Hub: h.self.Hex(), BuyerWei: h.cfg.BuyerWei.String(),
			MinerWei: h.cfg.MinerWei.String(), Miners: len(h.st.sessions), Tasks: len(h.st.order)}
		for _, s := range h.st.sessions {
			in.FreeSlots += s.free
		}
		if a := h.LocatorAddr(); a != "" {
			in.Endpoints = []string{a}
		}
		if h.cfg.Chain != nil {
			in.Deployment = h.cfg.Chain.Deployment().Registry.Hex()
		}
		return in, nil
	})
}

func (h *Hub) handleStatus(ctx context.Context, ch *rpc.Channel) error {
	id, signer, err := h.reader(ch, hubapi.EvStatus)
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	w := make(chan hubapi.TaskStatus, 1)
	first, err := ask(ctx, h, func() (hubapi.TaskStatus, error) {
		t := h.st.byID[id]
		if t == nil {
			return hubapi.TaskStatus{}, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, id.Hex())
		}
		if err := mayRead(id, t.buyer, signer); err != nil {
			return hubapi.TaskStatus{}, err
		}
		if !hubapi.Terminal(t.state) {
			t.watchers[w] = struct{}{}
		}
		return t.status(), nil
	})
	if err != nil {
		if errors.Is(err, hubapi.ErrUnknownTask) {
			if st, err2 := h.storedStatus(ctx, id); err2 == nil {
				if err := mayRead(id, common.HexToAddress(st.Buyer), signer); err != nil {
					return hubapi.Fail(ctx, ch, err)
				}
				hubapi.WriteKind(ctx, ch, hubapi.KindStatus, st)
				return ch.CloseSend(ctx)
			}
		}
		return hubapi.Fail(ctx, ch, err)
	}
	defer h.do(context.Background(), func() {
		if t := h.st.byID[id]; t != nil {
			delete(t.watchers, w)
		}
	})
	st := first
	for {
		if err := hubapi.WriteKind(ctx, ch, hubapi.KindStatus, st); err != nil {
			return nil
		}
		if hubapi.Terminal(st.State) {
			return ch.CloseSend(ctx)
		}
		select {
		case st = <-w:
		case <-ch.Context().Done():
			return nil
		case <-ctx.Done():
			return nil
		case <-h.stopped:
			return hubapi.Fail(ctx, ch, fmt.Errorf("%w: the hub is shutting down", hubapi.ErrUnavailable))
		}
	}
}

// handleJoin serves one miner's join stream.
func (h *Hub) handleJoin(ctx context.Context, ch *rpc.Channel) error {
	nonce, err := hubapi.NewNonce(rand.Reader)
	if err != nil {
		return hubapi.Fail(ctx, ch, fmt.Errorf("%w: %v", hubapi.ErrUnavailable, err))
	}
	req, miner, err := hubapi.AcceptJoin(ctx, ch, h.self, nonce, h.cfg.Now)
	if err != nil {
		h.log.Info("miner refused", "miner", req.Miner, "err", err)
		return hubapi.Fail(ctx, ch, err)
	}
	s, err := h.admit(req, miner)
	if err == nil {
		err = h.checkStake(ctx, miner)
	}
	if err != nil {
		h.log.Info("miner refused", "miner", req.Miner, "err", err)
		return hubapi.Fail(ctx, ch, err)
	}
	welcome, err := ask(ctx, h, func() (hubapi.Welcome, error) {
		s.id = h.minerID(s.addr)
		h.st.sessNo++
		sessNo := h.st.sessNo
		s.lastSeen = h.cfg.Now()
		if old := h.st.byMiner[s.addr]; old != nil {
			// The same miner again (a new connection): its replicas move
			// over, they may still report.
			for id, a := range old.running {
				s.running[id] = a
				s.adopted[id] = true
				s.free--
			}
			old.running = nil
			h.dropSession(old, "replaced by a new connection")
		}
		for id, a := range h.st.orphans {
			if a.miner == s.addr && a.state == asRunning {
				a.deadline = s.lastSeen.Add(time.Duration(a.task.spec.Resources.MaxDuration) + h.cfg.ReplicaGrace)
				s.running[id] = a
				s.adopted[id] = true
				s.free--
				delete(h.st.orphans, id)
			}
		}
		h.st.sessions[s.id] = s
		h.st.byMiner[s.addr] = s
		h.st.planDirty = true
		return hubapi.Welcome{Wallet: h.cfg.Wallet.Hex(), MinerWei: h.cfg.MinerWei.String(), HeartbeatMs: h.cfg.Heartbeat.Milliseconds(), Session: sessNo}, nil
	})
	if err != nil {
		return hubapi.Fail(ctx, ch, err)
	}
	h.log.Info("miner joined", "miner", s.addr.Hex(), "name", s.name, "slots", s.cap.Slots)
	if err := hubapi.WriteKind(ctx, ch, hubapi.KindWelcome, welcome); err != nil {
		h.do(context.Background(), func() { h.dropSession(s, "could not welcome") })
		return nil
	}
	// Writer: the loop never blocks on a miner's network.
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		for m := range s.out {
			if err := hubapi.WriteKind(wctx, ch, m.kind, m.body); err != nil {
				stop()
				for range s.out {
				}
				return
			}
		}
		ch.CloseSend(context.Background())
	}()
	why := "disconnected"
	for {
		m, err := ch.Recv(wctx)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				why = err.Error()
			}
			break
		}
		if m.Name == "close" {
			break
		}
		kind, body, err := hubapi.DecodeKind(m.Args)
		if err != nil {
			why = err.Error()
			break
		}
		if err := h.onMinerMessage(wctx, s, kind, body); err != nil {
			h.log.Warn("bad message from miner", "miner", s.addr.Hex(), "kind", kind, "err", err)
		}
	}
	h.do(context.Background(), func() {
		if h.st.sessions[s.id] == s {
			h.log.Info("miner left", "miner", s.addr.Hex(), "why", why)
			h.dropSession(s, why)
		}
	})
	return nil
}

// checkStake refuses a miner whose bonded stake is below MinStakeWei: a
// stake is what a proof of cheat takes from a miner that lies.
func (h *Hub) checkStake(ctx context.Context, miner common.Address) error {
	need := h.cfg.MinStakeWei
	if need == nil || need.Sign() <= 0 {
		return nil
	}
	st, err := h.cfg.Chain.StakeOf(ctx, miner)
	if err != nil {
		return fmt.Errorf("%w: read your stake on chain: %v", hubapi.ErrUnavailable, err)
	}
	bonded := new(big.Int).Sub(st.Amount, st.Unbonding)
	if bonded.Cmp(need) < 0 {
		return fmt.Errorf("%w: this hub requires a bonded miner stake of %s; %s has %s (%s unbonding): deposit the rest with `sonm miner stake deposit AMOUNT`",
			hubapi.ErrNotAllowed, snm.String(need), miner.Hex(), snm.String(bonded), snm.String(st.Unbonding))
	}
	return nil
}

// admit checks a join request whose signature AcceptJoin checked.
func (h *Hub) admit(req hubapi.JoinRequest, miner common.Address) (*session, error) {
	wallet, err := hubapi.ParseAddress("wallet", req.Wallet)
	if err != nil {
		return nil, err
	}
	if wallet != h.cfg.Wallet {
		return nil, fmt.Errorf("%w: this hub is wallet %s, not %s", hubapi.ErrNotAllowed, h.cfg.Wallet.Hex(), wallet.Hex())
	}
	c := req.Capacity
	if c.Slots < 1 || c.Slots > 4096 {
		return nil, fmt.Errorf("%w: capacity: %d slots (want 1..4096)", hubapi.ErrBadRequest, c.Slots)
	}
	if len(c.Executors) == 0 {
		return nil, fmt.Errorf("%w: capacity: no executors", hubapi.ErrBadRequest)
	}
	ask, err := hubapi.ParseWei("ask", req.AskWei)
	if err != nil {
		return nil, err
	}
	if ask.Cmp(h.cfg.MinerWei) > 0 {
		return nil, fmt.Errorf("%w: your ask %s per core-hour is above this hub's pay %s", hubapi.ErrNotAllowed, snm.String(ask), snm.String(h.cfg.MinerWei))
	}
	cores := c.Cores
	if cores <= 0 {
		cores = float64(c.Slots)
	}
	slot := scheduler.Resources{Cores: cores / float64(c.Slots), MemoryBytes: c.MemoryBytes / int64(c.Slots), GPUs: c.GPUs / c.Slots,
		Network: c.Network}
	if c.MemoryBytes <= 0 {
		slot.MemoryBytes = 1 << 40
	}
	// The queue holds what a miner may be sent between two reads: its
	// slots' assignments and cancels, task infos, payouts.
	return &session{addr: miner, name: req.Name, cap: c, slot: slot, ask: ask, free: c.Slots,
		running: map[uint64]*assignment{}, adopted: map[uint64]bool{}, tasks: map[uint64]bool{}, out: make(chan outMsg, 64+4*c.Slots)}, nil
}

// onMinerMessage handles one message from a miner (on its reader goroutine).
func (h *Hub) onMinerMessage(ctx context.Context, s *session, kind string, body []byte) error {
	switch kind {
	case hubapi.KindHeartbeat:
		var hb hubapi.Heartbeat
		if err := hubapi.Unmarshal(body, &hb); err != nil {
			return err
		}
		h.do(ctx, func() { h.onHeartbeat(s, hb) })
		return nil
	case hubapi.KindResult:
		var r hubapi.UnitResult
		if err := hubapi.Unmarshal(body, &r); err != nil {
			return err
		}
		err := h.checkResult(&r)
		if err != nil {
			// A result that does not add up counts as a failed replica.
			r.Error = "inconsistent result: " + err.Error()
			r.Inline = nil
		} else if err := h.keepInline(r); err != nil {
			return err
		}
		h.do(ctx, func() {
			s.lastSeen = h.cfg.Now()
			h.onResult(s, r)
		})
		return nil
	default:
		return fmt.Errorf("%w: unknown message kind %q", hubapi.ErrBadRequest, kind)
	}
}

// checkResult recomputes a reported root from the file list and checks the
// inline bytes against their sha256; the root is kept as recomputed.
func (h *Hub) checkResult(r *hubapi.UnitResult) error {
	if r.Error != "" || r.ExitCode != 0 {
		return nil
	}
	for _, f := range r.Outputs {
		if !validRelPath(f.Path) {
			return fmt.Errorf("output path %q is not a clean relative path", f.Path)
		}
	}
	root, err := hubapi.OutputRoot(r.Outputs)
	if err != nil {
		return err
	}
	if !strings.EqualFold(root.Hex(), r.Root) {
		return fmt.Errorf("root %s does not match the files listed (%s)", r.Root, root.Hex())
	}
	// One spelling: replicas are compared by their roots' text.
	r.Root = root.Hex()
	if len(r.Inline) > 0 {
		want := map[string]hubapi.File{}
		for _, f := range r.Outputs {
			want[f.Path] = f
		}
		if len(r.Inline) != len(r.Outputs) {
			return fmt.Errorf("%d inline files for %d outputs", len(r.Inline), len(r.Outputs))
		}
		for _, in := range r.Inline {
			f, ok := want[in.Path]
			sum := sha256.Sum256(in.Data)
			if !ok || int64(len(in.Data)) != f.Size || hex.EncodeToString(sum[:]) != strings.ToLower(f.SHA256) {
				return fmt.Errorf("inline file %q does not match its listed size and sha256", in.Path)
			}
		}
	} else if len(r.Outputs) > 0 && r.Magnet == "" {
		return errors.New("outputs listed but neither inline nor a magnet given")
	}
	return nil
}

func validRelPath(p string) bool {
	return p != "" && !strings.HasPrefix(p, "/") && path.Clean(p) == p && p != ".." && !strings.HasPrefix(p, "../") && !strings.Contains(p, "\\")
}

// keepInline writes a result's inline files to disk before the loop counts
// the result.
func (h *Hub) keepInline(r hubapi.UnitResult) error {
	if len(r.Inline) == 0 {
		return nil
	}
	dir := h.replicaDir(r.ID)
	for _, f := range r.Inline {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (h *Hub) replicaDir(id uint64) string {
	return filepath.Join(h.cfg.DataDir, "replicas", fmt.Sprint(id))
}

func (h *Hub) dropReplicaFiles(a *assignment) {
	dir := h.replicaDir(a.id)
	h.later(func() { go os.RemoveAll(dir) })
}

// bundleTimeout bounds the fetch of a task's bundle from its buyer.
const bundleTimeout = 10 * time.Minute

// onHeartbeat (loop) notes a miner alive and loses the replicas it no longer
// runs: an assignment missing from two heartbeats in a row, sent at least two
// heartbeats ago, will never be reported (the miner restarted, or the result
// was lost on the way).
func (h *Hub) onHeartbeat(s *session, hb hubapi.Heartbeat) {
	now := h.cfg.Now()
	s.lastSeen = now
	if s.gone {
		return
	}
	listed := make(map[uint64]bool, len(hb.Running))
	for _, id := range hb.Running {
		listed[id] = true
	}
	old := h.missed[s]
	next := map[uint64]int{}
	var lost []*assignment
	for id := range s.adopted {
		if s.running[id] == nil {
			delete(s.adopted, id)
		}
	}
	for id, a := range s.running {
		// Judged only once the miner has read the assignment: a slow
		// stream (a loaded hub or miner) is not a lost replica. One taken
		// over from an earlier stream is judged at once: a miner that
		// came back without it would otherwise hold its slot until the
		// deadline, and then stay excluded from the unit.
		if listed[id] || (id > hb.Seen && !s.adopted[id]) {
			continue
		}
		next[id] = old[id] + 1
		if next[id] >= 2 {
			lost = append(lost, a)
		}
	}
	h.missed[s] = next
	for _, a := range lost {
		delete(next, a.id)
		// Reported nothing: the miner may run the unit again (a miner
		// that came back before its old connection was noticed gone
		// took its replicas over without knowing them).
		h.lose(a, "its miner no longer runs it", now, true)
		h.release(a)
	}
}
