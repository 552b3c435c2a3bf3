package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// TestDiscoveryOnTheBus: nobody is told where the hub is. The hub announces
// itself on the bus; miners and the buyer hear it, check it on chain, and
// find it on their own.
func TestDiscoveryOnTheBus(t *testing.T) {
	w := newWorld(t, 2)
	w.createHub()
	w.importKey(w.buyer)
	hub := w.start("hub", "hub", "run", "--key-file", w.owner.keyFile, "--wallet", w.wallet.Hex(), "--data-dir", w.hubData(),
		"--locator", w.locator, "--buyer-price", buyerPrice, "--miner-pay", minerPay, "--name", "e2e hub",
		"--announce", "--p2p-listen", "/ip4/127.0.0.1/tcp/0")
	line, err := hub.Stdout.waitFor(cmdTimeout, func(s string) bool { return strings.Contains(s, "/p2p/") })
	if err != nil {
		t.Fatalf("the hub printed no bus address: %v\nstdout:\n%s\nstderr:\n%s", err, hub.Stdout, hub.Stderr)
	}
	var bus string
	for _, f := range strings.Fields(line) {
		if strings.Contains(f, "/p2p/") {
			bus = f
			break
		}
	}
	var miners []*proc
	for _, a := range w.miners {
		miners = append(miners, w.start(a.name, "miner", "run", "--key-file", a.keyFile, "--data-dir", filepath.Join(w.dir, a.name),
			"--slots", "2", "--name", a.name, "--json", "--bootstrap", bus, "--no-mdns"))
	}
	for i, p := range miners {
		if _, err := p.Stdout.waitFor(joinTimeout, isEvent("joined")); err != nil {
			t.Fatalf("%s did not find and join the hub: %v\nstdout:\n%s\nstderr:\n%s", w.miners[i].name, err, p.Stdout, p.Stderr)
		}
	}
	j := w.writeJob("task", 4, 2, 256, 100)
	t0 := time.Now()
	sub := w.start("submit", "client", "submit", j.path, "--bootstrap", bus, "--no-mdns", "--keystore", w.buyer.keystore,
		"--out", filepath.Join(w.dir, "result"), "--json")
	code, err := sub.Wait(jobTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if code != 0 {
		t.Fatalf("client submit: exit code %d\n%s\n%s", code, sub.Stdout, sub.Stderr)
	}
	if !strings.Contains(sub.Stderr.String(), "buyer picked hub \"e2e hub\"") {
		t.Errorf("the buyer did not say which hub it picked:\n%s", sub.Stderr)
	}
	s := parseSubmit(t, sub.Stdout.String())
	if !s.Confirmed || s.State != hubapi.StateDone {
		t.Fatalf("submit ended confirmed=%v state %q", s.Confirmed, s.State)
	}
	checkTiles(t, s.OutDir, j)
	t.Logf("found on the bus and done in %s", time.Since(t0).Round(time.Millisecond))
}
