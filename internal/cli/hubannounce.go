package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/keys"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

// EnvNodeKey holds a hex private key for the bus commands when no
// --key-file is given.
const EnvNodeKey = "SONM_NODE_KEY"

// busFlags are shared by the commands that join the p2p bus.
type busFlags struct {
	keyFile   string
	listen    []string
	bootstrap []string
	noMDNS    bool
	noDHT     bool
	noNAT     bool
	logLevel  string
	json      bool
}

func (f *busFlags) register(fs *pflag.FlagSet) {
	def := p2p.DefaultConfig()
	fs.StringVar(&f.keyFile, "key-file", "", "file with the node's key: hex private key, or keystore JSON decrypted with $"+keys.EnvPassword+" (default $"+EnvNodeKey+", a hex key)")
	fs.StringSliceVar(&f.listen, "listen", def.ListenAddrs, "multiaddrs to listen on")
	fs.StringSliceVar(&f.bootstrap, "bootstrap", nil, "peers to join through, as full multiaddrs ending in /p2p/<id>")
	fs.BoolVar(&f.noMDNS, "no-mdns", false, "turn off local-network discovery (mDNS)")
	fs.BoolVar(&f.noDHT, "no-dht", false, "turn off wide-area discovery (Kademlia DHT)")
	fs.BoolVar(&f.noNAT, "no-nat", false, "turn off AutoNAT, relay v2, hole punching and port mapping")
	logLevelFlag(fs, &f.logLevel, logOff, "log the bus's work to stderr at this level: off, debug, info, warn or error", "debug", "")
	fs.BoolVar(&f.json, "json", false, "print machine-readable JSON")
}

func (f *busFlags) config() p2p.Config {
	c := p2p.DefaultConfig()
	c.ListenAddrs, c.Bootstrap = f.listen, f.bootstrap
	c.MDNS, c.DHT, c.NATTraversal = !f.noMDNS, !f.noDHT, !f.noNAT
	return c
}

func (f *busFlags) logger(w io.Writer) (*slog.Logger, error) {
	return newLogger(w, f.logLevel)
}

// says is whether the bus's work at level is shown.
func (f *busFlags) says(level slog.Level) bool {
	var l slog.Level
	return f.logLevel != logOff && l.UnmarshalText([]byte(f.logLevel)) == nil && l <= level
}

// errNoKey says how to give a key; the key never comes from argv.
var errNoKey = errors.New("no key: give --key-file (hex private key or keystore JSON) or set $" + EnvNodeKey)

// key loads the node key from --key-file or the environment. ok is false
// when neither is given.
func (f *busFlags) key() (key *ecdsa.PrivateKey, ok bool, err error) {
	var data []byte
	var perm os.FileMode
	switch {
	case f.keyFile != "":
		if data, perm, err = readKeyFile(f.keyFile); err != nil {
			return nil, false, err
		}
	case os.Getenv(EnvNodeKey) != "":
		data = []byte(os.Getenv(EnvNodeKey))
	default:
		return nil, false, nil
	}
	k, isJSON, err := keys.ParseKeyFile(data)
	if err != nil {
		return nil, false, err
	}
	if !isJSON && f.keyFile != "" && perm&0o077 != 0 {
		// A raw key is the identity and the payouts: only its owner reads it.
		return nil, false, fmt.Errorf("key file %s holds a raw private key and others may read it (mode %04o): run `chmod 600 %s`", f.keyFile, perm, f.keyFile)
	}
	if isJSON {
		pass, found := os.LookupEnv(keys.EnvPassword)
		if !found {
			return nil, false, fmt.Errorf("key file is encrypted keystore JSON: set $%s to its passphrase", keys.EnvPassword)
		}
		dk, err := keystore.DecryptKey(data, pass)
		if err != nil {
			return nil, false, fmt.Errorf("decrypt key file: %w", err)
		}
		k = dk.PrivateKey
	}
	return k, true, nil
}

// readKeyFile reads a key file and the permissions it had when read.
func readKeyFile(path string) ([]byte, os.FileMode, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("read key file: %w", err)
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, 0, fmt.Errorf("read key file: %w", err)
	}
	data, err := io.ReadAll(io.LimitReader(fh, 1<<20))
	if err != nil {
		return nil, 0, fmt.Errorf("read key file: %w", err)
	}
	return data, fi.Mode().Perm(), nil
}

func startBus(ctx context.Context, f *busFlags, key *ecdsa.PrivateKey, log *slog.Logger) (*p2p.Node, error) {
	n, err := p2p.New(f.config(), key, log, time.Now)
	if err != nil {
		return nil, err
	}
	if err := n.Start(ctx); err != nil {
		return nil, err
	}
	return n, nil
}

type announceFlags struct {
	busFlags
	name        string
	endpoints   []string
	wallet      string
	buyerPrice  string
	minerPay    string
	minCores    int
	minMemoryMB int
	gpu         bool
	every       time.Duration
	duration    time.Duration
}

func newHubAnnounceCmd() *cobra.Command {
	f := &announceFlags{}
	cmd := &cobra.Command{
		Use:   "announce",
		Short: "Broadcast this hub's signed announcement on the p2p bus, again and again",
		Long: `Broadcast a signed hub announcement (name, endpoints, owner, wallet, prices,
requirements) on the hubs topic of the bus every --every, until interrupted or
for --duration. The owner is the address of the key; miners check the
announcement against the Whitelist on chain.

The key comes from --key-file or $` + EnvNodeKey + `, never from the command line.
Prices are SNM per core-hour. The command prints the bus addresses that other
nodes can give as --bootstrap.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runHubAnnounce(cmd, f) },
	}
	fs := cmd.Flags()
	f.register(fs)
	fs.StringVar(&f.name, "name", "", "the hub's name (required)")
	fs.StringSliceVar(&f.endpoints, "endpoint", nil, "the hub's endpoint, host:port, as registered in the Whitelist (required; repeatable)")
	fs.StringVar(&f.wallet, "wallet", "", "the hub's HubWallet address (required)")
	fs.StringVar(&f.buyerPrice, "buyer-price", "0", "what buyers pay, SNM per core-hour")
	fs.StringVar(&f.minerPay, "miner-pay", "0", "what miners are paid, SNM per core-hour")
	fs.IntVar(&f.minCores, "min-cores", 1, "cores a miner needs")
	fs.IntVar(&f.minMemoryMB, "min-memory-mb", 0, "memory a miner needs, MiB")
	fs.BoolVar(&f.gpu, "gpu", false, "miners need a GPU")
	fs.DurationVar(&f.every, "every", 5*time.Second, "interval between announcements")
	fs.DurationVar(&f.duration, "duration", 0, "stop after this long (0: until interrupted)")
	return cmd
}

func buildAnnouncement(f *announceFlags, key *ecdsa.PrivateKey, now time.Time) (trust.Announcement, error) {
	if f.name == "" || len(f.endpoints) == 0 || f.wallet == "" {
		return trust.Announcement{}, errors.New("--name, --endpoint and --wallet are required")
	}
	if !common.IsHexAddress(f.wallet) {
		return trust.Announcement{}, fmt.Errorf("--wallet %q is not an address", f.wallet)
	}
	buyer, err := snm.Parse(f.buyerPrice)
	if err != nil {
		return trust.Announcement{}, fmt.Errorf("--buyer-price: %w", err)
	}
	pay, err := snm.Parse(f.minerPay)
	if err != nil {
		return trust.Announcement{}, fmt.Errorf("--miner-pay: %w", err)
	}
	a := trust.Announcement{
		Name:      f.name,
		Endpoints: f.endpoints,
		Wallet:    common.HexToAddress(f.wallet),
		BuyerWei:  buyer.String(),
		MinerWei:  pay.String(),
		Needs:     trust.Needs{MinCores: f.minCores, MinMemoryMB: f.minMemoryMB, GPU: f.gpu},
		IssuedAt:  now.Unix(),
	}
	if err := a.Sign(key); err != nil {
		return a, err
	}
	// The same checks a miner applies on receipt.
	b, err := a.Encode()
	if err != nil {
		return a, err
	}
	if _, err := trust.DecodeAnnouncement(b); err != nil {
		return a, err
	}
	return a, nil
}

func runHubAnnounce(cmd *cobra.Command, f *announceFlags) error {
	key, ok, err := f.key()
	if err != nil {
		return err
	}
	if !ok {
		return errNoKey
	}
	ann, err := buildAnnouncement(f, key, time.Now())
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	if f.duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.duration)
		defer cancel()
	}
	busKey, err := app.HubBusKey(key, ann.Wallet)
	if err != nil {
		return err
	}
	log, err := f.logger(cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	bus, err := startBus(ctx, &f.busFlags, busKey, log)
	if err != nil {
		return err
	}
	defer bus.Close()
	out := cmd.OutOrStdout()
	if f.json {
		_ = json.NewEncoder(out).Encode(map[string]any{"peer": bus.ID().String(), "owner": ann.Owner, "addrs": bus.Addrs()})
	} else {
		fmt.Fprintf(out, "hub %q (owner %s, wallet %s) announcing every %s\n", ann.Name, ann.Owner.Hex(), ann.Wallet.Hex(), f.every)
		fmt.Fprintf(out, "bus addresses (give one to miners as --bootstrap):\n  %s\n", strings.Join(bus.Addrs(), "\n  "))
	}
	return trust.Announce(ctx, bus, ann, f.every, func(n int) {
		if !f.json && f.says(slog.LevelInfo) {
			fmt.Fprintf(cmd.ErrOrStderr(), "announcement %d sent to %d peers\n", n, len(bus.TopicPeers(p2p.TopicHubs)))
		}
	})
}
