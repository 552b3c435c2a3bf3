package rpc

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func FuzzDecodeFrame(f *testing.F) {
	seeds := [][]byte{
		{0x93, 0x01, 0x00, 0x91, 0xa4, 'e', 'c', 'h', 'o'},
		{0x93, 0x07, 0x02, 0x90},
		{0x94, 0x01, 0x00, 0x90, 0x91, 0x93, 0xc2, 0x50, 0xc4, 0x08, 1, 2, 3, 4, 5, 6, 7, 8},
		{0x93, 0x01, 0x01, 0x92, 0x92, 0x0a, 0x01, 0xa1, 'x'},
		{0xdd, 0xff, 0xff, 0xff, 0xff},
		{0x93, 0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0xc0},
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := NewDecoder(bytes.NewReader(data), 4096)
		for i := 0; i < 64; i++ {
			fr, err := dec.Decode()
			if err != nil {
				var fe *FrameError
				if errors.As(err, &fe) {
					continue
				}
				if !errors.Is(err, io.EOF) && !errors.Is(err, ErrFrameFormat) && !errors.Is(err, ErrFrameTooLarge) {
					t.Fatalf("got unclassified error %v", err)
				}
				return
			}
			// Whatever decodes must encode and decode to the same frame.
			b, err := AppendFrame(nil, fr)
			if err != nil {
				t.Fatalf("re-encode: %v", err)
			}
			fr2, err := DecodeFrame(b)
			if err != nil {
				t.Fatalf("decode of re-encoded frame: %v", err)
			}
			b2, _ := AppendFrame(nil, fr2)
			if !bytes.Equal(b, b2) {
				t.Fatalf("got % x, want % x", b2, b)
			}
		}
	})
}

func FuzzParseGraph(f *testing.F) {
	for _, g := range []Graph{
		Primitive(),
		Streaming(),
		{0: Method("resolve", Terminal(), To(Primitive())), 4: Method("publish", To(Graph{0: {Name: "discard"}}), To(Primitive()))},
		{0: Method("enqueue", To(Streaming()), To(Streaming()))},
	} {
		b, _ := Marshal(g)
		f.Add(b)
	}
	f.Add([]byte{0x81, 0x00, 0x93, 0xa1, 'x', 0xc0, 0xc0})
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Unmarshal(data)
		if err != nil {
			return
		}
		g, err := ParseGraph(v)
		if err != nil {
			if !errors.Is(err, ErrFrameFormat) {
				t.Fatalf("got unclassified error %v", err)
			}
			return
		}
		b, err := Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		v2, err := Unmarshal(b)
		if err != nil {
			t.Fatal(err)
		}
		g2, err := ParseGraph(v2)
		if err != nil {
			t.Fatal(err)
		}
		b2, _ := Marshal(g2)
		if !bytes.Equal(b, b2) {
			t.Fatalf("got % x, want % x", b2, b)
		}
		// Walking the graph with every slot never panics.
		s := newState(g)
		for slot := range g {
			_, _ = s.step(slot)
		}
	})
}
