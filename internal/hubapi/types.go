package hubapi

import "github.com/sonm-io/sonm/internal/verify"

// Wire types. Addresses and hashes travel as 0x-prefixed hex strings and
// token amounts as decimal strings of wei, so that the messages stay
// readable from any msgpack client and nothing loses precision.

// QuoteRequest asks the hub's price for a task.
type QuoteRequest struct {
	Spec   []byte `msgpack:"spec"`   // the spec file as written (YAML)
	Bundle string `msgpack:"bundle"` // info hash (hex) of the bundle of local files, "" if none
	Buyer  string `msgpack:"buyer"`  // address that will open the deal
	Lane   uint64 `msgpack:"lane"`   // the buyer's free lane (chain.FreeLane)
	Seq    uint64 `msgpack:"seq"`
}

// Quote is the hub's signed offer; the buyer opens the deal with it.
type Quote struct {
	Wallet       string `msgpack:"wallet"`
	Hub          string `msgpack:"hub"` // the key that signed (the wallet's owner)
	Buyer        string `msgpack:"buyer"`
	SpecHash     string `msgpack:"spec_hash"`
	PriceWei     string `msgpack:"price"` // the whole task
	UnitPriceWei string `msgpack:"unit_price"`
	Units        int    `msgpack:"units"`
	Replication  int    `msgpack:"replication"`
	Deadline     uint64 `msgpack:"deadline"` // unix seconds: the hub commits a result before
	Expiry       uint64 `msgpack:"expiry"`   // unix seconds: the deal must be opened before
	Lane         uint64 `msgpack:"lane"`
	Seq          uint64 `msgpack:"seq"`
	Sig          []byte `msgpack:"sig"`
}

// SubmitRequest hands a task whose deal is open on chain to the hub.
type SubmitRequest struct {
	Deal   string `msgpack:"deal"`   // deal id (hex)
	Spec   []byte `msgpack:"spec"`   // the same bytes that were quoted
	Bundle string `msgpack:"bundle"` // magnet of the bundle of local files, "" if none
	// Buyer is read only by a hub without a chain (benchmarks, tests),
	// which has no deal to take the buyer from; only the buyer reads a task.
	Buyer string `msgpack:"buyer,omitempty"`
}

// SubmitReply names the accepted task.
type SubmitReply struct {
	Task string `msgpack:"task"` // equal to the deal id
}

// TaskRequest names a task (status, results). Only the task's buyer may
// read it: Sig is the buyer's signature of ReadDigest(hub, event, task, Time).
type TaskRequest struct {
	Task string `msgpack:"task"`
	Time int64  `msgpack:"time"` // unix seconds, within MaxClockSkew of the hub's
	Sig  []byte `msgpack:"sig"`
}

// Task states.
const (
	StateQueued     = "queued"     // accepted, bundle being fetched or waiting for miners
	StateRunning    = "running"    // units out on miners
	StatePublishing = "publishing" // every unit verified; assembling and committing
	StateDone       = "done"       // result committed on chain
	StateFailed     = "failed"     // gave up; the buyer may refund after the deadline
	StateCancelled  = "cancelled"  // cancelled by the buyer
)

// Terminal reports whether a task in state s will not change any more.
func Terminal(s string) bool {
	return s == StateDone || s == StateFailed || s == StateCancelled
}

// TaskStatus is the progress of one task.
type TaskStatus struct {
	Task        string `msgpack:"task"`
	Name        string `msgpack:"name"`
	Buyer       string `msgpack:"buyer"`
	State       string `msgpack:"state"`
	Units       int    `msgpack:"units"`
	Replication int    `msgpack:"replication"`
	Running     int    `msgpack:"running"`  // replicas out on miners now
	Reported    int    `msgpack:"reported"` // replicas reported back
	Verified    int    `msgpack:"verified"` // units whose replicas agree
	Failed      int    `msgpack:"failed"`   // replicas that failed or lost a vote
	Miners      int    `msgpack:"miners"`   // distinct miners that worked on it
	Error       string `msgpack:"error,omitempty"`
	ResultHash  string `msgpack:"result_hash,omitempty"`
	Magnet      string `msgpack:"magnet,omitempty"`
	CommitTx    string `msgpack:"commit_tx,omitempty"`
	Created     int64  `msgpack:"created"` // unix milliseconds
	Updated     int64  `msgpack:"updated"`
}

// Results describes a finished task's verified output.
type Results struct {
	Task       string `msgpack:"task"`
	State      string `msgpack:"state"`
	ResultHash string `msgpack:"result_hash"` // OutputRoot of Files, committed to the deal
	Magnet     string `msgpack:"magnet"`      // torrent of the assembled output
	Files      []File `msgpack:"files"`
}

// CancelRequest stops a task; only the deal's buyer may.
type CancelRequest struct {
	Task string `msgpack:"task"`
	Time int64  `msgpack:"time"` // unix seconds, within MaxClockSkew of the hub's
	Sig  []byte `msgpack:"sig"`  // the buyer's signature of CancelDigest
}

// ListRequest lists a buyer's tasks; Sig is the buyer's signature of
// ReadDigest(hub, EvList, buyer, Time).
type ListRequest struct {
	Buyer string `msgpack:"buyer"`
	Time  int64  `msgpack:"time"`
	Sig   []byte `msgpack:"sig"`
}

// ListReply holds the tasks, newest first: at most the hub's list limit
// (1,000 by default), More when older ones were left out.
type ListReply struct {
	Tasks []TaskStatus `msgpack:"tasks"`
	More  bool         `msgpack:"more,omitempty"`
}

// Info describes the hub.
type Info struct {
	Name       string   `msgpack:"name"`
	Wallet     string   `msgpack:"wallet"`
	Hub        string   `msgpack:"hub"`
	BuyerWei   string   `msgpack:"buyer_price"` // per core-hour
	MinerWei   string   `msgpack:"miner_pay"`   // per core-hour
	Miners     int      `msgpack:"miners"`
	FreeSlots  int      `msgpack:"free_slots"`
	Tasks      int      `msgpack:"tasks"`
	Endpoints  []string `msgpack:"endpoints"`
	Deployment string   `msgpack:"deployment"` // registry address the hub uses
}

// File is one output file: its path in the result, size and sha256.
type File = verify.File

// InlineFile carries a small output's bytes in the result message.
type InlineFile struct {
	Path string `msgpack:"path"`
	Data []byte `msgpack:"data"`
}

// Capacity is what a miner offers a hub.
type Capacity struct {
	Slots       int      `msgpack:"slots"` // units it runs at once
	Cores       float64  `msgpack:"cores"`
	MemoryBytes int64    `msgpack:"memory"`
	GPUs        int      `msgpack:"gpus"`
	Executors   []string `msgpack:"executors"`         // "wasm", "docker"
	Network     bool     `msgpack:"network,omitempty"` // runs units that ask for a network
}

// JoinHello opens the join stream; the hub answers with a Challenge.
type JoinHello struct {
	Version int `msgpack:"version"` // the hub protocol Version the miner speaks
}

// Challenge is the hub's first message on the join stream: a fresh nonce
// that the miner's JoinRequest must sign. It is valid for this stream only.
type Challenge struct {
	Nonce []byte `msgpack:"nonce"` // NonceSize random bytes
	Hub   string `msgpack:"hub"`   // the hub's key (address), also signed
}

// JoinRequest answers the Challenge (message kind "join"). The miner proves
// its key by signing JoinDigest, which covers the nonce and every field;
// the hub refuses stale times and bad signatures.
type JoinRequest struct {
	Miner    string   `msgpack:"miner"`  // address
	Wallet   string   `msgpack:"wallet"` // the hub wallet joined
	Time     int64    `msgpack:"time"`   // unix seconds
	Sig      []byte   `msgpack:"sig"`
	Name     string   `msgpack:"name"`
	Capacity Capacity `msgpack:"capacity"`
	AskWei   string   `msgpack:"ask"` // least pay per core-hour the miner accepts, "" for any
}

// Welcome is the hub's first message on the join stream.
type Welcome struct {
	Wallet      string `msgpack:"wallet"`
	MinerWei    string `msgpack:"miner_pay"` // per core-hour
	HeartbeatMs int64  `msgpack:"heartbeat"` // send a Heartbeat at least this often
	Session     uint64 `msgpack:"session"`
}

// TaskInfo gives a miner what it needs to run units of a task; sent once per
// task per join stream, before the first assignment.
type TaskInfo struct {
	Task       string `msgpack:"task"`
	Spec       []byte `msgpack:"spec"`
	Bundle     string `msgpack:"bundle"` // magnet, "" when the spec names no local files
	UnitPayWei string `msgpack:"unit_pay"`
}

// Assignment asks a miner to run one replica of one unit.
type Assignment struct {
	ID       uint64 `msgpack:"id"`
	Task     string `msgpack:"task"`
	Unit     int    `msgpack:"unit"`
	Deadline int64  `msgpack:"deadline"` // unix milliseconds; results after it are ignored
}

// Cancel withdraws an assignment (its unit was settled, or the task ended).
type Cancel struct {
	ID     uint64 `msgpack:"id"`
	Reason string `msgpack:"reason"`
}

// Paid tells a miner that payouts were approved to it on chain.
type Paid struct {
	AmountWei string `msgpack:"amount"`
	Units     int    `msgpack:"units"`
	Tx        string `msgpack:"tx"`
}

// Heartbeat tells the hub the miner is alive and what it still runs.
type Heartbeat struct {
	Running []uint64 `msgpack:"running"`
	Free    int      `msgpack:"free"`
	// Seen is the highest assignment id the miner has read on this join
	// stream: the hub judges an assignment missing from Running only once
	// the miner has seen it, however slow the stream is.
	Seen uint64 `msgpack:"seen,omitempty"`
}

// UnitResult reports one finished assignment.
type UnitResult struct {
	ID         uint64       `msgpack:"id"`
	Task       string       `msgpack:"task"`
	Unit       int          `msgpack:"unit"`
	ExitCode   int          `msgpack:"exit"`
	Error      string       `msgpack:"error,omitempty"` // the unit could not run (fetch, sandbox, timeout)
	Root       string       `msgpack:"root"`            // OutputRoot of Outputs
	Outputs    []File       `msgpack:"outputs"`
	Missing    []string     `msgpack:"missing,omitempty"`
	Inline     []InlineFile `msgpack:"inline,omitempty"` // the outputs' bytes when small
	Magnet     string       `msgpack:"magnet,omitempty"` // else a torrent of the output directory
	DurationMs int64        `msgpack:"ms"`
}
