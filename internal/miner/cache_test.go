package miner

import (
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
)

// shareRandom shares a directory holding n random bytes and returns its
// magnet and info hash.
func shareRandom(t *testing.T, seeder *delivery.Node, n int) (string, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "bundle")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	data := make([]byte, n)
	rand.Read(data)
	if err := os.WriteFile(filepath.Join(dir, "data.bin"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	sh, err := seeder.Share(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return sh.Magnet, sh.InfoHash.HexString()
}

func TestBundleCacheEvictsLeastRecentlyUsed(t *testing.T) {
	seeder := startDelivery(t)
	const size = 256 << 10
	a, aih := shareRandom(t, seeder, size)
	b, bih := shareRandom(t, seeder, size)
	c, cih := shareRandom(t, seeder, size)
	big, _ := shareRandom(t, seeder, 4*size)
	key, _ := crypto.GenerateKey()
	m, err := New(Config{Key: key, Hub: func(context.Context) (string, common.Address, error) { return "", common.Address{}, nil },
		Executors: map[string]executor.Executor{"wasm": sharedWasm}, Delivery: startDelivery(t),
		WorkDir: t.TempDir(), CacheBytes: size * 3 / 2})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	present := func(ih string) bool {
		_, err := os.Stat(filepath.Join(m.cfg.WorkDir, dirBundles, ih))
		return err == nil
	}
	fetch := func(magnet string, hold *[]string) {
		t.Helper()
		if _, err := m.fetchTorrent(ctx, magnet, dirBundles, hold); err != nil {
			t.Fatalf("fetch: %v", err)
		}
	}

	fetch(a, nil)
	fetch(b, nil)
	if present(aih) || !present(bih) {
		t.Fatalf("after a then b over the bound: got a %v, b %v, want a evicted, b kept", present(aih), present(bih))
	}
	var held []string
	fetch(c, &held)
	fetch(a, &held)
	if present(bih) || !present(cih) || !present(aih) {
		t.Fatalf("after holding c and a: got a %v, b %v, c %v, want b evicted, a and c kept over the bound", present(aih), present(bih), present(cih))
	}
	m.release(held)
	if n := dirSize(filepath.Join(m.cfg.WorkDir, dirBundles)); n > m.cfg.CacheBytes {
		t.Errorf("cache after release: got %d bytes, want at most %d", n, m.cfg.CacheBytes)
	}
	if _, err := m.fetchTorrent(ctx, big, dirBundles, nil); !errors.Is(err, delivery.ErrQuotaExceeded) {
		t.Errorf("bundle larger than the cache: got %v, want ErrQuotaExceeded", err)
	}
}

// What an earlier run left counts against the bound.
func TestBundleCacheCountsLeftovers(t *testing.T) {
	key, _ := crypto.GenerateKey()
	work := t.TempDir()
	old := filepath.Join(work, dirBundles, "0123456789abcdef0123456789abcdef01234567")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, "data.bin"), make([]byte, 64<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := New(Config{Key: key, Hub: func(context.Context) (string, common.Address, error) { return "", common.Address{}, nil },
		Executors: map[string]executor.Executor{"wasm": sharedWasm}, WorkDir: work, CacheBytes: 32 << 10})
	if err != nil {
		t.Fatal(err)
	}
	m.adoptCache()
	if _, err := os.Stat(old); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("leftover bundle over the bound: got %v, want it removed", err)
	}
}
