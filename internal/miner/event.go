package miner

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/snm"
)

// EventKind names what happened.
type EventKind string

// Events a miner reports through Config.OnEvent.
const (
	EventJoined       EventKind = "joined"       // Hub, Wallet, Session, PayWei
	EventDisconnected EventKind = "disconnected" // Err; Retry is the wait before the next try
	EventTask         EventKind = "task"         // Task: a task's spec arrived
	EventStarted      EventKind = "started"      // Assignment, Task, Unit
	EventDone         EventKind = "done"         // Assignment, Task, Unit, ExitCode, Duration, Err when it could not run
	EventCancelled    EventKind = "cancelled"    // Assignment, Task, Unit
	EventReported     EventKind = "reported"     // Assignment, Task, Unit
	EventDropped      EventKind = "dropped"      // Assignment: left unfinished by an earlier run of the miner
	EventPaid         EventKind = "paid"         // AmountWei, Wallet, Tx
	EventClaimed      EventKind = "claimed"      // AmountWei, Wallet, Err when the claim failed
	EventWarning      EventKind = "warning"      // Err: a message the miner could not use, a cleanup that failed
)

// Event is one thing the miner did or saw.
type Event struct {
	Kind       EventKind
	Time       time.Time
	Hub        string
	Wallet     common.Address
	Session    uint64
	Task       string
	Unit       int
	Assignment uint64
	ExitCode   int
	Duration   time.Duration
	AmountWei  *big.Int
	Tx         string
	Retry      time.Duration
	Err        error
}

// String says what happened in plain words.
func (e Event) String() string {
	switch e.Kind {
	case EventJoined:
		return fmt.Sprintf("joined hub %s at %s (session %d, pays %s per core-hour)", e.Wallet.Hex(), e.Hub, e.Session, snm.String(e.AmountWei))
	case EventDisconnected:
		return fmt.Sprintf("lost the hub: %v; trying again in %s", e.Err, e.Retry.Round(time.Millisecond))
	case EventTask:
		return fmt.Sprintf("task %s received", short(e.Task))
	case EventStarted:
		return fmt.Sprintf("unit %d of task %s started (assignment %d)", e.Unit, short(e.Task), e.Assignment)
	case EventDone:
		if e.Err != nil {
			return fmt.Sprintf("unit %d of task %s failed: %v", e.Unit, short(e.Task), e.Err)
		}
		if e.ExitCode != 0 {
			return fmt.Sprintf("unit %d of task %s exited with code %d after %s", e.Unit, short(e.Task), e.ExitCode, roundDuration(e.Duration))
		}
		return fmt.Sprintf("unit %d of task %s done in %s", e.Unit, short(e.Task), roundDuration(e.Duration))
	case EventCancelled:
		return fmt.Sprintf("unit %d of task %s cancelled by the hub", e.Unit, short(e.Task))
	case EventReported:
		return fmt.Sprintf("unit %d of task %s reported", e.Unit, short(e.Task))
	case EventDropped:
		return fmt.Sprintf("dropped assignment %d (unit %d of task %s): it was running when the miner stopped", e.Assignment, e.Unit, short(e.Task))
	case EventPaid:
		return fmt.Sprintf("paid %s by %s (tx %s)", snm.String(e.AmountWei), e.Wallet.Hex(), e.Tx)
	case EventClaimed:
		if e.Err != nil {
			return fmt.Sprintf("claim from %s failed: %v", e.Wallet.Hex(), e.Err)
		}
		return fmt.Sprintf("claimed %s from %s", snm.String(e.AmountWei), e.Wallet.Hex())
	case EventWarning:
		return fmt.Sprintf("warning: %v", e.Err)
	}
	return string(e.Kind)
}

// short abbreviates a long hex id for people: 0xabcdef12...
func short(id string) string {
	if len(id) > 12 {
		return id[:10] + ".."
	}
	return id
}

func roundDuration(d time.Duration) time.Duration {
	switch {
	case d < time.Millisecond:
		return d.Round(time.Microsecond)
	case d < time.Second:
		return d.Round(time.Millisecond)
	default:
		return d.Round(10 * time.Millisecond)
	}
}
