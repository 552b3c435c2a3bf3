package hubapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// Client calls a hub's service over one connection.
type Client struct {
	conn *rpc.Conn

	mu  sync.Mutex
	hub common.Address // the hub's key, once asked
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

// Call sends a request built by hand (tools, tests) and decodes the reply;
// errors map back to the sentinels as with the other methods.
func (c *Client) Call(ctx context.Context, event string, req, reply any) error {
	return c.call(ctx, event, req, reply)
}

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

// Results returns a task's verified output; only its buyer may ask.
func (c *Client) Results(ctx context.Context, task string, b Buyer) (Results, error) {
	req, err := c.taskRequest(ctx, EvResults, task, b)
	if err != nil {
		return Results{}, err
	}
	var r Results
	return r, c.call(ctx, EvResults, req, &r)
}

// Cancel stops a task.
func (c *Client) Cancel(ctx context.Context, req CancelRequest) (TaskStatus, error) {
	var r TaskStatus
	return r, c.call(ctx, EvCancel, req, &r)
}

// List returns the buyer's tasks.
func (c *Client) List(ctx context.Context, b Buyer) (ListReply, error) {
	hub, err := c.HubKey(ctx)
	if err != nil {
		return ListReply{}, err
	}
	addr, t, sig, err := b.sign(hub, EvList, nil)
	if err != nil {
		return ListReply{}, err
	}
	var r ListReply
	return r, c.call(ctx, EvList, ListRequest{Buyer: addr.Hex(), Time: t, Sig: sig}, &r)
}

// HubKey is the address of the hub's key, which buyers' read requests are
// signed for (asked once with Info).
func (c *Client) HubKey(ctx context.Context) (common.Address, error) {
	c.mu.Lock()
	hub := c.hub
	c.mu.Unlock()
	if hub != (common.Address{}) {
		return hub, nil
	}
	in, err := c.Info(ctx)
	if err != nil {
		return common.Address{}, err
	}
	hub, err = ParseAddress("hub", in.Hub)
	if err != nil {
		return common.Address{}, fmt.Errorf("hub info: %w", err)
	}
	c.mu.Lock()
	c.hub = hub
	c.mu.Unlock()
	return hub, nil
}

func (c *Client) taskRequest(ctx context.Context, event, task string, b Buyer) (TaskRequest, error) {
	id, err := ParseHash("task", task)
	if err != nil {
		return TaskRequest{}, err
	}
	hub, err := c.HubKey(ctx)
	if err != nil {
		return TaskRequest{}, err
	}
	_, t, sig, err := b.sign(hub, event, id.Bytes())
	if err != nil {
		return TaskRequest{}, err
	}
	return TaskRequest{Task: task, Time: t, Sig: sig}, nil
}

// Info describes the hub.
func (c *Client) Info(ctx context.Context) (Info, error) {
	var r Info
	return r, c.call(ctx, EvInfo, struct{}{}, &r)
}

// Status follows a task: fn is called with every status the hub writes,
// the first at once, until the task reaches a terminal state (returned) or
// ctx ends. Only the task's buyer may follow it.
func (c *Client) Status(ctx context.Context, task string, buyer Buyer, fn func(TaskStatus)) (TaskStatus, error) {
	req, err := c.taskRequest(ctx, EvStatus, task, buyer)
	if err != nil {
		return TaskStatus{}, err
	}
	b, err := Encode(req)
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
