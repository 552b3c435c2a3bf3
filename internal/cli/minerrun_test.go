package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/sonmtest"
)

// minerRunHub is a stand-in hub for `sonm miner run` that welcomes the
// miner, pays it, gives it unit 3 of the task spec (bundle its magnet) and
// hands back what the miner sends.
type minerRunHub struct {
	*sonmtest.StandInHub
	results chan hubapi.UnitResult
	joined  chan hubapi.JoinRequest
}

func startMinerRunHub(t *testing.T, spec []byte, bundle string) *minerRunHub {
	t.Helper()
	h := &minerRunHub{StandInHub: sonmtest.StartHub(t), results: make(chan hubapi.UnitResult, 4), joined: make(chan hubapi.JoinRequest, 4)}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go func() {
		for {
			var s *sonmtest.HubStream
			select {
			case s = <-h.Joins:
			case <-ctx.Done():
				return
			}
			h.joined <- s.Req
			go h.script(ctx, s, spec, bundle)
		}
	}()
	return h
}

func (h *minerRunHub) script(ctx context.Context, s *sonmtest.HubStream, spec []byte, bundle string) {
	task := "0x" + strings.Repeat("ab", 32)
	for _, m := range []struct {
		kind string
		v    any
	}{
		{hubapi.KindWelcome, hubapi.Welcome{Wallet: h.Wallet.Hex(), MinerWei: "40000000000000000", HeartbeatMs: 1000, Session: 9}},
		{hubapi.KindPaid, hubapi.Paid{AmountWei: "12300000000000000", Units: 1, Tx: "0xfeed"}},
		{hubapi.KindTask, hubapi.TaskInfo{Task: task, Spec: spec, Bundle: bundle}},
		{hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: task, Unit: 3}},
	} {
		if s.Send(ctx, m.kind, m.v) != nil {
			return
		}
	}
	for {
		kind, body, err := s.Recv(ctx)
		if s.Ended() {
			return
		}
		var r hubapi.UnitResult
		if err == nil && kind == hubapi.KindResult && hubapi.Unmarshal(body, &r) == nil {
			h.results <- r
		}
	}
}

func TestMinerRunJoinsWorksAndStops(t *testing.T) {
	mod, err := os.ReadFile("../../examples/mandelbrot/mandelbrot.wasm")
	if err != nil {
		t.Fatal(err)
	}
	bundleDir := filepath.Join(t.TempDir(), "bundle")
	if err := os.MkdirAll(bundleDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bundleDir, "mandelbrot.wasm"), mod, 0o644); err != nil {
		t.Fatal(err)
	}
	seeder, err := delivery.New(delivery.Config{}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := seeder.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer seeder.Close()
	shared, err := seeder.Share(context.Background(), bundleDir)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(mod)
	spec := fmt.Sprintf(`name: tiles
executor: wasm
module:
  path: mandelbrot.wasm
  sha256: %s
args: ["-tile", "{{index}}", "-tiles", "{{count}}", "-size", "64"]
resources:
  max_duration: 60s
outputs: ["tile-{{index}}.png"]
units:
  count: 4
`, hex.EncodeToString(sum[:]))
	hub := startMinerRunHub(t, []byte(spec), shared.Magnet)

	key, _ := ethcrypto.GenerateKey()
	keyFile := filepath.Join(t.TempDir(), "miner.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(ethcrypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvDeployment, filepath.Join(t.TempDir(), "none.json"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb sonmtest.SyncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"miner", "run", "--hub", hub.Locator, "--wallet", hub.Wallet.Hex(), "--key-file", keyFile,
			"--data-dir", t.TempDir(), "--slots", "2", "--name", "cli-miner"}, nil, &out, &errb)
	}()

	var req hubapi.JoinRequest
	select {
	case req = <-hub.joined:
	case code := <-done:
		t.Fatalf("sonm miner run ended with %d before joining: %s%s", code, out.String(), errb.String())
	case <-time.After(time.Minute):
		t.Fatalf("no join; output %q %q", out.String(), errb.String())
	}
	if req.Name != "cli-miner" || req.Capacity.Slots != 2 || req.Miner != ethcrypto.PubkeyToAddress(key.PublicKey).Hex() {
		t.Errorf("join: got %+v, want name cli-miner, 2 slots, the key's address", req)
	}
	var r hubapi.UnitResult
	select {
	case r = <-hub.results:
	case <-time.After(time.Minute):
		t.Fatalf("no result; output %q %q", out.String(), errb.String())
	}
	if r.ID != 1 || r.Unit != 3 || r.Error != "" || len(r.Inline) != 1 || r.Inline[0].Path != "tile-3.png" {
		t.Errorf("result: got id %d unit %d error %q with %d inline files, want unit 3's tile", r.ID, r.Unit, r.Error, len(r.Inline))
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit code: got %d, want 0 (stderr %q)", code, errb.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("sonm miner run did not stop when its context ended")
	}
	text := out.String()
	for _, want := range []string{
		"joined hub " + hub.Wallet.Hex() + " at " + hub.Locator,
		"pays 0.04 SNM per core-hour",
		"paid 0.0123 SNM by " + hub.Wallet.Hex(),
		"unit 3 of task 0xabababab.. done in ",
		"no chain configured",
		"miner stopped: 1 unit(s) run, 1 succeeded",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output: got %q, want a line with %q", text, want)
		}
	}
}

func TestMinerRunRefusesBadFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--deployment", "/nonexistent/deployment.json"}, "deployment"},
		{[]string{"--hub", "127.0.0.1:1"}, "--hub and --wallet go together"},
		{[]string{"--hub", "nohost", "--wallet", "0x00000000000000000000000000000000000000aa"}, "want the hub's locator endpoint as host:port"},
		{[]string{"--hub", "127.0.0.1:1", "--wallet", "0x12"}, "not an address"},
		{[]string{"--hub", "127.0.0.1:1", "--wallet", "0x00000000000000000000000000000000000000aa", "--slots", "0"}, "--slots 0"},
		{[]string{"--hub", "127.0.0.1:1", "--wallet", "0x00000000000000000000000000000000000000aa", "--ask", "lots"}, "--ask"},
		{[]string{"--hub", "127.0.0.1:1", "--wallet", "0x00000000000000000000000000000000000000aa", "--bundle-cache", "lots"}, "--bundle-cache"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errb sonmtest.SyncBuffer
			code := Run(context.Background(), append([]string{"miner", "run"}, tc.args...), nil, &out, &errb)
			if code == 0 || !strings.Contains(errb.String(), tc.want) {
				t.Errorf("got exit %d, stderr %q, want failure saying %q", code, errb.String(), tc.want)
			}
		})
	}
}
