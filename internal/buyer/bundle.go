package buyer

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/taskspec"
)

// localFile is one path a spec names on this machine.
type localFile struct {
	field string // "module.path", "inputs[1].path", "image.tarball"
	path  string // as written
}

func localFiles(spec *taskspec.Spec) []localFile {
	var out []localFile
	if spec.Module != nil && spec.Module.Path != "" {
		out = append(out, localFile{"module.path", spec.Module.Path})
	}
	if spec.Image != nil && spec.Image.Tarball != "" {
		out = append(out, localFile{"image.tarball", spec.Image.Tarball})
	}
	for i, in := range spec.Inputs {
		if in.Path != "" {
			out = append(out, localFile{fmt.Sprintf("inputs[%d].path", i), in.Path})
		}
	}
	return out
}

// bundlePath checks that p, a path from the spec, stays inside the spec's
// directory and returns it relative to that directory.
func bundlePath(spec *taskspec.Spec, lf localFile) (string, error) {
	where := lf.field
	if line := spec.Line(lf.field); line > 0 {
		where = fmt.Sprintf("%s (line %d)", lf.field, line)
	}
	if filepath.IsAbs(lf.path) {
		return "", fmt.Errorf("%w: %s: %q is an absolute path; the hub's miners cannot see this machine's files: "+
			"put it next to the spec and write it relative to the spec's directory", ErrBadSpec, where, lf.path)
	}
	rel := filepath.Clean(lf.path)
	if rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%w: %s: %q escapes the spec's directory %s: only files under it are sent to the hub; "+
			"move them there or point to them with url: or magnet:", ErrBadSpec, where, lf.path, spec.Dir)
	}
	return rel, nil
}

// Bundle copies every local file the spec names (module path, inputs with
// path:, image tarball) into a fresh directory at the same path relative to
// the spec's directory, shares it via Delivery, and returns its info hash
// (hex) and magnet; ("", "") when the spec names no local files. The
// bundle's name carries the spec's hash, so two specs never share one.
func (c *Client) Bundle(ctx context.Context, spec *taskspec.Spec, specBytes []byte) (infoHash, magnet string, err error) {
	files := localFiles(spec)
	if len(files) == 0 {
		return "", "", nil
	}
	if err := c.need("delivery"); err != nil {
		return "", "", err
	}
	rels := make([]string, len(files))
	for i, lf := range files {
		if rels[i], err = bundlePath(spec, lf); err != nil {
			return "", "", err
		}
	}
	tmp, err := os.MkdirTemp(c.cfg.WorkDir, "sonm-bundle-")
	if err != nil {
		return "", "", fmt.Errorf("bundle: %w", err)
	}
	c.mu.Lock()
	c.bundles = append(c.bundles, tmp)
	c.mu.Unlock()
	name := fmt.Sprintf("%s-%x", spec.Name, crypto.Keccak256(specBytes)[:4])
	root := filepath.Join(tmp, name)
	for i, lf := range files {
		src := filepath.Join(spec.Dir, rels[i])
		if err := copyTree(ctx, src, filepath.Join(root, rels[i])); err != nil {
			return "", "", fmt.Errorf("bundle %s %q: %w", lf.field, lf.path, err)
		}
	}
	sh, err := c.cfg.Delivery.Share(ctx, root)
	if err != nil {
		return "", "", fmt.Errorf("share the bundle of local files: %w", err)
	}
	c.cfg.Log.Info("bundle shared", "name", name, "info_hash", sh.InfoHash.HexString(), "bytes", sh.Length)
	return sh.InfoHash.HexString(), sh.Magnet, nil
}

// copyTree copies a file or a directory (following symbolic links to their
// content). A file named twice by the spec is copied once.
func copyTree(ctx context.Context, src, dst string) error {
	fi, err := os.Stat(src)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return copyFile(src, dst, fi)
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		fi, err := os.Stat(p)
		if err != nil {
			return err
		}
		switch {
		case fi.IsDir():
			if d.Type()&fs.ModeSymlink != 0 {
				return fmt.Errorf("%s is a link to a directory: copy the directory itself there", p)
			}
			return os.MkdirAll(target, 0o755)
		case fi.Mode().IsRegular():
			return copyFile(p, target, fi)
		default:
			return fmt.Errorf("%s is not a regular file", p)
		}
	})
}

func copyFile(src, dst string, fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", src)
	}
	if _, err := os.Stat(dst); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fi.Mode().Perm()|0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
