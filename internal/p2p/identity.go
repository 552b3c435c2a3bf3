// Package p2p is sonm's bus: a libp2p host whose identity is the node's
// Ethereum key, gossip topics carrying signed envelopes, and direct
// authenticated streams between two peers.
package p2p

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ErrNotSecp256k1 is returned when a peer's identity is not a secp256k1 key and
// therefore has no Ethereum address.
var ErrNotSecp256k1 = errors.New("peer identity is not a secp256k1 key")

// Libp2pKey converts an Ethereum private key into the libp2p private key that
// gives the node its peer id.
func Libp2pKey(key *ecdsa.PrivateKey) (libp2pcrypto.PrivKey, error) {
	if key == nil {
		return nil, errors.New("nil private key")
	}
	sk, err := libp2pcrypto.UnmarshalSecp256k1PrivateKey(ethcrypto.FromECDSA(key))
	if err != nil {
		return nil, fmt.Errorf("convert private key: %w", err)
	}
	return sk, nil
}

// PeerIDFromPubkey returns the peer id of the node whose Ethereum public key
// is pub.
func PeerIDFromPubkey(pub *ecdsa.PublicKey) (peer.ID, error) {
	pk, err := libp2pcrypto.UnmarshalSecp256k1PublicKey(ethcrypto.CompressPubkey(pub))
	if err != nil {
		return "", fmt.Errorf("convert public key: %w", err)
	}
	id, err := peer.IDFromPublicKey(pk)
	if err != nil {
		return "", fmt.Errorf("peer id from public key: %w", err)
	}
	return id, nil
}

// PeerIDFromKey returns the peer id of the node that holds key.
func PeerIDFromKey(key *ecdsa.PrivateKey) (peer.ID, error) {
	return PeerIDFromPubkey(&key.PublicKey)
}

// AddressFromPubKey returns the Ethereum address of a libp2p public key.
func AddressFromPubKey(pk libp2pcrypto.PubKey) (common.Address, error) {
	if pk == nil || pk.Type() != libp2pcrypto.Secp256k1 {
		return common.Address{}, ErrNotSecp256k1
	}
	raw, err := pk.Raw()
	if err != nil {
		return common.Address{}, fmt.Errorf("raw public key: %w", err)
	}
	pub, err := ethcrypto.DecompressPubkey(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("decompress public key: %w", err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// AddressFromPeerID returns the Ethereum address behind a peer id. secp256k1
// peer ids embed the public key, so no lookup is needed.
func AddressFromPeerID(id peer.ID) (common.Address, error) {
	pk, err := id.ExtractPublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("extract public key of %s: %w", id, err)
	}
	return AddressFromPubKey(pk)
}
