package cli

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/executor/executortest"
)

// engine returns a client of the local Docker engine, or skips when none
// answers (unless SONM_REQUIRE_DOCKER=1, where it fails).
func engine(t *testing.T) *client.Client {
	t.Helper()
	skip := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("SONM_REQUIRE_DOCKER") == "1" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format+" (set SONM_REQUIRE_DOCKER=1 to make this a failure)", args...)
	}
	c, err := client.New(client.FromEnv)
	if err != nil {
		skip("docker client: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := c.Ping(ctx, client.PingOptions{NegotiateAPIVersion: true}); err != nil {
		skip("no Docker engine reachable: %v", err)
	}
	return c
}

// configID is the image ID a docker-save tarball holds: the sha256 of its
// config, computed here independently of the code under test.
func configID(t *testing.T, tarball []byte) string {
	t.Helper()
	files := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(tarball))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		files[h.Name] = b
	}
	var m []struct{ Config string }
	if err := json.Unmarshal(files["manifest.json"], &m); err != nil || len(m) != 1 {
		t.Fatalf("manifest: %v (%d images)", err, len(m))
	}
	sum := sha256.Sum256(files[m[0].Config])
	return "sha256:" + hex.EncodeToString(sum[:])
}

// guestBinary builds the executors' test guest (a static binary).
func guestBinary(t *testing.T) []byte {
	t.Helper()
	bin, err := executortest.BuildGuest(t.TempDir(), "linux")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A miner prepares a buyer's image the same way in `sonm miner exec` and
// `sonm miner run`: a local image under the same tag (stale, or planted by
// another task) must not stand in for the one in the task's bundle. The
// spec's unit opens /buyer, which only the buyer's image holds.
func TestMinerExecRunsTheSpecsTarballNotALocalImageOfTheSameTag(t *testing.T) {
	api := engine(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	guest := guestBinary(t)
	suffix := make([]byte, 6)
	rand.Read(suffix)
	ref := "sonm-cli-test-prep:" + hex.EncodeToString(suffix)
	image := func(marker string) []byte {
		var b bytes.Buffer
		if err := docker.WriteImageTar(&b, docker.ImageSpec{Ref: ref, Files: map[string][]byte{"guest": guest, marker: []byte(marker)}, Entrypoint: []string{"/guest"}}); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			api.ImageRemove(context.Background(), configID(t, b.Bytes()), client.ImageRemoveOptions{Force: true})
		})
		return b.Bytes()
	}
	if _, err := docker.LoadImage(ctx, api, bytes.NewReader(image("impostor"))); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "buyer.tar"), image("buyer"), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := "name: t\nexecutor: docker\nimage:\n  ref: " + ref + "\n  tarball: buyer.tar\nargs: [open, /buyer]\n"
	if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Run(ctx, []string{"miner", "exec", filepath.Join(dir, "spec.yaml"), "--out", t.TempDir(), "--json"}, nil, &stdout, &stderr)
	if code != 0 {
		t.Errorf("exit code: got %d, want 0: the unit did not run the buyer's image (stdout %q, stderr %q)", code, stdout.String(), stderr.String())
	}
}
