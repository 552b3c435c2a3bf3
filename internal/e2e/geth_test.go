package e2e

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestJourneyOnGeth is TestMultiProcess against a separately started
// go-ethereum node (`geth --dev`, the binary named by $SONM_GETH, built
// by .ci/geth from the go-ethereum version go.mod requires) instead of
// `sonm chain`: the contracts are deployed with `sonm chain deploy --rpc`,
// the actors get their SNM with `sonm token transfer`, and then a hub is
// registered, runs a job and pays its miners exactly once.
func TestJourneyOnGeth(t *testing.T) {
	bin := os.Getenv("SONM_GETH")
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("$SONM_GETH is not set: CI builds geth with .ci/geth and exports SONM_GETH=<its path>")
		}
		t.Skip("needs a geth binary: SONM_GETH=$(.ci/geth) go test ./internal/e2e -run TestJourneyOnGeth")
	}
	started := time.Now()
	w := newWorldOn(t, 3, func(w *world, funded []actor) { w.startGeth(bin, funded) })
	t.Logf("geth up, contracts deployed, actors funded in %s", time.Since(started).Round(time.Millisecond))
	journey(t, w, started)
}

// startGeth runs `geth --dev` on loopback only, funds the deployer and
// the actors with ETH from geth's unlocked developer account, deploys the
// contracts with `sonm chain deploy` and hands out SNM from the deployer.
func (w *world) startGeth(bin string, funded []actor) {
	w.t.Helper()
	addr := freeAddr(w.t)
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		w.t.Fatal(err)
	}
	url := "http://" + addr
	g := w.startProg("geth", bin, "--dev", "--dev.period", "0",
		// Today's mainnet block gas limit; geth's dev default (11.5M) is below it.
		"--dev.gaslimit", "60000000",
		"--datadir", filepath.Join(w.dir, "geth"),
		"--http", "--http.addr", host, "--http.port", port, "--http.api", "eth,net,web3",
		"--nodiscover", "--maxpeers", "0", "--nat", "none", "--port", "0",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0", "--ipcdisable", "--verbosity", "2")

	ctx, cancel := context.WithTimeout(w.ctx, jobTimeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		w.t.Fatal(err)
	}
	defer rc.Close()
	var dev []common.Address
	err = until(ctx, cmdTimeout, 100*time.Millisecond, func() (bool, error) {
		if exited, _ := g.Exited(); exited {
			return true, nil
		}
		return len(dev) > 0, rc.CallContext(ctx, &dev, "eth_accounts")
	})
	if exited, code := g.Exited(); exited || err != nil {
		w.t.Fatalf("geth did not serve JSON-RPC at %s (exited %v, code %d): %v\nstderr:\n%s", url, exited, code, err, g.Stderr)
	}

	deployer := w.newActor("deployer")
	eth := new(big.Int).Mul(big.NewInt(fundETH), big.NewInt(1e18))
	var txs []common.Hash
	for _, a := range append([]actor{deployer}, funded...) {
		var h common.Hash
		tx := map[string]any{"from": dev[0], "to": a.addr, "value": (*hexutil.Big)(eth)}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			w.t.Fatalf("fund %s with ETH from geth's developer account %s: %v", a.name, dev[0].Hex(), err)
		}
		txs = append(txs, h)
	}
	ec := ethclient.NewClient(rc)
	for _, h := range txs {
		var r *types.Receipt
		err := until(ctx, cmdTimeout, 50*time.Millisecond, func() (bool, error) {
			var err error
			r, err = ec.TransactionReceipt(ctx, h)
			return err == nil, nil
		})
		if err != nil {
			w.t.Fatalf("ETH funding transaction %s: no receipt: %v", h.Hex(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			w.t.Fatalf("ETH funding transaction %s failed", h.Hex())
		}
	}

	w.importKey(deployer)
	r := w.mustRun(jobTimeout, "deploy", "chain", "deploy", "--rpc", url, "--deployment", w.dep,
		"--keystore", deployer.keystore, "--json")
	var res struct {
		Deployed bool   `json:"deployed"`
		Gas      uint64 `json:"gas_used"`
	}
	if err := json.Unmarshal([]byte(r.Stdout), &res); err != nil || !res.Deployed {
		w.t.Fatalf("chain deploy --json printed %q, want deployed (%v)", r.Stdout, err)
	}
	w.t.Logf("sonm chain deploy: %d gas", res.Gas)
	for _, a := range funded {
		w.mustRun(cmdTimeout, "transfer-"+a.name, "token", "transfer", a.addr.Hex(), fundSNM, "--keystore", deployer.keystore)
	}
	w.t.Logf("geth at %s: developer account %s funded %d actors with %d ETH, the deployer gave them %s SNM each",
		url, dev[0].Hex(), len(funded), fundETH, fundSNM)
}
