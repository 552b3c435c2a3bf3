package app

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hub"
	"github.com/sonm-io/sonm/internal/metrics"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/trust"
)

// HubConfig is everything a hub role runs with.
type HubConfig struct {
	// Hub configures the hub itself (key, chain, wallet, data directory,
	// prices, addresses, logger). StartHub sets its Delivery, and its
	// Metrics when MetricsAddr is given.
	Hub hub.Config
	// Delivery configures the torrent node that fetches buyers' bundles
	// and publishes results; nil runs the hub without one (benchmarks:
	// tasks without bundles only).
	Delivery *delivery.Config
	// MetricsAddr is where Prometheus metrics, /healthz and /readyz are
	// served, from before the hub resumes its work; "" serves none and
	// counts nothing.
	MetricsAddr string
	// SyncEndpoint records the locator's address as the wallet's endpoint
	// in the whitelist when the record says otherwise: miners refuse an
	// announcement whose endpoint differs from it. Needs Hub.Chain.
	SyncEndpoint bool
	// Announce, when set, joins the bus and announces the hub there until
	// Close.
	Announce *AnnounceConfig
}

// AnnounceConfig is the hub's presence on the p2p bus.
type AnnounceConfig struct {
	Bus   p2p.Config
	Every time.Duration // between announcements
	Needs trust.Needs   // what the hub asks of miners
}

// HubRole is a running hub with the parts it was started with.
type HubRole struct {
	Hub      *hub.Hub
	Delivery *delivery.Node  // nil without HubConfig.Delivery
	Metrics  *metrics.Server // nil without HubConfig.MetricsAddr
	Bus      *p2p.Node       // nil without HubConfig.Announce
	Announce trust.Announcement
	// EndpointSet says SyncEndpoint changed the whitelist's record, which
	// was EndpointWas.
	EndpointSet bool
	EndpointWas string

	stack Stack
}

// Close stops the hub and everything started with it, in reverse order.
func (r *HubRole) Close() error {
	if r == nil {
		return nil
	}
	return r.stack.Close()
}

// StartHub starts a hub: its torrent node, its metrics server, the hub
// (locator and hub service), the whitelist's endpoint and its
// announcements on the bus, in that order. A step that fails closes what
// the steps before it started; the error is a *StepError.
func StartHub(ctx context.Context, cfg HubConfig) (*HubRole, error) {
	r := &HubRole{}
	if err := r.start(ctx, cfg); err != nil {
		r.stack.Close()
		return nil, err
	}
	return r, nil
}

func (r *HubRole) start(ctx context.Context, cfg HubConfig) error {
	hc := cfg.Hub
	log := logOrDiscard(hc.Log)
	hc.Log = log
	now := hc.Now
	if now == nil {
		now = time.Now
	}
	dn, err := startDelivery(ctx, cfg.Delivery, log, &r.stack)
	if err != nil {
		return err
	}
	r.Delivery, hc.Delivery = dn, dn
	if cfg.MetricsAddr != "" {
		hc.Metrics = metrics.NewHub()
	}
	h, err := hub.New(hc)
	if err != nil {
		return stepErr(StepHub, err)
	}
	if cfg.MetricsAddr != "" {
		// Served before the hub starts: /readyz says 503 while it resumes.
		srv, err := serveMetrics(cfg.MetricsAddr, hc.Metrics.Registry(), h.Ready, log)
		if err != nil {
			return err
		}
		r.stack.Push("metrics server", srv.Close)
		r.Metrics = srv
	}
	if err := h.Start(ctx); err != nil {
		return stepErr(StepHub, err)
	}
	r.stack.Push("hub", h.Close)
	r.Hub = h
	if cfg.SyncEndpoint {
		if err := r.syncEndpoint(ctx, hc); err != nil {
			return stepErr(StepEndpoint, err)
		}
	}
	if cfg.Announce != nil {
		if err := r.announce(ctx, hc, *cfg.Announce, now); err != nil {
			return err
		}
	}
	return nil
}

func (r *HubRole) syncEndpoint(ctx context.Context, hc hub.Config) error {
	if hc.Chain == nil {
		return errors.New("recording the endpoint in the whitelist needs a chain")
	}
	at := r.Hub.LocatorAddr()
	rec, err := hc.Chain.Hub(ctx, hc.Wallet)
	if err != nil || rec.Endpoint == at {
		// A wallet the whitelist cannot tell of is the chain's to refuse
		// later, not the start's.
		return nil
	}
	if _, err := hc.Chain.SetEndpoint(ctx, r.Hub.Opts(ctx), hc.Wallet, at); err != nil {
		return fmt.Errorf("record the endpoint %s in the whitelist: %w", at, err)
	}
	r.EndpointSet, r.EndpointWas = true, rec.Endpoint
	return nil
}

func (r *HubRole) announce(ctx context.Context, hc hub.Config, ac AnnounceConfig, now func() time.Time) error {
	endpoint := r.Hub.LocatorAddr()
	if endpoint == "" {
		return stepErr(StepAnnounce, errors.New("announcing the hub needs its locator"))
	}
	if ac.Every <= 0 {
		return stepErr(StepAnnounce, fmt.Errorf("announce interval %s: want a positive one", ac.Every))
	}
	ann := trust.Announcement{Name: hc.Name, Endpoints: []string{endpoint}, Wallet: hc.Wallet,
		BuyerWei: hc.BuyerWei.String(), MinerWei: hc.MinerWei.String(), Needs: ac.Needs, IssuedAt: now().Unix()}
	if hc.MinStakeWei != nil && hc.MinStakeWei.Sign() > 0 {
		// The rule the hub enforces at joins is the one it announces.
		ann.Needs.MinStakeWei = hc.MinStakeWei.String()
	}
	if err := ann.Sign(hc.Key); err != nil {
		return stepErr(StepAnnounce, err)
	}
	busKey, err := HubBusKey(hc.Key, hc.Wallet)
	if err != nil {
		return stepErr(StepBus, err)
	}
	bus, err := p2p.New(ac.Bus, busKey, hc.Log.With("component", "p2p"), now)
	if err != nil {
		return stepErr(StepBus, err)
	}
	if err := bus.Start(ctx); err != nil {
		return stepErr(StepBus, fmt.Errorf("join the bus: %w", err))
	}
	r.stack.Push("bus", bus.Close)
	r.Bus, r.Announce = bus, ann
	actx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := trust.Announce(actx, bus, ann, ac.Every, nil); err != nil {
			hc.Log.Warn("announcements stopped", "err", err)
		}
	}()
	r.stack.Push("announcements", func() error { cancel(); <-done; return nil })
	return nil
}

// HubBusKey is the bus identity of the hub that owner runs for wallet. The
// owner's key signs the announcement; the bus needs an identity per hub,
// since two hubs of one owner on one bus key would be one peer, and the
// bus would drop one of them. Derived, so a hub keeps its peer ID across
// restarts.
func HubBusKey(owner *ecdsa.PrivateKey, wallet common.Address) (*ecdsa.PrivateKey, error) {
	seed := crypto.Keccak256([]byte("sonm-hub-bus-v1"), math.PaddedBigBytes(owner.D, 32), wallet.Bytes())
	for i := 0; i < 8; i++ {
		if k, err := crypto.ToECDSA(seed); err == nil {
			return k, nil
		}
		seed = crypto.Keccak256(seed) // outside the curve's order: one chance in 2^128
	}
	return nil, errors.New("derive the hub's bus key: no valid key")
}
