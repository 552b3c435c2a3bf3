package taskspec

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
)

// FieldError is one problem with one field of a spec.
type FieldError struct {
	Path string // "units.count", "inputs[2].url"
	Line int    // 0 when the field was not written
	Msg  string
}

func (e FieldError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: %s (line %d)", e.Path, e.Msg, e.Line)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// ValidationError lists every problem found in a spec.
type ValidationError struct {
	Errors []FieldError
}

func (e *ValidationError) Error() string {
	msgs := make([]string, len(e.Errors))
	for i, fe := range e.Errors {
		msgs[i] = fe.Error()
	}
	return ErrInvalid.Error() + ": " + strings.Join(msgs, "; ")
}

// Unwrap lets errors.Is(err, ErrInvalid) hold.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Limits on what a spec may ask for.
const (
	MaxUnits       = 1_000_000
	MaxReplication = 16
	// DefaultReplication applies when a spec leaves replication out: two
	// miners compute every unit and the hub pays only when they agree, so a
	// result is verified unless the buyer asks for less.
	DefaultReplication = 2
	MaxCPU             = 1024
	MaxGPUs            = 64
)

var (
	nameRe   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	sha256Re = regexp.MustCompile(`^[0-9a-f]{64}$`)
	envRe    = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	paramRe  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

type checker struct {
	s    *Spec
	errs []FieldError
}

func (c *checker) fail(p, format string, args ...any) {
	c.errs = append(c.errs, FieldError{Path: p, Line: c.s.Line(p), Msg: fmt.Sprintf(format, args...)})
}

// Validate checks the spec as a whole and reports every problem at once.
func (s *Spec) Validate() error {
	c := &checker{s: s}
	if s.Name == "" {
		c.fail("name", "is required")
	} else if !nameRe.MatchString(s.Name) {
		c.fail("name", "must be 1-64 letters, digits, '.', '_' or '-', got %q", s.Name)
	}
	switch s.Executor {
	case ExecutorDocker:
		c.checkDocker()
	case ExecutorWasm:
		c.checkWasm()
	case "":
		c.fail("executor", "is required (docker or wasm)")
	default:
		c.fail("executor", "must be docker or wasm, got %q", s.Executor)
	}
	for k := range s.Env {
		if !envRe.MatchString(k) {
			c.fail("env."+k, "is not a valid variable name")
		}
	}
	c.checkKind()
	c.checkResources()
	c.checkInputs()
	for i, o := range s.Outputs {
		p := fmt.Sprintf("outputs[%d]", i)
		if o == "" {
			c.fail(p, "must not be empty")
		} else if escapes(o) {
			c.fail(p, "must stay inside the output directory, got %q", o)
		}
	}
	c.checkUnits()
	if s.Replication < 1 || s.Replication > MaxReplication {
		c.fail("replication", "must be between 1 and %d, got %d", MaxReplication, s.Replication)
	}
	for i, port := range s.Ports {
		p := fmt.Sprintf("ports[%d]", i)
		if port < 1 || port > 65535 {
			c.fail(p, "must be a port between 1 and 65535, got %d", port)
		}
	}
	if len(s.Ports) > 0 && s.Executor == ExecutorWasm {
		c.fail("ports", "the wasm executor has no network; use executor: docker for services")
	}
	if s.Network && s.Executor == ExecutorWasm {
		c.fail("network", "the wasm executor has no network")
	}
	c.checkPlaceholders()
	if len(c.errs) == 0 {
		return nil
	}
	sort.SliceStable(c.errs, func(i, j int) bool { return c.errs[i].Line < c.errs[j].Line })
	return &ValidationError{Errors: c.errs}
}

func escapes(p string) bool {
	clean := path.Clean(strings.TrimPrefix(p, "/"))
	return clean == ".." || strings.HasPrefix(clean, "../")
}

func (c *checker) checkDocker() {
	s := c.s
	if s.Module != nil {
		c.fail("module", "is for executor: wasm; a docker task names an image")
	}
	if s.Image == nil || (s.Image.Ref == "" && s.Image.Tarball == "") {
		c.fail("image", "is required for executor: docker (a reference, or a tarball to load)")
		return
	}
	if s.Image.SHA256 != "" && !sha256Re.MatchString(s.Image.SHA256) {
		c.fail("image.sha256", "must be 64 lowercase hex digits")
	}
	if s.Image.Tarball != "" && s.Image.Ref == "" {
		c.fail("image.ref", "is required with a tarball: the reference the tarball holds")
	}
	if err := s.Image.CheckPinned(); err != nil && s.Image.Ref != "" {
		c.fail("image", "%v", err)
	}
}

func (c *checker) checkWasm() {
	s := c.s
	if s.Image != nil {
		c.fail("image", "is for executor: docker; a wasm task names a module")
	}
	if s.Module == nil {
		c.fail("module", "is required for executor: wasm (path, url or magnet)")
		return
	}
	m := s.Module
	n := 0
	for _, v := range []string{m.Path, m.URL, m.Magnet} {
		if v != "" {
			n++
		}
	}
	if n != 1 {
		c.fail("module", "must give exactly one of path, url or magnet, got %d", n)
	}
	if m.SHA256 != "" && !sha256Re.MatchString(m.SHA256) {
		c.fail("module.sha256", "must be 64 lowercase hex digits")
	}
	if (m.URL != "" || m.Magnet != "") && m.SHA256 == "" {
		c.fail("module.sha256", "is required for a module fetched by url or magnet")
	}
	if m.URL != "" {
		c.checkURL("module.url", m.URL)
	}
	if m.Magnet != "" && !strings.HasPrefix(m.Magnet, "magnet:?") {
		c.fail("module.magnet", "must start with magnet:?")
	}
	if s.User != "" {
		c.fail("user", "is for executor: docker")
	}
}

func (c *checker) checkURL(p, raw string) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		c.fail(p, "must be an http or https URL, got %q", raw)
	}
}

func (c *checker) checkResources() {
	r := c.s.Resources
	if r.CPU < 0 || r.CPU > MaxCPU {
		c.fail("resources.cpu", "must be between 0 and %d cores, got %g", MaxCPU, r.CPU)
	}
	if r.Memory < 0 {
		c.fail("resources.memory", "must not be negative")
	}
	if r.Memory > 0 && r.Memory < 4<<20 {
		c.fail("resources.memory", "must be at least 4MiB, got %s", r.Memory)
	}
	if r.GPUs < 0 || r.GPUs > MaxGPUs {
		c.fail("resources.gpus", "must be between 0 and %d, got %d", MaxGPUs, r.GPUs)
	}
	if r.GPUs > 0 && c.s.Executor == ExecutorWasm {
		c.fail("resources.gpus", "the wasm executor has no GPUs; use executor: docker")
	}
	if r.Disk < 0 {
		c.fail("resources.disk", "must not be negative")
	}
	if r.Pids < 0 {
		c.fail("resources.pids", "must not be negative, got %d", r.Pids)
	}
	if r.MaxDuration < 0 {
		c.fail("resources.max_duration", "must not be negative")
	}
}

func (c *checker) checkInputs() {
	names := map[string]string{}
	for i, in := range c.s.Inputs {
		p := fmt.Sprintf("inputs[%d]", i)
		n := 0
		for _, v := range []string{in.Path, in.URL, in.Magnet} {
			if v != "" {
				n++
			}
		}
		if n != 1 {
			c.fail(p, "must give exactly one of path, url or magnet, got %d", n)
			continue
		}
		if in.URL != "" {
			c.checkURL(p+".url", in.URL)
		}
		if in.Magnet != "" && !strings.HasPrefix(in.Magnet, "magnet:?") {
			c.fail(p+".magnet", "must start with magnet:?")
		}
		if in.SHA256 != "" && !sha256Re.MatchString(in.SHA256) {
			c.fail(p+".sha256", "must be 64 lowercase hex digits")
		}
		name := in.InputName()
		switch {
		case name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\\"):
			c.fail(p+".name", "must be a plain file name, got %q", name)
		case names[name] != "":
			c.fail(p+".name", "%q is already used by %s", name, names[name])
		default:
			names[name] = p
		}
	}
}

// InputName is the name the input has under /in.
func (in Input) InputName() string {
	if in.Name != "" {
		return in.Name
	}
	switch {
	case in.Path != "":
		return path.Base(strings.ReplaceAll(in.Path, "\\", "/"))
	case in.URL != "":
		if u, err := url.Parse(in.URL); err == nil && path.Base(u.Path) != "/" && path.Base(u.Path) != "." {
			return path.Base(u.Path)
		}
	}
	return ""
}

func (c *checker) checkUnits() {
	u := c.s.Units
	if u.Count != nil {
		if *u.Count < 1 || *u.Count > MaxUnits {
			c.fail("units.count", "must be at least 1 and at most %d, got %d", MaxUnits, *u.Count)
		}
		if len(u.Params) > 0 && len(u.Params) != *u.Count {
			c.fail("units.params", "has %d entries but units.count is %d", len(u.Params), *u.Count)
		}
	}
	if len(u.Params) > MaxUnits {
		c.fail("units.params", "has more than %d entries", MaxUnits)
	}
	for i, ps := range u.Params {
		for k := range ps {
			if !paramRe.MatchString(k) {
				c.fail(fmt.Sprintf("units.params[%d].%s", i, k), "is not a valid parameter name")
			}
		}
	}
}

// checkPlaceholders makes sure every {{...}} names something every unit has.
func (c *checker) checkPlaceholders() {
	s := c.s
	check := func(p, text string) {
		for _, name := range placeholders(text) {
			if err := s.knows(name); err != "" {
				c.fail(p, "%s", err)
			}
		}
	}
	for i, v := range s.Command {
		check(fmt.Sprintf("command[%d]", i), v)
	}
	for i, v := range s.Args {
		check(fmt.Sprintf("args[%d]", i), v)
	}
	keys := make([]string, 0, len(s.Env))
	for k := range s.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		check("env."+k, s.Env[k])
	}
	for i, v := range s.Outputs {
		check(fmt.Sprintf("outputs[%d]", i), v)
	}
}
