package rpc

import (
	"context"
	"net"
	"testing"
	"time"
)

// TestReleaseRevokesTheStream: a caller that drops a stream it no longer
// reads tells the server, whose handler then stops writing.
func TestReleaseRevokesTheStream(t *testing.T) {
	stopped := make(chan error, 1)
	g := Graph{0: Method("flood", Terminal(), To(Streaming()))}
	srv, err := NewServer(&Service{Name: "flood", Version: 1, Graph: g, Handlers: map[string]Handler{
		"flood": func(ctx context.Context, ch *Channel) error {
			block := make([]byte, 4096)
			for {
				if err := ch.Write(ctx, block); err != nil {
					stopped <- err
					return nil
				}
			}
		},
	}}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(context.Background(), ln)
	defer srv.Close()
	c := dial(t, ln.Addr().String())
	ctx := testCtx(t)
	ch, err := c.Open(ctx, g, "flood")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Recv(ctx); err != nil {
		t.Fatal(err)
	}
	ch.Release()
	select {
	case err := <-stopped:
		t.Logf("the handler stopped: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the server kept writing into a released stream")
	}
	// The connection is still good for other calls.
	if err := c.Ping(ctx); err != nil {
		t.Fatal(err)
	}
}
