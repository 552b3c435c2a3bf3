package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/devchain"
)

// TestChainDeploy deploys to a separately started node (a go-ethereum dev
// node with nothing deployed, reached over HTTP like any other), then checks
// that a rerun sends nothing and that a file of another chain is kept.
func TestChainDeploy(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("SONM_PASSWORD", "test passphrase")
	t.Setenv("SONM_KEYSTORE", filepath.Join(dir, "keystore"))
	t.Setenv(EnvDeployment, filepath.Join(dir, "default.json"))
	var addrs []common.Address
	for range 2 {
		var k map[string]string
		if err := json.Unmarshal([]byte(mustSonm(t, "key", "new", "--light", "--json")), &k); err != nil {
			t.Fatalf("key new --json: %v", err)
		}
		addrs = append(addrs, common.HexToAddress(k["address"]))
	}
	deployer, broke := addrs[0].Hex(), addrs[1].Hex()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, err := devchain.New(devchain.Config{Accounts: addrs[:1]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	url := node.URL()

	if out, code := sonm(t, "chain", "deploy", "--from", deployer); code == 0 || !strings.Contains(out, "--rpc is required") {
		t.Errorf("deploy without --rpc: exit %d, want --rpc required:\n%s", code, out)
	}
	noGas := filepath.Join(dir, "nogas.json")
	if out, code := sonm(t, "chain", "deploy", "--rpc", url, "--deployment", noGas, "--from", broke); code == 0 || !strings.Contains(out, "ETH") {
		t.Errorf("deploy from an account without ETH: exit %d, want a refusal naming ETH:\n%s", code, out)
	}
	if _, err := os.Stat(noGas); !os.IsNotExist(err) {
		t.Errorf("failed deploy wrote %s (stat: %v)", noGas, err)
	}

	dep := filepath.Join(dir, "deployment.json")
	var res map[string]any
	if err := json.Unmarshal([]byte(mustSonm(t, "chain", "deploy", "--rpc", url, "--deployment", dep, "--from", deployer, "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if res["deployed"] != true || res["gas_used"].(float64) <= 0 {
		t.Fatalf("first deploy: got %v, want deployed with gas spent", res)
	}
	d, err := chain.LoadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	if d.RPC != url || d.ChainID != devchain.DefaultChainID {
		t.Errorf("deployment file: got rpc %q chain %d, want %q chain %d", d.RPC, d.ChainID, url, devchain.DefaultChainID)
	}
	if out := mustSonm(t, "token", "balance", deployer, "--deployment", dep); !strings.Contains(out, "444000000 SNM") {
		t.Errorf("deployer's SNM after deploy:\n%s", out)
	}
	nonce, err := node.Client().NonceAt(ctx, addrs[0], nil)
	if err != nil {
		t.Fatal(err)
	}

	// Again: nothing sent, the file unchanged.
	before, _ := os.ReadFile(dep)
	if err := json.Unmarshal([]byte(mustSonm(t, "chain", "deploy", "--rpc", url, "--deployment", dep, "--from", deployer, "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if res["deployed"] != false || res["gas_used"].(float64) != 0 {
		t.Errorf("second deploy: got %v, want nothing deployed", res)
	}
	if again, _ := node.Client().NonceAt(ctx, addrs[0], nil); again != nonce {
		t.Errorf("second deploy sent transactions: nonce %d, want %d", again, nonce)
	}
	if after, _ := os.ReadFile(dep); string(after) != string(before) {
		t.Errorf("second deploy rewrote the file")
	}

	// A file of another chain is kept.
	other := d
	other.ChainID = 999
	otherPath := filepath.Join(dir, "other.json")
	if err := other.Save(otherPath); err != nil {
		t.Fatal(err)
	}
	if out, code := sonm(t, "chain", "deploy", "--rpc", url, "--deployment", otherPath, "--from", deployer); code == 0 || !strings.Contains(out, "chain 999") {
		t.Errorf("deploy over another chain's file: exit %d, want refused:\n%s", code, out)
	}
}
