package backend

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted matches (errors.Is) every *RevertError: a call or transaction
// that the EVM reverted.
var ErrReverted = errors.New("execution reverted")

// ErrNoGasMoney matches (errors.Is) every *NoGasError: the sender cannot pay
// for the gas of a transaction.
var ErrNoGasMoney = errors.New("no ETH for gas")

var (
	// Error(string), the encoding of require(cond, "reason") and revert("reason").
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0}
	// Panic(uint256), what the compiler inserts for failed asserts, overflows etc.
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71}
)

// RevertError is a reverted call or transaction with its revert data decoded
// as far as the known ABIs allow.
type RevertError struct {
	// TxHash is the reverted transaction; zero for a call or a gas estimate.
	TxHash common.Hash
	// Data is the raw revert data (selector and ABI-encoded arguments).
	Data []byte
	// Name is the Solidity error's name: "Error" for Error(string), "Panic"
	// for Panic(uint256), a custom error's name, or "" when unknown.
	Name string
	// Args are the decoded arguments in declaration order.
	Args []any
	// Reason is the rendered error, e.g. `NotOwner(0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B)`,
	// the string of Error(string), or a description of a panic code.
	Reason string
	// OutOfGas is set when the transaction used all its gas and no revert
	// data could be obtained.
	OutOfGas bool
}

// Error implements error.
func (e *RevertError) Error() string {
	reason := e.Reason
	if reason == "" {
		reason = "no reason given"
	}
	if e.TxHash != (common.Hash{}) {
		return fmt.Sprintf("transaction %s reverted: %s", e.TxHash.Hex(), reason)
	}
	return "execution reverted: " + reason
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// Selector returns the 4-byte error selector, or nil when the data is shorter.
func (e *RevertError) Selector() []byte {
	if len(e.Data) < 4 {
		return nil
	}
	return e.Data[:4]
}

// NoGasError says that an account cannot pay for a transaction's gas.
type NoGasError struct {
	Account common.Address
	// Balance and Need in wei; nil when the node did not say.
	Balance, Need *big.Int
	// Err is the node's own error.
	Err error
}

// Error implements error.
func (e *NoGasError) Error() string {
	msg := fmt.Sprintf("account %s has no ETH for gas", e.Account.Hex())
	if e.Balance != nil && e.Balance.Sign() > 0 {
		msg = fmt.Sprintf("account %s has too little ETH for gas (%s ETH", e.Account.Hex(), formatEther(e.Balance))
		if e.Need != nil {
			msg += fmt.Sprintf(", needs %s ETH", formatEther(e.Need))
		}
		msg += ")"
	}
	return msg + ": fund it with ETH from a funded account (on the dev chain, any dev account) and retry"
}

// Is makes errors.Is(err, ErrNoGasMoney) true.
func (e *NoGasError) Is(target error) bool { return target == ErrNoGasMoney }

// Unwrap returns the node's error.
func (e *NoGasError) Unwrap() error { return e.Err }

// DecodeRevert decodes revert data: Error(string), Panic(uint256), or a
// custom error declared in one of abis (matched by its 4-byte selector, its
// arguments unpacked and rendered as `Name(arg1, arg2)`). Data nothing matches
// is rendered as hex.
func DecodeRevert(data []byte, abis ...*abi.ABI) *RevertError {
	e := &RevertError{Data: bytes.Clone(data)}
	switch {
	case len(data) == 0:
		e.Reason = "no reason given"
		return e
	case len(data) < 4:
		e.Reason = "malformed revert data 0x" + hex.EncodeToString(data)
		return e
	}
	sel := data[:4]
	switch {
	case bytes.Equal(sel, errorStringSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Args, e.Reason = "Error", []any{msg}, msg
			if msg == "" {
				e.Reason = "empty reason string"
			}
			return e
		}
	case bytes.Equal(sel, panicSelector):
		if len(data) == 4+32 {
			code := new(big.Int).SetBytes(data[4:])
			e.Name, e.Args, e.Reason = "Panic", []any{code}, panicReason(code)
			return e
		}
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, ae := range a.Errors {
			if !bytes.Equal(ae.ID[:4], sel) {
				continue
			}
			vals, err := ae.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			e.Name, e.Args = ae.Name, vals
			e.Reason = renderCall(ae.Name, vals)
			return e
		}
	}
	e.Reason = fmt.Sprintf("unknown error 0x%x", data)
	return e
}

// panicReason describes the compiler's panic codes
// (https://docs.soliditylang.org/en/latest/control-structures.html#panic-via-assert-and-error-via-require).
func panicReason(code *big.Int) string {
	desc := map[uint64]string{
		0x00: "generic compiler panic",
		0x01: "assertion failed",
		0x11: "arithmetic overflow or underflow",
		0x12: "division or modulo by zero",
		0x21: "invalid enum value",
		0x22: "corrupt storage byte array",
		0x31: "pop from an empty array",
		0x32: "array index out of bounds",
		0x41: "out of memory",
		0x51: "call to an uninitialized function",
	}
	if code.IsUint64() {
		if d, ok := desc[code.Uint64()]; ok {
			return fmt.Sprintf("Panic(0x%02x): %s", code.Uint64(), d)
		}
	}
	return fmt.Sprintf("Panic(0x%x)", code)
}

func renderCall(name string, args []any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = renderValue(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

func renderValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case *big.Int:
		return x.String()
	case string:
		return fmt.Sprintf("%q", x)
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case bool:
		return fmt.Sprint(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return "0x" + hex.EncodeToString(b)
		}
		fallthrough
	case reflect.Slice:
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = renderValue(rv.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Struct:
		parts := make([]string, rv.NumField())
		for i := range parts {
			parts[i] = renderValue(rv.Field(i).Interface())
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprint(v)
}

// RevertData extracts the revert data that a node attaches to the error of
// eth_call or eth_estimateGas (the JSON-RPC error's data field). ok is false
// when err carries none.
func RevertData(err error) (data []byte, ok bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, err := hexutil.Decode(d)
		if err != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	}
	return nil, false
}

// isRevert tells whether a node's error is an EVM revert.
func isRevert(err error) bool {
	if _, ok := RevertData(err); ok {
		return true
	}
	return err != nil && strings.Contains(err.Error(), "execution reverted")
}

// isInsufficientFunds matches the node's text for a sender who cannot pay
// gas * price + value. Remote nodes give only text, so text it is.
func isInsufficientFunds(err error) bool {
	return err != nil && strings.Contains(err.Error(), "insufficient funds")
}

func formatEther(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	neg := wei.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(wei), big.NewInt(params.Ether), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%018s", r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}
