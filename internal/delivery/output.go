package delivery

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// FileDigest is the sha256 of one file of an output, by its slash-separated
// path relative to the output directory.
type FileDigest struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Output is what a miner reports for a finished unit: the torrent of its
// output directory and the digest of every file in it. Replicas are compared
// on the digests.
type Output struct {
	Shared
	Files []FileDigest
}

// HashFiles returns the digest of every regular file under dir, sorted by
// path.
func HashFiles(ctx context.Context, dir string) ([]FileDigest, error) {
	var out []FileDigest
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		sum, size, err := hashFile(p)
		if err != nil {
			return err
		}
		out = append(out, FileDigest{Path: filepath.ToSlash(rel), Size: size, SHA256: sum})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("hash files in %s: %w", dir, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

func hashFile(p string) (string, int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// PackOutput hashes every file of dir and shares dir as a torrent.
func (n *Node) PackOutput(ctx context.Context, dir string) (Output, error) {
	files, err := HashFiles(ctx, dir)
	if err != nil {
		return Output{}, err
	}
	sh, err := n.Share(ctx, dir)
	if err != nil {
		return Output{}, fmt.Errorf("pack output: %w", err)
	}
	return Output{Shared: sh, Files: files}, nil
}
