package hubapi

import (
	"context"
	"errors"
	"fmt"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/safepack"
)

// CategoryHub is the error category of the hub service.
const CategoryHub = 0x40

// Errors the hub answers with; each travels as [CategoryHub, code] with
// the full message, and is matched again on the calling side by errors.Is.
var (
	ErrBadRequest   = newErr(1, "bad request")
	ErrBadSpec      = newErr(2, "bad task spec")
	ErrDeal         = newErr(3, "deal does not match the task") // absent, unfunded, other spec, price or wallet
	ErrQuoteExpired = newErr(4, "quote expired")
	ErrUnknownTask  = newErr(5, "unknown task")
	ErrNotAllowed   = newErr(6, "not allowed")
	ErrBadSignature = newErr(7, "bad signature")
	ErrOverBudget   = newErr(8, "price above the spec's max_price")
	ErrNotReady     = newErr(9, "not ready")
	ErrUnavailable  = newErr(10, "hub unavailable")
	ErrExists       = newErr(11, "already exists")
)

var all = []*Error{ErrBadRequest, ErrBadSpec, ErrDeal, ErrQuoteExpired, ErrUnknownTask, ErrNotAllowed,
	ErrBadSignature, ErrOverBudget, ErrNotReady, ErrUnavailable, ErrExists}

// Error is one of the hub's error sentinels.
type Error struct {
	Code int
	msg  string
}

func newErr(code int, msg string) *Error { return &Error{Code: code, msg: msg} }

func (e *Error) Error() string { return e.msg }

// Fail answers a call with error([CategoryHub, code], message) when err
// wraps one of the sentinels, else with the rpc package's mapping.
func Fail(ctx context.Context, ch *rpc.Channel, err error) error {
	var he *Error
	if errors.As(err, &he) {
		return ch.Send(ctx, "error", rpc.Code{Category: CategoryHub, Code: he.Code}, err.Error())
	}
	return ch.Error(ctx, err)
}

// remoteErr turns an error reply back into an error that wraps the
// matching sentinel (errors.Is works across the wire) and reads as the
// hub's message.
func remoteErr(err error) error {
	var re *rpc.RemoteError
	if !errors.As(err, &re) || re.Code.Category != CategoryHub {
		return err
	}
	for _, s := range all {
		if s.Code == re.Code.Code {
			return &wireError{msg: re.Message, sentinel: s}
		}
	}
	return err
}

type wireError struct {
	msg      string
	sentinel error
}

func (e *wireError) Error() string { return e.msg }
func (e *wireError) Unwrap() error { return e.sentinel }

// Encode packs one wire value.
func Encode(v any) ([]byte, error) {
	return msgpack.Marshal(v)
}

// Decode unpacks one wire value from a message's first argument.
func Decode(args rpc.Args, v any) error {
	if len(args) < 1 {
		return fmt.Errorf("%w: missing argument", ErrBadRequest)
	}
	b, ok := rpc.AsBytes(args[0])
	if !ok {
		return fmt.Errorf("%w: argument is %T, want binary", ErrBadRequest, args[0])
	}
	return Unmarshal(b, v)
}

// DecodeKind unpacks a join or status stream message: write(kind, binary).
func DecodeKind(args rpc.Args) (string, []byte, error) {
	if len(args) < 2 {
		return "", nil, fmt.Errorf("%w: stream message has %d arguments, want 2", ErrBadRequest, len(args))
	}
	kind, ok := rpc.AsString(args[0])
	if !ok {
		return "", nil, fmt.Errorf("%w: message kind is %T", ErrBadRequest, args[0])
	}
	b, ok := rpc.AsBytes(args[1])
	if !ok {
		return "", nil, fmt.Errorf("%w: message body is %T", ErrBadRequest, args[1])
	}
	return kind, b, nil
}

// Reply answers a primitive call with value(encoded v).
func Reply(ctx context.Context, ch *rpc.Channel, v any) error {
	b, err := Encode(v)
	if err != nil {
		return Fail(ctx, ch, err)
	}
	return ch.Value(ctx, b)
}

// WriteKind writes one stream message.
func WriteKind(ctx context.Context, ch *rpc.Channel, kind string, v any) error {
	b, err := Encode(v)
	if err != nil {
		return err
	}
	return ch.Write(ctx, kind, b)
}

// Unmarshal decodes a stream message body or a reply, within safepack's
// limits: the peer may be hostile, hub or miner or buyer.
func Unmarshal(body []byte, v any) error {
	if err := safepack.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	return nil
}
