package trust

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/sonm-io/sonm/internal/p2p"
)

// deep is five million nested arrays under the key "x": 5 MB that used to
// overflow the decoder's stack.
func deep() []byte {
	b := []byte{0x81, 0xa1, 'x'}
	b = append(b, bytes.Repeat([]byte{0x91}, 5_000_000)...)
	return append(b, 0xc0)
}

func TestDecodeAnnouncementHostile(t *testing.T) {
	for name, b := range map[string][]byte{
		"deep":       deep(),
		"huge count": {0x81, 0xa9, 'e', 'n', 'd', 'p', 'o', 'i', 'n', 't', 's', 0xdd, 0xff, 0xff, 0xff, 0xff, 0xa0},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := DecodeAnnouncement(b); !errors.Is(err, ErrBadAnnouncement) {
				t.Fatalf("got %v, want ErrBadAnnouncement", err)
			}
		})
	}
}

// TestMinerMessageHostile: a miner's query that cannot be decoded is
// dropped before the runner looks at anything (a zero Runner would panic).
func TestMinerMessageHostile(t *testing.T) {
	var r Runner
	r.onMiners(context.Background(), p2p.Message{Payload: deep()})
}
