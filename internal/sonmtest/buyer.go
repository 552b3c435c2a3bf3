package sonmtest

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// TestBuyer is a fixed buyer key, for hubs without a chain where the
// buyer is named, not paid for.
func TestBuyer() hubapi.Buyer {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("sonm hub test buyer"))) // a valid scalar
	return hubapi.Buyer{Key: k}
}

// Dial connects to the hub service behind the locator endpoint; the
// connection closes when the test ends.
func Dial(t testing.TB, locator string) *hubapi.Client {
	t.Helper()
	c, err := hubapi.DialVia(context.Background(), locator)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Submit hands spec, bought by buyer, to a hub that runs without a chain
// under a fresh random deal id, and returns the task.
func Submit(t testing.TB, c *hubapi.Client, spec []byte, buyer hubapi.Buyer) string {
	t.Helper()
	var id common.Hash
	rand.Read(id[:])
	r, err := c.Submit(context.Background(), hubapi.SubmitRequest{Deal: id.Hex(), Spec: spec,
		Buyer: crypto.PubkeyToAddress(buyer.Key.PublicKey).Hex()})
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	return r.Task
}

// WaitStatus follows task, reading as buyer, until it ends and returns its
// last status; it fails t if the task has not ended within within
// (Patience when 0).
func WaitStatus(t testing.TB, c *hubapi.Client, task string, buyer hubapi.Buyer, within time.Duration) hubapi.TaskStatus {
	t.Helper()
	if within <= 0 {
		within = Patience
	}
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	st, err := c.Status(ctx, task, buyer, nil)
	if err != nil {
		t.Fatalf("status of %s: %v (last %+v)", task, err, st)
	}
	return st
}

// Results reads task's verified output as buyer.
func Results(t testing.TB, c *hubapi.Client, task string, buyer hubapi.Buyer) hubapi.Results {
	t.Helper()
	r, err := c.Results(context.Background(), task, buyer)
	if err != nil {
		t.Fatalf("results of %s: %v", task, err)
	}
	return r
}
