package taskspec

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const validService = `name: website
kind: service
executor: docker
image:
  ref: site:1
  tarball: site.tar
  sha256: 0000000000000000000000000000000000000000000000000000000000000001
resources:
  cpu: 0.5
  memory: 64MiB
max_price: 0.1 SNM
service:
  replicas: 2
  deposit: 5 SNM
  ports:
    - {name: web, port: 8080, protocol: http}
    - {name: admin, port: 9000, cocaine: [site-admin]}
  health:
    http: {port: web, path: /healthz}
`

func TestParseService(t *testing.T) {
	s, err := Parse([]byte(validService), "/specs")
	if err != nil {
		t.Fatalf("Parse: got error %v, want nil", err)
	}
	sv := s.Service
	if !s.IsService() || sv.Replicas != 2 || len(sv.Ports) != 2 {
		t.Fatalf("got kind %q, %d replicas, %d ports; want a service of 2 replicas and 2 ports", s.Kind, sv.Replicas, len(sv.Ports))
	}
	if sv.Ports[1].Protocol != ProtoTCP {
		t.Errorf("default protocol: got %q, want tcp", sv.Ports[1].Protocol)
	}
	h := sv.Health
	if time.Duration(h.Every) != DefaultHealthEvery || time.Duration(h.Timeout) != DefaultHealthWait || time.Duration(h.Grace) != DefaultHealthGrace {
		t.Errorf("health defaults: got every %s timeout %s grace %s", time.Duration(h.Every), time.Duration(h.Timeout), time.Duration(h.Grace))
	}
	if sv.Deposit.String() != "5 SNM" {
		t.Errorf("deposit: got %s, want 5 SNM", sv.Deposit)
	}
	if s.Replication != 1 {
		t.Errorf("replication of a service: got %d, want 1 (replicas are copies, not votes)", s.Replication)
	}
}

func TestServiceDefaults(t *testing.T) {
	s, err := Parse([]byte(`name: chat
kind: service
executor: docker
image: {ref: "chat@sha256:0000000000000000000000000000000000000000000000000000000000000002"}
service:
  deposit: 1
  ports: [{name: game, port: 7000}]
`), ".")
	if err != nil {
		t.Fatal(err)
	}
	if s.Service.Replicas != 1 {
		t.Errorf("replicas: got %d, want 1", s.Service.Replicas)
	}
	if h := s.Service.Health; h == nil || h.TCP == nil || h.TCP.Port != "game" {
		t.Errorf("health of a tcp service: got %+v, want a tcp check of port game", h)
	}
	if s.Kind != KindService {
		t.Errorf("kind: got %q", s.Kind)
	}
	b, err := Parse([]byte("name: a\nexecutor: wasm\nmodule: a.wasm\n"), ".")
	if err != nil || b.Kind != KindBatch || b.IsService() {
		t.Errorf("a spec without kind: got %v, kind %q; want a batch", err, b.Kind)
	}
}

func TestBadServices(t *testing.T) {
	base := func(edit func(string) string) string { return edit(validService) }
	tests := []struct {
		name string
		spec string
		want []string // field paths that must be named
	}{
		{"port out of range", base(func(s string) string { return strings.Replace(s, "port: 8080", "port: 70000", 1) }), []string{"service.ports[0].port"}},
		{"duplicate port names", base(func(s string) string { return strings.Replace(s, "name: admin", "name: web", 1) }), []string{"service.ports[1].name"}},
		{"duplicate port numbers", base(func(s string) string { return strings.Replace(s, "port: 9000", "port: 8080", 1) }), []string{"service.ports[1].port"}},
		{"no health check on an http port", base(func(s string) string {
			return strings.Replace(s, "  health:\n    http: {port: web, path: /healthz}\n", "", 1)
		}), []string{"service.health"}},
		{"http check on a tcp port", base(func(s string) string { return strings.Replace(s, "http: {port: web", "http: {port: admin", 1) }), []string{"service.health.http.port"}},
		{"health of an unknown port", base(func(s string) string { return strings.Replace(s, "http: {port: web", "http: {port: nope", 1) }), []string{"service.health.http.port"}},
		{"relative health path", base(func(s string) string { return strings.Replace(s, "path: /healthz", "path: healthz", 1) }), []string{"service.health.http.path"}},
		{"two checks", base(func(s string) string { return s + "    tcp: {port: admin}\n" }), []string{"service.health"}},
		{"timeout over the period", base(func(s string) string { return s + "    every: 2s\n    timeout: 5s\n" }), []string{"service.health.timeout"}},
		{"no deposit", base(func(s string) string { return strings.Replace(s, "  deposit: 5 SNM\n", "", 1) }), []string{"service.deposit"}},
		{"too many replicas", base(func(s string) string { return strings.Replace(s, "replicas: 2", "replicas: 99", 1) }), []string{"service.replicas"}},
		{"batch fields on a service", base(func(s string) string { return s + "units: {count: 3}\nreplication: 2\noutputs: [a]\n" }), []string{"units", "replication", "outputs"}},
		{"wasm service", base(func(s string) string {
			return strings.Replace(strings.Replace(s, "executor: docker", "executor: wasm", 1), "image:\n  ref: site:1\n  tarball: site.tar\n  sha256: 0000000000000000000000000000000000000000000000000000000000000001\n", "module: site.wasm\n", 1)
		}), []string{"executor"}},
		{"no service block", "name: a\nkind: service\nexecutor: docker\nimage: {ref: a, tarball: a.tar}\n", []string{"service"}},
		{"service block on a batch", "name: a\nexecutor: docker\nimage: {ref: a, tarball: a.tar}\nservice: {replicas: 1}\n", []string{"service"}},
		{"unknown kind", "name: a\nkind: daemon\nexecutor: docker\nimage: {ref: a, tarball: a.tar}\n", []string{"kind"}},
		{"cocaine over udp", base(func(s string) string {
			return strings.Replace(s, "name: admin, port: 9000, ", "name: admin, port: 9000, protocol: udp, ", 1)
		}), []string{"service.ports[1].cocaine[0]"}},
		{"cocaine check of an unknown service", base(func(s string) string {
			return strings.Replace(s, "http: {port: web, path: /healthz}", "cocaine: {service: other, method: ping}", 1)
		}), []string{"service.health.cocaine.service"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.spec), ".")
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("got %v, want a ValidationError naming %v", err, tt.want)
			}
			for _, w := range tt.want {
				found := false
				for _, fe := range ve.Errors {
					found = found || fe.Path == w
				}
				if !found {
					t.Errorf("got %v, want an error about %s", err, w)
				}
			}
		})
	}
}

// A Docker image named by a tag alone is no spec: whatever a miner holds
// under that tag could stand in for the buyer's image.
func TestUnpinnedImageInvalid(t *testing.T) {
	_, err := Parse([]byte("name: d\nexecutor: docker\nimage: alpine:3\n"), ".")
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "image.sha256") {
		t.Fatalf("got %v, want an invalid spec saying how to pin the image", err)
	}
	for _, img := range []string{"{ref: alpine:3, sha256: " + strings.Repeat("ab", 32) + "}", "alpine@sha256:" + strings.Repeat("ab", 32), "{ref: a, tarball: a.tar}"} {
		if _, err := Parse([]byte("name: d\nexecutor: docker\nimage: "+img+"\n"), "."); err != nil {
			t.Errorf("image %s: got %v, want it accepted", img, err)
		}
	}
}
