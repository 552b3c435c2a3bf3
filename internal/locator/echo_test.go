package locator

import (
	"errors"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/rpc"
)

// TestErrorsQuoteLittleInput: a caller's 100 KB service name comes back in
// the error clipped, not echoed whole.
func TestErrorsQuoteLittleInput(t *testing.T) {
	n := startNode(t, "node-1", true)
	ctx := testCtx(t)
	c, err := Dial(ctx, n.addr, rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	long := strings.Repeat("n", 100_000)
	t.Run("resolve", func(t *testing.T) {
		_, err := c.Resolve(ctx, long)
		if !errors.Is(err, rpc.ErrServiceNotAvailable) {
			t.Fatalf("got %v, want ErrServiceNotAvailable", err)
		}
		var re *rpc.RemoteError
		if !errors.As(err, &re) {
			t.Fatalf("got %T, want a *rpc.RemoteError", err)
		}
		if len(re.Message) > 200 {
			t.Fatalf("got a %d-byte message from the locator, want at most 200", len(re.Message))
		}
	})
	t.Run("local", func(t *testing.T) {
		_, err := n.loc.Resolve(long)
		if got := len(err.Error()); got > 200 {
			t.Fatalf("got a %d-byte error, want at most 200", got)
		}
	})
	t.Run("remote record", func(t *testing.T) {
		_, err := parseServices(map[any]any{long: "x"})
		if got := len(err.Error()); got > 200 {
			t.Fatalf("got a %d-byte error, want at most 200", got)
		}
	})
	t.Run("graph slot", func(t *testing.T) {
		_, err := rpc.ParseGraph(map[any]any{long: []any{}})
		if got := len(err.Error()); got > 200 {
			t.Fatalf("got a %d-byte error, want at most 200", got)
		}
	})
}
