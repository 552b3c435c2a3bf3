package hubapi

import (
	"errors"
	"testing"

	"github.com/sonm-io/sonm/internal/rpc"
)

// deepPayload is the killer: a map whose field "x" holds five
// million nested arrays, five megabytes, under the 16 MiB frame limit.
// Before safepack the library recursed once per level and the process died
// with "fatal error: stack overflow".
func deepPayload() []byte {
	const depth = 5_000_000
	b := make([]byte, 0, depth+4)
	b = append(b, 0x81, 0xa1, 'x')
	for range depth {
		b = append(b, 0x91)
	}
	return append(b, 0xc0)
}

func TestHostileNesting(t *testing.T) {
	deep := deepPayload()
	t.Run("hub decodes a request", func(t *testing.T) {
		var q QuoteRequest
		if err := Decode(rpc.Args{deep}, &q); !errors.Is(err, ErrBadRequest) {
			t.Fatalf("got %v, want ErrBadRequest", err)
		}
	})
	t.Run("client decodes a reply or stream message", func(t *testing.T) {
		var st TaskStatus
		if err := Unmarshal(deep, &st); !errors.Is(err, ErrBadRequest) {
			t.Fatalf("got %v, want ErrBadRequest", err)
		}
	})
}

// TestHostileLengths: a dozen bytes declaring four billion files cost the
// receiver nothing; before, the library preallocated a million of them.
func TestHostileLengths(t *testing.T) {
	hostile := []byte{0x82, 0xa4, 't', 'a', 's', 'k', 0xa0, 0xa5, 'f', 'i', 'l', 'e', 's', 0xdd, 0xff, 0xff, 0xff, 0xff, 0x80}
	allocs := testing.AllocsPerRun(10, func() {
		var r Results
		if err := Unmarshal(hostile, &r); !errors.Is(err, ErrBadRequest) {
			t.Fatalf("got %v, want ErrBadRequest", err)
		}
	})
	// A few for the error message; nothing per declared element.
	if allocs > 20 {
		t.Fatalf("got %v allocations, want at most 20", allocs)
	}
}
