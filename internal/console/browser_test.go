package console_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sonm-io/sonm/internal/snm"
)

// chromium finds a Chromium to drive. Without one the browser test skips,
// except in CI (CI=true) or with SONM_REQUIRE_CHROMIUM=1, where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium on PATH: install it (Debian: apt-get install chromium) to run the console's browser test"
	if os.Getenv("CI") == "true" || os.Getenv("SONM_REQUIRE_CHROMIUM") == "1" {
		t.Fatal(msg + " (required here: CI=true or SONM_REQUIRE_CHROMIUM=1)")
	}
	t.Skip(msg)
	return ""
}

// pageErrors collects what the page reports as wrong: uncaught exceptions,
// console.error and console.warn, and the browser's own log of errors and
// warnings (failed loads, CSP violations).
type pageErrors struct {
	mu   sync.Mutex
	list []string
	end  chan struct{} // closed when the collector sees endMark
}

// endMark is logged by the test last: once the collector sees it, it has
// seen every message before it.
const endMark = "sonm-console-test: end of messages"

func collectErrors(ctx context.Context) *pageErrors {
	p := &pageErrors{end: make(chan struct{})}
	msgs := chromedp.Console(ctx) // subscribes now, before the page loads
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Text == endMark {
				close(p.end)
				return
			}
			switch m.Type {
			case chromedp.ConsoleError, chromedp.ConsoleWarning, chromedp.ConsoleException, "assert":
				p.mu.Lock()
				p.list = append(p.list, fmt.Sprintf("%s (%s %s:%d)", m, m.Source, m.URL, m.Line))
				p.mu.Unlock()
			}
		}
	}()
	return p
}

func (p *pageErrors) check(ctx context.Context, t *testing.T) {
	t.Helper()
	run(ctx, t, chromedp.Evaluate[bool](`console.info(`+strconv.Quote(endMark)+`); true`))
	select {
	case <-p.end:
	case <-ctx.Done():
		t.Fatal("got no end of the page's messages before the deadline")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.list) > 0 {
		t.Fatalf("got errors from the page, want none:\n%s", strings.Join(p.list, "\n"))
	}
}

// TestWorldPageInBrowser opens the printed URL in headless Chromium, finds
// the registered hub in the whitelist, then registers a second hub (named
// with markup, which must show as text) and sees the page list it without
// a reload.
func TestWorldPageInBrowser(t *testing.T) {
	exe := chromium(t)
	w := startWorld(t)
	shots, err := os.MkdirTemp("", "sonm-console-screens-")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()
	ctx, cancel := context.WithTimeout(bctx, 3*time.Minute)
	defer cancel()
	errs := collectErrors(ctx)

	row := func(wallet string) string { return fmt.Sprintf(`#hubs tbody tr[data-wallet="%s"]`, wallet) }
	if err := chromedp.Do(ctx,
		chromedp.Navigate(w.con.URL()),
		chromedp.WaitVisible(row(w.wallet.Hex())),
	); err != nil {
		t.Fatalf("open the console: %v", err)
	}
	loc := run(ctx, t, chromedp.Location())
	name := run(ctx, t, chromedp.Text(row(w.wallet.Hex())+" th"))
	status := run(ctx, t, chromedp.Text(row(w.wallet.Hex())+" .status"))
	treasury := run(ctx, t, chromedp.Text("#treasury"))
	proposal := run(ctx, t, chromedp.Text("#proposals tbody tr th"))
	run(ctx, t, chromedp.Evaluate[bool](`window.sonmMarker = "no reload"; true`))
	if !strings.HasPrefix(treasury, "1234.5 SNM") || proposal != "trust the first hub" {
		t.Fatalf("got treasury %q and proposal %q, want 1234.5 SNM and the proposal", treasury, proposal)
	}
	if strings.Contains(loc, "token") {
		t.Fatalf("got location %q, want the token gone from the address", loc)
	}
	if name != "hubtest" || status != "unconfirmed" {
		t.Fatalf("got hub %q %q, want hubtest unconfirmed", name, status)
	}
	shot(ctx, t, shots, "world.png")

	// A second hub appears without a reload.
	const markup = `<b>hub two</b><img src=x>`
	hub2 := w.net.Actor("hub2")
	wallet2, _, err := w.net.Client.CreateWallet(context.Background(), hub2.Opts, "10.0.0.2:10053", markup)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.net.Client.Deposit(context.Background(), hub2.Opts, wallet2, snm.Wei(10)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.net.Client.Register(context.Background(), hub2.Opts, wallet2); err != nil {
		t.Fatal(err)
	}
	wctx, wcancel := context.WithTimeout(ctx, time.Minute)
	defer wcancel()
	if err := chromedp.Do(wctx, chromedp.WaitVisible(row(wallet2.Hex()))); err != nil {
		t.Fatalf("wait for the second hub to show without a reload: %v", err)
	}
	name2 := run(ctx, t, chromedp.TextContent(row(wallet2.Hex())+" th"))
	injected := run(ctx, t, chromedp.Evaluate[int](`document.querySelectorAll("#hubs b, #hubs img").length`))
	marker := run(ctx, t, chromedp.Evaluate[string](`window.sonmMarker || ""`))
	if marker != "no reload" {
		t.Fatalf("got marker %q, want the page not reloaded", marker)
	}
	if name2 != markup || injected != 0 {
		t.Fatalf("got name %q and %d injected elements, want the name as text and none", name2, injected)
	}
	shot(ctx, t, shots, "world-two-hubs.png")

	// At phone width the page does not scroll sideways: wide tables scroll
	// in their own region.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	overflow := run(ctx, t, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
	if overflow {
		t.Fatal("got a page wider than a phone's screen, want it to fit")
	}
	shot(ctx, t, shots, "world-phone.png")
	errs.check(ctx, t)
}

func run[T any](ctx context.Context, t *testing.T, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func shot(ctx context.Context, t *testing.T, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
