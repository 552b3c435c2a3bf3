package rpc

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"io"
)

// Frame is one message: [channel, slot, args, headers?].
type Frame struct {
	Channel uint64
	Slot    uint64
	Args    []any
	Headers []Header
}

// Header is one header entry. A header that is only an index into the static
// table has Static set and no value.
type Header struct {
	Static  bool   // sent as a bare integer index
	Index   uint64 // static table index, when the name was sent as one
	Name    string // name, when sent as a string
	Value   []byte
	Dynamic bool // add_to_dynamic_table flag
}

// Static header indices of the trace headers.
const (
	HeaderTraceID  = 80
	HeaderSpanID   = 81
	HeaderParentID = 82
)

var traceNames = map[string]uint64{"trace_id": HeaderTraceID, "span_id": HeaderSpanID, "parent_id": HeaderParentID}

// AppendMsgpack implements Marshaler.
func (h Header) AppendMsgpack(b []byte) []byte {
	if h.Static {
		return AppendUint(b, h.Index)
	}
	b = append(b, 0x93)
	if h.Dynamic {
		b = append(b, 0xc3)
	} else {
		b = append(b, 0xc2)
	}
	if h.Name != "" {
		b = AppendString(b, h.Name)
	} else {
		b = AppendUint(b, h.Index)
	}
	return AppendBytes(b, h.Value)
}

// Trace is the trace context carried in headers 80-82.
type Trace struct {
	TraceID, SpanID, ParentID uint64
}

// Headers returns the three trace headers; none for a zero Trace.
func (t Trace) Headers() []Header {
	if t == (Trace{}) {
		return nil
	}
	le := func(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }
	return []Header{
		{Index: HeaderTraceID, Value: le(t.TraceID)},
		{Index: HeaderSpanID, Value: le(t.SpanID)},
		{Index: HeaderParentID, Value: le(t.ParentID)},
	}
}

// TraceOf extracts the trace from headers.
func TraceOf(hs []Header) Trace {
	var t Trace
	for _, h := range hs {
		idx := h.Index
		if h.Name != "" {
			idx = traceNames[h.Name]
		}
		if len(h.Value) != 8 {
			continue
		}
		v := binary.LittleEndian.Uint64(h.Value)
		switch idx {
		case HeaderTraceID:
			t.TraceID = v
		case HeaderSpanID:
			t.SpanID = v
		case HeaderParentID:
			t.ParentID = v
		}
	}
	return t
}

type traceKey struct{}

// WithTrace returns ctx carrying t.
func WithTrace(ctx context.Context, t Trace) context.Context {
	return context.WithValue(ctx, traceKey{}, t)
}

// TraceFrom returns the trace carried by ctx.
func TraceFrom(ctx context.Context) (Trace, bool) {
	t, ok := ctx.Value(traceKey{}).(Trace)
	return t, ok
}

// AppendFrame encodes a frame. Without headers it writes the three-element
// form of the protocol's byte examples; with headers, all four elements.
func AppendFrame(b []byte, f Frame) ([]byte, error) {
	if len(f.Headers) == 0 {
		b = append(b, 0x93)
	} else {
		b = append(b, 0x94)
	}
	b = AppendUint(b, f.Channel)
	b = AppendUint(b, f.Slot)
	b = AppendArrayHeader(b, len(f.Args))
	var err error
	for _, a := range f.Args {
		if b, err = AppendValue(b, a); err != nil {
			return b, err
		}
	}
	if len(f.Headers) > 0 {
		b = AppendArrayHeader(b, len(f.Headers))
		for _, h := range f.Headers {
			b = h.AppendMsgpack(b)
		}
	}
	return b, nil
}

// FrameError is a well-formed MessagePack value that is not a valid frame.
// The stream is still in step after it; Channel is set when it was readable.
type FrameError struct {
	Channel    uint64
	HasChannel bool
	Err        error
}

func (e *FrameError) Error() string { return e.Err.Error() }
func (e *FrameError) Unwrap() error { return e.Err }

// Decoder reads frames from a stream.
type Decoder struct {
	d decoder
}

// NewDecoder reads frames of at most maxFrame bytes from r.
func NewDecoder(r io.Reader, maxFrame int) *Decoder {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &Decoder{d: decoder{r: br, limit: maxFrame}}
}

// Decode reads the next frame. io.EOF means the stream ended between frames.
// A *FrameError leaves the stream usable; any other error does not.
func (dec *Decoder) Decode() (Frame, error) {
	dec.d.used, dec.d.values = 0, 0
	v, err := dec.d.value(0)
	if err != nil {
		return Frame{}, err
	}
	return frameOf(v)
}

// DecodeFrame decodes one frame from p.
func DecodeFrame(p []byte) (Frame, error) {
	v, err := Unmarshal(p)
	if err != nil {
		return Frame{}, err
	}
	return frameOf(v)
}

func frameOf(v any) (Frame, error) {
	arr, ok := v.([]any)
	if !ok {
		return Frame{}, &FrameError{Err: fmt.Errorf("%w: got %T, want array", ErrFrameFormat, v)}
	}
	if len(arr) != 3 && len(arr) != 4 {
		return Frame{}, &FrameError{Err: fmt.Errorf("%w: got %d elements, want 3 or 4", ErrFrameFormat, len(arr))}
	}
	var f Frame
	f.Channel, ok = AsUint(arr[0])
	if !ok {
		return Frame{}, &FrameError{Err: fmt.Errorf("%w: channel: got %s, want non-negative integer", ErrFrameFormat, describe(arr[0]))}
	}
	fe := func(format string, a ...any) error {
		return &FrameError{Channel: f.Channel, HasChannel: true, Err: fmt.Errorf("%w: "+format, append([]any{ErrFrameFormat}, a...)...)}
	}
	f.Slot, ok = AsUint(arr[1])
	if !ok {
		return Frame{}, fe("slot: got %s, want non-negative integer", describe(arr[1]))
	}
	switch a := arr[2].(type) {
	case nil:
	case []any:
		f.Args = a
	default:
		return Frame{}, fe("args: got %T, want array", arr[2])
	}
	if len(arr) == 4 {
		hs, ok := arr[3].([]any)
		if !ok {
			return Frame{}, fe("headers: got %T, want array", arr[3])
		}
		for i, h := range hs {
			hd, err := parseHeader(h)
			if err != nil {
				return Frame{}, fe("header %d: %v", i, err)
			}
			f.Headers = append(f.Headers, hd)
		}
	}
	return f, nil
}

// describe names a peer's value in an error without repeating more than a
// little of it.
func describe(v any) string {
	switch x := v.(type) {
	case nil, bool, int64, uint64, float64:
		return fmt.Sprint(x)
	case string:
		return Quote(x)
	case []byte:
		return fmt.Sprintf("%d bytes", len(x))
	}
	return fmt.Sprintf("%T", v)
}

func parseHeader(v any) (Header, error) {
	if idx, ok := AsUint(v); ok {
		return Header{Static: true, Index: idx}, nil
	}
	arr, ok := v.([]any)
	if !ok || len(arr) != 3 {
		return Header{}, fmt.Errorf("got %T, want index or [bool, name, value]", v)
	}
	var h Header
	if h.Dynamic, ok = arr[0].(bool); !ok {
		return Header{}, fmt.Errorf("flag: got %T, want bool", arr[0])
	}
	if idx, ok := AsUint(arr[1]); ok {
		h.Index = idx
	} else if name, ok := AsString(arr[1]); ok {
		h.Name = name
	} else {
		return Header{}, fmt.Errorf("name: got %T, want string or index", arr[1])
	}
	if h.Value, ok = AsBytes(arr[2]); !ok {
		return Header{}, fmt.Errorf("value: got %T, want bytes", arr[2])
	}
	return h, nil
}
