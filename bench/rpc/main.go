// Command rpc measures the service protocol against grpc-go in one run, on
// loopback, with the same payloads: unary calls per second with 100-byte
// payloads from 16 concurrent callers sharing one connection, and the
// throughput of one server stream of 64 KiB chunks. It prints NAME VALUE lines.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/encoding"

	"github.com/sonm-io/sonm/internal/rpc"
)

func main() {
	dur := flag.Duration("duration", 3*time.Second, "length of each measurement")
	callers := flag.Int("callers", 16, "concurrent unary callers")
	size := flag.Int("payload", 100, "unary payload bytes")
	chunk := flag.Int("chunk", 64<<10, "stream chunk bytes")
	flag.Parse()
	if err := run(*dur, *callers, *size, *chunk); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(dur time.Duration, callers, size, chunk int) error {
	ctx := context.Background()
	payload := make([]byte, size)
	block := make([]byte, chunk)

	// The service protocol.
	svc := &rpc.Service{
		Name: "bench", Version: 1,
		Graph: rpc.Graph{
			0: rpc.Method("echo", rpc.Terminal(), rpc.To(rpc.Primitive())),
			1: rpc.Method("stream", rpc.Terminal(), rpc.To(rpc.Streaming())),
		},
		Handlers: map[string]rpc.Handler{
			"echo": func(ctx context.Context, ch *rpc.Channel) error { return ch.Value(ctx, ch.Args...) },
			"stream": func(ctx context.Context, ch *rpc.Channel) error {
				for ctx.Err() == nil {
					if err := ch.Write(ctx, block); err != nil {
						return nil
					}
				}
				return nil
			},
		},
	}
	// Buffers sized for bulk streams (1 MiB each way), as grpc-go gets
	// large flow-control windows below; rpc.Config defaults to 64 KiB.
	bulk := rpc.Config{ReadBuffer: 1 << 20, WriteBuffer: 1 << 20}
	srv, err := rpc.NewServer(svc, bulk)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go srv.Serve(ctx, ln)
	defer srv.Close()
	conn, err := rpc.Dial(ctx, "tcp", ln.Addr().String(), bulk)
	if err != nil {
		return err
	}
	defer conn.Close()

	// grpc-go with a pass-through codec, so neither side pays for protobuf.
	// Large flow-control windows, so grpc-go is not held back by defaults.
	gsrv := grpc.NewServer(grpc.ForceServerCodec(rawCodec{}), grpc.InitialWindowSize(4<<20), grpc.InitialConnWindowSize(16<<20))
	gsrv.RegisterService(&grpc.ServiceDesc{
		ServiceName: "bench.Bench",
		HandlerType: (*any)(nil),
		Methods: []grpc.MethodDesc{{
			MethodName: "Echo",
			Handler: func(_ any, ctx context.Context, dec func(any) error, _ grpc.UnaryServerInterceptor) (any, error) {
				var in []byte
				if err := dec(&in); err != nil {
					return nil, err
				}
				return &in, nil
			},
		}},
		Streams: []grpc.StreamDesc{{
			StreamName:    "Stream",
			ServerStreams: true,
			Handler: func(_ any, st grpc.ServerStream) error {
				var in []byte
				if err := st.RecvMsg(&in); err != nil {
					return err
				}
				for st.Context().Err() == nil {
					if err := st.SendMsg(&block); err != nil {
						return nil
					}
				}
				return nil
			},
		}},
	}, struct{}{})
	gln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go gsrv.Serve(gln)
	defer gsrv.Stop()
	gc, err := grpc.NewClient(gln.Addr().String(),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithInitialWindowSize(4<<20), grpc.WithInitialConnWindowSize(16<<20),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(rawCodec{}), grpc.MaxCallRecvMsgSize(64<<20)))
	if err != nil {
		return err
	}
	defer gc.Close()

	sosnaCall := func(ctx context.Context) error {
		got, err := conn.Call(ctx, svc.Graph, "echo", payload)
		if err == nil && len(got) != 1 {
			err = fmt.Errorf("got %d values, want 1", len(got))
		}
		return err
	}
	grpcCall := func(ctx context.Context) error {
		var out []byte
		return gc.Invoke(ctx, "/bench.Bench/Echo", &payload, &out)
	}
	// Warm both up, then measure.
	_, _ = unary(ctx, dur/5, callers, sosnaCall)
	_, _ = unary(ctx, dur/5, callers, grpcCall)
	s, err := unary(ctx, dur, callers, sosnaCall)
	if err != nil {
		return fmt.Errorf("sosna unary: %w", err)
	}
	g, err := unary(ctx, dur, callers, grpcCall)
	if err != nil {
		return fmt.Errorf("grpc unary: %w", err)
	}

	sosnaStream := func(ctx context.Context) (int64, error) {
		ch, err := conn.Open(ctx, svc.Graph, "stream")
		if err != nil {
			return 0, err
		}
		defer ch.Release()
		var n int64
		for ctx.Err() == nil {
			m, err := ch.Recv(ctx)
			if err != nil {
				break
			}
			b, _ := m.Args.Bytes(0)
			n += int64(len(b))
		}
		return n, nil
	}
	grpcStream := func(ctx context.Context) (int64, error) {
		st, err := gc.NewStream(ctx, &grpc.StreamDesc{ServerStreams: true}, "/bench.Bench/Stream")
		if err != nil {
			return 0, err
		}
		if err := st.SendMsg(&payload); err != nil {
			return 0, err
		}
		if err := st.CloseSend(); err != nil {
			return 0, err
		}
		var n int64
		for {
			var b []byte
			if err := st.RecvMsg(&b); err != nil {
				if err == io.EOF || ctx.Err() != nil {
					return n, nil
				}
				return n, err
			}
			n += int64(len(b))
		}
	}
	_, _ = stream(ctx, dur/5, sosnaStream)
	_, _ = stream(ctx, dur/5, grpcStream)
	ss, err := stream(ctx, dur, sosnaStream)
	if err != nil {
		return fmt.Errorf("sosna stream: %w", err)
	}
	gs, err := stream(ctx, dur, grpcStream)
	if err != nil {
		return fmt.Errorf("grpc stream: %w", err)
	}

	fmt.Printf("calls_per_s %.0f\n", s)
	fmt.Printf("grpc_calls_per_s %.0f\n", g)
	fmt.Printf("calls_ratio_vs_grpc %.2f\n", s/g)
	fmt.Printf("stream_gbytes_per_s %.2f\n", ss/1e9)
	fmt.Printf("grpc_stream_gbytes_per_s %.2f\n", gs/1e9)
	fmt.Printf("stream_ratio_vs_grpc %.2f\n", ss/gs)
	return nil
}

// unary runs callers goroutines calling f for d and returns calls per second.
func unary(ctx context.Context, d time.Duration, callers int, f func(context.Context) error) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	end := time.Now().Add(d - 50*time.Millisecond) // grpc's own deadline timer may fire first
	var n atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error
	start := time.Now()
	for i := 0; i < callers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				if err := f(ctx); err != nil {
					if ctx.Err() == nil && time.Now().Before(end) {
						once.Do(func() { firstErr = err })
					}
					return
				}
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(start).Seconds(), firstErr
}

// stream reads one server stream for d and returns bytes per second.
func stream(ctx context.Context, d time.Duration, f func(context.Context) (int64, error)) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	n, err := f(ctx)
	return float64(n) / time.Since(start).Seconds(), err
}

type rawCodec struct{}

func (rawCodec) Name() string { return "raw" }

func (rawCodec) Marshal(v any) ([]byte, error) {
	if b, ok := v.(*[]byte); ok {
		return *b, nil
	}
	return nil, fmt.Errorf("raw codec: got %T", v)
}

func (rawCodec) Unmarshal(data []byte, v any) error {
	b, ok := v.(*[]byte)
	if !ok {
		return fmt.Errorf("raw codec: got %T", v)
	}
	*b = append((*b)[:0], data...)
	return nil
}

var _ encoding.Codec = rawCodec{}
