package p2p

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/sonm-io/sonm/internal/safepack"
)

// Reasons an envelope is dropped. Each one lowers the score of the peer that
// delivered it.
var (
	ErrOversized    = errors.New("envelope too large")
	ErrMalformed    = errors.New("malformed envelope")
	ErrBadSignature = errors.New("bad envelope signature")
	ErrExpired      = errors.New("envelope expired")
	ErrTooFarAhead  = errors.New("envelope expiry too far in the future")
	ErrReplayed     = errors.New("envelope replayed")
	ErrWrongTopic   = errors.New("envelope sent on another topic")
)

// envelopeDomain separates envelope signatures from any other signature made
// with the same key (transactions, announcements).
const envelopeDomain = "sonm/p2p/envelope/v1"

// Envelope is what travels on every gossip topic: a payload signed by its
// sender, with a unique sequence number and an expiry so that it cannot be
// replayed later or elsewhere.
type Envelope struct {
	Topic   string         `msgpack:"t"`
	From    common.Address `msgpack:"f"`
	Seq     uint64         `msgpack:"s"`
	Expires int64          `msgpack:"e"` // unix milliseconds
	Payload []byte         `msgpack:"p"`
	Sig     []byte         `msgpack:"g"` // 65-byte recoverable secp256k1 signature
}

type unsignedEnvelope struct {
	Domain  string         `msgpack:"d"`
	Topic   string         `msgpack:"t"`
	From    common.Address `msgpack:"f"`
	Seq     uint64         `msgpack:"s"`
	Expires int64          `msgpack:"e"`
	Payload []byte         `msgpack:"p"`
}

func (e *Envelope) digest() ([]byte, error) {
	b, err := msgpack.Marshal(unsignedEnvelope{envelopeDomain, e.Topic, e.From, e.Seq, e.Expires, e.Payload})
	if err != nil {
		return nil, fmt.Errorf("encode envelope: %w", err)
	}
	return ethcrypto.Keccak256(b), nil
}

// SignEnvelope builds and signs an envelope.
func SignEnvelope(key *ecdsa.PrivateKey, topic string, seq uint64, expires time.Time, payload []byte) ([]byte, error) {
	e := Envelope{
		Topic:   topic,
		From:    ethcrypto.PubkeyToAddress(key.PublicKey),
		Seq:     seq,
		Expires: expires.UnixMilli(),
		Payload: payload,
	}
	h, err := e.digest()
	if err != nil {
		return nil, err
	}
	e.Sig, err = ethcrypto.Sign(h, key)
	if err != nil {
		return nil, fmt.Errorf("sign envelope: %w", err)
	}
	b, err := msgpack.Marshal(&e)
	if err != nil {
		return nil, fmt.Errorf("encode envelope: %w", err)
	}
	return b, nil
}

// OpenEnvelope decodes raw and checks its size and signature. It does not
// check freshness; see Verifier for that.
func OpenEnvelope(raw []byte, maxSize int) (Envelope, *ecdsa.PublicKey, error) {
	var e Envelope
	if len(raw) > maxSize {
		return e, nil, fmt.Errorf("%w: %d bytes, limit %d", ErrOversized, len(raw), maxSize)
	}
	if err := safepack.Unmarshal(raw, &e); err != nil {
		return e, nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if len(e.Sig) != ethcrypto.SignatureLength {
		return e, nil, fmt.Errorf("%w: signature is %d bytes", ErrBadSignature, len(e.Sig))
	}
	h, err := e.digest()
	if err != nil {
		return e, nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	pub, err := ethcrypto.SigToPub(h, e.Sig)
	if err != nil {
		return e, nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if got := ethcrypto.PubkeyToAddress(*pub); got != e.From {
		return e, nil, fmt.Errorf("%w: signed by %s, claims %s", ErrBadSignature, got, e.From)
	}
	return e, pub, nil
}

// VerifierConfig bounds what a Verifier accepts.
type VerifierConfig struct {
	MaxSize int           // bytes of an encoded envelope
	MaxTTL  time.Duration // how far in the future an expiry may lie
}

// Verifier checks envelopes and remembers which ones it has seen until they
// expire, so that a replay is refused even after gossip's own duplicate cache
// has forgotten it. It is safe for concurrent use.
type Verifier struct {
	cfg  VerifierConfig
	mu   sync.Mutex
	seen map[seenKey]int64 // -> expiry, unix ms
	last int64             // last prune, unix ms
}

type seenKey struct {
	from  common.Address
	topic string
	seq   uint64
}

// NewVerifier returns a Verifier with no memory.
func NewVerifier(cfg VerifierConfig) *Verifier {
	return &Verifier{cfg: cfg, seen: make(map[seenKey]int64)}
}

// Check validates raw as received on topic at time now and records it as
// seen. The public key is the sender's.
func (v *Verifier) Check(now time.Time, topic string, raw []byte) (Envelope, *ecdsa.PublicKey, error) {
	e, pub, err := OpenEnvelope(raw, v.cfg.MaxSize)
	if err != nil {
		return e, nil, err
	}
	if e.Topic != topic {
		return e, nil, fmt.Errorf("%w: signed for %q, received on %q", ErrWrongTopic, e.Topic, topic)
	}
	nowMs := now.UnixMilli()
	if e.Expires <= nowMs {
		return e, nil, fmt.Errorf("%w: %s ago", ErrExpired, time.Duration(nowMs-e.Expires)*time.Millisecond)
	}
	if e.Expires > nowMs+v.cfg.MaxTTL.Milliseconds() {
		return e, nil, fmt.Errorf("%w: expires in %s, limit %s", ErrTooFarAhead, time.Duration(e.Expires-nowMs)*time.Millisecond, v.cfg.MaxTTL)
	}
	k := seenKey{e.From, e.Topic, e.Seq}
	v.mu.Lock()
	defer v.mu.Unlock()
	if nowMs-v.last > 1000 {
		for sk, exp := range v.seen {
			if exp <= nowMs {
				delete(v.seen, sk)
			}
		}
		v.last = nowMs
	}
	if _, ok := v.seen[k]; ok {
		return e, nil, fmt.Errorf("%w: seq %d from %s", ErrReplayed, e.Seq, e.From)
	}
	v.seen[k] = e.Expires
	return e, pub, nil
}
