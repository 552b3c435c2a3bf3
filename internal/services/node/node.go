// Package node is the node service: it starts and pauses apps through a
// Spawner, supervises their workers over the worker protocol (handshake,
// heartbeats, restart with backoff), publishes each running app as a service
// in the locator, and forwards enqueued requests to a worker as streams.
package node

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/sonm-io/sonm/internal/backoff"
	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/services/app"
)

// Errors of the node service.
var (
	ErrUnknownApp = fmt.Errorf("%w: unknown app", rpc.ErrInvalidArgument)
	ErrNotRunning = fmt.Errorf("%w: app is not running", rpc.ErrServiceNotAvailable)
)

// Config of the node service.
type Config struct {
	Apps             map[string]string // app name -> executable
	SocketDir        string            // where the apps' unix sockets live
	Host             string            // address app endpoints bind and advertise (default 127.0.0.1)
	LocatorAddr      string            // passed to apps as --locator
	HandshakeTimeout time.Duration     // default 10s
	HeartbeatTimeout time.Duration     // a silent worker is restarted after this (default 10s)
	MaxBackoff       time.Duration     // restart backoff cap (default 5s)
	AppOutput        io.Writer         // apps' stdout and stderr (default discarded)
	Logger           *slog.Logger
}

// Node is the node service.
type Node struct {
	cfg     Config
	loc     *locator.Locator
	spawner Spawner
	log     *slog.Logger

	mu   sync.Mutex
	apps map[string]*App
	wg   sync.WaitGroup
}

// New validates cfg; no I/O.
func New(cfg Config, loc *locator.Locator, spawner Spawner) (*Node, error) {
	if cfg.SocketDir == "" {
		return nil, fmt.Errorf("%w: node needs a socket directory", rpc.ErrInvalidArgument)
	}
	if loc == nil || spawner == nil {
		return nil, fmt.Errorf("%w: node needs a locator and a spawner", rpc.ErrInvalidArgument)
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.HandshakeTimeout <= 0 {
		cfg.HandshakeTimeout = 10 * time.Second
	}
	if cfg.HeartbeatTimeout <= 0 {
		cfg.HeartbeatTimeout = 10 * time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 5 * time.Second
	}
	if cfg.AppOutput == nil {
		cfg.AppOutput = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Node{cfg: cfg, loc: loc, spawner: spawner, log: cfg.Logger, apps: map[string]*App{}}, nil
}

// StartApp starts an app and publishes it. Starting a running app is a no-op.
func (n *Node) StartApp(ctx context.Context, name, profile string) error {
	exe, ok := n.cfg.Apps[name]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownApp, name)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.apps[name] != nil {
		return nil
	}
	a, err := n.newApp(name, exe, profile)
	if err != nil {
		return err
	}
	n.apps[name] = a
	n.wg.Add(1)
	go func() { defer n.wg.Done(); a.supervise() }()
	return nil
}

// PauseApp stops an app: the worker is told to terminate, the service is
// withdrawn, pending calls get an error.
func (n *Node) PauseApp(ctx context.Context, name string) error {
	n.mu.Lock()
	a := n.apps[name]
	delete(n.apps, name)
	n.mu.Unlock()
	if a == nil {
		return fmt.Errorf("%w: %s", ErrNotRunning, name)
	}
	a.stop()
	return nil
}

// List names the running apps.
func (n *Node) List() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := make([]string, 0, len(n.apps))
	for name := range n.apps {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

func (n *Node) app(name string) (*App, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	a := n.apps[name]
	if a == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotRunning, name)
	}
	return a, nil
}

// Close pauses every app.
func (n *Node) Close() error {
	for _, name := range n.List() {
		_ = n.PauseApp(context.Background(), name)
	}
	n.wg.Wait()
	return nil
}

// Service is the node service (node (1)).
func (n *Node) Service() *rpc.Service {
	return &rpc.Service{
		Name:    "node",
		Version: 1,
		Graph:   app.NodeProtocol(),
		Handlers: map[string]rpc.Handler{
			"start_app": func(ctx context.Context, ch *rpc.Channel) error {
				name, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				profile, _ := rpc.AsString(ch.Args.Get(1))
				if err := n.StartApp(ctx, name, profile); err != nil {
					return err
				}
				return ch.Value(ctx)
			},
			"pause_app": func(ctx context.Context, ch *rpc.Channel) error {
				name, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				if err := n.PauseApp(ctx, name); err != nil {
					return err
				}
				return ch.Value(ctx)
			},
			"list": func(ctx context.Context, ch *rpc.Channel) error {
				return ch.Value(ctx, n.List())
			},
			"info": func(ctx context.Context, ch *rpc.Channel) error {
				name, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				a, err := n.app(name)
				if err != nil {
					return err
				}
				return ch.Value(ctx, a.Info())
			},
			"control": func(ctx context.Context, ch *rpc.Channel) error {
				name, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				a, err := n.app(name)
				if err != nil {
					return err
				}
				return a.control(ctx, ch)
			},
			"enqueue": func(ctx context.Context, ch *rpc.Channel) error {
				name, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				event, err := ch.Args.String(1)
				if err != nil {
					return err
				}
				a, err := n.app(name)
				if err != nil {
					return err
				}
				return a.Enqueue(ctx, ch, event)
			},
		},
	}
}

// App is one supervised app.
type App struct {
	node    *Node
	name    string
	exe     string
	profile string
	uuid    string
	sock    string
	log     *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	ln     net.Listener
	srv    *rpc.Server

	mu       sync.Mutex
	state    string
	worker   *rpc.Conn
	ctrl     *rpc.Channel
	ready    chan struct{} // closed while a worker is up
	restarts int
	started  time.Time
	pid      int
	lastBeat time.Time
	hint     int64
}

func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func (n *Node) newApp(name, exe, profile string) (*App, error) {
	ctx, cancel := context.WithCancel(context.Background())
	uuid := newUUID()
	a := &App{
		node: n, name: name, exe: exe, profile: profile, uuid: uuid,
		sock:   socketPath(n.cfg.SocketDir, name, uuid),
		log:    n.log.With("app", name),
		ctx:    ctx,
		cancel: cancel,
		done:   make(chan struct{}),
		state:  "starting",
		ready:  make(chan struct{}),
	}
	ln, err := net.Listen("unix", a.sock)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("app %s: socket: %w", name, err)
	}
	a.ln = ln
	srv, err := rpc.NewServer(&rpc.Service{
		Name: name, Version: app.Version, Graph: app.Protocol(),
		Handlers: map[string]rpc.Handler{
			"enqueue": func(ctx context.Context, ch *rpc.Channel) error {
				event, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				return a.Enqueue(ctx, ch, event)
			},
			"info":    func(ctx context.Context, ch *rpc.Channel) error { return ch.Value(ctx, a.Info()) },
			"control": func(ctx context.Context, ch *rpc.Channel) error { return a.control(ctx, ch) },
		},
	}, rpc.Config{Logger: a.log})
	if err != nil {
		ln.Close()
		cancel()
		return nil, err
	}
	tcp, err := net.Listen("tcp", net.JoinHostPort(n.cfg.Host, "0"))
	if err != nil {
		ln.Close()
		cancel()
		return nil, fmt.Errorf("app %s: listen: %w", name, err)
	}
	a.srv = srv
	go srv.Serve(ctx, tcp)
	n.loc.Register(locator.Record{Name: name, Endpoints: []locator.Endpoint{locator.EndpointOf(tcp.Addr())}, Version: app.Version, Graph: app.Protocol()})
	return a, nil
}

func (a *App) stop() {
	a.mu.Lock()
	ctrl := a.ctrl
	a.mu.Unlock()
	if ctrl != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_ = ctrl.Send(ctx, "terminate", 0, "paused")
		cancel()
	}
	a.node.loc.Unregister(a.name)
	a.cancel()
	<-a.done
	a.srv.Close()
	a.ln.Close()
	os.Remove(a.sock)
}

// Info describes the app's state.
func (a *App) Info() map[string]any {
	a.mu.Lock()
	defer a.mu.Unlock()
	info := map[string]any{
		"state":    a.state,
		"uuid":     a.uuid,
		"restarts": a.restarts,
		"profile":  a.profile,
		"pid":      a.pid,
	}
	if !a.started.IsZero() {
		info["uptime_s"] = int64(time.Since(a.started).Seconds())
	}
	return info
}

func (a *App) setState(s string) {
	a.mu.Lock()
	a.state = s
	a.mu.Unlock()
}

// supervise keeps one worker running until the app is paused, restarting
// it with exponential backoff when it dies, hangs or never handshakes.
func (a *App) supervise() {
	defer close(a.done)
	retry := backoff.New(100*time.Millisecond, a.node.cfg.MaxBackoff)
	for a.ctx.Err() == nil {
		start := time.Now()
		err := a.runOnce()
		if a.ctx.Err() != nil {
			break
		}
		if time.Since(start) > 10*a.node.cfg.MaxBackoff {
			retry.Reset()
		}
		wait := retry.Next()
		a.mu.Lock()
		a.restarts++
		a.state = "restarting"
		a.mu.Unlock()
		a.log.Warn("worker stopped; restarting", "err", err, "backoff", wait)
		backoff.Sleep(a.ctx, wait)
	}
	a.setState("stopped")
}

var errHandshake = errors.New("worker did not handshake")

func (a *App) runOnce() error {
	cfg := a.node.cfg
	a.setState("starting")
	proc, err := a.node.spawner.Spawn(a.ctx, Spec{
		App:        a.name,
		Executable: a.exe,
		Args: []string{
			app.FlagUUID, a.uuid, app.FlagApp, a.name, app.FlagEndpoint, a.sock,
			app.FlagLocator, cfg.LocatorAddr, app.FlagProtocol, "1",
		},
		Env:    os.Environ(),
		Stdout: cfg.AppOutput,
		Stderr: cfg.AppOutput,
	})
	if err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { exited <- proc.Wait() }()
	defer func() {
		_ = proc.Kill()
		<-exited
	}()
	a.mu.Lock()
	a.pid = proc.Pid()
	a.mu.Unlock()

	accepted := make(chan net.Conn, 1)
	go func() {
		if ul, ok := a.ln.(*net.UnixListener); ok {
			_ = ul.SetDeadline(time.Now().Add(cfg.HandshakeTimeout))
		}
		nc, err := a.ln.Accept()
		if err == nil {
			accepted <- nc
		}
	}()
	var nc net.Conn
	select {
	case nc = <-accepted:
	case err := <-exited:
		return fmt.Errorf("exited before connecting: %v", err)
	case <-time.After(cfg.HandshakeTimeout):
		return errHandshake
	case <-a.ctx.Done():
		return nil
	}
	shook := make(chan *rpc.Channel, 1)
	conn := rpc.NewConn(nc, a.controlService(shook), rpc.Config{Logger: a.log, HandshakeTimeout: cfg.HandshakeTimeout})
	conn.Start(a.ctx)
	defer conn.Close()
	var ctrl *rpc.Channel
	select {
	case ctrl = <-shook:
	case err := <-exited:
		return fmt.Errorf("exited during handshake: %v", err)
	case <-conn.Done():
		return fmt.Errorf("%w: %v", errHandshake, conn.Err())
	case <-time.After(cfg.HandshakeTimeout):
		return errHandshake
	case <-a.ctx.Done():
		return nil
	}
	a.mu.Lock()
	a.worker, a.ctrl = conn, ctrl
	a.state = "running"
	a.started = time.Now()
	a.lastBeat = time.Now()
	close(a.ready) // wakes callers waiting for a worker
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.worker, a.ctrl = nil, nil
		a.ready = make(chan struct{})
		a.mu.Unlock()
	}()
	a.log.Info("worker up", "pid", proc.Pid())

	tick := time.NewTicker(cfg.HeartbeatTimeout / 4)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			exited <- err
			return fmt.Errorf("worker exited: %v", err)
		case <-conn.Done():
			return fmt.Errorf("worker connection: %v", conn.Err())
		case <-a.ctx.Done():
			return nil
		case <-tick.C:
			a.mu.Lock()
			silent := time.Since(a.lastBeat)
			a.mu.Unlock()
			if silent > cfg.HeartbeatTimeout {
				return fmt.Errorf("worker silent for %s", silent.Round(time.Millisecond))
			}
		}
	}
}

func (a *App) controlService(shook chan<- *rpc.Channel) *rpc.Service {
	return &rpc.Service{
		Name: a.name + "/control", Version: 1, Graph: app.ControlProtocol(),
		Handlers: map[string]rpc.Handler{
			"handshake": func(ctx context.Context, ch *rpc.Channel) error {
				uuid, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				if uuid != a.uuid {
					return fmt.Errorf("%w: handshake from uuid %s, want %s", rpc.ErrInvalidArgument, uuid, a.uuid)
				}
				select {
				case shook <- ch:
				default:
					return fmt.Errorf("%w: second handshake", rpc.ErrInvalidArgument)
				}
				for {
					m, err := ch.Recv(ctx)
					if err != nil {
						return err
					}
					switch m.Name {
					case "heartbeat":
						a.mu.Lock()
						a.lastBeat = time.Now()
						a.mu.Unlock()
						if err := ch.Send(ctx, "heartbeat"); err != nil {
							return err
						}
					case "terminate":
						a.log.Info("worker terminates", "args", fmt.Sprint(m.Args))
						_ = ch.Send(ctx, "terminate", 0, "ok")
						return nil
					}
				}
			},
		},
	}
}

// waitWorker returns the live worker connection, waiting for one to come up.
func (a *App) waitWorker(ctx context.Context) (*rpc.Conn, error) {
	for {
		a.mu.Lock()
		w, ready := a.worker, a.ready
		a.mu.Unlock()
		if w != nil {
			return w, nil
		}
		select {
		case <-ready:
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: app %s has no worker: %w", rpc.ErrServiceNotAvailable, a.name, context.Cause(ctx))
		case <-a.ctx.Done():
			return nil, fmt.Errorf("%w: %s", ErrNotRunning, a.name)
		}
	}
}

// Enqueue runs event on a worker, streaming the caller's request body to it
// and its response back. If the worker dies, the caller gets an error.
func (a *App) Enqueue(ctx context.Context, ch *rpc.Channel, event string) error {
	wctx, cancel := context.WithTimeout(ctx, a.node.cfg.HandshakeTimeout)
	w, err := a.waitWorker(wctx)
	cancel()
	if err != nil {
		return err
	}
	inv, err := w.Open(ctx, app.WorkerProtocol(), "invoke", event)
	if err != nil {
		return fmt.Errorf("app %s: invoke: %w", a.name, err)
	}
	defer inv.Release()
	go func() {
		for {
			m, err := ch.Recv(ctx)
			if err != nil {
				return
			}
			if err := inv.Send(ctx, m.Name, m.Args...); err != nil {
				return
			}
		}
	}()
	for {
		m, err := inv.Recv(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: app %s: worker lost: %w", rpc.ErrServiceNotAvailable, a.name, err)
		}
		if err := ch.Send(ctx, m.Name, m.Args...); err != nil {
			return err
		}
	}
}

// control reads pool-size hints until the caller closes the stream.
func (a *App) control(ctx context.Context, ch *rpc.Channel) error {
	for {
		m, err := ch.Recv(ctx)
		if errors.Is(err, io.EOF) {
			return ch.Value(ctx)
		}
		if err != nil {
			return err
		}
		if m.Name == "chunk" {
			if n, ok := rpc.AsInt(m.Args.Get(0)); ok {
				a.mu.Lock()
				a.hint = n
				a.mu.Unlock()
				a.log.Debug("pool size hint", "workers", strconv.FormatInt(n, 10))
			}
		}
		if m.Name == "close" || m.Name == "error" {
			return ch.Value(ctx)
		}
	}
}

// Info describes a running app.
func (n *Node) Info(name string) (map[string]any, error) {
	a, err := n.app(name)
	if err != nil {
		return nil, err
	}
	return a.Info(), nil
}

// socketPath keeps unix socket paths under the kernel's limit (108 bytes on
// Linux, 104 on BSDs) by falling back to a short name in the temp dir.
func socketPath(dir, name, uuid string) string {
	p := filepath.Join(dir, name+"."+uuid[:8]+".sock")
	if len(p) < 100 {
		return p
	}
	return filepath.Join(os.TempDir(), "sonm-"+uuid[:16]+".sock")
}
