package hellodocker

import (
	"archive/tar"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/sonm-io/sonm/internal/taskspec"
)

// The tarball holds one image named Ref, in the layout `docker load` reads.
func TestBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "hello-docker.tar")
	if err := Build(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr := tar.NewReader(f)
	var tags []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Name != "manifest.json" {
			continue
		}
		var m []struct{ RepoTags []string }
		if err := json.NewDecoder(tr).Decode(&m); err != nil {
			t.Fatal(err)
		}
		for _, e := range m {
			tags = append(tags, e.RepoTags...)
		}
	}
	if len(tags) != 1 || tags[0] != Ref {
		t.Errorf("got tags %q, want [%s]", tags, Ref)
	}
}

func TestBuildWithoutGo(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := Build(context.Background(), filepath.Join(t.TempDir(), "x.tar"))
	if !errors.Is(err, ErrNoGo) {
		t.Errorf("got %v, want ErrNoGo", err)
	}
}

// The embedded spec is valid and names the image Build makes.
func TestSpec(t *testing.T) {
	data, err := Files.ReadFile("spec.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := taskspec.Parse(data, ".")
	if err != nil {
		t.Fatal(err)
	}
	if s.Image == nil || s.Image.Ref != Ref || s.Image.Tarball != "hello-docker.tar" {
		t.Errorf("got image %+v, want ref %s, tarball hello-docker.tar", s.Image, Ref)
	}
	if got := s.UnitCount(); got != 4 {
		t.Errorf("got %d units, want 4", got)
	}
}
