package locator

import (
	"context"
	"errors"
	"fmt"

	"github.com/sonm-io/sonm/internal/rpc"
)

// Client talks to a locator.
type Client struct {
	conn *rpc.Conn
}

// Dial connects to the locator at addr ("host:port").
func Dial(ctx context.Context, addr string, cfg rpc.Config) (*Client, error) {
	c, err := rpc.Dial(ctx, "tcp", addr, cfg)
	if err != nil {
		return nil, fmt.Errorf("locator: %w", err)
	}
	return &Client{conn: c}, nil
}

// NewClient uses an open connection.
func NewClient(conn *rpc.Conn) *Client { return &Client{conn: conn} }

// Conn is the underlying connection.
func (c *Client) Conn() *rpc.Conn { return c.conn }

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Resolve asks for a service's endpoints, version and graph.
func (c *Client) Resolve(ctx context.Context, name string) (Record, error) {
	args, err := c.conn.Call(ctx, Protocol(), "resolve", name)
	if err != nil {
		return Record{}, fmt.Errorf("resolve %s: %w", name, err)
	}
	r, err := parseRecord(name, args)
	if err != nil {
		return Record{}, fmt.Errorf("resolve %s: %w", name, err)
	}
	return r, nil
}

// Cluster lists the nodes the locator knows.
func (c *Client) Cluster(ctx context.Context) (map[string]Endpoint, error) {
	args, err := c.conn.Call(ctx, Protocol(), "cluster")
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	m, ok := args.Get(0).(map[any]any)
	if !ok {
		return nil, fmt.Errorf("cluster: %w: got %T, want map", rpc.ErrInvalidArgument, args.Get(0))
	}
	out := make(map[string]Endpoint, len(m))
	for k, v := range m {
		name, _ := rpc.AsString(k)
		eps, err := parseEndpoints([]any{v})
		if err != nil {
			return nil, fmt.Errorf("cluster: %w", err)
		}
		out[name] = eps[0]
	}
	return out, nil
}

// Publication is a service published from this process; it lasts until
// Discard or until the connection closes.
type Publication struct {
	ch *rpc.Channel
}

// Publish registers a service held by this process with the locator.
func (c *Client) Publish(ctx context.Context, r Record) (*Publication, error) {
	ch, err := c.conn.Open(ctx, Protocol(), "publish", r.Name, endpoints(r.Endpoints), []any{r.Version, r.Graph})
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", r.Name, err)
	}
	m, err := ch.Recv(ctx)
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", r.Name, err)
	}
	if m.Name == "error" {
		return nil, fmt.Errorf("publish %s: %w", r.Name, remoteError(m.Args))
	}
	return &Publication{ch: ch}, nil
}

// Discard withdraws the publication.
func (p *Publication) Discard(ctx context.Context) error {
	defer p.ch.Release()
	return p.ch.Send(ctx, "discard")
}

// Stream follows a locator's connect stream.
type Stream struct {
	ch *rpc.Channel
}

// Connect subscribes to the services of the locator's node.
func (c *Client) Connect(ctx context.Context, uuid string) (*Stream, error) {
	ch, err := c.conn.Open(ctx, Protocol(), "connect", uuid)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	return &Stream{ch: ch}, nil
}

// Next returns the next snapshot: the node's uuid and its services.
func (s *Stream) Next(ctx context.Context) (string, map[string]Record, error) {
	m, err := s.ch.Recv(ctx)
	if err != nil {
		return "", nil, err
	}
	switch m.Name {
	case "error":
		return "", nil, remoteError(m.Args)
	case "close":
		return "", nil, fmt.Errorf("connect stream closed: %w", rpc.ErrClosed)
	}
	uuid, err := m.Args.String(0)
	if err != nil {
		return "", nil, err
	}
	services, err := parseServices(m.Args.Get(1))
	if err != nil {
		return "", nil, err
	}
	return uuid, services, nil
}

// Close stops following.
func (s *Stream) Close() { s.ch.Release() }

func remoteError(args rpc.Args) error {
	re := &rpc.RemoteError{Code: rpc.Code{Category: rpc.CategoryUnknown, Code: 1}}
	if pair, ok := args.Get(0).([]any); ok && len(pair) == 2 {
		cat, _ := rpc.AsInt(pair[0])
		code, _ := rpc.AsInt(pair[1])
		re.Code = rpc.Code{Category: int(cat), Code: int(code)}
	}
	re.Message, _ = rpc.AsString(args.Get(1))
	return re
}

// DialService resolves name through the locator at addr and connects to the
// first endpoint that answers.
func DialService(ctx context.Context, locatorAddr, name string, cfg rpc.Config) (*rpc.Conn, Record, error) {
	lc, err := Dial(ctx, locatorAddr, cfg)
	if err != nil {
		return nil, Record{}, err
	}
	defer lc.Close()
	r, err := lc.Resolve(ctx, name)
	if err != nil {
		return nil, Record{}, err
	}
	var errs []error
	for _, ep := range r.Endpoints {
		conn, err := rpc.Dial(ctx, "tcp", ep.String(), cfg)
		if err == nil {
			return conn, r, nil
		}
		errs = append(errs, err)
	}
	return nil, r, fmt.Errorf("service %s: no endpoint answered: %w", name, errors.Join(errs...))
}
