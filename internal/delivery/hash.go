package delivery

import (
	"context"
	"crypto/sha1"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/anacrolix/torrent/metainfo"
)

// hashTree is metainfo.Info.BuildFromFilePath with the pieces hashed on
// every core: the same file list, order and piece hashes (so the same
// info-hash), in about 1/cores of the time. It stops when ctx ends.
func hashTree(ctx context.Context, root string, pieceLength int64) (*metainfo.Info, error) {
	info := &metainfo.Info{PieceLength: pieceLength}
	switch b := filepath.Base(root); b {
	case ".", "..", string(filepath.Separator):
		info.Name = metainfo.NoName
	default:
		info.Name = b
	}
	err := filepath.Walk(root, func(path string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if fi.IsDir() {
			return nil
		}
		if path == root {
			info.Length = fi.Size()
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		info.Files = append(info.Files, metainfo.FileInfo{Path: strings.Split(rel, string(filepath.Separator)), Length: fi.Size()})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(info.Files, func(i, j int) bool {
		return strings.Join(info.Files[i].BestPath(), "/") < strings.Join(info.Files[j].BestPath(), "/")
	})
	// The files in torrent order, with their paths on disk and offsets.
	var files []diskFile
	var total int64
	for _, fi := range info.UpvertedFiles() {
		p := root
		if len(info.Files) > 0 {
			p = filepath.Join(append([]string{root}, fi.BestPath()...)...)
		}
		files = append(files, diskFile{path: p, offset: total, length: fi.Length})
		total += fi.Length
	}
	n := int((total + pieceLength - 1) / pieceLength)
	sums := make([]byte, n*sha1.Size)
	workers := min(runtime.GOMAXPROCS(0), 8, max(n, 1))
	next := make(chan int)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			buf := make([]byte, pieceLength)
			for i := range next {
				if errs[w] != nil {
					continue
				}
				off := int64(i) * pieceLength
				b := buf[:min(pieceLength, total-off)]
				if err := readSpan(files, off, b); err != nil {
					errs[w] = err
					continue
				}
				sum := sha1.Sum(b)
				copy(sums[i*sha1.Size:], sum[:])
			}
		})
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	info.Pieces = sums
	return info, nil
}

// readSpan fills b with the torrent's bytes from off, reading the files in
// order. A file shorter than listed is an error: it changed while hashed.
func readSpan(files []diskFile, off int64, b []byte) error {
	for i := range files {
		d := &files[i]
		end := d.offset + d.length
		if len(b) == 0 {
			return nil
		}
		if d.length == 0 || end <= off {
			continue
		}
		k := min(int64(len(b)), end-off)
		if err := readFileAt(d.path, b[:k], off-d.offset); err != nil {
			return err
		}
		b, off = b[k:], off+k
	}
	return nil
}

func readFileAt(path string, b []byte, off int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if n, err := f.ReadAt(b, off); n < len(b) {
		return fmt.Errorf("read %s: %d bytes at %d: %v (did it change while it was hashed?)", path, n, off, err)
	}
	return nil
}
