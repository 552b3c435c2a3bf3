package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/buyer"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// clientFlags are shared by the sonm client commands.
type clientFlags struct {
	chainFlags
	hub       string
	listen    string
	advertise string
	logLevel  string
}

const clientHubHelp = "the hub's locator endpoint `HOST:PORT` (submit without it finds one on the bus; listed by sonm whitelist and sonm miner hubs)"

func (f *clientFlags) register(cmd *cobra.Command, hub, torrent bool) {
	f.chainFlags.register(cmd.Flags())
	if hub {
		cmd.Flags().StringVar(&f.hub, "hub", "", clientHubHelp)
	}
	if torrent {
		cmd.Flags().StringVar(&f.listen, "torrent-listen", "127.0.0.1:0", "host:port this command's torrent node listens on (0.0.0.0:6881 to reach other machines)")
		cmd.Flags().StringVar(&f.advertise, "torrent-advertise", "", "host:port put into magnet links for peers to dial (default: the listen address)")
	}
	logLevelFlag(cmd.Flags(), &f.logLevel, logOff, logLevels, "info", "v")
}

func (f *clientFlags) needHub() error {
	if f.hub == "" {
		return fmt.Errorf("--hub HOST:PORT is required: the locator endpoint of the hub to buy from " +
			"(listed by `sonm whitelist` and `sonm miner hubs`)")
	}
	return nil
}

// findHub looks for the cheapest hub on the bus that the buyer's agent
// checked on chain.
func (f *clientFlags) findHub(cmd *cobra.Command, d *discoverFlags) (pickedHub, error) {
	ctx := cmd.Context()
	c, closeChain, err := f.connect(ctx)
	if err != nil {
		return pickedHub{}, fmt.Errorf("finding a hub on the bus needs the chain to check it: %w (or give --hub)", err)
	}
	defer closeChain()
	busKey, err := crypto.GenerateKey() // the buyer needs no lasting identity on the bus
	if err != nil {
		return pickedHub{}, err
	}
	state, err := os.MkdirTemp("", "sonm-client-hubs-")
	if err != nil {
		return pickedHub{}, err
	}
	defer os.RemoveAll(state)
	log, err := f.logger(cmd)
	if err != nil {
		return pickedHub{}, err
	}
	disc, err := startDiscovery(ctx, d, busKey, c, state, 0, log)
	if err != nil {
		return pickedHub{}, err
	}
	defer disc.Close()
	fmt.Fprintln(cmd.ErrOrStderr(), "looking for hubs on the bus; each is checked on chain")
	p, err := waitFor(ctx, disc, d, buyerPick)
	if err != nil {
		return p, err
	}
	sayPicked(cmd.ErrOrStderr(), "buyer", p)
	return p, nil
}

func (f *clientFlags) logger(cmd *cobra.Command) (*slog.Logger, error) {
	return newLogger(cmd.ErrOrStderr(), f.logLevel)
}

// clientNeeds says which parts a command builds.
type clientNeeds struct {
	key, chain, torrent bool
	read                bool // the buyer's key, to sign reads (status, results, list): no chain needed for it
}

// build makes a client with the parts a command needs; done releases them.
// withHub runs a command that talks to the task's hub (--hub) with a
// client built for n; what the build opened is closed after run.
func (f *clientFlags) withHub(cmd *cobra.Command, n clientNeeds, out io.Writer, run func(*buyer.Client) error) error {
	if err := f.needHub(); err != nil {
		return err
	}
	cl, done, err := f.build(cmd, n, out)
	if err != nil {
		return err
	}
	defer done()
	return run(cl)
}

func (f *clientFlags) build(cmd *cobra.Command, n clientNeeds, out io.Writer) (*buyer.Client, func(), error) {
	ctx := cmd.Context()
	log, err := f.logger(cmd)
	if err != nil {
		return nil, nil, err
	}
	cfg := buyer.Config{Log: log, Out: out}
	var closers []func()
	done := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	fail := func(err error) (*buyer.Client, func(), error) {
		done()
		return nil, nil, err
	}
	if n.read && !n.key {
		// Reads are signed for the hub, not sent to the chain.
		key, err := f.unlock(cmd)
		if err != nil {
			return fail(err)
		}
		cfg.Key = key
	}
	if n.chain || n.key {
		c, closeChain, err := f.connect(ctx)
		if err != nil {
			return fail(err)
		}
		closers = append(closers, closeChain)
		cfg.Chain = c
		if n.key {
			_, key, err := f.signer(cmd, c)
			if err != nil {
				return fail(err)
			}
			cfg.Key = key
		}
	}
	if cfg.Key == nil {
		a, err := f.account()
		if err != nil {
			return fail(err)
		}
		cfg.Buyer = a
	}
	if n.torrent {
		node, err := delivery.New(delivery.Config{ListenAddr: f.listen, AdvertiseAddr: f.advertise}, log)
		if err != nil {
			return fail(err)
		}
		if err := node.Start(ctx); err != nil {
			return fail(fmt.Errorf("start the torrent node on %s: %w", f.listen, err))
		}
		closers = append(closers, func() { node.Close() })
		cfg.Delivery = node
	}
	cl, err := buyer.New(cfg)
	if err != nil {
		return fail(err)
	}
	// The bundles go last, after the node that seeds them.
	closers = append([]func(){func() { cl.Close() }}, closers...)
	return cl, done, nil
}

// progressOut is where a command's progress goes: stdout for people, stderr
// when stdout carries JSON.
func (f *clientFlags) progressOut(cmd *cobra.Command) io.Writer {
	if f.json {
		return cmd.ErrOrStderr()
	}
	return cmd.OutOrStdout()
}

func newClientSubmitCmd() *cobra.Command {
	f := &clientFlags{}
	var (
		outDir    string
		noConfirm bool
		disc      discoverFlags
	)
	cmd := &cobra.Command{
		Use:   "submit SPEC.yaml",
		Short: "Buy a task's run from a hub: quote, escrow, follow, verify the result, confirm",
		Long: `Runs a task on a hub, the whole way:

  1. shares the local files the spec names (module, inputs, image tarball) as a torrent;
  2. asks the hub for a signed quote and checks it: signed by the owner of a whitelisted,
     registered hub wallet, for this spec and these files, price = unit price x units x
     replication, at most max_price per unit, not expired (nothing is paid otherwise);
  3. opens the deal on chain: the price goes into escrow;
  4. hands the task to the hub and follows it (units verified, replicas running, failed);
  5. downloads the result into --out and checks its Merkle root against the hash the hub
     reports and the one it committed on chain;
  6. confirms the deal: the escrow goes to the hub's wallet.

A failed task or a result that does not verify is never confirmed; the command says how
to get the money back (sonm client refund TASK).

Without --hub the buyer finds one on the p2p bus: every announced hub is checked
against the chain (whitelist record and endpoint, free funds) and the cheapest
checked one is used (--bootstrap gives a hub's bus address; mDNS finds hubs on
the local network).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cl, done, err := f.build(cmd, clientNeeds{key: true, chain: true, torrent: true}, f.progressOut(cmd))
			if err != nil {
				return err
			}
			defer done()
			if f.hub == "" {
				p, err := f.findHub(cmd, &disc)
				if err != nil {
					return err
				}
				f.hub = p.endpoint
			}
			res, err := cl.SubmitWith(cmd.Context(), f.hub, args[0], outDir, buyer.SubmitOptions{NoConfirm: noConfirm})
			if f.json && (err == nil || res.Task != "") {
				if jerr := writeClientJSON(cmd.OutOrStdout(), submitView(res, err)); jerr != nil && err == nil {
					err = jerr
				}
			}
			return err
		},
	}
	f.register(cmd, true, true)
	disc.register(cmd.Flags())
	cmd.Flags().StringVarP(&outDir, "out", "o", "sonm-results", "directory the result is downloaded into (as DIR/<result name>)")
	cmd.Flags().BoolVar(&noConfirm, "no-confirm", false, "verify the result but leave the deal unconfirmed (confirm later with sonm client results --confirm)")
	return cmd
}

func newClientStatusCmd() *cobra.Command {
	f := &clientFlags{}
	var follow bool
	cmd := &cobra.Command{
		Use:   "status TASK",
		Short: "Show a task's progress on its hub (--follow: until it ends; signed with the buyer's key)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.withHub(cmd, clientNeeds{read: true}, nil, func(cl *buyer.Client) error {
				out := cmd.OutOrStdout()
				var fn func(hubapi.TaskStatus)
				bar := buyer.NewTaskBar(out)
				if follow {
					fn = bar.Update
					if f.json {
						fn = func(st hubapi.TaskStatus) { dataWriteJSON(out, statusView(st)) }
					}
				}
				st, err := cl.Status(cmd.Context(), f.hub, args[0], follow, fn)
				bar.Finish()
				if err != nil {
					return err
				}
				if follow && f.json {
					return nil
				}
				return f.output(out, statusView(st), func(w io.Writer) {
					if !follow {
						fmt.Fprintln(w, buyer.FormatStatus(st, 30))
					}
					printStatusDetails(w, st)
				})
			})
		},
	}
	f.register(cmd, true, false)
	cmd.Flags().BoolVarP(&follow, "follow", "f", false, "keep printing until the task ends")
	return cmd
}

func newClientResultsCmd() *cobra.Command {
	f := &clientFlags{}
	var (
		outDir  string
		confirm bool
	)
	cmd := &cobra.Command{
		Use:   "results TASK",
		Short: "Download a finished task's result and verify it against the chain (--confirm: then pay)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.withHub(cmd, clientNeeds{key: confirm, read: true, chain: true, torrent: true}, f.progressOut(cmd), func(cl *buyer.Client) error {
				v, err := cl.Results(cmd.Context(), f.hub, args[0], outDir, confirm)
				if err != nil {
					return err
				}
				if f.json {
					return writeClientJSON(cmd.OutOrStdout(), verifiedView(v))
				}
				if !confirm && v.Deal.Status == chain.DealCommitted {
					fmt.Fprintf(cmd.OutOrStdout(), "deal %s is not confirmed yet: confirm with `sonm client results %s --confirm`\n", v.Task, v.Task)
				}
				return nil
			})
		},
	}
	f.register(cmd, true, true)
	cmd.Flags().StringVarP(&outDir, "out", "o", "sonm-results", "directory the result is downloaded into (as DIR/<result name>)")
	cmd.Flags().BoolVar(&confirm, "confirm", false, "confirm the deal once the result verifies: the escrow goes to the hub")
	return cmd
}

func newClientCancelCmd() *cobra.Command {
	f := &clientFlags{}
	cmd := &cobra.Command{
		Use:   "cancel TASK",
		Short: "Ask the hub to stop a task (signed with the buyer's key)",
		Long: `Asks the hub to stop a task. The escrow is not touched by this: with no result
committed, take it back with sonm client refund TASK once the deal's deadline has passed.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.withHub(cmd, clientNeeds{key: true}, nil, func(cl *buyer.Client) error {
				st, err := cl.Cancel(cmd.Context(), f.hub, args[0])
				if err != nil {
					return err
				}
				return f.output(cmd.OutOrStdout(), statusView(st), func(w io.Writer) {
					fmt.Fprintf(w, "task %s is %s\n", st.Task, st.State)
					if st.State == hubapi.StateCancelled {
						fmt.Fprintf(w, "the escrow stays on chain: take it back with `sonm client refund %s` once the deal's deadline has passed\n", st.Task)
					}
				})
			})
		},
	}
	f.register(cmd, true, false)
	return cmd
}

func newClientListCmd() *cobra.Command {
	f := &clientFlags{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List this buyer's tasks on a hub, newest first (signed with the buyer's key)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.withHub(cmd, clientNeeds{read: true}, nil, func(cl *buyer.Client) error {
				tasks, err := cl.List(cmd.Context(), f.hub)
				if err != nil {
					return err
				}
				views := make([]taskView, len(tasks))
				for i, st := range tasks {
					views[i] = statusView(st)
				}
				return f.output(cmd.OutOrStdout(), views, func(w io.Writer) {
					if len(tasks) == 0 {
						fmt.Fprintf(w, "no tasks of %s on this hub\n", cl.Address().Hex())
						return
					}
					tw := newTable(w)
					fmt.Fprintln(tw, "TASK\tNAME\tSTATE\tVERIFIED\tFAILED\tCREATED")
					for _, st := range tasks {
						fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%d\t%s\n", st.Task, st.Name, st.State, st.Verified, st.Units, st.Failed,
							fmtTime(unixMilli(st.Created)))
					}
					tw.Flush()
				})
			})
		},
	}
	f.register(cmd, true, false)
	return cmd
}

func newClientRefundCmd() *cobra.Command {
	f := &clientFlags{}
	cmd := &cobra.Command{
		Use:   "refund TASK",
		Short: "Get a deal's money back: refund after a missed deadline, or dispute a committed result",
		Long: `Takes back the escrow of a task's deal, the way its state on chain allows:

  - no result committed and the deadline passed: the escrow is refunded to the buyer;
  - no result committed, deadline not reached: says when a refund becomes possible;
  - a result committed (and the buyer found it wrong): the deal is disputed within the
    dispute window, and the DAO decides how the escrow is split.

It needs only the chain, not the hub. With --hub, a task whose escrow came back is
also cancelled on that hub, so that it stops placing the task's units.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cl, done, err := f.build(cmd, clientNeeds{key: true, chain: true}, f.progressOut(cmd))
			if err != nil {
				return err
			}
			defer done()
			r, err := cl.Refund(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if f.hub != "" && r.Action == buyer.Refunded {
				if _, err := cl.Cancel(cmd.Context(), f.hub, args[0]); err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "the escrow is back, but the hub was not told to stop the task: %v\n", err)
				}
			}
			if f.json {
				return writeClientJSON(cmd.OutOrStdout(), map[string]any{"task": r.Task, "action": r.Action,
					"amount": snm.String(r.Amount), "amount_wei": r.Amount.String(), "tx": r.Tx.Hex()})
			}
			return nil
		},
	}
	f.register(cmd, true, false)
	return cmd
}

func printStatusDetails(w io.Writer, st hubapi.TaskStatus) {
	fmt.Fprintf(w, "task %s (%s): %s\n", st.Task, st.Name, st.State)
	if st.Error != "" {
		fmt.Fprintf(w, "error: %s\n", st.Error)
	}
	if st.ResultHash != "" {
		fmt.Fprintf(w, "result %s committed (tx %s)\n", st.ResultHash, st.CommitTx)
	}
	switch st.State {
	case hubapi.StateDone:
		fmt.Fprintf(w, "download and verify it with `sonm client results %s`\n", st.Task)
	case hubapi.StateFailed, hubapi.StateCancelled:
		fmt.Fprintf(w, "get the money back with `sonm client refund %s`\n", st.Task)
	}
}

func unixMilli(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}

// msRFC3339 is a hub's time (unix milliseconds) as --json prints it; "" for 0.
func msRFC3339(ms int64) string {
	if ms == 0 {
		return ""
	}
	return time.UnixMilli(ms).UTC().Format("2006-01-02T15:04:05.000Z07:00")
}

// taskView is a task status as JSON.
type taskView struct {
	Task        string `json:"task"`
	Name        string `json:"name"`
	Buyer       string `json:"buyer"`
	State       string `json:"state"`
	Units       int    `json:"units"`
	Replication int    `json:"replication"`
	Running     int    `json:"running"`
	Reported    int    `json:"reported"`
	Verified    int    `json:"verified"`
	Failed      int    `json:"failed"`
	Miners      int    `json:"miners"`
	Error       string `json:"error,omitempty"`
	ResultHash  string `json:"result_hash,omitempty"`
	Magnet      string `json:"magnet,omitempty"`
	CommitTx    string `json:"commit_tx,omitempty"`
	Created     string `json:"created,omitempty"` // RFC 3339, to the millisecond
	Updated     string `json:"updated,omitempty"`
}

func statusView(st hubapi.TaskStatus) taskView {
	return taskView{Task: st.Task, Name: st.Name, Buyer: st.Buyer, State: st.State, Units: st.Units, Replication: st.Replication,
		Running: st.Running, Reported: st.Reported, Verified: st.Verified, Failed: st.Failed, Miners: st.Miners, Error: st.Error,
		ResultHash: st.ResultHash, Magnet: st.Magnet, CommitTx: st.CommitTx,
		Created: msRFC3339(st.Created), Updated: msRFC3339(st.Updated)}
}

type fileView struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

func filesView(fs []hubapi.File) []fileView {
	out := make([]fileView, len(fs))
	for i, f := range fs {
		out[i] = fileView{f.Path, f.Size, f.SHA256}
	}
	return out
}

type resultView struct {
	Task       string     `json:"task"`
	DealStatus string     `json:"deal_status"`
	OutDir     string     `json:"out_dir"`
	Root       string     `json:"result_root"`
	Files      []fileView `json:"files"`
	Confirmed  bool       `json:"confirmed"`
	ConfirmTx  string     `json:"confirm_tx,omitempty"`
}

func verifiedView(v buyer.Verified) resultView {
	r := resultView{Task: v.Task, DealStatus: v.Deal.Status.String(), OutDir: v.OutDir, Root: v.Root.Hex(),
		Files: filesView(v.Files), Confirmed: v.Confirmed}
	if v.Confirmed {
		r.ConfirmTx = v.ConfirmTx.Hex()
		r.DealStatus = chain.DealConfirmed.String()
	}
	return r
}

type submitJSON struct {
	Task       string     `json:"task"`
	Error      string     `json:"error,omitempty"`
	Wallet     string     `json:"hub_wallet,omitempty"`
	Hub        string     `json:"hub,omitempty"`
	Price      string     `json:"price,omitempty"`
	PriceWei   string     `json:"price_wei,omitempty"`
	Deadline   string     `json:"deadline,omitempty"`
	Bundle     string     `json:"bundle,omitempty"`
	OpenTx     string     `json:"open_tx,omitempty"`
	State      string     `json:"state,omitempty"`
	DealStatus string     `json:"deal_status,omitempty"`
	OutDir     string     `json:"out_dir,omitempty"`
	Root       string     `json:"result_root,omitempty"`
	Files      []fileView `json:"files,omitempty"`
	Confirmed  bool       `json:"confirmed"`
	ConfirmTx  string     `json:"confirm_tx,omitempty"`
}

func submitView(r buyer.SubmitResult, err error) submitJSON {
	v := submitJSON{Task: r.Task, Wallet: r.Quote.Wallet, Hub: r.Quote.Hub, Bundle: r.Bundle, State: r.Status.State,
		OutDir: r.OutDir, Files: filesView(r.Files), Confirmed: r.Confirmed}
	if err != nil {
		v.Error = err.Error()
	}
	if r.Price != nil {
		v.Price, v.PriceWei = snm.String(r.Price), r.Price.String()
	}
	if r.Quote.Deadline != 0 {
		v.Deadline = time.Unix(int64(r.Quote.Deadline), 0).UTC().Format(time.RFC3339)
	}
	if r.Task != "" {
		v.OpenTx, v.DealStatus = r.OpenTx.Hex(), r.Deal.Status.String()
	}
	if r.OutDir != "" {
		v.Root = r.Root.Hex()
	}
	if r.Confirmed {
		v.ConfirmTx, v.DealStatus = r.ConfirmTx.Hex(), chain.DealConfirmed.String()
	}
	return v
}

func writeClientJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
