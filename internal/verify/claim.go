package verify

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Claim is what a miner signs for each result it reports: the unit, the
// replica and the output root, bound to the hub wallet and the deal. A proof
// of cheat on chain (the MinerStake contract) is built from such claims.
type Claim struct {
	Wallet  common.Address `json:"wallet"`  // the hub wallet the unit ran for
	DealID  common.Hash    `json:"deal_id"` // the Deals id of the task's deal
	TaskID  common.Hash    `json:"task_id"` // TaskKey of the hub's task id
	Unit    uint64         `json:"unit"`
	Replica uint64         `json:"replica"`
	Root    common.Hash    `json:"root"` // OutputRoot of the replica's output
}

// ClaimDomain is the EIP-712 domain claims are signed in: the chain and the
// MinerStake contract that judges them.
type ClaimDomain struct {
	ChainID  uint64
	Contract common.Address
}

var (
	domainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	claimType  = crypto.Keccak256Hash([]byte("Claim(address wallet,bytes32 dealId,bytes32 taskId,uint64 unit,uint64 replica,bytes32 root)"))
	claimName  = crypto.Keccak256Hash([]byte("sonm MinerStake"))
	claimVer   = crypto.Keccak256Hash([]byte("1"))
)

// ErrBadClaimSignature is a claim signature that is malformed or does not recover.
var ErrBadClaimSignature = errors.New("bad claim signature")

// TaskKey is the bytes32 a claim names a hub's task id by.
func TaskKey(taskID string) common.Hash { return crypto.Keccak256Hash([]byte(taskID)) }

func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

func uintWord(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return word(b[:])
}

// Separator is the domain's EIP-712 separator.
func (d ClaimDomain) Separator() common.Hash {
	return crypto.Keccak256Hash(domainType[:], claimName[:], claimVer[:], uintWord(d.ChainID), word(d.Contract[:]))
}

// Digest is the EIP-712 digest of c in domain d: what the miner signs and
// the contract's claimDigest returns.
func (d ClaimDomain) Digest(c Claim) common.Hash {
	sh := crypto.Keccak256Hash(claimType[:], word(c.Wallet[:]), c.DealID[:], c.TaskID[:], uintWord(c.Unit), uintWord(c.Replica), c.Root[:])
	ds := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], sh[:])
}

// Sign signs c with key: 65 bytes r‖s‖v, v = 27 or 28, as the contract recovers.
func (d ClaimDomain) Sign(c Claim, key *ecdsa.PrivateKey) ([]byte, error) {
	digest := d.Digest(c)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign claim: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Signer recovers who signed c. Like the contract it takes only the lower
// half of s (EIP-2) and v of 27 or 28 (0 and 1 are accepted as well).
func (d ClaimDomain) Signer(c Claim, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadClaimSignature, len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 || !crypto.ValidateSignatureValues(s[64], common.BytesToHash(s[:32]).Big(), common.BytesToHash(s[32:64]).Big(), true) {
		return common.Address{}, fmt.Errorf("%w: invalid r, s or v", ErrBadClaimSignature)
	}
	digest := d.Digest(c)
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadClaimSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
