package delivery

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseSize reads a byte count such as "512", "64KiB", "10MB" or "1.5GiB".
// Decimal units (KB, MB, GB, TB) are powers of 1000, binary ones (KiB, MiB,
// GiB, TiB) powers of 1024.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := len(t)
	for i > 0 && (t[i-1] < '0' || t[i-1] > '9') && t[i-1] != '.' {
		i--
	}
	num, unit := strings.TrimSpace(t[:i]), strings.ToLower(strings.TrimSpace(t[i:]))
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9, "t": 1e12, "tb": 1e12,
		"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40,
	}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("size %q: unknown unit %q", s, unit)
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" || strings.ContainsAny(num, "eEnNiIxX+-") {
		return 0, fmt.Errorf("size %q: want a number and an optional unit like 10GiB", s)
	}
	b := v * mult
	if b >= math.MaxInt64 || math.IsNaN(b) {
		return 0, fmt.Errorf("size %q: too large", s)
	}
	return int64(b), nil
}
