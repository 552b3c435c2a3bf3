package delivery

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFetchURL(t *testing.T) {
	body := randomBytes(9, 100_000)
	good := fmt.Sprintf("%x", sha256.Sum256(body))
	bad := strings.Repeat("ab", 32)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/data":
			w.Write(body)
		case "/chunked": // no Content-Length: the quota is enforced while copying
			w.(http.Flusher).Flush()
			w.Write(body)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	tests := []struct {
		name    string
		path    string
		sha     string
		quota   int64
		wantErr error
		inErr   []string
	}{
		{name: "pinned hash matches", path: "/data", sha: good},
		{name: "uppercase hash matches", path: "/data", sha: strings.ToUpper(good)},
		{name: "mismatch names both hashes", path: "/data", sha: bad, wantErr: ErrHashMismatch, inErr: []string{bad, good}},
		{name: "over quota by content length", path: "/data", sha: good, quota: 1000, wantErr: ErrQuotaExceeded},
		{name: "over quota while streaming", path: "/chunked", sha: good, quota: 1000, wantErr: ErrQuotaExceeded},
		{name: "not found", path: "/missing", sha: good, inErr: []string{"404"}},
		{name: "hash required", path: "/data", sha: "", inErr: []string{"sha256 must be 64 hex"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			dst := filepath.Join(dir, "input.bin")
			n, err := FetchURL(context.Background(), srv.Client(), URLInput{URL: srv.URL + tc.path, SHA256: tc.sha}, dst, tc.quota)
			if tc.wantErr == nil && len(tc.inErr) == 0 {
				if err != nil {
					t.Fatalf("FetchURL: %v", err)
				}
				got, _ := os.ReadFile(dst)
				if n != int64(len(body)) || string(got) != string(body) {
					t.Errorf("got %d bytes, want the %d served", n, len(body))
				}
				return
			}
			if err == nil {
				t.Fatalf("FetchURL: got no error, want one")
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("got %v, want %v", err, tc.wantErr)
			}
			for _, s := range tc.inErr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("left %d files behind (first %q), want none", len(entries), entries[0].Name())
			}
		})
	}
}

func TestURLInputValidate(t *testing.T) {
	sha := strings.Repeat("0", 64)
	tests := []struct {
		url     string
		wantErr bool
	}{
		{"https://example.org/x", false},
		{"http://127.0.0.1:8080/x", false},
		{"ftp://example.org/x", true},
		{"file:///etc/passwd", true},
		{"https:///nohost", true},
		{"::", true},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			err := URLInput{URL: tc.url, SHA256: sha}.Validate()
			if (err != nil) != tc.wantErr {
				t.Errorf("Validate(%q) = %v, want error %v", tc.url, err, tc.wantErr)
			}
		})
	}
}
