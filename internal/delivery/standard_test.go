package delivery

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// transmission is a standard BitTorrent client (Debian's transmission-cli),
// which, like most, refuses requests over 16 KiB. CI installs it; elsewhere
// the test runs where it is found.
func transmission(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("transmission-cli")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("transmission-cli not found: CI installs it to test against a standard BitTorrent client")
		}
		t.Skip("transmission-cli not found (apt-get install transmission-cli)")
	}
	return p
}

// transmissionSettings keep the client on loopback peers only: no DHT, no
// local discovery, no peer exchange, no port mapping, plain connections.
const transmissionSettings = `{"dht-enabled": false, "lpd-enabled": false, "pex-enabled": false,
 "port-forwarding-enabled": false, "utp-enabled": false, "blocklist-enabled": false, "encryption": 0,
 "bind-address-ipv4": "127.0.0.1", "bind-address-ipv6": "::1", "rpc-enabled": false}`

// seedWithStandardClient shares src with a sonm node only to make its
// .torrent, then seeds it from transmission alone and returns the target
// and the client's address.
func seedWithStandardClient(t *testing.T, data []byte) (Target, string) {
	t.Helper()
	bin := transmission(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "data.bin")
	writeFile(t, src, data)
	maker := startNode(t, "127.0.0.31", Config{})
	sh, err := maker.Share(testContext(t), src)
	if err != nil {
		t.Fatalf("Share: %v", err)
	}
	maker.Close()
	tf := filepath.Join(t.TempDir(), "data.torrent")
	if err := os.WriteFile(tf, sh.Torrent, 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	conf := t.TempDir()
	if err := os.WriteFile(filepath.Join(conf, "settings.json"), []byte(transmissionSettings), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, "-g", conf, "-w", dir, "-p", fmt.Sprint(port), "-M", "-et", tf)
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("transmission-cli output (last 2000 bytes):\n%s", tail(out.String(), 2000))
		}
	})
	// Peers that connect before the client has checked its copy are
	// turned away, and a peer given once is not dialled again soon.
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), "Seeding") {
		if time.Now().After(deadline) {
			t.Fatal("transmission-cli is not seeding after 30 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	return Target{InfoHash: sh.InfoHash, Name: sh.Name}, addr
}

// A standard client refuses requests over 16 KiB: a fetch from it must use
// 16 KiB blocks (the default for peers not known to be sonm).
func TestFetchFromStandardClient(t *testing.T) {
	data := randomBytes(31, 3<<20)
	target, addr := seedWithStandardClient(t, data)
	n := startNode(t, "127.0.0.32", Config{BlockSize: MinBlockSize})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()
	f, err := n.Fetch(ctx, FetchRequest{Target: target, Dir: dir, Peers: []string{addr}, StallTimeout: 30 * time.Second})
	if err != nil {
		t.Fatalf("Fetch from transmission: %v", err)
	}
	got, err := os.ReadFile(f.Path)
	if err != nil || string(got) != string(data) {
		t.Fatalf("fetched %d bytes (err %v), want the %d bytes transmission seeds", len(got), err, len(data))
	}
}

// A fetch that makes no progress ends with the reason instead of waiting
// silently for its context: here 128 KiB requests, which transmission refuses.
func TestFetchStallSaysWhy(t *testing.T) {
	target, addr := seedWithStandardClient(t, randomBytes(32, 1<<20))
	n := startNode(t, "127.0.0.33", Config{BlockSize: MaxBlockSize})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, err := n.Fetch(ctx, FetchRequest{Target: target, Dir: t.TempDir(), Peers: []string{addr}, StallTimeout: 3 * time.Second})
	if !errors.Is(err, ErrStalled) {
		t.Fatalf("got %v, want ErrStalled", err)
	}
	if !strings.Contains(err.Error(), "16 KiB") {
		t.Errorf("error %q does not mention the 16 KiB block size", err)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
