package rpc

import (
	"bytes"
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// hexBytes builds bytes from the notation of PROTOCOL.md: hex pairs and
// quoted strings written raw.
func hexBytes(t *testing.T, s string) []byte {
	t.Helper()
	var out []byte
	for len(s) > 0 {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			break
		}
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			out = append(out, s[1:end+1]...)
			s = s[end+2:]
			continue
		}
		b, err := hex.DecodeString(s[:2])
		if err != nil {
			t.Fatalf("fixture %q: %v", s, err)
		}
		out = append(out, b...)
		s = s[2:]
	}
	return out
}

func TestProtocolFixtures(t *testing.T) {
	pingGraph := Graph{0: Method("ping", Terminal(), To(Primitive()))}
	tests := []struct {
		name  string
		wire  string
		frame Frame
	}{
		{
			name:  "resolve request",
			wire:  `93 01 00 91 a4 "echo"`,
			frame: Frame{Channel: 1, Slot: 0, Args: []any{"echo"}},
		},
		{
			name:  "resolve value",
			wire:  `93 01 00 93 91 92 a9 "127.0.0.1" d1 27 46 01 81 00 93 a4 "ping" 80 82 00 92 a5 "value" 80 01 92 a5 "error" 80`,
			frame: Frame{Channel: 1, Slot: 0, Args: []any{[]any{[]any{"127.0.0.1", int64(10054)}}, int64(1), pingGraph}},
		},
		{
			name:  "resolve error",
			wire:  `93 01 01 92 92 0a 01 b8 "service is not available"`,
			frame: Frame{Channel: 1, Slot: 1, Args: []any{Code{0x0A, 1}, "service is not available"}},
		},
		{
			name:  "close",
			wire:  `93 07 02 90`,
			frame: Frame{Channel: 7, Slot: 2, Args: []any{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := hexBytes(t, tt.wire)
			got, err := AppendFrame(nil, tt.frame)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("encode: got % x, want % x", got, want)
			}
			f, err := DecodeFrame(want)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if f.Channel != tt.frame.Channel || f.Slot != tt.frame.Slot || len(f.Args) != len(tt.frame.Args) {
				t.Fatalf("decode: got %d/%d/%d args, want %d/%d/%d", f.Channel, f.Slot, len(f.Args), tt.frame.Channel, tt.frame.Slot, len(tt.frame.Args))
			}
			// Re-encoding the decoded frame gives the same bytes.
			again, err := AppendFrame(nil, f)
			if err != nil {
				t.Fatalf("re-encode: %v", err)
			}
			if !bytes.Equal(again, want) {
				t.Fatalf("re-encode: got % x, want % x", again, want)
			}
		})
	}
	t.Run("graph of resolve value", func(t *testing.T) {
		f, err := DecodeFrame(hexBytes(t, tests[1].wire))
		if err != nil {
			t.Fatal(err)
		}
		g, err := ParseGraph(f.Args[2])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(g, pingGraph) {
			t.Fatalf("got %#v, want %#v", g, pingGraph)
		}
	})
}

func TestDecodeFrameForms(t *testing.T) {
	tests := []struct {
		name    string
		wire    string
		wantErr error
		check   func(Frame) bool
	}{
		{"nil args", `93 01 00 c0`, nil, func(f Frame) bool { return f.Args == nil }},
		{"four elements", `94 02 03 90 90`, nil, func(f Frame) bool { return f.Channel == 2 && f.Slot == 3 }},
		{"raw string (old spec)", `93 01 00 91 a2 "hi"`, nil, func(f Frame) bool { return f.Args[0] == "hi" }},
		{"str8", `93 01 00 91 d9 02 "hi"`, nil, func(f Frame) bool { return f.Args[0] == "hi" }},
		{"bin8", `93 01 00 91 c4 02 "hi"`, nil, func(f Frame) bool { s, _ := AsString(f.Args[0]); return s == "hi" }},
		{"uint16 channel", `93 cd 01 00 00 90`, nil, func(f Frame) bool { return f.Channel == 256 }},
		{"uint64 channel", `93 cf ff ff ff ff ff ff ff ff 00 90`, nil, func(f Frame) bool { return f.Channel == 1<<64-1 }},
		{"trace headers", `94 01 00 90 91 93 c2 50 c4 08 01 00 00 00 00 00 00 00`, nil, func(f Frame) bool { return TraceOf(f.Headers).TraceID == 1 }},
		{"named trace header", `94 01 00 90 91 93 c3 a8 "trace_id" c4 08 02 00 00 00 00 00 00 00`, nil, func(f Frame) bool { return TraceOf(f.Headers).TraceID == 2 }},
		{"static header index", `94 01 00 90 91 05`, nil, func(f Frame) bool { return f.Headers[0].Static && f.Headers[0].Index == 5 }},
		{"two elements", `92 01 00`, ErrFrameFormat, nil},
		{"five elements", `95 01 00 90 90 90`, ErrFrameFormat, nil},
		{"negative channel", `93 ff 00 90`, ErrFrameFormat, nil},
		{"string slot", `93 01 a1 "x" 90`, ErrFrameFormat, nil},
		{"map args", `93 01 00 80`, ErrFrameFormat, nil},
		{"headers not array", `94 01 00 90 01`, ErrFrameFormat, nil},
		{"bad header", `94 01 00 90 91 92 c2 01`, ErrFrameFormat, nil},
		{"not an array", `a3 "abc"`, ErrFrameFormat, nil},
		{"truncated", `93 01 00 91 a4 "ec"`, ErrFrameFormat, nil},
		{"invalid byte", `c1`, ErrFrameFormat, nil},
		{"trailing bytes", `93 01 00 90 00`, ErrFrameFormat, nil},
		{"array key", `93 01 00 91 81 90 00`, ErrFrameFormat, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := DecodeFrame(hexBytes(t, tt.wire))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got err %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got err %v, want nil", err)
			}
			if !tt.check(f) {
				t.Fatalf("got frame %+v, which fails the check", f)
			}
		})
	}
}

func TestDecoderRefusesOversizedFrame(t *testing.T) {
	tests := []struct {
		name string
		wire []byte
	}{
		{"long string header", append([]byte{0x93, 1, 0, 0x91, 0xdb}, 0x7f, 0xff, 0xff, 0xff)},
		{"long array header", append([]byte{0x93, 1, 0, 0xdd}, 0x7f, 0xff, 0xff, 0xff)},
		{"long map header", append([]byte{0x93, 1, 0, 0x91, 0xdf}, 0x7f, 0xff, 0xff, 0xff)},
		{"many small items", append([]byte{0x93, 1, 0, 0xdc, 0x01, 0x00}, bytes.Repeat([]byte{0}, 256)...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The reader holds only the header: the decoder must refuse
			// from the declared size, without waiting for the payload.
			dec := NewDecoder(bytes.NewReader(tt.wire), 128)
			_, err := dec.Decode()
			if !errors.Is(err, ErrFrameTooLarge) {
				t.Fatalf("got %v, want %v", err, ErrFrameTooLarge)
			}
		})
	}
}

func TestValueRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want any
	}{
		{"nil", nil, nil},
		{"true", true, true},
		{"small", 5, int64(5)},
		{"neg fix", -3, int64(-3)},
		{"int8", -100, int64(-100)},
		{"int16", 10054, int64(10054)},
		{"int32", -70000, int64(-70000)},
		{"int64", int64(1) << 40, int64(1) << 40},
		{"uint64 max", uint64(1<<64 - 1), uint64(1<<64 - 1)},
		{"float", 1.5, 1.5},
		{"float32", float32(2.5), 2.5},
		{"string 40", strings.Repeat("x", 40), strings.Repeat("x", 40)},
		{"string 300", strings.Repeat("y", 300), strings.Repeat("y", 300)},
		{"string 70000", strings.Repeat("z", 70000), strings.Repeat("z", 70000)},
		{"bytes 300", bytes.Repeat([]byte{1}, 300), bytes.Repeat([]byte{1}, 300)},
		{"bytes 70000", bytes.Repeat([]byte{2}, 70000), bytes.Repeat([]byte{2}, 70000)},
		{"array 20", make([]any, 20), make([]any, 20)},
		{"strings", []string{"a", "b"}, []any{"a", "b"}},
		{"map", map[string]any{"a": 1, "b": "c"}, map[any]any{"a": int64(1), "b": "c"}},
		{"map strings", map[string]string{"k": "v"}, map[any]any{"k": "v"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Marshal(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Unmarshal(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %#v, want %#v", got, tt.want)
			}
		})
	}
	if _, err := Marshal(struct{}{}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("got %v, want %v", err, ErrInvalidArgument)
	}
}

func TestGraphRoundTrip(t *testing.T) {
	g := Graph{
		0: Method("enqueue", To(Streaming()), To(Streaming())),
		1: Method("info", Terminal(), To(Primitive())),
		4: Method("publish", To(Graph{0: {Name: "discard", Dispatch: Terminal()}}), To(Primitive())),
		7: Method("loop", Recursive(), Terminal()),
	}
	b, err := Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	v, err := Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseGraph(v)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, g) {
		t.Fatalf("got %#v, want %#v", got, g)
	}
	b2, _ := Marshal(got)
	if !bytes.Equal(b, b2) {
		t.Fatalf("got % x, want % x", b2, b)
	}
}

func TestParseGraphErrors(t *testing.T) {
	tests := []struct {
		name string
		in   any
	}{
		{"not a map", []any{}},
		{"negative slot", map[any]any{int64(-1): []any{"x"}}},
		{"entry not array", map[any]any{int64(0): "x"}},
		{"name not string", map[any]any{int64(0): []any{int64(1)}}},
		{"too long", map[any]any{int64(0): []any{"a", nil, nil, nil}}},
		{"bad dispatch", map[any]any{int64(0): []any{"a", "b"}}},
		{"bad upstream", map[any]any{int64(0): []any{"a", nil, int64(3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseGraph(tt.in); !errors.Is(err, ErrFrameFormat) {
				t.Fatalf("got %v, want %v", err, ErrFrameFormat)
			}
		})
	}
}

func TestErrorCodes(t *testing.T) {
	for _, c := range codes {
		t.Run(c.err.Error(), func(t *testing.T) {
			wrapped := errors.Join(errors.New("context"), c.err)
			code := CodeOf(wrapped)
			if code != c.code {
				t.Fatalf("got %v, want %v", code, c.code)
			}
			re := parseErrorArgs([]any{[]any{int64(code.Category), int64(code.Code)}, "msg"})
			if !errors.Is(re, c.err) {
				t.Fatalf("got %v not matching %v", re, c.err)
			}
		})
	}
}
