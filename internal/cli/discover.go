package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/market"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/trust"
)

// discoverFlags find hubs on the p2p bus when no --hub is given.
type discoverFlags struct {
	bootstrap []string
	listen    []string
	wait      time.Duration
	settle    time.Duration
	noMDNS    bool
}

func (d *discoverFlags) register(fs *pflag.FlagSet) {
	fs.StringSliceVar(&d.bootstrap, "bootstrap", nil, "without --hub: bus peers to join through (full multiaddrs ending in /p2p/<id>, as 'sonm hub run --announce' prints)")
	fs.StringSliceVar(&d.listen, "p2p-listen", []string{"/ip4/127.0.0.1/tcp/0"}, "without --hub: bus multiaddrs to listen on")
	fs.DurationVar(&d.wait, "discover-timeout", time.Minute, "without --hub: how long to look for a hub on the bus")
	fs.DurationVar(&d.settle, "discover-settle", trust.DefaultSettle, "without --hub: how long to listen to the bus before choosing, so that every announced hub is heard and checked")
	fs.BoolVar(&d.noMDNS, "no-mdns", false, "without --hub: do not look for peers on the local network (mDNS)")
}

// discovery is a bus node with a trust agent that checks every announced
// hub against the chain.
type discovery struct {
	checker *trust.Checker
	close   func()
}

// startDiscovery joins the bus and starts the agent; its verdicts are kept
// in stateDir/hubs.json.
func startDiscovery(ctx context.Context, d *discoverFlags, key *ecdsa.PrivateKey, c *chain.Client, stateDir string, minConfirmations int, log *slog.Logger) (*discovery, error) {
	if c == nil {
		return nil, errors.New("finding a hub on the bus needs the chain (to check each hub's whitelist record and funds): give --deployment or --rpc, or pin one with --hub")
	}
	cfg := p2p.DefaultConfig()
	cfg.ListenAddrs, cfg.Bootstrap = d.listen, d.bootstrap
	cfg.MDNS, cfg.DHT = !d.noMDNS, len(d.bootstrap) > 0
	bus, err := p2p.New(cfg, key, log.With("component", "p2p"), time.Now)
	if err != nil {
		return nil, err
	}
	if err := bus.Start(ctx); err != nil {
		return nil, fmt.Errorf("join the bus: %w", err)
	}
	tc := trust.DefaultConfig()
	tc.MinConfirmations = minConfirmations
	ch, err := trust.StartChecker(ctx, tc, bus, c, stateDir, 2*time.Second, log.With("component", "trust"))
	if err != nil {
		bus.Close()
		return nil, err
	}
	return &discovery{checker: ch, close: func() { ch.Close(); bus.Close() }}, nil
}

// waitFor waits for the agent to let pick choose a hub.
func waitFor[T any](ctx context.Context, d *discovery, f *discoverFlags, pick func([]trust.Hub) (T, error)) (T, error) {
	v, err := trust.Wait(ctx, d.checker, trust.WaitOptions{Limit: f.wait, Settle: f.settle}, pick)
	if err != nil && ctx.Err() == nil {
		return v, fmt.Errorf("%w; give --bootstrap with a hub's bus address, or pin one with --hub", err)
	}
	return v, err
}

// pickedHub is a hub chosen on the bus: where to reach it, and why.
type pickedHub struct {
	endpoint string
	wallet   common.Address
	name     string
	why      string
}

// minerPick is the miner's choice (trust.PickHub: safe hubs first, the most
// profitable checked hub on trial otherwise).
func minerPick(cores int) func([]trust.Hub) (pickedHub, error) {
	return func(hubs []trust.Hub) (pickedHub, error) {
		h, ch, err := trust.PickHub(hubs, nil, cores)
		if err != nil {
			return pickedHub{}, err
		}
		if len(h.Announcement.Endpoints) == 0 {
			return pickedHub{}, errors.New("the chosen hub announced no endpoint")
		}
		return pickedHub{h.Announcement.Endpoints[0], h.Announcement.Wallet, h.Announcement.Name, ch.Why}, nil
	}
}

// buyerPick is the buyer's choice: the cheapest hub its agent checked.
func buyerPick(hubs []trust.Hub) (pickedHub, error) {
	byWallet := map[common.Address]trust.Hub{}
	var offers []market.Offer
	for _, h := range hubs {
		if h.Status != trust.Checked && h.Status != trust.Safe || len(h.Announcement.Endpoints) == 0 {
			continue
		}
		o := trust.HubOffer(h)
		offers = append(offers, o)
		byWallet[o.Wallet] = h
	}
	if len(offers) == 0 {
		return pickedHub{}, market.ErrNoHubs
	}
	ch, err := market.ChooseForBuyer(offers, market.BuyerPolicy{MinStatus: market.StatusChecked})
	if err != nil {
		return pickedHub{}, err
	}
	h := byWallet[ch.Wallet]
	return pickedHub{h.Announcement.Endpoints[0], ch.Wallet, h.Announcement.Name, ch.Why}, nil
}

func sayPicked(w io.Writer, role string, p pickedHub) {
	fmt.Fprintf(w, "%s picked hub %q (wallet %s) at %s: %s\n", role, p.name, p.wallet.Hex(), p.endpoint, p.why)
}
