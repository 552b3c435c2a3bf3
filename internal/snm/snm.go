// Package snm converts SNM token amounts between wei (*big.Int, 18
// decimals, what the chain and the code use) and decimal text (what people
// read and type).
package snm

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Decimals is the number of decimal places of the SNM token.
const Decimals = 18

var unit = new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)

// ErrSyntax reports text that is not an SNM amount.
var ErrSyntax = errors.New("not an SNM amount")

// Wei returns n whole SNM in wei.
func Wei(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), unit)
}

// One returns 1 SNM in wei.
func One() *big.Int { return new(big.Int).Set(unit) }

// Parse reads a decimal SNM amount such as "12", "0.5", "1,000.25" or
// "3 SNM" and returns it in wei. More than 18 decimals, a sign, or anything
// that is not a number is an error; nothing is rounded.
func Parse(s string) (*big.Int, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "SNM"), "snm"))
	t = strings.ReplaceAll(t, "_", "")
	t = strings.ReplaceAll(t, ",", "")
	if t == "" {
		return nil, fmt.Errorf("%w: %q is empty", ErrSyntax, s)
	}
	whole, frac, hasDot := strings.Cut(t, ".")
	if whole == "" && frac == "" {
		return nil, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	if hasDot && frac == "" {
		return nil, fmt.Errorf("%w: %q ends with a dot", ErrSyntax, s)
	}
	if !digits(whole) || !digits(frac) {
		return nil, fmt.Errorf("%w: %q (use digits and one dot, e.g. 12.5)", ErrSyntax, s)
	}
	if len(frac) > Decimals {
		return nil, fmt.Errorf("%w: %q has more than %d decimals", ErrSyntax, s, Decimals)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", Decimals-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	return v, nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Format renders wei as a decimal SNM amount without trailing zeros, e.g.
// "1.5" or "0.000000000000000001"; nil is "0".
func Format(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	neg := wei.Sign() < 0
	a := new(big.Int).Abs(wei)
	q, r := new(big.Int).QuoRem(a, unit, new(big.Int))
	out := q.String()
	if r.Sign() != 0 {
		f := fmt.Sprintf("%0*s", Decimals, r.String())
		out += "." + strings.TrimRight(f, "0")
	}
	if neg {
		out = "-" + out
	}
	return out
}

// String renders wei with the unit, e.g. "1.5 SNM".
func String(wei *big.Int) string { return Format(wei) + " SNM" }
