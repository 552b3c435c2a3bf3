package rpc

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Config holds the limits of a connection. Zero fields take the defaults.
type Config struct {
	MaxFrameSize     int           // bytes of one frame; larger frames are refused (default 16 MiB)
	MaxChannels      int           // open channels per connection (default 4096)
	HandshakeTimeout time.Duration // first frame must arrive within (server side; default 10s)
	MaxConnsPerAddr  int           // concurrent connections from one IP (Server only; default 256, negative for no limit)
	IdleTimeout      time.Duration // no frames and no open channels for this long closes (default 5m)
	WriteTimeout     time.Duration // a peer that does not read for this long is dropped (default 30s)
	WriteQueue       int           // frames queued before senders block (default 256)
	InboxSize        int           // frames queued per channel before the reader blocks (default 64)
	ReadBuffer       int           // bytes buffered for reading (default 64 KiB)
	WriteBuffer      int           // bytes buffered for writing (default 64 KiB); many idle connections want less
	Logger           *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.MaxFrameSize <= 0 {
		c.MaxFrameSize = 16 << 20
	}
	if c.MaxChannels <= 0 {
		c.MaxChannels = 4096
	}
	if c.MaxConnsPerAddr == 0 {
		c.MaxConnsPerAddr = 256
	}
	if c.HandshakeTimeout <= 0 {
		c.HandshakeTimeout = 10 * time.Second
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = 5 * time.Minute
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = 30 * time.Second
	}
	if c.WriteQueue <= 0 {
		c.WriteQueue = 256
	}
	if c.InboxSize <= 0 {
		c.InboxSize = 64
	}
	if c.ReadBuffer <= 0 {
		c.ReadBuffer = 64 << 10
	}
	if c.WriteBuffer <= 0 {
		c.WriteBuffer = 64 << 10
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Handler serves one channel opened by a caller. It reads the opening
// arguments from ch.Args, may Recv further messages, and replies with
// ch.Send and the helpers. A returned error is sent as the channel's error
// reply when the reply protocol is not finished yet.
type Handler func(ctx context.Context, ch *Channel) error

// Service is a protocol with its handlers, keyed by event name.
type Service struct {
	Name     string
	Version  int
	Graph    Graph
	Handlers map[string]Handler
}

// Message is one received message of a channel.
type Message struct {
	Slot    uint64
	Name    string
	Args    Args
	Headers []Header
}

// Conn is one connection. The same type serves a service (when it has one)
// and makes calls; channels opened by either side share the id space.
type Conn struct {
	rwc     io.ReadWriteCloser
	svc     *Service
	cfg     Config
	log     *slog.Logger
	wq      chan *[]byte
	done    chan struct{}
	once    sync.Once
	err     error // why the connection closed; set before done is closed
	active  atomic.Int64
	pending atomic.Int64 // frames queued or written but not yet flushed

	openMu   sync.Mutex // orders channel ids on the wire
	mu       sync.Mutex
	chans    map[uint64]*Channel
	revoked  map[uint64]struct{} // dead ids already answered
	maxSeen  uint64
	draining bool
	goaway   bool
	frames   bool // a frame has been received

	handlers sync.WaitGroup
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 512); return &b }}

// NewConn wraps rwc. svc may be nil for a connection that only makes calls.
func NewConn(rwc io.ReadWriteCloser, svc *Service, cfg Config) *Conn {
	cfg = cfg.withDefaults()
	return &Conn{
		rwc:     rwc,
		svc:     svc,
		cfg:     cfg,
		log:     cfg.Logger,
		wq:      make(chan *[]byte, cfg.WriteQueue),
		done:    make(chan struct{}),
		chans:   make(map[uint64]*Channel),
		revoked: make(map[uint64]struct{}),
	}
}

// Dial connects to a service endpoint over TCP (or "unix").
func Dial(ctx context.Context, network, addr string, cfg Config) (*Conn, error) {
	var d net.Dialer
	nc, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	c := NewConn(nc, nil, cfg)
	c.Start(ctx)
	return c, nil
}

// Start runs the reader, the writer and the timers. The connection lives
// until Close, a fatal error, or the end of ctx.
func (c *Conn) Start(ctx context.Context) {
	c.active.Store(time.Now().UnixNano())
	go c.readLoop()
	go c.writeLoop()
	go c.watch(ctx)
}

// Done is closed when the connection has closed.
func (c *Conn) Done() <-chan struct{} { return c.done }

// Err is why the connection closed (nil while open).
func (c *Conn) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}

// Close sends what is already queued (waiting at most a second for a slow
// peer), then closes; open channels fail with ErrClosed.
func (c *Conn) Close() error {
	c.flushAndClose(ErrClosed)
	return nil
}

func (c *Conn) closeWith(err error) {
	c.once.Do(func() {
		c.err = err
		close(c.done)
		c.rwc.Close()
		c.mu.Lock()
		chans := c.chans
		c.chans = map[uint64]*Channel{}
		c.mu.Unlock()
		for _, ch := range chans {
			ch.cancel(fmt.Errorf("%w: %w", ErrClosed, err))
		}
	})
}

// Drain refuses new channels from the peer, tells it to go away, and waits for
// in-flight handlers until ctx ends; then it closes the connection.
func (c *Conn) Drain(ctx context.Context) error {
	c.mu.Lock()
	c.draining = true
	c.mu.Unlock()
	_ = c.writeFrame(ctx, Frame{Channel: 0, Slot: SlotGoaway, Args: []any{CodeOf(ErrGoingAway)}})
	waited := make(chan struct{})
	go func() { c.handlers.Wait(); close(waited) }()
	var err error
	select {
	case <-waited:
	case <-ctx.Done():
		err = ctx.Err()
	}
	c.flushAndClose(ErrGoingAway)
	return err
}

// flushAndClose gives queued frames a moment to leave before closing.
func (c *Conn) flushAndClose(err error) {
	deadline := time.Now().Add(time.Second)
	for c.pending.Load() > 0 && time.Now().Before(deadline) {
		select {
		case <-c.done:
			return
		case <-time.After(time.Millisecond):
		}
	}
	c.closeWith(err)
}

func (c *Conn) watch(ctx context.Context) {
	t := time.NewTicker(c.tick())
	defer t.Stop()
	start := time.Now()
	for {
		select {
		case <-c.done:
			return
		case <-ctx.Done():
			c.closeWith(ctx.Err())
			return
		case now := <-t.C:
			c.mu.Lock()
			frames, open := c.frames, len(c.chans)
			c.mu.Unlock()
			if c.svc != nil && !frames && now.Sub(start) > c.cfg.HandshakeTimeout {
				c.closeWith(fmt.Errorf("%w: no frame within %s", ErrTimeout, c.cfg.HandshakeTimeout))
				return
			}
			last := time.Unix(0, c.active.Load())
			if open == 0 && now.Sub(last) > c.cfg.IdleTimeout {
				c.closeWith(fmt.Errorf("%w: idle for %s", ErrTimeout, c.cfg.IdleTimeout))
				return
			}
		}
	}
}

func (c *Conn) tick() time.Duration {
	d := min(c.cfg.HandshakeTimeout, c.cfg.IdleTimeout) / 4
	return max(d, 10*time.Millisecond)
}

func (c *Conn) writeLoop() {
	bw := bufio.NewWriterSize(c.rwc, c.cfg.WriteBuffer)
	dl, _ := c.rwc.(interface{ SetWriteDeadline(time.Time) error })
	for {
		var bp *[]byte
		select {
		case <-c.done:
			return
		case bp = <-c.wq:
		}
		if dl != nil {
			_ = dl.SetWriteDeadline(time.Now().Add(c.cfg.WriteTimeout))
		}
		n := int64(0)
		yielded := false
		for bp != nil {
			n++
			_, err := bw.Write(*bp)
			*bp = (*bp)[:0]
			bufPool.Put(bp)
			if err != nil {
				c.closeWith(fmt.Errorf("write: %w", err))
				return
			}
			select {
			case bp = <-c.wq:
			default:
				bp = nil
				if !yielded {
					// Let other senders queue before paying for a syscall:
					// many small frames then leave in one write.
					yielded = true
					runtime.Gosched()
					select {
					case bp = <-c.wq:
					default:
					}
				}
			}
		}
		if err := bw.Flush(); err != nil {
			c.closeWith(fmt.Errorf("write: %w", err))
			return
		}
		c.pending.Add(-n)
	}
}

// writeFrame queues a frame, blocking while the queue is full (backpressure).
func (c *Conn) writeFrame(ctx context.Context, f Frame) error {
	bp := bufPool.Get().(*[]byte)
	b, err := AppendFrame((*bp)[:0], f)
	if err != nil {
		*bp = b[:0]
		bufPool.Put(bp)
		return err
	}
	if len(b) > c.cfg.MaxFrameSize {
		*bp = b[:0]
		bufPool.Put(bp)
		return fmt.Errorf("%w: %d bytes, limit %d", ErrFrameTooLarge, len(b), c.cfg.MaxFrameSize)
	}
	*bp = b
	c.pending.Add(1)
	select {
	case c.wq <- bp:
		return nil
	case <-c.done:
		c.pending.Add(-1)
		return c.err
	case <-ctx.Done():
		c.pending.Add(-1)
		return context.Cause(ctx)
	}
}

func (c *Conn) sendError(channel, slot uint64, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.WriteTimeout)
	defer cancel()
	_ = c.writeFrame(ctx, Frame{Channel: channel, Slot: slot, Args: ErrorArgs(err)})
}

func (c *Conn) readLoop() {
	dec := NewDecoder(bufio.NewReaderSize(c.rwc, c.cfg.ReadBuffer), c.cfg.MaxFrameSize)
	for {
		f, err := dec.Decode()
		if err != nil {
			var fe *FrameError
			if errors.As(err, &fe) {
				c.log.Debug("bad frame", "err", err)
				if fe.HasChannel {
					c.sendError(fe.Channel, 1, err)
				}
				continue
			}
			if errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) {
				c.closeWith(ErrClosed)
				return
			}
			if errors.Is(err, ErrFrameTooLarge) || errors.Is(err, ErrFrameFormat) {
				// The stream is out of step; say why, then hang up.
				c.log.Debug("unrecoverable frame", "err", err)
				c.sendError(0, 1, err)
				c.flushAndClose(err)
				return
			}
			c.closeWith(fmt.Errorf("read: %w", err))
			return
		}
		c.active.Store(time.Now().UnixNano())
		c.dispatch(f)
	}
}

func (c *Conn) dispatch(f Frame) {
	if isControl(f.Slot) {
		c.control(f)
		return
	}
	c.mu.Lock()
	c.frames = true
	ch := c.chans[f.Channel]
	if ch != nil {
		c.mu.Unlock()
		ch.deliver(f)
		return
	}
	if f.Channel <= c.maxSeen || c.svc == nil {
		// Answer each dead id once: two peers that have both forgotten a
		// channel would otherwise bounce revoked errors forever. A pure
		// client has nothing to say to late replies of calls it released.
		_, told := c.revoked[f.Channel]
		if !told && c.svc != nil {
			if len(c.revoked) >= 4096 {
				clear(c.revoked)
			}
			c.revoked[f.Channel] = struct{}{}
		}
		c.mu.Unlock()
		if !told && c.svc != nil {
			c.sendError(f.Channel, 1, fmt.Errorf("%w: channel %d", ErrRevokedChannel, f.Channel))
		} else {
			c.log.Debug("frame on a dead channel dropped", "channel", f.Channel, "slot", f.Slot)
		}
		return
	}
	c.maxSeen = f.Channel
	if c.draining {
		c.mu.Unlock()
		c.sendError(f.Channel, 1, ErrGoingAway)
		return
	}
	if len(c.chans) >= c.cfg.MaxChannels {
		c.mu.Unlock()
		c.sendError(f.Channel, 1, fmt.Errorf("%w: limit %d", ErrTooManyChannels, c.cfg.MaxChannels))
		return
	}
	recv := newState(c.svc.Graph)
	ev, err := recv.step(f.Slot)
	var h Handler
	if err == nil {
		if h = c.svc.Handlers[ev.Name]; h == nil {
			err = fmt.Errorf("%w: %s has no handler", ErrSlotNotFound, ev.Name)
		}
	}
	if err != nil {
		c.mu.Unlock()
		c.sendError(f.Channel, 1, err)
		return
	}
	send := newState(nil)
	if ev.Upstream != nil {
		send = stateOf(*ev.Upstream, c.svc.Graph)
	}
	ctx := context.Background()
	if tr := TraceOf(f.Headers); tr != (Trace{}) {
		ctx = WithTrace(ctx, tr)
	}
	ch = c.newChannel(ctx, f.Channel, ev.Name, send, recv)
	ch.Args = f.Args
	ch.Headers = f.Headers
	ch.served = true
	c.chans[f.Channel] = ch
	c.handlers.Add(1)
	c.mu.Unlock()
	if recv.done {
		close(ch.inbox)
	}
	go c.serve(ch, h)
}

func (c *Conn) control(f Frame) {
	switch f.Slot {
	case SlotRevoke:
		target, ok := AsUint(Args(f.Args).Get(0))
		if !ok {
			return
		}
		re := &RemoteError{Code: Code{CategoryDispatch, 4}, Message: "revoked by peer"}
		if pair, ok := Args(f.Args).Get(1).([]any); ok {
			re = parseErrorArgs([]any{pair, "revoked by peer"})
		}
		c.mu.Lock()
		ch := c.chans[target]
		delete(c.chans, target)
		c.mu.Unlock()
		if ch != nil {
			ch.sendMu.Lock()
			ch.send.done = true // nothing more may be sent on a revoked channel
			ch.sendMu.Unlock()
			ch.cancel(re)
		}
	case SlotPing:
		// Only the serving side answers, so two peers never ping-pong.
		if c.svc != nil {
			ctx, cancel := context.WithTimeout(context.Background(), c.cfg.WriteTimeout)
			_ = c.writeFrame(ctx, Frame{Channel: f.Channel, Slot: SlotPing})
			cancel()
		}
	case SlotGoaway:
		c.mu.Lock()
		c.goaway = true
		c.mu.Unlock()
	case SlotSettings:
		// No settings are negotiated; accepted and ignored.
	}
}

func (c *Conn) serve(ch *Channel, h Handler) {
	defer c.handlers.Done()
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%w: handler panic: %v", ErrUncaught, r)
			}
		}()
		return h(ch.ctx, ch)
	}()
	if err != nil {
		attrs := []any{"service", c.svc.Name, "event", ch.Event, "err", err}
		if tr, ok := TraceFrom(ch.ctx); ok {
			attrs = append(attrs, "trace_id", fmt.Sprintf("%016x", tr.TraceID))
		}
		c.log.Debug("handler failed", attrs...)
	}
	ch.finish(err)
}

func (c *Conn) newChannel(ctx context.Context, id uint64, event string, send, recv state) *Channel {
	cctx, cancel := context.WithCancelCause(ctx)
	size := 1
	if recv.streams() {
		size = c.cfg.InboxSize
	}
	return &Channel{
		conn:     c,
		id:       id,
		Event:    event,
		ctx:      cctx,
		cancelFn: cancel,
		inbox:    make(chan Message, size),
		send:     send,
		recv:     recv,
	}
}

func (c *Conn) remove(ch *Channel) {
	c.mu.Lock()
	if c.chans[ch.id] == ch {
		delete(c.chans, ch.id)
	}
	c.mu.Unlock()
}

// Open starts a call: it sends the event called name of protocol g with args
// on a new channel. Replies are read with Recv; the channel follows the
// event's dispatch and upstream graphs.
func (c *Conn) Open(ctx context.Context, g Graph, name string, args ...any) (*Channel, error) {
	slot, ev, ok := g.Lookup(name)
	if !ok {
		return nil, fmt.Errorf("%w: %q (known: %v)", ErrSlotNotFound, name, g.Names())
	}
	send := stateOf(ev.Dispatch, g)
	recv := newState(nil)
	if ev.Upstream != nil {
		recv = stateOf(*ev.Upstream, g)
	}
	// Ids must reach the wire in increasing order, so allocation and
	// queueing happen under one lock.
	c.openMu.Lock()
	defer c.openMu.Unlock()
	c.mu.Lock()
	if c.goaway {
		c.mu.Unlock()
		return nil, ErrGoingAway
	}
	select {
	case <-c.done:
		c.mu.Unlock()
		return nil, c.err
	default:
	}
	c.maxSeen++
	id := c.maxSeen
	ch := c.newChannel(context.Background(), id, name, send, recv)
	if !send.done || !recv.done {
		c.chans[id] = ch
	}
	c.mu.Unlock()
	if recv.done {
		close(ch.inbox)
	}
	var hs []Header
	if tr, ok := TraceFrom(ctx); ok {
		hs = tr.Headers()
	}
	if err := c.writeFrame(ctx, Frame{Channel: id, Slot: slot, Args: args, Headers: hs}); err != nil {
		c.remove(ch)
		return nil, err
	}
	return ch, nil
}

// Call makes a call with a primitive-style reply: it returns the value's
// arguments, or the error reply as a *RemoteError.
func (c *Conn) Call(ctx context.Context, g Graph, name string, args ...any) (Args, error) {
	ch, err := c.Open(ctx, g, name, args...)
	if err != nil {
		return nil, err
	}
	defer ch.Release()
	m, err := ch.Recv(ctx)
	if err != nil {
		return nil, err
	}
	if m.Name == "error" {
		return nil, parseErrorArgs(m.Args)
	}
	return m.Args, nil
}

// Channel is one side of one channel.
type Channel struct {
	conn     *Conn
	id       uint64
	ctx      context.Context
	cancelFn context.CancelCauseFunc
	inbox    chan Message

	// Event is the name of the opening event; Args and Headers are the
	// opening message's (on the serving side).
	Event   string
	Args    Args
	Headers []Header

	served bool // opened by the peer, served by a handler here

	sendMu sync.Mutex
	send   state
	recvMu sync.Mutex
	recv   state
}

// ID is the channel id.
func (ch *Channel) ID() uint64 { return ch.id }

// Context ends when the channel is revoked or its connection closes.
func (ch *Channel) Context() context.Context { return ch.ctx }

func (ch *Channel) cancel(err error) { ch.cancelFn(err) }

// deliver is called by the reader for each message of the channel.
func (ch *Channel) deliver(f Frame) {
	ch.recvMu.Lock()
	ev, err := ch.recv.step(f.Slot)
	done := ch.recv.done
	ch.recvMu.Unlock()
	if err != nil {
		ch.violation(f, err)
		return
	}
	m := Message{Slot: f.Slot, Name: ev.Name, Args: f.Args, Headers: f.Headers}
	select {
	case ch.inbox <- m:
	case <-ch.ctx.Done():
	case <-ch.conn.done:
	}
	if done {
		close(ch.inbox)
		ch.maybeRemove()
	}
}

// violation handles a message the channel's state does not allow: the
// channel fails with an error, the connection goes on.
func (ch *Channel) violation(f Frame, err error) {
	c := ch.conn
	c.log.Debug("protocol violation", "channel", ch.id, "slot", f.Slot, "err", err)
	if ch.served {
		ch.sendMu.Lock()
		slot := uint64(1)
		if s, _, ok := ch.send.cur.Lookup("error"); ok {
			slot = s
		}
		ch.send.done = true
		ch.sendMu.Unlock()
		c.sendError(ch.id, slot, err)
	}
	ch.cancel(err)
	c.remove(ch)
}

func (ch *Channel) maybeRemove() {
	if ch.served {
		return
	}
	ch.sendMu.Lock()
	sd := ch.send.done
	ch.sendMu.Unlock()
	ch.recvMu.Lock()
	rd := ch.recv.done
	ch.recvMu.Unlock()
	if sd && rd {
		ch.conn.remove(ch)
	}
}

// Recv returns the next message. It returns io.EOF after the peer's terminal
// message, the cause when the channel is revoked or the connection closes.
func (ch *Channel) Recv(ctx context.Context) (Message, error) {
	select {
	case m, ok := <-ch.inbox:
		if !ok {
			return Message{}, io.EOF
		}
		return m, nil
	default:
	}
	select {
	case m, ok := <-ch.inbox:
		if !ok {
			return Message{}, io.EOF
		}
		return m, nil
	case <-ch.ctx.Done():
		return Message{}, context.Cause(ch.ctx)
	case <-ctx.Done():
		return Message{}, context.Cause(ctx)
	case <-ch.conn.done:
		return Message{}, fmt.Errorf("%w: %w", ErrClosed, ch.conn.err)
	}
}

// Send sends the event called name of the channel's current send protocol.
func (ch *Channel) Send(ctx context.Context, name string, args ...any) error {
	ch.sendMu.Lock()
	defer ch.sendMu.Unlock()
	if ch.send.done {
		return fmt.Errorf("%w: %s after the channel's terminal message", ErrRevokedChannel, name)
	}
	slot, _, ok := ch.send.cur.Lookup(name)
	if !ok {
		return fmt.Errorf("%w: %q (allowed: %v)", ErrSlotNotFound, name, ch.send.cur.Names())
	}
	return ch.sendSlotLocked(ctx, slot, args)
}

// SendSlot sends by slot number, for generic clients.
func (ch *Channel) SendSlot(ctx context.Context, slot uint64, args ...any) error {
	ch.sendMu.Lock()
	defer ch.sendMu.Unlock()
	return ch.sendSlotLocked(ctx, slot, args)
}

func (ch *Channel) sendSlotLocked(ctx context.Context, slot uint64, args []any) error {
	select {
	case <-ch.ctx.Done():
		return context.Cause(ch.ctx)
	default:
	}
	saved := ch.send
	if _, err := ch.send.step(slot); err != nil {
		return err
	}
	if err := ch.conn.writeFrame(ctx, Frame{Channel: ch.id, Slot: slot, Args: args}); err != nil {
		ch.send = saved
		return err
	}
	if ch.send.done && !ch.served {
		go ch.maybeRemove()
	}
	return nil
}

// Value sends value(args...) of a primitive reply.
func (ch *Channel) Value(ctx context.Context, args ...any) error {
	return ch.Send(ctx, "value", args...)
}

// Write sends write(args...) of a streaming protocol.
func (ch *Channel) Write(ctx context.Context, args ...any) error {
	return ch.Send(ctx, "write", args...)
}

// CloseSend sends close() of a streaming protocol.
func (ch *Channel) CloseSend(ctx context.Context) error { return ch.Send(ctx, "close") }

// Error sends error([category, code], message).
func (ch *Channel) Error(ctx context.Context, err error) error {
	return ch.Send(ctx, "error", ErrorArgs(err)...)
}

// Release forgets a caller-side channel whose remaining replies are not
// wanted. When the peer may still send on it (a stream not closed yet), it
// is told with revoke(channel, [7, 4]), so that it stops writing into a
// channel nobody reads.
func (ch *Channel) Release() {
	ch.recvMu.Lock()
	open := !ch.recv.done
	ch.recvMu.Unlock()
	ch.cancel(context.Canceled)
	ch.conn.remove(ch)
	if open {
		c, id := ch.conn, ch.id
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), c.cfg.WriteTimeout)
			defer cancel()
			_ = c.writeFrame(ctx, Frame{Channel: id, Slot: SlotRevoke, Args: []any{id, Code{CategoryDispatch, 4}}})
		}()
	}
}

// finish ends a served channel after its handler returned.
func (ch *Channel) finish(err error) {
	ch.sendMu.Lock()
	if !ch.send.done {
		slot, _, ok := ch.send.cur.Lookup("error")
		if err == nil {
			err = fmt.Errorf("%w: %s returned without a final reply", ErrUncaught, ch.Event)
		}
		if ok {
			if _, serr := ch.send.step(slot); serr == nil {
				ctx, cancel := context.WithTimeout(context.Background(), ch.conn.cfg.WriteTimeout)
				_ = ch.conn.writeFrame(ctx, Frame{Channel: ch.id, Slot: slot, Args: ErrorArgs(err)})
				cancel()
			}
		}
		ch.send.done = true
	}
	ch.sendMu.Unlock()
	ch.cancel(context.Canceled)
	ch.conn.remove(ch)
}

// Ping sends a ping control message; a serving peer answers with one, which
// (like any frame) refreshes LastActivity.
func (c *Conn) Ping(ctx context.Context) error {
	return c.writeFrame(ctx, Frame{Channel: 0, Slot: SlotPing})
}

// LastActivity is when the last frame arrived.
func (c *Conn) LastActivity() time.Time { return time.Unix(0, c.active.Load()) }
