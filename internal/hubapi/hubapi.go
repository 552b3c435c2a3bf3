// Package hubapi is the hub's service protocol: the "hub" service that
// buyers call to get quotes and submit tasks, and the join stream over which
// miners take work. Every request and reply is one MessagePack-encoded
// struct carried as a single binary argument, so any Cocaine client can call
// the service and the Go types stay the single source of truth.
//
// The same package holds what hub, miner and client must compute alike:
// the spec hash a deal commits to, the Merkle root of a set of output files
// (internal/verify's, under its old name), the join signature and the
// pricing of a unit-run.
package hubapi

import (
	"github.com/sonm-io/sonm/internal/rpc"
)

// ServiceName is the name the hub service is registered under in the locator.
const ServiceName = "hub"

// Version of the hub protocol.
// Version 2: the join stream opens with a JoinHello, the hub challenges
// with a nonce and the miner's JoinRequest signs it and every field; list,
// status and results are signed by the buyer.
const Version = 2

// Event names of the hub protocol.
const (
	EvQuote   = "quote"
	EvSubmit  = "submit"
	EvStatus  = "status"
	EvResults = "results"
	EvCancel  = "cancel"
	EvList    = "list"
	EvJoin    = "join"
	EvInfo    = "info"
)

// Message kinds written on the join stream (both directions) and on the
// status stream.
const (
	// hub -> miner
	KindChallenge = "challenge" // Challenge: the first message of the join stream
	KindWelcome   = "welcome"   // Welcome: once the hub admitted the JoinRequest
	KindTask      = "task"      // TaskInfo: a task's spec and bundle, once per task per miner
	KindAssign    = "assign"    // Assignment: run one replica of one unit
	KindCancel    = "cancel"    // Cancel: stop an assignment
	KindPaid      = "paid"      // Paid: a payout was approved on chain
	// miner -> hub
	KindJoin      = "join"      // JoinRequest: the answer to the Challenge
	KindHeartbeat = "heartbeat" // Heartbeat
	KindResult    = "result"    // UnitResult
	// hub -> buyer on the status stream
	KindStatus = "status" // TaskStatus
)

// Protocol is the hub's dispatch graph. Every primitive call takes one
// binary argument (the msgpack request) and replies value(binary). status
// streams write(binary TaskStatus) until the task ends. join opens a stream
// both ways (its argument a JoinHello): write(kind, binary) messages.
func Protocol() rpc.Graph {
	return rpc.Graph{
		0: rpc.Method(EvQuote, rpc.Terminal(), rpc.To(rpc.Primitive())),
		1: rpc.Method(EvSubmit, rpc.Terminal(), rpc.To(rpc.Primitive())),
		2: rpc.Method(EvStatus, rpc.Terminal(), rpc.To(rpc.Streaming())),
		3: rpc.Method(EvResults, rpc.Terminal(), rpc.To(rpc.Primitive())),
		4: rpc.Method(EvCancel, rpc.Terminal(), rpc.To(rpc.Primitive())),
		5: rpc.Method(EvList, rpc.Terminal(), rpc.To(rpc.Primitive())),
		6: rpc.Method(EvJoin, rpc.To(rpc.Streaming()), rpc.To(rpc.Streaming())),
		7: rpc.Method(EvInfo, rpc.Terminal(), rpc.To(rpc.Primitive())),
	}
}
