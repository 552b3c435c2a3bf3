package delivery

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/anacrolix/torrent/metainfo"
)

var taskIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

// Task is the storage of one task: a directory under the node's root with a
// quota over everything fetched into it. Close stops its torrents and
// removes the directory.
type Task struct {
	node  *Node
	id    string
	dir   string
	quota int64

	mu       sync.Mutex
	used     int64
	torrents []metainfo.Hash
	closed   bool
}

// OpenTask creates root/<id> for a task's inputs with quota bytes (zero: no
// limit).
func (n *Node) OpenTask(root, id string, quota int64) (*Task, error) {
	if !taskIDPattern.MatchString(id) {
		return nil, fmt.Errorf("task id %q: want letters, digits, '.', '_' or '-'", id)
	}
	if quota < 0 {
		return nil, errors.New("task quota must not be negative")
	}
	dir := filepath.Join(root, id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open task %s: %w", id, err)
	}
	return &Task{node: n, id: id, dir: dir, quota: quota}, nil
}

// Dir is where the task's inputs live.
func (t *Task) Dir() string { return t.dir }

// Used is how many bytes the task's inputs take.
func (t *Task) Used() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.used
}

func (t *Task) remaining() (int64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return 0, fmt.Errorf("task %s: closed", t.id)
	}
	if t.quota == 0 {
		return 0, nil
	}
	left := t.quota - t.used
	if left <= 0 {
		return 0, fmt.Errorf("task %s: %w: %d of %d bytes used", t.id, ErrQuotaExceeded, t.used, t.quota)
	}
	return left, nil
}

// Fetch downloads a torrent input into the task's directory within what is
// left of its quota.
func (t *Task) Fetch(ctx context.Context, req FetchRequest) (Fetched, error) {
	left, err := t.remaining()
	if err != nil {
		return Fetched{}, err
	}
	req.Dir = t.dir
	req.Quota = left
	f, err := t.node.Fetch(ctx, req)
	if err != nil {
		return f, fmt.Errorf("task %s: %w", t.id, err)
	}
	t.mu.Lock()
	t.used += f.Length
	t.torrents = append(t.torrents, f.InfoHash)
	t.mu.Unlock()
	return f, nil
}

// FetchURL downloads a URL input to the task's directory as name.
func (t *Task) FetchURL(ctx context.Context, hc *http.Client, in URLInput, name string) (string, error) {
	if name == "" || name != filepath.Base(name) || name == "." || name == ".." {
		return "", fmt.Errorf("task %s: input name %q must be a plain file name", t.id, name)
	}
	left, err := t.remaining()
	if err != nil {
		return "", err
	}
	dst := filepath.Join(t.dir, name)
	n, err := FetchURL(ctx, hc, in, dst, left)
	if err != nil {
		return "", fmt.Errorf("task %s: %w", t.id, err)
	}
	t.mu.Lock()
	t.used += n
	t.mu.Unlock()
	return dst, nil
}

// Close stops the task's torrents and removes its directory.
func (t *Task) Close() error {
	t.mu.Lock()
	t.closed = true
	hashes := t.torrents
	t.torrents = nil
	t.mu.Unlock()
	for _, ih := range hashes {
		t.node.Stop(ih)
	}
	if err := os.RemoveAll(t.dir); err != nil {
		return fmt.Errorf("clean up task %s: %w", t.id, err)
	}
	return nil
}
