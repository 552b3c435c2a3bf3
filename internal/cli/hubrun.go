package cli

import (
	"context"
	"crypto/ecdsa"
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

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/metrics"
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
	dn, err := delivery.New(delivery.Config{ListenAddr: f.torrentListen}, log.With("component", "delivery"))
	if err != nil {
		return err
	}
	if err := dn.Start(ctx); err != nil {
		return err
	}
	defer dn.Close()
	var hm *metrics.Hub
	if f.metrics != "" {
		hm = metrics.NewHub()
	}
	h, err := hub.New(hub.Config{Key: key, Chain: c, Wallet: wallet, Delivery: dn, DataDir: data, Name: f.name,
		BuyerWei: buyer, MinerWei: pay, ListenAddr: f.listen, LocatorAddr: f.locator, Log: log,
		PayEvery: f.payEvery, Heartbeat: f.heartbeat, MaxBundleBytes: maxBundle, Metrics: hm})
	if err != nil {
		return err
	}
	// Served before the hub starts: /readyz says 503 while it resumes.
	msrv, err := startMetrics(f.metrics, hm.Registry(), h.Ready, log)
	if err != nil {
		return err
	}
	if msrv != nil {
		defer msrv.Close()
	}
	if err := h.Start(ctx); err != nil {
		return err
	}
	defer h.Close()
	out := cmd.OutOrStdout()
	if rec, err := c.Hub(ctx, wallet); err == nil && rec.Endpoint != h.LocatorAddr() {
		// Miners refuse an announcement whose endpoint differs from the
		// whitelist's record.
		if _, err := c.SetEndpoint(ctx, h.Opts(ctx), wallet, h.LocatorAddr()); err != nil {
			return fmt.Errorf("record the endpoint %s in the whitelist: %w", h.LocatorAddr(), err)
		}
		fmt.Fprintf(out, "whitelist endpoint of %s set to %s (was %q)\n", wallet.Hex(), h.LocatorAddr(), rec.Endpoint)
	}
	fmt.Fprintf(out, "hub %q running: wallet %s, owner %s\n", f.name, wallet.Hex(), owner.Hex())
	fmt.Fprintf(out, "  locator  %s   (give this to miners and buyers as --hub)\n", h.LocatorAddr())
	fmt.Fprintf(out, "  service  %s\n", h.Addr())
	fmt.Fprintf(out, "  prices   buyers pay %s, miners get %s per core-hour\n", snm.String(buyer), snm.String(pay))
	fmt.Fprintf(out, "  data     %s\n", data)
	sayMetrics(out, msrv)
	if f.announce {
		if err := announceHub(ctx, f, key, wallet, h.LocatorAddr(), buyer.String(), pay.String(), out, log); err != nil {
			return err
		}
	}
	<-ctx.Done()
	fmt.Fprintln(out, "hub stopping")
	return nil
}

func announceHub(ctx context.Context, f *hubRunFlags, key *ecdsa.PrivateKey, wallet common.Address, endpoint, buyerWei, minerWei string,
	out interface{ Write([]byte) (int, error) }, log *slog.Logger) error {
	busKey, err := hubBusKey(key, wallet)
	if err != nil {
		return err
	}
	bus, err := startBus(ctx, &f.bus, busKey, log.With("component", "p2p"))
	if err != nil {
		return err
	}
	ann := trust.Announcement{Name: f.name, Endpoints: []string{endpoint}, Wallet: wallet, BuyerWei: buyerWei, MinerWei: minerWei,
		Needs: trust.Needs{MinCores: 1}, IssuedAt: time.Now().Unix()}
	if err := ann.Sign(key); err != nil {
		bus.Close()
		return err
	}
	fmt.Fprintf(out, "  bus      %s\n", strings.Join(bus.Addrs(), " "))
	go func() {
		defer bus.Close()
		trust.Announce(ctx, bus, ann, 5*time.Second, nil)
	}()
	return nil
}
