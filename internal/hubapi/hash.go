package hubapi

import (
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/verify"
)

// MaxClockSkew bounds how far a signed time may be from the hub's clock.
const MaxClockSkew = 5 * time.Minute

// InlineLimit is the most output bytes of one unit that travel inside its
// result message; larger outputs are shared as a torrent.
const InlineLimit = 1 << 20

// SpecHash is what a deal commits to: the spec's bytes and the info hash of
// the bundle of local files it names ("" when none), so a hub cannot run a
// different spec or different inputs than the buyer paid for.
func SpecHash(spec []byte, bundleInfoHash string) common.Hash {
	return crypto.Keccak256Hash([]byte("sonm-task-v1"), crypto.Keccak256(spec), []byte(strings.ToLower(bundleInfoHash)))
}

// OutputRoot is verify.OutputRoot: the Merkle root over a unit's or a
// task's output files that replicas, the chain and the buyer compare.
func OutputRoot(files []File) (common.Hash, error) { return verify.OutputRoot(files) }

// NonceSize is the length of the hub's join challenge.
const NonceSize = 32

// JoinDigest is what a miner signs to join: the hub's single-use challenge
// nonce, the wallet joined, the miner, the hub's key, the time and a hash of
// everything else in the request the hub relies on (name, capacity, ask). A
// join recorded on one connection is worthless on another (the nonce
// differs), and no field can be changed after signing. Every field of
// JoinRequest but Sig must be covered here (TestJoinDigestCoversEveryField).
func JoinDigest(nonce []byte, hub common.Address, req JoinRequest) (common.Hash, error) {
	if len(nonce) != NonceSize {
		return common.Hash{}, fmt.Errorf("%w: challenge nonce has %d bytes, want %d", ErrBadRequest, len(nonce), NonceSize)
	}
	wallet, err := ParseAddress("wallet", req.Wallet)
	if err != nil {
		return common.Hash{}, err
	}
	miner, err := ParseAddress("miner", req.Miner)
	if err != nil {
		return common.Hash{}, err
	}
	var rest []byte
	c := req.Capacity
	rest = appendString(rest, req.Name)
	rest = binary.BigEndian.AppendUint64(rest, uint64(int64(c.Slots)))
	rest = binary.BigEndian.AppendUint64(rest, math.Float64bits(c.Cores))
	rest = binary.BigEndian.AppendUint64(rest, uint64(c.MemoryBytes))
	rest = binary.BigEndian.AppendUint64(rest, uint64(int64(c.GPUs)))
	rest = binary.BigEndian.AppendUint64(rest, uint64(len(c.Executors)))
	for _, e := range c.Executors {
		rest = appendString(rest, e)
	}
	rest = appendString(rest, req.AskWei)
	network := byte(0)
	if c.Network {
		network = 1
	}
	rest = append(rest, network)
	return crypto.Keccak256Hash([]byte("sonm-join-v2"), nonce, wallet.Bytes(), miner.Bytes(), hub.Bytes(),
		binary.BigEndian.AppendUint64(nil, uint64(req.Time)), crypto.Keccak256(rest)), nil
}

// appendString appends s with its length, so that no two field lists
// encode alike.
func appendString(b []byte, s string) []byte {
	b = binary.BigEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}

// ReadDigest is what a buyer signs to read from a hub: the hub's key, the
// request kind (EvList, EvStatus, EvResults), its subject (the buyer's
// address for list, the task id otherwise) and the time. A signature for one
// hub, kind or task is worthless for another.
func ReadDigest(hub common.Address, kind string, subject []byte, unix int64) common.Hash {
	return crypto.Keccak256Hash([]byte("sonm-read-v1"), hub.Bytes(), appendString(nil, kind), appendString(nil, string(subject)),
		binary.BigEndian.AppendUint64(nil, uint64(unix)))
}

// CancelDigest is what a buyer signs to cancel a task at a time.
func CancelDigest(task common.Hash, unix int64) common.Hash {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], uint64(unix))
	return crypto.Keccak256Hash([]byte("sonm-cancel-v1"), task.Bytes(), t[:])
}

// Sign signs a digest (65 bytes, recovery id last).
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	return crypto.Sign(digest.Bytes(), key)
}

// Signer recovers the address that signed digest.
func Signer(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: signature has %d bytes, want 65", ErrBadSignature, len(sig))
	}
	pub, err := crypto.SigToPub(digest.Bytes(), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// CheckTime refuses a signed time too far from now.
func CheckTime(unix int64, now time.Time) error {
	d := now.Sub(time.Unix(unix, 0))
	if d > MaxClockSkew || d < -MaxClockSkew {
		return fmt.Errorf("%w: signed time %s is %s away from the hub's clock (at most %s allowed)",
			ErrBadSignature, time.Unix(unix, 0).UTC().Format(time.RFC3339), d.Round(time.Second), MaxClockSkew)
	}
	return nil
}

// UnitRunWei prices one run of one unit: a rate per core-hour times the
// unit's cores times its declared maximum duration. A unit-run is billed as
// the reservation it is, whatever it really took, so a quote is exact before
// anything runs; buyers get finer prices by declaring tighter durations.
// The result is rounded down.
func UnitRunWei(ratePerCoreHour *big.Int, cores float64, maxDuration time.Duration) *big.Int {
	if ratePerCoreHour == nil || ratePerCoreHour.Sign() <= 0 {
		return new(big.Int)
	}
	if cores <= 0 {
		cores = 1
	}
	milliCores := int64(cores*1000 + 0.5)
	ms := maxDuration.Milliseconds()
	if ms <= 0 {
		ms = 1
	}
	v := new(big.Int).Mul(ratePerCoreHour, big.NewInt(milliCores))
	v.Mul(v, big.NewInt(ms))
	return v.Quo(v, big.NewInt(1000*3600*1000))
}

// ParseAddress reads a 0x-prefixed address.
func ParseAddress(field, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: %s: %q is not an address", ErrBadRequest, field, s)
	}
	return common.HexToAddress(s), nil
}

// ParseHash reads a 0x-prefixed 32-byte hash.
func ParseHash(field, s string) (common.Hash, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("%w: %s: %q is not a 32-byte hex hash", ErrBadRequest, field, s)
	}
	return common.BytesToHash(b), nil
}

// ParseWei reads a decimal amount of wei ("" is zero).
func ParseWei(field, s string) (*big.Int, error) {
	if s == "" {
		return new(big.Int), nil
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%w: %s: %q is not an amount of wei", ErrBadRequest, field, s)
	}
	return v, nil
}
