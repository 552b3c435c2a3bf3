package cli

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

type hubRunFlags struct {
	chainFlags
	bus           busFlags
	wallet        string
	data          string
	listen        string
	locator       string
	buyerPrice    string
	minerPay      string
	torrentListen string
	maxBundle     string
	minStake      string
	name          string
	announce      bool
	logLevel      string
	payEvery      time.Duration
	heartbeat     time.Duration
	metrics       string
}

func newHubRunCmd() *cobra.Command {
	f := &hubRunFlags{}
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the hub: take tasks from buyers, place units on miners, verify, publish, pay",
		Long: `Run a hub node until interrupted. It serves the locator (--locator, where
buyers and miners find it) and the hub service, accepts tasks whose deal is
funded on chain, splits them into work units, places replicas on the miners
that joined it, compares their outputs, publishes the verified result as a
torrent, commits its hash to the deal, and pays miners for verified work in
batches from the hub wallet.

The owner's key signs quotes and payouts: it comes from --key-file or
$` + EnvNodeKey + ` (hex), or from the keystore (--from, --password-file).
The wallet must be Registered (see 'sonm hub wallet'). Everything the hub
promises is kept in --data (SQLite); a restarted hub resumes its tasks and
never pays twice.

With --announce the hub also broadcasts itself on the p2p bus, so that
miners running 'sonm miner hubs' or 'sonm miner run' without --hub find it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runHubRun(cmd, f) },
	}
	fs := cmd.Flags()
	f.chainFlags.register(fs)
	fs.StringVar(&f.bus.keyFile, "key-file", "", "file with the owner's key (hex or keystore JSON with $SONM_PASSWORD); default $"+EnvNodeKey+", else the keystore")
	fs.StringSliceVar(&f.bus.listen, "p2p-listen", []string{"/ip4/127.0.0.1/tcp/0"}, "bus multiaddrs to listen on (with --announce)")
	fs.StringSliceVar(&f.bus.bootstrap, "bootstrap", nil, "bus peers to join through (with --announce)")
	fs.StringVar(&f.wallet, "wallet", "", "the hub wallet (default: the newest wallet the owner created)")
	dataDirFlag(fs, &f.data, "", "directory for the hub's database, bundles and results (default ~/.sonm/hub)", "data")
	fs.StringVar(&f.listen, "listen", "127.0.0.1:0", "address of the hub service")
	fs.StringVar(&f.locator, "locator", "127.0.0.1:10053", "address of the locator that resolves the hub service")
	fs.StringVar(&f.buyerPrice, "buyer-price", "0.05", "what buyers pay, SNM per core-hour")
	fs.StringVar(&f.minerPay, "miner-pay", "0.04", "what miners are paid, SNM per core-hour")
	fs.StringVar(&f.torrentListen, "torrent-listen", "127.0.0.1:0", "address for torrent peers (bundles, results)")
	fs.StringVar(&f.maxBundle, "max-bundle", "4GiB", "largest buyer's bundle the hub fetches (a task with a larger one fails)")
	fs.StringVar(&f.minStake, "min-stake", "0", "bonded miner stake (SNM, in the MinerStake contract) a miner needs to join; announced with the hub")
	fs.StringVar(&f.name, "name", "sonm hub", "the hub's name")
	fs.BoolVar(&f.announce, "announce", false, "announce the hub on the p2p bus")
	fs.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.DurationVar(&f.payEvery, "pay-every", 2*time.Second, "send payout batches at most this often")
	fs.DurationVar(&f.heartbeat, "heartbeat", time.Second, "how often miners must send a heartbeat (three missed: dropped)")
	registerMetricsFlag(fs, &f.metrics)
	return cmd
}

func levelOf(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("--log-level %q: want debug, info, warn or error", s)
	}
	return l, nil
}

func runHubRun(cmd *cobra.Command, f *hubRunFlags) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	lvl, err := levelOf(f.logLevel)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
	maxBundle, err := delivery.ParseSize(f.maxBundle)
	if err != nil || maxBundle <= 0 {
		return fmt.Errorf("--max-bundle %q: want a size such as 4GiB", f.maxBundle)
	}
	buyer, err := snm.Parse(f.buyerPrice)
	if err != nil {
		return fmt.Errorf("--buyer-price: %w", err)
	}
	minStake, err := snm.Parse(f.minStake)
	if err != nil {
		return fmt.Errorf("--min-stake: %w", err)
	}
	pay, err := snm.Parse(f.minerPay)
	if err != nil {
		return fmt.Errorf("--miner-pay: %w", err)
	}
	if pay.Cmp(buyer) > 0 {
		return fmt.Errorf("--miner-pay %s is above --buyer-price %s: the hub would lose money on every unit", f.minerPay, f.buyerPrice)
	}
	c, done, err := f.connect(ctx)
	if err != nil {
		return err
	}
	defer done()
	key, ok, err := f.bus.key()
	if err != nil {
		return err
	}
	if !ok {
		if _, key, err = f.signer(cmd, c); err != nil {
			return err
		}
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	var wallet common.Address
	if f.wallet != "" {
		if wallet, err = parseAddress("--wallet", f.wallet); err != nil {
			return err
		}
	} else {
		ws, err := c.WalletsOf(ctx, owner)
		if err != nil {
			return err
		}
		if len(ws) == 0 {
			return fmt.Errorf("%s owns no hub wallet: create one with 'sonm hub wallet create', deposit and register it", owner.Hex())
		}
		wallet = ws[len(ws)-1]
	}
	st, err := c.Wallet(ctx, wallet)
	if err != nil {
		return err
	}
	if st.Owner != owner {
		return fmt.Errorf("wallet %s belongs to %s, not to this key's %s", wallet.Hex(), st.Owner.Hex(), owner.Hex())
	}
	if st.State.String() != "Registered" {
		fmt.Fprintf(cmd.ErrOrStderr(), "note: wallet %s is %s; payouts wait until it is Registered ('sonm hub wallet register')\n", wallet.Hex(), st.State)
	}
	data := f.data
	if data == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return err
		}
		data = filepath.Join(home, ".sonm", "hub")
	}
	hc := app.HubConfig{
		Hub: hub.Config{Key: key, Chain: c, Wallet: wallet, DataDir: data, Name: f.name,
			BuyerWei: buyer, MinerWei: pay, ListenAddr: f.listen, LocatorAddr: f.locator, Log: log,
			PayEvery: f.payEvery, Heartbeat: f.heartbeat, MaxBundleBytes: maxBundle, MinStakeWei: minStake},
		Delivery:     &delivery.Config{ListenAddr: f.torrentListen},
		MetricsAddr:  f.metrics,
		SyncEndpoint: true,
	}
	if f.announce {
		hc.Announce = &app.AnnounceConfig{Bus: f.bus.config(), Every: 5 * time.Second, Needs: trust.Needs{MinCores: 1}}
	}
	role, err := app.StartHub(ctx, hc)
	if err != nil {
		return metricsFlagErr(err)
	}
	defer role.Close()
	h := role.Hub
	out := cmd.OutOrStdout()
	if role.EndpointSet {
		fmt.Fprintf(out, "whitelist endpoint of %s set to %s (was %q)\n", wallet.Hex(), h.LocatorAddr(), role.EndpointWas)
	}
	fmt.Fprintf(out, "hub %q running: wallet %s, owner %s\n", f.name, wallet.Hex(), owner.Hex())
	fmt.Fprintf(out, "  locator  %s   (give this to miners and buyers as --hub)\n", h.LocatorAddr())
	fmt.Fprintf(out, "  service  %s\n", h.Addr())
	fmt.Fprintf(out, "  prices   buyers pay %s, miners get %s per core-hour\n", snm.String(buyer), snm.String(pay))
	fmt.Fprintf(out, "  data     %s\n", data)
	sayMetrics(out, role.Metrics)
	if role.Bus != nil {
		fmt.Fprintf(out, "  bus      %s\n", strings.Join(role.Bus.Addrs(), " "))
	}
	<-ctx.Done()
	fmt.Fprintln(out, "hub stopping")
	return nil
}
