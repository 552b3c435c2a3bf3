package miner

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/anacrolix/torrent/metainfo"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor"
)

// DefaultCacheBytes bounds the fetched bundles and blobs a miner keeps
// unless configured otherwise.
const DefaultCacheBytes = 16 << 30

// bundle is one fetched torrent (a task bundle or a blob) in the cache,
// fetched once per miner process. Its fields but mu and path are guarded
// by Miner.mu.
type bundle struct {
	mu   sync.Mutex // held while fetching
	path string     // "" until fetched by this process

	ih   metainfo.Hash
	dir  string // WorkDir/<sub>/<info hash>
	size int64
	used uint64 // Miner.useSeq when last fetched or used
	refs int    // ready tasks that use it
}

// fetchTorrent fetches a magnet into WorkDir/sub/<info hash>, once per
// process, and returns the fetched path. The torrent is held for the caller
// (its info hash appended to hold) until released; then it may be evicted.
func (m *Miner) fetchTorrent(ctx context.Context, magnet, sub string, hold *[]string) (string, error) {
	if m.cfg.Delivery == nil {
		return "", fmt.Errorf("%w: %s needs a delivery node, and this miner has none", executor.ErrUnsupportedSource, magnet)
	}
	target, err := delivery.ParseTarget(magnet)
	if err != nil {
		return "", err
	}
	ih := target.InfoHash.HexString()
	m.mu.Lock()
	b := m.bundles[ih]
	if b == nil {
		b = &bundle{ih: target.InfoHash, dir: filepath.Join(m.cfg.WorkDir, sub, ih)}
		m.bundles[ih] = b
	}
	b.refs++ // not evicted while fetched
	m.mu.Unlock()
	p, err := m.fetchBundle(ctx, b, target)
	m.mu.Lock()
	m.useSeq++
	b.used = m.useSeq
	if err != nil || hold == nil {
		b.refs--
	} else {
		*hold = append(*hold, ih)
	}
	if err != nil && b.size == 0 && b.refs == 0 && m.bundles[ih] == b {
		delete(m.bundles, ih)
	}
	m.evictLocked()
	m.mu.Unlock()
	return p, err
}

func (m *Miner) fetchBundle(ctx context.Context, b *bundle, target delivery.Target) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.path != "" {
		return b.path, nil
	}
	f, err := m.cfg.Delivery.Fetch(ctx, delivery.FetchRequest{Target: target, Dir: b.dir, Quota: m.cfg.CacheBytes})
	if err != nil {
		return "", err
	}
	m.mu.Lock()
	b.size = f.Length
	m.mu.Unlock()
	m.cfg.Metrics.Fetched(f.FromPeers)
	b.path = f.Path
	return f.Path, nil
}

// release lets the cache evict torrents a task no longer uses.
func (m *Miner) release(ihs []string) {
	m.mu.Lock()
	m.releaseLocked(ihs)
	m.mu.Unlock()
}

func (m *Miner) releaseLocked(ihs []string) {
	for _, ih := range ihs {
		if b := m.bundles[ih]; b != nil && b.refs > 0 {
			b.refs--
		}
	}
	m.evictLocked()
}

// evictLocked removes the least recently used torrents nobody holds while
// the cache is over CacheBytes. Called with m.mu held.
func (m *Miner) evictLocked() {
	var total int64
	var free []*bundle
	for _, b := range m.bundles {
		total += b.size
		if b.refs == 0 {
			free = append(free, b)
		}
	}
	if total <= m.cfg.CacheBytes {
		return
	}
	sort.Slice(free, func(i, j int) bool { return free[i].used < free[j].used })
	for _, b := range free {
		if total <= m.cfg.CacheBytes {
			return
		}
		if !b.mu.TryLock() {
			continue // being fetched
		}
		if m.cfg.Delivery != nil {
			m.cfg.Delivery.Stop(b.ih)
		}
		if err := os.RemoveAll(b.dir); err != nil {
			m.log.Warn("evict from the bundle cache", "dir", b.dir, "err", err)
		}
		delete(m.bundles, b.ih.HexString())
		total -= b.size
		b.mu.Unlock()
		m.log.Debug("evicted from the bundle cache", "dir", b.dir, "bytes", b.size)
	}
}

// adoptCache counts the torrents an earlier run left on disk, so that the
// bound holds across restarts; they are fetched again (from what is on
// disk) when used.
func (m *Miner) adoptCache() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, sub := range []string{dirBundles, dirBlobs} {
		entries, _ := os.ReadDir(filepath.Join(m.cfg.WorkDir, sub))
		for _, e := range entries {
			var ih metainfo.Hash
			if !e.IsDir() || ih.FromHexString(e.Name()) != nil || m.bundles[e.Name()] != nil {
				continue
			}
			dir := filepath.Join(m.cfg.WorkDir, sub, e.Name())
			m.bundles[e.Name()] = &bundle{ih: ih, dir: dir, size: dirSize(dir)}
		}
	}
	m.evictLocked()
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
