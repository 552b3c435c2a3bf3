package buyer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// Status returns a task's status. With follow, fn is called with every
// status the hub reports until the task ends; without, the current status
// is returned at once.
func (c *Client) Status(ctx context.Context, locatorAddr, task string, follow bool, fn func(hubapi.TaskStatus)) (hubapi.TaskStatus, error) {
	if _, err := parseTask(task); err != nil {
		return hubapi.TaskStatus{}, err
	}
	if err := c.need("key"); err != nil {
		return hubapi.TaskStatus{}, err
	}
	hc, err := c.dial(ctx, locatorAddr)
	if err != nil {
		return hubapi.TaskStatus{}, err
	}
	defer func() { hc.Close() }() // follow may replace hc
	if follow {
		return c.follow(ctx, locatorAddr, &hc, task, fn)
	}
	// The hub writes the current status first; take it and hang up.
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	var first hubapi.TaskStatus
	_, err = hc.Status(sctx, task, c.reader(), func(st hubapi.TaskStatus) {
		if first.Task == "" {
			first = st
			stop()
		}
	})
	if first.Task != "" {
		if fn != nil {
			fn(first)
		}
		return first, nil
	}
	if err == nil {
		err = fmt.Errorf("the hub sent no status for task %s", task)
	}
	return first, err
}

// Cancel asks the hub to stop a task, signed by the buyer. The escrow is not
// touched: what comes back, and when, depends on what the hub committed
// (see Refund).
func (c *Client) Cancel(ctx context.Context, locatorAddr, task string) (hubapi.TaskStatus, error) {
	id, err := parseTask(task)
	if err != nil {
		return hubapi.TaskStatus{}, err
	}
	if err := c.need("key"); err != nil {
		return hubapi.TaskStatus{}, err
	}
	hc, err := c.dial(ctx, locatorAddr)
	if err != nil {
		return hubapi.TaskStatus{}, err
	}
	defer hc.Close()
	t := c.cfg.Now().Unix()
	sig, err := hubapi.Sign(hubapi.CancelDigest(id, t), c.cfg.Key)
	if err != nil {
		return hubapi.TaskStatus{}, err
	}
	st, err := hc.Cancel(ctx, hubapi.CancelRequest{Task: id.Hex(), Time: t, Sig: sig})
	if err != nil {
		return st, fmt.Errorf("cancel task %s: %w", id.Hex(), err)
	}
	return st, nil
}

// List returns this buyer's tasks on the hub, newest first (signed: a hub
// shows a buyer only its own tasks).
func (c *Client) List(ctx context.Context, locatorAddr string) ([]hubapi.TaskStatus, error) {
	if err := c.need("key"); err != nil {
		return nil, err
	}
	hc, err := c.dial(ctx, locatorAddr)
	if err != nil {
		return nil, err
	}
	defer hc.Close()
	r, err := hc.List(ctx, c.reader())
	if err != nil {
		return nil, fmt.Errorf("list tasks: %w", err)
	}
	return r.Tasks, nil
}

// reader signs the buyer's read requests (status, results, list).
func (c *Client) reader() hubapi.Buyer {
	return hubapi.Buyer{Key: c.cfg.Key, Now: c.cfg.Now}
}

// Refund actions.
const (
	Refunded = "refunded" // the escrow came back to the buyer
	Disputed = "disputed" // the committed result went to the DAO, which splits the escrow
)

// RefundResult says what Refund did.
type RefundResult struct {
	Task   string
	Action string // Refunded or Disputed
	Amount *big.Int
	Tx     common.Hash
	Deal   chain.Deal // before the action
}

// Refund gets a deal's money back the way its state allows: an open deal
// (no result committed) is refunded once its deadline has passed; a
// committed result is disputed within the dispute window (the DAO then
// decides how the escrow is split). Otherwise it says when it becomes
// possible (ErrTooEarly) or why it is not (ErrSettled). It needs only the
// chain, not the hub.
func (c *Client) Refund(ctx context.Context, task string) (RefundResult, error) {
	id, err := parseTask(task)
	if err != nil {
		return RefundResult{}, err
	}
	if err := c.need("key", "chain"); err != nil {
		return RefundResult{}, err
	}
	d, err := c.cfg.Chain.Deal(ctx, id)
	if err != nil {
		return RefundResult{}, err
	}
	r := RefundResult{Task: id.Hex(), Amount: d.Amount, Deal: d}
	if d.Buyer != c.addr {
		return r, fmt.Errorf("deal %s belongs to buyer %s, not %s: only its buyer can take the money back", id.Hex(), d.Buyer.Hex(), c.addr.Hex())
	}
	now, err := c.chainNow(ctx)
	if err != nil {
		return r, err
	}
	switch d.Status {
	case chain.DealOpen:
		if uint64(now.Unix()) <= d.Deadline {
			left := time.Duration(d.Deadline-uint64(now.Unix())+1) * time.Second
			return r, fmt.Errorf("%w: deal %s has no result yet, but the hub has until %s to commit one: "+
				"refund becomes possible after the deadline, in %s (chain time)", ErrTooEarly, id.Hex(), fmtUnix(d.Deadline), left)
		}
		rcpt, err := c.cfg.Chain.RefundDeal(ctx, c.opts(), id)
		if err != nil {
			return r, fmt.Errorf("refund deal %s: %w", id.Hex(), err)
		}
		r.Action, r.Tx = Refunded, rcpt.TxHash
		c.cfg.Log.Info("deal refunded", "deal_id", id.Hex(), "tx", rcpt.TxHash.Hex())
		c.printf("deal %s refunded: %s back to %s (tx %s)\n", id.Hex(), snm.String(d.Amount), c.addr.Hex(), rcpt.TxHash.Hex())
		return r, nil
	case chain.DealCommitted:
		w, err := c.cfg.Chain.DisputeWindow(ctx)
		if err != nil {
			return r, err
		}
		ends := d.CommittedAt + uint64(w.Seconds())
		if uint64(now.Unix()) > ends {
			return r, fmt.Errorf("%w: the hub committed result %s and the dispute window closed at %s: the hub may claim the escrow",
				ErrSettled, d.ResultHash.Hex(), fmtUnix(ends))
		}
		rcpt, err := c.cfg.Chain.DisputeDeal(ctx, c.opts(), id)
		if err != nil {
			return r, fmt.Errorf("dispute deal %s: %w", id.Hex(), err)
		}
		r.Action, r.Tx = Disputed, rcpt.TxHash
		c.cfg.Log.Info("deal disputed", "deal_id", id.Hex(), "tx", rcpt.TxHash.Hex())
		c.printf("deal %s disputed: the hub committed result %s; the DAO now decides how the %s in escrow is split (tx %s)\n",
			id.Hex(), d.ResultHash.Hex(), snm.String(d.Amount), rcpt.TxHash.Hex())
		return r, nil
	case chain.DealDisputed:
		return r, errors.New("deal " + id.Hex() + " is already disputed: the DAO decides how the escrow is split")
	default:
		return r, fmt.Errorf("%w: deal %s is %s", ErrSettled, id.Hex(), d.Status)
	}
}
