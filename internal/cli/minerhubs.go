package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/market"
	"github.com/sonm-io/sonm/internal/progress"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

type minerHubsFlags struct {
	busFlags
	listenFor     time.Duration
	dataDir       string
	stateFile     string // the deprecated --state
	policy        string
	minFunds      string
	confirmations int
	cores         int
	// Chain source; any of them turns the chain checks on.
	rpc        string
	deployment string
	registry   string
}

// chainOn says whether the chain checks run: a chain flag was given, or
// $SONM_DEPLOYMENT names a deployment.
func (f *minerHubsFlags) chainOn() bool {
	return f.rpc != "" || f.deployment != "" || f.registry != "" || os.Getenv(EnvDeployment) != ""
}

func newMinerHubsCmd() *cobra.Command {
	f := &minerHubsFlags{}
	cmd := &cobra.Command{
		Use:   "hubs",
		Short: "Listen on the p2p bus and show the hubs seen, with this miner's verdict on each",
		Long: `Join the p2p bus for --for, collect hub announcements, ask other miners about
the hubs, and print a table: name, status and why, wallet funds, payouts seen,
confirmations, and the expected earnings per hour for this machine.

What was learnt is kept in --data-dir (DATA_DIR/hubs.json, as sonm miner run
keeps it), so the next run starts from it.

With a chain (--deployment, --rpc, --registry, or $` + EnvDeployment + `) every
hub is checked against it: its Whitelist record (owner, wallet, endpoint,
unconfirmed/trusted/blacklisted, per --policy), its wallet's free funds
(--min-funds) and its payouts to miners. Without one, chain checks are off:
no hub gets past "not confirmed" and the reason says "chain not configured".
Forged announcements are refused either way.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runMinerHubs(cmd, f) },
	}
	fs := cmd.Flags()
	f.register(fs)
	def := trust.DefaultConfig()
	fs.DurationVar(&f.listenFor, "for", 15*time.Second, "how long to listen")
	dataDirFlag(fs, &f.dataDir, "", "directory keeping the hubs list between runs, as DATA_DIR/hubs.json (default ~/.sonm/miner, shared with sonm miner run)")
	fs.StringVar(&f.stateFile, "state", "", "file keeping the hubs list between runs")
	_ = fs.MarkDeprecated("state", "use --"+flagDataDir+" DIR instead (the list is DIR/hubs.json)")
	fs.StringVar(&f.policy, "policy", string(def.Policy), "which hubs may be used: all, whitelisted or trusted")
	fs.StringVar(&f.minFunds, "min-funds", snm.Format(def.MinFreeFunds), "SNM a hub wallet must have free")
	fs.IntVar(&f.confirmations, "confirmations", def.MinConfirmations, "other miners' confirmations needed")
	fs.IntVar(&f.cores, "cores", runtime.NumCPU(), "cores this machine offers (for expected earnings)")
	fs.StringVar(&f.rpc, "rpc", "", "Ethereum JSON-RPC URL to check hubs against (default: the one in the deployment file)")
	fs.StringVar(&f.deployment, "deployment", "", "deployment file with the contract addresses (default $"+EnvDeployment+"); turns the chain checks on")
	fs.StringVar(&f.registry, "registry", "", "read the contract addresses from this SonmRegistry instead of a deployment file (needs --rpc)")
	return cmd
}

// hubsFile is where the hubs list is kept: --state, else DATA_DIR/hubs.json.
// The list that the default used to be kept in (~/.sonm/miner-hubs.json) is
// moved to the default data directory the first time.
func (f *minerHubsFlags) hubsFile() (string, error) {
	if f.stateFile != "" {
		return f.stateFile, nil
	}
	if f.dataDir != "" {
		return filepath.Join(f.dataDir, "hubs.json"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no home directory for the hubs list: give --%s: %w", flagDataDir, err)
	}
	path := filepath.Join(home, ".sonm", "miner", "hubs.json")
	old := filepath.Join(home, ".sonm", "miner-hubs.json")
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(old); err == nil {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return "", err
			}
			if err := os.Rename(old, path); err != nil {
				return "", fmt.Errorf("move the hubs list %s to %s: %w", old, path, err)
			}
		}
	}
	return path, nil
}

// hubRow is one line of the table, and one object of --json.
type hubRow struct {
	Name          string   `json:"name"`
	Wallet        string   `json:"wallet"`
	Owner         string   `json:"owner"`
	Endpoints     []string `json:"endpoints"`
	Status        string   `json:"status"`
	Reason        string   `json:"reason"`
	Whitelist     string   `json:"whitelist,omitempty"` // unconfirmed, trusted, blacklisted or "not listed"; empty before a chain read
	FreeFundsSNM  string   `json:"free_funds_snm,omitempty"`
	Payouts       int      `json:"payouts"`
	PaidMiners    int      `json:"paid_miners"`
	ConfirmFor    int      `json:"confirmations_for"`
	ConfirmAgain  int      `json:"confirmations_against"`
	MinerPaySNM   string   `json:"miner_pay_snm_per_core_hour"`
	BuyerPriceSNM string   `json:"buyer_price_snm_per_core_hour"`
	EarnPerHour   string   `json:"expected_snm_per_hour"`
	LastSeen      string   `json:"last_seen"`
}

func rowsOf(hubs []trust.Hub, cores int) []hubRow {
	rows := make([]hubRow, 0, len(hubs))
	for _, h := range hubs {
		a := h.Announcement
		r := hubRow{
			Name: a.Name, Wallet: a.Wallet.Hex(), Owner: a.Owner.Hex(), Endpoints: a.Endpoints,
			Status: string(h.Status), Reason: h.Reason,
			ConfirmFor: h.Positive, ConfirmAgain: h.Negative,
			MinerPaySNM: snm.Format(a.MinerPay()), BuyerPriceSNM: snm.Format(a.BuyerPrice()),
			LastSeen: h.LastSeen.UTC().Format(time.RFC3339),
		}
		if h.Chain != nil {
			r.Whitelist = "not listed"
			if h.Chain.Listed {
				r.Whitelist = h.Chain.Record.Status
			}
			r.FreeFundsSNM = snm.Format(h.Chain.Funds.Free())
			r.Payouts = len(h.Chain.Payouts)
			seen := map[string]bool{}
			for _, p := range h.Chain.Payouts {
				seen[p.Miner.Hex()] = true
			}
			r.PaidMiners = len(seen)
		}
		offer := market.Offer{Wallet: a.Wallet, Name: a.Name, Status: string(h.Status), TrustPermille: h.TrustPermille(), MinerPay: a.MinerPay()}
		r.EarnPerHour = snm.Format(market.ExpectedEarnings(offer, cores))
		rows = append(rows, r)
	}
	return rows
}

func printHubTable(w io.Writer, rows []hubRow) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tWALLET\tSTATUS\tWHY\tWHITELIST\tFREE FUNDS\tPAYOUTS\tCONFIRMATIONS\tPAYS SNM/CORE-H\tEXPECTED SNM/H")
	for _, r := range rows {
		funds := "-"
		if r.FreeFundsSNM != "" {
			funds = r.FreeFundsSNM + " SNM"
		}
		list := r.Whitelist
		if list == "" {
			list = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d to %d miners\t+%d -%d\t%s\t%s\n",
			r.Name, r.Wallet, r.Status, r.Reason, list, funds, r.Payouts, r.PaidMiners, r.ConfirmFor, r.ConfirmAgain, r.MinerPaySNM, r.EarnPerHour)
	}
	_ = tw.Flush()
}

func runMinerHubs(cmd *cobra.Command, f *minerHubsFlags) error {
	minFunds, err := snm.Parse(f.minFunds)
	if err != nil {
		return fmt.Errorf("--min-funds: %w", err)
	}
	key, ok, err := f.key()
	if err != nil {
		return err
	}
	if !ok {
		// Listening needs no lasting identity; a fresh one is honest about
		// having no history with anyone.
		if key, err = crypto.GenerateKey(); err != nil {
			return err
		}
	}
	cfg := trust.DefaultConfig()
	cfg.Policy, cfg.MinFreeFunds, cfg.MinConfirmations = trust.Policy(f.policy), minFunds, f.confirmations
	switch cfg.Policy {
	case trust.AcceptAll, trust.OnlyWhitelisted, trust.OnlyTrusted:
	default:
		return fmt.Errorf("--policy: %q is not a policy; use all, whitelisted or trusted", f.policy)
	}
	// The chain comes first: a wrong flag should fail before any listening.
	var source trust.Chain
	if f.chainOn() {
		cf := chainFlags{rpc: f.rpc, deployment: f.deployment, registry: f.registry}
		c, closeChain, err := cf.connect(cmd.Context())
		if err != nil {
			return fmt.Errorf("chain checks: %w", err)
		}
		defer closeChain()
		source = trust.NewChainReader(c)
		if !f.json {
			dep := c.Deployment()
			fmt.Fprintf(cmd.ErrOrStderr(), "checking hubs against chain %s (whitelist %s), policy %s\n", c.Backend().ChainID(), dep.Whitelist.Hex(), cfg.Policy)
		}
	} else {
		fmt.Fprintln(cmd.ErrOrStderr(), "note: chain checks are off, so no hub gets past \"not confirmed\"; give --deployment or --rpc (or set $"+EnvDeployment+") to check hubs against the Whitelist and their wallets")
	}
	agent, err := trust.NewAgent(cfg, crypto.PubkeyToAddress(key.PublicKey), source != nil)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), f.listenFor)
	defer cancel()
	log, err := f.logger(cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	bus, err := startBus(ctx, &f.busFlags, key, log)
	if err != nil {
		return err
	}
	defer bus.Close()
	state, err := f.hubsFile()
	if err != nil {
		return err
	}
	store := &trust.FileStore{Path: state}
	runner, err := trust.NewRunner(trust.DefaultRunnerConfig(), agent, bus, source, store, time.Now, log)
	if err != nil {
		return err
	}
	if err := runner.Load(); err != nil {
		return fmt.Errorf("%w (move the file away to start afresh)", err)
	}
	if !f.json {
		fmt.Fprintf(cmd.ErrOrStderr(), "listening on the bus for %s as %s\n", f.listenFor, bus.Addrs())
	}
	done := make(chan error, 1)
	go func() { done <- runner.Run(ctx) }()
	start := time.Now()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	bar := progress.New(cmd.ErrOrStderr(), progress.Options{})
wait:
	for {
		select {
		case err = <-done:
			break wait
		case <-tick.C:
			if !f.json {
				bar.Update(int64(time.Since(start)), int64(f.listenFor), fmt.Sprintf("%d peers, %d hubs", len(bus.Peers()), len(runner.Hubs())))
			}
		}
	}
	bar.Finish()
	if err != nil {
		return err
	}
	rows := rowsOf(runner.Hubs(), f.cores)
	if f.json {
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(cmd.OutOrStdout(), "no hubs seen; give a hub's address with --bootstrap, or listen longer with --for")
		return nil
	}
	printHubTable(cmd.OutOrStdout(), rows)
	return nil
}
