package trust

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FileStore keeps the hubs list in a JSON file, replaced atomically (write to
// a temporary file, sync, rename) so that a crash leaves the old or the new
// list, never half of one.
type FileStore struct {
	Path string
}

type storeFile struct {
	Version int   `json:"version"`
	Hubs    []Hub `json:"hubs"`
}

// Load returns the saved hubs; a missing file is an empty list.
func (s FileStore) Load() ([]Hub, error) {
	b, err := os.ReadFile(s.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read hubs list: %w", err)
	}
	var f storeFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("parse hubs list %s: %w", s.Path, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("hubs list %s: unknown version %d", s.Path, f.Version)
	}
	return f.Hubs, nil
}

// Save writes hubs.
func (s FileStore) Save(hubs []Hub) error {
	b, err := json.MarshalIndent(storeFile{Version: 1, Hubs: hubs}, "", "  ")
	if err != nil {
		return fmt.Errorf("encode hubs list: %w", err)
	}
	dir := filepath.Dir(s.Path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".hubs-*.json")
	if err != nil {
		return fmt.Errorf("save hubs list: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("save hubs list: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save hubs list: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save hubs list: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.Path); err != nil {
		return fmt.Errorf("save hubs list: %w", err)
	}
	return nil
}
