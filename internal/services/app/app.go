// Package app holds the protocols between a node and the apps it runs: the
// app service clients call (enqueue, info, control), the worker's control
// session on the node's unix socket (handshake, heartbeat, terminate), and
// the invoke channels the node opens toward a worker for each request.
package app

import "github.com/sonm-io/sonm/internal/rpc"

// Version of the app protocol.
const Version = 1

// Flags the node passes to every app process.
const (
	FlagUUID     = "--uuid"
	FlagApp      = "--app"
	FlagEndpoint = "--endpoint"
	FlagLocator  = "--locator"
	FlagProtocol = "--protocol"
)

// control is what follows a handshake in both directions.
func control() rpc.Graph {
	return rpc.Graph{
		0: {Name: "heartbeat", Dispatch: rpc.Recursive()},
		1: {Name: "terminate", Dispatch: rpc.Terminal()},
	}
}

// ControlProtocol is served by the node on the app's unix socket: the worker
// opens channel 1 with handshake(uuid), then both sides heartbeat.
func ControlProtocol() rpc.Graph {
	return rpc.Graph{0: rpc.Method("handshake", rpc.To(control()), rpc.To(control()))}
}

// WorkerProtocol is served by the worker: invoke(event) opens a request whose
// body arrives as a stream and whose response goes back as one.
func WorkerProtocol() rpc.Graph {
	return rpc.Graph{0: rpc.Method("invoke", rpc.To(rpc.Streaming()), rpc.To(rpc.Streaming()))}
}

// IntStream is "stream of int": pool-size hints sent by control.
func IntStream() rpc.Graph {
	return rpc.Graph{
		0: {Name: "chunk", Dispatch: rpc.Recursive()},
		1: {Name: "error", Dispatch: rpc.Terminal()},
		2: {Name: "close", Dispatch: rpc.Terminal()},
	}
}

// Protocol is the app service clients resolve: app (1).
func Protocol() rpc.Graph {
	return rpc.Graph{
		0: rpc.Method("enqueue", rpc.To(rpc.Streaming()), rpc.To(rpc.Streaming())),
		1: rpc.Method("info", rpc.Terminal(), rpc.To(rpc.Primitive())),
		2: rpc.Method("control", rpc.To(IntStream()), rpc.To(rpc.Primitive())),
	}
}

// NodeProtocol is the node service: node (1).
func NodeProtocol() rpc.Graph {
	p := rpc.To(rpc.Primitive())
	return rpc.Graph{
		0: rpc.Method("start_app", rpc.Terminal(), p),
		1: rpc.Method("pause_app", rpc.Terminal(), p),
		2: rpc.Method("list", rpc.Terminal(), p),
		3: rpc.Method("info", rpc.Terminal(), p),
		4: rpc.Method("control", rpc.To(IntStream()), p),
		5: rpc.Method("enqueue", rpc.To(rpc.Streaming()), rpc.To(rpc.Streaming())),
	}
}
