package locator

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sonm-io/sonm/internal/backoff"
	"github.com/sonm-io/sonm/internal/rpc"
)

// Policies for choosing a node.
const (
	PolicyAdhoc       = "adhoc"        // a live node uniformly at random
	PolicyLeastLoaded = "least-loaded" // fewest active proxied connections, then fewest picks
)

// GatewayConfig configures a gateway.
type GatewayConfig struct {
	UUID      string        // sent in connect
	Nodes     []string      // locators to follow, host:port
	Policy    string        // PolicyAdhoc (default) or PolicyLeastLoaded
	Proxy     bool          // answer resolve with the gateway's own proxy endpoints
	ProxyHost string        // address proxy listeners bind and advertise (default 127.0.0.1)
	PingEvery time.Duration // default 500ms
	DeadAfter time.Duration // a node silent this long is dropped (default 2s)
	Rand      *rand.Rand    // for adhoc; required
	RPC       rpc.Config
	Logger    *slog.Logger
}

// Gateway aggregates the locators of many nodes.
type Gateway struct {
	cfg GatewayConfig
	log *slog.Logger

	mu      sync.Mutex
	nodes   map[string]*node // by locator address
	proxies map[string]*proxy
	closed  bool
	wg      sync.WaitGroup
	cancel  context.CancelFunc
}

type node struct {
	addr     string
	uuid     string
	services map[string]Record
	active   atomic.Int64 // proxied connections now
	picks    atomic.Int64
}

var _ Resolver = (*Gateway)(nil)

// NewGateway validates cfg; no I/O.
func NewGateway(cfg GatewayConfig) (*Gateway, error) {
	if cfg.Rand == nil {
		return nil, fmt.Errorf("%w: gateway needs a random source", rpc.ErrInvalidArgument)
	}
	switch cfg.Policy {
	case "":
		cfg.Policy = PolicyAdhoc
	case PolicyAdhoc, PolicyLeastLoaded:
	default:
		return nil, fmt.Errorf("%w: policy %q (want %s or %s)", rpc.ErrInvalidArgument, cfg.Policy, PolicyAdhoc, PolicyLeastLoaded)
	}
	if cfg.UUID == "" {
		cfg.UUID = "gateway"
	}
	if cfg.ProxyHost == "" {
		cfg.ProxyHost = "127.0.0.1"
	}
	if cfg.PingEvery <= 0 {
		cfg.PingEvery = 500 * time.Millisecond
	}
	if cfg.DeadAfter <= 0 {
		cfg.DeadAfter = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Gateway{cfg: cfg, log: cfg.Logger, nodes: map[string]*node{}, proxies: map[string]*proxy{}}, nil
}

// Start follows every configured node until Close.
func (g *Gateway) Start(ctx context.Context) {
	ctx, g.cancel = context.WithCancel(ctx)
	for _, addr := range g.cfg.Nodes {
		g.wg.Add(1)
		go func() { defer g.wg.Done(); g.follow(ctx, addr) }()
	}
}

// Close stops following and closes the proxies.
func (g *Gateway) Close() error {
	g.mu.Lock()
	g.closed = true
	for _, p := range g.proxies {
		p.ln.Close()
	}
	g.mu.Unlock()
	if g.cancel != nil {
		g.cancel()
	}
	g.wg.Wait()
	return nil
}

func (g *Gateway) follow(ctx context.Context, addr string) {
	retry := backoff.New(100*time.Millisecond, time.Second)
	for ctx.Err() == nil {
		err := g.followOnce(ctx, addr)
		g.drop(addr, err)
		if backoff.Sleep(ctx, retry.Next()) != nil {
			return
		}
	}
}

func (g *Gateway) followOnce(ctx context.Context, addr string) error {
	c, err := Dial(ctx, addr, g.cfg.RPC)
	if err != nil {
		return err
	}
	defer c.Close()
	st, err := c.Connect(ctx, g.cfg.UUID)
	if err != nil {
		return err
	}
	defer st.Close()
	// Health: ping; a node that stops answering is cut off.
	hctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		t := time.NewTicker(g.cfg.PingEvery)
		defer t.Stop()
		for {
			select {
			case <-hctx.Done():
				return
			case <-t.C:
				if time.Since(c.Conn().LastActivity()) > g.cfg.DeadAfter {
					c.Close()
					return
				}
				_ = c.Conn().Ping(hctx)
			}
		}
	}()
	for {
		uuid, services, err := st.Next(ctx)
		if err != nil {
			return err
		}
		g.mu.Lock()
		n := g.nodes[addr]
		if n == nil {
			n = &node{addr: addr}
			g.nodes[addr] = n
			g.log.Info("gateway: node up", "node", addr, "uuid", uuid)
		}
		n.uuid = uuid
		n.services = services
		g.mu.Unlock()
		if g.cfg.Proxy {
			for name := range services {
				if err := g.ensureProxy(ctx, name); err != nil {
					g.log.Warn("gateway: proxy", "service", name, "err", err)
				}
			}
		}
	}
}

func (g *Gateway) drop(addr string, err error) {
	g.mu.Lock()
	_, ok := g.nodes[addr]
	delete(g.nodes, addr)
	g.mu.Unlock()
	if ok {
		g.log.Info("gateway: node down", "node", addr, "err", err)
	}
}

// Nodes lists the live nodes' locator addresses.
func (g *Gateway) Nodes() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make([]string, 0, len(g.nodes))
	for a := range g.nodes {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// pick chooses a live node that runs name; count says whether the choice
// counts as load (a proxied resolve only looks, the connection picks).
func (g *Gateway) pick(name string, count bool) (*node, Record, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	var cands []*node
	for _, n := range g.nodes {
		if _, ok := n.services[name]; ok {
			cands = append(cands, n)
		}
	}
	if len(cands) == 0 {
		return nil, Record{}, false
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].addr < cands[j].addr })
	var n *node
	switch g.cfg.Policy {
	case PolicyLeastLoaded:
		n = cands[0]
		for _, c := range cands[1:] {
			ca, na := c.active.Load(), n.active.Load()
			if ca < na || ca == na && c.picks.Load() < n.picks.Load() {
				n = c
			}
		}
	default:
		n = cands[g.cfg.Rand.IntN(len(cands))]
	}
	if count {
		n.picks.Add(1)
	}
	return n, n.services[name], true
}

// Resolve answers with a live node's endpoints, or the proxy's.
func (g *Gateway) Resolve(name string) (Record, bool) {
	if g.cfg.Proxy {
		g.mu.Lock()
		p := g.proxies[name]
		g.mu.Unlock()
		if p == nil {
			return Record{}, false
		}
		_, r, ok := g.pick(name, false)
		if !ok {
			return Record{}, false
		}
		r.Endpoints = []Endpoint{p.endpoint}
		return r, true
	}
	_, r, ok := g.pick(name, true)
	return r, ok
}

// Cluster lists live nodes by uuid with their locator endpoints.
func (g *Gateway) Cluster() map[string]Endpoint {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make(map[string]Endpoint, len(g.nodes))
	for _, n := range g.nodes {
		if ep, err := ParseEndpoint(n.addr); err == nil {
			out[n.uuid] = ep
		}
	}
	return out
}

// proxy forwards whole connections for one service to a chosen node.
type proxy struct {
	name     string
	ln       net.Listener
	endpoint Endpoint
}

func (g *Gateway) ensureProxy(ctx context.Context, name string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed || g.proxies[name] != nil {
		return nil
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(g.cfg.ProxyHost, "0"))
	if err != nil {
		return fmt.Errorf("proxy listen: %w", err)
	}
	p := &proxy{name: name, ln: ln, endpoint: EndpointOf(ln.Addr())}
	g.proxies[name] = p
	g.wg.Add(1)
	go func() { defer g.wg.Done(); g.serveProxy(ctx, p) }()
	return nil
}

func (g *Gateway) serveProxy(ctx context.Context, p *proxy) {
	stop := context.AfterFunc(ctx, func() { p.ln.Close() })
	defer stop()
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return
		}
		g.wg.Add(1)
		go func() { defer g.wg.Done(); g.pipe(ctx, p.name, in) }()
	}
}

// pipe joins a client connection to the service on a chosen node. Frames
// pass unchanged: channel ids are per connection, so nothing needs rewriting.
func (g *Gateway) pipe(ctx context.Context, name string, in net.Conn) {
	defer in.Close()
	n, r, ok := g.pick(name, true)
	if !ok {
		writeError(in, fmt.Errorf("%w: %s", rpc.ErrServiceNotAvailable, name))
		return
	}
	var d net.Dialer
	var out net.Conn
	var err error
	for _, ep := range r.Endpoints {
		if out, err = d.DialContext(ctx, "tcp", ep.String()); err == nil {
			break
		}
	}
	if out == nil {
		writeError(in, fmt.Errorf("%w: %s: %v", rpc.ErrServiceNotAvailable, name, err))
		return
	}
	defer out.Close()
	n.active.Add(1)
	defer n.active.Add(-1)
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		if tc, ok := dst.(*net.TCPConn); ok {
			_ = tc.CloseWrite()
		}
		done <- struct{}{}
	}
	go cp(out, in)
	go cp(in, out)
	select {
	case <-done:
		<-done
	case <-ctx.Done():
	}
}

// writeError tells a proxied client why there is nothing behind the proxy:
// an error on channel 1, where clients start.
func writeError(w io.Writer, err error) {
	b, e := rpc.AppendFrame(nil, rpc.Frame{Channel: 1, Slot: 1, Args: rpc.ErrorArgs(err)})
	if e == nil {
		_, _ = w.Write(b)
	}
}
