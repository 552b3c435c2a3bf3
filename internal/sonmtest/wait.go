package sonmtest

import (
	"testing"
	"time"
)

// Patience is how long helpers wait for what a test expects by default:
// generous, since tests share a loaded two-core machine.
const Patience = time.Minute

// WaitFor polls cond until it holds, failing t after within (Patience
// when 0) with what it waited for.
func WaitFor(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	if within <= 0 {
		within = Patience
	}
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting until %s", within, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
