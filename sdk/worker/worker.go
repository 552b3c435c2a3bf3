// Package worker lets a Go program run as a sonm app: the node starts it with
// the standard flags, Run connects back, handshakes, heartbeats, and calls a
// Handler for each event a client enqueues, with the request body and the
// response as streams.
//
//	worker.Run(map[string]worker.Handler{
//		"echo": func(ctx context.Context, req worker.Request, resp worker.Response) error {
//			body, err := req.ReadAll(ctx)
//			if err != nil {
//				return err
//			}
//			return resp.Write(ctx, body)
//		},
//	})
package worker

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/services/app"
)

// Request is the body of one call, as the client streams it.
type Request interface {
	// Event is the name the client enqueued.
	Event() string
	// Read returns the next chunk, io.EOF when the client closed the body.
	Read(ctx context.Context) ([]byte, error)
	// ReadAll reads chunks until the end of the body.
	ReadAll(ctx context.Context) ([]byte, error)
}

// Response streams chunks back; it is closed when the handler returns nil,
// and an error reply is sent when it returns an error.
type Response interface {
	Write(ctx context.Context, chunk []byte) error
}

// Handler serves one event.
type Handler func(ctx context.Context, req Request, resp Response) error

// Options are the flags the node passes.
type Options struct {
	UUID      string
	App       string
	Endpoint  string // the node's unix socket
	Locator   string // host:port[,host:port]
	Protocol  int
	Heartbeat time.Duration // default 1s
	Logger    *slog.Logger
}

// ParseArgs reads the standard flags.
func ParseArgs(args []string) (Options, error) {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o Options
	fs.StringVar(&o.UUID, "uuid", "", "worker uuid")
	fs.StringVar(&o.App, "app", "", "app name")
	fs.StringVar(&o.Endpoint, "endpoint", "", "node socket")
	fs.StringVar(&o.Locator, "locator", "", "locator endpoints")
	fs.IntVar(&o.Protocol, "protocol", 1, "worker protocol version")
	if err := fs.Parse(args); err != nil {
		return Options{}, fmt.Errorf("worker flags: %w", err)
	}
	if o.UUID == "" || o.Endpoint == "" {
		return Options{}, errors.New("worker flags: --uuid and --endpoint are required (this program is started by `sonm node`)")
	}
	if o.Protocol != 1 {
		return Options{}, fmt.Errorf("worker flags: protocol %d is not supported (want 1)", o.Protocol)
	}
	return o, nil
}

// Run serves handlers with the process's flags until the node terminates
// the worker or the process is signalled; it exits the process on failure.
func Run(handlers map[string]Handler) {
	opts, err := ParseArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Serve(ctx, opts, handlers); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(1)
	}
}

// Serve connects to the node and serves until terminate or ctx ends.
func Serve(ctx context.Context, opts Options, handlers map[string]Handler) error {
	if opts.Heartbeat <= 0 {
		opts.Heartbeat = time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	var d net.Dialer
	nc, err := d.DialContext(ctx, "unix", opts.Endpoint)
	if err != nil {
		return fmt.Errorf("connect to node: %w", err)
	}
	svc := &rpc.Service{
		Name: opts.App, Version: 1, Graph: app.WorkerProtocol(),
		Handlers: map[string]rpc.Handler{"invoke": invoke(handlers)},
	}
	conn := rpc.NewConn(nc, svc, rpc.Config{Logger: opts.Logger})
	conn.Start(ctx)
	defer conn.Close()
	ctrl, err := conn.Open(ctx, app.ControlProtocol(), "handshake", opts.UUID)
	if err != nil {
		return fmt.Errorf("handshake: %w", err)
	}
	if err := ctrl.Send(ctx, "heartbeat"); err != nil {
		return fmt.Errorf("heartbeat: %w", err)
	}
	go func() {
		t := time.NewTicker(opts.Heartbeat)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-conn.Done():
				return
			case <-t.C:
				if err := ctrl.Send(ctx, "heartbeat"); err != nil {
					return
				}
			}
		}
	}()
	for {
		m, err := ctrl.Recv(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("node connection: %w", err)
		}
		if m.Name == "terminate" {
			// Let in-flight calls finish briefly before leaving.
			dctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			_ = conn.Drain(dctx)
			cancel()
			return nil
		}
	}
}

type request struct {
	event string
	ch    *rpc.Channel
}

func (r *request) Event() string { return r.event }

func (r *request) Read(ctx context.Context) ([]byte, error) {
	for {
		m, err := r.ch.Recv(ctx)
		if err != nil {
			return nil, err
		}
		switch m.Name {
		case "write":
			b, err := m.Args.Bytes(0)
			if err != nil {
				return nil, err
			}
			return b, nil
		case "error":
			re := &rpc.RemoteError{Code: rpc.Code{Category: rpc.CategoryUnknown, Code: 1}}
			re.Message, _ = rpc.AsString(m.Args.Get(1))
			return nil, re
		case "close":
			return nil, io.EOF
		}
	}
}

func (r *request) ReadAll(ctx context.Context) ([]byte, error) {
	var out []byte
	for {
		b, err := r.Read(ctx)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, b...)
	}
}

type response struct{ ch *rpc.Channel }

func (r *response) Write(ctx context.Context, chunk []byte) error { return r.ch.Write(ctx, chunk) }

func invoke(handlers map[string]Handler) rpc.Handler {
	return func(ctx context.Context, ch *rpc.Channel) error {
		event, err := ch.Args.String(0)
		if err != nil {
			return err
		}
		h, ok := handlers[event]
		if !ok {
			return fmt.Errorf("%w: event %q is not handled by this app", rpc.ErrSlotNotFound, event)
		}
		if err := h(ctx, &request{event: event, ch: ch}, &response{ch: ch}); err != nil {
			return err
		}
		return ch.CloseSend(ctx)
	}
}
