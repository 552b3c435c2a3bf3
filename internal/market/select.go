// Package market holds the pure selection rules of the exchange: which hub a
// miner joins and which hub a buyer uses. No I/O, no clock.
package market

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Selection errors.
var (
	ErrNoHubs            = errors.New("no hubs known")
	ErrNoEligibleHub     = errors.New("no hub meets the requirements")
	ErrPinnedUnavailable = errors.New("pinned hub is not usable")
)

// Hub statuses as the miner's trust agent names them.
const (
	StatusNotConfirmed = "not confirmed"
	StatusChecked      = "checked"
	StatusSafe         = "safe"
	StatusRefused      = "refused"
)

func statusRank(s string) int {
	switch s {
	case StatusSafe:
		return 2
	case StatusChecked:
		return 1
	}
	return 0
}

// Offer is one hub as selection sees it. Prices are wei per core-hour.
type Offer struct {
	Wallet        common.Address `json:"wallet"`
	Name          string         `json:"name"`
	Status        string         `json:"status"`
	TrustPermille int            `json:"trust_permille"` // 0..1000
	BuyerPrice    *big.Int       `json:"buyer_price"`
	MinerPay      *big.Int       `json:"miner_pay"`
}

// Choice is the selected hub, with why, and the others that tied with it.
type Choice struct {
	Wallet common.Address   `json:"wallet"`
	Name   string           `json:"name"`
	Value  *big.Int         `json:"value"` // miner: trust-weighted wei/hour; buyer: wei per core-hour
	Why    string           `json:"why"`
	Tied   []common.Address `json:"tied,omitempty"` // equally good hubs not chosen
}

// ExpectedEarnings is what a miner with cores cores expects per hour from a
// hub, weighted by trust: pay * cores * trust / 1000.
func ExpectedEarnings(o Offer, cores int) *big.Int {
	v := new(big.Int).Mul(orZero(o.MinerPay), big.NewInt(int64(max(cores, 0))))
	v.Mul(v, big.NewInt(int64(min(max(o.TrustPermille, 0), 1000))))
	return v.Quo(v, big.NewInt(1000))
}

// ChooseForMiner picks the hub a miner with cores cores should join: the
// pinned one if the operator chose one and it is not refused, else the safe
// hub with the highest trust-weighted pay. Ties go to the higher trust, then
// to the lower wallet address, and are reported.
func ChooseForMiner(offers []Offer, pinned *common.Address, cores int) (Choice, error) {
	if len(offers) == 0 {
		return Choice{}, ErrNoHubs
	}
	if pinned != nil {
		for _, o := range offers {
			if o.Wallet != *pinned {
				continue
			}
			if o.Status == StatusRefused {
				return Choice{}, fmt.Errorf("%w: %s is refused", ErrPinnedUnavailable, o.Wallet.Hex())
			}
			return Choice{Wallet: o.Wallet, Name: o.Name, Value: ExpectedEarnings(o, cores), Why: "pinned by the operator"}, nil
		}
		return Choice{}, fmt.Errorf("%w: %s has not announced itself", ErrPinnedUnavailable, pinned.Hex())
	}
	var safe []Offer
	for _, o := range offers {
		if o.Status == StatusSafe {
			safe = append(safe, o)
		}
	}
	if len(safe) == 0 {
		return Choice{}, fmt.Errorf("%w: none of %d hubs is safe", ErrNoEligibleHub, len(offers))
	}
	cmp := func(a, b Offer) int {
		if c := ExpectedEarnings(b, cores).Cmp(ExpectedEarnings(a, cores)); c != 0 {
			return c
		}
		return b.TrustPermille - a.TrustPermille
	}
	return pick(safe, cmp, func(o Offer) *big.Int { return ExpectedEarnings(o, cores) }, "most profitable safe hub")
}

// BuyerPolicy is what a buyer demands of a hub.
type BuyerPolicy struct {
	MinStatus string   `json:"min_status"` // checked or safe
	MinTrust  int      `json:"min_trust_permille"`
	MaxPrice  *big.Int `json:"max_price,omitempty"` // wei per core-hour; nil for no limit
}

// ChooseForBuyer picks the cheapest hub that meets the policy. Ties go to the
// higher trust, then to the lower wallet address, and are reported.
func ChooseForBuyer(offers []Offer, p BuyerPolicy) (Choice, error) {
	if len(offers) == 0 {
		return Choice{}, ErrNoHubs
	}
	min := statusRank(p.MinStatus)
	if min == 0 {
		min = 1
	}
	var ok []Offer
	for _, o := range offers {
		if statusRank(o.Status) >= min && o.TrustPermille >= p.MinTrust &&
			(p.MaxPrice == nil || orZero(o.BuyerPrice).Cmp(p.MaxPrice) <= 0) {
			ok = append(ok, o)
		}
	}
	if len(ok) == 0 {
		return Choice{}, fmt.Errorf("%w: none of %d hubs meets the trust policy and price limit", ErrNoEligibleHub, len(offers))
	}
	cmp := func(a, b Offer) int {
		if c := orZero(a.BuyerPrice).Cmp(orZero(b.BuyerPrice)); c != 0 {
			return c
		}
		return b.TrustPermille - a.TrustPermille
	}
	return pick(ok, cmp, func(o Offer) *big.Int { return orZero(o.BuyerPrice) }, "cheapest hub meeting the policy")
}

func pick(c []Offer, cmp func(a, b Offer) int, value func(Offer) *big.Int, why string) (Choice, error) {
	slices.SortStableFunc(c, func(a, b Offer) int {
		if r := cmp(a, b); r != 0 {
			return r
		}
		return bytes.Compare(a.Wallet[:], b.Wallet[:])
	})
	best := c[0]
	ch := Choice{Wallet: best.Wallet, Name: best.Name, Value: value(best), Why: why}
	for _, o := range c[1:] {
		if cmp(best, o) == 0 {
			ch.Tied = append(ch.Tied, o.Wallet)
		}
	}
	if len(ch.Tied) > 0 {
		ch.Why += fmt.Sprintf(" (tied with %d; lowest wallet address wins)", len(ch.Tied))
	}
	return ch, nil
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
