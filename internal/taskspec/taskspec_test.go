package taskspec

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

const validWasm = `name: tiles
executor: wasm
module:
  path: render.wasm
args: ["-tile", "{{index}}", "-of", "{{count}}", "-zoom", "{{params.zoom}}"]
env:
  TILE: "t{{index}}"
resources:
  cpu: 1
  memory: 64MiB
  max_duration: 30s
outputs: ["tile-{{index}}.png"]
units:
  count: 2
  params:
    - {zoom: "1"}
    - {zoom: "2"}
max_price: 0.25 SNM
`

func TestParseValid(t *testing.T) {
	s, err := Parse([]byte(validWasm), "/specs")
	if err != nil {
		t.Fatalf("Parse: got error %v, want nil", err)
	}
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"units", s.UnitCount(), 2},
		{"memory", s.Resources.Memory, ByteSize(64 << 20)},
		{"duration", time.Duration(s.Resources.MaxDuration), 30 * time.Second},
		{"replication default", s.Replication, DefaultReplication},
		{"price", s.MaxPrice.String(), "0.25 SNM"},
		{"price wei", s.MaxPrice.Wei().String(), "250000000000000000"},
		{"module path", s.Resolve(s.Module.Path), filepath.Join("/specs", "render.wasm")},
		{"units.count line", s.Line("units.count"), 14},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("got %v, want %v", c.got, c.want)
			}
		})
	}
}

func TestUnitSubstitution(t *testing.T) {
	s, err := Parse([]byte(validWasm), ".")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		index   int
		args    []string
		env     string
		outputs []string
	}{
		{0, []string{"-tile", "0", "-of", "2", "-zoom", "1"}, "t0", []string{"tile-0.png"}},
		{1, []string{"-tile", "1", "-of", "2", "-zoom", "2"}, "t1", []string{"tile-1.png"}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.env), func(t *testing.T) {
			u, err := s.Unit(tt.index)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(u.Args, tt.args) {
				t.Errorf("args: got %q, want %q", u.Args, tt.args)
			}
			if u.Env["TILE"] != tt.env {
				t.Errorf("env TILE: got %q, want %q", u.Env["TILE"], tt.env)
			}
			if !reflect.DeepEqual(u.Outputs, tt.outputs) {
				t.Errorf("outputs: got %q, want %q", u.Outputs, tt.outputs)
			}
		})
	}
	if _, err := s.Unit(2); !errors.Is(err, ErrInvalid) {
		t.Errorf("Unit(2): got %v, want ErrInvalid", err)
	}
}

func TestValidationErrors(t *testing.T) {
	tests := []struct {
		name string
		spec string
		want string // a substring of the error
	}{
		{"zero units", "name: a\nexecutor: wasm\nmodule: a.wasm\nunits:\n  count: 0\n", "units.count: must be at least 1 and at most 1000000, got 0 (line 5)"},
		{"no name", "executor: wasm\nmodule: a.wasm\n", "name: is required"},
		{"bad executor", "name: a\nexecutor: qemu\n", `executor: must be docker or wasm, got "qemu" (line 2)`},
		{"docker without image", "name: a\nexecutor: docker\n", "image: is required"},
		{"wasm with image", "name: a\nexecutor: wasm\nmodule: a.wasm\nimage: x\n", "image: is for executor: docker; a wasm task names a module (line 4)"},
		{"url module unpinned", "name: a\nexecutor: wasm\nmodule:\n  url: https://x/a.wasm\n", "module.sha256: is required"},
		{"two module sources", "name: a\nexecutor: wasm\nmodule:\n  path: a.wasm\n  magnet: magnet:?xt=1\n", "module: must give exactly one of path, url or magnet, got 2 (line 3)"},
		{"bad sha", "name: a\nexecutor: wasm\nmodule:\n  path: a.wasm\n  sha256: abc\n", "module.sha256: must be 64 lowercase hex digits (line 5)"},
		{"gpu on wasm", "name: a\nexecutor: wasm\nmodule: a.wasm\nresources:\n  gpus: 1\n", "resources.gpus: the wasm executor has no GPUs"},
		{"negative cpu", "name: a\nexecutor: docker\nimage: x\nresources:\n  cpu: -1\n", "resources.cpu: must be between 0 and 1024 cores, got -1 (line 5)"},
		{"tiny memory", "name: a\nexecutor: docker\nimage: x\nresources:\n  memory: 1KiB\n", "resources.memory: must be at least 4MiB"},
		{"bad size", "name: a\nexecutor: docker\nimage: x\nresources:\n  memory: lots\n", `line 5: not a size: "lots"`},
		{"bad duration", "name: a\nexecutor: docker\nimage: x\nresources:\n  max_duration: forever\n", `line 5: not a duration`},
		{"unknown field", "name: a\nexecutor: docker\nimage: x\ncolour: red\n", "field colour not found"},
		{"escaping output", "name: a\nexecutor: docker\nimage: x\noutputs: [../etc/passwd]\n", "outputs[0]: must stay inside the output directory"},
		{"unknown placeholder", "name: a\nexecutor: docker\nimage: x\nargs: [\"{{nope}}\"]\n", "args[0]: unknown placeholder {{nope}}"},
		{"missing param", "name: a\nexecutor: docker\nimage: x\nargs: [\"{{params.z}}\"]\nunits:\n  params:\n    - {z: 1}\n    - {y: 2}\n", `units.params[1] has no "z"`},
		{"params count mismatch", "name: a\nexecutor: docker\nimage: x\nunits:\n  count: 3\n  params: [{a: 1}]\n", "units.params: has 1 entries but units.count is 3 (line 6)"},
		{"replication", "name: a\nexecutor: docker\nimage: x\nreplication: 0\n", "replication: must be between 1 and 16, got 0 (line 4)"},
		{"bad port", "name: a\nexecutor: docker\nimage: x\nports: [70000]\n", "ports[0]: must be a port between 1 and 65535, got 70000 (line 4)"},
		{"ports on wasm", "name: a\nexecutor: wasm\nmodule: a.wasm\nports: [80]\n", "ports: the wasm executor has no network"},
		{"input two sources", "name: a\nexecutor: docker\nimage: x\ninputs:\n  - path: a\n    url: http://h/a\n", "inputs[0]: must give exactly one of path, url or magnet, got 2 (line 5)"},
		{"duplicate input names", "name: a\nexecutor: docker\nimage: x\ninputs:\n  - path: d1/a\n  - path: d2/a\n", `inputs[1].name: "a" is already used by inputs[0]`},
		{"bad price", "name: a\nexecutor: docker\nimage: x\nmax_price: cheap\n", `line 4: not an amount: "cheap"`},
		{"not a mapping", "- a\n- b\n", "the spec must be a mapping"},
		{"empty", "", "empty document"},
		{"tarball without ref", "name: a\nexecutor: docker\nimage:\n  tarball: a.tar\n", "image.ref: is required with a tarball"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.spec), ".")
			if err == nil {
				t.Fatalf("got nil error, want one containing %q", tt.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("got %v, want it to wrap ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err.Error(), tt.want)
			}
		})
	}
}

func TestValuesParse(t *testing.T) {
	sizes := []struct {
		in   string
		want ByteSize
		ok   bool
	}{
		{"1024", 1024, true}, {"64MiB", 64 << 20, true}, {"2GB", 2e9, true}, {"1.5 GiB", 3 << 29, true},
		{"-1", 0, false}, {"MiB", 0, false}, {"1e400", 0, false}, {"NaN", 0, false},
	}
	for _, tt := range sizes {
		t.Run("size "+tt.in, func(t *testing.T) {
			got, err := ParseByteSize(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("got %d, %v; want %d, ok=%v", got, err, tt.want, tt.ok)
			}
		})
	}
	prices := []struct {
		in, want string
		ok       bool
	}{
		{"0.5", "0.5 SNM", true}, {"12 SNM", "12 SNM", true}, {".000000000000000001", "0.000000000000000001 SNM", true},
		{"0.0000000000000000001", "", false}, {"1.2.3", "", false}, {"-1", "", false}, {"", "", false},
	}
	for _, tt := range prices {
		t.Run("price "+tt.in, func(t *testing.T) {
			p, err := ParsePrice(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("got error %v, want ok=%v", err, tt.ok)
			}
			if tt.ok && p.String() != tt.want {
				t.Errorf("got %q, want %q", p.String(), tt.want)
			}
		})
	}
}

func TestExampleSpecsParse(t *testing.T) {
	matches, _ := filepath.Glob("../../examples/*/spec*.yaml")
	for _, m := range matches {
		t.Run(m, func(t *testing.T) {
			if _, err := Load(m); err != nil {
				t.Errorf("got %v, want nil", err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(validWasm))
	f.Add([]byte(validService))
	f.Add([]byte("name: a\nexecutor: docker\nimage: x\n"))
	f.Add([]byte("name: a\nexecutor: wasm\nmodule: a.wasm\nunits:\n  count: 0\n"))
	f.Add([]byte("args: [\"{{params.}}\", \"{{\", \"}}{{index\"]\n"))
	if data, err := os.ReadFile("../../examples/mandelbrot/spec.yaml"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data, ".")
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("got error %v not wrapping ErrInvalid", err)
			}
			return
		}
		n := s.UnitCount()
		if n < 1 {
			t.Fatalf("got %d units from a valid spec, want at least 1", n)
		}
		for _, i := range []int{0, n - 1} {
			u, err := s.Unit(i)
			if err != nil {
				t.Fatalf("Unit(%d): %v", i, err)
			}
			if len(u.Args) != len(s.Args) || len(u.Command) != len(s.Command) || len(u.Outputs) != len(s.Outputs) {
				t.Fatalf("Unit(%d): got %d args, %d command, %d outputs; want %d, %d, %d", i, len(u.Args), len(u.Command), len(u.Outputs), len(s.Args), len(s.Command), len(s.Outputs))
			}
		}
	})
}
