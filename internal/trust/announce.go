// Package trust is the miner's hub-verification pipeline: a pure state
// machine that turns announcements, chain facts, other miners' votes and the
// miner's own payouts into a status per hub, plus small adapters that feed it
// from the bus and the chain and persist what it learnt.
package trust

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/sonm-io/sonm/internal/safepack"
)

// ErrBadAnnouncement marks an announcement that cannot be decoded or is not
// internally consistent.
var ErrBadAnnouncement = errors.New("bad announcement")

const announceDomain = "sonm/hub-announcement/v1"

// Needs is what a hub asks of the miners it takes.
type Needs struct {
	MinCores    int  `msgpack:"c" json:"min_cores"`
	MinMemoryMB int  `msgpack:"m" json:"min_memory_mb"`
	GPU         bool `msgpack:"g" json:"gpu"`
	// MinStakeWei is the bonded MinerStake stake (wei of SNM) a miner
	// needs to join; empty: none.
	MinStakeWei string `msgpack:"s,omitempty" json:"min_stake_wei,omitempty"`
}

// Announcement is a hub's signed statement of who it is and what it pays.
// Prices are wei of SNM per core-hour.
type Announcement struct {
	Name      string         `msgpack:"n" json:"name"`
	Endpoints []string       `msgpack:"e" json:"endpoints"`
	Owner     common.Address `msgpack:"o" json:"owner"`
	Wallet    common.Address `msgpack:"w" json:"wallet"`
	BuyerWei  string         `msgpack:"b" json:"buyer_price_wei"` // charged to buyers
	MinerWei  string         `msgpack:"p" json:"miner_pay_wei"`   // paid to miners
	Needs     Needs          `msgpack:"r" json:"needs"`
	IssuedAt  int64          `msgpack:"i" json:"issued_at"` // unix seconds
	Sig       []byte         `msgpack:"s" json:"sig"`
}

// BuyerPrice is what the hub charges buyers per core-hour, in wei.
func (a *Announcement) BuyerPrice() *big.Int { return parseWei(a.BuyerWei) }

// MinerPay is what the hub pays miners per core-hour, in wei.
func (a *Announcement) MinerPay() *big.Int { return parseWei(a.MinerWei) }

func parseWei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return new(big.Int)
	}
	return v
}

func (a *Announcement) digest() []byte {
	c := *a
	c.Sig = nil
	b, _ := msgpack.Marshal(struct {
		D string
		A Announcement
	}{announceDomain, c})
	return ethcrypto.Keccak256(b)
}

// Sign signs the announcement with the owner's key and sets Owner to match.
func (a *Announcement) Sign(owner *ecdsa.PrivateKey) error {
	a.Owner = ethcrypto.PubkeyToAddress(owner.PublicKey)
	a.Sig = nil
	sig, err := ethcrypto.Sign(a.digest(), owner)
	if err != nil {
		return fmt.Errorf("sign announcement: %w", err)
	}
	a.Sig = sig
	return nil
}

// Signer recovers the address that signed the announcement.
func (a *Announcement) Signer() (common.Address, error) {
	if len(a.Sig) != ethcrypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: signature is %d bytes", ErrBadAnnouncement, len(a.Sig))
	}
	pub, err := ethcrypto.SigToPub(a.digest(), a.Sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadAnnouncement, err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// Encode returns the wire form.
func (a *Announcement) Encode() ([]byte, error) {
	b, err := msgpack.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("encode announcement: %w", err)
	}
	return b, nil
}

// DecodeAnnouncement parses and sanity-checks the wire form; it does not
// check the signature (see Agent.Announce).
func DecodeAnnouncement(b []byte) (Announcement, error) {
	var a Announcement
	if err := safepack.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("%w: %w", ErrBadAnnouncement, err)
	}
	switch {
	case len(a.Name) == 0 || len(a.Name) > 64:
		return a, fmt.Errorf("%w: name must be 1-64 bytes", ErrBadAnnouncement)
	case len(a.Endpoints) == 0 || len(a.Endpoints) > 8:
		return a, fmt.Errorf("%w: 1-8 endpoints required", ErrBadAnnouncement)
	}
	for _, s := range []string{a.BuyerWei, a.MinerWei} {
		if v, ok := new(big.Int).SetString(s, 10); !ok || v.Sign() < 0 || v.BitLen() > 128 {
			return a, fmt.Errorf("%w: price %q is not a wei amount", ErrBadAnnouncement, s)
		}
	}
	return a, nil
}
