// Package safepack decodes MessagePack that came from the network. Before
// handing bytes to vmihailenco/msgpack it checks them with a scan that
// allocates nothing: nesting at most MaxDepth, no declared length beyond the
// bytes that remain, at most MaxValues values, exactly one value. The
// library itself recurses once per level (a few million levels overflow the
// stack) and preallocates from declared lengths, so every decoder of
// network bytes goes through Unmarshal.
package safepack

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/vmihailenco/msgpack/v5"
)

const (
	// MaxDepth bounds nesting; our wire types nest four deep at most.
	MaxDepth = 32
	// MaxValues bounds the values (map keys included) of one message. One
	// byte on the wire may become a few hundred once decoded into a struct
	// (a File is 40 bytes, a TaskStatus about 200, doubled while a slice
	// grows). Measured at this limit: 21 MB for the worst message a hub
	// decodes (a UnitResult of empty outputs), 105 MB for the worst a client
	// decodes (a ListReply of empty tasks), each from 256 KB. Honest
	// messages stay under it: a result listing 37,000 files, a hub's list of
	// 7,000 tasks.
	MaxValues = 1 << 18
)

// Reasons a message is refused.
var (
	ErrMalformed = errors.New("malformed msgpack")
	ErrLimit     = errors.New("msgpack beyond limits")
)

// Unmarshal checks b and decodes it into v.
func Unmarshal(b []byte, v any) error {
	if err := Check(b); err != nil {
		return err
	}
	if err := msgpack.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return nil
}

// Check reports whether b holds exactly one MessagePack value within the
// limits. It runs in one pass over b and allocates nothing.
func Check(b []byte) error {
	// open[i] is how many values container i still expects; open[0] is the
	// top level, which expects one.
	var open [MaxDepth + 1]uint32
	open[0] = 1
	depth, values, pos := 0, 0, 0
	for {
		for depth >= 0 && open[depth] == 0 {
			depth--
		}
		if depth < 0 {
			break
		}
		open[depth]--
		if pos >= len(b) {
			return fmt.Errorf("%w: truncated at byte %d", ErrMalformed, pos)
		}
		if values++; values > MaxValues {
			return fmt.Errorf("%w: more than %d values", ErrLimit, MaxValues)
		}
		c := b[pos]
		pos++
		var skip, elems uint64 // payload bytes to skip, values a container holds
		container := false
		switch {
		case c <= 0x7f, c >= 0xe0, c == 0xc0, c == 0xc2, c == 0xc3:
		case c&0xf0 == 0x80:
			container, elems = true, 2*uint64(c&0x0f)
		case c&0xf0 == 0x90:
			container, elems = true, uint64(c&0x0f)
		case c&0xe0 == 0xa0:
			skip = uint64(c & 0x1f)
		default:
			var n uint64
			size := 0
			switch c {
			case 0xc4, 0xd9, 0xc7: // bin8, str8, ext8
				size = 1
			case 0xc5, 0xda, 0xc8, 0xdc, 0xde: // 16-bit lengths
				size = 2
			case 0xc6, 0xdb, 0xc9, 0xdd, 0xdf: // 32-bit lengths
				size = 4
			case 0xca, 0xce, 0xd2: // 4-byte numbers
				skip = 4
			case 0xcb, 0xcf, 0xd3: // 8-byte numbers
				skip = 8
			case 0xcc, 0xd0:
				skip = 1
			case 0xcd, 0xd1:
				skip = 2
			case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8: // fixext: type byte and 1-16 bytes
				skip = 1 + 1<<(c-0xd4)
			default: // 0xc1, never used
				return fmt.Errorf("%w: invalid type byte 0x%02x at byte %d", ErrMalformed, c, pos-1)
			}
			if size > 0 {
				if len(b)-pos < size {
					return fmt.Errorf("%w: truncated at byte %d", ErrMalformed, pos)
				}
				switch size {
				case 1:
					n = uint64(b[pos])
				case 2:
					n = uint64(binary.BigEndian.Uint16(b[pos:]))
				default:
					n = uint64(binary.BigEndian.Uint32(b[pos:]))
				}
				pos += size
				switch c {
				case 0xdc, 0xdd:
					container, elems = true, n
				case 0xde, 0xdf:
					container, elems = true, 2*n
				case 0xc7, 0xc8, 0xc9:
					skip = n + 1 // the type byte, then the data
				default:
					skip = n
				}
			}
		}
		if skip > uint64(len(b)-pos) {
			return fmt.Errorf("%w: %d bytes declared at byte %d, %d remain", ErrMalformed, skip, pos, len(b)-pos)
		}
		pos += int(skip)
		if !container {
			continue
		}
		// Every value takes at least one byte, so a container cannot hold
		// more values than there are bytes left.
		if elems > uint64(len(b)-pos) {
			return fmt.Errorf("%w: container of %d values at byte %d, %d bytes remain", ErrMalformed, elems, pos, len(b)-pos)
		}
		if depth+1 > MaxDepth {
			return fmt.Errorf("%w: nested deeper than %d", ErrLimit, MaxDepth)
		}
		depth++
		open[depth] = uint32(elems)
	}
	if pos != len(b) {
		return fmt.Errorf("%w: %d bytes after the value", ErrMalformed, len(b)-pos)
	}
	return nil
}
