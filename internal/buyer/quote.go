package buyer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// quoteWant is what the buyer asked for and will accept.
type quoteWant struct {
	Buyer       common.Address
	Lane, Seq   uint64
	SpecHash    common.Hash
	Units       int
	Replication int
	MaxPrice    *big.Int // per unit and replica set; nil: no limit
	Now         time.Time
}

// checkedQuote is a quote read into chain types and checked.
type checkedQuote struct {
	chain.Quote
	UnitPrice *big.Int
	Signer    common.Address
	Sig       []byte
}

// refusal wraps both ErrQuoteRefused and the reason (which may wrap a hub
// sentinel such as hubapi.ErrQuoteExpired).
type refusal struct{ reason error }

func (r *refusal) Error() string   { return "quote refused: " + r.reason.Error() + "; no money moved" }
func (r *refusal) Unwrap() []error { return []error{ErrQuoteRefused, r.reason} }

func refuse(format string, args ...any) error {
	return &refusal{reason: fmt.Errorf(format, args...)}
}

// parseQuote reads the wire quote into chain types.
func parseQuote(q hubapi.Quote) (checkedQuote, error) {
	var cq checkedQuote
	var err error
	if cq.Wallet, err = hubapi.ParseAddress("wallet", q.Wallet); err != nil {
		return cq, refuse("%w", err)
	}
	if cq.Buyer, err = hubapi.ParseAddress("buyer", q.Buyer); err != nil {
		return cq, refuse("%w", err)
	}
	if cq.SpecHash, err = hubapi.ParseHash("spec_hash", q.SpecHash); err != nil {
		return cq, refuse("%w", err)
	}
	if cq.Price, err = hubapi.ParseWei("price", q.PriceWei); err != nil {
		return cq, refuse("%w", err)
	}
	if cq.UnitPrice, err = hubapi.ParseWei("unit_price", q.UnitPriceWei); err != nil {
		return cq, refuse("%w", err)
	}
	cq.Deadline, cq.Expiry, cq.Lane, cq.Seq = q.Deadline, q.Expiry, q.Lane, q.Seq
	cq.Sig = append([]byte(nil), q.Sig...)
	return cq, nil
}

// check compares a parsed quote with what the buyer asked for. It is pure:
// the chain's facts (signer, wallet) are checked by verifyQuote.
func (w quoteWant) check(q checkedQuote, hq hubapi.Quote) error {
	if q.Buyer != w.Buyer {
		return refuse("the quote is for buyer %s, not %s", q.Buyer.Hex(), w.Buyer.Hex())
	}
	if q.Lane != w.Lane || q.Seq != w.Seq {
		return refuse("the quote is for lane %d seq %d, the buyer asked for lane %d seq %d", q.Lane, q.Seq, w.Lane, w.Seq)
	}
	if q.SpecHash != w.SpecHash {
		return refuse("the quote commits to spec hash %s, but this spec and bundle hash to %s: the hub would run something else",
			q.SpecHash.Hex(), w.SpecHash.Hex())
	}
	if hq.Units != w.Units {
		return refuse("the quote prices %d units, the spec has %d", hq.Units, w.Units)
	}
	if hq.Replication != w.Replication {
		return refuse("the quote prices replication %d, the spec asks for %d", hq.Replication, w.Replication)
	}
	if q.Price.Sign() <= 0 {
		return refuse("the quote's price is zero")
	}
	want := new(big.Int).Mul(q.UnitPrice, big.NewInt(int64(hq.Units)*int64(hq.Replication)))
	if q.Price.Cmp(want) != 0 {
		return refuse("the quote's price %s is not its unit price %s x %d units x %d replicas = %s",
			snm.String(q.Price), snm.String(q.UnitPrice), hq.Units, hq.Replication, snm.String(want))
	}
	if w.MaxPrice != nil {
		perUnit := new(big.Int).Mul(q.UnitPrice, big.NewInt(int64(hq.Replication)))
		if perUnit.Cmp(w.MaxPrice) > 0 {
			return refuse("%w: the hub asks %s per unit (%s x %d replicas), the spec's max_price is %s",
				hubapi.ErrOverBudget, snm.String(perUnit), snm.String(q.UnitPrice), hq.Replication, snm.String(w.MaxPrice))
		}
	}
	now := uint64(w.Now.Unix())
	if q.Expiry <= now {
		return refuse("%w: the quote expired at %s (chain time is %s): ask again", hubapi.ErrQuoteExpired,
			fmtUnix(q.Expiry), fmtUnix(now))
	}
	if q.Deadline <= now {
		return refuse("the quote's deadline %s is already past (chain time is %s)", fmtUnix(q.Deadline), fmtUnix(now))
	}
	return nil
}

// recoverSigner returns who signed the quote's EIP-712 digest.
func recoverSigner(c *chain.Client, q checkedQuote) (common.Address, error) {
	sig := append([]byte(nil), q.Sig...)
	if len(sig) == 65 && sig[64] >= 27 {
		sig[64] -= 27 // chain.SignDigest writes v as 27/28, the recovery id plus 27
	}
	a, err := hubapi.Signer(c.QuoteDigest(q.Quote), sig)
	if err != nil {
		return common.Address{}, refuse("the quote's signature does not recover: %w", err)
	}
	return a, nil
}

// verifyQuote runs every check of a quote: the buyer's terms, the
// signature, and the hub's standing on chain.
func (c *Client) verifyQuote(ctx context.Context, hq hubapi.Quote, w quoteWant) (checkedQuote, error) {
	q, err := parseQuote(hq)
	if err != nil {
		return q, err
	}
	if err := w.check(q, hq); err != nil {
		return q, err
	}
	if q.Signer, err = recoverSigner(c.cfg.Chain, q); err != nil {
		return q, err
	}
	hub, err := c.cfg.Chain.Hub(ctx, q.Wallet)
	if err != nil {
		return q, fmt.Errorf("read the whitelist record of hub wallet %s: %w", q.Wallet.Hex(), err)
	}
	switch hub.Status {
	case chain.HubNone:
		return q, refuse("hub wallet %s is not in the whitelist", q.Wallet.Hex())
	case chain.HubBlacklisted:
		return q, refuse("hub wallet %s is blacklisted by the DAO", q.Wallet.Hex())
	}
	ws, err := c.cfg.Chain.Wallet(ctx, q.Wallet)
	if err != nil {
		return q, fmt.Errorf("read hub wallet %s: %w", q.Wallet.Hex(), err)
	}
	if q.Signer != ws.Owner || q.Signer != hub.Owner {
		return q, refuse("%w: the quote is signed by %s, but hub wallet %s belongs to %s", hubapi.ErrBadSignature,
			q.Signer.Hex(), q.Wallet.Hex(), ws.Owner.Hex())
	}
	if ws.State != chain.WalletRegistered {
		return q, refuse("hub wallet %s is %s, not registered: the Deals contract takes no deal for it", q.Wallet.Hex(), ws.State)
	}
	return q, nil
}

func fmtUnix(s uint64) string {
	return time.Unix(int64(s), 0).UTC().Format("2006-01-02 15:04:05 UTC")
}
