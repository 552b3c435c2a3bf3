package devchain_test

import (
	"context"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/chain/devchain"
)

// BenchmarkStartClose is the cost of one in-memory dev chain in a test.
func BenchmarkStartClose(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		c, err := devchain.New(devchain.Config{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Start(ctx); err != nil {
			b.Fatal(err)
		}
		if err := c.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIncreaseTime is one time jump (one sealed block).
func BenchmarkIncreaseTime(b *testing.B) {
	ctx := context.Background()
	c, err := devchain.New(devchain.Config{NoHTTP: true}, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	for b.Loop() {
		if _, err := c.IncreaseTime(ctx, time.Hour); err != nil {
			b.Fatal(err)
		}
	}
}
