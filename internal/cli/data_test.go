package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/sonmtest"
)

// TestDataShareGet runs `sonm data share` and `sonm data get` against each
// other on loopback, the way two terminals would.
func TestDataShareGet(t *testing.T) {
	src := filepath.Join(t.TempDir(), "input")
	files := map[string]string{"a.txt": strings.Repeat("sonm ", 50_000), "sub/b.txt": "b\n"}
	for name, body := range files {
		p := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	shareCtx, stopShare := context.WithCancel(ctx)
	var shareOut, shareErr sonmtest.SyncBuffer
	shareDone := make(chan int, 1)
	go func() {
		shareDone <- Run(shareCtx, []string{"data", "share", "--json", src}, nil, &shareOut, &shareErr)
	}()
	var shared struct {
		Magnet string `json:"magnet"`
		Peer   string `json:"peer"`
	}
	for shared.Magnet == "" {
		select {
		case code := <-shareDone:
			t.Fatalf("share exited with %d: %s", code, shareErr.String())
		case <-ctx.Done():
			t.Fatal("share printed no magnet")
		case <-time.After(20 * time.Millisecond):
		}
		if line, ok := strings.CutSuffix(shareOut.String(), "\n"); ok {
			if err := json.Unmarshal([]byte(line), &shared); err != nil {
				t.Fatalf("share output %q: %v", line, err)
			}
		}
	}

	tests := []struct {
		name string
		args []string
	}{
		{"magnet names the peer", []string{"data", "get", "--quiet", shared.Magnet}},
		{"info-hash and --peer", []string{"data", "get", "--quiet", "--peer", shared.Peer, magnetHash(t, shared.Magnet)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst := t.TempDir()
			var out, errOut sonmtest.SyncBuffer
			if code := Run(ctx, append(tc.args, dst), nil, &out, &errOut); code != 0 {
				t.Fatalf("get exited with %d: %s", code, errOut.String())
			}
			if got, want := strings.TrimSpace(out.String()), filepath.Join(dst, "input"); got != want {
				t.Errorf("printed path %q, want %q", got, want)
			}
			for name, body := range files {
				got, err := os.ReadFile(filepath.Join(dst, "input", name))
				if err != nil || string(got) != body {
					t.Errorf("%s: got %d bytes (err %v), want %d", name, len(got), err, len(body))
				}
			}
		})
	}
	t.Run("quota refused", func(t *testing.T) {
		dst := t.TempDir()
		var out, errOut sonmtest.SyncBuffer
		code := Run(ctx, []string{"data", "get", "--quota", "1KiB", shared.Magnet, dst}, nil, &out, &errOut)
		if code == 0 || !strings.Contains(errOut.String(), "quota") {
			t.Errorf("exit %d, stderr %q; want a failure naming the quota", code, errOut.String())
		}
		if entries, _ := os.ReadDir(dst); len(entries) != 0 {
			t.Errorf("left %d entries in %s, want none", len(entries), dst)
		}
	})
	stopShare()
	if code := <-shareDone; code != 0 {
		t.Errorf("share exited with %d after interrupt, want 0: %s", code, shareErr.String())
	}
}

func magnetHash(t *testing.T, magnet string) string {
	t.Helper()
	_, rest, ok := strings.Cut(magnet, "urn:btih:")
	if !ok || len(rest) < 40 {
		t.Fatalf("magnet %q has no btih", magnet)
	}
	return rest[:40]
}
