package docker

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/taskspec"
)

// ImageAPI is the part of the Docker Engine API that prepares images.
type ImageAPI interface {
	ImageInspect(ctx context.Context, image string, _ ...client.ImageInspectOption) (client.ImageInspectResult, error)
	ImageLoad(ctx context.Context, input io.Reader, _ ...client.ImageLoadOption) (client.ImageLoadResult, error)
	ImagePull(ctx context.Context, ref string, options client.ImagePullOptions) (client.ImagePullResponse, error)
}

var _ ImageAPI = (*client.Client)(nil)

// ErrImageMismatch reports an image whose ID is not the one the task names.
var ErrImageMismatch = errors.New("image is not the one the task names")

// ErrImageUnpinned reports a task naming its image by a tag alone.
var ErrImageUnpinned = taskspec.ErrImageUnpinned

// Bounds on what is read from a task's image tarball before it is loaded.
const (
	maxManifestBytes = 1 << 20
	maxTarEntries    = 1 << 16
	maxConfigName    = 256
)

// Images prepares the images of Docker tasks: it makes the exact image the
// task names present, and returns its ID, which is what a unit must run. A
// local image under the task's tag never stands in for the task's own: the
// tag is mutable, and a stale image or one loaded by another task may hold
// it.
type Images struct {
	api ImageAPI
	log *slog.Logger
}

// NewImages returns a preparer using api; log may be nil.
func NewImages(api ImageAPI, log *slog.Logger) *Images {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Images{api: api, log: log}
}

// Prepare makes the image of spec present and returns its ID
// ("sha256:..."), to be run in place of spec.Image.Ref:
//
//   - a tarball (the task's bundle carries it) is always loaded, even when
//     the engine has an image of the same reference; the ID is that of the
//     image the tarball holds, which must equal image.sha256 when the task
//     pins one;
//   - otherwise the task must pin its image: by image.sha256 (the image ID)
//     or by a digest reference (name@sha256:...); what the engine lacks is
//     pulled, and what it then holds must have the pinned ID.
func (im *Images) Prepare(ctx context.Context, spec *taskspec.Spec) (string, error) {
	if spec.Image == nil {
		return "", fmt.Errorf("%w: a docker task names no image", taskspec.ErrInvalid)
	}
	img := *spec.Image
	pin := ""
	if img.SHA256 != "" {
		pin = "sha256:" + strings.ToLower(img.SHA256)
	}
	if img.Tarball != "" {
		return im.load(ctx, img.Ref, spec.Resolve(img.Tarball), pin)
	}
	switch {
	case pin != "":
		return im.present(ctx, img.Ref, pin, pin)
	case img.Pinned(): // a digest reference
		return im.present(ctx, img.Ref, img.Ref, "")
	}
	return "", img.CheckPinned()
}

// load loads the tarball at p and returns the ID of the image it holds
// under ref, refusing one whose ID is not pin (when given).
func (im *Images) load(ctx context.Context, ref, p, pin string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", fmt.Errorf("image %s: its tarball cannot be read: %w", ref, err)
	}
	defer f.Close()
	id, err := TarballImageID(f, ref)
	if err != nil {
		return "", fmt.Errorf("image %s: tarball %s: %w", ref, p, err)
	}
	if pin != "" && id != pin {
		return "", fmt.Errorf("%w: tarball %s holds image %s, the task pins %s", ErrImageMismatch, p, id, pin)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	// Loaded untagged: the tarball's tags would move the engine's own
	// (the operator's images, other tasks'); the unit runs by ID anyway.
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(untagged(pw, f)) }()
	msg, err := LoadImage(ctx, im.api, pr)
	pr.CloseWithError(io.ErrClosedPipe) // ends the copy if the load stopped early
	if err != nil {
		return "", fmt.Errorf("image %s: %w", ref, err)
	}
	got, err := im.api.ImageInspect(ctx, id)
	if err != nil {
		return "", fmt.Errorf("image %s: the engine loaded tarball %s (%s) but has no image %s: %w", ref, p, msg, id, err)
	}
	if got.ID != id {
		// An engine that names images by something else than their config
		// digest (the containerd image store) cannot be checked this way.
		return "", fmt.Errorf("%w: the engine holds %s as image %s, want %s", ErrImageMismatch, ref, got.ID, id)
	}
	im.log.Info("image loaded from the task's tarball", "image", ref, "id", id)
	return id, nil
}

// present returns the ID of the image the engine finds by key (a pinned ID
// or a digest reference), pulling ref when it has none; a pulled image must
// have the ID pin (when given).
func (im *Images) present(ctx context.Context, ref, key, pin string) (string, error) {
	got, err := im.api.ImageInspect(ctx, key)
	if err == nil {
		return checkID(ref, got.ID, pin)
	}
	if !cerrdefs.IsNotFound(err) {
		return "", fmt.Errorf("image %s: %w", ref, err)
	}
	im.log.Info("pulling image", "image", ref)
	resp, err := im.api.ImagePull(ctx, ref, client.ImagePullOptions{})
	if err == nil {
		err = resp.Wait(ctx)
	}
	if err != nil {
		return "", fmt.Errorf("image %s is not on this machine and cannot be pulled (%w); load it with `sonm image load FILE.tar`", ref, err)
	}
	if got, err = im.api.ImageInspect(ctx, key); err == nil {
		return checkID(ref, got.ID, pin)
	}
	if pulled, err := im.api.ImageInspect(ctx, ref); err == nil {
		return "", fmt.Errorf("%w: %s pulled as image %s, the task pins %s", ErrImageMismatch, ref, pulled.ID, key)
	}
	return "", fmt.Errorf("image %s: pulled, yet the engine has no image %s: %w", ref, key, err)
}

func checkID(ref, id, pin string) (string, error) {
	if pin != "" && id != pin {
		return "", fmt.Errorf("%w: %s is image %s, the task pins %s", ErrImageMismatch, ref, id, pin)
	}
	return id, nil
}

// untagged copies a docker-save tarball from r to w without its tags: the
// manifest's RepoTags are dropped, and so are the files that name images
// by tag ("repositories", and the OCI index with its annotations).
func untagged(w io.Writer, r io.Reader) error {
	tr, tw := tar.NewReader(r), tar.NewWriter(w)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return tw.Close()
		}
		if err != nil {
			return err
		}
		switch path.Clean(strings.TrimPrefix(h.Name, "./")) {
		case "repositories", "index.json", "oci-layout":
			continue
		case "manifest.json":
			if h.Size > maxManifestBytes {
				return fmt.Errorf("manifest.json is %d bytes, more than %d", h.Size, maxManifestBytes)
			}
			data, err := io.ReadAll(io.LimitReader(tr, maxManifestBytes))
			if err != nil {
				return err
			}
			var images []map[string]json.RawMessage
			if err := json.Unmarshal(data, &images); err != nil {
				return fmt.Errorf("manifest.json: %w", err)
			}
			for _, m := range images {
				delete(m, "RepoTags")
			}
			if data, err = json.Marshal(images); err != nil {
				return err
			}
			h.Size = int64(len(data))
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			if _, err := tw.Write(data); err != nil {
				return err
			}
			continue
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := io.Copy(tw, tr); err != nil {
			return err
		}
	}
}

// TarballImageID returns the ID ("sha256:" and the hex sha256 of its
// config) of the image tagged ref in a tarball written by `docker save`, or
// of its only image when ref is empty. It reads the whole tarball once,
// keeping only the digests of its files and a bounded manifest.
func TarballImageID(r io.Reader, ref string) (string, error) {
	sums := map[string]string{}
	var manifest []byte
	tr := tar.NewReader(r)
	for n := 0; ; n++ {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("not an image tarball: %w", err)
		}
		if n >= maxTarEntries {
			return "", fmt.Errorf("more than %d files: not an image tarball", maxTarEntries)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		name := path.Clean(strings.TrimPrefix(h.Name, "./"))
		if name == "manifest.json" {
			if h.Size > maxManifestBytes {
				return "", fmt.Errorf("manifest.json is %d bytes, more than %d", h.Size, maxManifestBytes)
			}
			if manifest, err = io.ReadAll(io.LimitReader(tr, maxManifestBytes)); err != nil {
				return "", err
			}
			continue
		}
		if len(name) > maxConfigName {
			continue // not a config: keep memory bounded by the count
		}
		hs := sha256.New()
		if _, err := io.Copy(hs, tr); err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
		sums[name] = "sha256:" + hex.EncodeToString(hs.Sum(nil))
	}
	if manifest == nil {
		return "", errors.New("no manifest.json: not a tarball written by `docker save`")
	}
	var images []struct {
		Config   string
		RepoTags []string
	}
	if err := json.Unmarshal(manifest, &images); err != nil {
		return "", fmt.Errorf("manifest.json: %w", err)
	}
	var found []string
	var tags []string
	for _, m := range images {
		if ref == "" || hasTag(m.RepoTags, ref) {
			found = append(found, path.Clean(strings.TrimPrefix(m.Config, "./")))
		}
		tags = append(tags, m.RepoTags...)
	}
	switch {
	case ref == "" && len(found) != 1:
		return "", fmt.Errorf("holds %d images, want one", len(found))
	case len(found) == 0:
		return "", fmt.Errorf("holds no image %s (it holds %s)", ref, strings.Join(tags, ", "))
	case len(found) > 1:
		return "", fmt.Errorf("holds %d images tagged %s", len(found), ref)
	}
	id, ok := sums[found[0]]
	if !ok {
		return "", fmt.Errorf("its manifest names config %s, which it does not hold", found[0])
	}
	return id, nil
}

// hasTag says whether tags (as `docker save` writes them: familiar names)
// holds ref, which may be spelled in full or without a tag.
func hasTag(tags []string, ref string) bool {
	want := familiar(ref)
	for _, t := range tags {
		if familiar(t) == want {
			return true
		}
	}
	return false
}

func familiar(ref string) string {
	ref = strings.TrimPrefix(ref, "docker.io/")
	ref = strings.TrimPrefix(ref, "library/")
	if i := strings.LastIndexByte(ref, '/'); !strings.Contains(ref[i+1:], ":") {
		ref += ":latest"
	}
	return ref
}
