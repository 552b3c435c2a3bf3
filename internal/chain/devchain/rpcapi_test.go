package devchain_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/sonm-io/sonm/internal/chain/devchain"
)

func TestSecondsUnmarshal(t *testing.T) {
	tests := []struct {
		in      string
		want    uint64
		wantErr bool
	}{
		{`86400`, 86400, false},
		{`"86400"`, 86400, false},
		{`"0x15180"`, 86400, false},
		{`"0X10"`, 16, false},
		{`0`, 0, false},
		{`-1`, 0, true},
		{`1.5`, 0, true},
		{`"-5"`, 0, true},
		{`"0x"`, 0, true},
		{`"abc"`, 0, true},
		{`null`, 0, false},
		{`true`, 0, true},
		{`18446744073709551616`, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var s devchain.Seconds
			err := json.Unmarshal([]byte(tt.in), &s)
			if (err != nil) != tt.wantErr {
				t.Fatalf("got error %v, want error %v", err, tt.wantErr)
			}
			if !tt.wantErr && uint64(s) != tt.want {
				t.Errorf("got %d, want %d", s, tt.want)
			}
		})
	}
}

// FuzzSeconds: any JSON must decode or fail cleanly, and a decimal number
// that decodes must round-trip.
func FuzzSeconds(f *testing.F) {
	for _, s := range []string{`1`, `"0x1"`, `"12"`, `-1`, `"0x"`, `{}`, `""`, `"0xffffffffffffffffff"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var s devchain.Seconds
		if err := json.Unmarshal([]byte(in), &s); err != nil {
			return
		}
		if v, err := strconv.ParseUint(in, 10, 64); err == nil && uint64(s) != v {
			t.Errorf("got %d for %q, want %d", s, in, v)
		}
	})
}
