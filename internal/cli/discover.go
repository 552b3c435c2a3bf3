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

	"github.com/sonm-io/sonm/internal/app"
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

func (d *discoverFlags) config() p2p.Config {
	cfg := p2p.DefaultConfig()
	cfg.ListenAddrs, cfg.Bootstrap = d.listen, d.bootstrap
	cfg.MDNS, cfg.DHT = !d.noMDNS, len(d.bootstrap) > 0
	return cfg
}

func (d *discoverFlags) waitOptions() trust.WaitOptions {
	return trust.WaitOptions{Limit: d.wait, Settle: d.settle}
}

// discoverHint is added to a wait on the bus that found no hub.
const discoverHint = "give --bootstrap with a hub's bus address, or pin one with --hub"

// startDiscovery joins the bus and starts the agent; its verdicts are kept
// in stateDir/hubs.json.
func startDiscovery(ctx context.Context, d *discoverFlags, key *ecdsa.PrivateKey, c *chain.Client, stateDir string, minConfirmations int, log *slog.Logger) (*app.Discovery, error) {
	if c == nil {
		return nil, errors.New("finding a hub on the bus needs the chain (to check each hub's whitelist record and funds): give --deployment or --rpc, or pin one with --hub")
	}
	tc := trust.DefaultConfig()
	tc.MinConfirmations = minConfirmations
	return app.StartDiscovery(ctx, app.DiscoverConfig{Bus: d.config(), Trust: tc, Refresh: 2 * time.Second, StateDir: stateDir}, key, c, log)
}

// waitFor waits for the agent to let pick choose a hub.
func waitFor[T any](ctx context.Context, disc *app.Discovery, f *discoverFlags, pick func([]trust.Hub) (T, error)) (T, error) {
	v, err := trust.Wait(ctx, disc.Checker, f.waitOptions(), pick)
	if err != nil && ctx.Err() == nil {
		return v, fmt.Errorf("%w; %s", err, discoverHint)
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

// pickedOf is the hub the miner's agent chose, for sayPicked.
func pickedOf(h trust.Hub, why string) pickedHub {
	return pickedHub{h.Announcement.Endpoints[0], h.Announcement.Wallet, h.Announcement.Name, why}
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
