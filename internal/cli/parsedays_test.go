package cli

import (
	"testing"
	"time"
)

func TestParseDays(t *testing.T) {
	const day = 24 * time.Hour
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"30d", 30 * day, false},
		{"1d1m", day + time.Minute, false},
		{"1d12h30m", day + 12*time.Hour + 30*time.Minute, false},
		{"2d1s", 2*day + time.Second, false},
		{"1h1m", time.Hour + time.Minute, false},
		{"90m", 90 * time.Minute, false},
		{"1s", time.Second, false},
		{"0d", 0, true},
		{"-1d", 0, true},
		{"1d-1h", 0, true},
		{"d", 0, true},
		{"1dd", 0, true},
		{"1d1d", 0, true},
		{"1m1d", 0, true},
		{"500ms", 0, true},
		{"", 0, true},
		{"abc", 0, true},
		{"1.5d", 0, true},
		{"99999999999d", 0, true},
		{"106751d23h", 106751*day + 23*time.Hour, false},
		{"106751d24h", 0, true},
		{"106752d", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDays(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("got %v, error %v; want error %v", got, err, tt.wantErr)
			}
			if !tt.wantErr && got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
