package devchain_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sonm-io/sonm/internal/chain/devchain"
)

// mineBlocks seals n blocks so that a reset to block 0 would show.
func mineBlocks(ctx context.Context, t *testing.T, c *devchain.Chain, n int) uint64 {
	t.Helper()
	for range n {
		if err := c.Mine(ctx); err != nil {
			t.Fatalf("mine: %v", err)
		}
	}
	head, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatalf("block number: %v", err)
	}
	return head
}

// TestDebugNotServedByDefault: anyone on the host (or a page a local browser
// opens) must not be able to rewind the chain with debug_setHead.
func TestDebugNotServedByDefault(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startChain(t, devchain.Config{})
	head := mineBlocks(ctx, t, c, 3)
	for _, url := range []string{c.URL(), c.WSURL()} {
		t.Run(strings.SplitN(url, ":", 2)[0], func(t *testing.T) {
			rc, err := rpc.DialContext(ctx, url)
			if err != nil {
				t.Fatalf("dial %s: %v", url, err)
			}
			defer rc.Close()
			for _, m := range []string{"debug_setHead", "txpool_content", "admin_nodeInfo", "personal_listAccounts"} {
				var res any
				err = rc.CallContext(ctx, &res, m, "0x0")
				var re rpc.Error
				if !errors.As(err, &re) || re.ErrorCode() != -32601 {
					t.Errorf("%s over %s: got error %v, want method not found (-32601)", m, url, err)
				}
			}
			var got string
			if err := rc.CallContext(ctx, &got, "eth_blockNumber"); err != nil {
				t.Fatalf("eth_blockNumber: %v", err)
			}
			if got != hexUint(head) {
				t.Errorf("head after debug_setHead: got %s, want %s", got, hexUint(head))
			}
			if err := rc.CallContext(ctx, &got, "web3_clientVersion"); err != nil {
				t.Errorf("web3_clientVersion: %v", err)
			}
			if err := rc.CallContext(ctx, &got, "net_version"); err != nil {
				t.Errorf("net_version: %v", err)
			}
		})
	}
}

func hexUint(n uint64) string { return hexutil.EncodeUint64(n) }

// TestForeignOriginRefused: a page from another origin can neither open a
// WebSocket nor pass a CORS preflight, and a foreign Host (DNS rebinding) is
// refused.
func TestForeignOriginRefused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startChain(t, devchain.Config{})

	if rc, err := rpc.DialWebsocket(ctx, c.WSURL(), "http://evil.example"); err == nil {
		rc.Close()
		t.Errorf("websocket with Origin http://evil.example: got connected, want refused")
	}
	rc, err := rpc.DialWebsocket(ctx, c.WSURL(), "http://localhost:3000")
	if err != nil {
		t.Errorf("websocket with Origin http://localhost:3000: got %v, want connected", err)
	} else {
		rc.Close()
	}

	preflight := func(origin string) string {
		req, err := http.NewRequestWithContext(ctx, http.MethodOptions, c.URL(), nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("preflight: %v", err)
		}
		resp.Body.Close()
		return resp.Header.Get("Access-Control-Allow-Origin")
	}
	if got := preflight("http://evil.example"); got != "" {
		t.Errorf("preflight from http://evil.example: got Access-Control-Allow-Origin %q, want none", got)
	}
	if got := preflight("http://localhost:3000"); got != "http://localhost:3000" {
		t.Errorf("preflight from http://localhost:3000: got Access-Control-Allow-Origin %q, want it allowed", got)
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL(),
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Host = "evil.example"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("post with foreign host: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("post with Host evil.example: got status %d, want %d", resp.StatusCode, http.StatusForbidden)
	}
}

// TestDebugRPC: with DebugRPC the debug namespace is served (and works).
func TestDebugRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startChain(t, devchain.Config{DebugRPC: true})
	mineBlocks(ctx, t, c, 3)
	rc, err := rpc.DialContext(ctx, c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := rc.CallContext(ctx, nil, "debug_setHead", "0x1"); err != nil {
		t.Fatalf("debug_setHead: %v", err)
	}
	var got string
	if err := rc.CallContext(ctx, &got, "eth_blockNumber"); err != nil {
		t.Fatal(err)
	}
	if got != "0x1" {
		t.Errorf("head after debug_setHead 0x1: got %s, want 0x1", got)
	}
}
