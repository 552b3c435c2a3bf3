package rpc

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"testing"
)

// TestDecoderAllocatesWhatArrives: a frame header declaring a container or a
// string of nearly the frame limit, followed by nothing, costs the reader
// what arrived, not what was declared. Before, five bytes made it allocate
// 256 MB (an array of 16M values) and a half-open connection kept it.
func TestDecoderAllocatesWhatArrives(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"array32", []byte{0xdd, 0x00, 0xff, 0xff, 0x00, 0xc0}},
		{"map32", []byte{0xdf, 0x00, 0x7f, 0xff, 0x00, 0xc0, 0xc0}},
		{"str32", []byte{0xdb, 0x00, 0xff, 0xff, 0x00, 'a'}},
		{"bin32", []byte{0xc6, 0x00, 0xff, 0xff, 0x00, 'a'}},
		{"nested", bytes.Repeat([]byte{0xdd, 0x00, 0x01, 0x00, 0x00}, 60)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := NewDecoder(bytes.NewReader(tc.in), 16<<20).Decode()
			runtime.ReadMemStats(&after)
			if !errors.Is(err, ErrFrameFormat) && !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Fatalf("got %v, want a truncated frame", err)
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
				t.Fatalf("%d bytes of input allocated %d bytes, want under 1 MiB", len(tc.in), got)
			}
		})
	}
}

// TestDecoderValueLimit: a frame of many one-byte values is refused past
// maxValues; a million empty maps would otherwise cost 64 bytes per byte.
func TestDecoderValueLimit(t *testing.T) {
	n := maxValues + 1
	in := append([]byte{0xdd, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, bytes.Repeat([]byte{0x80}, n)...)
	if _, err := Unmarshal(in); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("got %v, want ErrFrameTooLarge", err)
	}
	in = append([]byte{0xdd, byte((n - 2) >> 24), byte((n - 2) >> 16), byte((n - 2) >> 8), byte(n - 2)}, bytes.Repeat([]byte{0x80}, n-2)...)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := Unmarshal(in); err != nil {
		t.Fatalf("at the limit: got %v, want nil", err)
	}
	runtime.ReadMemStats(&after)
	// Each one-byte empty map is a map (about 100 bytes) and an interface
	// slot, twice over while the array grows: some 130 bytes per byte, 9 MB
	// for the largest frame of values.
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(160*len(in)); got > limit {
		t.Fatalf("%d bytes allocated %d, want under %d", len(in), got, limit)
	}
	if testing.Verbose() {
		t.Logf("%d bytes allocated %d", len(in), after.TotalAlloc-before.TotalAlloc)
	}
}

// TestUnmarshalDeep: the five-million-deep payload.
func TestUnmarshalDeep(t *testing.T) {
	in := append([]byte{0x81, 0xa1, 'x'}, bytes.Repeat([]byte{0x91}, 5_000_000)...)
	in = append(in, 0xc0)
	if _, err := Unmarshal(in); !errors.Is(err, ErrFrameFormat) {
		t.Fatalf("got %v, want ErrFrameFormat", err)
	}
}

// TestFrameErrorsQuoteLittle: a frame whose channel or slot is a 100 KB
// string gets an error that does not repeat it (the error goes back to the
// peer and into the log).
func TestFrameErrorsQuoteLittle(t *testing.T) {
	long := string(bytes.Repeat([]byte{'c'}, 100_000))
	for name, f := range map[string][]any{
		"channel": {long, int64(0), []any{}},
		"slot":    {int64(1), long, []any{}},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = DecodeFrame(b)
			if !errors.Is(err, ErrFrameFormat) {
				t.Fatalf("got %v, want ErrFrameFormat", err)
			}
			if got := len(err.Error()); got > 200 {
				t.Fatalf("got a %d-byte error, want at most 200", got)
			}
		})
	}
}
