package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// ErrRemote wraps an error message returned by the other side of a request.
var ErrRemote = errors.New("remote error")

// RequestHandler answers one request from the authenticated peer from.
type RequestHandler func(ctx context.Context, from common.Address, req []byte) ([]byte, error)

// StreamHandler takes over a raw stream from the authenticated peer from, for
// protocols that run their own framing (the service protocol). It must close
// the stream.
type StreamHandler func(s network.Stream, from common.Address)

// HandleStream registers h for streams opened with protocol proto.
func (n *Node) HandleStream(proto protocol.ID, h StreamHandler) error {
	ho := n.h()
	if ho == nil {
		return ErrNotStarted
	}
	ho.SetStreamHandler(proto, func(s network.Stream) {
		from, err := AddressFromPubKey(s.Conn().RemotePublicKey())
		if err != nil {
			_ = s.Reset()
			return
		}
		h(s, from)
	})
	return nil
}

// OpenStream opens a stream to peer to. The stream is an io.ReadWriteCloser,
// so any byte protocol (the service protocol's msgpack frames) can run on it
// through NATs, with both ends authenticated by their keys.
func (n *Node) OpenStream(ctx context.Context, to peer.ID, proto protocol.ID) (network.Stream, error) {
	h := n.h()
	if h == nil {
		return nil, ErrNotStarted
	}
	s, err := h.NewStream(ctx, to, proto)
	if err != nil {
		return nil, fmt.Errorf("open %s stream to %s: %w", proto, to, err)
	}
	return s, nil
}

// HandleRequest registers h to answer single requests on protocol proto.
func (n *Node) HandleRequest(proto protocol.ID, h RequestHandler) error {
	return n.HandleStream(proto, func(s network.Stream, from common.Address) {
		defer s.Close()
		_ = s.SetDeadline(time.Now().Add(time.Minute))
		r := bufio.NewReader(s)
		req, err := readFrame(r, n.cfg.MaxMessageSize)
		if err != nil {
			_ = s.Reset()
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		resp, err := h(ctx, from, req)
		status := byte(0)
		if err != nil {
			status, resp = 1, []byte(err.Error())
		}
		if _, err := s.Write([]byte{status}); err != nil {
			return
		}
		_ = writeFrame(s, resp)
	})
}

// Request sends req to peer to on protocol proto and waits for the answer.
func (n *Node) Request(ctx context.Context, to peer.ID, proto protocol.ID, req []byte) ([]byte, error) {
	s, err := n.OpenStream(ctx, to, proto)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	if err := writeFrame(s, req); err != nil {
		_ = s.Reset()
		return nil, fmt.Errorf("send request: %w", err)
	}
	if err := s.CloseWrite(); err != nil {
		return nil, fmt.Errorf("send request: %w", err)
	}
	r := bufio.NewReader(s)
	status, err := r.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	resp, err := readFrame(r, n.cfg.MaxMessageSize)
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	if status != 0 {
		return nil, fmt.Errorf("%w: %s", ErrRemote, resp)
	}
	return resp, nil
}

func writeFrame(w io.Writer, b []byte) error {
	var hdr [binary.MaxVarintLen64]byte
	k := binary.PutUvarint(hdr[:], uint64(len(b)))
	if _, err := w.Write(hdr[:k]); err != nil {
		return err
	}
	_, err := w.Write(b)
	return err
}

func readFrame(r *bufio.Reader, limit int) ([]byte, error) {
	size, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if size > uint64(limit) {
		return nil, fmt.Errorf("%w: frame of %d bytes, limit %d", ErrOversized, size, limit)
	}
	b := make([]byte, size)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, err
	}
	return b, nil
}
