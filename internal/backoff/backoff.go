// Package backoff spaces out retries: capped exponential backoff with full
// jitter (github.com/cenkalti/backoff/v5 underneath), and a sleep that ends
// with its context. Full jitter spreads the reconnects of many peers that
// lost the same server at the same moment, instead of lining them up.
package backoff

import (
	"context"
	"time"

	cb "github.com/cenkalti/backoff/v5"
)

// Backoff hands out the waits between retries. Not safe for concurrent use.
type Backoff struct {
	b cb.ExponentialBackOff
}

// New returns a Backoff whose n-th wait (counting from 0, or from the last
// Reset) is drawn uniformly from [0, min(max, first·2ⁿ)]. first is at
// least a millisecond, and max at least first.
func New(first, max time.Duration) *Backoff {
	first = tmax(first, time.Millisecond)
	max = tmax(max, first)
	// A randomization factor of 1 draws from [0, 2·interval]: halving the
	// intervals makes that [0, first·2ⁿ], capped at max.
	b := &Backoff{b: cb.ExponentialBackOff{
		InitialInterval:     first / 2,
		RandomizationFactor: 1,
		Multiplier:          2,
		MaxInterval:         max / 2,
	}}
	b.b.Reset()
	return b
}

// Next returns the next wait and lengthens the following ones.
func (b *Backoff) Next() time.Duration {
	return b.b.NextBackOff()
}

// Reset starts over from the first wait (after a success).
func (b *Backoff) Reset() {
	b.b.Reset()
}

// Sleep waits d, or until ctx ends, and then returns ctx's error.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func tmax(a, b time.Duration) time.Duration {
	if a > b {
		return a
	}
	return b
}
