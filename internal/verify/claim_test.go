package verify

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestClaimSignRecover(t *testing.T) {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("claim test key")))
	if err != nil {
		t.Fatal(err)
	}
	d := ClaimDomain{ChainID: 1337, Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	c := Claim{Wallet: common.HexToAddress("0x1111111111111111111111111111111111111111"), DealID: crypto.Keccak256Hash([]byte("deal")),
		TaskID: TaskKey("task-1"), Unit: 7, Replica: 42, Root: crypto.Keccak256Hash([]byte("root"))}
	sig, err := d.Sign(c, key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := d.Signer(c, sig)
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.PubkeyToAddress(key.PublicKey); got != want {
		t.Fatalf("signer: got %s, want %s", got, want)
	}

	// Every field, and the domain, is bound by the signature.
	changed := map[string]func(*Claim, *ClaimDomain){
		"wallet":   func(c *Claim, _ *ClaimDomain) { c.Wallet[0] ^= 1 },
		"deal":     func(c *Claim, _ *ClaimDomain) { c.DealID[0] ^= 1 },
		"task":     func(c *Claim, _ *ClaimDomain) { c.TaskID[0] ^= 1 },
		"unit":     func(c *Claim, _ *ClaimDomain) { c.Unit++ },
		"replica":  func(c *Claim, _ *ClaimDomain) { c.Replica++ },
		"root":     func(c *Claim, _ *ClaimDomain) { c.Root[31] ^= 1 },
		"chain":    func(_ *Claim, d *ClaimDomain) { d.ChainID++ },
		"contract": func(_ *Claim, d *ClaimDomain) { d.Contract[19] ^= 1 },
	}
	for name, change := range changed {
		t.Run(name, func(t *testing.T) {
			c2, d2 := c, d
			change(&c2, &d2)
			if d2.Digest(c2) == d.Digest(c) {
				t.Fatalf("digest unchanged when the %s changes", name)
			}
			if s, err := d2.Signer(c2, sig); err == nil && s == got {
				t.Fatalf("got signer %s for a changed %s, want another", s, name)
			}
		})
	}

	for name, bad := range map[string][]byte{
		"short":  sig[:64],
		"v":      append(append([]byte(nil), sig[:64]...), 29),
		"high s": highS(sig),
	} {
		t.Run("malformed "+name, func(t *testing.T) {
			if _, err := d.Signer(c, bad); !errors.Is(err, ErrBadClaimSignature) {
				t.Fatalf("got %v, want ErrBadClaimSignature", err)
			}
		})
	}
}

// highS turns a signature into its malleable twin (n - s, flipped v).
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := common.BytesToHash(sig[32:64]).Big()
	s.Sub(n, s)
	out := append([]byte(nil), sig...)
	copy(out[32:64], common.BigToHash(s).Bytes())
	out[64] ^= 1
	return out
}
