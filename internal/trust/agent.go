package trust

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/snm"
)

// Status is where a hub stands with this miner.
type Status string

// The statuses, from unknown to trusted with money.
const (
	NotConfirmed Status = "not confirmed"
	Checked      Status = "checked"
	Safe         Status = "safe"
	Refused      Status = "refused"
)

// Policy says which hubs may be used at all.
type Policy string

// Policies.
const (
	AcceptAll       Policy = "all"         // any hub whose record, if any, matches
	OnlyWhitelisted Policy = "whitelisted" // must be in the Whitelist
	OnlyTrusted     Policy = "trusted"     // must be marked trusted by the DAO
)

// Whitelist statuses as the Whitelist contract reports them.
const (
	ListUnconfirmed = "unconfirmed"
	ListTrusted     = "trusted"
	ListBlacklisted = "blacklisted"
)

// Verdicts carried by miners' votes.
const (
	VerdictGood = "good" // the chain checks passed for the voter
	VerdictPaid = "paid" // the hub paid the voter what it promised
	VerdictBad  = "bad"  // refused, with a reason
)

// ErrNotListed is what a WhitelistReader returns for a wallet it does not know.
var ErrNotListed = errors.New("wallet not in whitelist")

// WhitelistRecord is one hub's entry in the Whitelist contract.
type WhitelistRecord struct {
	Owner    common.Address `json:"owner"`
	Wallet   common.Address `json:"wallet"`
	Endpoint string         `json:"endpoint"`
	Name     string         `json:"name"`
	Status   string         `json:"status"` // ListUnconfirmed, ListTrusted, ListBlacklisted
}

// Funds are a HubWallet's balances in wei.
type Funds struct {
	Balance     *big.Int `json:"balance"`
	Frozen      *big.Int `json:"frozen"`
	Locked      *big.Int `json:"locked"`
	Outstanding *big.Int `json:"outstanding"` // approvals not yet claimed by miners
}

// Free is what the wallet can still pay: balance less frozen, locked and
// already promised amounts, never below zero.
func (f Funds) Free() *big.Int {
	v := new(big.Int).Set(orZero(f.Balance))
	for _, x := range []*big.Int{f.Frozen, f.Locked, f.Outstanding} {
		v.Sub(v, orZero(x))
	}
	if v.Sign() < 0 {
		v.SetInt64(0)
	}
	return v
}

// Payout is one payment from a hub wallet to a miner (an ERC20 Approval
// from the wallet on chain).
type Payout struct {
	Miner  common.Address `json:"miner"`
	Amount *big.Int       `json:"amount"`
	Time   time.Time      `json:"time"`
}

// ChainFacts is what the chain says about one hub wallet.
type ChainFacts struct {
	Listed  bool            `json:"listed"`
	Record  WhitelistRecord `json:"record"`
	Funds   Funds           `json:"funds"`
	Payouts []Payout        `json:"payouts"`
	At      time.Time       `json:"at"`
}

// Vote is another miner's signed opinion of a hub; Voter comes from the
// envelope signature, never from the payload.
type Vote struct {
	Voter   common.Address `json:"voter"`
	Verdict string         `json:"verdict"`
	Reason  string         `json:"reason,omitempty"`
	At      time.Time      `json:"at"`
}

// Config holds the agent's thresholds.
type Config struct {
	Policy           Policy
	MinFreeFunds     *big.Int // wei the wallet must have free
	MinConfirmations int      // weighted positive votes needed for checked
	VoteTTL          time.Duration
}

// DefaultConfig is a cautious miner.
func DefaultConfig() Config {
	return Config{
		Policy:           OnlyWhitelisted,
		MinFreeFunds:     new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
		MinConfirmations: 2,
		VoteTTL:          time.Hour,
	}
}

// Hub is everything the agent knows about one announced hub.
type Hub struct {
	Key          string                  `json:"key"` // wallet, or "forged:<signer>"
	Announcement Announcement            `json:"announcement"`
	Signer       common.Address          `json:"signer"`
	Status       Status                  `json:"status"`
	Reason       string                  `json:"reason"`
	ChainOK      bool                    `json:"chain_ok"` // own chain checks passed
	Chain        *ChainFacts             `json:"chain,omitempty"`
	Votes        map[common.Address]Vote `json:"votes,omitempty"`
	Expected     *big.Int                `json:"expected,omitempty"` // what this miner is owed
	ExpectedFrom time.Time               `json:"expected_from"`
	ExpectedDue  time.Time               `json:"expected_due"`
	PaidToMe     *big.Int                `json:"paid_to_me,omitempty"`
	FirstSeen    time.Time               `json:"first_seen"`
	LastSeen     time.Time               `json:"last_seen"`
	Positive     int                     `json:"positive"` // weighted votes
	Negative     int                     `json:"negative"`
	History      []string                `json:"history,omitempty"`
}

// TrustPermille is the weight selection gives this hub, 0..1000.
func (h *Hub) TrustPermille() int {
	switch h.Status {
	case Safe:
		return 1000
	case Checked:
		if h.Positive+h.Negative == 0 {
			return 500
		}
		return 600 * h.Positive / (h.Positive + h.Negative)
	}
	return 0
}

// Agent is the pure state machine. It does no I/O and reads no clock: every
// input carries its time.
type Agent struct {
	cfg          Config
	self         common.Address
	chainEnabled bool
	hubs         map[string]*Hub
}

// NewAgent returns an agent for the miner self. chainEnabled says whether
// chain facts will ever arrive; without them no hub gets past not confirmed.
func NewAgent(cfg Config, self common.Address, chainEnabled bool) (*Agent, error) {
	switch cfg.Policy {
	case AcceptAll, OnlyWhitelisted, OnlyTrusted:
	default:
		return nil, fmt.Errorf("unknown hub policy %q", cfg.Policy)
	}
	if cfg.MinConfirmations < 0 || cfg.VoteTTL <= 0 {
		return nil, errors.New("confirmations must be >= 0 and vote ttl positive")
	}
	if cfg.MinFreeFunds == nil {
		cfg.MinFreeFunds = new(big.Int)
	}
	return &Agent{cfg: cfg, self: self, chainEnabled: chainEnabled, hubs: make(map[string]*Hub)}, nil
}

// Announce takes an announcement heard at now and returns the hub's key.
// A forged one (signature not by the claimed owner) is kept apart under its
// real signer, so that forgeries cannot taint the hub they imitate.
func (a *Agent) Announce(now time.Time, ann Announcement) string {
	signer, err := ann.Signer()
	key := ann.Wallet.Hex()
	forged := err != nil || signer != ann.Owner
	if forged {
		key = "forged:" + signer.Hex()
	}
	h, ok := a.hubs[key]
	if !ok {
		h = &Hub{Key: key, FirstSeen: now, Votes: map[common.Address]Vote{}}
		a.hubs[key] = h
	}
	h.Announcement, h.Signer, h.LastSeen = ann, signer, now
	if forged {
		reason := fmt.Sprintf("forged announcement: claims owner %s, signed by %s", ann.Owner.Hex(), signer.Hex())
		if err != nil {
			reason = fmt.Sprintf("forged announcement: %v", err)
		}
		a.set(h, Refused, reason)
		return key
	}
	a.evaluate(now, h)
	return key
}

// Chain records what the chain says about the hub with this wallet.
func (a *Agent) Chain(now time.Time, wallet common.Address, f ChainFacts) {
	h, ok := a.hubs[wallet.Hex()]
	if !ok {
		return
	}
	f.At = now
	h.Chain = &f
	a.evaluate(now, h)
}

// Vote records another miner's answer about a hub. Later votes replace
// earlier ones from the same miner: one vote per miner.
func (a *Agent) Vote(now time.Time, wallet common.Address, v Vote) {
	h, ok := a.hubs[wallet.Hex()]
	if !ok || v.Voter == a.self {
		return
	}
	switch v.Verdict {
	case VerdictGood, VerdictPaid, VerdictBad:
	default:
		return
	}
	v.At = now
	h.Votes[v.Voter] = v
	a.evaluate(now, h)
}

// ExpectPayout records that the hub owes this miner amount by due, for work
// done from now on.
func (a *Agent) ExpectPayout(now time.Time, wallet common.Address, amount *big.Int, due time.Time) {
	h, ok := a.hubs[wallet.Hex()]
	if !ok {
		return
	}
	h.Expected, h.ExpectedFrom, h.ExpectedDue = new(big.Int).Set(amount), now, due
	a.evaluate(now, h)
}

// Tick re-evaluates every hub at now (deadlines, vote expiry).
func (a *Agent) Tick(now time.Time) {
	for _, h := range a.hubs {
		if !strings.HasPrefix(h.Key, "forged:") {
			a.evaluate(now, h)
		}
	}
}

// Hubs returns copies of all hubs, sorted by key.
func (a *Agent) Hubs() []Hub {
	out := make([]Hub, 0, len(a.hubs))
	for _, h := range a.hubs {
		c := *h
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y Hub) int { return strings.Compare(x.Key, y.Key) })
	return out
}

// Hub returns one hub by wallet.
func (a *Agent) Hub(wallet common.Address) (Hub, bool) {
	h, ok := a.hubs[wallet.Hex()]
	if !ok {
		return Hub{}, false
	}
	return *h, true
}

// Answer is this miner's own opinion of a hub, from its own chain checks
// and payouts only (never from others' votes, so opinions do not echo).
func (a *Agent) Answer(wallet common.Address) (Vote, bool) {
	h, ok := a.hubs[wallet.Hex()]
	if !ok || h.Chain == nil {
		return Vote{}, false
	}
	switch {
	case h.Status == Refused:
		return Vote{Voter: a.self, Verdict: VerdictBad, Reason: h.Reason}, true
	case h.Status == Safe:
		return Vote{Voter: a.self, Verdict: VerdictPaid}, true
	case h.ChainOK:
		return Vote{Voter: a.self, Verdict: VerdictGood}, true
	}
	return Vote{}, false
}

// Restore replaces the agent's memory with hubs saved earlier.
func (a *Agent) Restore(hubs []Hub) {
	a.hubs = make(map[string]*Hub, len(hubs))
	for i := range hubs {
		h := hubs[i]
		if h.Votes == nil {
			h.Votes = map[common.Address]Vote{}
		}
		a.hubs[h.Key] = &h
	}
}

func (a *Agent) set(h *Hub, s Status, reason string) {
	if h.Status != s || h.Reason != reason {
		h.History = append(h.History, fmt.Sprintf("%s: %s", s, reason))
		if len(h.History) > 20 {
			h.History = h.History[len(h.History)-20:]
		}
	}
	h.Status, h.Reason = s, reason
}

func (a *Agent) evaluate(now time.Time, h *Hub) {
	ann := &h.Announcement
	if h.Chain == nil {
		h.ChainOK = false
		if !a.chainEnabled {
			a.set(h, NotConfirmed, "chain not configured")
		} else {
			a.set(h, NotConfirmed, "waiting for chain data")
		}
		return
	}
	c := h.Chain
	if reason := a.chainProblem(ann, c); reason != "" {
		h.ChainOK = false
		a.set(h, Refused, reason)
		return
	}
	// Own payouts: the chain's Approval events to this miner since the debt
	// was recorded.
	paid := new(big.Int)
	paidMiners := map[common.Address]bool{}
	for _, p := range c.Payouts {
		paidMiners[p.Miner] = true
		if p.Miner == a.self && !p.Time.Before(h.ExpectedFrom) {
			paid.Add(paid, orZero(p.Amount))
		}
	}
	h.PaidToMe = paid
	if h.Expected != nil && h.Expected.Sign() > 0 && paid.Cmp(h.Expected) < 0 && now.After(h.ExpectedDue) {
		h.ChainOK = false
		a.set(h, Refused, fmt.Sprintf("did not pay: %s SNM due by %s, %s SNM received",
			snm.Format(h.Expected), h.ExpectedDue.UTC().Format(time.RFC3339), snm.Format(paid)))
		return
	}
	h.ChainOK = true
	// One vote per miner; a miner the hub has paid on chain has real
	// history with it and counts double.
	pos, neg := 0, 0
	reasons := map[string]int{}
	for voter, v := range h.Votes {
		if now.Sub(v.At) > a.cfg.VoteTTL {
			delete(h.Votes, voter)
			continue
		}
		w := 1
		if paidMiners[voter] {
			w = 2
		}
		if v.Verdict == VerdictBad {
			neg += w
			reasons[v.Reason]++
		} else {
			pos += w
		}
	}
	h.Positive, h.Negative = pos, neg
	switch {
	case neg > pos:
		a.set(h, NotConfirmed, fmt.Sprintf("other miners object (%d against, %d for): %s", neg, pos, commonest(reasons)))
	case pos < a.cfg.MinConfirmations:
		a.set(h, NotConfirmed, fmt.Sprintf("%d of %d confirmations", pos, a.cfg.MinConfirmations))
	case h.Expected != nil && h.Expected.Sign() > 0 && paid.Cmp(h.Expected) >= 0:
		a.set(h, Safe, fmt.Sprintf("paid %s SNM as promised", snm.Format(paid)))
	default:
		a.set(h, Checked, fmt.Sprintf("chain record matches, %d confirmations", pos))
	}
}

// chainProblem returns why the chain facts disqualify the hub, or "".
func (a *Agent) chainProblem(ann *Announcement, c *ChainFacts) string {
	if !c.Listed {
		if a.cfg.Policy != AcceptAll {
			return "not in whitelist"
		}
	} else {
		r := c.Record
		switch {
		case r.Status == ListBlacklisted:
			return "blacklisted by the DAO"
		case r.Owner != ann.Owner:
			return fmt.Sprintf("wallet mismatch: wallet %s is registered to owner %s, announcement claims %s", ann.Wallet.Hex(), r.Owner.Hex(), ann.Owner.Hex())
		case r.Wallet != (common.Address{}) && r.Wallet != ann.Wallet:
			return fmt.Sprintf("wallet mismatch: whitelist lists wallet %s", r.Wallet.Hex())
		case !slices.Contains(ann.Endpoints, r.Endpoint):
			return fmt.Sprintf("endpoint mismatch: whitelist says %s, announcement %s", r.Endpoint, strings.Join(ann.Endpoints, ","))
		case a.cfg.Policy == OnlyTrusted && r.Status != ListTrusted:
			return fmt.Sprintf("not trusted by the DAO (whitelist status %s)", r.Status)
		}
	}
	if free := c.Funds.Free(); free.Cmp(a.cfg.MinFreeFunds) < 0 {
		return fmt.Sprintf("underfunded: %s SNM free, need %s SNM", snm.Format(free), snm.Format(a.cfg.MinFreeFunds))
	}
	return ""
}

func commonest(m map[string]int) string {
	best, n := "", -1
	for k, v := range m {
		if v > n || (v == n && k < best) {
			best, n = k, v
		}
	}
	return best
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
