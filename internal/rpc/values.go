package rpc

import (
	"fmt"
	"math"
)

// AsInt converts a decoded integer (or a whole float) to int64.
func AsInt(v any) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return x, true
	case uint64:
		if x <= math.MaxInt64 {
			return int64(x), true
		}
	case int:
		return int64(x), true
	case float64:
		if x == math.Trunc(x) && x >= math.MinInt64 && x <= math.MaxInt64 {
			return int64(x), true
		}
	}
	return 0, false
}

// AsUint converts a decoded non-negative integer to uint64.
func AsUint(v any) (uint64, bool) {
	switch x := v.(type) {
	case int64:
		if x >= 0 {
			return uint64(x), true
		}
	case uint64:
		return x, true
	case int:
		if x >= 0 {
			return uint64(x), true
		}
	}
	return 0, false
}

// AsString accepts str, old-spec raw and bin, as the protocol asks.
func AsString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case []byte:
		return string(x), true
	}
	return "", false
}

// AsBytes accepts bin and str.
func AsBytes(v any) ([]byte, bool) {
	switch x := v.(type) {
	case []byte:
		return x, true
	case string:
		return []byte(x), true
	}
	return nil, false
}

// AsStrings reads an array of strings.
func AsStrings(v any) ([]string, bool) {
	if v == nil {
		return nil, true
	}
	arr, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(arr))
	for i, e := range arr {
		s, ok := AsString(e)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// Args gives typed access to message arguments with errors that say which
// argument was wrong; absent trailing optionals read as nil.
type Args []any

// Get returns argument i or nil when absent.
func (a Args) Get(i int) any {
	if i < len(a) {
		return a[i]
	}
	return nil
}

// String reads a required string argument.
func (a Args) String(i int) (string, error) {
	s, ok := AsString(a.Get(i))
	if !ok {
		return "", fmt.Errorf("%w: argument %d: got %T, want string", ErrInvalidArgument, i, a.Get(i))
	}
	return s, nil
}

// Bytes reads a required byte-string argument.
func (a Args) Bytes(i int) ([]byte, error) {
	b, ok := AsBytes(a.Get(i))
	if !ok {
		return nil, fmt.Errorf("%w: argument %d: got %T, want bytes", ErrInvalidArgument, i, a.Get(i))
	}
	return b, nil
}

// Int reads a required integer argument.
func (a Args) Int(i int) (int64, error) {
	n, ok := AsInt(a.Get(i))
	if !ok {
		return 0, fmt.Errorf("%w: argument %d: got %T, want integer", ErrInvalidArgument, i, a.Get(i))
	}
	return n, nil
}

// Strings reads an optional array of strings (nil when absent).
func (a Args) Strings(i int) ([]string, error) {
	s, ok := AsStrings(a.Get(i))
	if !ok {
		return nil, fmt.Errorf("%w: argument %d: got %T, want array of strings", ErrInvalidArgument, i, a.Get(i))
	}
	return s, nil
}
