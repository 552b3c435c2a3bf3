package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/taskspec"
)

// guestTar is the test guest in an image tagged ref, with one more file,
// /marker, so that two calls with different markers give different images.
func guestTar(t *testing.T, ref, marker string) ([]byte, string) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteImageTar(&b, ImageSpec{Ref: ref, Files: map[string][]byte{"guest": testGuest, marker: []byte(marker)}, Entrypoint: []string{"/guest"}}); err != nil {
		t.Fatal(err)
	}
	id, err := TarballImageID(bytes.NewReader(b.Bytes()), ref)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		testClient.ImageRemove(context.Background(), id, client.ImageRemoveOptions{Force: true})
	})
	return b.Bytes(), id
}

func randomName(prefix string) string {
	b := make([]byte, 6)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// dockerSpec is a docker task naming its image by image; its tarball, if
// any, is written into the spec's directory.
func dockerSpec(t *testing.T, image string, tarball []byte) *taskspec.Spec {
	t.Helper()
	dir := t.TempDir()
	if tarball != nil {
		if err := os.WriteFile(filepath.Join(dir, "image.tar"), tarball, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	spec, err := taskspec.Parse([]byte("name: t\nexecutor: docker\nimage:\n"+image), dir)
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func isNotFound(err error) bool { return cerrdefs.IsNotFound(err) }

// A local image under the task's tag (stale, or planted) never stands in
// for the one the task's bundle carries: the tarball is loaded, and the unit
// runs the image it holds.
func TestPrepareRunsTheTasksTarballNotALocalImageOfTheSameTag(t *testing.T) {
	requireDocker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ref := randomName("sonm-test-prep:")
	impostor, impostorID := guestTar(t, ref, "impostor")
	if _, err := LoadImage(ctx, testClient, bytes.NewReader(impostor)); err != nil {
		t.Fatal(err)
	}
	buyers, buyersID := guestTar(t, ref, "buyer")
	if impostorID == buyersID {
		t.Fatalf("the two test images have one ID %s", buyersID)
	}

	tests := []struct {
		name  string
		image string
	}{
		{"tarball", "  ref: " + ref + "\n  tarball: image.tar\n"},
		{"tarball and its pinned ID", "  ref: " + ref + "\n  tarball: image.tar\n  sha256: " + strings.TrimPrefix(buyersID, "sha256:") + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The impostor holds the tag again before each case.
			if _, err := LoadImage(ctx, testClient, bytes.NewReader(impostor)); err != nil {
				t.Fatal(err)
			}
			id, err := NewImages(testClient, nil).Prepare(ctx, dockerSpec(t, tt.image, buyers))
			if err != nil {
				t.Fatal(err)
			}
			if id != buyersID {
				t.Fatalf("prepared image %s, want the tarball's %s (the local %s is %s)", id, buyersID, ref, impostorID)
			}
			e := newExecutor(t)
			j, stdout, _ := job(t, "open", "/buyer")
			j.Image = id
			res, err := e.Run(ctx, j)
			if err != nil {
				t.Fatal(err)
			}
			if res.ExitCode != 0 {
				t.Errorf("the prepared image has no /buyer: got exit %d (%s), want 0", res.ExitCode, stdout)
			}
		})
	}
}

// A tarball holding another image than the one the task pins is refused
// before it is loaded.
func TestPrepareRefusesATarballWhoseIDIsNotThePinnedOne(t *testing.T) {
	requireDocker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ref := randomName("sonm-test-prep:")
	other, otherID := guestTar(t, ref, "other")
	_, pinnedID := guestTar(t, ref, "pinned")
	spec := dockerSpec(t, "  ref: "+ref+"\n  tarball: image.tar\n  sha256: "+strings.TrimPrefix(pinnedID, "sha256:")+"\n", other)
	id, err := NewImages(testClient, nil).Prepare(ctx, spec)
	if !errors.Is(err, ErrImageMismatch) {
		t.Fatalf("got id %q, error %v, want ErrImageMismatch", id, err)
	}
	for _, s := range []string{otherID, pinnedID, "image.tar"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not name %s", err, s)
		}
	}
	if _, err := testClient.ImageInspect(ctx, otherID); !isNotFound(err) {
		t.Errorf("inspect the refused image: got %v, want not found (it was loaded)", err)
	}
}

// Without a tarball the task pins its image: the pinned ID runs even when
// the tag names another image; a bare tag is refused; a pinned image this
// engine lacks and cannot pull is refused with what to do.
func TestPreparePinnedReference(t *testing.T) {
	requireDocker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ref := randomName("sonm-test-prep:")
	pinned, pinnedID := guestTar(t, ref, "pinned")
	impostor, _ := guestTar(t, ref, "impostor")
	for _, b := range [][]byte{pinned, impostor} { // the impostor holds the tag
		if _, err := LoadImage(ctx, testClient, bytes.NewReader(b)); err != nil {
			t.Fatal(err)
		}
	}
	hexID := strings.TrimPrefix(pinnedID, "sha256:")
	tests := []struct {
		name    string
		image   string
		wantID  string
		wantErr error
		wantMsg string
	}{
		{"pinned ID", "  ref: " + ref + "\n  sha256: " + hexID + "\n", pinnedID, nil, ""},
		{"bare tag", "  ref: " + ref + "\n", "", ErrImageUnpinned, "pin it with image.sha256"},
		{"pinned, absent, unpullable", "  ref: 127.0.0.1:1/sonm-none:1\n  sha256: " + strings.Repeat("0", 64) + "\n", "", nil, "cannot be pulled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := NewImages(testClient, nil).Prepare(ctx, dockerSpec(t, tt.image, nil))
			if tt.wantID != "" {
				if err != nil || id != tt.wantID {
					t.Fatalf("got %q, %v, want %s", id, err, tt.wantID)
				}
				return
			}
			if err == nil {
				t.Fatalf("got %q, want an error", id)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("got %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got %q, want it to say %q", err, tt.wantMsg)
			}
		})
	}
}

func TestTarballImageID(t *testing.T) {
	var one bytes.Buffer
	if err := WriteImageTar(&one, ImageSpec{Ref: "sonm/a:1", Files: map[string][]byte{"x": []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	id, err := TarballImageID(bytes.NewReader(one.Bytes()), "")
	if err != nil || !strings.HasPrefix(id, "sha256:") || len(id) != 71 {
		t.Fatalf("got %q, %v, want a sha256 ID", id, err)
	}
	noManifest := func() []byte {
		var b bytes.Buffer
		tw := tar.NewWriter(&b)
		tw.WriteHeader(&tar.Header{Name: "x.json", Mode: 0o644, Size: 2})
		tw.Write([]byte("{}"))
		tw.Close()
		return b.Bytes()
	}()
	tests := []struct {
		name    string
		tarball []byte
		ref     string
		want    string // an ID, or a part of the error
	}{
		{"same tag", one.Bytes(), "sonm/a:1", id},
		{"full name", one.Bytes(), "docker.io/sonm/a:1", id},
		{"other tag", one.Bytes(), "sonm/a:2", "holds no image sonm/a:2 (it holds sonm/a:1)"},
		{"no manifest", noManifest, "", "no manifest.json"},
		{"not a tar", []byte("hello, this is not a tarball at all, not even close to one"), "", "not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := TarballImageID(bytes.NewReader(tt.tarball), tt.ref)
			if strings.HasPrefix(tt.want, "sha256:") {
				if err != nil || got != tt.want {
					t.Errorf("got %q, %v, want %s", got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, %v, want an error saying %q", got, err, tt.want)
			}
		})
	}
}

// retag rewrites the tags a docker-save tarball gives its image.
func retag(t *testing.T, tarball []byte, tags ...string) []byte {
	t.Helper()
	var out bytes.Buffer
	tr, tw := tar.NewReader(bytes.NewReader(tarball)), tar.NewWriter(&out)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(tr)
		if h.Name == "manifest.json" {
			var m []map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			m[0]["RepoTags"] = tags
			data, _ = json.Marshal(m)
			h.Size = int64(len(data))
		}
		tw.WriteHeader(h)
		tw.Write(data)
	}
	tw.Close()
	return out.Bytes()
}

// A task's tarball may name any tags; loading it must not take over the
// tags of the operator's own images (nor other tasks'): the image loads
// untagged and runs by its ID.
func TestPrepareLeavesTheEnginesTagsAlone(t *testing.T) {
	requireDocker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ref := randomName("sonm-test-prep:")
	victim := randomName("sonm-test-victim:")
	own, ownID := guestTar(t, victim, "operators-own")
	if _, err := LoadImage(ctx, testClient, bytes.NewReader(own)); err != nil {
		t.Fatal(err)
	}
	buyers, buyersID := guestTar(t, ref, "buyer")
	buyers = retag(t, buyers, ref, victim)
	id, err := NewImages(testClient, nil).Prepare(ctx, dockerSpec(t, "  ref: "+ref+"\n  tarball: image.tar\n", buyers))
	if err != nil || id != buyersID {
		t.Fatalf("got %q, %v, want %s", id, err, buyersID)
	}
	got, err := testClient.ImageInspect(ctx, victim)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != ownID {
		t.Errorf("the operator's %s is now image %s, want it left at %s", victim, got.ID, ownID)
	}
}
