// Package host assembles one sonm service node: a locator on the well-known
// port, the storage, logging and node services each on its own port and
// registered with it, optionally a gateway over other nodes' locators.
package host

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/services/app"
	"github.com/sonm-io/sonm/internal/services/logging"
	"github.com/sonm-io/sonm/internal/services/node"
	"github.com/sonm-io/sonm/internal/services/storage"
)

// Config of a node. YAML names are those of `sonm node --config`.
type Config struct {
	Listen    string            `yaml:"listen"`    // locator address (default 127.0.0.1:10053)
	UUID      string            `yaml:"uuid"`      // default: random
	DataDir   string            `yaml:"data_dir"`  // storage database and app sockets
	Apps      map[string]string `yaml:"apps"`      // app name -> executable
	Start     []string          `yaml:"start"`     // apps to start at once
	Gateway   []string          `yaml:"gateway"`   // other nodes' locators to aggregate
	Policy    string            `yaml:"policy"`    // adhoc or least-loaded
	Proxy     bool              `yaml:"proxy"`     // proxy calls to gateway nodes
	Verbosity int               `yaml:"verbosity"` // logging service threshold (0 debug .. 3 error)
	Logger    *slog.Logger      `yaml:"-"`
	AppOutput *os.File          `yaml:"-"` // where apps' output goes (default: discarded)
	// Wrap, when set, wraps each built-in service before it is served
	// (metrics count its calls).
	Wrap func(*rpc.Service) *rpc.Service `yaml:"-"`
}

// Host is a running node.
type Host struct {
	cfg     Config
	log     *slog.Logger
	loc     *locator.Locator
	gw      *locator.Gateway
	store   *storage.Storage
	node    *node.Node
	servers []*rpc.Server
	addr    string
	svcs    map[string]locator.Endpoint
}

// New validates cfg; Start does the I/O.
func New(cfg Config) (*Host, error) {
	if cfg.Listen == "" {
		cfg.Listen = fmt.Sprintf("127.0.0.1:%d", locator.DefaultPort)
	}
	if _, _, err := net.SplitHostPort(cfg.Listen); err != nil {
		return nil, fmt.Errorf("listen address %q: %w", cfg.Listen, err)
	}
	if cfg.DataDir == "" {
		return nil, errors.New("node needs a data directory")
	}
	if cfg.UUID == "" {
		var b [8]byte
		_, _ = rand.Read(b[:])
		cfg.UUID = "node-" + hex.EncodeToString(b[:])
	}
	for _, name := range cfg.Start {
		if _, ok := cfg.Apps[name]; !ok {
			return nil, fmt.Errorf("start %s: no such app (known: %v)", name, keys(cfg.Apps))
		}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Host{cfg: cfg, log: cfg.Logger, svcs: map[string]locator.Endpoint{}}, nil
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Start opens storage, listens, registers the services and starts apps.
func (h *Host) Start(ctx context.Context) error {
	if err := h.start(ctx); err != nil {
		h.Close()
		return err
	}
	return nil
}

func (h *Host) start(ctx context.Context) error {
	cfg := h.cfg
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	var fallback locator.Resolver
	listenHost, _, _ := net.SplitHostPort(cfg.Listen)
	if len(cfg.Gateway) > 0 {
		gw, err := locator.NewGateway(locator.GatewayConfig{
			UUID: cfg.UUID, Nodes: cfg.Gateway, Policy: cfg.Policy, Proxy: cfg.Proxy, ProxyHost: listenHost,
			Rand: mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), 1)), Logger: h.log,
		})
		if err != nil {
			return err
		}
		h.gw = gw
		fallback = gw
	}
	loc, err := locator.New(locator.Config{UUID: cfg.UUID, Fallback: fallback, Logger: h.log})
	if err != nil {
		return err
	}
	h.loc = loc
	locEP, err := h.serve(ctx, loc.Service(), cfg.Listen)
	if err != nil {
		return fmt.Errorf("locator: %w", err)
	}
	h.addr = locEP.String()
	loc.SetEndpoints([]locator.Endpoint{locEP})
	host, _, _ := net.SplitHostPort(cfg.Listen)
	anyPort := net.JoinHostPort(host, "0")

	st, err := storage.New(storage.Config{Path: filepath.Join(cfg.DataDir, "storage.db"), Logger: h.log})
	if err != nil {
		return err
	}
	if err := st.Open(ctx); err != nil {
		return err
	}
	h.store = st
	lg := logging.New(h.log, cfg.Verbosity)
	sockDir := filepath.Join(cfg.DataDir, "sockets")
	if err := os.MkdirAll(sockDir, 0o700); err != nil {
		return fmt.Errorf("socket dir: %w", err)
	}
	ncfg := node.Config{Apps: cfg.Apps, SocketDir: sockDir, Host: host, LocatorAddr: h.addr, Logger: h.log}
	if cfg.AppOutput != nil {
		ncfg.AppOutput = cfg.AppOutput
	}
	n, err := node.New(ncfg, loc, node.ProcessSpawner{})
	if err != nil {
		return err
	}
	h.node = n
	for _, s := range []struct {
		svc     *rpc.Service
		version int
	}{
		{st.Service(), storage.Version},
		{lg.Service(), logging.Version},
		{n.Service(), app.Version},
	} {
		ep, err := h.serve(ctx, s.svc, anyPort)
		if err != nil {
			return fmt.Errorf("%s: %w", s.svc.Name, err)
		}
		loc.Register(locator.Record{Name: s.svc.Name, Endpoints: []locator.Endpoint{ep}, Version: s.version, Graph: s.svc.Graph})
	}
	if h.gw != nil {
		h.gw.Start(ctx)
	}
	for _, name := range cfg.Start {
		if err := n.StartApp(ctx, name, "default"); err != nil {
			return err
		}
	}
	return nil
}

func (h *Host) serve(ctx context.Context, svc *rpc.Service, addr string) (locator.Endpoint, error) {
	if h.cfg.Wrap != nil {
		svc = h.cfg.Wrap(svc)
	}
	srv, err := rpc.NewServer(svc, rpc.Config{Logger: h.log})
	if err != nil {
		return locator.Endpoint{}, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return locator.Endpoint{}, err
	}
	h.servers = append(h.servers, srv)
	go func() {
		if err := srv.Serve(ctx, ln); err != nil {
			h.log.Error("serve", "service", svc.Name, "err", err)
		}
	}()
	ep := locator.EndpointOf(ln.Addr())
	h.svcs[svc.Name] = ep
	return ep, nil
}

// Addr is the locator's address.
func (h *Host) Addr() string { return h.addr }

// Services lists where each built-in service listens.
func (h *Host) Services() map[string]locator.Endpoint { return h.svcs }

// Close stops apps, drains and closes the servers, closes storage.
func (h *Host) Close() error {
	if h.node != nil {
		h.node.Close()
	}
	if h.gw != nil {
		h.gw.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	for _, s := range h.servers {
		_ = s.Shutdown(ctx)
	}
	if h.store != nil {
		return h.store.Close()
	}
	return nil
}
