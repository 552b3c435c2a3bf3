package trust

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/chain/bind/hubwallet"
	"github.com/sonm-io/sonm/internal/market"
)

// ChainReader is the agent's view of the sonm contracts, read through a
// chain.Client: the Whitelist for records, the HubWallet for funds, and the
// wallet's Payout events for payouts. It only reads; it is safe for
// concurrent use.
type ChainReader struct {
	c  *chain.Client
	hw *hubwallet.HubWallet

	mu    sync.Mutex
	times map[uint64]time.Time // block number -> block time
}

var _ Chain = (*ChainReader)(nil)

// maxBlockTimes bounds the block-time cache; it is cleared when full.
const maxBlockTimes = 1 << 14

// NewChainReader returns a reader over c.
func NewChainReader(c *chain.Client) *ChainReader {
	return &ChainReader{c: c, hw: hubwallet.NewHubWallet(), times: map[uint64]time.Time{}}
}

// HubRecord reads the wallet's Whitelist record. A wallet the Whitelist does
// not know gives an error that is ErrNotListed.
func (r *ChainReader) HubRecord(ctx context.Context, wallet common.Address) (WhitelistRecord, error) {
	h, err := r.c.Hub(ctx, wallet)
	if errors.Is(err, chain.ErrUnknown) {
		return WhitelistRecord{}, fmt.Errorf("%w: %s", ErrNotListed, wallet.Hex())
	}
	if err != nil {
		return WhitelistRecord{}, err
	}
	rec := WhitelistRecord{Owner: h.Owner, Wallet: h.Wallet, Endpoint: h.Endpoint, Name: h.Name}
	switch h.Status {
	case chain.HubNone:
		return WhitelistRecord{}, fmt.Errorf("%w: %s", ErrNotListed, wallet.Hex())
	case chain.HubUnconfirmed:
		rec.Status = ListUnconfirmed
	case chain.HubTrusted:
		rec.Status = ListTrusted
	case chain.HubBlacklisted:
		rec.Status = ListBlacklisted
	default:
		return WhitelistRecord{}, fmt.Errorf("read whitelist: hub %s has status %d, which this version does not know", wallet.Hex(), uint8(h.Status))
	}
	if rec.Wallet == (common.Address{}) {
		rec.Wallet = wallet
	}
	return rec, nil
}

// WalletFunds reads a HubWallet's balances in wei. An address that is not a
// HubWallet (no code there, or code that does not answer as one) holds
// nothing a hub could pay from under the wallet's rules: its funds are zero,
// so the agent refuses it as underfunded (or as not listed) instead of
// waiting for facts that will never come. Failures to reach the chain are
// errors.
func (r *ChainReader) WalletFunds(ctx context.Context, wallet common.Address) (Funds, error) {
	ok, err := r.isHubWallet(ctx, wallet)
	if err != nil {
		return Funds{}, err
	}
	if !ok {
		return Funds{Balance: new(big.Int), Frozen: new(big.Int), Locked: new(big.Int), Outstanding: new(big.Int)}, nil
	}
	s, err := r.c.Wallet(ctx, wallet)
	if err != nil {
		return Funds{}, err
	}
	return Funds{Balance: s.Balance, Frozen: s.Frozen, Locked: s.Locked, Outstanding: s.Outstanding}, nil
}

// isHubWallet probes the wallet's state(): no code, a revert or an answer
// that does not decode mean it is not a HubWallet.
func (r *ChainReader) isHubWallet(ctx context.Context, wallet common.Address) (bool, error) {
	code, err := r.c.Backend().Client().CodeAt(ctx, wallet, nil)
	if err != nil {
		return false, fmt.Errorf("read hub wallet %s: %w", wallet.Hex(), err)
	}
	if len(code) == 0 {
		return false, nil
	}
	out, err := r.c.Backend().CallContract(ctx, ethereum.CallMsg{To: &wallet, Data: r.hw.PackState()}, nil)
	if errors.Is(err, backend.ErrReverted) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read hub wallet %s: %w", wallet.Hex(), err)
	}
	if _, err := r.hw.UnpackState(out); err != nil {
		return false, nil
	}
	return true, nil
}

// Payouts returns the wallet's payouts (its Payout events: the amount
// approved to each miner) in blocks stamped at or after since, oldest first,
// each with its block's time. A zero since means all of them.
func (r *ChainReader) Payouts(ctx context.Context, wallet common.Address, since time.Time) ([]Payout, error) {
	ps, err := r.c.Payouts(ctx, wallet, nil)
	if err != nil {
		return nil, err
	}
	// Block times never decrease along the chain, and the events come
	// oldest first: find the first one at or after since by bisection.
	var ferr error
	first := sort.Search(len(ps), func(i int) bool {
		if ferr != nil {
			return true
		}
		t, err := r.blockTime(ctx, ps[i].Block)
		if err != nil {
			ferr = err
			return true
		}
		return !t.Before(since)
	})
	if ferr != nil {
		return nil, ferr
	}
	out := make([]Payout, 0, len(ps)-first)
	for _, p := range ps[first:] {
		t, err := r.blockTime(ctx, p.Block)
		if err != nil {
			return nil, err
		}
		out = append(out, Payout{Miner: p.Miner, Amount: p.Amount, Time: t})
	}
	return out, nil
}

func (r *ChainReader) blockTime(ctx context.Context, n uint64) (time.Time, error) {
	r.mu.Lock()
	t, ok := r.times[n]
	r.mu.Unlock()
	if ok {
		return t, nil
	}
	h, err := r.c.Backend().Client().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, fmt.Errorf("read time of block %d: %w", n, err)
	}
	t = time.Unix(int64(h.Time), 0).UTC()
	r.mu.Lock()
	if len(r.times) >= maxBlockTimes {
		clear(r.times)
	}
	r.times[n] = t
	r.mu.Unlock()
	return t, nil
}

// HubOffer is the hub as selection (internal/market) sees it.
func HubOffer(h Hub) market.Offer {
	a := &h.Announcement
	return market.Offer{Wallet: a.Wallet, Name: a.Name, Status: string(h.Status), TrustPermille: h.TrustPermille(),
		BuyerPrice: a.BuyerPrice(), MinerPay: a.MinerPay()}
}

// PickHub chooses the hub a miner offering cores cores joins, among the hubs
// its agent knows (Runner.Hubs), with market.ChooseForMiner:
//
//   - the pinned hub, if the operator chose one, unless it is refused, has not
//     announced itself, or needs more cores than offered
//     (market.ErrPinnedUnavailable);
//   - else the safe hub with the highest trust-weighted pay;
//   - else, when no hub is safe yet, the checked hub with the highest
//     trust-weighted pay. A hub becomes safe only by paying this miner what it
//     owed, so a miner new to every hub must start with a checked one; the
//     Choice's Why says so.
//
// Forged announcements and hubs that need more cores than offered are never
// chosen. It returns the whole hub, so the caller has its endpoints (where
// the locator listens) and its wallet, and selection's explanation.
func PickHub(hubs []Hub, pinned *common.Address, cores int) (Hub, market.Choice, error) {
	if cores <= 0 {
		return Hub{}, market.Choice{}, fmt.Errorf("pick hub: cores must be positive, got %d", cores)
	}
	if len(hubs) == 0 {
		return Hub{}, market.Choice{}, market.ErrNoHubs
	}
	byWallet := map[common.Address]Hub{}
	var offers, checked []market.Offer
	var tooBig []string
	for _, h := range hubs {
		if strings.HasPrefix(h.Key, "forged:") {
			continue
		}
		a := &h.Announcement
		if a.Needs.MinCores > cores {
			if pinned != nil && *pinned == a.Wallet {
				return Hub{}, market.Choice{}, fmt.Errorf("%w: %s (%s) needs %d cores, this miner offers %d",
					market.ErrPinnedUnavailable, a.Name, a.Wallet.Hex(), a.Needs.MinCores, cores)
			}
			tooBig = append(tooBig, fmt.Sprintf("%s needs %d", a.Name, a.Needs.MinCores))
			continue
		}
		byWallet[a.Wallet] = h
		o := HubOffer(h)
		offers = append(offers, o)
		if h.Status == Checked {
			o.Status = market.StatusSafe // a trial: see the fallback below
			checked = append(checked, o)
		}
	}
	if len(offers) == 0 {
		if len(tooBig) > 0 {
			return Hub{}, market.Choice{}, fmt.Errorf("%w: none of %d hubs is usable (this miner offers %d cores; %s)",
				market.ErrNoEligibleHub, len(hubs), cores, strings.Join(tooBig, ", "))
		}
		return Hub{}, market.Choice{}, fmt.Errorf("%w: none of %d hubs is usable (all forged)", market.ErrNoEligibleHub, len(hubs))
	}
	ch, err := market.ChooseForMiner(offers, pinned, cores)
	if errors.Is(err, market.ErrNoEligibleHub) && pinned == nil && len(checked) > 0 {
		if ch, err = market.ChooseForMiner(checked, nil, cores); err == nil {
			ch.Why = "no hub is safe yet; most profitable checked hub, on trial until it pays"
		}
	}
	if err != nil {
		return Hub{}, ch, err
	}
	h, ok := byWallet[ch.Wallet]
	if !ok {
		return Hub{}, ch, fmt.Errorf("pick hub: selection chose %s, which is not among the hubs given", ch.Wallet.Hex())
	}
	return h, ch, nil
}
