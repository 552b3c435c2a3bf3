package miner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// ErrBadWelcome reports a hub whose first message on the join stream is
// not a usable Welcome.
var ErrBadWelcome = errors.New("bad welcome from the hub")

// defaultHeartbeat is used when the hub asks for none.
const defaultHeartbeat = 5 * time.Second

// link is one live join stream.
type link struct {
	hub     string
	wallet  common.Address
	welcome hubapi.Welcome
	stream  *hubapi.JoinStream
	seen    atomic.Uint64 // highest assignment id read on this stream
}

// session joins the hub once and serves the stream until it breaks or ctx
// ends. joined reports whether the hub welcomed the miner.
func (m *Miner) session(ctx context.Context, wg *sync.WaitGroup) (joined bool, err error) {
	addr, wallet, err := m.cfg.Hub(ctx)
	if err != nil {
		return false, fmt.Errorf("choose a hub: %w", err)
	}
	l, closeLink, err := m.join(ctx, addr, wallet)
	if err != nil {
		return false, err
	}
	defer closeLink()
	m.mu.Lock()
	m.stats.Hub, m.stats.Wallet, m.stats.Connected, m.stats.Session = addr, wallet, true, l.welcome.Session
	m.stats.Joins++
	m.mu.Unlock()
	m.cfg.Metrics.Joined(true)
	defer func() {
		m.mu.Lock()
		m.stats.Connected = false
		m.mu.Unlock()
		m.cfg.Metrics.Joined(false)
	}()
	pay, _ := hubapi.ParseWei("miner_pay", l.welcome.MinerWei)
	m.emit(Event{Kind: EventJoined, Hub: addr, Wallet: wallet, Session: l.welcome.Session, AmountWei: pay})
	m.log.Info("joined", "hub", addr, "wallet", wallet.Hex(), "session", l.welcome.Session)
	m.claimOnce(ctx, wg, wallet)

	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sendErr := make(chan error, 1)
	go func() { sendErr <- m.sender(sctx, l) }()
	recvErr := m.receive(sctx, ctx, wg, l)
	cancel()
	serr := <-sendErr
	if ctx.Err() != nil {
		return true, ctx.Err()
	}
	if recvErr == nil || errors.Is(recvErr, context.Canceled) {
		recvErr = serr
	}
	return true, recvErr
}

// join dials the hub through its locator, opens the join stream and reads
// the Welcome.
func (m *Miner) join(ctx context.Context, addr string, wallet common.Address) (*link, func(), error) {
	c, err := hubapi.DialVia(ctx, addr)
	if err != nil {
		return nil, nil, err
	}
	req := hubapi.JoinRequest{
		Miner: m.addr.Hex(), Wallet: wallet.Hex(), Time: m.cfg.Now().Unix(),
		Name: m.cfg.Name, Capacity: m.cfg.Capacity,
	}
	if m.cfg.AskWei != nil {
		req.AskWei = m.cfg.AskWei.String()
	}
	wctx, cancel := context.WithTimeout(ctx, m.cfg.WelcomeTimeout)
	defer cancel()
	// Join reads the hub's challenge and signs the request for it: the
	// signature is good on this connection only.
	js, err := c.Join(wctx, req, m.cfg.Key)
	if err != nil {
		c.Close()
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			err = fmt.Errorf("%w: no challenge within %s", ErrBadWelcome, m.cfg.WelcomeTimeout)
		}
		return nil, nil, fmt.Errorf("join hub %s at %s: %w", wallet.Hex(), addr, err)
	}
	closeLink := func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		_ = js.Close(cctx)
		c.Close()
	}
	kind, body, err := js.Recv(wctx)
	if err == nil {
		var w hubapi.Welcome
		w, err = m.checkWelcome(wallet, kind, body)
		if err == nil {
			return &link{hub: addr, wallet: wallet, welcome: w, stream: js}, closeLink, nil
		}
	} else if errors.Is(err, io.EOF) {
		err = fmt.Errorf("%w: the hub closed the join stream before its welcome", ErrBadWelcome)
	} else if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		err = fmt.Errorf("%w: no welcome within %s", ErrBadWelcome, m.cfg.WelcomeTimeout)
	}
	closeLink()
	return nil, nil, fmt.Errorf("join hub %s at %s: %w", wallet.Hex(), addr, err)
}

func (m *Miner) checkWelcome(wallet common.Address, kind string, body []byte) (hubapi.Welcome, error) {
	var w hubapi.Welcome
	if kind != hubapi.KindWelcome {
		return w, fmt.Errorf("%w: first message is %q, want %q", ErrBadWelcome, kind, hubapi.KindWelcome)
	}
	if err := hubapi.Unmarshal(body, &w); err != nil {
		return w, fmt.Errorf("%w: %v", ErrBadWelcome, err)
	}
	if !common.IsHexAddress(w.Wallet) || common.HexToAddress(w.Wallet) != wallet {
		return w, fmt.Errorf("%w: it speaks for wallet %q, want %s", ErrBadWelcome, w.Wallet, wallet.Hex())
	}
	pay, err := hubapi.ParseWei("miner_pay", w.MinerWei)
	if err != nil {
		return w, fmt.Errorf("%w: %v", ErrBadWelcome, err)
	}
	if m.cfg.AskWei != nil && pay.Cmp(m.cfg.AskWei) < 0 {
		return w, fmt.Errorf("%w: it pays %s per core-hour, below this miner's ask of %s", ErrBadWelcome, snm.String(pay), snm.String(m.cfg.AskWei))
	}
	if w.HeartbeatMs < 0 {
		return w, fmt.Errorf("%w: heartbeat interval %dms", ErrBadWelcome, w.HeartbeatMs)
	}
	return w, nil
}

// sender writes heartbeats and results on the stream. It is the only
// writer of the stream.
func (m *Miner) sender(ctx context.Context, l *link) error {
	every := time.Duration(l.welcome.HeartbeatMs) * time.Millisecond
	if every <= 0 {
		every = defaultHeartbeat
	}
	// Half the interval leaves room for a slow write or a busy hub.
	tick := time.NewTicker(max(every/2, 10*time.Millisecond))
	defer tick.Stop()
	if err := m.heartbeat(ctx, l); err != nil {
		return err
	}
	if err := m.resendRecent(ctx, l); err != nil {
		return err
	}
	for {
		if err := m.sendResults(ctx, l); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-m.wake:
		case <-tick.C:
			if err := m.heartbeat(ctx, l); err != nil {
				return err
			}
			m.janitor()
		}
	}
}

func (m *Miner) heartbeat(ctx context.Context, l *link) error {
	m.mu.Lock()
	hb := hubapi.Heartbeat{Running: make([]uint64, 0, len(m.runs)), Free: max(m.cfg.Slots-len(m.runs), 0), Seen: l.seen.Load()}
	for id := range m.runs {
		hb.Running = append(hb.Running, id)
	}
	m.mu.Unlock()
	sort.Slice(hb.Running, func(i, j int) bool { return hb.Running[i] < hb.Running[j] })
	if err := l.stream.Send(ctx, hubapi.KindHeartbeat, hb); err != nil {
		return fmt.Errorf("send heartbeat: %w", err)
	}
	return nil
}

// resendWindow is how long a written result is written again after each
// join; maxSent bounds how many are kept.
const (
	resendWindow = 10 * time.Minute
	maxSent      = 1024
)

// keepSent remembers a written result (m.mu held).
func (m *Miner) keepSent(p *pendingResult) {
	m.sent[p.Result.ID] = p
	if len(m.sent) <= maxSent {
		return
	}
	var oldest uint64
	var at int64
	for id, q := range m.sent {
		if at == 0 || q.SentAt < at {
			oldest, at = id, q.SentAt
		}
	}
	delete(m.sent, oldest)
}

// resendRecent writes again, after a join, the results written in the last
// resendWindow: the hub may never have read them.
func (m *Miner) resendRecent(ctx context.Context, l *link) error {
	cutoff := m.cfg.Now().Add(-resendWindow).UnixMilli()
	m.mu.Lock()
	var ps []*pendingResult
	for id, p := range m.sent {
		if p.SentAt < cutoff {
			delete(m.sent, id)
			continue
		}
		ps = append(ps, p)
	}
	m.mu.Unlock()
	sort.Slice(ps, func(i, j int) bool { return ps[i].Result.ID < ps[j].Result.ID })
	for _, p := range ps {
		if err := l.stream.Send(ctx, hubapi.KindResult, p.Result); err != nil {
			return fmt.Errorf("send result of assignment %d again: %w", p.Result.ID, err)
		}
	}
	return nil
}

// sendResults reports every finished assignment not reported yet, oldest
// first; a result leaves the list once written.
func (m *Miner) sendResults(ctx context.Context, l *link) error {
	m.mu.Lock()
	ids := make([]uint64, 0, len(m.pending))
	for id := range m.pending {
		ids = append(ids, id)
	}
	m.mu.Unlock()
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		m.mu.Lock()
		p := m.pending[id]
		m.mu.Unlock()
		if p == nil {
			continue // cancelled meanwhile
		}
		if err := l.stream.Send(ctx, hubapi.KindResult, p.Result); err != nil {
			return fmt.Errorf("send result of assignment %d: %w", id, err)
		}
		m.mu.Lock()
		if m.pending[id] == p {
			delete(m.pending, id)
			m.stats.Reported++
			p.SentAt = m.cfg.Now().UnixMilli()
			m.keepSent(p)
		}
		m.mu.Unlock()
		if err := m.saveState(); err != nil {
			m.log.Warn("save state", "err", err)
		}
		m.emit(Event{Kind: EventReported, Assignment: id, Task: p.Result.Task, Unit: p.Result.Unit})
	}
	return nil
}

// receive reads the hub's messages until the stream ends. Work it starts
// lives on base, not on the stream: it outlasts a lost connection.
func (m *Miner) receive(ctx, base context.Context, wg *sync.WaitGroup, l *link) error {
	for {
		kind, body, err := l.stream.Recv(ctx)
		if errors.Is(err, io.EOF) {
			return errors.New("the hub closed the join stream")
		}
		if err != nil {
			if errors.Is(err, hubapi.ErrBadRequest) {
				// One undecodable message is the hub's bug, not a reason
				// to drop the work in hand.
				m.warn(fmt.Errorf("hub %s sent a malformed message: %w", l.wallet.Hex(), err))
				continue
			}
			return err
		}
		if err := m.handle(base, wg, l, kind, body); err != nil {
			m.warn(fmt.Errorf("hub %s: %s message: %w", l.wallet.Hex(), kind, err))
		}
	}
}

func (m *Miner) warn(err error) {
	m.log.Warn("hub message", "err", err)
	m.emit(Event{Kind: EventWarning, Err: err})
}

func (m *Miner) handle(ctx context.Context, wg *sync.WaitGroup, l *link, kind string, body []byte) error {
	switch kind {
	case hubapi.KindTask:
		var ti hubapi.TaskInfo
		if err := hubapi.Unmarshal(body, &ti); err != nil {
			return err
		}
		return m.addTask(ti)
	case hubapi.KindAssign:
		var a hubapi.Assignment
		if err := hubapi.Unmarshal(body, &a); err != nil {
			return err
		}
		err := m.assign(ctx, wg, a)
		// Seen after the run is listed, so a heartbeat that claims it
		// also lists it.
		if a.ID > l.seen.Load() {
			l.seen.Store(a.ID)
		}
		return err
	case hubapi.KindCancel:
		var c hubapi.Cancel
		if err := hubapi.Unmarshal(body, &c); err != nil {
			return err
		}
		m.cancel(c)
		return nil
	case hubapi.KindPaid:
		var p hubapi.Paid
		if err := hubapi.Unmarshal(body, &p); err != nil {
			return err
		}
		amt, err := hubapi.ParseWei("amount", p.AmountWei)
		if err != nil {
			return err
		}
		m.mu.Lock()
		m.stats.PaidWei.Add(m.stats.PaidWei, amt)
		m.mu.Unlock()
		m.log.Info("paid", "hub", l.wallet.Hex(), "snm", snm.Format(amt), "units", p.Units, "tx", p.Tx)
		m.emit(Event{Kind: EventPaid, Wallet: l.wallet, AmountWei: amt, Tx: p.Tx})
		m.claim(ctx, wg, l.wallet)
		return nil
	case hubapi.KindWelcome:
		return fmt.Errorf("%w: a second welcome", hubapi.ErrBadRequest)
	}
	return fmt.Errorf("%w: unknown message kind %q", hubapi.ErrBadRequest, strings.ToValidUTF8(kind, "?"))
}

// claimOnce claims from wallet the first time it is joined in this run.
func (m *Miner) claimOnce(ctx context.Context, wg *sync.WaitGroup, wallet common.Address) {
	if m.cfg.Chain == nil {
		return
	}
	m.mu.Lock()
	done := m.claimed[wallet]
	m.claimed[wallet] = true
	m.mu.Unlock()
	if !done {
		m.claim(ctx, wg, wallet)
	}
}

// claim pulls what wallet approved to this miner, in the background; claims
// run one at a time.
func (m *Miner) claim(ctx context.Context, wg *sync.WaitGroup, wallet common.Address) {
	if m.cfg.Chain == nil {
		return
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		m.claimMu.Lock()
		defer m.claimMu.Unlock()
		amt, err := m.cfg.Chain.Claim(ctx, m.cfg.ChainOpts, wallet)
		if err != nil {
			if ctx.Err() == nil {
				m.log.Warn("claim", "hub", wallet.Hex(), "err", err)
				m.emit(Event{Kind: EventClaimed, Wallet: wallet, Err: err})
			}
			return
		}
		if amt == nil || amt.Sign() == 0 {
			return
		}
		m.mu.Lock()
		m.stats.Claimed.Add(m.stats.Claimed, amt)
		m.mu.Unlock()
		m.log.Info("claimed", "hub", wallet.Hex(), "snm", snm.Format(amt))
		m.emit(Event{Kind: EventClaimed, Wallet: wallet, AmountWei: new(big.Int).Set(amt)})
	}()
}
