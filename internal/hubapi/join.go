package hubapi

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/rpc"
)

// JoinTimeout bounds how long a hub waits for the answer to its challenge.
const JoinTimeout = 30 * time.Second

// NewNonce reads a fresh challenge nonce from r (crypto/rand.Reader).
func NewNonce(r io.Reader) ([]byte, error) {
	n := make([]byte, NonceSize)
	if _, err := io.ReadFull(r, n); err != nil {
		return nil, fmt.Errorf("challenge nonce: %w", err)
	}
	return n, nil
}

// AcceptJoin is the hub's side of the join handshake on a join stream just
// opened: it checks the JoinHello, writes a Challenge holding nonce (fresh,
// never used before) and hub, and reads the miner's JoinRequest. It returns
// the request and the miner once the signature covers this nonce and every
// field and is the miner's, and its time is within MaxClockSkew of now.
// The nonce dies with the stream: a recorded join is refused on any other.
func AcceptJoin(ctx context.Context, ch *rpc.Channel, hub common.Address, nonce []byte, now func() time.Time) (JoinRequest, common.Address, error) {
	var hello JoinHello
	if err := Decode(ch.Args, &hello); err != nil {
		return JoinRequest{}, common.Address{}, err
	}
	if hello.Version != Version {
		return JoinRequest{}, common.Address{}, fmt.Errorf("%w: the miner speaks hub protocol %d, this hub %d: upgrade the miner",
			ErrBadRequest, hello.Version, Version)
	}
	if err := WriteKind(ctx, ch, KindChallenge, Challenge{Nonce: nonce, Hub: hub.Hex()}); err != nil {
		return JoinRequest{}, common.Address{}, fmt.Errorf("write challenge: %w", err)
	}
	rctx, cancel := context.WithTimeout(ctx, JoinTimeout)
	defer cancel()
	m, err := ch.Recv(rctx)
	switch {
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return JoinRequest{}, common.Address{}, fmt.Errorf("%w: no answer to the challenge within %s", ErrBadRequest, JoinTimeout)
	case err != nil:
		return JoinRequest{}, common.Address{}, err
	case m.Name != "write":
		return JoinRequest{}, common.Address{}, fmt.Errorf("%w: %q instead of the answer to the challenge", ErrBadRequest, m.Name)
	}
	kind, body, err := DecodeKind(m.Args)
	if err != nil {
		return JoinRequest{}, common.Address{}, err
	}
	if kind != KindJoin {
		return JoinRequest{}, common.Address{}, fmt.Errorf("%w: message %q, want %q", ErrBadRequest, kind, KindJoin)
	}
	var req JoinRequest
	if err := Unmarshal(body, &req); err != nil {
		return JoinRequest{}, common.Address{}, err
	}
	miner, err := CheckJoin(req, nonce, hub, now())
	return req, miner, err
}

// CheckJoin checks a join's time and signature against the challenge it
// answers, and returns the miner.
func CheckJoin(req JoinRequest, nonce []byte, hub common.Address, now time.Time) (common.Address, error) {
	d, err := JoinDigest(nonce, hub, req)
	if err != nil {
		return common.Address{}, err
	}
	miner := common.HexToAddress(req.Miner) // JoinDigest parsed it
	if err := CheckTime(req.Time, now); err != nil {
		return common.Address{}, err
	}
	signer, err := Signer(d, req.Sig)
	if err != nil {
		return common.Address{}, err
	}
	if signer != miner {
		return common.Address{}, fmt.Errorf("%w: join signed by %s, not by miner %s (signed for another connection, or changed after signing)",
			ErrBadSignature, signer.Hex(), miner.Hex())
	}
	return miner, nil
}

// OpenJoin opens the join stream and reads the hub's Challenge. Answer it
// with Send(KindJoin, a JoinRequest that signs it); Join does both.
func (c *Client) OpenJoin(ctx context.Context) (*JoinStream, Challenge, error) {
	b, err := Encode(JoinHello{Version: Version})
	if err != nil {
		return nil, Challenge{}, err
	}
	ch, err := c.conn.Open(ctx, Protocol(), EvJoin, b)
	if err != nil {
		return nil, Challenge{}, remoteErr(err)
	}
	js := &JoinStream{ch: ch}
	fail := func(err error) (*JoinStream, Challenge, error) {
		ch.Release()
		return nil, Challenge{}, err
	}
	kind, body, err := js.Recv(ctx)
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = fmt.Errorf("the hub closed the join stream before its challenge")
		}
		return fail(err)
	}
	if kind != KindChallenge {
		return fail(fmt.Errorf("%w: the hub's first message is %q, want %q", ErrBadRequest, kind, KindChallenge))
	}
	var chal Challenge
	if err := Unmarshal(body, &chal); err != nil {
		return fail(err)
	}
	if len(chal.Nonce) != NonceSize || !common.IsHexAddress(chal.Hub) {
		return fail(fmt.Errorf("%w: the hub's challenge has a %d-byte nonce and hub %q", ErrBadRequest, len(chal.Nonce), chal.Hub))
	}
	return js, chal, nil
}

// Join opens the join stream and answers the hub's challenge with req,
// signed here by key (req.Sig is ignored). The hub then answers with
// Welcome (read it with Recv) or an error.
func (c *Client) Join(ctx context.Context, req JoinRequest, key *ecdsa.PrivateKey) (*JoinStream, error) {
	if key == nil {
		return nil, errors.New("join: no miner key")
	}
	req.Miner = crypto.PubkeyToAddress(key.PublicKey).Hex()
	js, chal, err := c.OpenJoin(ctx)
	if err != nil {
		return nil, err
	}
	d, err := JoinDigest(chal.Nonce, common.HexToAddress(chal.Hub), req)
	if err == nil {
		req.Sig, err = Sign(d, key)
	}
	if err == nil {
		err = js.Send(ctx, KindJoin, req)
	}
	if err != nil {
		js.ch.Release()
		return nil, fmt.Errorf("answer the hub's challenge: %w", err)
	}
	return js, nil
}
