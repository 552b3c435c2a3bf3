// Package taskspec reads and checks the YAML task spec a person writes by
// hand: what to run (a Docker image or a WebAssembly module), with which
// resources, inputs and outputs, and how it splits into work units.
package taskspec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// Executors a spec may name.
const (
	ExecutorDocker = "docker"
	ExecutorWasm   = "wasm"
)

// ErrInvalid is wrapped by every error about the content of a spec.
var ErrInvalid = errors.New("invalid task spec")

// MaxSpecBytes bounds the size of a spec file.
const MaxSpecBytes = 1 << 20

// Spec is a task as its author wrote it.
type Spec struct {
	Name string `yaml:"name"`
	// Kind is batch (the default: units that end) or service (replicas
	// that serve until taken down).
	Kind        string            `yaml:"kind"`
	Executor    string            `yaml:"executor"`
	Image       *Image            `yaml:"image"`
	Module      *Module           `yaml:"module"`
	Command     []string          `yaml:"command"`
	Args        []string          `yaml:"args"`
	Env         map[string]string `yaml:"env"`
	WorkDir     string            `yaml:"workdir"`
	User        string            `yaml:"user"`
	Resources   Resources         `yaml:"resources"`
	Inputs      []Input           `yaml:"inputs"`
	Outputs     []string          `yaml:"outputs"`
	Units       Units             `yaml:"units"`
	Replication int               `yaml:"replication"`
	MaxPrice    Price             `yaml:"max_price"`
	Network     bool              `yaml:"network"`
	Ports       []int             `yaml:"ports"`
	// Service is what a kind: service task serves.
	Service *Service `yaml:"service"`

	// Dir is the directory relative paths in the spec are resolved against
	// (the spec file's directory).
	Dir string `yaml:"-"`

	lines map[string]int
}

// Image names a Docker image: a reference (local or in a registry) and, if
// the image is not already present, a tarball to load it from.
type Image struct {
	Ref     string `yaml:"ref"`
	Tarball string `yaml:"tarball"`
	SHA256  string `yaml:"sha256"`
}

// Pinned says whether the image is named by more than a mutable tag: a
// tarball (its image ID is in it), image.sha256 (the image ID), or a digest
// reference (name@sha256:...). Miners run no other (docker.Images).
func (im *Image) Pinned() bool {
	return im.Tarball != "" || im.SHA256 != "" || digestRef.MatchString(im.Ref)
}

var digestRef = regexp.MustCompile(`@sha256:[0-9a-f]{64}$`)

// ErrImageUnpinned reports a Docker image named by a tag alone: a tag is
// mutable, so whatever a miner holds under it could stand in for the
// buyer's image.
var ErrImageUnpinned = errors.New("image named by a tag alone")

// CheckPinned returns ErrImageUnpinned, saying how to pin the image, when it
// is not Pinned.
func (im *Image) CheckPinned() error {
	if im.Pinned() {
		return nil
	}
	return fmt.Errorf("%w: %s could be any image a miner holds under that name; pin it with image.sha256 (its ID, from `docker image inspect -f {{.Id}} %s`), a digest (name@sha256:...), or ship it as image.tarball",
		ErrImageUnpinned, im.Ref, im.Ref)
}

// UnmarshalYAML accepts a plain reference ("image: hello:1") or a mapping.
func (im *Image) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		im.Ref = n.Value
		return nil
	}
	type plain Image
	return n.Decode((*plain)(im))
}

// Module names a WebAssembly module: a local path, a URL or a torrent magnet,
// pinned by its sha256.
type Module struct {
	Path   string `yaml:"path"`
	URL    string `yaml:"url"`
	Magnet string `yaml:"magnet"`
	SHA256 string `yaml:"sha256"`
}

// UnmarshalYAML accepts a plain path ("module: app.wasm") or a mapping.
func (m *Module) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		m.Path = n.Value
		return nil
	}
	type plain Module
	return n.Decode((*plain)(m))
}

// Resources is what one unit needs.
type Resources struct {
	CPU         float64  `yaml:"cpu"`
	Memory      ByteSize `yaml:"memory"`
	GPUs        int      `yaml:"gpus"`
	Disk        ByteSize `yaml:"disk"`
	Pids        int64    `yaml:"pids"`
	MaxDuration Duration `yaml:"max_duration"`
}

// Input is one input of the task: a local file or directory, a URL or a
// magnet. Name is where it appears under /in (default: the base name).
type Input struct {
	Path   string `yaml:"path"`
	URL    string `yaml:"url"`
	Magnet string `yaml:"magnet"`
	SHA256 string `yaml:"sha256"`
	Name   string `yaml:"name"`
}

// Units is the parameter sweep: Count units, each with its index and, when
// Params is given, its own parameters.
type Units struct {
	Count  *int                `yaml:"count"`
	Params []map[string]string `yaml:"params"`
}

// Load reads and validates the spec at path.
func Load(path string) (*Spec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open spec: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSpecBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read spec %s: %w", path, err)
	}
	s, err := Parse(data, filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Parse decodes and validates a spec; dir resolves its relative paths.
func Parse(data []byte, dir string) (*Spec, error) {
	if len(data) > MaxSpecBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrInvalid, MaxSpecBytes)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, fmt.Errorf("%w: empty document", ErrInvalid)
	}
	if root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: line %d: the spec must be a mapping of fields", ErrInvalid, root.Content[0].Line)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var s Spec
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	s.Dir = dir
	s.lines = map[string]int{}
	recordLines(root.Content[0], "", s.lines)
	if s.Replication == 0 && s.lines["replication"] == 0 {
		s.Replication = DefaultReplication
	}
	s.normalizeService()
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

// recordLines maps every field path ("units.count", "inputs[0].url") to the
// line it was written on.
func recordLines(n *yaml.Node, prefix string, lines map[string]int) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := k.Value
			if prefix != "" {
				p = prefix + "." + k.Value
			}
			if _, dup := lines[p]; !dup {
				lines[p] = k.Line
			}
			recordLines(v, p, lines)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := prefix + "[" + strconv.Itoa(i) + "]"
			lines[p] = c.Line
			recordLines(c, p, lines)
		}
	}
}

// Line is the line a field was written on, or that of its nearest written
// parent; 0 when unknown.
func (s *Spec) Line(path string) int {
	for p := path; p != ""; p = parentPath(p) {
		if l, ok := s.lines[p]; ok {
			return l
		}
	}
	return 0
}

func parentPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case '.':
			return p[:i]
		case '[':
			return p[:i]
		}
	}
	return ""
}

// UnitCount is the number of work units.
func (s *Spec) UnitCount() int {
	switch {
	case s.Units.Count != nil:
		return *s.Units.Count
	case len(s.Units.Params) > 0:
		return len(s.Units.Params)
	default:
		return 1
	}
}

// Resolve turns a path from the spec into a path on this machine.
func (s *Spec) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(s.Dir, p)
}
