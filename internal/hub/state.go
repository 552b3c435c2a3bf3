package hub

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/scheduler"
	"github.com/sonm-io/sonm/internal/taskspec"
	"github.com/sonm-io/sonm/internal/verify"
)

// Assignment states.
const (
	asRunning   = "running"   // out on a miner
	asReported  = "reported"  // succeeded, waiting for the unit's vote
	asAgreed    = "agreed"    // in the winning group: paid
	asOutvoted  = "outvoted"  // lost the vote: not paid
	asFailed    = "failed"    // the unit failed on the miner: not paid
	asLost      = "lost"      // the miner vanished or ran past the deadline
	asCancelled = "cancelled" // withdrawn (unit settled, task ended)
)

type task struct {
	num       uint64
	id        common.Hash
	buyer     common.Address
	name      string
	specBytes []byte
	spec      *taskspec.Spec
	bundle    string // the buyer's magnet
	infoHash  string
	magnetOut string // the bundle as this hub seeds it, handed to miners
	ready     bool   // bundle on disk (or none needed)
	price     *big.Int
	unitPay   *big.Int
	units     int
	repl      int
	deadline  time.Time
	res       scheduler.Resources

	state      string
	err        string
	resultHash string
	magnet     string
	commitTx   string
	files      []hubapi.File
	created    time.Time
	updated    time.Time

	unit     []unitState
	queue    []int // units that may need more replicas (may hold stale entries)
	verified int
	failed   int // replicas failed or outvoted
	reported int
	running  int
	miners   map[common.Address]struct{}
	watchers map[chan hubapi.TaskStatus]struct{}
	dirty    bool // status changed since last broadcast (and in state.dirty)
	live     bool // in state.live
	swept    bool // ended, and its settled replicas were forgotten
	// A unit no joined miner may run (all fitting ones ran it, or none
	// fits): since when, and the note the buyer sees in Error meanwhile.
	stuckSince time.Time
	stuckNote  string
	fitGen     [2]int // (len(sessions), sessGen) when fits was computed
	fits       bool   // some joined miner's slot fits the task
	idHex      string
	buyerHex   string
	payStr     string
}

// hex is the task id as the wire carries it.
func (t *task) hex() string {
	if t.idHex == "" {
		t.idHex = t.id.Hex()
	}
	return t.idHex
}

// payString is unitPay in decimal wei.
func (t *task) payString() string {
	if t.payStr == "" {
		t.payStr = t.unitPay.String()
	}
	return t.payStr
}

type unitState struct {
	running  []uint64 // assignment ids out on miners
	ok       []uint64 // reported, successful, not yet settled
	exclude  []scheduler.MinerID
	failed   []verify.Report // failed replicas, for the unit's verdict
	lastErr  string          // why the last failed replica failed
	queued   bool
	verified bool
	root     string
	winner   uint64
}

type assignment struct {
	id       uint64
	task     *task
	unit     int
	miner    common.Address
	state    string
	root     string
	magnet   string
	created  time.Time
	deadline time.Time
}

type session struct {
	id      scheduler.MinerID
	addr    common.Address
	name    string
	cap     hubapi.Capacity
	slot    scheduler.Resources
	ask     *big.Int
	free    int
	running map[uint64]*assignment
	// adopted are replicas taken over from the miner's earlier connection
	// or from before a hub restart: the miner read them on another stream,
	// if ever, so this stream's Heartbeat.Seen says nothing about them.
	adopted  map[uint64]bool
	tasks    map[uint64]bool // tasks whose TaskInfo was sent
	out      chan outMsg
	lastSeen time.Time
	gone     bool
	inFree   bool // in state.free
}

type outMsg struct {
	kind string
	body any
}

type state struct {
	tasks     map[uint64]*task
	byID      map[common.Hash]*task
	order     []*task // tasks in arrival order, for the planner
	asg       map[uint64]*assignment
	orphans   map[uint64]*assignment // running when the hub restarted; their miners may still report
	sessions  map[scheduler.MinerID]*session
	byMiner   map[common.Address]*session
	minerIDs  map[common.Address]scheduler.MinerID
	sessNo    uint64
	nextTask  uint64
	nextAsg   uint64
	nextSess  scheduler.MinerID
	planDirty bool

	live  []*task // tasks that may still need replicas: not ended, not publishing
	seen  int     // h.st.order[:seen] were added to live
	dirty []*task // tasks whose status changed since the last broadcast
	plan  plannerState
	// Sessions that may have free slots, kept by freed(); rebuilt from
	// sessions when their number or sessGen (bumped on each drop) moved.
	free             []*session
	freeLen, freeGen int
	sessGen          int
	hexes            map[common.Address]string // checksummed addresses, which cost a keccak each
	ended            bool                      // a task ended since the last full sweep of asg
	swept            time.Time                 // the last full sweep

	aside     []int           // schedule's scratch: units no joined miner may take now
	reports   []verify.Report // tally's scratch: a unit's reports
	ops       []op
	after     []func()
	freeBatch *batch // the last committed batch, for its slices
}

func (s *state) init() {
	s.tasks = map[uint64]*task{}
	s.byID = map[common.Hash]*task{}
	s.asg = map[uint64]*assignment{}
	s.orphans = map[uint64]*assignment{}
	s.sessions = map[scheduler.MinerID]*session{}
	s.byMiner = map[common.Address]*session{}
	s.minerIDs = map[common.Address]scheduler.MinerID{}
	s.hexes = map[common.Address]string{}
	s.nextTask, s.nextAsg, s.nextSess = 1, 1, 1
}

// status is what a buyer sees of t.
func (t *task) status() hubapi.TaskStatus {
	return hubapi.TaskStatus{
		Task: t.hex(), Name: t.name, Buyer: t.buyerString(), State: t.state,
		Units: t.units, Replication: t.repl, Running: t.running, Reported: t.reported,
		Verified: t.verified, Failed: t.failed, Miners: len(t.miners), Error: t.err,
		ResultHash: t.resultHash, Magnet: t.magnet, CommitTx: t.commitTx,
		Created: t.created.UnixMilli(), Updated: t.updated.UnixMilli(),
	}
}

func (t *task) buyerString() string {
	if t.buyerHex == "" {
		t.buyerHex = t.buyer.Hex()
	}
	return t.buyerHex
}

// plannerState adapts the loop's state to scheduler.State.
type plannerState struct {
	miners []scheduler.Miner
	needs  []scheduler.Need
}

func (p *plannerState) Miners() []scheduler.Miner { return p.miners }
func (p *plannerState) Needs() []scheduler.Need   { return p.needs }
