package delivery

import (
	"path/filepath"
	"testing"
)

func TestTotalsCountBothWays(t *testing.T) {
	data := randomBytes(2, 1<<20)
	src := filepath.Join(t.TempDir(), "input.bin")
	writeFile(t, src, data)
	seeder := startNode(t, "127.0.0.1", Config{})
	leecher := startNode(t, "127.0.0.1", Config{})
	if up, down := leecher.Totals(); up != 0 || down != 0 {
		t.Fatalf("fresh node: got %d up, %d down, want 0, 0", up, down)
	}
	ctx := testContext(t)
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	target, err := ParseTarget(sh.Magnet)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leecher.Fetch(ctx, FetchRequest{Target: target, Dir: t.TempDir()}); err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if _, down := leecher.Totals(); down < int64(len(data)) {
		t.Errorf("leecher downloaded: got %d, want at least %d", down, len(data))
	}
	if up, _ := seeder.Totals(); up < int64(len(data)) {
		t.Errorf("seeder uploaded: got %d, want at least %d", up, len(data))
	}
	var never Node
	if up, down := never.Totals(); up != 0 || down != 0 {
		t.Errorf("unstarted node: got %d, %d, want 0, 0", up, down)
	}
}
