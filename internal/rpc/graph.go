package rpc

import (
	"fmt"
	"sort"
)

// Graph is a protocol: slot -> event. It says which messages may be sent on a
// channel in its current state and what state follows each of them.
type Graph map[uint64]Event

// Transition is what follows a message: the same protocol again (Recursive,
// nil on the wire), the end of that direction (Terminal: an empty Graph, {} on
// the wire), or another protocol.
type Transition struct {
	Recursive bool
	Graph     Graph
}

// Terminal reports whether the transition ends the direction.
func (t Transition) Terminal() bool { return !t.Recursive && len(t.Graph) == 0 }

// Event is one message of a protocol. Upstream is nil for the two-element
// entries of reply protocols ([name, transition]).
type Event struct {
	Name     string
	Dispatch Transition
	Upstream *Transition
}

// Transitions used everywhere.
var (
	terminal  = Transition{}
	recursive = Transition{Recursive: true}
)

// Terminal is the {} transition.
func Terminal() Transition { return terminal }

// Recursive is the nil transition.
func Recursive() Transition { return recursive }

// To is a transition into g.
func To(g Graph) Transition { return Transition{Graph: g} }

// Primitive returns the primitive reply protocol P.
func Primitive() Graph {
	return Graph{0: {Name: "value", Dispatch: terminal}, 1: {Name: "error", Dispatch: terminal}}
}

// Streaming returns the streaming reply protocol S.
func Streaming() Graph {
	return Graph{
		0: {Name: "write", Dispatch: recursive},
		1: {Name: "error", Dispatch: terminal},
		2: {Name: "close", Dispatch: terminal},
	}
}

// Method builds a service event: name, what the caller may send next, reply.
func Method(name string, dispatch Transition, upstream Transition) Event {
	u := upstream
	return Event{Name: name, Dispatch: dispatch, Upstream: &u}
}

// Control slots, present in every protocol, counted down from 65535.
const (
	SlotRevoke   = 65535
	SlotSettings = 65534
	SlotPing     = 65533
	SlotGoaway   = 65532
)

func isControl(slot uint64) bool { return slot >= SlotGoaway && slot <= SlotRevoke }

// Lookup finds an event by name.
func (g Graph) Lookup(name string) (uint64, Event, bool) {
	for slot, ev := range g {
		if ev.Name == name {
			return slot, ev, true
		}
	}
	return 0, Event{}, false
}

// Names lists event names in slot order.
func (g Graph) Names() []string {
	slots := g.slots()
	out := make([]string, len(slots))
	for i, s := range slots {
		out[i] = g[s].Name
	}
	return out
}

func (g Graph) slots() []uint64 {
	out := make([]uint64, 0, len(g))
	for s := range g {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// AppendMsgpack implements Marshaler; slots are written in ascending order so
// the encoding is deterministic.
func (g Graph) AppendMsgpack(b []byte) []byte {
	b = AppendMapHeader(b, len(g))
	for _, s := range g.slots() {
		ev := g[s]
		b = AppendUint(b, s)
		if ev.Upstream == nil {
			b = append(b, 0x92)
		} else {
			b = append(b, 0x93)
		}
		b = AppendString(b, ev.Name)
		b = ev.Dispatch.AppendMsgpack(b)
		if ev.Upstream != nil {
			b = ev.Upstream.AppendMsgpack(b)
		}
	}
	return b
}

// AppendMsgpack implements Marshaler.
func (t Transition) AppendMsgpack(b []byte) []byte {
	if t.Recursive {
		return append(b, 0xc0)
	}
	return t.Graph.AppendMsgpack(b)
}

// ParseGraph reads a protocol graph from a decoded value.
func ParseGraph(v any) (Graph, error) { return parseGraph(v, 0) }

func parseGraph(v any, depth int) (Graph, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%w: graph nested deeper than %d", ErrFrameFormat, maxDepth)
	}
	m, ok := v.(map[any]any)
	if !ok {
		return nil, fmt.Errorf("%w: graph: got %T, want map", ErrFrameFormat, v)
	}
	g := make(Graph, len(m))
	for k, e := range m {
		slot, ok := AsUint(k)
		if !ok {
			return nil, fmt.Errorf("%w: graph slot: got %T, want non-negative integer", ErrFrameFormat, k)
		}
		arr, ok := e.([]any)
		if !ok || len(arr) < 1 || len(arr) > 3 {
			return nil, fmt.Errorf("%w: graph slot %d: want [name, dispatch, upstream?]", ErrFrameFormat, slot)
		}
		name, ok := AsString(arr[0])
		if !ok {
			return nil, fmt.Errorf("%w: graph slot %d: name: got %T, want string", ErrFrameFormat, slot, arr[0])
		}
		ev := Event{Name: name, Dispatch: terminal}
		if len(arr) >= 2 {
			t, err := parseTransition(arr[1], depth)
			if err != nil {
				return nil, fmt.Errorf("graph slot %d dispatch: %w", slot, err)
			}
			ev.Dispatch = t
		}
		if len(arr) == 3 {
			t, err := parseTransition(arr[2], depth)
			if err != nil {
				return nil, fmt.Errorf("graph slot %d upstream: %w", slot, err)
			}
			ev.Upstream = &t
		}
		g[slot] = ev
	}
	return g, nil
}

func parseTransition(v any, depth int) (Transition, error) {
	if v == nil {
		return recursive, nil
	}
	g, err := parseGraph(v, depth+1)
	if err != nil {
		return Transition{}, err
	}
	if len(g) == 0 {
		return terminal, nil
	}
	return Transition{Graph: g}, nil
}

// state follows one direction of a channel through a graph.
type state struct {
	root Graph // what "recursive" returns to
	cur  Graph
	done bool
}

func newState(g Graph) state { return state{root: g, cur: g, done: len(g) == 0} }

func stateOf(t Transition, self Graph) state {
	switch {
	case t.Recursive:
		return newState(self)
	default:
		return newState(t.Graph)
	}
}

// step applies the message slot and returns its event.
func (s *state) step(slot uint64) (Event, error) {
	if s.done {
		return Event{}, fmt.Errorf("%w: slot %d after the channel's terminal message", ErrRevokedChannel, slot)
	}
	ev, ok := s.cur[slot]
	if !ok {
		return Event{}, fmt.Errorf("%w: slot %d (allowed: %v)", ErrSlotNotFound, slot, s.cur.Names())
	}
	switch {
	case ev.Dispatch.Recursive:
	case len(ev.Dispatch.Graph) == 0:
		s.done = true
		s.cur = nil
	default:
		s.cur = ev.Dispatch.Graph
		s.root = ev.Dispatch.Graph
	}
	return ev, nil
}

// streams reports whether the peer may send more than a message or two in
// this state (some transition loops), which decides the inbox size.
func (s *state) streams() bool { return loops(s.cur, 0) }

func loops(g Graph, depth int) bool {
	if depth > 8 {
		return true
	}
	for _, ev := range g {
		if ev.Dispatch.Recursive || loops(ev.Dispatch.Graph, depth+1) {
			return true
		}
	}
	return false
}
