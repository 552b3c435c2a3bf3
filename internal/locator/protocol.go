// Package locator is the naming service of a sonm node: it resolves a service
// name to its endpoints, version and protocol graph, follows what other nodes
// run through connect streams, and, as a gateway, aggregates many nodes and
// can proxy calls to the ones behind it.
package locator

import (
	"fmt"
	"net"
	"strconv"

	"github.com/sonm-io/sonm/internal/rpc"
)

// DefaultPort is the locator's well-known port.
const DefaultPort = 10053

// Version of the locator protocol.
const Version = 3

// Protocol is the locator's dispatch graph (PROTOCOL.md, locator (3)).
func Protocol() rpc.Graph {
	discard := rpc.To(rpc.Graph{0: {Name: "discard", Dispatch: rpc.Terminal()}})
	return rpc.Graph{
		0: rpc.Method("resolve", rpc.Terminal(), rpc.To(rpc.Primitive())),
		1: rpc.Method("connect", rpc.Terminal(), rpc.To(rpc.Streaming())),
		2: rpc.Method("refresh", rpc.Terminal(), rpc.To(rpc.Primitive())),
		3: rpc.Method("cluster", rpc.Terminal(), rpc.To(rpc.Primitive())),
		4: rpc.Method("publish", discard, rpc.To(rpc.Primitive())),
		5: rpc.Method("routing", discard, rpc.To(rpc.Streaming())),
	}
}

// Endpoint is a TCP endpoint as it travels: [host, port].
type Endpoint struct {
	Host string
	Port uint16
}

// AppendMsgpack implements rpc.Marshaler.
func (e Endpoint) AppendMsgpack(b []byte) []byte {
	b = append(b, 0x92)
	b = rpc.AppendString(b, e.Host)
	return rpc.AppendInt(b, int64(e.Port))
}

func (e Endpoint) String() string { return net.JoinHostPort(e.Host, strconv.Itoa(int(e.Port))) }

// ParseEndpoint reads "host:port".
func ParseEndpoint(s string) (Endpoint, error) {
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		return Endpoint{}, fmt.Errorf("endpoint %q: %w", s, err)
	}
	p, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		return Endpoint{}, fmt.Errorf("endpoint %q: port: %w", s, err)
	}
	return Endpoint{Host: host, Port: uint16(p)}, nil
}

// EndpointOf converts a listener address.
func EndpointOf(a net.Addr) Endpoint {
	if ta, ok := a.(*net.TCPAddr); ok {
		return Endpoint{Host: ta.IP.String(), Port: uint16(ta.Port)}
	}
	e, _ := ParseEndpoint(a.String())
	return e
}

// Record is what resolve answers for one service.
type Record struct {
	Name      string
	Endpoints []Endpoint
	Version   int
	Graph     rpc.Graph
}

type endpoints []Endpoint

func (es endpoints) AppendMsgpack(b []byte) []byte {
	b = rpc.AppendArrayHeader(b, len(es))
	for _, e := range es {
		b = e.AppendMsgpack(b)
	}
	return b
}

// parseEndpoints reads [[host, port], ...].
func parseEndpoints(v any) ([]Endpoint, error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%w: endpoints: got %T, want array", rpc.ErrInvalidArgument, v)
	}
	out := make([]Endpoint, 0, len(arr))
	for i, e := range arr {
		pair, ok := e.([]any)
		if !ok || len(pair) != 2 {
			return nil, fmt.Errorf("%w: endpoint %d: want [host, port]", rpc.ErrInvalidArgument, i)
		}
		host, ok1 := rpc.AsString(pair[0])
		port, ok2 := rpc.AsUint(pair[1])
		if !ok1 || !ok2 || port > 65535 {
			return nil, fmt.Errorf("%w: endpoint %d: want [host, port]", rpc.ErrInvalidArgument, i)
		}
		out = append(out, Endpoint{Host: host, Port: uint16(port)})
	}
	return out, nil
}

// parseRecord reads the value of a resolve: (endpoints, version, graph).
func parseRecord(name string, args rpc.Args) (Record, error) {
	eps, err := parseEndpoints(args.Get(0))
	if err != nil {
		return Record{}, err
	}
	ver, err := args.Int(1)
	if err != nil {
		return Record{}, err
	}
	g, err := rpc.ParseGraph(args.Get(2))
	if err != nil {
		return Record{}, fmt.Errorf("graph of %s: %w", rpc.Quote(name), err)
	}
	return Record{Name: name, Endpoints: eps, Version: int(ver), Graph: g}, nil
}

// recordValue is [endpoints, version, graph] as in connect's map.
func recordValue(r Record) []any {
	return []any{endpoints(r.Endpoints), r.Version, r.Graph}
}

// parseServices reads {name: [endpoints, version, graph]}.
func parseServices(v any) (map[string]Record, error) {
	m, ok := v.(map[any]any)
	if !ok {
		return nil, fmt.Errorf("%w: services: got %T, want map", rpc.ErrInvalidArgument, v)
	}
	out := make(map[string]Record, len(m))
	for k, e := range m {
		name, ok := rpc.AsString(k)
		if !ok {
			return nil, fmt.Errorf("%w: service name: got %T", rpc.ErrInvalidArgument, k)
		}
		arr, ok := e.([]any)
		if !ok {
			return nil, fmt.Errorf("%w: service %s: want [endpoints, version, graph]", rpc.ErrInvalidArgument, rpc.Quote(name))
		}
		r, err := parseRecord(name, arr)
		if err != nil {
			return nil, err
		}
		out[name] = r
	}
	return out, nil
}
