package delivery

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// ErrHashMismatch is returned when downloaded bytes do not have the pinned
// sha256.
var ErrHashMismatch = errors.New("sha256 mismatch")

// URLInput is an http(s) input pinned by the sha256 of its bytes.
type URLInput struct {
	URL string
	// SHA256 is the expected digest in hex; it is required.
	SHA256 string
}

// Validate checks the scheme and the digest's form.
func (in URLInput) Validate() error {
	u, err := url.Parse(in.URL)
	if err != nil {
		return fmt.Errorf("input url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("input url %q: scheme must be http or https", in.URL)
	}
	if u.Host == "" {
		return fmt.Errorf("input url %q: no host", in.URL)
	}
	b, err := hex.DecodeString(in.SHA256)
	if err != nil || len(b) != sha256.Size {
		return fmt.Errorf("input url %q: sha256 must be 64 hex characters, got %q", in.URL, in.SHA256)
	}
	return nil
}

// FetchURL downloads in.URL to dst, hashing as it goes. The file appears at
// dst only if its sha256 matches and it fits in quota bytes (zero: no
// limit); otherwise nothing is left behind.
func FetchURL(ctx context.Context, hc *http.Client, in URLInput, dst string, quota int64) (int64, error) {
	if err := in.Validate(); err != nil {
		return 0, err
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, in.URL, nil)
	if err != nil {
		return 0, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("fetch %s: http status %s", in.URL, resp.Status)
	}
	if quota > 0 && resp.ContentLength > quota {
		return 0, fmt.Errorf("fetch %s (%d bytes): %w: quota is %d bytes", in.URL, resp.ContentLength, ErrQuotaExceeded, quota)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return 0, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".part-*")
	if err != nil {
		return 0, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	var body io.Reader = resp.Body
	if quota > 0 {
		body = io.LimitReader(resp.Body, quota+1)
	}
	n, err := io.Copy(io.MultiWriter(tmp, h), body)
	if err != nil {
		return n, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	if quota > 0 && n > quota {
		return n, fmt.Errorf("fetch %s: %w: more than %d bytes", in.URL, ErrQuotaExceeded, quota)
	}
	got := hex.EncodeToString(h.Sum(nil))
	if want := strings.ToLower(in.SHA256); got != want {
		return n, fmt.Errorf("fetch %s: %w: want %s, got %s", in.URL, ErrHashMismatch, want, got)
	}
	if err := tmp.Close(); err != nil {
		return n, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return n, fmt.Errorf("fetch %s: %w", in.URL, err)
	}
	ok = true
	return n, nil
}
