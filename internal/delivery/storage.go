package delivery

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	g "github.com/anacrolix/generics"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
)

// fileStore keeps torrent data in plain files, DIR/<name>[/<path>...], read
// and written with pread/pwrite. It replaces anacrolix's file storage, which
// in v1.59.1 writes through a memory map (a page fault per 4 KiB of fresh
// data) and syncs every verified piece to disk (msync MS_SYNC): together
// about half of a loopback transfer's time. Durability is not needed here:
// piece completion is kept in memory, so after a crash every piece on disk is
// hashed again before it counts.
type fileStore struct {
	dir  string
	done storage.PieceCompletion
}

// newFileStore stores torrents under dir and records verified pieces in
// done.
func newFileStore(dir string, done storage.PieceCompletion) storage.ClientImpl {
	return fileStore{dir: dir, done: done}
}

// maxOpenFiles bounds the open files of one torrent; idle ones are closed
// beyond it.
const maxOpenFiles = 64

// hashBlock is the size of the writes a piece makes while it is hashed. The
// client checks each 16 KiB block against what every peer sent (to find the
// peer that sent a bad block) through a buffer; writing it the piece in
// blocks of that size keeps the buffer from growing to the whole piece.
const hashBlock = 16 << 10

// readBuf is how much of a file WriteTo reads at once.
const readBuf = 16 * hashBlock

var readBufs = sync.Pool{New: func() any { b := make([]byte, readBuf); return &b }}

func (s fileStore) OpenTorrent(_ context.Context, info *metainfo.Info, ih metainfo.Hash) (storage.TorrentImpl, error) {
	t := &fileTorrent{ih: ih, done: s.done}
	var base []string
	if name := info.BestName(); name != metainfo.NoName {
		base = append(base, name)
	}
	var off int64
	for _, fi := range info.UpvertedFiles() {
		parts := append(append([]string(nil), base...), fi.BestPath()...)
		path, err := safeJoin(s.dir, parts)
		if err != nil {
			return storage.TorrentImpl{}, err
		}
		t.files = append(t.files, &diskFile{path: path, offset: off, length: fi.Length})
		off += fi.Length
		if fi.Length == 0 {
			if err := createEmpty(path); err != nil {
				return storage.TorrentImpl{}, err
			}
		}
	}
	return storage.TorrentImpl{
		PieceWithHash: func(p metainfo.Piece, _ g.Option[[]byte]) storage.PieceImpl {
			return &filePiece{t: t, index: p.Index(), offset: p.Offset(), length: p.Length()}
		},
		Close: t.close,
	}, nil
}

// safeJoin joins the torrent's path components to dir, refusing any that
// could leave it.
func safeJoin(dir string, parts []string) (string, error) {
	if len(parts) == 0 {
		return "", errors.New("torrent file has no name")
	}
	for _, p := range parts {
		if p == "" || p == "." || p == ".." || strings.ContainsAny(p, "/\\\x00") {
			return "", fmt.Errorf("torrent file path %q: bad component %q", strings.Join(parts, "/"), p)
		}
	}
	path := filepath.Join(append([]string{dir}, parts...)...)
	if rel, err := filepath.Rel(dir, path); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("torrent file path %q leaves %s", strings.Join(parts, "/"), dir)
	}
	return path, nil
}

func createEmpty(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	return f.Close()
}

type fileTorrent struct {
	ih   metainfo.Hash
	done storage.PieceCompletion

	files []*diskFile // by offset in the torrent

	mu      sync.Mutex
	open    []*diskFile // files with f != nil
	retired []*os.File  // replaced handles still in use when replaced
	closed  bool
}

// diskFile is one file of a torrent; its handle fields are guarded by
// fileTorrent.mu.
type diskFile struct {
	path           string
	offset, length int64

	f        *os.File
	writable bool
	users    int
}

var errStorageClosed = errors.New("torrent storage closed")

// acquire returns an open handle of file d, writable if asked, which stays
// open until release.
func (t *fileTorrent) acquire(d *diskFile, write bool) (*os.File, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil, errStorageClosed
	}
	if d.f != nil && (d.writable || !write) {
		d.users++
		return d.f, nil
	}
	var f *os.File
	var err error
	if write {
		f, err = openForWrite(d.path, d.length)
	} else {
		f, err = os.Open(d.path)
	}
	if err != nil {
		return nil, err
	}
	switch {
	case d.f == nil:
		t.open = append(t.open, d)
	case d.users == 0:
		d.f.Close()
	default:
		// A read is in flight on the read-only handle: it is closed with
		// the torrent.
		t.retired = append(t.retired, d.f)
	}
	d.f, d.writable = f, write
	d.users++
	t.evictLocked()
	return f, nil
}

func (t *fileTorrent) release(d *diskFile) {
	t.mu.Lock()
	d.users--
	t.mu.Unlock()
}

// evictLocked closes idle files while more than maxOpenFiles are open.
func (t *fileTorrent) evictLocked() {
	for i := 0; len(t.open) > maxOpenFiles && i < len(t.open); {
		d := t.open[i]
		if d.users > 0 {
			i++
			continue
		}
		d.f.Close()
		d.f, d.writable = nil, false
		t.open = append(t.open[:i], t.open[i+1:]...)
	}
}

func (t *fileTorrent) close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	var errs []error
	for _, d := range t.open {
		errs = append(errs, d.f.Close())
		d.f, d.writable = nil, false
	}
	for _, f := range t.retired {
		errs = append(errs, f.Close())
	}
	t.open, t.retired = nil, nil
	return errors.Join(errs...)
}

func openForWrite(path string, length int64) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil && fi.Size() != length {
		err = f.Truncate(length)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// span is the part of one file that a range of the torrent covers.
type span struct {
	d        *diskFile
	off, len int64 // within the file
}

// spans calls fn for each file part of torrent bytes [off, off+n), in order,
// skipping empty files, until fn returns false.
func (t *fileTorrent) spans(off, n int64, fn func(span) bool) {
	for _, d := range t.files {
		if n <= 0 {
			return
		}
		end := d.offset + d.length
		if d.length == 0 || end <= off {
			continue
		}
		k := min(n, end-off)
		if !fn(span{d: d, off: off - d.offset, len: k}) {
			return
		}
		off += k
		n -= k
	}
}

// filePiece is one piece of a fileTorrent.
type filePiece struct {
	t              *fileTorrent
	index          int
	offset, length int64
}

func (p *filePiece) key() metainfo.PieceKey {
	return metainfo.PieceKey{InfoHash: p.t.ih, Index: p.index}
}

// ReadAt reads piece bytes; a missing or short file reads as io.EOF.
func (p *filePiece) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 || off > p.length {
		return 0, fs.ErrInvalid
	}
	b = b[:min(int64(len(b)), p.length-off)]
	p.t.spans(p.offset+off, int64(len(b)), func(s span) bool {
		var f *os.File
		f, err = p.t.acquire(s.d, false)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				err = io.EOF
			}
			return false
		}
		var k int
		k, err = f.ReadAt(b[n:n+int(s.len)], s.off)
		p.t.release(s.d)
		n += k
		return err == nil
	})
	if err == nil && n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (p *filePiece) WriteAt(b []byte, off int64) (n int, err error) {
	if off < 0 || off+int64(len(b)) > p.length {
		return 0, fmt.Errorf("write of %d bytes at %d overflows piece %d of %d bytes", len(b), off, p.index, p.length)
	}
	p.t.spans(p.offset+off, int64(len(b)), func(s span) bool {
		var f *os.File
		f, err = p.t.acquire(s.d, true)
		if err != nil {
			return false
		}
		var k int
		k, err = f.WriteAt(b[n:n+int(s.len)], s.off)
		p.t.release(s.d)
		n += k
		return err == nil
	})
	return n, err
}

// WriteTo writes the piece to w (the hasher) in hashBlock writes. A missing
// or short file ends it early without an error, as in anacrolix's file
// storage: the hash then does not match.
func (p *filePiece) WriteTo(w io.Writer) (written int64, err error) {
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	buf := *bp
	p.t.spans(p.offset, p.length, func(s span) bool {
		var f *os.File
		f, err = p.t.acquire(s.d, false)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				err = nil
			}
			return false
		}
		defer p.t.release(s.d)
		for done := int64(0); done < s.len; {
			k, rerr := f.ReadAt(buf[:min(int64(len(buf)), s.len-done)], s.off+done)
			for b := buf[:k]; len(b) > 0; {
				m, werr := w.Write(b[:min(len(b), hashBlock)])
				written += int64(m)
				if werr != nil {
					err = werr
					return false
				}
				b = b[m:]
			}
			done += int64(k)
			if rerr != nil {
				if rerr != io.EOF {
					err = rerr
				}
				return false
			}
		}
		return true
	})
	return written, err
}

func (p *filePiece) MarkComplete() error    { return p.t.done.Set(p.key(), true) }
func (p *filePiece) MarkNotComplete() error { return p.t.done.Set(p.key(), false) }

// Completion is what was recorded, except that a piece recorded complete
// whose files are now too short is not complete any more.
func (p *filePiece) Completion() storage.Completion {
	c, err := p.t.done.Get(p.key())
	if err != nil {
		return storage.Completion{Err: err}
	}
	if !c.Ok || !c.Complete {
		return c
	}
	p.t.spans(p.offset, p.length, func(s span) bool {
		fi, err := os.Stat(s.d.path)
		if err != nil || fi.Size() < s.off+s.len {
			c.Complete = false
			_ = p.t.done.Set(p.key(), false)
			return false
		}
		return true
	})
	return c
}
