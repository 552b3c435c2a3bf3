// Package console serves the sonm console: a web page on this machine that
// shows the sonm world as the chain sees it, updated live through
// server-sent events. The assets are embedded; every request needs the
// random token printed at start (see auth.go).
package console

import (
	"context"
	"crypto/rand"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

//go:embed assets
var assets embed.FS

// DefaultListen is a loopback address on a free port.
const DefaultListen = "127.0.0.1:0"

// Config is what a console serves.
type Config struct {
	// Listen is the TCP address to serve on; empty means DefaultListen.
	Listen string
	// Chain is where the World page reads from.
	Chain Chain
	// Poll is how often the chain head is read; zero means one second.
	Poll time.Duration
	// Rand makes the token; nil means crypto/rand.
	Rand io.Reader
	// MaxStreams bounds the live-update streams open at once; zero means 32.
	MaxStreams int
}

// Server is a running console.
type Server struct {
	cfg    Config
	log    *slog.Logger
	token  string
	equal  func(a, b string) bool // the token check; a field so that a test sees it used
	static http.Handler

	feed    *feed
	streams chan struct{} // a slot per open event stream

	mu     sync.Mutex
	ln     net.Listener
	srv    *http.Server
	cancel context.CancelFunc
	done   chan struct{}
}

// New validates cfg and makes the token; it does no I/O besides reading
// randomness.
func New(cfg Config, logger *slog.Logger) (*Server, error) {
	if cfg.Chain == nil {
		return nil, errors.New("console: no chain to read from")
	}
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if cfg.MaxStreams <= 0 {
		cfg.MaxStreams = 32
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	tok, err := newToken(cfg.Rand)
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	return &Server{
		cfg: cfg, log: logger, token: tok, equal: tokensEqual,
		static:  http.FileServerFS(sub),
		feed:    newFeed(),
		streams: make(chan struct{}, cfg.MaxStreams),
	}, nil
}

// Start listens and starts following the chain; it returns once the
// listener is bound, so URL is valid.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return errors.New("console: already started")
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("console: listen on %s: %w", s.cfg.Listen, err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.ln, s.cancel, s.done = ln, cancel, make(chan struct{})
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		MaxHeaderBytes:    16 << 10,
		BaseContext:       func(net.Listener) context.Context { return runCtx },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("console: serve", "err", err)
		}
	}()
	go func() {
		defer close(s.done)
		s.follow(runCtx)
	}()
	return nil
}

// Addr is the address the console listens on (nil before Start).
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// URL is the ready-to-open address with the token, e.g.
// http://127.0.0.1:43123/?token=...; empty before Start.
func (s *Server) URL() string {
	a := s.Addr()
	if a == nil {
		return ""
	}
	return fmt.Sprintf("http://%s/?token=%s", a, s.token)
}

// Close stops serving and following the chain; it is safe after a failed
// or missing Start.
func (s *Server) Close() error {
	s.mu.Lock()
	srv, cancel, done := s.srv, s.cancel, s.done
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	cancel() // ends the event streams, which Shutdown would wait for
	ctx, stop := context.WithTimeout(context.Background(), 5*time.Second)
	defer stop()
	err := srv.Shutdown(ctx)
	<-done
	return err
}

// Handler is the console's HTTP handler: security headers, the token check,
// then the routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/world", s.handleWorld)
	mux.HandleFunc("GET /api/events", s.handleEvents)
	mux.Handle("GET /static/", http.StripPrefix("/static/", s.static))
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /{$}", s.page("index.html"))
	mux.HandleFunc("GET /world", s.page("index.html"))
	return secure(s.authenticate(mux))
}

// page serves one embedded HTML page.
func (s *Server) page(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := assets.ReadFile("assets/" + name)
		if err != nil {
			http.Error(w, "page missing", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(b)
	}
}

// secure sets the headers every answer carries and refuses methods the
// console does not use.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ContentSecurityPolicy allows only the console's own files: no inline
// script or style, no other origin, no framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
