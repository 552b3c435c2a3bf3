package wasm

import (
	"io"
	"io/fs"
	"sync/atomic"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/experimental/sysfs"
)

// quota counts the bytes a unit's files hold under its output directory.
// Growth past the limit is refused before it reaches the host's disk.
type quota struct {
	limit int64
	used  atomic.Int64
	hit   atomic.Bool
}

func (q *quota) take(n int64) bool {
	for {
		u := q.used.Load()
		if u+n > q.limit {
			q.hit.Store(true)
			return false
		}
		if q.used.CompareAndSwap(u, u+n) {
			return true
		}
	}
}

func (q *quota) give(n int64) {
	for {
		u := q.used.Load()
		if q.used.CompareAndSwap(u, max(u-n, 0)) {
			return
		}
	}
}

// quotaFS is the output directory as the guest sees it. A hard link or a
// file opened twice may be counted twice: the count errs high, never low.
type quotaFS struct {
	experimentalsys.FS
	q *quota
}

func newQuotaFS(dir string, q *quota) quotaFS {
	return quotaFS{FS: sysfs.DirFS(dir), q: q}
}

func (f quotaFS) OpenFile(path string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	writes := flag&(experimentalsys.O_WRONLY|experimentalsys.O_RDWR) != 0
	if writes && flag&experimentalsys.O_TRUNC != 0 {
		if st, errno := f.FS.Stat(path); errno == 0 && st.Mode.IsRegular() && st.Nlink <= 1 {
			defer f.q.give(st.Size)
		}
	}
	file, errno := f.FS.OpenFile(path, flag, perm)
	if errno != 0 || !writes {
		return file, errno
	}
	st, errno := file.Stat()
	if errno != 0 {
		file.Close()
		return nil, errno
	}
	return &quotaFile{File: file, q: f.q, size: st.Size, appends: flag&experimentalsys.O_APPEND != 0}, 0
}

func (f quotaFS) Unlink(path string) experimentalsys.Errno {
	st, serr := f.FS.Lstat(path)
	errno := f.FS.Unlink(path)
	if errno == 0 && serr == 0 && st.Mode.IsRegular() && st.Nlink <= 1 {
		f.q.give(st.Size)
	}
	return errno
}

// quotaFile charges every write that makes the file longer.
type quotaFile struct {
	experimentalsys.File
	q       *quota
	size    int64
	appends bool
}

func (f *quotaFile) grow(end int64) experimentalsys.Errno {
	if end <= f.size {
		return 0
	}
	if !f.q.take(end - f.size) {
		return experimentalsys.EIO // WASI p1 as wazero speaks it has no ENOSPC
	}
	f.size = end
	return 0
}

func (f *quotaFile) Write(buf []byte) (int, experimentalsys.Errno) {
	pos := f.size
	if !f.appends {
		p, errno := f.File.Seek(0, io.SeekCurrent)
		if errno != 0 {
			return 0, errno
		}
		pos = p
	}
	if errno := f.grow(pos + int64(len(buf))); errno != 0 {
		return 0, errno
	}
	return f.File.Write(buf)
}

func (f *quotaFile) Pwrite(buf []byte, off int64) (int, experimentalsys.Errno) {
	if errno := f.grow(off + int64(len(buf))); errno != 0 {
		return 0, errno
	}
	return f.File.Pwrite(buf, off)
}

func (f *quotaFile) Truncate(size int64) experimentalsys.Errno {
	if size < f.size {
		errno := f.File.Truncate(size)
		if errno == 0 {
			f.q.give(f.size - size)
			f.size = size
		}
		return errno
	}
	if errno := f.grow(size); errno != 0 {
		return errno
	}
	return f.File.Truncate(size)
}
