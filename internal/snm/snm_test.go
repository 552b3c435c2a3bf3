package snm

import (
	"errors"
	"math/big"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // wei
	}{
		{"1", "1000000000000000000"},
		{"0.5", "500000000000000000"},
		{".5", "500000000000000000"},
		{"1,000.25 SNM", "1000250000000000000000"},
		{"0.000000000000000001", "1"},
		{" 12 ", "12000000000000000000"},
		{"444000000", "444000000000000000000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "abc", "-1", "1.", "1.2.3", "0.0000000000000000001", "1e18", "SNM", "."} {
		t.Run(in, func(t *testing.T) {
			if _, err := Parse(in); !errors.Is(err, ErrSyntax) {
				t.Errorf("Parse(%q) error = %v, want ErrSyntax", in, err)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		wei  string
		want string
	}{
		{"0", "0"},
		{"1", "0.000000000000000001"},
		{"1500000000000000000", "1.5"},
		{"-2000000000000000000", "-2"},
		{"444000000000000000000000000", "444000000"},
	}
	for _, tt := range tests {
		w, _ := new(big.Int).SetString(tt.wei, 10)
		if got := Format(w); got != tt.want {
			t.Errorf("Format(%s) = %q, want %q", tt.wei, got, tt.want)
		}
	}
	if got := Format(nil); got != "0" {
		t.Errorf("Format(nil) = %q, want 0", got)
	}
}

func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"1", "0.5", "1,000.25 SNM", "abc", "1.", ".1", "99999999999999999999.999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 {
			t.Fatalf("Parse(%q) = %s, negative", s, v)
		}
		back, err := Parse(Format(v))
		if err != nil {
			t.Fatalf("Parse(Format(%s)) failed: %v", v, err)
		}
		if back.Cmp(v) != 0 {
			t.Fatalf("round trip of %q: got %s, want %s", s, back, v)
		}
	})
}
