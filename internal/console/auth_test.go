package console

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
)

// fakeChain is a chain at one block with nothing on it.
type fakeChain struct{}

func (fakeChain) Head(context.Context) (Head, error) {
	return Head{Number: 7, Time: time.Unix(1_800_000_000, 0)}, nil
}
func (fakeChain) Hubs(context.Context) ([]chain.Hub, error) { return nil, nil }
func (fakeChain) TotalSupply(context.Context) (*big.Int, error) {
	return big.NewInt(5), nil
}
func (fakeChain) Balance(context.Context, common.Address) (*big.Int, error) {
	return big.NewInt(1), nil
}
func (fakeChain) Proposals(context.Context) ([]chain.Proposal, error) { return nil, nil }
func (fakeChain) ProposalState(context.Context, *big.Int) (chain.ProposalState, error) {
	return 0, errors.New("no proposals")
}
func (fakeChain) ProposalVotes(context.Context, *big.Int) (chain.Tally, error) {
	return chain.Tally{}, errors.New("no proposals")
}
func (fakeChain) Deployment() chain.Deployment { return chain.Deployment{} }

// fixedToken is the token New makes from an all-zero random source.
var fixedToken = base64.RawURLEncoding.EncodeToString(make([]byte, tokenBytes))

func newTestServer(t *testing.T) *Server {
	t.Helper()
	s, err := New(Config{Chain: fakeChain{}, Rand: bytes.NewReader(make([]byte, tokenBytes))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(h http.Handler, target string, mod func(*http.Request)) *http.Response {
	r := httptest.NewRequest(http.MethodGet, target, nil)
	if mod != nil {
		mod(r)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func withCookie(v string) func(*http.Request) {
	return func(r *http.Request) { r.AddCookie(&http.Cookie{Name: CookieName, Value: v}) }
}

func TestToken(t *testing.T) {
	s := newTestServer(t)
	if s.token != fixedToken {
		t.Fatalf("got token %q, want %q (from the Rand given)", s.token, fixedToken)
	}
	a, err := New(Config{Chain: fakeChain{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{Chain: fakeChain{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := base64.RawURLEncoding.DecodeString(a.token)
	if err != nil || len(raw) != 32 {
		t.Fatalf("got token %q (%d bytes, %v), want 32 bytes URL-safe base64", a.token, len(raw), err)
	}
	if a.token == b.token {
		t.Fatalf("got the same token twice: %q", a.token)
	}
	if _, err := New(Config{Chain: fakeChain{}, Rand: bytes.NewReader(make([]byte, 5))}, nil); err == nil {
		t.Fatal("got no error from a random source that runs dry, want one")
	}
	if _, err := New(Config{}, nil); err == nil {
		t.Fatal("got no error without a chain, want one")
	}
}

func TestAuth(t *testing.T) {
	s := newTestServer(t)
	s.feed.publish([]byte(`{"block":7}`))
	h := s.Handler()
	paths := []string{"/", "/world", "/api/world", "/api/events", "/static/console.js", "/static/console.css", "/nope"}
	for _, p := range paths {
		t.Run("no token "+p, func(t *testing.T) {
			if got := get(h, p, nil).StatusCode; got != http.StatusUnauthorized {
				t.Fatalf("got %d, want 401", got)
			}
		})
		t.Run("wrong token "+p, func(t *testing.T) {
			resp := get(h, p+"?token=AAAA", nil)
			if resp.StatusCode != http.StatusUnauthorized {
				t.Fatalf("got %d, want 401", resp.StatusCode)
			}
			if len(resp.Cookies()) != 0 {
				t.Fatalf("got cookies %v for a wrong token, want none", resp.Cookies())
			}
		})
		t.Run("wrong cookie "+p, func(t *testing.T) {
			if got := get(h, p, withCookie(fixedToken[:len(fixedToken)-1]+"B")).StatusCode; got != http.StatusUnauthorized {
				t.Fatalf("got %d, want 401", got)
			}
		})
		t.Run("token as a header of another name "+p, func(t *testing.T) {
			if got := get(h, p, func(r *http.Request) { r.Header.Set("X-Token", fixedToken) }).StatusCode; got != http.StatusUnauthorized {
				t.Fatalf("got %d, want 401", got)
			}
		})
	}

	t.Run("token sets the cookie and redirects without it", func(t *testing.T) {
		for target, want := range map[string]string{
			"/?token=" + fixedToken:                   "/",
			"/world?x=1&token=" + fixedToken:          "/world?x=1",
			"//evil.example/?token=" + fixedToken:     "/",
			"/\\evil.example/?token=" + fixedToken:    "/",
			"/api/world?token=" + fixedToken + "&a=b": "/api/world?a=b",
		} {
			resp := get(h, target, nil)
			if resp.StatusCode != http.StatusSeeOther {
				t.Fatalf("%s: got %d, want 303", target, resp.StatusCode)
			}
			if got := resp.Header.Get("Location"); got != want {
				t.Fatalf("%s: got Location %q, want %q", target, got, want)
			}
			cs := resp.Cookies()
			if len(cs) != 1 {
				t.Fatalf("%s: got cookies %v, want one", target, cs)
			}
			c := cs[0]
			if c.Name != CookieName || c.Value != fixedToken || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" {
				t.Fatalf("%s: got cookie %+v, want %s=token, HttpOnly, SameSite=Strict, Path=/", target, c, CookieName)
			}
		}
	})

	for _, p := range []string{"/", "/world", "/api/world", "/static/console.js", "/static/console.css", "/static/favicon.svg"} {
		t.Run("cookie "+p, func(t *testing.T) {
			if got := get(h, p, withCookie(fixedToken)).StatusCode; got != http.StatusOK {
				t.Fatalf("got %d, want 200", got)
			}
		})
	}
	t.Run("bearer", func(t *testing.T) {
		if got := get(h, "/api/world", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+fixedToken) }).StatusCode; got != http.StatusOK {
			t.Fatalf("got %d, want 200", got)
		}
	})
	t.Run("unknown path with cookie", func(t *testing.T) {
		if got := get(h, "/nope", withCookie(fixedToken)).StatusCode; got != http.StatusNotFound {
			t.Fatalf("got %d, want 404", got)
		}
	})
}

// TestTokenCheckIsConstantTime proves that every way in goes through the
// one comparison, and that it is the constant-time one.
func TestTokenCheckIsConstantTime(t *testing.T) {
	s := newTestServer(t)
	if reflect.ValueOf(s.equal).Pointer() != reflect.ValueOf(tokensEqual).Pointer() {
		t.Fatal("got a token check other than tokensEqual")
	}
	var calls int
	s.equal = func(a, b string) bool { calls++; return tokensEqual(a, b) }
	h := s.Handler()
	for _, mod := range []func(*http.Request){
		withCookie(fixedToken),
		func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+fixedToken) },
	} {
		before := calls
		get(h, "/", mod)
		if calls == before {
			t.Fatal("got a request let in without the token check")
		}
	}
	before := calls
	get(h, "/?token="+fixedToken, nil)
	if calls == before {
		t.Fatal("got the query token accepted without the token check")
	}

	for _, c := range []struct {
		a, b string
		want bool
	}{
		{fixedToken, fixedToken, true},
		{fixedToken, fixedToken + "A", false},
		{"", fixedToken, false},
		{strings.ToLower(fixedToken), fixedToken, false},
	} {
		if got := tokensEqual(c.a, c.b); got != c.want {
			t.Fatalf("tokensEqual(%q, %q): got %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestHeaders(t *testing.T) {
	s := newTestServer(t)
	s.feed.publish([]byte(`{"block":7}`))
	h := s.Handler()
	for _, c := range []struct {
		name string
		mod  func(*http.Request)
		want int
	}{
		{"refused", nil, http.StatusUnauthorized},
		{"page", withCookie(fixedToken), http.StatusOK},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := get(h, "/", func(r *http.Request) {
				r.Header.Set("Origin", "http://evil.example")
				if c.mod != nil {
					c.mod(r)
				}
			})
			if resp.StatusCode != c.want {
				t.Fatalf("got %d, want %d", resp.StatusCode, c.want)
			}
			for k, want := range map[string]string{
				"Content-Security-Policy": ContentSecurityPolicy,
				"X-Frame-Options":         "DENY",
				"X-Content-Type-Options":  "nosniff",
				"Referrer-Policy":         "no-referrer",
			} {
				if got := resp.Header.Get(k); got != want {
					t.Fatalf("got %s %q, want %q", k, got, want)
				}
			}
			for k := range resp.Header {
				if strings.HasPrefix(k, "Access-Control-") {
					t.Fatalf("got CORS header %s, want none", k)
				}
			}
		})
	}
	t.Run("CSP allows no inline script", func(t *testing.T) {
		for _, bad := range []string{"unsafe-inline", "unsafe-eval", "*", "http:", "data:"} {
			if strings.Contains(ContentSecurityPolicy, bad) {
				t.Fatalf("got %q in the CSP %q", bad, ContentSecurityPolicy)
			}
		}
	})
	t.Run("only GET", func(t *testing.T) {
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
			r := httptest.NewRequest(m, "/api/world", nil)
			r.AddCookie(&http.Cookie{Name: CookieName, Value: fixedToken})
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != http.StatusMethodNotAllowed {
				t.Fatalf("%s: got %d, want 405", m, w.Code)
			}
		}
	})
}

// TestAssets keeps the page within its CSP and off the internet: scripts
// come from files, no inline handlers or styles, no other origin.
func TestAssets(t *testing.T) {
	entries, err := assets.ReadDir("assets")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := assets.ReadFile("assets/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, bad := range []string{"http://", "https://", "//cdn", "innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "document.write"} {
			if strings.Contains(text, bad) && !(bad == "http://" && strings.HasSuffix(e.Name(), ".svg")) {
				t.Fatalf("%s: got %q, want none (CSP, no CDN, no HTML from data)", e.Name(), bad)
			}
		}
		if strings.HasSuffix(e.Name(), ".html") {
			for _, bad := range []string{"<script>", " style=", " onclick=", " onload=", "<style"} {
				if strings.Contains(text, bad) {
					t.Fatalf("%s: got %q, want none (the CSP refuses inline code)", e.Name(), bad)
				}
			}
		}
	}
}
