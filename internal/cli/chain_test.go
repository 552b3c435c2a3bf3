package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// sonm runs the CLI in-process and returns its output and exit code.
func sonm(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code := Run(ctx, args, strings.NewReader(""), &out, &out)
	return out.String(), code
}

func mustSonm(t *testing.T, args ...string) string {
	t.Helper()
	out, code := sonm(t, args...)
	if code != 0 {
		t.Fatalf("sonm %s: exit %d\n%s", strings.Join(args, " "), code, out)
	}
	return out
}

// TestChainCommands drives the chain commands end to end against a `sonm
// chain` running in this process: keys, funding, a hub wallet's life, a deal,
// time travel and PayDay, and the errors a user meets on the way.
func TestChainCommands(t *testing.T) {
	dir := t.TempDir()
	ks := filepath.Join(dir, "keystore")
	dep := filepath.Join(dir, "deployment.json")
	t.Setenv("SONM_PASSWORD", "test passphrase")
	t.Setenv("SONM_KEYSTORE", ks)
	t.Setenv(EnvDeployment, dep)

	var keysJSON []map[string]string
	for range 2 {
		var k map[string]string
		if err := json.Unmarshal([]byte(mustSonm(t, "key", "new", "--light", "--json")), &k); err != nil {
			t.Fatalf("key new --json: %v", err)
		}
		keysJSON = append(keysJSON, k)
	}
	hub, buyer := keysJSON[0]["address"], keysJSON[1]["address"]
	if hub == "" || buyer == "" {
		t.Fatalf("key new printed no address: %v", keysJSON)
	}

	startSonmChain(t, "--port", "0", "--data-dir", filepath.Join(dir, "chain"), "--deployment", dep, "--snm", "1000")
	d, err := chain.LoadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.RPC, "http://127.0.0.1:") {
		t.Fatalf("deployment rpc = %q, want a loopback URL", d.RPC)
	}

	out := mustSonm(t, "token", "balance", hub)
	if !strings.Contains(out, "1000 SNM") {
		t.Fatalf("hub balance:\n%s", out)
	}
	// The same through the one registry address instead of the file.
	out = mustSonm(t, "token", "balance", hub, "--rpc", d.RPC, "--registry", d.Registry.Hex(), "--deployment", filepath.Join(dir, "missing.json"))
	if !strings.Contains(out, "1000 SNM") {
		t.Fatalf("hub balance through the registry:\n%s", out)
	}

	// A payout before the wallet exists, then before it is registered.
	if out, code := sonm(t, "hub", "wallet", "register", "--from", hub); code == 0 || !strings.Contains(out, "sonm hub wallet create") {
		t.Fatalf("register without a wallet: exit %d, want a hint to create one:\n%s", code, out)
	}
	var created map[string]string
	if err := json.Unmarshal([]byte(mustSonm(t, "hub", "wallet", "create", "127.0.0.1:10053", "test hub", "--from", hub, "--json")), &created); err != nil {
		t.Fatal(err)
	}
	wallet := created["wallet"]
	out, code := sonm(t, "hub", "wallet", "pay", buyer+"=1", "--from", hub)
	if code == 0 || !strings.Contains(out, "the hub wallet is Created") || !strings.Contains(out, "sonm hub wallet register") {
		t.Fatalf("pay from a Created wallet: exit %d, want the state and a hint:\n%s", code, out)
	}
	out, code = sonm(t, "hub", "wallet", "register", "--from", hub)
	if code == 0 || !strings.Contains(out, "registration freezes 1 SNM") {
		t.Fatalf("register an empty wallet: exit %d:\n%s", code, out)
	}
	var deposited txMessage
	if err := json.Unmarshal([]byte(mustSonm(t, "hub", "wallet", "deposit", "500", "--from", hub, "--json")), &deposited); err != nil || deposited.Tx == "" || !strings.Contains(deposited.Message, "deposited 500 SNM") {
		t.Errorf("hub wallet deposit --json: got %+v (%v), want the transaction and what it did", deposited, err)
	}
	mustSonm(t, "hub", "wallet", "register", "--from", hub)
	var registered map[string]any
	if err := json.Unmarshal([]byte(mustSonm(t, "hub", "wallet", "status", "--from", hub, "--json")), &registered); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"registered_at", "payday_at"} {
		if v, _ := registered[k].(string); !isRFC3339(v) {
			t.Errorf("hub wallet status --json %s = %v, want an RFC 3339 time", k, registered[k])
		}
	}
	mustSonm(t, "hub", "wallet", "pay", buyer+"=10", "--from", hub)
	out = mustSonm(t, "hub", "wallet", "status", "--from", hub)
	for _, s := range []string{"Registered", "3 SNM", "10 SNM"} { // locked 30% of 10, unclaimed 10
		if !strings.Contains(out, s) {
			t.Errorf("wallet status lacks %q:\n%s", s, out)
		}
	}
	if out := mustSonm(t, "whitelist", "list"); !strings.Contains(out, "test hub") || !strings.Contains(out, "unconfirmed") {
		t.Errorf("whitelist list:\n%s", out)
	}
	if out := mustSonm(t, "miner", "claim", wallet, "--from", buyer); !strings.Contains(out, "claimed 10 SNM") {
		t.Errorf("miner claim:\n%s", out)
	}
	var again map[string]string
	if err := json.Unmarshal([]byte(mustSonm(t, "miner", "claim", wallet, "--from", buyer, "--json")), &again); err != nil || again["claimed_wei"] != "0" {
		t.Errorf("miner claim --json, nothing left: got %v (%v), want claimed_wei 0", again, err)
	}

	// A deal: quote, open, commit, confirm.
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
	if !isRFC3339(opened.Deadline) {
		t.Errorf("deal open --json deadline = %q, want an RFC 3339 time", opened.Deadline)
	}
	id := opened.ID.Hex()
	if out, code := sonm(t, "deal", "open", quote, "--from", buyer); code == 0 || !strings.Contains(out, "a quote opens one deal only") {
		t.Errorf("reusing a quote: exit %d:\n%s", code, out)
	}
	if out, code := sonm(t, "deal", "commit", id, spec, "--from", buyer); code == 0 || !strings.Contains(out, "is not the deal's hub") {
		t.Errorf("commit by the buyer: exit %d:\n%s", code, out)
	}
	mustSonm(t, "deal", "commit", id, spec, "--from", hub)
	mustSonm(t, "deal", "confirm", id, "--from", buyer)
	if out := mustSonm(t, "deal", "status", id); !strings.Contains(out, "Confirmed") {
		t.Errorf("deal status:\n%s", out)
	}
	mustSonm(t, "hub", "wallet", "release", "--from", hub)

	// A stream: quote, open, top up, bill, close.
	squote := filepath.Join(dir, "stream.json")
	mustSonm(t, "deal", "stream", "quote", "--buyer", buyer, "--spec", spec, "--per-second", "0.01", "--out", squote, "--from", hub)
	var sv struct {
		ID      string
		Open    bool
		Balance *big.Int
		Owed    string `json:"owed"`
	}
	if err := json.Unmarshal([]byte(mustSonm(t, "deal", "stream", "open", squote, "--deposit", "10", "--from", buyer, "--json")), &sv); err != nil {
		t.Fatal(err)
	}
	if !sv.Open || sv.Balance == nil || sv.Balance.Cmp(snm.Wei(10)) != 0 {
		t.Fatalf("opened stream: got open %v balance %v, want open with 10 SNM", sv.Open, sv.Balance)
	}
	sid := sv.ID
	if out, code := sonm(t, "deal", "stream", "open", squote, "--deposit", "1", "--from", buyer); code == 0 || out == "" {
		t.Errorf("reusing a stream quote: exit %d, want an error:\n%s", code, out)
	}
	mustSonm(t, "deal", "stream", "top-up", sid, "5", "--from", buyer)
	var advanced map[string]string
	if err := json.Unmarshal([]byte(mustSonm(t, "chain", "advance", "100s", "--json")), &advanced); err != nil || !isRFC3339(advanced["chain_time"]) {
		t.Errorf("chain advance --json: got %v (%v), want the chain time in RFC 3339", advanced, err)
	}
	if out, code := sonm(t, "deal", "stream", "bill", sid, "--from", buyer); code == 0 || out == "" {
		t.Errorf("bill by the buyer: exit %d, want an error:\n%s", code, out)
	}
	mustSonm(t, "deal", "stream", "bill", sid, "--from", hub)
	if err := json.Unmarshal([]byte(mustSonm(t, "deal", "stream", "status", sid, "--json")), &sv); err != nil {
		t.Fatal(err)
	}
	// At least the 100 s advanced were billed at 0.01 SNM a second.
	if !sv.Open || sv.Balance.Cmp(snm.Wei(14)) > 0 || sv.Balance.Sign() <= 0 {
		t.Errorf("billed stream: got open %v balance %v, want open with at most 14 SNM left", sv.Open, sv.Balance)
	}
	mustSonm(t, "deal", "stream", "close", sid, "--from", buyer)
	if out := mustSonm(t, "deal", "stream", "status", sid); !strings.Contains(out, "closed") {
		t.Errorf("closed stream status:\n%s", out)
	}

	// PayDay: refused early, done after time travel.
	if out, code := sonm(t, "hub", "wallet", "payday", "--from", hub); code == 0 || !strings.Contains(out, "PayDay is due at") {
		t.Errorf("early payday: exit %d:\n%s", code, out)
	}
	mustSonm(t, "chain", "advance", "31d")
	if out := mustSonm(t, "hub", "wallet", "payday", "--from", hub); !strings.Contains(out, "Idle") {
		t.Errorf("payday:\n%s", out)
	}
	out = mustSonm(t, "hub", "wallet", "status", "--from", hub, "--json")
	var st map[string]any
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	// 500 deposited - 10 pulled + 25 escrow - 0.5% of the 3 SNM locked.
	if st["state"] != "Idle" || st["balance"] != "514.985" || st["unclaimed"] != "0" {
		t.Errorf("status after payday = %v, want Idle with 514.985 SNM and nothing unclaimed", st)
	}
	if out, code := sonm(t, "hub", "wallet", "pay", buyer+"=1", "--from", hub); code == 0 || !strings.Contains(out, "Idle") {
		t.Errorf("pay from an Idle wallet: exit %d:\n%s", code, out)
	}
	mustSonm(t, "hub", "wallet", "withdraw", "all", "--from", hub)

	// A hub run with an address that is not a hub wallet says so, and what to do.
	out, code = sonm(t, "hub", "run", "--wallet", buyer, "--from", hub, "--data-dir", filepath.Join(dir, "hub"))
	if code == 0 || !strings.Contains(out, "is not a hub wallet") || !strings.Contains(out, "sonm hub wallet create") {
		t.Errorf("hub run with a non-wallet: exit %d, want a clear refusal with a hint:\n%s", code, out)
	}

	// Bad input.
	for _, args := range [][]string{
		{"token", "transfer", "0x123", "1"},
		{"token", "transfer", buyer, "1.2.3"},
		{"hub", "wallet", "pay", "nonsense", "--from", hub},
		{"chain", "advance", "yesterday"},
	} {
		if out, code := sonm(t, args...); code == 0 || out == "" {
			t.Errorf("sonm %s: exit %d, want an error message:\n%s", strings.Join(args, " "), code, out)
		}
	}
}

// startSonmChain runs `sonm chain ARGS...` in this process until the test
// ends, and returns once it serves.
func startSonmChain(t *testing.T, args ...string) {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	var chainOut sonmtest.SyncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, append([]string{"chain"}, args...), strings.NewReader(""), &chainOut, &chainOut)
	}()
	t.Cleanup(func() {
		stop()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("sonm chain did not stop")
		}
	})
	deadline := time.Now().Add(90 * time.Second)
	for !strings.Contains(chainOut.String(), "press Ctrl-C") {
		if time.Now().After(deadline) {
			t.Fatalf("sonm chain did not start:\n%s", chainOut.String())
		}
		select {
		case code := <-done:
			t.Fatalf("sonm chain exited with %d:\n%s", code, chainOut.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func isRFC3339(s string) bool {
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}
