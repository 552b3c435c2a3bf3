package delivery

import (
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/anacrolix/torrent/metainfo"
)

// ErrBadTarget is returned for a string that is neither a magnet link nor an
// info-hash.
var ErrBadTarget = errors.New("not a magnet link or info-hash")

// Target names content to fetch: its info-hash and whatever the magnet link
// carried besides (display name, trackers, peer addresses).
type Target struct {
	InfoHash metainfo.Hash
	Name     string
	Trackers []string
	// Peers are host:port addresses from the magnet's x.pe parameters.
	Peers []string
}

// ParseTarget accepts a magnet link (magnet:?xt=urn:btih:...) or a bare
// info-hash in hex (40 characters) or base32 (32 characters).
func ParseTarget(s string) (Target, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(strings.ToLower(s), "magnet:") {
		ih, err := parseInfoHash(s)
		if err != nil {
			return Target{}, fmt.Errorf("parse %q: %w", s, ErrBadTarget)
		}
		return Target{InfoHash: ih}, nil
	}
	m, err := metainfo.ParseMagnetUri(s)
	if err != nil {
		return Target{}, fmt.Errorf("parse magnet: %w: %w", ErrBadTarget, err)
	}
	t := Target{InfoHash: m.InfoHash, Name: m.DisplayName, Trackers: m.Trackers}
	for _, pe := range m.Params["x.pe"] {
		if err := checkPeerAddr(pe); err != nil {
			return Target{}, fmt.Errorf("parse magnet peer %q: %w", pe, err)
		}
		t.Peers = append(t.Peers, pe)
	}
	return t, nil
}

func parseInfoHash(s string) (metainfo.Hash, error) {
	var ih metainfo.Hash
	switch len(s) {
	case 40:
		b, err := hex.DecodeString(s)
		if err != nil {
			return ih, err
		}
		copy(ih[:], b)
		return ih, nil
	case 32:
		b, err := base32.StdEncoding.DecodeString(strings.ToUpper(s))
		if err != nil {
			return ih, err
		}
		copy(ih[:], b)
		return ih, nil
	}
	return ih, fmt.Errorf("info-hash has %d characters, want 40 (hex) or 32 (base32)", len(s))
}

// checkPeerAddr accepts host:port with a numeric port in 1..65535.
func checkPeerAddr(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("peer address: %w", err)
	}
	if host == "" {
		return fmt.Errorf("peer address %q has no host", addr)
	}
	p, err := strconv.Atoi(port)
	if err != nil || p < 1 || p > 65535 {
		return fmt.Errorf("peer address %q: port must be 1..65535", addr)
	}
	return nil
}
