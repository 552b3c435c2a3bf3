package locator

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"sort"
	"sync"

	"github.com/sonm-io/sonm/internal/rpc"
)

// Resolver answers for services the locator does not hold itself (a gateway).
type Resolver interface {
	Resolve(name string) (Record, bool)
	Cluster() map[string]Endpoint
}

// Config of a locator.
type Config struct {
	UUID     string                     // this node's id in connect and cluster
	Groups   map[string]map[string]uint // routing groups: group -> service -> weight
	Fallback Resolver                   // consulted for names not held locally
	Logger   *slog.Logger
}

// Locator holds the services of one node.
type Locator struct {
	cfg Config
	log *slog.Logger

	mu       sync.Mutex
	services map[string]Record
	self     []Endpoint
	changed  chan struct{}
}

// New validates cfg; it does no I/O.
func New(cfg Config) (*Locator, error) {
	if cfg.UUID == "" {
		return nil, fmt.Errorf("%w: locator needs a uuid", rpc.ErrInvalidArgument)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Locator{cfg: cfg, log: cfg.Logger, services: map[string]Record{}, changed: make(chan struct{})}, nil
}

// SetEndpoints sets where the locator itself listens, so that it resolves
// its own name and appears in cluster.
func (l *Locator) SetEndpoints(eps []Endpoint) {
	l.mu.Lock()
	l.self = eps
	l.notifyLocked()
	l.mu.Unlock()
}

// Register adds or replaces a service.
func (l *Locator) Register(r Record) {
	l.mu.Lock()
	l.services[r.Name] = r
	l.notifyLocked()
	l.mu.Unlock()
	l.log.Info("service registered", "service", r.Name, "endpoints", fmt.Sprint(r.Endpoints))
}

// Unregister removes a service.
func (l *Locator) Unregister(name string) {
	l.mu.Lock()
	_, ok := l.services[name]
	delete(l.services, name)
	if ok {
		l.notifyLocked()
	}
	l.mu.Unlock()
	if ok {
		l.log.Info("service unregistered", "service", name)
	}
}

func (l *Locator) notifyLocked() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// Resolve finds a service: held here, the locator itself, or the fallback.
func (l *Locator) Resolve(name string) (Record, error) {
	l.mu.Lock()
	r, ok := l.services[name]
	self := l.self
	l.mu.Unlock()
	if ok {
		return r, nil
	}
	if name == "locator" && len(self) > 0 {
		return Record{Name: name, Endpoints: self, Version: Version, Graph: Protocol()}, nil
	}
	if l.cfg.Fallback != nil {
		if r, ok := l.cfg.Fallback.Resolve(name); ok {
			return r, nil
		}
	}
	return Record{}, fmt.Errorf("%w: %s", rpc.ErrServiceNotAvailable, rpc.Quote(name))
}

// Services is a snapshot of the services held here.
func (l *Locator) Services() map[string]Record {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]Record, len(l.services))
	for k, v := range l.services {
		out[k] = v
	}
	return out
}

func (l *Locator) snapshot() (map[string]any, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]any, len(l.services))
	for k, v := range l.services {
		out[k] = recordValue(v)
	}
	return out, l.changed
}

// Service is the locator as an rpc service.
func (l *Locator) Service() *rpc.Service {
	return &rpc.Service{
		Name:    "locator",
		Version: Version,
		Graph:   Protocol(),
		Handlers: map[string]rpc.Handler{
			"resolve": l.handleResolve,
			"connect": l.handleConnect,
			"refresh": l.handleRefresh,
			"cluster": l.handleCluster,
			"publish": l.handlePublish,
			"routing": l.handleRouting,
		},
	}
}

func (l *Locator) handleResolve(ctx context.Context, ch *rpc.Channel) error {
	name, err := ch.Args.String(0)
	if err != nil {
		return err
	}
	r, err := l.Resolve(name)
	if err != nil {
		return err
	}
	return ch.Value(ctx, endpoints(r.Endpoints), r.Version, r.Graph)
}

func (l *Locator) handleConnect(ctx context.Context, ch *rpc.Channel) error {
	if _, err := ch.Args.String(0); err != nil {
		return err
	}
	for {
		services, changed := l.snapshot()
		if err := ch.Write(ctx, l.cfg.UUID, services); err != nil {
			return err
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
}

func (l *Locator) handleRefresh(ctx context.Context, ch *rpc.Channel) error {
	if _, err := ch.Args.Strings(0); err != nil {
		return err
	}
	// Groups live in memory here; refresh re-announces them to routers.
	l.mu.Lock()
	l.notifyLocked()
	l.mu.Unlock()
	return ch.Value(ctx)
}

// Cluster lists known nodes: this one and, for a gateway, those it follows.
func (l *Locator) Cluster() map[string]Endpoint {
	out := map[string]Endpoint{}
	if l.cfg.Fallback != nil {
		for k, v := range l.cfg.Fallback.Cluster() {
			out[k] = v
		}
	}
	l.mu.Lock()
	if len(l.self) > 0 {
		out[l.cfg.UUID] = l.self[0]
	}
	l.mu.Unlock()
	return out
}

func (l *Locator) handleCluster(ctx context.Context, ch *rpc.Channel) error {
	m := map[string]any{}
	for k, v := range l.Cluster() {
		m[k] = v
	}
	return ch.Value(ctx, m)
}

func (l *Locator) handlePublish(ctx context.Context, ch *rpc.Channel) error {
	name, err := ch.Args.String(0)
	if err != nil {
		return err
	}
	eps, err := parseEndpoints(ch.Args.Get(1))
	if err != nil {
		return err
	}
	r := Record{Name: name, Endpoints: eps, Version: 1, Graph: rpc.Graph{}}
	if meta, ok := ch.Args.Get(2).([]any); ok && len(meta) == 2 {
		v, ok := rpc.AsInt(meta[0])
		if !ok {
			return fmt.Errorf("%w: publish: version: got %T", rpc.ErrInvalidArgument, meta[0])
		}
		g, err := rpc.ParseGraph(meta[1])
		if err != nil {
			return fmt.Errorf("%w: publish: %w", rpc.ErrInvalidArgument, err)
		}
		r.Version, r.Graph = int(v), g
	}
	l.mu.Lock()
	_, taken := l.services[name]
	l.mu.Unlock()
	if taken {
		return fmt.Errorf("%w: %s is already published", rpc.ErrInvalidArgument, rpc.Quote(name))
	}
	l.Register(r)
	// The publication lasts until the publisher discards it or goes away.
	defer l.Unregister(name)
	if err := ch.Value(ctx); err != nil {
		return err
	}
	_, err = ch.Recv(ctx)
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

func (l *Locator) handleRouting(ctx context.Context, ch *rpc.Channel) error {
	if _, err := ch.Args.String(0); err != nil {
		return err
	}
	for {
		l.mu.Lock()
		changed := l.changed
		l.mu.Unlock()
		if err := ch.Write(ctx, RoutingTable(l.cfg.Groups)); err != nil {
			return err
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
}

// RoutingTable builds the continuum of each routing group: every service
// gets weight points on a 32-bit ring, [[point, name], ...] sorted by point.
func RoutingTable(groups map[string]map[string]uint) map[string]any {
	out := make(map[string]any, len(groups))
	for group, members := range groups {
		var ring [][2]any
		for name, weight := range members {
			for i := uint(0); i < weight; i++ {
				h := fnv.New32a()
				fmt.Fprintf(h, "%s-%d", name, i)
				ring = append(ring, [2]any{h.Sum32(), name})
			}
		}
		sort.Slice(ring, func(i, j int) bool { return ring[i][0].(uint32) < ring[j][0].(uint32) })
		arr := make([]any, len(ring))
		for i, p := range ring {
			arr[i] = []any{p[0], p[1]}
		}
		out[group] = arr
	}
	return out
}
