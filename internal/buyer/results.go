package buyer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// Verified is a downloaded result that matches what the hub reported and
// committed on chain.
type Verified struct {
	Task      string
	Results   hubapi.Results // the hub's description
	Deal      chain.Deal     // as read from the chain
	OutDir    string         // the result's root on this machine
	Files     []hubapi.File  // as hashed here
	Root      common.Hash    // OutputRoot of Files
	Confirmed bool
	ConfirmTx common.Hash
}

// Results downloads a finished task's output into outDir and verifies it
// against the hash the hub reports and the one committed on chain. With
// confirm it then confirms the deal (the escrow goes to the hub); without,
// the deal stays as it is.
func (c *Client) Results(ctx context.Context, locatorAddr, task, outDir string, confirm bool) (Verified, error) {
	id, err := parseTask(task)
	if err != nil {
		return Verified{}, err
	}
	// The hub shows results only to the buyer, who signs the request.
	if err := c.need("key", "chain", "delivery"); err != nil {
		return Verified{}, err
	}
	if outDir == "" {
		return Verified{}, fmt.Errorf("no output directory given for the result")
	}
	hc, err := c.dial(ctx, locatorAddr)
	if err != nil {
		return Verified{}, err
	}
	defer hc.Close()
	v, err := c.fetchAndVerify(ctx, hc, id, outDir)
	if err != nil || !confirm {
		return v, err
	}
	if v.Deal.Status != chain.DealCommitted {
		return v, fmt.Errorf("deal %s is %s, not committed: nothing to confirm", id.Hex(), v.Deal.Status)
	}
	if v.ConfirmTx, err = c.confirm(ctx, v.Deal); err != nil {
		return v, err
	}
	v.Confirmed = true
	return v, nil
}

// fetchAndVerify asks the hub for a task's results, downloads them and
// checks them against the hub's and the chain's result hash.
func (c *Client) fetchAndVerify(ctx context.Context, hc *hubapi.Client, id common.Hash, outDir string) (Verified, error) {
	v := Verified{Task: id.Hex()}
	res, err := hc.Results(ctx, v.Task, c.reader())
	if err != nil {
		return v, fmt.Errorf("ask the hub for the results of %s: %w", v.Task, err)
	}
	v.Results = res
	if res.State != hubapi.StateDone {
		return v, fmt.Errorf("task %s is %s: no results yet (follow it with `sonm client status %s --follow`)", v.Task, res.State, v.Task)
	}
	reported, err := hubapi.ParseHash("result_hash", res.ResultHash)
	if err != nil {
		return v, fmt.Errorf("%w: the hub reports no usable result hash (%v). Nothing was confirmed. %s",
			ErrResultMismatch, err, c.moneyBack(ctx, id))
	}
	d, err := c.cfg.Chain.Deal(ctx, id)
	if err != nil {
		return v, err
	}
	v.Deal = d
	switch d.Status {
	case chain.DealCommitted, chain.DealConfirmed, chain.DealDisputed, chain.DealClaimed, chain.DealResolved:
	default:
		return v, fmt.Errorf("the hub says task %s is done, but its deal is %s on chain, with no result committed. Nothing was confirmed. %s",
			v.Task, d.Status, c.moneyBack(ctx, id))
	}

	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return v, fmt.Errorf("result directory: %w", err)
	}
	if res.Magnet == "" {
		// An empty output has no torrent (there is nothing to share).
		v.OutDir = outDir
	} else {
		target, err := delivery.ParseTarget(res.Magnet)
		if err != nil {
			return v, fmt.Errorf("the hub's result magnet: %w", err)
		}
		// A result this client downloaded before is dropped first so that it
		// lands in outDir again; content the node holds for someone else
		// (a hub in the same process) is left alone.
		if c.forget(target.InfoHash.HexString()) {
			c.cfg.Delivery.Stop(target.InfoHash)
		}
		c.printf("downloading the result of %s\n", v.Task)
		bar := delivery.NewBar(c.cfg.Out, delivery.ModeBar)
		f, err := c.cfg.Delivery.Fetch(ctx, delivery.FetchRequest{Target: target, Dir: outDir, Quota: c.cfg.Quota, Progress: bar.Update})
		bar.Finish()
		if err != nil {
			return v, fmt.Errorf("download the result of %s: %w. Nothing was confirmed; try again with `sonm client results %s`",
				v.Task, err, v.Task)
		}
		c.remember(target.InfoHash.HexString())
		v.OutDir = f.Path
	}
	if v.Files, err = hashResult(ctx, v.OutDir, res.Magnet == ""); err != nil {
		return v, err
	}
	if v.Root, err = hubapi.OutputRoot(v.Files); err != nil {
		return v, err
	}
	if v.Root != reported || v.Root != d.ResultHash {
		return v, fmt.Errorf("%w: the downloaded files in %s hash to %s; the hub reports %s and committed %s on chain%s. "+
			"Nothing was confirmed. %s", ErrResultMismatch, v.OutDir, v.Root.Hex(), reported.Hex(), d.ResultHash.Hex(),
			diffFiles(v.Files, res.Files), c.moneyBack(ctx, id))
	}
	c.printf("result verified: %s, root %s, in %s\n", plural(len(v.Files), "file"), v.Root.Hex(), v.OutDir)
	return v, nil
}

// hashResult hashes the files of a downloaded result: every file under dir,
// or (a single-file torrent) the file itself under its name.
func hashResult(ctx context.Context, path string, empty bool) ([]hubapi.File, error) {
	if empty {
		return nil, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var ds []delivery.FileDigest
	if fi.IsDir() {
		if ds, err = delivery.HashFiles(ctx, path); err != nil {
			return nil, err
		}
	} else {
		all, err := delivery.HashFiles(ctx, filepath.Dir(path))
		if err != nil {
			return nil, err
		}
		for _, d := range all {
			if d.Path == filepath.Base(path) {
				ds = append(ds, d)
			}
		}
	}
	out := make([]hubapi.File, len(ds))
	for i, d := range ds {
		out[i] = hubapi.File{Path: d.Path, Size: d.Size, SHA256: d.SHA256}
	}
	return out, nil
}

// diffFiles names a few files that differ between what was downloaded and
// what the hub listed.
func diffFiles(got, listed []hubapi.File) string {
	want := map[string]hubapi.File{}
	for _, f := range listed {
		want[f.Path] = f
	}
	var diffs []string
	for _, f := range got {
		w, ok := want[f.Path]
		switch {
		case !ok:
			diffs = append(diffs, f.Path+" (not listed by the hub)")
		case w.SHA256 != f.SHA256 || w.Size != f.Size:
			diffs = append(diffs, f.Path+" (other content)")
		}
		delete(want, f.Path)
	}
	for p := range want {
		diffs = append(diffs, p+" (listed, not downloaded)")
	}
	if len(diffs) == 0 {
		return ""
	}
	if len(diffs) > 3 {
		diffs = append(diffs[:3], fmt.Sprintf("and %d more", len(diffs)-3))
	}
	return "; differing files: " + strings.Join(diffs, ", ")
}

// confirm releases the escrow of a verified deal to the hub.
func (c *Client) confirm(ctx context.Context, d chain.Deal) (common.Hash, error) {
	rcpt, err := c.cfg.Chain.ConfirmDeal(ctx, c.opts(), d.ID)
	if err != nil {
		return common.Hash{}, fmt.Errorf("confirm deal %s: %w", d.ID.Hex(), err)
	}
	c.cfg.Log.Info("deal confirmed", "deal_id", d.ID.Hex(), "tx", rcpt.TxHash.Hex())
	c.printf("deal confirmed: %s released to the hub (wallet %s, tx %s)\n", snm.String(d.Amount), d.Wallet.Hex(), rcpt.TxHash.Hex())
	return rcpt.TxHash, nil
}

func (c *Client) remember(infoHash string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fetched == nil {
		c.fetched = map[string]bool{}
	}
	c.fetched[infoHash] = true
}

func (c *Client) forget(infoHash string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	had := c.fetched[infoHash]
	delete(c.fetched, infoHash)
	return had
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
