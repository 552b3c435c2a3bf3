package hubapi

import (
	"crypto/ecdsa"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Buyer signs a buyer's read requests (list, status, results): a hub shows a
// task only to the buyer whose deal paid for it.
type Buyer struct {
	Key *ecdsa.PrivateKey
	Now func() time.Time // nil: time.Now
}

// sign signs ReadDigest for the hub's key; subject nil stands for the
// buyer's own address (list).
func (b Buyer) sign(hub common.Address, kind string, subject []byte) (common.Address, int64, []byte, error) {
	if b.Key == nil {
		return common.Address{}, 0, nil, errors.New("reading tasks from a hub needs the buyer's key: unlock it (--from, --keystore)")
	}
	addr := crypto.PubkeyToAddress(b.Key.PublicKey)
	if subject == nil {
		subject = addr.Bytes()
	}
	now := time.Now
	if b.Now != nil {
		now = b.Now
	}
	t := now().Unix()
	sig, err := Sign(ReadDigest(hub, kind, subject, t), b.Key)
	return addr, t, sig, err
}

// ReadSigner checks a read request's time and signature and returns the
// buyer who signed it.
func ReadSigner(hub common.Address, kind string, subject []byte, unix int64, sig []byte, now time.Time) (common.Address, error) {
	if err := CheckTime(unix, now); err != nil {
		return common.Address{}, err
	}
	return Signer(ReadDigest(hub, kind, subject, unix), sig)
}
