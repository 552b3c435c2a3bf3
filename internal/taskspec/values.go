package taskspec

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// ByteSize is an amount of bytes written as "512MiB", "2GB", "1024" or "1.5 GiB".
type ByteSize int64

var sizeUnits = []struct {
	suffix string
	mult   float64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"Ki", 1 << 10}, {"Mi", 1 << 20}, {"Gi", 1 << 30}, {"Ti", 1 << 40},
	{"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12},
	{"B", 1},
}

// ParseByteSize parses a size such as "64MiB".
func ParseByteSize(s string) (ByteSize, error) {
	t := strings.TrimSpace(s)
	mult := 1.0
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t = strings.TrimSpace(strings.TrimSuffix(t, u.suffix))
			mult = u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("not a size: %q (use e.g. 512MiB or 2GB)", s)
	}
	b := v * mult
	if b < 0 || b > math.MaxInt64/2 {
		return 0, fmt.Errorf("size out of range: %q", s)
	}
	return ByteSize(b), nil
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a size must be a scalar such as 512MiB", n.Line)
	}
	v, err := ParseByteSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*b = v
	return nil
}

// String formats the size with a binary unit.
func (b ByteSize) String() string {
	v := float64(b)
	for _, u := range []string{"B", "KiB", "MiB", "GiB", "TiB"} {
		if v < 1024 || u == "TiB" {
			if u == "B" {
				return fmt.Sprintf("%d B", int64(b))
			}
			return fmt.Sprintf("%.1f %s", v, u)
		}
		v /= 1024
	}
	return ""
}

// Duration is a time.Duration written as "90s", "5m" or "1h30m".
type Duration time.Duration

// UnmarshalYAML implements yaml.Unmarshaler.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a duration must be a scalar such as 90s", n.Line)
	}
	v, err := time.ParseDuration(strings.TrimSpace(n.Value))
	if err != nil {
		return fmt.Errorf("line %d: not a duration: %q (use e.g. 90s or 5m)", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// Price is an amount of SNM, kept exactly as wei (18 decimals).
type Price struct {
	wei *big.Int
}

// SNMDecimals is the number of decimals of the SNM token.
const SNMDecimals = 18

// ParsePrice parses "0.5", "0.5 SNM" or "12".
func ParsePrice(s string) (Price, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "SNM"))
	if t == "" {
		return Price{}, fmt.Errorf("not an amount: %q (use e.g. 0.5 SNM)", s)
	}
	whole, frac, _ := strings.Cut(t, ".")
	if whole == "" {
		whole = "0"
	}
	if len(frac) > SNMDecimals {
		return Price{}, fmt.Errorf("amount %q has more than %d decimals", s, SNMDecimals)
	}
	for _, part := range []string{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return Price{}, fmt.Errorf("not an amount: %q (use e.g. 0.5 SNM)", s)
			}
		}
	}
	digits := whole + frac + strings.Repeat("0", SNMDecimals-len(frac))
	if len(digits) > 60 {
		return Price{}, fmt.Errorf("amount out of range: %q", s)
	}
	w, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return Price{}, fmt.Errorf("not an amount: %q", s)
	}
	return Price{wei: w}, nil
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (p *Price) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a price must be a scalar such as 0.5", n.Line)
	}
	v, err := ParsePrice(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*p = v
	return nil
}

// IsSet reports whether a price was given.
func (p Price) IsSet() bool { return p.wei != nil }

// Wei is the price in the token's smallest unit; nil when unset.
func (p Price) Wei() *big.Int {
	if p.wei == nil {
		return nil
	}
	return new(big.Int).Set(p.wei)
}

// String formats the price in SNM with its decimals, trailing zeros trimmed.
func (p Price) String() string {
	if p.wei == nil {
		return "unset"
	}
	s := p.wei.String()
	if len(s) <= SNMDecimals {
		s = strings.Repeat("0", SNMDecimals-len(s)+1) + s
	}
	whole, frac := s[:len(s)-SNMDecimals], strings.TrimRight(s[len(s)-SNMDecimals:], "0")
	if frac == "" {
		return whole + " SNM"
	}
	return whole + "." + frac + " SNM"
}
