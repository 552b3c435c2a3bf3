package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/moby/moby/client"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/hardware"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

type minerRunFlags struct {
	chainFlags
	keyFile       string
	hub           string
	wallet        string
	workDir       string
	slots         int
	docker        bool
	allowNetwork  bool
	bundleCache   string
	torrentListen string
	name          string
	ask           string
	logLevel      string
	disc          discoverFlags
	confirmations int
	metrics       string
}

func newMinerRunCmd() *cobra.Command {
	f := &minerRunFlags{}
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Join a hub and run its work units on this machine until interrupted",
		Long: `Join the hub at --hub (its locator endpoint, host:port) for the hub wallet
--wallet, take work units, run them in their sandboxes (WebAssembly always,
Docker with --docker when the engine answers), report their outputs, and
claim the pay the hub approves. A lost hub is joined again with backoff;
results finished meanwhile are reported after the rejoin. Stop with Ctrl-C.

Without --hub and --wallet the miner finds its hub on the p2p bus: its
trust agent checks every announced hub against the chain (whitelist record,
endpoint, free funds, payouts) and the miner joins the most profitable safe
hub, or a checked one on trial (--bootstrap gives a hub's bus address; mDNS
finds hubs on the local network). 'sonm miner hubs' shows the same verdicts.

The miner's key is its identity and payout address: it comes from --key-file
or $` + EnvNodeKey + ` (hex), else from the keystore (--from, --password-file).
Payouts are claimed on chain when a chain is configured (--rpc, --deployment,
--registry or the default deployment file); without one the miner still
works and 'sonm miner claim WALLET' pulls the pay later.

--data-dir keeps fetched bundles, unit outputs and a state file, so a
restarted miner reports what finished before it stopped.`,
		Example: `  sonm miner run --hub 127.0.0.1:10053 --wallet 0x5FbD... --key-file miner.key
  sonm miner run --bootstrap /ip4/127.0.0.1/tcp/4001/p2p/16Uiu2... --key-file miner.key
  sonm miner run --hub hub.example.org:10053 --wallet 0x5FbD... --docker --slots 4`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runMinerRun(cmd, f) },
	}
	fs := cmd.Flags()
	f.chainFlags.register(fs)
	fs.StringVar(&f.keyFile, "key-file", "", "file with the miner's key (hex or keystore JSON with $SONM_PASSWORD); default $"+EnvNodeKey+", else the keystore")
	fs.StringVar(&f.hub, "hub", "", "the hub's locator endpoint, host:port (with --wallet; default: find a hub on the bus)")
	fs.StringVar(&f.wallet, "wallet", "", "the hub's wallet address (with --hub)")
	f.disc.register(fs)
	fs.IntVar(&f.confirmations, "confirmations", 0, "without --hub: other miners' votes a hub needs before it counts as checked")
	dataDirFlag(fs, &f.workDir, "", "directory for bundles, outputs and state (default ~/.sonm/miner)", "workdir")
	fs.IntVar(&f.slots, "slots", runtime.NumCPU(), "work units run at once")
	fs.BoolVar(&f.docker, "docker", false, "also run Docker units when the engine is reachable")
	fs.BoolVar(&f.allowNetwork, "allow-network", false, "give Docker units that ask for a network one (they reach this host's networks and beyond); off, such units are refused")
	fs.StringVar(&f.torrentListen, "torrent-listen", "127.0.0.1:0", "address for torrent peers (bundles in, large outputs out)")
	fs.StringVar(&f.bundleCache, "bundle-cache", "16GiB", "room for fetched bundles in --data-dir; least recently used are removed first, a larger bundle is refused")
	fs.StringVar(&f.name, "name", "", "the miner's name as the hub shows it (default: the host name)")
	fs.StringVar(&f.ask, "ask", "", "least pay accepted, SNM per core-hour (default: any)")
	fs.StringVar(&f.logLevel, "log-level", "warn", "debug, info, warn or error (events are printed anyway)")
	registerMetricsFlag(fs, &f.metrics)
	return cmd
}

func runMinerRun(cmd *cobra.Command, f *minerRunFlags) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
	pinned := f.hub != "" || f.wallet != ""
	var wallet common.Address
	var err error
	if pinned {
		if f.hub == "" || f.wallet == "" {
			return errors.New("--hub and --wallet go together: the hub's locator endpoint (host:port) and its wallet; without both the miner finds a hub on the bus")
		}
		if _, _, err := net.SplitHostPort(f.hub); err != nil {
			return fmt.Errorf("--hub %q: want the hub's locator endpoint as host:port", f.hub)
		}
		if wallet, err = parseAddress("--wallet", f.wallet); err != nil {
			return err
		}
	}
	if f.slots < 1 {
		return fmt.Errorf("--slots %d: want at least 1", f.slots)
	}
	cacheBytes, err := delivery.ParseSize(f.bundleCache)
	if err != nil || cacheBytes <= 0 {
		return fmt.Errorf("--bundle-cache %q: want a size such as 16GiB", f.bundleCache)
	}
	var ask *big.Int
	if f.ask != "" {
		if ask, err = parseAmount("--ask", f.ask); err != nil {
			return err
		}
	}
	lvl, err := levelOf(f.logLevel)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(errw, &slog.HandlerOptions{Level: lvl}))
	workDir := f.workDir
	if workDir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return err
		}
		workDir = filepath.Join(home, ".sonm", "miner")
	}
	name := f.name
	if name == "" {
		name, _ = os.Hostname()
	}

	c, closeChain, chainNote, err := f.optionalChain(ctx)
	if err != nil {
		return err
	}
	if closeChain != nil {
		defer closeChain()
	}
	if !pinned && c == nil {
		return fmt.Errorf("finding a hub on the bus needs the chain to check it (%s); give --deployment or --rpc, or pin a hub with --hub and --wallet", chainNote)
	}
	if pinned && c != nil {
		warnings, err := checkPinnedHub(ctx, c, wallet)
		if err != nil {
			return err
		}
		for _, w := range warnings {
			fmt.Fprintf(errw, "warning: %s\n", w)
		}
	} else if pinned {
		fmt.Fprintf(errw, "note: no chain given, so nothing checks that hub wallet %s can pay (give --deployment or --rpc)\n", wallet.Hex())
	}
	key, err := f.minerKey(cmd)
	if err != nil {
		return err
	}
	var opts *bind.TransactOpts
	if c != nil {
		opts = c.Backend().Transactor(key)
	}

	profile, _, _ := (hardware.Cache{Path: filepath.Join(defaultCacheDir(""), "hardware.json")}).Load()
	capacity, dcfg := minerOffer(f.slots, profile, f.allowNetwork)
	var dockerEx executor.Executor
	var images miner.ImagePreparer
	if f.docker {
		api, d, err := startDocker(ctx, dcfg, log)
		if err != nil {
			fmt.Fprintf(errw, "note: Docker units are off: %v\n", err)
		} else {
			defer api.Close()
			dockerEx = d
			images = docker.NewImages(api, log)
		}
	}

	var mu sync.Mutex // one line at a time
	printEvent := func(e miner.Event) {
		mu.Lock()
		defer mu.Unlock()
		if f.json {
			_ = json.NewEncoder(out).Encode(eventJSON(e))
			return
		}
		fmt.Fprintln(out, e.String())
	}
	mc := app.MinerConfig{
		Miner: miner.Config{
			Key: key, Chain: c, ChainOpts: opts,
			WorkDir: workDir, Slots: f.slots, Capacity: capacity, AskWei: ask, Name: name, CacheBytes: cacheBytes,
			Log: log, OnEvent: printEvent,
		},
		Hub: f.hub, Wallet: wallet,
		Delivery:     &delivery.Config{ListenAddr: f.torrentListen},
		WasmCacheDir: filepath.Join(workDir, "wasm-cache"),
		Docker:       dockerEx, Images: images,
		MetricsAddr: f.metrics,
	}
	if !pinned {
		tc := trust.DefaultConfig()
		tc.MinConfirmations = f.confirmations
		mc.Discover = &app.DiscoverConfig{Bus: f.disc.config(), Trust: tc, Refresh: 2 * time.Second, StateDir: workDir}
		mc.DiscoverWait = f.disc.waitOptions()
		mc.DiscoverHint = discoverHint
		mc.Picked = func(h trust.Hub, why string) {
			if !f.json {
				mu.Lock()
				sayPicked(out, "miner", pickedOf(h, why))
				mu.Unlock()
			}
		}
	}
	role, err := app.StartMiner(ctx, mc)
	if err != nil {
		return metricsFlagErr(err)
	}
	defer role.Close()
	m := role.Miner
	if !pinned && !f.json {
		fmt.Fprintln(out, "looking for hubs on the bus; each is checked on chain before it is joined")
	}
	if role.Metrics != nil && f.json {
		sayMetrics(errw, role.Metrics)
	}
	if !f.json {
		if pinned {
			fmt.Fprintf(out, "miner %s (%q) joining hub %s at %s\n", m.Address().Hex(), name, wallet.Hex(), f.hub)
		} else {
			fmt.Fprintf(out, "miner %s (%q)\n", m.Address().Hex(), name)
		}
		fmt.Fprintf(out, "  executors %s, %d slots, work dir %s, torrents on %s\n", strings.Join(role.Executors, " and "), f.slots, workDir, role.Delivery.Addr())
		if chainNote != "" {
			fmt.Fprintf(out, "  %s\n", chainNote)
		}
		sayMetrics(out, role.Metrics)
	}
	if err := role.Run(ctx); err != nil {
		return err
	}
	st := m.Stats()
	if !f.json {
		fmt.Fprintf(out, "miner stopped: %d unit(s) run, %d succeeded, %d failed, %d cancelled; %s claimed\n",
			st.Runs, st.Succeeded, st.Failed, st.Cancelled, snm.String(st.Claimed))
	}
	return nil
}

// optionalChain connects to the chain when one is configured. Explicit
// flags must work; the default deployment file may be absent or its chain
// down, and then the miner works without claiming.
func (f *minerRunFlags) optionalChain(ctx context.Context) (*chain.Client, func(), string, error) {
	explicit := f.rpc != "" || f.deployment != "" || f.registry != ""
	if !explicit {
		if _, err := os.Stat(defaultDeploymentPath()); err != nil {
			return nil, nil, "no chain configured: pay is not claimed automatically ('sonm miner claim WALLET' does it later)", nil
		}
	}
	c, done, err := f.connect(ctx)
	if err != nil {
		if explicit {
			return nil, nil, "", err
		}
		return nil, nil, fmt.Sprintf("chain unreachable (%v): pay is not claimed automatically", err), nil
	}
	return c, done, "claims pay on chain " + c.Deployment().RPC, nil
}

// minerKey loads the key from --key-file or the environment, else unlocks
// it from the keystore.
func (f *minerRunFlags) minerKey(cmd *cobra.Command) (*ecdsa.PrivateKey, error) {
	bf := busFlags{keyFile: f.keyFile}
	key, ok, err := bf.key()
	if err != nil || ok {
		return key, err
	}
	store, err := f.open()
	if err != nil {
		return nil, err
	}
	var addr common.Address
	if f.from != "" {
		if addr, err = parseAddress("--from", f.from); err != nil {
			return nil, err
		}
	}
	acc, err := store.Find(addr)
	if err != nil {
		return nil, fmt.Errorf("%w (or give --key-file)", err)
	}
	pass, err := f.passphrase(cmd, "Passphrase for "+acc.Address.Hex(), false)
	if err != nil {
		return nil, err
	}
	return store.Unlock(acc.Address, pass)
}

// minerOffer is what a miner tells the hub it has and what its Docker
// executor is built with, from one source: a unit the hub places for the
// GPUs or network it was told of must not be refused by the executor.
func minerOffer(slots int, p hardware.Profile, allowNetwork bool) (hubapi.Capacity, docker.Config) {
	c := hubapi.Capacity{Slots: slots, Cores: float64(runtime.NumCPU()), MemoryBytes: p.RAM.TotalBytes,
		GPUs: len(p.GPUs), Network: allowNetwork}
	cfg := docker.DefaultConfig()
	cfg.GPUs = c.GPUs
	cfg.AllowNetwork = allowNetwork
	return c, cfg
}

func startDocker(ctx context.Context, cfg docker.Config, log *slog.Logger) (*client.Client, *docker.Executor, error) {
	api, err := client.New(client.FromEnv)
	if err != nil {
		return nil, nil, fmt.Errorf("docker client: %w", err)
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := api.Ping(pctx, client.PingOptions{}); err != nil {
		api.Close()
		return nil, nil, fmt.Errorf("the Docker engine does not answer: %w", err)
	}
	d, err := docker.New(cfg, api, log.With("component", "docker"))
	if err != nil {
		api.Close()
		return nil, nil, err
	}
	return api, d, nil
}

// eventJSON is one line of --json output.
func eventJSON(e miner.Event) map[string]any {
	v := map[string]any{"event": string(e.Kind), "time": e.Time.UTC().Format(time.RFC3339Nano), "text": e.String()}
	if e.Hub != "" {
		v["hub"] = e.Hub
	}
	if e.Wallet != (common.Address{}) {
		v["wallet"] = e.Wallet.Hex()
	}
	if e.Task != "" {
		v["task"], v["unit"], v["assignment"] = e.Task, e.Unit, e.Assignment
	}
	if e.Kind == miner.EventDone {
		v["exit_code"], v["duration_ms"] = e.ExitCode, e.Duration.Milliseconds()
	}
	if e.AmountWei != nil {
		v["amount_snm"] = snm.Format(e.AmountWei)
	}
	if e.Tx != "" {
		v["tx"] = e.Tx
	}
	if e.Err != nil {
		v["error"] = e.Err.Error()
	}
	return v
}
