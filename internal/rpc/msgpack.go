package rpc

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
)

// The MessagePack codec is hand-written: the protocol needs only a generic
// value model, a streaming decoder that can refuse an oversized frame before
// buffering it, and an append-style encoder that allocates nothing per value.
//
// Decoded values are: nil, bool, int64 (every integer that fits), uint64 (only
// above MaxInt64), float64, string (str and old-spec raw), []byte (bin),
// []any and map[any]any (keys converted to comparable values).

// Marshaler lets a type append its own MessagePack encoding.
type Marshaler interface {
	AppendMsgpack(b []byte) []byte
}

// maxDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxDepth = 64

// maxValues bounds the values of one frame. A one-byte value may cost some
// 130 bytes decoded (an empty map in a growing array), so this keeps a frame
// under about 9 MB however it is built; our frames carry a few values and
// binary payloads.
const maxValues = 1 << 16

// AppendValue appends the MessagePack encoding of v. Unsupported types are an
// error rather than a panic, since handlers pass arbitrary values.
func AppendValue(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(b, 0xc0), nil
	case Marshaler:
		return x.AppendMsgpack(b), nil
	case bool:
		if x {
			return append(b, 0xc3), nil
		}
		return append(b, 0xc2), nil
	case int:
		return AppendInt(b, int64(x)), nil
	case int8:
		return AppendInt(b, int64(x)), nil
	case int16:
		return AppendInt(b, int64(x)), nil
	case int32:
		return AppendInt(b, int64(x)), nil
	case int64:
		return AppendInt(b, x), nil
	case uint:
		return AppendUint(b, uint64(x)), nil
	case uint8:
		return AppendUint(b, uint64(x)), nil
	case uint16:
		return AppendUint(b, uint64(x)), nil
	case uint32:
		return AppendUint(b, uint64(x)), nil
	case uint64:
		return AppendUint(b, x), nil
	case float32:
		b = append(b, 0xca)
		return binary.BigEndian.AppendUint32(b, math.Float32bits(x)), nil
	case float64:
		b = append(b, 0xcb)
		return binary.BigEndian.AppendUint64(b, math.Float64bits(x)), nil
	case string:
		return AppendString(b, x), nil
	case []byte:
		return AppendBytes(b, x), nil
	case []any:
		b = AppendArrayHeader(b, len(x))
		var err error
		for _, e := range x {
			if b, err = AppendValue(b, e); err != nil {
				return b, err
			}
		}
		return b, nil
	case []string:
		b = AppendArrayHeader(b, len(x))
		for _, e := range x {
			b = AppendString(b, e)
		}
		return b, nil
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = AppendMapHeader(b, len(x))
		var err error
		for _, k := range keys {
			b = AppendString(b, k)
			if b, err = AppendValue(b, x[k]); err != nil {
				return b, err
			}
		}
		return b, nil
	case map[string]string:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = AppendMapHeader(b, len(x))
		for _, k := range keys {
			b = AppendString(b, k)
			b = AppendString(b, x[k])
		}
		return b, nil
	case map[any]any:
		keys := make([]any, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sortKeys(keys)
		b = AppendMapHeader(b, len(x))
		var err error
		for _, k := range keys {
			if b, err = AppendValue(b, k); err != nil {
				return b, err
			}
			if b, err = AppendValue(b, x[k]); err != nil {
				return b, err
			}
		}
		return b, nil
	}
	return b, fmt.Errorf("%w: cannot encode %T", ErrInvalidArgument, v)
}

// AppendInt writes fixints where possible and otherwise the smallest signed
// form; this matches the byte examples of the protocol (port 10054 is d1 27 46).
func AppendInt(b []byte, v int64) []byte {
	switch {
	case v >= 0 && v <= 127:
		return append(b, byte(v))
	case v < 0 && v >= -32:
		return append(b, byte(int8(v)))
	case v >= math.MinInt8 && v <= math.MaxInt8:
		return append(b, 0xd0, byte(int8(v)))
	case v >= math.MinInt16 && v <= math.MaxInt16:
		return binary.BigEndian.AppendUint16(append(b, 0xd1), uint16(int16(v)))
	case v >= math.MinInt32 && v <= math.MaxInt32:
		return binary.BigEndian.AppendUint32(append(b, 0xd2), uint32(int32(v)))
	}
	return binary.BigEndian.AppendUint64(append(b, 0xd3), uint64(v))
}

// AppendUint encodes like AppendInt, with uint64 only above MaxInt64.
func AppendUint(b []byte, v uint64) []byte {
	if v > math.MaxInt64 {
		return binary.BigEndian.AppendUint64(append(b, 0xcf), v)
	}
	return AppendInt(b, int64(v))
}

// AppendString appends a str value.
func AppendString(b []byte, s string) []byte {
	n := len(s)
	switch {
	case n < 32:
		b = append(b, 0xa0|byte(n))
	case n < 256:
		b = append(b, 0xd9, byte(n))
	case n < 65536:
		b = binary.BigEndian.AppendUint16(append(b, 0xda), uint16(n))
	default:
		b = binary.BigEndian.AppendUint32(append(b, 0xdb), uint32(n))
	}
	return append(b, s...)
}

// AppendBytes appends a bin value.
func AppendBytes(b []byte, p []byte) []byte {
	n := len(p)
	switch {
	case n < 256:
		b = append(b, 0xc4, byte(n))
	case n < 65536:
		b = binary.BigEndian.AppendUint16(append(b, 0xc5), uint16(n))
	default:
		b = binary.BigEndian.AppendUint32(append(b, 0xc6), uint32(n))
	}
	return append(b, p...)
}

// AppendArrayHeader starts an array of n elements.
func AppendArrayHeader(b []byte, n int) []byte {
	switch {
	case n < 16:
		return append(b, 0x90|byte(n))
	case n < 65536:
		return binary.BigEndian.AppendUint16(append(b, 0xdc), uint16(n))
	}
	return binary.BigEndian.AppendUint32(append(b, 0xdd), uint32(n))
}

// AppendMapHeader starts a map of n pairs.
func AppendMapHeader(b []byte, n int) []byte {
	switch {
	case n < 16:
		return append(b, 0x80|byte(n))
	case n < 65536:
		return binary.BigEndian.AppendUint16(append(b, 0xde), uint16(n))
	}
	return binary.BigEndian.AppendUint32(append(b, 0xdf), uint32(n))
}

// decoder reads one MessagePack value at a time from a buffered stream and
// counts the bytes of the current value against a limit, so an oversized
// frame is refused as soon as its declared sizes exceed the limit.
type decoder struct {
	r      *bufio.Reader
	used   int // bytes of the current value
	values int // values of the current value, containers and map keys included
	limit  int
	header [8]byte
}

var (
	errTruncated     = errors.New("truncated value")
	errTooManyValues = fmt.Errorf("%w: more than %d values", ErrFrameTooLarge, maxValues)
)

// Declared lengths are bounded by the frame limit, not by what has arrived:
// buffers start at most this large and grow as the bytes come.
const (
	initialElems = 64
	payloadChunk = 64 << 10
)

func (d *decoder) take(n int) error {
	if n < 0 || d.used+n > d.limit || d.used+n < d.used {
		return fmt.Errorf("%w: frame exceeds %d bytes", ErrFrameTooLarge, d.limit)
	}
	d.used += n
	return nil
}

func (d *decoder) readByte() (byte, error) {
	if err := d.take(1); err != nil {
		return 0, err
	}
	c, err := d.r.ReadByte()
	if err != nil {
		if d.used > 1 && err == io.EOF {
			return 0, fmt.Errorf("%w: %w", ErrFrameFormat, errTruncated)
		}
		return 0, err
	}
	return c, nil
}

func (d *decoder) readFull(n int) ([]byte, error) {
	if err := d.take(n); err != nil {
		return nil, err
	}
	var buf []byte
	if n <= len(d.header) {
		buf = d.header[:n]
	} else {
		buf = make([]byte, n)
	}
	if _, err := io.ReadFull(d.r, buf); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("%w: %w", ErrFrameFormat, errTruncated)
		}
		return nil, err
	}
	return buf, nil
}

func (d *decoder) readPayload(n int) ([]byte, error) {
	if err := d.take(n); err != nil {
		return nil, err
	}
	buf := make([]byte, 0, min(n, payloadChunk))
	for len(buf) < n {
		k := min(n-len(buf), max(len(buf), payloadChunk))
		buf = slices.Grow(buf, k)
		got, err := io.ReadFull(d.r, buf[len(buf):len(buf)+k])
		buf = buf[:len(buf)+got]
		if err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return nil, fmt.Errorf("%w: %w", ErrFrameFormat, errTruncated)
			}
			return nil, err
		}
	}
	return buf, nil
}

func (d *decoder) length(size int) (int, error) {
	b, err := d.readFull(size)
	if err != nil {
		return 0, err
	}
	switch size {
	case 1:
		return int(b[0]), nil
	case 2:
		return int(binary.BigEndian.Uint16(b)), nil
	}
	return int(binary.BigEndian.Uint32(b)), nil
}

// value decodes one value. Every element of a container needs at least one
// byte, so container lengths are checked against the limit up front.
func (d *decoder) value(depth int) (any, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%w: nesting deeper than %d", ErrFrameFormat, maxDepth)
	}
	if d.values++; d.values > maxValues {
		return nil, errTooManyValues
	}
	c, err := d.readByte()
	if err != nil {
		return nil, err
	}
	switch {
	case c <= 0x7f:
		return int64(c), nil
	case c >= 0xe0:
		return int64(int8(c)), nil
	case c&0xf0 == 0x80:
		return d.mapOf(int(c&0x0f), depth)
	case c&0xf0 == 0x90:
		return d.arrayOf(int(c&0x0f), depth)
	case c&0xe0 == 0xa0:
		p, err := d.readPayload(int(c & 0x1f))
		return string(p), err
	}
	switch c {
	case 0xc0:
		return nil, nil
	case 0xc2:
		return false, nil
	case 0xc3:
		return true, nil
	case 0xc4, 0xc5, 0xc6:
		n, err := d.length(1 << (c - 0xc4))
		if err != nil {
			return nil, err
		}
		return d.readPayload(n)
	case 0xd9, 0xda, 0xdb:
		n, err := d.length(1 << (c - 0xd9))
		if err != nil {
			return nil, err
		}
		p, err := d.readPayload(n)
		return string(p), err
	case 0xca:
		b, err := d.readFull(4)
		if err != nil {
			return nil, err
		}
		return float64(math.Float32frombits(binary.BigEndian.Uint32(b))), nil
	case 0xcb:
		b, err := d.readFull(8)
		if err != nil {
			return nil, err
		}
		return math.Float64frombits(binary.BigEndian.Uint64(b)), nil
	case 0xcc, 0xcd, 0xce, 0xcf:
		size := 1 << (c - 0xcc)
		b, err := d.readFull(size)
		if err != nil {
			return nil, err
		}
		var u uint64
		for _, x := range b {
			u = u<<8 | uint64(x)
		}
		if u > math.MaxInt64 {
			return u, nil
		}
		return int64(u), nil
	case 0xd0:
		b, err := d.readFull(1)
		if err != nil {
			return nil, err
		}
		return int64(int8(b[0])), nil
	case 0xd1:
		b, err := d.readFull(2)
		if err != nil {
			return nil, err
		}
		return int64(int16(binary.BigEndian.Uint16(b))), nil
	case 0xd2:
		b, err := d.readFull(4)
		if err != nil {
			return nil, err
		}
		return int64(int32(binary.BigEndian.Uint32(b))), nil
	case 0xd3:
		b, err := d.readFull(8)
		if err != nil {
			return nil, err
		}
		return int64(binary.BigEndian.Uint64(b)), nil
	case 0xdc, 0xdd:
		n, err := d.length(2 << (c - 0xdc))
		if err != nil {
			return nil, err
		}
		return d.arrayOf(n, depth)
	case 0xde, 0xdf:
		n, err := d.length(2 << (c - 0xde))
		if err != nil {
			return nil, err
		}
		return d.mapOf(n, depth)
	case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8:
		// fixext: skip type and data, the protocol has no extension types.
		if _, err := d.readFull(1); err != nil {
			return nil, err
		}
		if _, err := d.readPayload(1 << (c - 0xd4)); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: extension types are not used", ErrFrameFormat)
	case 0xc7, 0xc8, 0xc9:
		n, err := d.length(1 << (c - 0xc7))
		if err != nil {
			return nil, err
		}
		if _, err := d.readPayload(n + 1); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: extension types are not used", ErrFrameFormat)
	}
	return nil, fmt.Errorf("%w: invalid type byte 0x%02x", ErrFrameFormat, c)
}

func (d *decoder) arrayOf(n, depth int) (any, error) {
	if d.used+n > d.limit {
		return nil, fmt.Errorf("%w: array of %d exceeds %d bytes", ErrFrameTooLarge, n, d.limit)
	}
	out := make([]any, 0, min(n, initialElems))
	for range n {
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (d *decoder) mapOf(n, depth int) (any, error) {
	if d.used+2*n > d.limit {
		return nil, fmt.Errorf("%w: map of %d exceeds %d bytes", ErrFrameTooLarge, n, d.limit)
	}
	out := make(map[any]any, min(n, initialElems))
	var keyErr error
	for i := 0; i < n; i++ {
		k, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		switch kk := k.(type) {
		case []byte:
			k = string(kk)
		case []any, map[any]any:
			// Keep reading to the end of the value so the stream stays in step.
			keyErr = fmt.Errorf("%w: map key of type %T", ErrFrameFormat, k)
			continue
		}
		out[k] = v
	}
	if keyErr != nil {
		return nil, keyErr
	}
	return out, nil
}

// Unmarshal decodes exactly one value from p.
func Unmarshal(p []byte) (any, error) {
	d := decoder{r: bufio.NewReaderSize(&byteReader{p: p}, 16), limit: len(p)}
	v, err := d.value(0)
	if err != nil {
		if errors.Is(err, errTooManyValues) {
			return nil, err
		}
		if errors.Is(err, io.EOF) || errors.Is(err, ErrFrameTooLarge) {
			// Within a byte slice, a size beyond its end is a truncation.
			return nil, fmt.Errorf("%w: %w", ErrFrameFormat, errTruncated)
		}
		return nil, err
	}
	if d.used != len(p) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFrameFormat, len(p)-d.used)
	}
	return v, nil
}

type byteReader struct{ p []byte }

func (r *byteReader) Read(b []byte) (int, error) {
	if len(r.p) == 0 {
		return 0, io.EOF
	}
	n := copy(b, r.p)
	r.p = r.p[n:]
	return n, nil
}

// Marshal encodes v into a new slice.
func Marshal(v any) ([]byte, error) { return AppendValue(nil, v) }

// sortKeys orders map keys so encodings are deterministic: integers
// numerically first, then strings, then anything else by its printed form.
func sortKeys(keys []any) {
	rank := func(k any) int {
		if _, ok := AsInt(k); ok {
			return 0
		}
		if _, ok := k.(uint64); ok {
			return 0
		}
		if _, ok := k.(string); ok {
			return 1
		}
		return 2
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := rank(keys[i]), rank(keys[j])
		if ri != rj {
			return ri < rj
		}
		switch ri {
		case 0:
			ui, iok := AsInt(keys[i])
			uj, jok := AsInt(keys[j])
			if iok && jok {
				return ui < uj
			}
			return jok == false && iok
		case 1:
			return keys[i].(string) < keys[j].(string)
		}
		return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j])
	})
}
