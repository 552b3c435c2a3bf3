package buyer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/backoff"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// SubmitOptions change how Submit ends.
type SubmitOptions struct {
	// NoConfirm downloads and verifies the result but leaves the deal
	// committed, unconfirmed (confirm later with Results, or dispute).
	NoConfirm bool
}

// SubmitResult is what a buyer's journey produced, as far as it went: on an
// error after the deal was opened, Task and Deal say which money to ask back.
type SubmitResult struct {
	Task      string            // the task id, equal to the deal id
	Bundle    string            // magnet of the bundle of local files, "" if none
	Quote     hubapi.Quote      // the hub's signed offer
	Price     *big.Int          // wei paid into escrow
	Deal      chain.Deal        // as opened (then as read back before confirming)
	OpenTx    common.Hash       // the transaction that opened the deal
	Status    hubapi.TaskStatus // the last status the hub reported
	Results   hubapi.Results    // the hub's description of the output
	OutDir    string            // where the result lies (the torrent's root)
	Files     []hubapi.File     // the downloaded files, as hashed here
	Root      common.Hash       // OutputRoot of Files
	Confirmed bool              // the deal was confirmed: the escrow went to the hub
	ConfirmTx common.Hash
}

// Submit runs the whole buyer journey against the hub whose locator listens
// at locatorAddr; see SubmitWith.
func (c *Client) Submit(ctx context.Context, locatorAddr, specPath, outDir string) (SubmitResult, error) {
	return c.SubmitWith(ctx, locatorAddr, specPath, outDir, SubmitOptions{})
}

// SubmitWith loads and validates the spec, bundles and shares its local
// files, finds a free deal lane, asks the hub's quote and checks it (the
// signer owns the whitelisted, registered wallet; the spec hash, units,
// replication and price add up; the price per unit is within max_price; the
// quote has not expired), opens the deal with a permit (the price goes into
// escrow), hands the task over, follows it, downloads the result into
// outDir, checks it against the hash the hub reported and committed on
// chain, and confirms the deal. A failed task or a result that does not
// verify is never confirmed; the error says how to get the money back.
func (c *Client) SubmitWith(ctx context.Context, locatorAddr, specPath, outDir string, o SubmitOptions) (SubmitResult, error) {
	var res SubmitResult
	if err := c.need("key", "chain", "delivery"); err != nil {
		return res, err
	}
	data, spec, err := loadSpec(specPath)
	if err != nil {
		return res, err
	}
	if outDir == "" {
		return res, errors.New("no output directory given for the result")
	}
	infoHash, magnet, err := c.Bundle(ctx, spec, data)
	if err != nil {
		return res, err
	}
	if magnet != "" {
		res.Bundle = magnet
		c.printf("sharing the task's local files: %s\n", magnet)
	}
	hc, err := c.dial(ctx, locatorAddr)
	if err != nil {
		return res, err
	}
	defer func() { hc.Close() }() // follow may replace hc

	lane, seq, err := c.cfg.Chain.FreeLane(ctx, c.addr)
	if err != nil {
		return res, err
	}
	hq, err := hc.Quote(ctx, hubapi.QuoteRequest{Spec: data, Bundle: infoHash, Buyer: c.addr.Hex(), Lane: lane, Seq: seq})
	if err != nil {
		return res, fmt.Errorf("ask the hub for a quote: %w", err)
	}
	res.Quote = hq
	now, err := c.chainNow(ctx)
	if err != nil {
		return res, err
	}
	want := quoteWant{Buyer: c.addr, Lane: lane, Seq: seq, SpecHash: hubapi.SpecHash(data, infoHash),
		Units: spec.UnitCount(), Replication: spec.Replication, MaxPrice: spec.MaxPrice.Wei(), Now: now}
	q, err := c.verifyQuote(ctx, hq, want)
	if err != nil {
		return res, err
	}
	res.Price = q.Price
	c.printf("quote: %d units x%d at %s = %s from hub %s (wallet %s), result due by %s\n",
		hq.Units, hq.Replication, snm.String(q.UnitPrice), snm.String(q.Price), q.Signer.Hex(), q.Wallet.Hex(), fmtUnix(q.Deadline))

	bal, err := c.cfg.Chain.Balance(ctx, c.addr)
	if err != nil {
		return res, err
	}
	if bal.Cmp(q.Price) < 0 {
		return res, fmt.Errorf("buyer %s holds %s, the task costs %s: get SNM first (sonm token transfer); no money moved",
			c.addr.Hex(), snm.String(bal), snm.String(q.Price))
	}
	deal, rcpt, err := c.cfg.Chain.OpenDealWithPermit(ctx, c.opts(), c.cfg.Key, q.Quote, q.Sig)
	if err != nil {
		return res, fmt.Errorf("open the deal: %w", err)
	}
	res.Deal, res.OpenTx, res.Task = deal, rcpt.TxHash, deal.ID.Hex()
	c.cfg.Log.Info("deal opened", "deal_id", res.Task, "tx", rcpt.TxHash.Hex(), "hub", q.Wallet.Hex())
	c.printf("deal %s opened, %s in escrow (tx %s)\n", res.Task, snm.String(deal.Amount), rcpt.TxHash.Hex())

	rep, err := hc.Submit(ctx, hubapi.SubmitRequest{Deal: res.Task, Spec: data, Bundle: res.Bundle})
	if err != nil {
		return res, fmt.Errorf("hand the task to the hub: %w. %s", err, c.moneyBack(ctx, deal.ID))
	}
	if rep.Task != "" && !strings.EqualFold(rep.Task, res.Task) {
		return res, fmt.Errorf("the hub accepted the task as %s, not as its deal id %s. %s", rep.Task, res.Task, c.moneyBack(ctx, deal.ID))
	}
	c.printf("task %s submitted to the hub\n", res.Task)

	bar := NewTaskBar(c.cfg.Out)
	st, err := c.follow(ctx, locatorAddr, &hc, res.Task, bar.Update)
	bar.Finish()
	res.Status = st
	if err != nil {
		return res, fmt.Errorf("follow task %s: %w. The hub may still finish it: follow it with `sonm client status %s --follow`, "+
			"then verify and pay with `sonm client results %s --confirm`. %s", res.Task, err, res.Task, res.Task, c.moneyBack(ctx, deal.ID))
	}
	if st.State != hubapi.StateDone {
		return res, c.failure(ctx, deal.ID, st)
	}
	v, err := c.fetchAndVerify(ctx, hc, deal.ID, outDir)
	res.Results, res.OutDir, res.Files, res.Root = v.Results, v.OutDir, v.Files, v.Root
	if v.Deal.ID != (common.Hash{}) {
		res.Deal = v.Deal
	}
	if err != nil {
		return res, err
	}
	if o.NoConfirm {
		c.printf("deal left unconfirmed: confirm with `sonm client results %s --confirm`\n", res.Task)
		return res, nil
	}
	res.ConfirmTx, err = c.confirm(ctx, v.Deal)
	if err != nil {
		return res, err
	}
	res.Confirmed = true
	return res, nil
}

// loadSpec reads and validates a spec file, keeping its bytes as written:
// they are what the deal commits to.
func loadSpec(path string) ([]byte, *taskspec.Spec, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read task spec: %w", err)
	}
	if fi.Size() > taskspec.MaxSpecBytes {
		return nil, nil, fmt.Errorf("%s: %w: %d bytes, at most %d", path, taskspec.ErrInvalid, fi.Size(), taskspec.MaxSpecBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read task spec: %w", err)
	}
	spec, err := taskspec.Parse(data, filepath.Dir(path))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if spec.IsService() {
		return nil, nil, fmt.Errorf("%s: %w: it is a service (kind: service), and 'sonm client submit' runs batch tasks; hubs do not host services yet", path, ErrBadSpec)
	}
	if len(spec.Ports) > 0 {
		return nil, nil, fmt.Errorf("%s: %w: it publishes ports, which makes it a service, and services are not batch tasks", path, ErrBadSpec)
	}
	return data, spec, nil
}

// follow streams a task's status until it ends, dialling again when the
// connection drops (a few times).
func (c *Client) follow(ctx context.Context, locatorAddr string, hcp **hubapi.Client, task string, fn func(hubapi.TaskStatus)) (hubapi.TaskStatus, error) {
	hc := *hcp
	// A hub that restarts comes back within seconds and resumes the task;
	// keep dialling it, with backoff, for followFor after the stream was lost.
	const followFor = 90 * time.Second
	var last hubapi.TaskStatus
	var lostAt time.Time
	retry := backoff.New(250*time.Millisecond, 5*time.Second)
	for {
		st, err := hc.Status(ctx, task, c.reader(), fn)
		if st.Task != "" {
			last = st
			lostAt = time.Time{}
		}
		if err == nil || ctx.Err() != nil || isHubRefusal(err) {
			return last, err
		}
		if lostAt.IsZero() {
			lostAt = time.Now()
		}
		c.cfg.Log.Warn("status stream lost; dialling the hub again", "task_id", task, "err", err)
		for {
			if time.Since(lostAt) > followFor {
				return last, fmt.Errorf("%v; the hub did not come back within %s", err, followFor)
			}
			if err := backoff.Sleep(ctx, retry.Next()); err != nil {
				return last, err
			}
			nc, derr := c.dial(ctx, locatorAddr)
			if derr == nil {
				hc.Close()
				hc, *hcp = nc, nc
				retry.Reset()
				break
			}
		}
	}
}

// isHubRefusal reports an answer of the hub (as opposed to a lost line).
func isHubRefusal(err error) bool {
	var he *hubapi.Error
	return errors.As(err, &he)
}

// failure explains a task that ended without a result.
func (c *Client) failure(ctx context.Context, id common.Hash, st hubapi.TaskStatus) error {
	what := st.State
	if st.Error != "" {
		what += ": " + st.Error
	}
	return fmt.Errorf("%w: task %s %s. Nothing was confirmed. %s", ErrTaskFailed, id.Hex(), what, c.moneyBack(ctx, id))
}

// moneyBack says, from the deal's state on chain, how the escrow comes back.
func (c *Client) moneyBack(ctx context.Context, id common.Hash) string {
	// Said also when ctx ended (interrupted, timed out): read on a while.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	d, err := c.cfg.Chain.Deal(ctx, id)
	if err != nil {
		return fmt.Sprintf("Read the deal later with `sonm client refund %s` (%v).", id.Hex(), err)
	}
	now, err := c.chainNow(ctx)
	if err != nil {
		return fmt.Sprintf("Get the money back with `sonm client refund %s` once the deadline %s has passed.", id.Hex(), fmtUnix(d.Deadline))
	}
	switch d.Status {
	case chain.DealOpen:
		if uint64(now.Unix()) > d.Deadline {
			return fmt.Sprintf("The deadline has passed: take the %s back now with `sonm client refund %s`.", snm.String(d.Amount), id.Hex())
		}
		return fmt.Sprintf("The %s stays in escrow until the deal's deadline %s; after it, take it back with `sonm client refund %s`.",
			snm.String(d.Amount), fmtUnix(d.Deadline), id.Hex())
	case chain.DealCommitted:
		w, err := c.cfg.Chain.DisputeWindow(ctx)
		if err != nil {
			return fmt.Sprintf("The hub committed result %s: dispute it with `sonm client refund %s`.", d.ResultHash.Hex(), id.Hex())
		}
		ends := d.CommittedAt + uint64(w.Seconds())
		return fmt.Sprintf("The hub committed result %s: dispute it with `sonm client refund %s` before %s, and the DAO decides how the %s is split.",
			d.ResultHash.Hex(), id.Hex(), fmtUnix(ends), snm.String(d.Amount))
	case chain.DealDisputed:
		return "The deal is disputed; the DAO decides how the escrow is split."
	default:
		return fmt.Sprintf("The deal is %s.", d.Status)
	}
}
