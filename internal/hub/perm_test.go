package hub

import (
	"os"
	"path/filepath"
	"testing"
)

// The hub's data directory holds buyers' bundles and results and its
// database: nobody but its owner reads them.
func TestDataDirIsPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hub")
	h := startHub(t, dir, newKey(t), nil)
	h.Close()
	tests := []struct {
		path string
		want os.FileMode
	}{
		{dir, 0o700},
		{filepath.Join(dir, "bundles"), 0o700},
		{filepath.Join(dir, "results"), 0o700},
		{filepath.Join(dir, "hub.db"), 0o600},
	}
	for _, tt := range tests {
		fi, err := os.Stat(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != tt.want {
			t.Errorf("%s: got mode %04o, want %04o", tt.path, got, tt.want)
		}
	}
}

// A data directory made by an earlier version is made private on start.
func TestDataDirMadePrivateOnStart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hub")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hub.db"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	h := startHub(t, dir, newKey(t), nil)
	h.Close()
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, "hub.db"): 0o600} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s: got mode %04o, want %04o", path, got, want)
		}
	}
}
