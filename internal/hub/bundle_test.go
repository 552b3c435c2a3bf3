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
