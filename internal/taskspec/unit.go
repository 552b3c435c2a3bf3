package taskspec

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Unit is one work unit with its placeholders filled in.
type Unit struct {
	Index   int
	Params  map[string]string
	Command []string
	Args    []string
	Env     map[string]string
	Outputs []string
}

// Placeholders a spec may use in command, args, env values and outputs:
//
//	{{index}}         the unit's index, from 0
//	{{count}}         the number of units
//	{{params.NAME}}   the unit's parameter NAME (units.params)
const (
	phIndex  = "index"
	phCount  = "count"
	phParams = "params."
)

// placeholders lists the names inside {{...}} in text, in order.
func placeholders(text string) []string {
	var out []string
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			return out
		}
		j := strings.Index(text[i+2:], "}}")
		if j < 0 {
			return out
		}
		out = append(out, strings.TrimSpace(text[i+2:i+2+j]))
		text = text[i+2+j+2:]
	}
}

// knows returns "" when name can be substituted in every unit, otherwise why not.
func (s *Spec) knows(name string) string {
	switch {
	case name == phIndex || name == phCount:
		return ""
	case strings.HasPrefix(name, phParams):
		key := strings.TrimPrefix(name, phParams)
		if len(s.Units.Params) == 0 {
			return fmt.Sprintf("uses {{%s}} but units.params is not given", name)
		}
		for i, ps := range s.Units.Params {
			if _, ok := ps[key]; !ok {
				return fmt.Sprintf("uses {{%s}} but units.params[%d] has no %q", name, i, key)
			}
		}
		return ""
	default:
		return fmt.Sprintf("unknown placeholder {{%s}} (use index, count or params.NAME)", name)
	}
}

// Unit returns unit i with its placeholders filled in.
func (s *Spec) Unit(i int) (Unit, error) {
	n := s.UnitCount()
	if i < 0 || i >= n {
		return Unit{}, fmt.Errorf("%w: unit %d out of range: the task has %d units (0..%d)", ErrInvalid, i, n, n-1)
	}
	u := Unit{Index: i, Params: map[string]string{}}
	if len(s.Units.Params) > 0 {
		for k, v := range s.Units.Params[i] {
			u.Params[k] = v
		}
	}
	sub := func(text string) string { return substitute(text, i, n, u.Params) }
	u.Command = mapStrings(s.Command, sub)
	u.Args = mapStrings(s.Args, sub)
	u.Outputs = mapStrings(s.Outputs, sub)
	if len(s.Env) > 0 {
		u.Env = make(map[string]string, len(s.Env))
		for k, v := range s.Env {
			u.Env[k] = sub(v)
		}
	}
	return u, nil
}

func mapStrings(in []string, f func(string) string) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

func substitute(text string, index, count int, params map[string]string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(text[i+2:], "}}")
		if j < 0 {
			break
		}
		b.WriteString(text[:i])
		name := strings.TrimSpace(text[i+2 : i+2+j])
		switch {
		case name == phIndex:
			b.WriteString(strconv.Itoa(index))
		case name == phCount:
			b.WriteString(strconv.Itoa(count))
		case strings.HasPrefix(name, phParams):
			b.WriteString(params[strings.TrimPrefix(name, phParams)])
		default:
			b.WriteString(text[i : i+2+j+2])
		}
		text = text[i+2+j+2:]
	}
	b.WriteString(text)
	return b.String()
}

// SortedEnv returns env as KEY=VALUE strings in key order.
func SortedEnv(env map[string]string) []string {
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}
