package executor

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// CollectOutputs hashes the files a unit left under dir. With declared paths
// it collects those (a declared directory is collected recursively) and
// reports the ones that are absent; without, it collects everything.
//
// The sandbox controls what is in dir, so symbolic links and other non-regular
// files are skipped, and files are opened through an os.Root so that nothing
// outside dir is ever read.
func CollectOutputs(dir string, declared []string) ([]Output, []string, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("open output dir: %w", err)
	}
	defer root.Close()

	if len(declared) == 0 {
		declared = []string{"."}
	}
	seen := map[string]bool{}
	var outs []Output
	var missing []string
	for _, d := range declared {
		clean := path.Clean(strings.TrimPrefix(d, "/"))
		if clean == ".." || strings.HasPrefix(clean, "../") {
			return nil, nil, fmt.Errorf("output %q: %w: leaves the output directory", d, ErrInvalidJob)
		}
		fi, err := root.Lstat(clean)
		if errors.Is(err, fs.ErrNotExist) {
			missing = append(missing, d)
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("output %q: %w", d, err)
		}
		if !fi.Mode().IsRegular() && !fi.IsDir() {
			// A link or device the unit left where an output belongs.
			missing = append(missing, d)
			continue
		}
		err = fs.WalkDir(root.FS(), clean, func(p string, de fs.DirEntry, werr error) error {
			if werr != nil {
				return werr
			}
			if !de.Type().IsRegular() || seen[p] {
				return nil
			}
			seen[p] = true
			o, err := hashFile(root, p)
			if err != nil {
				return err
			}
			outs = append(outs, o)
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("collect %q: %w", d, err)
		}
	}
	sort.Slice(outs, func(i, j int) bool { return outs[i].Path < outs[j].Path })
	return outs, missing, nil
}

func hashFile(root *os.Root, p string) (Output, error) {
	f, err := root.Open(p)
	if err != nil {
		return Output{}, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return Output{}, fmt.Errorf("hash %s: %w", p, err)
	}
	return Output{Path: p, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}
