package backoff

import (
	"context"
	"errors"
	"testing"
	"time"
)

// Every wait lies in [0, min(max, first·2ⁿ)]; over many draws the waits
// reach past half their ceiling (they grow) and Reset starts over.
func TestNextIsJitteredCappedAndGrows(t *testing.T) {
	tests := []struct {
		name       string
		first, max time.Duration
	}{
		{"doubling to a cap", 100 * time.Millisecond, time.Second},
		{"first above max", time.Second, 10 * time.Millisecond},
		{"zero first", 0, 8 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := max(tt.first, time.Millisecond)
			capd := max(tt.max, first)
			const rounds = 12
			high := make([]time.Duration, rounds) // the largest wait seen at each step
			for range 200 {
				b := New(tt.first, tt.max)
				for n := range rounds {
					d := b.Next()
					ceiling := min(capd, first<<n)
					if d < 0 || d > ceiling+1 {
						t.Fatalf("wait %d: got %s, want within [0, %s]", n, d, ceiling)
					}
					high[n] = max(high[n], d)
				}
			}
			for n := range rounds {
				if ceiling := min(capd, first<<n); high[n] < ceiling/2 {
					t.Errorf("wait %d: the largest of 200 draws is %s, want above half its ceiling %s", n, high[n], ceiling)
				}
			}
			b := New(tt.first, tt.max)
			for range rounds {
				b.Next()
			}
			b.Reset()
			if d := b.Next(); d > first+1 {
				t.Errorf("after Reset: got %s, want at most the first ceiling %s", d, first)
			}
		})
	}
}

func TestSleepEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if err := Sleep(context.Background(), 0); err != nil {
		t.Errorf("got %v, want nil", err)
	}
}
