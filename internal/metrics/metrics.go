// Package metrics is what a node shows its operator: one Prometheus
// registry per role (hub, miner, service node) with that role's metric
// definitions, and the HTTP handler that serves them with /healthz and
// /readyz.
//
// Nothing here is global: each role makes its own registry, so several
// roles in one process (the demo, tests) do not collide. A role given a
// nil metrics object records nothing: every method is safe on nil.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Ready reports nil when the role is ready for work, else why not.
type Ready func(ctx context.Context) error

// readyTimeout bounds one readiness check (a chain that does not answer
// makes the role not ready, not the probe hang).
const readyTimeout = 5 * time.Second

// Handler serves GET /metrics from reg, /healthz (200 while the process
// serves at all) and /readyz (200 when ready reports nil, else 503 with
// its reason on one line). It serves nothing else and no other method:
// everything it shows is read-only.
func Handler(reg prometheus.Gatherer, ready Ready, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	prom := promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorLog: errorLog{log}, MaxRequestsInFlight: 4})
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", prom)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		err := errors.New("starting")
		if ready != nil {
			ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
			err = ready(ctx)
			cancel()
		}
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "not ready: "+oneLine(err.Error()))
			return
		}
		fmt.Fprintln(w, "ready")
	})
	return mux
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 512 {
		s = s[:512] + "..."
	}
	return s
}

type errorLog struct{ log *slog.Logger }

func (e errorLog) Println(v ...any) { e.log.Warn("metrics: " + oneLine(fmt.Sprint(v...))) }

// Server serves a Handler on one listener.
type Server struct {
	ln  net.Listener
	srv *http.Server
}

// Listen listens on addr (host:port; port 0 picks one) and serves h
// there until Close. The address should be loopback or a private
// network: anyone who reaches it reads the metrics.
func Listen(addr string, h http.Handler) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
	go srv.Serve(ln)
	return &Server{ln: ln, srv: srv}, nil
}

// Addr is where the server listens.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Close stops serving.
func (s *Server) Close() error { return s.srv.Close() }

// newRegistry is a registry with the Go runtime's and the process's
// metrics.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}
