package rpc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testService: ping (primitive), count (streams n writes), echo (bidirectional
// stream), hold (blocks until released or cancelled), panic.
func testService(release <-chan struct{}) *Service {
	return &Service{
		Name:    "test",
		Version: 1,
		Graph: Graph{
			0: Method("ping", Terminal(), To(Primitive())),
			1: Method("count", Terminal(), To(Streaming())),
			2: Method("echo", To(Streaming()), To(Streaming())),
			3: Method("hold", Terminal(), To(Primitive())),
			4: Method("panic", Terminal(), To(Primitive())),
			5: Method("trace", Terminal(), To(Primitive())),
		},
		Handlers: map[string]Handler{
			"ping": func(ctx context.Context, ch *Channel) error {
				return ch.Value(ctx, ch.Args...)
			},
			"count": func(ctx context.Context, ch *Channel) error {
				n, err := ch.Args.Int(0)
				if err != nil {
					return err
				}
				for i := int64(0); i < n; i++ {
					if err := ch.Write(ctx, i); err != nil {
						return err
					}
				}
				return ch.CloseSend(ctx)
			},
			"echo": func(ctx context.Context, ch *Channel) error {
				for {
					m, err := ch.Recv(ctx)
					if errors.Is(err, io.EOF) {
						return nil
					}
					if err != nil {
						return err
					}
					switch m.Name {
					case "write":
						if err := ch.Write(ctx, m.Args...); err != nil {
							return err
						}
					case "close":
						return ch.CloseSend(ctx)
					case "error":
						return ch.Error(ctx, parseErrorArgs(m.Args))
					}
				}
			},
			"hold": func(ctx context.Context, ch *Channel) error {
				select {
				case <-release:
					return ch.Value(ctx, "released")
				case <-ctx.Done():
					return context.Cause(ctx)
				}
			},
			"panic": func(ctx context.Context, ch *Channel) error { panic("boom") },
			"trace": func(ctx context.Context, ch *Channel) error {
				tr, _ := TraceFrom(ctx)
				return ch.Value(ctx, tr.TraceID, tr.SpanID, tr.ParentID)
			},
		},
	}
}

type fixture struct {
	addr    string
	srv     *Server
	release chan struct{}
}

func startServer(t *testing.T, cfg Config) *fixture {
	t.Helper()
	release := make(chan struct{})
	srv, err := NewServer(testService(release), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go srv.Serve(ctx, ln)
	t.Cleanup(func() { cancel(); srv.Close() })
	return &fixture{addr: ln.Addr().String(), srv: srv, release: release}
}

func dial(t *testing.T, addr string) *Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := Dial(context.Background(), "tcp", addr, Config{})
	if err != nil {
		t.Fatal(err)
	}
	_ = ctx
	t.Cleanup(func() { c.Close() })
	return c
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestCalls(t *testing.T) {
	f := startServer(t, Config{})
	c := dial(t, f.addr)
	g := f.srv.Service().Graph
	ctx := testCtx(t)

	t.Run("primitive", func(t *testing.T) {
		got, err := c.Call(ctx, g, "ping", "hello", int64(42))
		if err != nil {
			t.Fatal(err)
		}
		if s, _ := got.String(0); s != "hello" || got.Get(1) != int64(42) {
			t.Fatalf("got %v, want [hello 42]", got)
		}
	})
	t.Run("streaming", func(t *testing.T) {
		ch, err := c.Open(ctx, g, "count", 100)
		if err != nil {
			t.Fatal(err)
		}
		var n int64
		for {
			m, err := ch.Recv(ctx)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Name == "close" {
				continue
			}
			if m.Args.Get(0) != n {
				t.Fatalf("got %v, want %d", m.Args.Get(0), n)
			}
			n++
		}
		if n != 100 {
			t.Fatalf("got %d writes, want 100", n)
		}
	})
	t.Run("bidirectional", func(t *testing.T) {
		ch, err := c.Open(ctx, g, "echo")
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 10; i++ {
			if err := ch.Write(ctx, fmt.Sprint("chunk", i)); err != nil {
				t.Fatal(err)
			}
			m, err := ch.Recv(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if s, _ := m.Args.String(0); s != fmt.Sprint("chunk", i) {
				t.Fatalf("got %q, want chunk%d", s, i)
			}
		}
		if err := ch.CloseSend(ctx); err != nil {
			t.Fatal(err)
		}
		if m, err := ch.Recv(ctx); err != nil || m.Name != "close" {
			t.Fatalf("got %v %v, want close", m.Name, err)
		}
		if err := ch.Write(ctx, "late"); !errors.Is(err, ErrRevokedChannel) {
			t.Fatalf("got %v, want %v", err, ErrRevokedChannel)
		}
	})
	t.Run("handler error becomes error reply", func(t *testing.T) {
		_, err := c.Call(ctx, g, "count", "not a number")
		if !errors.Is(err, ErrInvalidArgument) {
			t.Fatalf("got %v, want %v", err, ErrInvalidArgument)
		}
	})
	t.Run("panic becomes uncaught error", func(t *testing.T) {
		_, err := c.Call(ctx, g, "panic")
		if !errors.Is(err, ErrUncaught) {
			t.Fatalf("got %v, want %v", err, ErrUncaught)
		}
	})
	t.Run("unknown method refused locally", func(t *testing.T) {
		_, err := c.Open(ctx, g, "nope")
		if !errors.Is(err, ErrSlotNotFound) {
			t.Fatalf("got %v, want %v", err, ErrSlotNotFound)
		}
	})
	t.Run("trace headers reach the handler", func(t *testing.T) {
		tctx := WithTrace(ctx, Trace{TraceID: 7, SpanID: 8, ParentID: 9})
		got, err := c.Call(tctx, g, "trace")
		if err != nil {
			t.Fatal(err)
		}
		want := []int64{7, 8, 9}
		for i, w := range want {
			if got.Get(i) != w {
				t.Fatalf("got %v, want %v", got, want)
			}
		}
	})
}

// rawConn speaks frames directly, to send what a well-behaved client never would.
type rawConn struct {
	next uint64
	t    *testing.T
	nc   net.Conn
	dec  *Decoder
}

func rawDial(t *testing.T, addr string) *rawConn {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	return &rawConn{t: t, nc: nc, dec: NewDecoder(nc, 1<<20)}
}

func (r *rawConn) send(f Frame) {
	b, err := AppendFrame(nil, f)
	if err != nil {
		r.t.Fatal(err)
	}
	r.write(b)
}

func (r *rawConn) write(b []byte) {
	if _, err := r.nc.Write(b); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rawConn) recv() (Frame, error) {
	_ = r.nc.SetReadDeadline(time.Now().Add(10 * time.Second))
	return r.dec.Decode()
}

func (r *rawConn) expectError(channel uint64, want error) {
	r.t.Helper()
	f, err := r.recv()
	if err != nil {
		r.t.Fatalf("got %v, want an error frame", err)
	}
	if f.Channel != channel || f.Slot != 1 {
		r.t.Fatalf("got frame %d/%d, want error on channel %d", f.Channel, f.Slot, channel)
	}
	if re := parseErrorArgs(f.Args); !errors.Is(re, want) {
		r.t.Fatalf("got %v, want %v", re, want)
	}
}

func (r *rawConn) expectValue(channel uint64) Frame {
	r.t.Helper()
	f, err := r.recv()
	if err != nil {
		r.t.Fatalf("got %v, want a value frame", err)
	}
	if f.Channel != channel || f.Slot != 0 {
		r.t.Fatalf("got frame %d/%d %v, want value on channel %d", f.Channel, f.Slot, f.Args, channel)
	}
	return f
}

func TestBadInputKeepsConnection(t *testing.T) {
	f := startServer(t, Config{})
	tests := []struct {
		name    string
		channel uint64
		bytes   []byte
		want    error
	}{
		{"unknown slot", 21, mustFrame(t, Frame{Channel: 21, Slot: 99}), ErrSlotNotFound},
		{"wrong element type", 200, []byte{0x93, 0xcc, 200, 0xa1, 'x', 0x90}, ErrFrameFormat},
		{"args not array", 210, []byte{0x93, 0xcc, 210, 0x00, 0x05}, ErrFrameFormat},
		{"lower channel id", 5, mustFrame(t, Frame{Channel: 5, Slot: 0}), ErrRevokedChannel},
		{"reused channel id", 20, mustFrame(t, Frame{Channel: 20, Slot: 0}), ErrRevokedChannel},
		{"message after terminal", 220, append(mustFrame(t, Frame{Channel: 220, Slot: 3}), mustFrame(t, Frame{Channel: 220, Slot: 0})...), ErrRevokedChannel},
		{"wrong argument type", 230, mustFrame(t, Frame{Channel: 230, Slot: 1, Args: []any{"x"}}), ErrInvalidArgument},
	}
	r := rawDial(t, f.addr)
	r.next = 20
	r.send(Frame{Channel: 20, Slot: 0, Args: []any{"first"}})
	r.expectValue(20)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.t = t
			r.write(tt.bytes)
			r.expectError(tt.channel, tt.want)
			// The connection still serves.
			r.next = max(r.next, tt.channel) + 1
			next := r.next
			r.send(Frame{Channel: next, Slot: 0, Args: []any{"alive"}})
			r.expectValue(next)
		})
	}
	close(f.release)
}

func mustFrame(t *testing.T, f Frame) []byte {
	b, err := AppendFrame(nil, f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFatalInputClosesOnlyThatConnection(t *testing.T) {
	f := startServer(t, Config{MaxFrameSize: 1024})
	good := dial(t, f.addr)
	ctx := testCtx(t)
	tests := []struct {
		name  string
		bytes []byte
		want  error
	}{
		{"garbage", []byte{0xc1, 0xc1, 0xc1}, ErrFrameFormat},
		{"oversized frame", append([]byte{0x93, 1, 0, 0x91, 0xdb, 0x7f, 0, 0, 0}, make([]byte, 100)...), ErrFrameTooLarge},
		{"oversized array", []byte{0x93, 1, 0, 0xdd, 0x7f, 0, 0, 0}, ErrFrameTooLarge},
		{"deep nesting", bytes.Repeat([]byte{0x91}, 200), ErrFrameFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rawDial(t, f.addr)
			r.write(tt.bytes)
			r.expectError(0, tt.want)
			if _, err := r.recv(); err == nil {
				t.Fatalf("got another frame, want the connection closed")
			}
			if _, err := good.Call(ctx, f.srv.Service().Graph, "ping", "still here"); err != nil {
				t.Fatalf("got %v from another connection, want a value", err)
			}
		})
	}
	t.Run("truncated frame then hang up", func(t *testing.T) {
		r := rawDial(t, f.addr)
		r.write([]byte{0x93, 0x01, 0x00, 0x91, 0xa4, 'e'})
		r.nc.(*net.TCPConn).CloseWrite()
		if _, err := good.Call(ctx, f.srv.Service().Graph, "ping", "x"); err != nil {
			t.Fatalf("got %v, want a value", err)
		}
	})
}

func TestChannelLimit(t *testing.T) {
	f := startServer(t, Config{MaxChannels: 3})
	r := rawDial(t, f.addr)
	for ch := uint64(1); ch <= 3; ch++ {
		r.send(Frame{Channel: ch, Slot: 3})
	}
	// A client that opens channels forever gets refused, not served.
	r.send(Frame{Channel: 4, Slot: 3})
	r.expectError(4, ErrTooManyChannels)
	close(f.release)
	for i := 0; i < 3; i++ {
		if _, err := r.recv(); err != nil {
			t.Fatal(err)
		}
	}
	r.send(Frame{Channel: 5, Slot: 0, Args: []any{"ok"}})
	r.expectValue(5)
}

func TestSlowReaderIsDropped(t *testing.T) {
	f := startServer(t, Config{WriteTimeout: 300 * time.Millisecond})
	good := dial(t, f.addr)
	ctx := testCtx(t)
	r := rawDial(t, f.addr)
	_ = r.nc.(*net.TCPConn).SetReadBuffer(4096)
	// Ask for far more than the socket buffers hold and never read.
	r.send(Frame{Channel: 1, Slot: 1, Args: []any{5_000_000}})
	deadline := time.Now().Add(15 * time.Second)
	for {
		f.srv.mu.Lock()
		n := len(f.srv.conns)
		f.srv.mu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d connections, want the slow one dropped", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := good.Call(ctx, f.srv.Service().Graph, "ping", "x"); err != nil {
		t.Fatalf("got %v, want a value", err)
	}
}

func TestTimeouts(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"handshake", Config{HandshakeTimeout: 100 * time.Millisecond}},
		{"idle", Config{IdleTimeout: 100 * time.Millisecond}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := startServer(t, tt.cfg)
			r := rawDial(t, f.addr)
			if tt.name == "idle" {
				r.send(Frame{Channel: 1, Slot: 0})
				r.expectValue(1)
			}
			if fr, err := r.recv(); !errors.Is(err, io.EOF) {
				t.Fatalf("got %v %v, want EOF", fr, err)
			}
		})
	}
}

func TestRevokeAndPing(t *testing.T) {
	f := startServer(t, Config{})
	r := rawDial(t, f.addr)
	r.send(Frame{Channel: 1, Slot: SlotPing})
	if fr, err := r.recv(); err != nil || fr.Slot != SlotPing {
		t.Fatalf("got %v %v, want ping back", fr, err)
	}
	r.send(Frame{Channel: 2, Slot: 3})
	r.send(Frame{Channel: 3, Slot: SlotRevoke, Args: []any{2, Code{CategoryDispatch, 4}}})
	// The revoked hold ends; its handler's error cannot be sent (channel
	// gone), and the next call works.
	r.send(Frame{Channel: 4, Slot: 0, Args: []any{"x"}})
	r.expectValue(4)
}

func TestDrain(t *testing.T) {
	f := startServer(t, Config{})
	c := dial(t, f.addr)
	ctx := testCtx(t)
	g := f.srv.Service().Graph
	held, err := c.Open(ctx, g, "hold")
	if err != nil {
		t.Fatal(err)
	}
	// Make sure the server has the call before shutting down.
	if _, err := c.Call(ctx, g, "ping"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- f.srv.Shutdown(ctx) }()
	time.Sleep(100 * time.Millisecond)
	close(f.release)
	m, err := held.Recv(ctx)
	if err != nil || m.Name != "value" {
		t.Fatalf("got %v %v, want the in-flight value", m.Name, err)
	}
	if err := <-done; err != nil {
		t.Fatalf("got %v, want nil", err)
	}
}

func TestManyChannelsOneConnection(t *testing.T) {
	f := startServer(t, Config{})
	c := dial(t, f.addr)
	ctx := testCtx(t)
	g := f.srv.Service().Graph
	const n = 1000
	// Open all first so that they are concurrent on the server.
	chans := make([]*Channel, n)
	for i := range chans {
		ch, err := c.Open(ctx, g, "echo")
		if err != nil {
			t.Fatal(err)
		}
		chans[i] = ch
	}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i, ch := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			want := fmt.Sprint("msg", i)
			if err := ch.Write(ctx, want); err != nil {
				errs <- err
				return
			}
			m, err := ch.Recv(ctx)
			if err != nil {
				errs <- err
				return
			}
			if s, _ := m.Args.String(0); s != want {
				errs <- fmt.Errorf("got %q, want %q", s, want)
				return
			}
			if err := ch.CloseSend(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func TestManyConnections(t *testing.T) {
	f := startServer(t, Config{})
	ctx := testCtx(t)
	g := f.srv.Service().Graph
	const n = 200
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := Dial(ctx, "tcp", f.addr, Config{})
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			for j := 0; j < 5; j++ {
				got, err := c.Call(ctx, g, "ping", i, j)
				if err != nil {
					errs <- err
					return
				}
				if got.Get(0) != int64(i) || got.Get(1) != int64(j) {
					errs <- fmt.Errorf("got %v, want [%d %d]", got, i, j)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func TestOverPipe(t *testing.T) {
	// Transport-agnostic: any io.ReadWriteCloser, here an in-memory pipe.
	a, b := net.Pipe()
	release := make(chan struct{})
	srv, err := NewServer(testService(release), Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := testCtx(t)
	srv.ServeConn(ctx, a)
	c := NewConn(b, nil, Config{})
	c.Start(ctx)
	defer c.Close()
	got, err := c.Call(ctx, srv.Service().Graph, "ping", "pipe")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := got.String(0); s != "pipe" {
		t.Fatalf("got %q, want pipe", s)
	}
}

// countingConn counts the frames' bytes one side reads.
type countingConn struct {
	net.Conn
	n *atomic.Int64
}

func (c countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func TestDeadChannelErrorsDoNotBounce(t *testing.T) {
	// Both sides serve (as node and worker do) and both have forgotten
	// channel 1: a stray frame on it must not start an endless exchange.
	p1, p2 := net.Pipe()
	var read atomic.Int64
	ctx := testCtx(t)
	a := NewConn(countingConn{p1, &read}, testService(nil), Config{})
	b := NewConn(p2, testService(nil), Config{})
	a.Start(ctx)
	b.Start(ctx)
	defer a.Close()
	defer b.Close()
	g := testService(nil).Graph
	if _, err := a.Call(ctx, g, "ping"); err != nil {
		t.Fatal(err)
	}
	if err := a.writeFrame(ctx, Frame{Channel: 1, Slot: 1, Args: ErrorArgs(ErrUnknown)}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	before := read.Load()
	time.Sleep(200 * time.Millisecond)
	if after := read.Load(); after != before {
		t.Fatalf("got %d more bytes while idle, want 0 (errors bouncing)", after-before)
	}
	if _, err := a.Call(ctx, g, "ping"); err != nil {
		t.Fatalf("got %v, want the connection still serving", err)
	}
}
