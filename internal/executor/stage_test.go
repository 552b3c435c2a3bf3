package executor

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/sonm-io/sonm/internal/taskspec"
)

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestStageInputsAndModule(t *testing.T) {
	specDir := t.TempDir()
	os.WriteFile(filepath.Join(specDir, "a.txt"), []byte("local file"), 0o644)
	os.MkdirAll(filepath.Join(specDir, "data", "deep"), 0o755)
	os.WriteFile(filepath.Join(specDir, "data", "deep", "b.txt"), []byte("in a dir"), 0o644)
	os.WriteFile(filepath.Join(specDir, "m.wasm"), []byte("module bytes"), 0o644)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("from " + r.URL.Path))
	}))
	defer srv.Close()

	tests := []struct {
		name    string
		spec    string
		want    map[string]string // staged file -> content
		wantErr error
	}{
		{"local file and dir", "inputs:\n  - path: a.txt\n  - path: data\n", map[string]string{"a.txt": "local file", "data/deep/b.txt": "in a dir"}, nil},
		{"url pinned", "inputs:\n  - url: " + srv.URL + "/x.bin\n    sha256: " + sum([]byte("from /x.bin")) + "\n", map[string]string{"x.bin": "from /x.bin"}, nil},
		{"url hash mismatch", "inputs:\n  - url: " + srv.URL + "/x.bin\n    sha256: " + sum([]byte("other")) + "\n", nil, ErrHashMismatch},
		{"magnet needs delivery", "inputs:\n  - magnet: magnet:?xt=urn:btih:abc\n    name: m\n", nil, ErrUnsupportedSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec, err := taskspec.Parse([]byte("name: s\nexecutor: wasm\nmodule: m.wasm\n"+tt.spec), specDir)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(t.TempDir(), "in")
			err = Fetcher{}.StageInputs(context.Background(), spec, dir)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			for p, want := range tt.want {
				got, err := os.ReadFile(filepath.Join(dir, p))
				if err != nil || string(got) != want {
					t.Errorf("%s: got %q (%v), want %q", p, got, err, want)
				}
			}
		})
	}

	t.Run("module pinned by path", func(t *testing.T) {
		good := "name: s\nexecutor: wasm\nmodule:\n  path: m.wasm\n  sha256: " + sum([]byte("module bytes")) + "\n"
		spec, err := taskspec.Parse([]byte(good), specDir)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Fetcher{}.Module(context.Background(), spec, t.TempDir())
		if err != nil || p != filepath.Join(specDir, "m.wasm") {
			t.Errorf("got %q, %v; want the local path", p, err)
		}
		spec.Module.SHA256 = sum([]byte("tampered"))
		if _, err := (Fetcher{}).Module(context.Background(), spec, t.TempDir()); !errors.Is(err, ErrHashMismatch) {
			t.Errorf("tampered: got %v, want ErrHashMismatch", err)
		}
	})
	t.Run("module by url cached", func(t *testing.T) {
		want := sum([]byte("from /m.wasm"))
		spec, err := taskspec.Parse([]byte("name: s\nexecutor: wasm\nmodule:\n  url: "+srv.URL+"/m.wasm\n  sha256: "+want+"\n"), specDir)
		if err != nil {
			t.Fatal(err)
		}
		cache := t.TempDir()
		p, err := Fetcher{}.Module(context.Background(), spec, cache)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(p)
		if sum(data) != want {
			t.Errorf("downloaded module: got sha256 %s, want %s", sum(data), want)
		}
	})
}

func TestCollectOutputsSkipsSymlinks(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(secret, []byte("host secret"), 0o644)
	os.WriteFile(filepath.Join(dir, "real.txt"), []byte("ok"), 0o644)
	os.Symlink(secret, filepath.Join(dir, "link.txt"))
	tests := []struct {
		name     string
		declared []string
		want     []string
		missing  int
	}{
		{"everything", nil, []string{"real.txt"}, 0},
		{"declared symlink", []string{"link.txt"}, nil, 1},
		{"declared absent", []string{"nope"}, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outs, missing, err := CollectOutputs(dir, tt.declared)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range outs {
				got = append(got, o.Path)
			}
			if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) || len(missing) != tt.missing {
				t.Errorf("got %v missing %v, want %v missing %d", got, missing, tt.want, tt.missing)
			}
		})
	}
	if _, _, err := CollectOutputs(dir, []string{"../x"}); !errors.Is(err, ErrInvalidJob) {
		t.Errorf("escaping path: got %v, want ErrInvalidJob", err)
	}
}

func TestJobForNetwork(t *testing.T) {
	tests := []struct {
		name    string
		network bool
		ports   []int
		want    bool
	}{
		{"off", false, nil, false},
		{"asked", true, nil, true},
		{"ports alone do not turn it on", false, []int{8080}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := &taskspec.Spec{Network: tt.network, Ports: tt.ports}
			j := JobFor(spec, taskspec.Unit{}, "t", "", "/out")
			if j.Network != tt.want {
				t.Errorf("Network: got %v, want %v", j.Network, tt.want)
			}
		})
	}
}
