package cli

import (
	"context"
	"encoding/json"
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
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

type minerHubsFlags struct {
	busFlags
	listenFor     time.Duration
	state         string
	policy        string
	minFunds      string
	confirmations int
	cores         int
}

func newMinerHubsCmd() *cobra.Command {
	f := &minerHubsFlags{}
	cmd := &cobra.Command{
		Use:   "hubs",
		Short: "Listen on the p2p bus and show the hubs seen, with this miner's verdict on each",
		Long: `Join the p2p bus for --for, collect hub announcements, ask other miners about
the hubs, and print a table: name, status and why, wallet funds, payouts seen,
confirmations, and the expected earnings per hour for this machine.

What was learnt is kept in --state, so the next run starts from it.

The chain source is not wired into this command yet: without it no hub gets
past "not confirmed", and the status column says "chain not configured".
Forged announcements are refused all the same.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runMinerHubs(cmd, f) },
	}
	fs := cmd.Flags()
	f.register(fs)
	def := trust.DefaultConfig()
	fs.DurationVar(&f.listenFor, "for", 15*time.Second, "how long to listen")
	fs.StringVar(&f.state, "state", defaultHubsState(), "file keeping the hubs list between runs")
	fs.StringVar(&f.policy, "policy", string(def.Policy), "which hubs may be used: all, whitelisted or trusted")
	fs.StringVar(&f.minFunds, "min-funds", snm.Format(def.MinFreeFunds), "SNM a hub wallet must have free")
	fs.IntVar(&f.confirmations, "confirmations", def.MinConfirmations, "other miners' confirmations needed")
	fs.IntVar(&f.cores, "cores", runtime.NumCPU(), "cores this machine offers (for expected earnings)")
	return cmd
}

func defaultHubsState() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "miner-hubs.json"
	}
	return filepath.Join(home, ".sonm", "miner-hubs.json")
}

// hubRow is one line of the table, and one object of --json.
type hubRow struct {
	Name          string   `json:"name"`
	Wallet        string   `json:"wallet"`
	Owner         string   `json:"owner"`
	Endpoints     []string `json:"endpoints"`
	Status        string   `json:"status"`
	Reason        string   `json:"reason"`
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
	fmt.Fprintln(tw, "NAME\tWALLET\tSTATUS\tWHY\tFREE FUNDS\tPAYOUTS\tCONFIRMATIONS\tPAYS SNM/CORE-H\tEXPECTED SNM/H")
	for _, r := range rows {
		funds := "-"
		if r.FreeFundsSNM != "" {
			funds = r.FreeFundsSNM + " SNM"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d to %d miners\t+%d -%d\t%s\t%s\n",
			r.Name, r.Wallet, r.Status, r.Reason, funds, r.Payouts, r.PaidMiners, r.ConfirmFor, r.ConfirmAgain, r.MinerPaySNM, r.EarnPerHour)
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
	agent, err := trust.NewAgent(cfg, crypto.PubkeyToAddress(key.PublicKey), false)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), f.listenFor)
	defer cancel()
	log := f.logger(cmd.ErrOrStderr())
	bus, err := startBus(ctx, &f.busFlags, key, log)
	if err != nil {
		return err
	}
	defer bus.Close()
	store := &trust.FileStore{Path: f.state}
	runner, err := trust.NewRunner(trust.DefaultRunnerConfig(), agent, bus, nil, store, time.Now, log)
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
wait:
	for {
		select {
		case err = <-done:
			break wait
		case <-tick.C:
			if !f.json {
				fmt.Fprintf(cmd.ErrOrStderr(), "\r%3.0f%%  %d peers, %d hubs", 100*time.Since(start).Seconds()/f.listenFor.Seconds(), len(bus.Peers()), len(runner.Hubs()))
			}
		}
	}
	if !f.json {
		fmt.Fprintln(cmd.ErrOrStderr())
	}
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
