package taskspec

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Kinds of task a spec may describe.
const (
	// KindBatch is work that ends: units that run to completion and whose
	// outputs are verified (the default).
	KindBatch = "batch"
	// KindService is work that lives: replicas that serve ports until the
	// buyer takes them down, paid as they run.
	KindService = "service"
)

// Port protocols a service may expose.
const (
	ProtoTCP  = "tcp"
	ProtoUDP  = "udp"
	ProtoHTTP = "http"
)

// Limits and defaults of services.
const (
	MaxServiceReplicas = 16
	MaxServicePorts    = 16
	DefaultHealthEvery = 10 * time.Second
	DefaultHealthWait  = 2 * time.Second
	DefaultHealthGrace = 30 * time.Second
)

// Service is what a service task serves and how it is kept alive.
type Service struct {
	// Replicas is how many miners run it at once (default 1).
	Replicas int           `yaml:"replicas"`
	Ports    []ServicePort `yaml:"ports"`
	Health   *Health       `yaml:"health"`
	// Deposit is what the buyer's stream opens with (SNM); the hub bills
	// it as the service runs.
	Deposit Price `yaml:"deposit"`
}

// ServicePort is one port a service listens on inside its sandbox.
type ServicePort struct {
	Name     string `yaml:"name"`
	Port     int    `yaml:"port"`
	Protocol string `yaml:"protocol"` // tcp (default), udp or http
	// Cocaine lists the Cocaine services reached on this port, published
	// to the locator under the service's name.
	Cocaine []string `yaml:"cocaine"`
}

// Health is how the hub tells a live replica from a dead one: exactly one
// of TCP, HTTP or Cocaine.
type Health struct {
	TCP     *TCPCheck     `yaml:"tcp"`
	HTTP    *HTTPCheck    `yaml:"http"`
	Cocaine *CocaineCheck `yaml:"cocaine"`
	// Every is how often it is checked (default 10s), Timeout how long one
	// check may take (default 2s), Grace how long a replica may fail before
	// it is replaced on another miner (default 30s).
	Every   Duration `yaml:"every"`
	Timeout Duration `yaml:"timeout"`
	Grace   Duration `yaml:"grace"`
}

// TCPCheck passes when a connection to the named port opens.
type TCPCheck struct {
	Port string `yaml:"port"`
}

// HTTPCheck passes when GET Path on the named port answers 2xx or 3xx.
type HTTPCheck struct {
	Port string `yaml:"port"`
	Path string `yaml:"path"`
}

// CocaineCheck passes when Method of the Cocaine service answers.
type CocaineCheck struct {
	Service string `yaml:"service"`
	Method  string `yaml:"method"`
}

var (
	portNameRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)
	svcNameRe  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]{0,63}$`)
)

// IsService reports whether the spec describes a service.
func (s *Spec) IsService() bool { return s.Kind == KindService }

// normalizeService fills a service's defaults before it is validated.
func (s *Spec) normalizeService() {
	if s.Kind == "" {
		s.Kind = KindBatch
	}
	if s.Kind != KindService || s.Service == nil {
		return
	}
	sv := s.Service
	if sv.Replicas == 0 && s.lines["service.replicas"] == 0 {
		sv.Replicas = 1
	}
	for i := range sv.Ports {
		if sv.Ports[i].Protocol == "" {
			sv.Ports[i].Protocol = ProtoTCP
		}
	}
	http := false
	for _, p := range sv.Ports {
		http = http || p.Protocol == ProtoHTTP
	}
	if sv.Health == nil && !http {
		// A TCP service is alive when its first TCP port accepts; one with
		// an HTTP port says which page tells, and a UDP-only one how to
		// tell at all (checked in Validate).
		for _, p := range sv.Ports {
			if p.Protocol == ProtoTCP {
				sv.Health = &Health{TCP: &TCPCheck{Port: p.Name}}
				break
			}
		}
	}
	if h := sv.Health; h != nil {
		if h.Every == 0 {
			h.Every = Duration(DefaultHealthEvery)
		}
		if h.Timeout == 0 {
			h.Timeout = Duration(DefaultHealthWait)
		}
		if h.Grace == 0 {
			h.Grace = Duration(DefaultHealthGrace)
		}
	}
	// One replica is one miner's copy; nothing is voted on.
	s.Replication = 1
}

// checkKind checks the fields that belong to one kind of task only.
func (c *checker) checkKind() {
	s := c.s
	switch s.Kind {
	case KindBatch:
		if s.Service != nil {
			c.fail("service", "is for kind: service; a batch task has units")
		}
	case KindService:
		c.checkService()
	default:
		c.fail("kind", "must be batch or service, got %q", s.Kind)
	}
}

func (c *checker) checkService() {
	s := c.s
	for _, f := range []string{"units", "outputs", "replication", "resources.max_duration", "ports"} {
		if s.lines[f] != 0 {
			what := map[string]string{
				"units":   "a service runs until it is taken down, as service.replicas copies",
				"outputs": "a service's results are what it serves", "replication": "use service.replicas",
				"resources.max_duration": "a service runs until it is taken down", "ports": "use service.ports",
			}[f]
			c.fail(f, "is for batch tasks (%s)", what)
		}
	}
	if s.Executor == ExecutorWasm {
		c.fail("executor", "a service needs a network; the wasm executor has none: use executor: docker")
	}
	sv := s.Service
	if sv == nil {
		c.fail("service", "is required for kind: service (ports, health, deposit)")
		return
	}
	if sv.Replicas < 1 || sv.Replicas > MaxServiceReplicas {
		c.fail("service.replicas", "must be between 1 and %d, got %d", MaxServiceReplicas, sv.Replicas)
	}
	if len(sv.Ports) == 0 {
		c.fail("service.ports", "a service must listen on at least one port")
	}
	if len(sv.Ports) > MaxServicePorts {
		c.fail("service.ports", "at most %d ports, got %d", MaxServicePorts, len(sv.Ports))
	}
	names := map[string]string{}
	ports := map[string]string{}
	cocaine := map[string]string{}
	http := false
	for i, p := range sv.Ports {
		at := fmt.Sprintf("service.ports[%d]", i)
		switch {
		case !portNameRe.MatchString(p.Name):
			c.fail(at+".name", "must be 1-32 lowercase letters, digits or '-', starting with a letter, got %q", p.Name)
		case names[p.Name] != "":
			c.fail(at+".name", "%q is already used by %s", p.Name, names[p.Name])
		default:
			names[p.Name] = at
		}
		if p.Port < 1 || p.Port > 65535 {
			c.fail(at+".port", "must be a port between 1 and 65535, got %d", p.Port)
		}
		switch p.Protocol {
		case ProtoTCP, ProtoHTTP, ProtoUDP:
		default:
			c.fail(at+".protocol", "must be tcp, udp or http, got %q", p.Protocol)
		}
		// TCP and HTTP share the port space; UDP has its own.
		space := "tcp"
		if p.Protocol == ProtoUDP {
			space = "udp"
		}
		key := fmt.Sprintf("%s/%d", space, p.Port)
		if prev := ports[key]; prev != "" && p.Port >= 1 && p.Port <= 65535 {
			c.fail(at+".port", "%s port %d is already used by %s", space, p.Port, prev)
		} else {
			ports[key] = at
		}
		http = http || p.Protocol == ProtoHTTP
		for j, name := range p.Cocaine {
			cp := fmt.Sprintf("%s.cocaine[%d]", at, j)
			switch {
			case !svcNameRe.MatchString(name):
				c.fail(cp, "must be a Cocaine service name (1-64 letters, digits, '_', '.' or '-', starting with a letter), got %q", name)
			case cocaine[name] != "":
				c.fail(cp, "%q is already served by %s", name, cocaine[name])
			default:
				cocaine[name] = cp
			}
			if p.Protocol == ProtoUDP {
				c.fail(cp, "Cocaine services speak over TCP; port %q is udp", p.Name)
			}
		}
	}
	if sv.Deposit.IsSet() && sv.Deposit.Wei().Sign() == 0 {
		c.fail("service.deposit", "must be more than 0 (the stream bills it as the service runs)")
	}
	if !sv.Deposit.IsSet() {
		c.fail("service.deposit", "is required: what the buyer's stream opens with, e.g. 5 SNM")
	}
	c.checkHealth(sv, http)
}

func (c *checker) checkHealth(sv *Service, http bool) {
	h := sv.Health
	if h == nil {
		why := "a udp-only service"
		if http {
			why = "an http port"
		}
		c.fail("service.health", "is required for %s (tcp, http or cocaine check)", why)
		return
	}
	n := 0
	if h.TCP != nil {
		n++
	}
	if h.HTTP != nil {
		n++
	}
	if h.Cocaine != nil {
		n++
	}
	if n != 1 {
		c.fail("service.health", "must give exactly one of tcp, http or cocaine, got %d", n)
	}
	proto := func(name string) string {
		for _, p := range sv.Ports {
			if p.Name == name {
				return p.Protocol
			}
		}
		return ""
	}
	if h.TCP != nil {
		switch proto(h.TCP.Port) {
		case "":
			c.fail("service.health.tcp.port", "names no port of service.ports, got %q", h.TCP.Port)
		case ProtoUDP:
			c.fail("service.health.tcp.port", "port %q is udp; a tcp check needs a tcp or http port", h.TCP.Port)
		}
	}
	if h.HTTP != nil {
		switch proto(h.HTTP.Port) {
		case "":
			c.fail("service.health.http.port", "names no port of service.ports, got %q", h.HTTP.Port)
		case ProtoHTTP:
		default:
			c.fail("service.health.http.port", "port %q is not an http port", h.HTTP.Port)
		}
		if !strings.HasPrefix(h.HTTP.Path, "/") || strings.ContainsAny(h.HTTP.Path, " \t\r\n") {
			c.fail("service.health.http.path", "must be an absolute path such as /healthz, got %q", h.HTTP.Path)
		}
	}
	if h.Cocaine != nil {
		found := false
		for _, p := range sv.Ports {
			for _, name := range p.Cocaine {
				found = found || name == h.Cocaine.Service
			}
		}
		if !found {
			c.fail("service.health.cocaine.service", "names no Cocaine service of service.ports, got %q", h.Cocaine.Service)
		}
		if h.Cocaine.Method == "" {
			c.fail("service.health.cocaine.method", "is required: the method that answers when the service is alive")
		}
	}
	if h.Every < Duration(time.Second) {
		c.fail("service.health.every", "must be at least 1s, got %s", time.Duration(h.Every))
	}
	if h.Timeout <= 0 || h.Timeout > h.Every {
		c.fail("service.health.timeout", "must be more than 0 and at most service.health.every (%s), got %s", time.Duration(h.Every), time.Duration(h.Timeout))
	}
	if h.Grace < h.Every {
		c.fail("service.health.grace", "must be at least service.health.every (%s), got %s", time.Duration(h.Every), time.Duration(h.Grace))
	}
}
