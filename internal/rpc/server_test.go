package rpc

import (
	"context"
	"errors"
	"io"
	"net"
	"runtime"
	"testing"
	"time"
)

// connsFrom is how many connections the server holds from ip.
func (s *Server) connsFrom(ip string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.perAddr[ip]
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// closedByPeer reports whether the server closed nc, waiting up to the
// deadline for it to do so.
func closedByPeer(nc net.Conn, deadline time.Time) bool {
	nc.SetReadDeadline(deadline)
	var b [64]byte
	for {
		_, err := nc.Read(b[:])
		if err == nil {
			continue
		}
		return errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || isReset(err)
	}
}

func isReset(err error) bool {
	var oe *net.OpError
	return errors.As(err, &oe) && !oe.Timeout()
}

func listen(t *testing.T, cfg Config) (*Server, string) {
	t.Helper()
	srv, err := NewServer(testService(nil), cfg)
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
	return srv, ln.Addr().String()
}

func dialN(t *testing.T, addr string, n int) []net.Conn {
	t.Helper()
	out := make([]net.Conn, n)
	for i := range out {
		nc, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("dial %d: %v", i, err)
		}
		t.Cleanup(func() { nc.Close() })
		out[i] = nc
	}
	return out
}

// TestPerAddressCap: connections from one address beyond MaxConnsPerAddr are
// closed at once; those within keep working, and a slot frees when one goes.
func TestPerAddressCap(t *testing.T) {
	const limit, extra = 16, 300
	srv, addr := listen(t, Config{MaxConnsPerAddr: limit, HandshakeTimeout: time.Minute})
	held := dialN(t, addr, limit)
	waitFor(t, "the first connections to be served", func() bool { return srv.connsFrom("127.0.0.1") == limit })

	over := dialN(t, addr, extra)
	start := time.Now()
	closed := 0
	for _, nc := range over {
		if closedByPeer(nc, time.Now().Add(30*time.Second)) {
			closed++
		}
	}
	t.Logf("%d connections over the cap closed in %s", closed, time.Since(start))
	if closed != extra {
		t.Fatalf("got %d of %d connections over the cap closed, want all", closed, extra)
	}
	if got := srv.connsFrom("127.0.0.1"); got != limit {
		t.Fatalf("got %d connections held, want %d", got, limit)
	}

	// Freeing one slot lets a real client in.
	held[0].Close()
	waitFor(t, "a slot to free", func() bool { return srv.connsFrom("127.0.0.1") < limit })
	ctx := testCtx(t)
	c, err := Dial(ctx, "tcp", addr, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Call(ctx, srv.Service().Graph, "ping", "x"); err != nil {
		t.Fatalf("call within the cap: %v", err)
	}
}

// TestHalfOpenClosed: connections that never complete a frame are closed
// after the handshake timeout, and what they held is returned.
func TestHalfOpenClosed(t *testing.T) {
	const n = 300
	srv, addr := listen(t, Config{MaxConnsPerAddr: n, HandshakeTimeout: 200 * time.Millisecond})
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	conns := dialN(t, addr, n)
	for i, nc := range conns {
		// Half a frame: an array of three, a channel, then nothing more;
		// every other one also declares a large binary.
		msg := []byte{0x93, 0x01}
		if i%2 == 1 {
			msg = append(msg, 0x00, 0x91, 0xc6, 0x00, 0xf0, 0x00, 0x00)
		}
		if _, err := nc.Write(msg); err != nil {
			t.Fatal(err)
		}
	}
	var during runtime.MemStats
	runtime.ReadMemStats(&during)
	start := time.Now()
	closed := 0
	for _, nc := range conns {
		if closedByPeer(nc, time.Now().Add(30*time.Second)) {
			closed++
		}
	}
	waitFor(t, "the server to forget them", func() bool { return srv.connsFrom("127.0.0.1") == 0 })
	t.Logf("%d half-open connections: heap %d KB more once written; all closed %s later", n,
		(int64(during.HeapAlloc)-int64(before.HeapAlloc))>>10, time.Since(start))
	if closed != n {
		t.Fatalf("got %d of %d half-open connections closed, want all", closed, n)
	}
}

// A listener handed to Serve after Close is closed too: a role that is
// closed right after its start (its Serve goroutines not yet running) must
// not keep its port.
func TestServeAfterCloseClosesListener(t *testing.T) {
	srv, err := NewServer(testService(nil), Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	srv.Close()
	if err := srv.Serve(context.Background(), ln); !errors.Is(err, ErrGoingAway) {
		t.Fatalf("Serve after Close: got %v, want %v", err, ErrGoingAway)
	}
	again, err := net.Listen("tcp", ln.Addr().String())
	if err != nil {
		t.Fatalf("the listener's address is still held after Serve returned: %v", err)
	}
	again.Close()
}
