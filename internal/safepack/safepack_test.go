package safepack

import (
	"bytes"
	"encoding/binary"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/vmihailenco/msgpack/v5"
)

// Nested builds a value nested depth levels deep under the key "x" of a
// map: 0x81 "x" then depth one-element arrays around a nil. The payload of
// the issue is this at five million levels: five megabytes.
func nested(depth int) []byte {
	b := make([]byte, 0, depth+4)
	b = append(b, 0x81, 0xa1, 'x')
	for range depth {
		b = append(b, 0x91)
	}
	return append(b, 0xc0)
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"nil", []byte{0xc0}, nil},
		{"map", []byte{0x82, 0xa1, 'a', 0x01, 0xa1, 'b', 0xc4, 0x02, 1, 2}, nil},
		{"ext time", mustMarshal(t, time.Unix(1, 2)), nil},
		{"fixext1", []byte{0xd4, 0x01, 0x00}, nil},
		{"ext8", []byte{0xc7, 0x02, 0x05, 'a', 'b'}, nil},
		{"empty", nil, ErrMalformed},
		{"trailing", []byte{0xc0, 0xc0}, ErrMalformed},
		{"c1", []byte{0xc1}, ErrMalformed},
		{"str32 beyond input", []byte{0xdb, 0xff, 0xff, 0xff, 0xff, 'a'}, ErrMalformed},
		{"bin8 beyond input", []byte{0xc4, 0x05, 1, 2}, ErrMalformed},
		{"ext32 beyond input", []byte{0xc9, 0x00, 0x00, 0x00, 0x01, 0x05}, ErrMalformed},
		{"array32 beyond input", []byte{0xdd, 0x7f, 0xff, 0xff, 0xff, 0xc0}, ErrMalformed},
		{"map32 beyond input", []byte{0xdf, 0x00, 0x00, 0x00, 0x01, 0xc0}, ErrMalformed},
		{"truncated length", []byte{0xda, 0x00}, ErrMalformed},
		{"truncated float", []byte{0xcb, 0, 0, 0}, ErrMalformed},
		{"depth at limit", nested(MaxDepth - 1), nil},
		{"depth over limit", nested(MaxDepth), ErrLimit},
		{"five million deep", nested(5_000_000), ErrLimit},
		{"too many values", array32(MaxValues), ErrLimit},
		{"values at limit", array32(MaxValues - 1), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(tc.in)
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// array32 is an array of n zeros, n+1 values.
func array32(n int) []byte {
	b := binary.BigEndian.AppendUint32([]byte{0xdd}, uint32(n))
	return append(b, make([]byte, n)...)
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := msgpack.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type file struct {
	Path   string `msgpack:"path"`
	Size   int64  `msgpack:"size"`
	SHA256 string `msgpack:"sha256"`
}

func TestUnmarshalRoundTrip(t *testing.T) {
	type msg struct {
		A string            `msgpack:"a"`
		B []file            `msgpack:"b"`
		C map[string]any    `msgpack:"c"`
		D []byte            `msgpack:"d"`
		E float64           `msgpack:"e"`
		F int64             `msgpack:"f"`
		G uint64            `msgpack:"g"`
		H time.Time         `msgpack:"h"`
		I map[string]string `msgpack:"i"`
	}
	in := msg{A: "x", B: []file{{"a", 1, "00"}, {"b", -1 << 40, ""}}, C: map[string]any{"k": []any{int8(1), "s", nil, true}},
		D: bytes.Repeat([]byte{7}, 70000), E: 1.5, F: -1 << 60, G: 1<<64 - 1, H: time.Unix(1700000000, 5).UTC(), I: map[string]string{"p": "q"}}
	var out msg
	if err := Unmarshal(mustMarshal(t, in), &out); err != nil {
		t.Fatal(err)
	}
	if out.A != in.A || len(out.B) != 2 || out.B[1] != in.B[1] || !bytes.Equal(out.D, in.D) || out.G != in.G || !out.H.Equal(in.H) {
		t.Fatalf("got %+v, want %+v", out, in)
	}
}

// TestUnmarshalAllocation: a few bytes that declare a huge slice make the
// library preallocate up to a million elements; refused before that.
func TestUnmarshalAllocation(t *testing.T) {
	var v struct {
		Files []file `msgpack:"files"`
	}
	hostile := []byte{0x81, 0xa5, 'f', 'i', 'l', 'e', 's', 0xdd, 0x7f, 0xff, 0xff, 0xff, 0x80}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 10 {
		if err := Unmarshal(hostile, &v); !errors.Is(err, ErrMalformed) {
			t.Fatalf("got %v, want ErrMalformed", err)
		}
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Fatalf("ten hostile %d-byte messages allocated %d bytes, want under 1 MiB", len(hostile), got)
	}
	// At the value limit, each one-byte element is a 40-byte file, twice
	// over while the slice grows: about 80 bytes per byte, 21 MB in all.
	n := MaxValues - 3
	full := binary.BigEndian.AppendUint32([]byte{0x81, 0xa5, 'f', 'i', 'l', 'e', 's', 0xdd}, uint32(n))
	full = append(full, bytes.Repeat([]byte{0x80}, n)...)
	runtime.ReadMemStats(&before)
	if err := Unmarshal(full, &v); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(128*len(full)); got > limit {
		t.Fatalf("a %d-byte message allocated %d bytes, want under %d", len(full), got, limit)
	}
}

// FuzzCheck: Check agrees with the library's own Skip on every input small
// enough to stay under the value limit, except for depth, and never lets
// through what the library cannot walk.
func FuzzCheck(f *testing.F) {
	f.Add([]byte{0xc0})
	f.Add([]byte{0x82, 0xa1, 'a', 0x01, 0xa1, 'b', 0xc4, 0x02, 1, 2})
	f.Add([]byte{0xd6, 0xff, 0, 0, 0, 1})
	f.Add([]byte{0xc7, 0x02, 0x05, 'a', 'b'})
	f.Add(nested(40))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := Check(b)
		r := bytes.NewReader(b)
		libErr := msgpack.NewDecoder(r).Skip()
		libOK := libErr == nil && r.Len() == 0
		switch {
		case err == nil && !libOK:
			t.Fatalf("Check accepted % x; library: %v, %d bytes left", b, libErr, r.Len())
		case err != nil && libOK && !errors.Is(err, ErrLimit):
			t.Fatalf("Check refused % x the library walks: %v", b, err)
		case err != nil && !errors.Is(err, ErrLimit) && !errors.Is(err, ErrMalformed):
			t.Fatalf("unclassified error %v", err)
		}
		if err == nil {
			var v any
			_ = msgpack.Unmarshal(b, &v)
		}
	})
}
