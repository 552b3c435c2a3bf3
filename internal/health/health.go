// Package health tells a live service replica from a dead one: probes (a
// TCP connect, an HTTP GET, a Cocaine call), a pure Tracker that turns
// probe results into a state and the healthy time a replica may be billed
// for, and a Watcher that runs a probe on a period and reports changes.
package health

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// Probe checks once whether a replica answers. ctx bounds the check.
type Probe interface {
	Probe(ctx context.Context) error
	String() string
}

type tcpProbe struct{ addr string }

// TCP passes when a TCP connection to addr opens.
func TCP(addr string) Probe { return tcpProbe{addr} }

func (p tcpProbe) Probe(ctx context.Context) error {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", p.addr)
	if err != nil {
		return err
	}
	return c.Close()
}

func (p tcpProbe) String() string { return "tcp " + p.addr }

type httpProbe struct {
	url    string
	client *http.Client
}

// HTTP passes when GET path on addr answers with a 2xx or 3xx status.
// Redirects are not followed (a 3xx is an answer), the body is not read
// beyond 4 KiB, and no cookies or proxies are used.
func HTTP(addr, path string) Probe {
	return httpProbe{
		url: "http://" + addr + path,
		client: &http.Client{
			Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true, MaxResponseHeaderBytes: 16 << 10},
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
	}
}

func (p httpProbe) Probe(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.url, nil)
	if err != nil {
		return err
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode < 200 || resp.StatusCode >= 400 {
		return fmt.Errorf("GET %s: %s", p.url, resp.Status)
	}
	return nil
}

func (p httpProbe) String() string { return "http " + p.url }

type cocaineProbe struct{ locator, service, method string }

// Cocaine passes when method of service, resolved through the locator at
// locatorAddr, answers with a value (an error reply fails it).
func Cocaine(locatorAddr, service, method string) Probe {
	return cocaineProbe{locatorAddr, service, method}
}

func (p cocaineProbe) Probe(ctx context.Context) error {
	conn, rec, err := locator.DialService(ctx, p.locator, p.service, rpc.Config{})
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, _, ok := rec.Graph.Lookup(p.method); !ok {
		return fmt.Errorf("cocaine %s has no method %q", p.service, p.method)
	}
	_, err = conn.Call(ctx, rec.Graph, p.method)
	return err
}

func (p cocaineProbe) String() string {
	return "cocaine " + p.service + "." + p.method + " via " + p.locator
}

// State is where a replica stands.
type State int

// The states. A replica starts in Starting; the first passing probe makes
// it Healthy; a failing one makes a Healthy replica Unhealthy; failing for
// Grace (or never passing within Grace of its start) makes it Dead, which
// is final: the replica is to be replaced.
const (
	Starting State = iota
	Healthy
	Unhealthy
	Dead
)

func (s State) String() string {
	switch s {
	case Starting:
		return "starting"
	case Healthy:
		return "healthy"
	case Unhealthy:
		return "unhealthy"
	case Dead:
		return "dead"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Tracker turns probe results into a state and the healthy time of a
// replica. It is pure: the caller gives every observation its time.
//
// Billing counts only the time between two passing probes: an interval
// that ends in a failing probe is not healthy, whatever came before it, so
// a buyer never pays for a minute the replica may not have served.
type Tracker struct {
	grace     time.Duration
	state     State
	started   time.Time
	failSince time.Time // first failure of the current failing run
	last      time.Time // time of the last observation
	lastOK    bool
	healthy   time.Duration
	lastErr   error
}

// NewTracker starts tracking a replica started at start; grace is how long
// it may fail (or take to come up) before it is Dead.
func NewTracker(start time.Time, grace time.Duration) *Tracker {
	return &Tracker{grace: grace, started: start, last: start}
}

// Observe records a probe that ended at t with err (nil: it passed), and
// returns the state after it and whether the state changed. Observations
// out of order (t before the last one) are ignored; nothing leaves Dead.
func (t *Tracker) Observe(at time.Time, err error) (State, bool) {
	if t.state == Dead || at.Before(t.last) {
		return t.state, false
	}
	prev := t.state
	if err == nil {
		if t.lastOK {
			t.healthy += at.Sub(t.last)
		}
		t.state, t.failSince, t.lastErr = Healthy, time.Time{}, nil
	} else {
		t.lastErr = err
		if t.failSince.IsZero() {
			t.failSince = at
		}
		from := t.failSince
		if prev == Starting {
			from = t.started
		} else {
			t.state = Unhealthy
		}
		if at.Sub(from) >= t.grace {
			t.state = Dead
		}
	}
	t.last, t.lastOK = at, err == nil
	return t.state, t.state != prev
}

// State is the current state.
func (t *Tracker) State() State { return t.state }

// Healthy is the billable healthy time observed so far.
func (t *Tracker) Healthy() time.Duration { return t.healthy }

// Err is the last failing probe's error, nil after a pass.
func (t *Tracker) Err() error { return t.lastErr }

// Config of a Watcher.
type Config struct {
	Every   time.Duration // probe period
	Timeout time.Duration // one probe's limit
	Grace   time.Duration // failing this long: Dead
}

// Report is a state change a Watcher saw.
type Report struct {
	State   State
	At      time.Time
	Err     error         // the failing probe's error (Unhealthy, Dead)
	Healthy time.Duration // billable healthy time so far
}

// ErrBadConfig reports a Watcher configuration that cannot work.
var ErrBadConfig = errors.New("health: bad configuration")

// Watch probes p every cfg.Every until ctx ends or the replica is Dead,
// calling report on every state change (from the Watch goroutine). It
// returns the tracker's final billable healthy time.
func Watch(ctx context.Context, p Probe, cfg Config, now func() time.Time, report func(Report)) (time.Duration, error) {
	if cfg.Every <= 0 || cfg.Timeout <= 0 || cfg.Timeout > cfg.Every || cfg.Grace < cfg.Every {
		return 0, fmt.Errorf("%w: every %s, timeout %s, grace %s", ErrBadConfig, cfg.Every, cfg.Timeout, cfg.Grace)
	}
	if now == nil {
		now = time.Now
	}
	tr := NewTracker(now(), cfg.Grace)
	tick := time.NewTicker(cfg.Every)
	defer tick.Stop()
	for {
		pctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
		err := p.Probe(pctx)
		cancel()
		if ctx.Err() != nil {
			return tr.Healthy(), nil
		}
		if st, changed := tr.Observe(now(), err); changed && report != nil {
			report(Report{State: st, At: now(), Err: tr.Err(), Healthy: tr.Healthy()})
		}
		if tr.State() == Dead {
			return tr.Healthy(), nil
		}
		select {
		case <-ctx.Done():
			return tr.Healthy(), nil
		case <-tick.C:
		}
	}
}
