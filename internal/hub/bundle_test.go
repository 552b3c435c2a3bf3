package hub

import (
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/delivery"
)

func startDelivery(t *testing.T) *delivery.Node {
	t.Helper()
	n, err := delivery.New(delivery.Config{ListenAddr: "127.0.0.1:0"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// A buyer's bundle larger than the hub's quota is refused before it lands.
func TestBundleQuota(t *testing.T) {
	buyer := startDelivery(t)
	src := filepath.Join(t.TempDir(), "bundle")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	data := make([]byte, 512<<10)
	rand.Read(data)
	if err := os.WriteFile(filepath.Join(src, "data.bin"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sh, err := buyer.Share(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		quota   int64
		wantErr error
	}{
		{"over the quota", 100 << 10, delivery.ErrQuotaExceeded},
		{"within the quota", 1 << 20, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &Hub{cfg: Config{DataDir: t.TempDir(), Delivery: startDelivery(t), MaxBundleBytes: tt.quota}}
			_, err := h.fetchBundle(&task{bundle: sh.Magnet, infoHash: sh.InfoHash.HexString()})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("fetchBundle: got %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// Tasks that share a bundle share its fetch and its magnet; a fetch that
// failed for one task (its buyer's magnet) is not the answer for the next.
func TestBundleSharedByTasks(t *testing.T) {
	buyer := startDelivery(t)
	src := filepath.Join(t.TempDir(), "bundle")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "spec.yaml"), []byte("name: b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sh, err := buyer.Share(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	ih := sh.InfoHash.HexString()
	h := &Hub{cfg: Config{DataDir: t.TempDir(), Delivery: startDelivery(t), MaxBundleBytes: 1 << 20}, bundles: map[string]string{}}

	if _, err := h.bundle(&task{bundle: "magnet:?xt=urn:btih:" + ih + "&x.pe=not-an-address", infoHash: ih}); err == nil {
		t.Fatal("a bundle with a bad magnet: got no error, want one")
	}
	const tasks = 8
	magnets := make(chan string, tasks)
	errs := make(chan error, tasks)
	for range tasks {
		go func() {
			m, err := h.bundle(&task{bundle: sh.Magnet, infoHash: ih})
			magnets <- m
			errs <- err
		}()
	}
	first := ""
	for range tasks {
		if err := <-errs; err != nil {
			t.Fatalf("bundle: got %v, want the bundle fetched", err)
		}
		m := <-magnets
		if first == "" {
			first = m
		}
		if m == "" || m != first {
			t.Errorf("bundle: got magnet %q, want every task to get %q", m, first)
		}
	}
}
