package cli

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// minerRunHub is a stand-in hub for `sonm miner run`: a real locator and a
// hub service on loopback whose join handler welcomes the miner, pays it,
// gives it one unit of a real mandelbrot task and hands its result back.
type minerRunHub struct {
	wallet  common.Address
	locator string
	results chan hubapi.UnitResult
	joined  chan hubapi.JoinRequest
}

func startMinerRunHub(t *testing.T, spec []byte, bundle string) *minerRunHub {
	t.Helper()
	key, _ := ethcrypto.GenerateKey()
	h := &minerRunHub{wallet: ethcrypto.PubkeyToAddress(key.PublicKey), results: make(chan hubapi.UnitResult, 4), joined: make(chan hubapi.JoinRequest, 4)}
	serve := func(svc *rpc.Service) locator.Endpoint {
		srv, err := rpc.NewServer(svc, rpc.Config{})
		if err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go srv.Serve(context.Background(), ln)
		t.Cleanup(func() { srv.Close() })
		return locator.EndpointOf(ln.Addr())
	}
	loc, err := locator.New(locator.Config{UUID: "miner-run-test"})
	if err != nil {
		t.Fatal(err)
	}
	locEP := serve(loc.Service())
	loc.SetEndpoints([]locator.Endpoint{locEP})
	h.locator = locEP.String()

	handlers := map[string]rpc.Handler{}
	for _, name := range hubapi.Protocol().Names() {
		handlers[name] = func(ctx context.Context, ch *rpc.Channel) error {
			return hubapi.Fail(ctx, ch, hubapi.ErrUnavailable)
		}
	}
	handlers[hubapi.EvJoin] = func(ctx context.Context, ch *rpc.Channel) error {
		nonce, err := hubapi.NewNonce(rand.Reader)
		if err != nil {
			return hubapi.Fail(ctx, ch, err)
		}
		req, _, err := hubapi.AcceptJoin(ctx, ch, h.wallet, nonce, time.Now)
		if err != nil {
			return hubapi.Fail(ctx, ch, err)
		}
		h.joined <- req
		for _, m := range []struct {
			kind string
			v    any
		}{
			{hubapi.KindWelcome, hubapi.Welcome{Wallet: h.wallet.Hex(), MinerWei: "40000000000000000", HeartbeatMs: 1000, Session: 9}},
			{hubapi.KindPaid, hubapi.Paid{AmountWei: "12300000000000000", Units: 1, Tx: "0xfeed"}},
			{hubapi.KindTask, hubapi.TaskInfo{Task: "0x" + strings.Repeat("ab", 32), Spec: spec, Bundle: bundle}},
			{hubapi.KindAssign, hubapi.Assignment{ID: 1, Task: "0x" + strings.Repeat("ab", 32), Unit: 3}},
		} {
			if err := hubapi.WriteKind(ctx, ch, m.kind, m.v); err != nil {
				return err
			}
		}
		for {
			msg, err := ch.Recv(ctx)
			if err != nil || msg.Name != "write" {
				return nil
			}
			kind, body, err := hubapi.DecodeKind(msg.Args)
			if err != nil || kind != hubapi.KindResult {
				continue
			}
			var r hubapi.UnitResult
			if hubapi.Unmarshal(body, &r) == nil {
				h.results <- r
			}
		}
	}
	hubEP := serve(&rpc.Service{Name: hubapi.ServiceName, Version: hubapi.Version, Graph: hubapi.Protocol(), Handlers: handlers})
	loc.Register(locator.Record{Name: hubapi.ServiceName, Endpoints: []locator.Endpoint{hubEP}, Version: hubapi.Version, Graph: hubapi.Protocol()})
	return h
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
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"miner", "run", "--hub", hub.locator, "--wallet", hub.wallet.Hex(), "--key-file", keyFile,
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
		"joined hub " + hub.wallet.Hex() + " at " + hub.locator,
		"pays 0.04 SNM per core-hour",
		"paid 0.0123 SNM by " + hub.wallet.Hex(),
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
			var out, errb syncBuffer
			code := Run(context.Background(), append([]string{"miner", "run"}, tc.args...), nil, &out, &errb)
			if code == 0 || !strings.Contains(errb.String(), tc.want) {
				t.Errorf("got exit %d, stderr %q, want failure saying %q", code, errb.String(), tc.want)
			}
		})
	}
}
