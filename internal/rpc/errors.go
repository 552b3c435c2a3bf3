package rpc

import (
	"errors"
	"fmt"
	"strconv"
)

// Error categories of the protocol (PROTOCOL.md, "Errors").
const (
	CategorySystem    = 0x01
	CategoryTransport = 0x06
	CategoryDispatch  = 0x07
	CategoryLocator   = 0x0A
	CategoryStorage   = 0x0B
	CategoryProtocol  = 0x0D
	CategoryUnknown   = 0xFF
)

// Code is an error code as it travels: [category, code].
type Code struct {
	Category int
	Code     int
}

// AppendMsgpack implements Marshaler.
func (c Code) AppendMsgpack(b []byte) []byte {
	b = append(b, 0x92)
	b = AppendInt(b, int64(c.Category))
	return AppendInt(b, int64(c.Code))
}

func (c Code) String() string { return fmt.Sprintf("[%#x, %d]", c.Category, c.Code) }

// Sentinel errors. Each has one wire code; errors.Is on a *RemoteError matches
// the sentinel of its code, so callers never compare message strings.
var (
	ErrInvalidArgument     = errors.New("invalid argument")
	ErrRevokedChannel      = errors.New("revoked channel")
	ErrSlotNotFound        = errors.New("slot not found")
	ErrUncaught            = errors.New("uncaught error")
	ErrServiceNotAvailable = errors.New("service is not available")
	ErrFrameFormat         = errors.New("frame format error")
	ErrFrameTooLarge       = errors.New("frame too large")
	ErrTooManyChannels     = errors.New("too many channels")
	ErrClosed              = errors.New("connection closed")
	ErrTimeout             = errors.New("timed out")
	ErrGoingAway           = errors.New("going away")
	ErrNotFound            = errors.New("object not found")
	ErrUnknown             = errors.New("unknown error")
)

// codes maps sentinels to wire codes. Dispatch, locator and protocol codes
// follow cocaine-core 0.12's enumerations; storage (0x0B) is sonm's own.
var codes = []struct {
	err  error
	code Code
}{
	{ErrInvalidArgument, Code{CategoryDispatch, 2}},
	{ErrRevokedChannel, Code{CategoryDispatch, 4}},
	{ErrSlotNotFound, Code{CategoryDispatch, 5}},
	{ErrUncaught, Code{CategoryDispatch, 7}},
	{ErrTooManyChannels, Code{CategoryDispatch, 8}},
	{ErrServiceNotAvailable, Code{CategoryLocator, 1}},
	{ErrFrameFormat, Code{CategoryProtocol, 1}},
	{ErrFrameTooLarge, Code{CategoryProtocol, 3}},
	{ErrClosed, Code{CategoryTransport, 1}},
	{ErrGoingAway, Code{CategoryTransport, 2}},
	{ErrTimeout, Code{CategorySystem, 110}},
	{ErrNotFound, Code{CategoryStorage, 1}},
	{ErrUnknown, Code{CategoryUnknown, 1}},
}

// CodeOf returns the wire code of err: the code of the first sentinel it
// wraps, the code of a RemoteError, or [0xFF, 1].
func CodeOf(err error) Code {
	var re *RemoteError
	if errors.As(err, &re) {
		return re.Code
	}
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return Code{CategoryUnknown, 1}
}

// RemoteError is an error received from the other side.
type RemoteError struct {
	Code    Code
	Message string
}

func (e *RemoteError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("remote error %s", e.Code)
	}
	return fmt.Sprintf("remote error %s: %s", e.Code, e.Message)
}

// Is matches the sentinel that owns the error's code.
func (e *RemoteError) Is(target error) bool {
	for _, c := range codes {
		if c.code == e.Code && c.err == target {
			return true
		}
	}
	return false
}

// parseErrorArgs reads error([category, code], message?).
func parseErrorArgs(args []any) *RemoteError {
	re := &RemoteError{Code: Code{CategoryUnknown, 1}}
	if len(args) > 0 {
		if pair, ok := args[0].([]any); ok && len(pair) == 2 {
			cat, ok1 := AsInt(pair[0])
			code, ok2 := AsInt(pair[1])
			if ok1 && ok2 {
				re.Code = Code{int(cat), int(code)}
			}
		}
	}
	if len(args) > 1 {
		re.Message, _ = AsString(args[1])
	}
	return re
}

// ErrorArgs returns the arguments of an error message for err.
func ErrorArgs(err error) []any {
	return []any{CodeOf(err), err.Error()}
}

// maxQuoted is how much of a peer's string an error message repeats.
const maxQuoted = 64

// Quote renders a peer's string for an error message: quoted, and beyond 64
// bytes clipped with its length noted, so that an error never echoes
// megabytes of someone's input back to them or into a log.
func Quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%q… (%d bytes)", s[:maxQuoted], len(s))
}
