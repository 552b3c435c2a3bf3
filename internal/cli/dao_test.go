package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/snm"
)

// TestDAOResolvesDispute: a buyer disputes a deal, and the DAO settles the
// locked escrow through `sonm dao propose resolve`, vote, queue and execute,
// exactly as docs/operations.md shows.
func TestDAOResolvesDispute(t *testing.T) {
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	t.Setenv("SONM_PASSWORD", "test passphrase")
	t.Setenv("SONM_KEYSTORE", filepath.Join(dir, "keystore"))
	t.Setenv(EnvDeployment, dep)
	var addrs []string
	for range 2 {
		var k map[string]string
		if err := json.Unmarshal([]byte(mustSonm(t, "key", "new", "--light", "--json")), &k); err != nil {
			t.Fatalf("key new --json: %v", err)
		}
		addrs = append(addrs, k["address"])
	}
	hub, buyer := addrs[0], addrs[1]
	startSonmChain(t, "--port", "0", "--deployment", dep)

	balance := func(who string) string {
		var b map[string]string
		if err := json.Unmarshal([]byte(mustSonm(t, "token", "balance", who, "--json")), &b); err != nil {
			t.Fatal(err)
		}
		return b["snm"]
	}
	// Votes count from the proposal's snapshot: delegate first.
	mustSonm(t, "token", "delegate", "--from", buyer)

	mustSonm(t, "hub", "wallet", "create", "127.0.0.1:10053", "test hub", "--from", hub)
	mustSonm(t, "hub", "wallet", "deposit", "500", "--from", hub)
	mustSonm(t, "hub", "wallet", "register", "--from", hub)
	spec := filepath.Join(dir, "spec.yaml")
	if err := os.WriteFile(spec, []byte("name: test\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	quote := filepath.Join(dir, "quote.json")
	mustSonm(t, "deal", "quote", "--buyer", buyer, "--spec", spec, "--price", "25", "--out", quote, "--from", hub)
	var opened dealView
	if err := json.Unmarshal([]byte(mustSonm(t, "deal", "open", quote, "--from", buyer, "--json")), &opened); err != nil {
		t.Fatal(err)
	}
	id := opened.ID.Hex()
	mustSonm(t, "deal", "commit", id, spec, "--from", hub)

	if out, code := sonm(t, "dao", "propose", "resolve", id, "10", "--from", buyer); code == 0 || !strings.Contains(out, "only a Disputed deal") {
		t.Errorf("resolve a committed deal: exit %d, want refused as not disputed:\n%s", code, out)
	}
	mustSonm(t, "deal", "dispute", id, "--from", buyer)
	before := balance(buyer)
	for _, args := range [][]string{
		{"dao", "propose", "resolve", id, "26", "--from", buyer},
		{"dao", "propose", "resolve", id, "--from", buyer},
		{"dao", "propose", "resolve", "0x12", "1", "--from", buyer},
	} {
		if out, code := sonm(t, args...); code == 0 || out == "" {
			t.Errorf("sonm %s: exit %d, want an error message:\n%s", strings.Join(args, " "), code, out)
		}
	}

	var p map[string]any
	if err := json.Unmarshal([]byte(mustSonm(t, "dao", "propose", "resolve", id, "10", "--from", buyer, "--json")), &p); err != nil {
		t.Fatal(err)
	}
	pid, _ := p["proposal"].(string)
	mustSonm(t, "chain", "advance", "1h1m") // voting delay
	mustSonm(t, "dao", "vote", pid, "for", "--from", buyer)
	mustSonm(t, "chain", "advance", "3d1m") // voting period
	if out := mustSonm(t, "dao", "execute", pid, "--from", buyer); !strings.Contains(out, "queued") {
		t.Fatalf("first execute: want queued:\n%s", out)
	}
	mustSonm(t, "chain", "advance", "1d1m") // timelock delay
	if out := mustSonm(t, "dao", "execute", pid, "--from", buyer); !strings.Contains(out, "executed") {
		t.Fatalf("second execute: want executed:\n%s", out)
	}

	if out := mustSonm(t, "deal", "status", id); !strings.Contains(out, "Resolved") {
		t.Errorf("deal status after the DAO's resolve:\n%s", out)
	}
	if got, want := balance(buyer), addSNM(t, before, "10"); got != want {
		t.Errorf("buyer balance after resolve: got %s, want %s", got, want)
	}
}

func addSNM(t *testing.T, a, b string) string {
	t.Helper()
	x, err := parseAmount("a", a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := parseAmount("b", b)
	if err != nil {
		t.Fatal(err)
	}
	return snm.Format(x.Add(x, y))
}
