package delivery

import (
	"bytes"
	"context"
	"crypto/sha1"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	g "github.com/anacrolix/generics"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
)

// writeTree writes files (slash-separated path -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), data)
	}
}

// treeFiles reads every regular file under dir, by slash-separated path.
func treeFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// manyFiles is a tree whose 16 KiB pieces span files of every kind: empty
// ones, tiny ones, ones larger than a piece, and more files than a torrent
// keeps open at once.
func manyFiles() map[string][]byte {
	files := map[string][]byte{
		"big.bin":         randomBytes(20, 3*16<<10+7),
		"empty":           nil,
		"sub/empty":       nil,
		"sub/deep/a.txt":  []byte("a\n"),
		"sub/deep/b.bin":  randomBytes(21, 40_000),
		"z-last-one-byte": {1},
	}
	for i := range maxOpenFiles + 10 {
		files[fmt.Sprintf("many/%03d", i)] = randomBytes(uint64(100+i), 1+i*97)
	}
	return files
}

func buildInfo(t *testing.T, root string, pieceLength int64) *metainfo.Info {
	t.Helper()
	info := &metainfo.Info{PieceLength: pieceLength}
	if err := info.BuildFromFilePath(root); err != nil {
		t.Fatal(err)
	}
	return info
}

func openStore(t *testing.T, dir string, info *metainfo.Info) (storage.TorrentImpl, *fileTorrent) {
	t.Helper()
	ti, err := newFileStore(dir, storage.NewMapPieceCompletion()).OpenTorrent(context.Background(), info, metainfo.Hash{1})
	if err != nil {
		t.Fatalf("OpenTorrent: %v", err)
	}
	t.Cleanup(func() { ti.Close() })
	// The torrent behind the pieces, to look at its open files.
	ft := ti.PieceWithHash(info.Piece(0), g.None[[]byte]()).(*filePiece).t
	return ti, ft
}

// TestFileStoreMovesATree copies a multi-file torrent piece by piece from a
// store over the source tree into an empty one, in small writes in random
// order, and checks every piece hash, the files, and the open-file bound.
func TestFileStoreMovesATree(t *testing.T) {
	srcDir, dstDir := t.TempDir(), t.TempDir()
	files := manyFiles()
	writeTree(t, filepath.Join(srcDir, "tree"), files)
	info := buildInfo(t, filepath.Join(srcDir, "tree"), 16<<10)
	src, srcT := openStore(t, srcDir, info)
	dst, dstT := openStore(t, dstDir, info)

	r := rand.New(rand.NewPCG(1, 2))
	for i := range info.NumPieces() {
		mp := info.Piece(i)
		from := src.PieceWithHash(mp, g.None[[]byte]())
		to := dst.PieceWithHash(mp, g.None[[]byte]())
		data := make([]byte, mp.Length())
		if n, err := from.ReadAt(data, 0); n != len(data) {
			t.Fatalf("piece %d: ReadAt = %d, %v; want %d bytes", i, n, err, len(data))
		}
		if got := sha1.Sum(data); metainfo.Hash(got) != mp.V1Hash().Unwrap() {
			t.Fatalf("piece %d: source data hash %x, want %x", i, got, mp.V1Hash().Unwrap())
		}
		const block = 4 << 10
		offs := make([]int, 0, len(data)/block+1)
		for off := 0; off < len(data); off += block {
			offs = append(offs, off)
		}
		r.Shuffle(len(offs), func(a, b int) { offs[a], offs[b] = offs[b], offs[a] })
		for _, off := range offs {
			end := min(off+block, len(data))
			if n, err := to.WriteAt(data[off:end], int64(off)); err != nil || n != end-off {
				t.Fatalf("piece %d: WriteAt(%d) = %d, %v", i, off, n, err)
			}
		}
		back := make([]byte, len(data))
		if n, err := to.ReadAt(back, 0); n != len(back) || !bytes.Equal(back, data) {
			t.Fatalf("piece %d: read back %d bytes (%v), equal %v", i, n, err, bytes.Equal(back, data))
		}
		h := sha1.New()
		if n, err := to.(io.WriterTo).WriteTo(h); err != nil || n != mp.Length() {
			t.Fatalf("piece %d: WriteTo = %d, %v; want %d bytes", i, n, err, mp.Length())
		}
		if got := metainfo.Hash(h.Sum(nil)); got != mp.V1Hash().Unwrap() {
			t.Fatalf("piece %d: hash of written piece %x, want %x", i, got, mp.V1Hash().Unwrap())
		}
	}
	for name, ft := range map[string]*fileTorrent{"source": srcT, "destination": dstT} {
		ft.mu.Lock()
		open := len(ft.open)
		ft.mu.Unlock()
		if open > maxOpenFiles {
			t.Errorf("%s store has %d files open, want at most %d", name, open, maxOpenFiles)
		}
	}
	got := treeFiles(t, filepath.Join(dstDir, "tree"))
	if len(got) != len(files) {
		t.Errorf("destination has %d files, want %d", len(got), len(files))
	}
	for name, want := range files {
		if !bytes.Equal(got[name], want) {
			t.Errorf("%s: %d bytes differ from the %d bytes shared", name, len(got[name]), len(want))
		}
	}
}

func TestFileStoreRefusesPathsOutsideItsDirectory(t *testing.T) {
	for _, tc := range []struct {
		name string
		path []string
	}{
		{"..", []string{"a"}},
		{"ok", []string{"..", "x"}},
		{"ok", []string{"a/../../x"}},
		{"ok", []string{"a", ""}},
		{"a/b", []string{"c"}},
	} {
		info := &metainfo.Info{Name: tc.name, PieceLength: 16 << 10, Files: []metainfo.FileInfo{{Path: tc.path, Length: 10}}}
		dir := t.TempDir()
		_, err := newFileStore(dir, storage.NewMapPieceCompletion()).OpenTorrent(context.Background(), info, metainfo.Hash{2})
		if err == nil || !strings.Contains(err.Error(), "torrent file path") {
			t.Errorf("name %q path %q: OpenTorrent error %v, want a bad path error", tc.name, tc.path, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("name %q path %q: store created %d entries", tc.name, tc.path, len(entries))
		}
	}
}

// TestFileStoreCompletionNoticesTruncation: a piece recorded complete whose
// file was cut short since is not complete any more.
func TestFileStoreCompletionNoticesTruncation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.bin")
	writeFile(t, path, randomBytes(30, 40_000))
	info := buildInfo(t, path, 16<<10)
	ti, _ := openStore(t, dir, info)
	pieces := make([]storage.PieceImpl, info.NumPieces())
	for i := range pieces {
		pieces[i] = ti.PieceWithHash(info.Piece(i), g.None[[]byte]())
		if c := pieces[i].Completion(); c.Ok {
			t.Fatalf("piece %d before MarkComplete: %+v, want unknown", i, c)
		}
		if err := pieces[i].MarkComplete(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Truncate(path, 20_000); err != nil {
		t.Fatal(err)
	}
	want := []bool{true, false, false}
	for i, p := range pieces {
		if c := p.Completion(); !c.Ok || c.Complete != want[i] {
			t.Errorf("piece %d after truncation: %+v, want complete=%v", i, c, want[i])
		}
	}
	// A missing part reads as a short read, not as zeros.
	buf := make([]byte, info.Piece(1).Length())
	if n, err := pieces[1].ReadAt(buf, 0); err != io.EOF || n != 20_000-16<<10 {
		t.Errorf("ReadAt of a cut piece = %d, %v; want %d, EOF", n, err, 20_000-16<<10)
	}
}

// TestFetchTree moves a directory with empty files and many small ones
// between two nodes, in the default (large) blocks.
func TestFetchTree(t *testing.T) {
	src := filepath.Join(t.TempDir(), "tree")
	files := manyFiles()
	writeTree(t, src, files)
	seeder := startNode(t, "127.0.0.21", Config{})
	ctx := testContext(t)
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	leecher := startNode(t, "127.0.0.22", Config{})
	f, err := leecher.Fetch(ctx, FetchRequest{Target: Target{InfoHash: sh.InfoHash}, Dir: t.TempDir(), Peers: []string{seeder.Addr()}})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	got := treeFiles(t, f.Path)
	if len(got) != len(files) {
		t.Errorf("fetched %d files, want %d", len(got), len(files))
	}
	for name, want := range files {
		if !bytes.Equal(got[name], want) {
			t.Errorf("%s: fetched %d bytes that differ from the %d shared", name, len(got[name]), len(want))
		}
	}
}

func TestBlockSize(t *testing.T) {
	for _, tc := range []struct {
		cfg  Config
		want int
	}{
		{Config{}, MaxBlockSize},
		{Config{Online: true}, MinBlockSize},
		{Config{BlockSize: 32 << 10}, 32 << 10},
	} {
		n, err := New(tc.cfg, nil)
		if err != nil {
			t.Fatalf("New(%+v): %v", tc.cfg, err)
		}
		if n.cfg.BlockSize != tc.want {
			t.Errorf("New(%+v): block size %d, want %d", tc.cfg, n.cfg.BlockSize, tc.want)
		}
	}
	for _, bad := range []int{-1, 1, 8 << 10, 48 << 10, 2 * MaxBlockSize} {
		if _, err := New(Config{BlockSize: bad}, nil); err == nil || !strings.Contains(err.Error(), "block size") {
			t.Errorf("New with block size %d: error %v, want a block size error", bad, err)
		}
	}
}

// TestHashTreeMatchesAnacrolix: the parallel hashing gives exactly the info
// dictionary (so the info-hash) that anacrolix's BuildFromFilePath gives.
func TestHashTreeMatchesAnacrolix(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, filepath.Join(dir, "tree"), manyFiles())
	writeFile(t, filepath.Join(dir, "one.bin"), randomBytes(40, 100_000))
	for _, root := range []string{filepath.Join(dir, "tree"), filepath.Join(dir, "one.bin")} {
		for _, pl := range []int64{16 << 10, 64 << 10} {
			want, err := bencode.Marshal(buildInfo(t, root, pl))
			if err != nil {
				t.Fatal(err)
			}
			info, err := hashTree(context.Background(), root, pl)
			if err != nil {
				t.Fatalf("hashTree(%s, %d): %v", root, pl, err)
			}
			got, err := bencode.Marshal(info)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("hashTree(%s, %d): info differs from BuildFromFilePath's (%d vs %d bytes)", filepath.Base(root), pl, len(got), len(want))
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := hashTree(ctx, filepath.Join(dir, "tree"), 16<<10); err != context.Canceled {
		t.Errorf("hashTree with a cancelled context: %v, want context.Canceled", err)
	}
}
