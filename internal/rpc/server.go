package rpc

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
)

// ErrTooManyConns closes a connection from an address that already holds
// Config.MaxConnsPerAddr of them.
var ErrTooManyConns = errors.New("too many connections from one address")

// Server serves one service on any number of listeners and connections.
type Server struct {
	svc *Service
	cfg Config

	mu        sync.Mutex
	conns     map[*Conn]struct{}
	perAddr   map[string]int // open connections by remote IP
	listeners map[net.Listener]struct{}
	closing   bool
}

// NewServer checks that every event of the service's graph has a handler.
func NewServer(svc *Service, cfg Config) (*Server, error) {
	if svc == nil || svc.Name == "" {
		return nil, fmt.Errorf("%w: service needs a name", ErrInvalidArgument)
	}
	for slot, ev := range svc.Graph {
		if svc.Handlers[ev.Name] == nil {
			return nil, fmt.Errorf("%w: service %s: slot %d (%s) has no handler", ErrInvalidArgument, svc.Name, slot, ev.Name)
		}
	}
	return &Server{
		svc:       svc,
		cfg:       cfg.withDefaults(),
		conns:     make(map[*Conn]struct{}),
		perAddr:   make(map[string]int),
		listeners: make(map[net.Listener]struct{}),
	}, nil
}

// Service is the served service.
func (s *Server) Service() *Service { return s.svc }

// Serve accepts connections until ln closes or ctx ends. Called after
// Close or Shutdown, it closes ln and returns ErrGoingAway.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		// Close ran before this Serve: the listener it never saw is closed
		// here, or its port would stay held.
		ln.Close()
		return ErrGoingAway
	}
	s.listeners[ln] = struct{}{}
	s.mu.Unlock()
	stop := context.AfterFunc(ctx, func() { ln.Close() })
	defer stop()
	for {
		nc, err := ln.Accept()
		if err != nil {
			s.mu.Lock()
			delete(s.listeners, ln)
			closing := s.closing
			s.mu.Unlock()
			if closing || ctx.Err() != nil || errors.Is(err, net.ErrClosed) {
				return nil
			}
			return fmt.Errorf("accept: %w", err)
		}
		s.ServeConn(ctx, nc)
	}
}

// ServeConn serves one already-open stream (TCP, unix socket, libp2p stream).
// A TCP connection from an IP that holds MaxConnsPerAddr already is closed
// at once, and the returned Conn is done with ErrTooManyConns.
func (s *Server) ServeConn(ctx context.Context, rwc io.ReadWriteCloser) *Conn {
	c := NewConn(rwc, s.svc, s.cfg)
	ip := remoteIP(rwc)
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		rwc.Close()
		return c
	}
	if ip != "" && s.cfg.MaxConnsPerAddr > 0 {
		if s.perAddr[ip] >= s.cfg.MaxConnsPerAddr {
			s.mu.Unlock()
			c.log.Debug("connection refused", "remote", ip, "err", ErrTooManyConns)
			c.closeWith(fmt.Errorf("%w: %s holds %d", ErrTooManyConns, ip, s.cfg.MaxConnsPerAddr))
			return c
		}
		s.perAddr[ip]++
	}
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	c.Start(ctx)
	go func() {
		<-c.Done()
		s.mu.Lock()
		delete(s.conns, c)
		if ip != "" && s.cfg.MaxConnsPerAddr > 0 {
			if s.perAddr[ip]--; s.perAddr[ip] <= 0 {
				delete(s.perAddr, ip)
			}
		}
		s.mu.Unlock()
	}()
	return c
}

// remoteIP is the peer's IP for a TCP connection, "" for anything else
// (unix sockets, pipes, libp2p streams), which the per-address cap skips.
func remoteIP(rwc io.ReadWriteCloser) string {
	nc, ok := rwc.(net.Conn)
	if !ok {
		return ""
	}
	ta, ok := nc.RemoteAddr().(*net.TCPAddr)
	if !ok {
		return ""
	}
	return ta.IP.String()
}

// Shutdown stops accepting, refuses new channels, lets in-flight calls finish
// until ctx ends, then closes every connection.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	for ln := range s.listeners {
		ln.Close()
	}
	conns := make([]*Conn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	var wg sync.WaitGroup
	errs := make([]error, len(conns))
	for i, c := range conns {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = c.Drain(ctx) }()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Close closes everything at once.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closing = true
	for ln := range s.listeners {
		ln.Close()
	}
	conns := make([]*Conn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
	return nil
}
