package cli

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/snm"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestHubAnnounceFlagsRefused(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	tests := []struct {
		name string
		f    announceFlags
		want string
	}{
		{"no name", announceFlags{endpoints: []string{"h:1"}, wallet: "0x00000000000000000000000000000000000000aa", buyerPrice: "1", minerPay: "1"}, "required"},
		{"bad wallet", announceFlags{name: "h", endpoints: []string{"h:1"}, wallet: "0xzz", buyerPrice: "1", minerPay: "1"}, "not an address"},
		{"bad price", announceFlags{name: "h", endpoints: []string{"h:1"}, wallet: "0x00000000000000000000000000000000000000aa", buyerPrice: "-1", minerPay: "1"}, "--buyer-price"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := buildAnnouncement(&tc.f, key, time.Unix(0, 0))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want error containing %q", err, tc.want)
			}
		})
	}
}

func TestHubAnnounceNeedsKey(t *testing.T) {
	t.Setenv(EnvNodeKey, "")
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"hub", "announce", "--name", "h", "--endpoint", "h:1", "--wallet", "0x00000000000000000000000000000000000000aa"}, nil, &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "no key") {
		t.Fatalf("got exit %d, stderr %q, want failure saying no key", code, errb.String())
	}
}

// startHub runs `sonm hub announce` as a hub owner would, in the background,
// and returns the multiaddr a miner bootstraps from.
func startHub(t *testing.T, ctx context.Context, key *ecdsa.PrivateKey, name, endpoint, wallet string, extra ...string) (boot string, done <-chan int) {
	t.Helper()
	keyFile := filepath.Join(t.TempDir(), "hub.key")
	if err := os.WriteFile(keyFile, []byte(fmt.Sprintf("%x\n", ethcrypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	busKey, err := app.HubBusKey(key, common.HexToAddress(wallet))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := p2p.PeerIDFromKey(busKey)
	ch := make(chan int, 1)
	go func() {
		var out, errb bytes.Buffer
		args := append([]string{"hub", "announce", "--key-file", keyFile, "--name", name, "--endpoint", endpoint,
			"--wallet", wallet, "--miner-pay", "1.25", "--buyer-price", "2",
			"--listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port), "--every", "1s", "--duration", "30s"}, localBus...)
		args = append(args, extra...)
		code := Run(ctx, args, nil, &out, &errb)
		if code != 0 && ctx.Err() == nil {
			t.Errorf("hub announce %s: exit %d: %s", name, code, errb.String())
		}
		ch <- code
	}()
	return fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", port, id), ch
}

var localBus = []string{"--no-mdns", "--no-dht", "--no-nat"}

// listHubs runs `sonm miner hubs --json` until it has seen a hub (three
// tries of 3 s: the bus may take a moment to form) and returns the rows and
// the last run's stderr.
func listHubs(t *testing.T, ctx context.Context, boot, dataDir string, extra ...string) ([]hubRow, string) {
	t.Helper()
	var rows []hubRow
	var stderr string
	for attempt := 0; attempt < 3 && len(rows) == 0; attempt++ {
		var out, errb bytes.Buffer
		args := append([]string{"miner", "hubs", "--bootstrap", boot, "--listen", "/ip4/127.0.0.1/tcp/0", "--for", "3s", "--data-dir", dataDir, "--json", "--cores", "4"}, localBus...)
		args = append(args, extra...)
		if code := Run(ctx, args, nil, &out, &errb); code != 0 {
			t.Fatalf("miner hubs: got exit %d (%s), want 0", code, errb.String())
		}
		if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
			t.Fatalf("miner hubs --json: %v in %q", err, out.String())
		}
		stderr = errb.String()
	}
	return rows, stderr
}

// Two commands as two users would run them: a hub announces, a miner lists.
// No chain is given, so the miner says its chain checks are off.
func TestMinerHubsSeesAnnouncingHub(t *testing.T) {
	t.Setenv(EnvDeployment, "")
	key, _ := ethcrypto.GenerateKey()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	boot, hubDone := startHub(t, ctx, key, "cli-hub", "127.0.0.1:10001", "0x00000000000000000000000000000000000000aa")
	state := t.TempDir()
	rows, stderr := listHubs(t, ctx, boot, state)
	if len(rows) != 1 {
		t.Fatalf("got %d hubs, want 1", len(rows))
	}
	r := rows[0]
	want := hubRow{Name: "cli-hub", Owner: ethcrypto.PubkeyToAddress(key.PublicKey).Hex(), Status: "not confirmed", Reason: "chain not configured", MinerPaySNM: "1.25"}
	if r.Name != want.Name || r.Owner != want.Owner || r.Status != want.Status || r.Reason != want.Reason || r.MinerPaySNM != want.MinerPaySNM || r.Whitelist != "" {
		t.Fatalf("got %+v, want %+v", r, want)
	}
	if !strings.Contains(stderr, "chain checks are off") {
		t.Errorf("stderr %q: want a note that chain checks are off", stderr)
	}
	// The hubs list in the data directory keeps the hub for the next run.
	if b, err := os.ReadFile(filepath.Join(state, "hubs.json")); err != nil || !strings.Contains(string(b), "cli-hub") {
		t.Fatalf("state file: got %v, want it to name cli-hub", err)
	}
	cancel()
	<-hubDone
}

// One owner runs two hubs (two wallets) on one bus: each hub has a bus
// identity of its own, so the miner hears both. With the owner's key as
// both hubs' peer ID, the miner's bus kept one connection to "the" peer and
// heard one hub.
func TestMinerHubsSeesTwoHubsOfOneOwner(t *testing.T) {
	t.Setenv(EnvDeployment, "")
	key, _ := ethcrypto.GenerateKey()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bootA, doneA := startHub(t, ctx, key, "hub-a", "127.0.0.1:10001", "0x00000000000000000000000000000000000000aa")
	bootB, doneB := startHub(t, ctx, key, "hub-b", "127.0.0.1:10002", "0x00000000000000000000000000000000000000bb")
	if bootA[strings.LastIndex(bootA, "/"):] == bootB[strings.LastIndex(bootB, "/"):] {
		t.Fatalf("both hubs have peer ID %s", bootA[strings.LastIndex(bootA, "/")+1:])
	}
	state := t.TempDir()
	var names []string
	for attempt := 0; attempt < 5 && len(names) < 2; attempt++ {
		rows, _ := listHubs(t, ctx, bootA, state, "--bootstrap", bootB)
		names = names[:0]
		for _, r := range rows {
			names = append(names, r.Name)
		}
	}
	sort.Strings(names)
	if strings.Join(names, ",") != "hub-a,hub-b" {
		t.Fatalf("got hubs %v, want hub-a and hub-b", names)
	}
	cancel()
	<-doneA
	<-doneB
}

// A hub with a registered, funded, DAO-trusted wallet on a real chain, and a
// miner given that chain: the miner reads the hub's record, funds and
// payouts and checks it. A second hub announcing a wallet the Whitelist does
// not know is refused.
func TestMinerHubsChecksHubsOnChain(t *testing.T) {
	t.Setenv(EnvDeployment, "")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub", "stranger", "miner", "voter1", "voter2"}, Seed: t.Name()}, nil)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer net.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	c, hub := net.Client, net.Actor("hub")
	voters := []*devnet.Actor{net.Actor("voter1"), net.Actor("voter2")} // enough SNM together for a quorum
	must(net.Fund(ctx, snm.Wei(1_000), "hub"))
	must(net.Fund(ctx, snm.Wei(10_000_000), "voter1", "voter2"))
	for _, v := range voters {
		_, err = c.Delegate(ctx, v.Opts, v.Addr)
		must(err)
	}
	_, err = net.IncreaseTime(ctx, time.Minute)
	must(err)
	wallet, _, err := c.CreateWallet(ctx, hub.Opts, "127.0.0.1:10002", "chain-hub")
	must(err)
	_, err = c.Deposit(ctx, hub.Opts, wallet, snm.Wei(100))
	must(err)
	_, err = c.Register(ctx, hub.Opts, wallet)
	must(err)
	_, err = c.Pay(ctx, hub.Opts, wallet, net.Actor("miner").Addr, snm.Wei(10))
	must(err)
	_, err = net.PassProposal(ctx, voters[0], []chain.Action{c.ActionTrust(wallet)}, "trust chain-hub", voters...)
	must(err)
	dep := c.Deployment()
	dep.RPC = net.Chain.URL()
	depFile := filepath.Join(t.TempDir(), "deployment.json")
	must(dep.Save(depFile))

	boot, hubDone := startHub(t, ctx, hub.Key, "chain-hub", "127.0.0.1:10002", wallet.Hex())
	boot2, strangerDone := startHub(t, ctx, net.Actor("stranger").Key, "unlisted-hub", "127.0.0.1:10003", "0x00000000000000000000000000000000000000bb")
	state := t.TempDir()
	var rows []hubRow
	for attempt := 0; attempt < 3 && len(rows) < 2; attempt++ {
		rows, _ = listHubs(t, ctx, boot+","+boot2, state, "--deployment", depFile, "--policy", "trusted", "--confirmations", "0")
	}
	byName := map[string]hubRow{}
	for _, r := range rows {
		byName[r.Name] = r
	}
	got, ok := byName["chain-hub"]
	if !ok {
		t.Fatalf("got %+v, want chain-hub among them", rows)
	}
	// 100 deposited, 1 frozen at registration, 10 approved to the miner
	// and 30% of that locked until PayDay: 100 - 1 - 10 - 3 = 86 free.
	if got.Status != "checked" || got.Whitelist != "trusted" || got.FreeFundsSNM != "86" || got.Payouts != 1 || got.PaidMiners != 1 {
		t.Errorf("chain-hub: got %+v, want checked, whitelist trusted, 86 SNM free, 1 payout to 1 miner", got)
	}
	if u, ok := byName["unlisted-hub"]; !ok {
		t.Errorf("got %+v, want unlisted-hub among them", rows)
	} else if u.Status != "refused" || u.Reason != "not in whitelist" || u.Whitelist != "not listed" {
		t.Errorf("unlisted-hub: got %+v, want refused, not in whitelist", u)
	}
	cancel()
	<-hubDone
	<-strangerDone
}

func TestMinerHubsChainFlagsRefused(t *testing.T) {
	t.Setenv(EnvDeployment, "")
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing deployment file", []string{"--deployment", filepath.Join(dir, "none.json")}, "chain checks"},
		{"registry without rpc", []string{"--registry", "0x00000000000000000000000000000000000000aa"}, "--registry needs --rpc"},
		{"bad policy", []string{"--policy", "some"}, "--policy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append([]string{"miner", "hubs", "--for", "1s", "--data-dir", dir, "--listen", "/ip4/127.0.0.1/tcp/0"}, localBus...)
			code := Run(context.Background(), append(args, tc.args...), nil, &out, &errb)
			if code == 0 || !strings.Contains(errb.String(), tc.want) {
				t.Fatalf("got exit %d, stderr %q, want failure containing %q", code, errb.String(), tc.want)
			}
		})
	}
}

func TestHubsFile(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	old := filepath.Join(home, ".sonm", "miner-hubs.json")
	if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte("learnt"), 0o600); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(home, ".sonm", "miner", "hubs.json")
	for _, tc := range []struct {
		name string
		f    minerHubsFlags
		want string
	}{
		{"--state names the file", minerHubsFlags{stateFile: "/x/h.json"}, "/x/h.json"},
		{"--data-dir holds hubs.json", minerHubsFlags{dataDir: "/x"}, "/x/hubs.json"},
		{"default: the miner's data dir, the old list moved there", minerHubsFlags{}, moved},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.f.hubsFile()
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	if b, err := os.ReadFile(moved); err != nil || string(b) != "learnt" {
		t.Errorf("moved list: got %q, %v; want the old list's content", b, err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("old list: got %v, want it gone", err)
	}
}
