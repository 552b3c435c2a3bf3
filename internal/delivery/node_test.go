package delivery

import (
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	g "github.com/anacrolix/generics"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
)

// Each node listens on its own loopback address (all of 127.0.0.0/8 reaches
// lo on Linux), so that banning one peer's IP does not ban the others.
func startNode(t *testing.T, ip string, cfg Config) *Node {
	t.Helper()
	cfg.ListenAddr = ip + ":0"
	var log *slog.Logger
	if os.Getenv("DELIVERY_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("node", ip)
	}
	n, err := New(cfg, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

func randomBytes(seed uint64, size int) []byte {
	b := make([]byte, size)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8)})
	_, _ = r.Read(b)
	return b
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestShareIsStandardV1 checks the shared torrent against BEP 3 directly:
// the info-hash is the SHA-1 of the bencoded info dictionary, and each piece
// hash is the SHA-1 of that piece of the files concatenated in listed order.
func TestShareIsStandardV1(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]int
	}{
		{"single file", map[string]int{"input.bin": 300_000}},
		{"directory", map[string]int{"out/a.txt": 1000, "out/sub/b.bin": 70_000, "out/c": 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var top string
			for name, size := range tc.files {
				writeFile(t, filepath.Join(dir, name), randomBytes(uint64(size), size))
				top = strings.Split(name, "/")[0]
			}
			n := startNode(t, "127.0.0.1", Config{})
			sh, err := n.Share(testContext(t), filepath.Join(dir, top))
			if err != nil {
				t.Fatalf("Share: %v", err)
			}
			var mi map[string]any
			if err := bencode.Unmarshal(sh.Torrent, &mi); err != nil {
				t.Fatalf("decode torrent: %v", err)
			}
			var raw struct {
				Info bencode.Bytes `bencode:"info"`
			}
			if err := bencode.Unmarshal(sh.Torrent, &raw); err != nil {
				t.Fatalf("decode info: %v", err)
			}
			if got, want := fmt.Sprintf("%x", sha1.Sum(raw.Info)), sh.InfoHash.HexString(); got != want {
				t.Errorf("sha1(info) = %s, want info-hash %s", got, want)
			}
			if !strings.Contains(sh.Magnet, "xt=urn:btih:"+sh.InfoHash.HexString()) {
				t.Errorf("magnet %q lacks btih %s", sh.Magnet, sh.InfoHash.HexString())
			}
			info := mi["info"].(map[string]any)
			pl := info["piece length"].(int64)
			if want := PieceLength(sh.Length); pl != want {
				t.Errorf("piece length = %d, want %d", pl, want)
			}
			var data []byte
			if files, ok := info["files"].([]any); ok {
				for _, f := range files {
					var parts []string
					for _, p := range f.(map[string]any)["path"].([]any) {
						parts = append(parts, p.(string))
					}
					b, err := os.ReadFile(filepath.Join(dir, top, filepath.Join(parts...)))
					if err != nil {
						t.Fatal(err)
					}
					data = append(data, b...)
				}
			} else {
				data, _ = os.ReadFile(filepath.Join(dir, top))
			}
			pieces := []byte(info["pieces"].(string))
			if got, want := len(pieces), 20*((len(data)+int(pl)-1)/int(pl)); got != want {
				t.Fatalf("pieces field has %d bytes, want %d", got, want)
			}
			for i := 0; i*int(pl) < len(data); i++ {
				sum := sha1.Sum(data[i*int(pl) : min((i+1)*int(pl), len(data))])
				if !bytes.Equal(sum[:], pieces[20*i:20*i+20]) {
					t.Errorf("piece %d: hash differs from sha1 of the data", i)
				}
			}
		})
	}
}

func TestSeederAndThreeLeechers(t *testing.T) {
	data := randomBytes(1, 3<<20)
	src := filepath.Join(t.TempDir(), "input.bin")
	writeFile(t, src, data)

	// The seeder is slow, so the leechers finish sooner by trading pieces.
	seeder := startNode(t, "127.0.0.2", Config{UploadRate: 2 << 20})
	ctx := testContext(t)
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	target, err := ParseTarget(sh.Magnet)
	if err != nil {
		t.Fatalf("ParseTarget(%q): %v", sh.Magnet, err)
	}
	var leechers []*Node
	for _, ip := range []string{"127.0.0.3", "127.0.0.4", "127.0.0.5"} {
		leechers = append(leechers, startNode(t, ip, Config{}))
	}
	results := make([]Fetched, len(leechers))
	errs := make([]error, len(leechers))
	var wg sync.WaitGroup
	for i, l := range leechers {
		var peers []string
		for j, o := range leechers {
			if j != i {
				peers = append(peers, o.Addr())
			}
		}
		wg.Go(func() {
			results[i], errs[i] = l.Fetch(ctx, FetchRequest{Target: target, Dir: t.TempDir(), Peers: peers})
		})
	}
	wg.Wait()
	var fromLeechers int64
	for i, l := range leechers {
		if errs[i] != nil {
			t.Fatalf("leecher %d: %v", i, errs[i])
		}
		got, err := os.ReadFile(results[i].Path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("leecher %d: content differs from the shared file", i)
		}
		st, ok := l.Stats(sh.InfoHash)
		if !ok {
			t.Fatalf("leecher %d: no stats for %s", i, sh.InfoHash.HexString())
		}
		fromLeechers += st.Uploaded
	}
	if fromLeechers == 0 {
		t.Errorf("leechers uploaded %d bytes to each other, want more than 0", fromLeechers)
	}
	seeded, _ := seeder.Stats(sh.InfoHash)
	t.Logf("seeder uploaded %d bytes, leechers %d bytes (content %d bytes)", seeded.Uploaded, fromLeechers, len(data))
}

// pieceStorage wraps a storage so that a test can change how single pieces
// behave: a peer that serves garbage, or one that has only some pieces.
type pieceStorage struct {
	inner storage.ClientImpl
	piece func(index int, p plainPiece) storage.PieceImpl
}

func (c pieceStorage) OpenTorrent(ctx context.Context, info *metainfo.Info, ih metainfo.Hash) (storage.TorrentImpl, error) {
	ti, err := c.inner.OpenTorrent(ctx, info, ih)
	if err != nil {
		return ti, err
	}
	wrap := func(p metainfo.Piece, inner storage.PieceImpl) storage.PieceImpl {
		return c.piece(p.Index(), plainPiece{inner})
	}
	out := storage.TorrentImpl{Close: ti.Close, Capacity: ti.Capacity}
	out.PieceWithHash = func(p metainfo.Piece, h g.Option[[]byte]) storage.PieceImpl {
		if ti.PieceWithHash != nil {
			return wrap(p, ti.PieceWithHash(p, h))
		}
		return wrap(p, ti.Piece(p))
	}
	return out, nil
}

// plainPiece hides optional interfaces of the file storage, so that all
// reads go through ReadAt.
type plainPiece struct{ storage.PieceImpl }

func (p plainPiece) ReadAt(b []byte, off int64) (int, error)  { return p.PieceImpl.ReadAt(b, off) }
func (p plainPiece) WriteAt(b []byte, off int64) (int, error) { return p.PieceImpl.WriteAt(b, off) }
func (p plainPiece) MarkComplete() error                      { return p.PieceImpl.MarkComplete() }
func (p plainPiece) MarkNotComplete() error                   { return p.PieceImpl.MarkNotComplete() }
func (p plainPiece) Completion() storage.Completion           { return p.PieceImpl.Completion() }

// corruptPiece claims its data and serves it with every byte flipped.
type corruptPiece struct{ plainPiece }

func (p corruptPiece) ReadAt(b []byte, off int64) (int, error) {
	n, err := p.plainPiece.ReadAt(b, off)
	for i := range n {
		b[i] ^= 0x5a
	}
	return n, err
}

// missingPiece is a piece the peer does not have.
type missingPiece struct{ plainPiece }

func (missingPiece) Completion() storage.Completion {
	return storage.Completion{Ok: true, Complete: false}
}

func TestCorruptPieceRejectedAndPeerBanned(t *testing.T) {
	data := randomBytes(2, 1<<20)
	src := filepath.Join(t.TempDir(), "input.bin")
	writeFile(t, src, data)
	const badIP, goodIP = "127.0.0.9", "127.0.0.6"
	bad := startNode(t, badIP, Config{Storage: func(s storage.ClientImpl) storage.ClientImpl {
		return pieceStorage{inner: s, piece: func(i int, p plainPiece) storage.PieceImpl {
			if i == 3 {
				return corruptPiece{p}
			}
			return p
		}}
	}})
	good := startNode(t, goodIP, Config{})
	leecher := startNode(t, "127.0.0.7", Config{})
	ctx := testContext(t)
	sh, err := bad.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share on bad peer: %v", err)
	}
	if _, err := good.Share(ctx, src); err != nil {
		t.Fatalf("Share on good peer: %v", err)
	}

	// Only the bad peer is known at first, so the corrupt piece must come
	// from it; the good peer is added once the bad one is banned.
	type result struct {
		f   Fetched
		err error
	}
	done := make(chan result, 1)
	go func() {
		f, err := leecher.Fetch(ctx, FetchRequest{Target: Target{InfoHash: sh.InfoHash}, Dir: t.TempDir(), Peers: []string{bad.Addr()}})
		done <- result{f, err}
	}()
	for !slices.Contains(leecher.BannedPeers(), badIP) {
		select {
		case r := <-done:
			t.Fatalf("fetch ended before the bad peer was banned: %+v, %v", r.f, r.err)
		case <-ctx.Done():
			t.Fatalf("bad peer not banned: banned = %v, want %s among them", leecher.BannedPeers(), badIP)
		case <-time.After(20 * time.Millisecond):
		}
	}
	leecher.AddPeers(sh.InfoHash, []string{good.Addr()})
	r := <-done
	if r.err != nil {
		t.Fatalf("Fetch: %v", r.err)
	}
	got, err := os.ReadFile(r.f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("fetched content differs from the shared file")
	}
	if r.f.RejectedPieces < 1 {
		t.Errorf("rejected pieces = %d, want at least 1", r.f.RejectedPieces)
	}
	if banned := leecher.BannedPeers(); slices.Contains(banned, goodIP) {
		t.Errorf("banned = %v, want %s not banned", banned, goodIP)
	}
}

func TestInterruptedFetchResumes(t *testing.T) {
	data := randomBytes(3, 4<<20)
	src := filepath.Join(t.TempDir(), "input.bin")
	writeFile(t, src, data)
	seeder := startNode(t, "127.0.0.10", Config{})
	ctx := testContext(t)
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	dir := t.TempDir()

	// The first attempt can only get the first half: its one peer has no
	// more. It is killed there, node and all.
	half := startNode(t, "127.0.0.18", Config{Storage: func(s storage.ClientImpl) storage.ClientImpl {
		return pieceStorage{inner: s, piece: func(i int, p plainPiece) storage.PieceImpl {
			if i >= sh.Pieces/2 {
				return missingPiece{p}
			}
			return p
		}}
	}})
	if _, err := half.Share(ctx, src); err != nil {
		t.Fatalf("Share on half peer: %v", err)
	}
	first := startNode(t, "127.0.0.11", Config{ProgressInterval: 10 * time.Millisecond})
	killCtx, kill := context.WithCancel(ctx)
	var had int64
	_, err = first.Fetch(killCtx, FetchRequest{
		Target: Target{InfoHash: sh.InfoHash}, Dir: dir, Peers: []string{half.Addr()},
		Progress: func(p Progress) {
			if p.Done >= int64(sh.Pieces/2)*sh.PieceLength && had == 0 {
				had = p.Done
				kill()
			}
		},
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("first Fetch: got %v, want context.Canceled", err)
	}
	first.Close()
	if had == 0 || had >= int64(len(data)) {
		t.Fatalf("first attempt had %d of %d bytes, want part of them", had, len(data))
	}

	second := startNode(t, "127.0.0.12", Config{})
	f, err := second.Fetch(ctx, FetchRequest{Target: Target{InfoHash: sh.InfoHash}, Dir: dir, Peers: []string{seeder.Addr()}})
	if err != nil {
		t.Fatalf("second Fetch: %v", err)
	}
	got, err := os.ReadFile(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("resumed content differs from the shared file")
	}
	t.Logf("first attempt kept %d bytes; second fetched %d of %d", had, f.FromPeers, len(data))
	if limit := int64(len(data)) - had; f.FromPeers > limit {
		t.Errorf("second attempt fetched %d bytes, want at most %d (%d were already on disk)", f.FromPeers, limit, had)
	}
}

func TestFetchQuotaExceeded(t *testing.T) {
	data := randomBytes(4, 512<<10)
	src := filepath.Join(t.TempDir(), "big.bin")
	writeFile(t, src, data)
	seeder := startNode(t, "127.0.0.13", Config{})
	ctx := testContext(t)
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	leecher := startNode(t, "127.0.0.14", Config{})
	root := t.TempDir()
	task, err := leecher.OpenTask(root, "task-1", 100<<10)
	if err != nil {
		t.Fatalf("OpenTask: %v", err)
	}
	_, err = task.Fetch(ctx, FetchRequest{Target: Target{InfoHash: sh.InfoHash}, Peers: []string{seeder.Addr()}})
	if !errors.Is(err, ErrQuotaExceeded) {
		t.Fatalf("Fetch over quota: got %v, want ErrQuotaExceeded", err)
	}
	entries, err := os.ReadDir(task.Dir())
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("task dir holds %d entries after the refused fetch (first %q), want none", len(entries), entries[0].Name())
	}
	if err := task.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := os.Stat(task.Dir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("task dir after Close: stat error %v, want not exist", err)
	}
}

func TestTaskFetchAndCleanup(t *testing.T) {
	data := randomBytes(5, 200<<10)
	src := filepath.Join(t.TempDir(), "in.bin")
	writeFile(t, src, data)
	seeder := startNode(t, "127.0.0.15", Config{})
	ctx := testContext(t)
	sh, err := seeder.Share(ctx, src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	leecher := startNode(t, "127.0.0.16", Config{})
	task, err := leecher.OpenTask(t.TempDir(), "unit-7", 1<<20)
	if err != nil {
		t.Fatalf("OpenTask: %v", err)
	}
	f, err := task.Fetch(ctx, FetchRequest{Target: Target{InfoHash: sh.InfoHash}, Peers: []string{seeder.Addr()}})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if got, want := task.Used(), int64(len(data)); got != want {
		t.Errorf("task used = %d, want %d", got, want)
	}
	if err := task.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := os.Stat(f.Path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("input after task Close: stat error %v, want not exist", err)
	}
	if _, ok := leecher.Stats(sh.InfoHash); ok {
		t.Errorf("torrent still active after task Close, want dropped")
	}
}

func TestPackOutput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "output")
	writeFile(t, filepath.Join(dir, "result.txt"), []byte("42\n"))
	writeFile(t, filepath.Join(dir, "logs", "run.log"), []byte("ok\n"))
	n := startNode(t, "127.0.0.17", Config{})
	out, err := n.PackOutput(testContext(t), dir)
	if err != nil {
		t.Fatalf("PackOutput: %v", err)
	}
	want := []FileDigest{
		{Path: "logs/run.log", Size: 3, SHA256: fmt.Sprintf("%x", sha256.Sum256([]byte("ok\n")))},
		{Path: "result.txt", Size: 3, SHA256: fmt.Sprintf("%x", sha256.Sum256([]byte("42\n")))},
	}
	if !slices.Equal(out.Files, want) {
		t.Errorf("files = %+v, want %+v", out.Files, want)
	}
	if out.Name != "output" || out.Length != 6 {
		t.Errorf("torrent name %q length %d, want output and 6", out.Name, out.Length)
	}
}
