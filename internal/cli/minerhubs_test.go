package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/p2p"
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

// Two commands as two users would run them: a hub announces, a miner lists.
func TestMinerHubsSeesAnnouncingHub(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "hub.key")
	if err := os.WriteFile(keyFile, []byte(fmt.Sprintf("%x\n", ethcrypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	id, _ := p2p.PeerIDFromKey(key)
	boot := fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", port, id)
	local := []string{"--no-mdns", "--no-dht", "--no-nat"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	hubDone := make(chan int, 1)
	go func() {
		var out, errb bytes.Buffer
		args := append([]string{"hub", "announce", "--key-file", keyFile, "--name", "cli-hub", "--endpoint", "127.0.0.1:10001",
			"--wallet", "0x00000000000000000000000000000000000000aa", "--miner-pay", "1.25", "--buyer-price", "2",
			"--listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port), "--every", "200ms", "--duration", "20s"}, local...)
		hubDone <- Run(ctx, args, nil, &out, &errb)
	}()
	state := filepath.Join(dir, "hubs.json")
	var rows []hubRow
	for attempt := 0; attempt < 3 && len(rows) == 0; attempt++ {
		var out, errb bytes.Buffer
		args := append([]string{"miner", "hubs", "--bootstrap", boot, "--listen", "/ip4/127.0.0.1/tcp/0", "--for", "3s", "--state", state, "--json", "--cores", "4"}, local...)
		if code := Run(ctx, args, nil, &out, &errb); code != 0 {
			t.Fatalf("miner hubs: got exit %d (%s), want 0", code, errb.String())
		}
		if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
			t.Fatalf("miner hubs --json: %v in %q", err, out.String())
		}
	}
	if len(rows) != 1 {
		t.Fatalf("got %d hubs, want 1", len(rows))
	}
	r := rows[0]
	want := hubRow{Name: "cli-hub", Owner: ethcrypto.PubkeyToAddress(key.PublicKey).Hex(), Status: "not confirmed", Reason: "chain not configured", MinerPaySNM: "1.25"}
	if r.Name != want.Name || r.Owner != want.Owner || r.Status != want.Status || r.Reason != want.Reason || r.MinerPaySNM != want.MinerPaySNM {
		t.Fatalf("got %+v, want %+v", r, want)
	}
	// The state file keeps the hub for the next run.
	if b, err := os.ReadFile(state); err != nil || !strings.Contains(string(b), "cli-hub") {
		t.Fatalf("state file: got %v, want it to name cli-hub", err)
	}
	cancel()
	<-hubDone
}
