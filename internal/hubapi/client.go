package hubapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// Client calls a hub's service over one connection.
type Client struct {
	conn *rpc.Conn
}

// NewClient wraps an open, started connection to the hub service.
func NewClient(conn *rpc.Conn) *Client { return &Client{conn: conn} }

// Dial connects to the hub service at addr (host:port of the service, not
// of the locator) over TCP.
func Dial(ctx context.Context, addr string) (*Client, error) {
	conn, err := rpc.Dial(ctx, "tcp", addr, rpc.Config{ReadBuffer: 16 << 10, WriteBuffer: 16 << 10})
	if err != nil {
		return nil, fmt.Errorf("dial hub at %s: %w", addr, err)
	}
	return &Client{conn: conn}, nil
}

// Conn is the underlying connection.
func (c *Client) Conn() *rpc.Conn { return c.conn }

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

func (c *Client) call(ctx context.Context, event string, req, reply any) error {
	b, err := Encode(req)
	if err != nil {
		return err
	}
	args, err := c.conn.Call(ctx, Protocol(), event, b)
	if err != nil {
		return remoteErr(err)
	}
	if reply == nil {
		return nil
	}
	if err := Decode(args, reply); err != nil {
		return fmt.Errorf("hub %s reply: %w", event, err)
	}
	return nil
}

// Quote asks the hub's signed price for a task.
func (c *Client) Quote(ctx context.Context, req QuoteRequest) (Quote, error) {
	var q Quote
	return q, c.call(ctx, EvQuote, req, &q)
}

// Submit hands the hub a task whose deal is open.
func (c *Client) Submit(ctx context.Context, req SubmitRequest) (SubmitReply, error) {
	var r SubmitReply
	return r, c.call(ctx, EvSubmit, req, &r)
}

// Results returns a task's verified output.
func (c *Client) Results(ctx context.Context, task string) (Results, error) {
	var r Results
	return r, c.call(ctx, EvResults, TaskRequest{Task: task}, &r)
}

// Cancel stops a task.
func (c *Client) Cancel(ctx context.Context, req CancelRequest) (TaskStatus, error) {
	var r TaskStatus
	return r, c.call(ctx, EvCancel, req, &r)
}

// List returns a buyer's tasks.
func (c *Client) List(ctx context.Context, buyer string) (ListReply, error) {
	var r ListReply
	return r, c.call(ctx, EvList, ListRequest{Buyer: buyer}, &r)
}

// Info describes the hub.
func (c *Client) Info(ctx context.Context) (Info, error) {
	var r Info
	return r, c.call(ctx, EvInfo, struct{}{}, &r)
}

// Status follows a task: fn is called with every status the hub writes,
// the first at once, until the task reaches a terminal state (returned) or
// ctx ends.
func (c *Client) Status(ctx context.Context, task string, fn func(TaskStatus)) (TaskStatus, error) {
	b, err := Encode(TaskRequest{Task: task})
	if err != nil {
		return TaskStatus{}, err
	}
	ch, err := c.conn.Open(ctx, Protocol(), EvStatus, b)
	if err != nil {
		return TaskStatus{}, remoteErr(err)
	}
	defer ch.Release()
	var last TaskStatus
	for {
		m, err := ch.Recv(ctx)
		if errors.Is(err, io.EOF) {
			if last.Task == "" {
				return last, fmt.Errorf("hub closed the status stream of %s without a status", task)
			}
			return last, nil
		}
		if err != nil {
			return last, remoteErr(err)
		}
		if m.Name == "error" {
			return last, remoteErr(rpcErrorOf(m))
		}
		if m.Name == "close" {
			continue
		}
		kind, body, err := DecodeKind(m.Args)
		if err != nil {
			return last, err
		}
		if kind != KindStatus {
			continue
		}
		var st TaskStatus
		if err := Unmarshal(body, &st); err != nil {
			return last, fmt.Errorf("status: %w", err)
		}
		last = st
		if fn != nil {
			fn(st)
		}
		if Terminal(st.State) {
			return st, nil
		}
	}
}

// rpcErrorOf reads an error(code, message) message received by Recv.
func rpcErrorOf(m rpc.Message) error {
	re := &rpc.RemoteError{Code: rpc.Code{Category: rpc.CategoryUnknown, Code: 1}}
	if len(m.Args) > 0 {
		if pair, ok := m.Args[0].([]any); ok && len(pair) == 2 {
			cat, _ := rpc.AsInt(pair[0])
			code, _ := rpc.AsInt(pair[1])
			re.Code = rpc.Code{Category: int(cat), Code: int(code)}
		}
	}
	if len(m.Args) > 1 {
		re.Message, _ = rpc.AsString(m.Args[1])
	}
	return re
}

// JoinStream is a miner's side of the join stream.
type JoinStream struct {
	ch *rpc.Channel
}

// Join opens the join stream. The hub answers with Welcome first (read it
// with Recv) or with an error.
func (c *Client) Join(ctx context.Context, req JoinRequest) (*JoinStream, error) {
	b, err := Encode(req)
	if err != nil {
		return nil, err
	}
	ch, err := c.conn.Open(ctx, Protocol(), EvJoin, b)
	if err != nil {
		return nil, remoteErr(err)
	}
	return &JoinStream{ch: ch}, nil
}

// Send writes one message.
func (s *JoinStream) Send(ctx context.Context, kind string, v any) error {
	return WriteKind(ctx, s.ch, kind, v)
}

// Recv reads the next message: its kind and body (decode with msgpack into
// the type the kind names). io.EOF when the hub closed the stream.
func (s *JoinStream) Recv(ctx context.Context) (string, []byte, error) {
	m, err := s.ch.Recv(ctx)
	if err != nil {
		return "", nil, remoteErr(err)
	}
	if m.Name == "error" {
		return "", nil, remoteErr(rpcErrorOf(m))
	}
	if m.Name == "close" {
		return "", nil, io.EOF
	}
	return DecodeKind(m.Args)
}

// Close ends the miner's side of the stream.
func (s *JoinStream) Close(ctx context.Context) error {
	err := s.ch.CloseSend(ctx)
	s.ch.Release()
	return err
}

// DialVia finds the hub service through the locator at locatorAddr
// ("host:port", the address hubs announce) and connects to it. The
// connection lives until Close or the end of ctx.
func DialVia(ctx context.Context, locatorAddr string) (*Client, error) {
	lc, err := locator.Dial(ctx, locatorAddr, rpc.Config{})
	if err != nil {
		return nil, fmt.Errorf("reach the hub's locator at %s: %w", locatorAddr, err)
	}
	rec, err := lc.Resolve(ctx, ServiceName)
	lc.Close()
	if err != nil {
		return nil, fmt.Errorf("resolve %q at %s: %w", ServiceName, locatorAddr, err)
	}
	var last error
	for _, ep := range rec.Endpoints {
		c, err := Dial(ctx, net.JoinHostPort(ep.Host, strconv.Itoa(int(ep.Port))))
		if err == nil {
			return c, nil
		}
		last = err
	}
	if last == nil {
		last = fmt.Errorf("the locator at %s lists no endpoints for %q", locatorAddr, ServiceName)
	}
	return nil, last
}
