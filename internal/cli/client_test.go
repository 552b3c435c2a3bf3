package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/buyer/hubtest"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/keys"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// clientRun runs one sonm client command and returns stdout, stderr and the
// exit code.
func clientRun(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	code := Run(ctx, append([]string{"client"}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// TestClientCommands buys a task from a scripted hub through the sonm client
// commands, against a devchain served over HTTP, with the buyer's key in a
// keystore: submit, status, list, results; then a failed task refunded
// after its deadline.
func TestClientCommands(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := sonmtest.NewChainWorld(t, sonmtest.ChainOptions{Actors: []string{"buyer"}, Fund: snm.Wei(100), Deposit: snm.Wei(5), HTTP: true})
	net, wallet := w.Net, w.Wallet
	dir := t.TempDir()
	depPath := w.SaveDeployment(t)
	ks, err := keys.Open(filepath.Join(dir, "keystore"), keys.Options{Light: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ks.ImportKey(net.Actor("buyer").Key, "buyer pass"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SONM_PASSWORD", "buyer pass")
	t.Setenv("SONM_KEYSTORE", ks.Dir())
	t.Setenv(EnvDeployment, depPath)

	node, err := delivery.New(delivery.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	hub, err := hubtest.Start(ctx, hubtest.Config{Chain: net.Client, Key: net.Actor("hub").Key, Wallet: wallet, Delivery: node,
		Dir: t.TempDir(), UnitPrice: snm.Wei(1), Result: map[string]string{"out.txt": "hello\n"}})
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close()

	specDir := t.TempDir()
	spec := filepath.Join(specDir, "spec.yaml")
	for p, s := range map[string]string{
		"spec.yaml": "name: hello\nexecutor: wasm\nmodule: app.wasm\nunits: {count: 3}\nreplication: 1\nmax_price: 1 SNM\n",
		"app.wasm":  "\x00asm\x01\x00\x00\x00",
	} {
		if err := os.WriteFile(filepath.Join(specDir, p), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// No hub announces itself here: looking on the bus ends with a clear
	// error, and no money moves.
	if _, stderr, code := clientRun(t, "submit", spec, "--discover-timeout", "1s", "--no-mdns"); code == 0 || !strings.Contains(stderr, "no usable hub found on the bus") {
		t.Errorf("submit without --hub: got exit %d, stderr %q, want a failure saying no hub was found", code, stderr)
	}

	// The journey in words.
	out, stderr, code := clientRun(t, "submit", spec, "--hub", hub.Addr(), "--out", filepath.Join(dir, "words"))
	if code != 0 {
		t.Fatalf("submit: exit %d\n%s%s", code, out, stderr)
	}
	for _, want := range []string{"quote: 3 units x1 at 1 SNM = 3 SNM from hub", "opened, 3 SNM in escrow", "3/3 units verified",
		"result verified: 1 file,", "deal confirmed: 3 SNM released to the hub"} {
		if !strings.Contains(out, want) {
			t.Errorf("submit output: got\n%s\nwant it to contain %q", out, want)
		}
	}

	// And as JSON.
	out, stderr, code = clientRun(t, "submit", spec, "--hub", hub.Addr(), "--out", filepath.Join(dir, "json"), "--json")
	if code != 0 {
		t.Fatalf("submit --json: exit %d\n%s%s", code, out, stderr)
	}
	var sub submitJSON
	if err := json.Unmarshal([]byte(out), &sub); err != nil {
		t.Fatalf("submit --json output %q: %v", out, err)
	}
	if !sub.Confirmed || sub.DealStatus != "Confirmed" || len(sub.Files) != 1 || sub.Price != "3 SNM" {
		t.Errorf("submit --json: got %+v, want a confirmed deal of 3 SNM with one file", sub)
	}
	b, err := os.ReadFile(filepath.Join(sub.OutDir, "out.txt"))
	if err != nil || string(b) != "hello\n" {
		t.Errorf("result out.txt: got %q (%v), want %q", b, err, "hello\n")
	}

	out, stderr, code = clientRun(t, "status", sub.Task, "--hub", hub.Addr())
	if code != 0 || !strings.Contains(out, "3/3 units verified") || !strings.Contains(out, ": done") {
		t.Errorf("status: exit %d, got\n%s%s\nwant the task done", code, out, stderr)
	}
	out, stderr, code = clientRun(t, "list", "--hub", hub.Addr(), "--json")
	var list []taskView
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 2 {
		t.Errorf("list --json: exit %d, got\n%s%s\nwant two tasks", code, out, stderr)
	}
	for _, v := range list {
		if _, err := time.Parse(time.RFC3339, v.Created); err != nil {
			t.Errorf("list --json: task %s created %q, want an RFC 3339 time", v.Task, v.Created)
		}
	}
	out, stderr, code = clientRun(t, "results", sub.Task, "--hub", hub.Addr(), "--out", filepath.Join(dir, "again"), "--json")
	var rv resultView
	if code != 0 || json.Unmarshal([]byte(out), &rv) != nil || rv.Root != sub.Root || rv.DealStatus != "Confirmed" || rv.Confirmed {
		t.Errorf("results --json: exit %d, got\n%s%s\nwant root %s of a deal confirmed before", code, out, stderr, sub.Root)
	}

	// A failed task: nothing confirmed, refund once the deadline is past.
	hub.SetMode(hubtest.Fail)
	out, stderr, code = clientRun(t, "submit", spec, "--hub", hub.Addr(), "--out", filepath.Join(dir, "failed"), "--json")
	if code == 0 {
		t.Fatalf("submit of a failing task: exit 0\n%s", out)
	}
	var failed submitJSON
	if err := json.Unmarshal([]byte(out), &failed); err != nil || failed.Task == "" || failed.Confirmed || failed.DealStatus != "Open" {
		t.Fatalf("submit --json of a failing task: got %q (%v), want the open deal's task", out, err)
	}
	if !strings.Contains(stderr, "sonm client refund "+failed.Task) {
		t.Errorf("submit of a failing task: stderr %q, want it to say how to refund", stderr)
	}
	if _, stderr, code = clientRun(t, "refund", failed.Task); code == 0 || !strings.Contains(stderr, "refund becomes possible after the deadline") {
		t.Errorf("early refund: exit %d, stderr %q, want a refusal saying when", code, stderr)
	}
	if _, err := net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	// --hub, as every other client command takes it: the hub is also told
	// to stop the task.
	out, stderr, code = clientRun(t, "refund", failed.Task, "--hub", hub.Addr())
	if code != 0 || !strings.Contains(out, "refunded: 3 SNM back to") || strings.Contains(stderr, "hub was not told") {
		t.Errorf("refund --hub: exit %d, got\n%s%s\nwant the escrow refunded and the hub told", code, out, stderr)
	}
}
