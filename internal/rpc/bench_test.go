package rpc

import (
	"context"
	"net"
	"testing"
)

func benchServer(b *testing.B) (*Conn, Graph) {
	b.Helper()
	svc := testService(make(chan struct{}))
	srv, err := NewServer(svc, Config{})
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	go srv.Serve(context.Background(), ln)
	b.Cleanup(func() { srv.Close() })
	c, err := Dial(context.Background(), "tcp", ln.Addr().String(), Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { c.Close() })
	return c, svc.Graph
}

func BenchmarkCallParallel(b *testing.B) {
	c, g := benchServer(b)
	payload := make([]byte, 100)
	b.SetParallelism(8)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		ctx := context.Background()
		for pb.Next() {
			if _, err := c.Call(ctx, g, "ping", payload); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkEncodeFrame(b *testing.B) {
	f := Frame{Channel: 12345, Slot: 0, Args: []any{make([]byte, 100), "name", int64(7)}}
	buf := make([]byte, 0, 512)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf, _ = AppendFrame(buf[:0], f)
	}
}

func BenchmarkDecodeFrame(b *testing.B) {
	raw, _ := AppendFrame(nil, Frame{Channel: 12345, Slot: 0, Args: []any{make([]byte, 100), "name", int64(7)}})
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		if _, err := DecodeFrame(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStream64K(b *testing.B) {
	c, g := benchServer(b)
	ctx := context.Background()
	b.SetBytes(64 << 10)
	b.ReportAllocs()
	ch, err := c.Open(ctx, g, "echo")
	if err != nil {
		b.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	go func() {
		for i := 0; i < b.N; i++ {
			if err := ch.Write(ctx, chunk); err != nil {
				return
			}
		}
		_ = ch.CloseSend(ctx)
	}()
	for i := 0; i < b.N; i++ {
		if _, err := ch.Recv(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
