package docker

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"time"
)

// ImageSpec describes a single-layer image built FROM scratch.
type ImageSpec struct {
	Ref        string            // "name:tag"
	Files      map[string][]byte // path in the image -> content (mode 0755)
	Entrypoint []string
	User       string
	Env        []string
}

// WriteImageTar writes spec as a tarball in the format `docker save` writes
// and `docker load` (or ImageLoad) reads, without needing a Docker engine or
// a registry. The output is deterministic: the same spec gives the same bytes.
func WriteImageTar(w io.Writer, spec ImageSpec) error {
	var layer bytes.Buffer
	if err := writeLayer(&layer, spec.Files); err != nil {
		return err
	}
	layerSum := sha256.Sum256(layer.Bytes())
	layerID := hex.EncodeToString(layerSum[:])

	epoch := time.Unix(0, 0).UTC()
	cfg := map[string]any{
		"architecture": runtime.GOARCH,
		"os":           "linux",
		"created":      epoch.Format(time.RFC3339),
		"config": map[string]any{
			"Entrypoint": spec.Entrypoint,
			"User":       spec.User,
			"Env":        spec.Env,
		},
		"rootfs":  map[string]any{"type": "layers", "diff_ids": []string{"sha256:" + layerID}},
		"history": []map[string]any{{"created": epoch.Format(time.RFC3339), "created_by": "sonm WriteImageTar"}},
	}
	cfgJSON, err := json.Marshal(cfg)
	if err != nil {
		return err
	}
	cfgSum := sha256.Sum256(cfgJSON)
	cfgName := hex.EncodeToString(cfgSum[:]) + ".json"
	manifest, err := json.Marshal([]map[string]any{{
		"Config":   cfgName,
		"RepoTags": []string{spec.Ref},
		"Layers":   []string{layerID + "/layer.tar"},
	}})
	if err != nil {
		return err
	}
	tw := tar.NewWriter(w)
	entries := []struct {
		name string
		data []byte
	}{
		{layerID + "/layer.tar", layer.Bytes()},
		{cfgName, cfgJSON},
		{"manifest.json", manifest},
	}
	for _, e := range entries {
		if err := writeFile(tw, e.name, e.data, 0o644); err != nil {
			return err
		}
	}
	return tw.Close()
}

func writeLayer(w io.Writer, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	tw := tar.NewWriter(w)
	for _, n := range names {
		if err := writeFile(tw, n, files[n], 0o755); err != nil {
			return err
		}
	}
	return tw.Close()
}

func writeFile(tw *tar.Writer, name string, data []byte, mode int64) error {
	for len(name) > 0 && name[0] == '/' {
		name = name[1:]
	}
	h := &tar.Header{Name: name, Mode: mode, Size: int64(len(data)), Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0), Format: tar.FormatPAX}
	if err := tw.WriteHeader(h); err != nil {
		return fmt.Errorf("image tar %s: %w", name, err)
	}
	_, err := tw.Write(data)
	return err
}
