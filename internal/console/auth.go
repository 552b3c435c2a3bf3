package console

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// The console trusts one secret: a random token printed at start as part
// of the URL to open (as Jupyter does). The first request that carries it
// in the query gets it back as an HttpOnly, SameSite=Strict cookie and is
// redirected to the same address without it, so that the token leaves the
// address bar and the history. Every other request needs the cookie (or
// the token as a Bearer header, for scripts); anything else is 401.

// CookieName is the cookie that carries the token after the first visit.
const CookieName = "sonm_console"

const tokenBytes = 32

func newToken(r io.Reader) (string, error) {
	b := make([]byte, tokenBytes)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", fmt.Errorf("make token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// tokensEqual compares in time that depends on neither value: both sides
// are hashed first so that not even the length of the guess matters.
func tokensEqual(a, b string) bool {
	ha, hb := sha256.Sum256([]byte(a)), sha256.Sum256([]byte(b))
	return subtle.ConstantTimeCompare(ha[:], hb[:]) == 1
}

func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Has("token") {
			if !s.equal(q.Get("token"), s.token) {
				unauthorized(w)
				return
			}
			http.SetCookie(w, &http.Cookie{
				Name: CookieName, Value: s.token, Path: "/",
				HttpOnly: true, SameSite: http.SameSiteStrictMode,
			})
			q.Del("token")
			http.Redirect(w, r, localTarget(r.URL.Path, q.Encode()), http.StatusSeeOther)
			return
		}
		if c, err := r.Cookie(CookieName); err == nil && s.equal(c.Value, s.token) {
			next.ServeHTTP(w, r)
			return
		}
		if b, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && s.equal(b, s.token) {
			next.ServeHTTP(w, r)
			return
		}
		unauthorized(w)
	})
}

// localTarget is the redirect after the token: the same path on this
// host, never another one ("//evil.example/" is a path to a browser's
// Location but another host).
func localTarget(path, query string) string {
	if !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") || strings.HasPrefix(path, "/\\") {
		path = "/"
	}
	if query != "" {
		return path + "?" + query
	}
	return path
}

func unauthorized(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "401 unauthorized: open the URL that `sonm console` printed (it carries the token)", http.StatusUnauthorized)
}
