package devchain_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain/devchain"
)

// The crash test runs this test binary again as a helper process that
// starts a chain on a data dir, makes a few transactions and a time jump,
// reports them and then waits to be killed with SIGKILL: no Close, no flush.
const (
	crashEnvDir = "SONM_DEVCHAIN_CRASH_DIR"
	crashEnvKey = "SONM_DEVCHAIN_CRASH_KEY"
)

func TestCrashHelper(t *testing.T) {
	dir := os.Getenv(crashEnvDir)
	if dir == "" {
		t.Skip("helper process for TestDataDirSurvivesKill")
	}
	raw, err := hex.DecodeString(os.Getenv(crashEnvKey))
	if err != nil {
		t.Fatal(err)
	}
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := devchain.New(devchain.Config{DataDir: dir, NoHTTP: true, Accounts: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	_, to := newKey(t)
	for range 3 {
		transfer(ctx, t, c.Client(), key, to, big.NewInt(1000))
	}
	if _, err := c.IncreaseTime(ctx, 30*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	n, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("READY %s %d %d\n", to.Hex(), n, headTime(ctx, t, c.Client()))
	time.Sleep(time.Minute) // killed long before
}

func TestDataDirSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a helper process")
	}
	dir := t.TempDir()
	key, _ := newKey(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.v")
	cmd.Env = append(os.Environ(), crashEnvDir+"="+dir, crashEnvKey+"="+hex.EncodeToString(crypto.FromECDSA(key)))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var to common.Address
	var block, ts uint64
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if line, ok := strings.CutPrefix(sc.Text(), "READY "); ok {
			var addr string
			if _, err := fmt.Sscanf(line, "%s %d %d", &addr, &block, &ts); err != nil {
				t.Fatalf("helper said %q: %v", line, err)
			}
			to = common.HexToAddress(addr)
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatalf("kill helper: %v", err)
	}
	_ = cmd.Wait()
	if block == 0 {
		t.Fatal("helper never got ready")
	}
	checkResumed(t, dir, key, to, block, ts)
}

func checkResumed(t *testing.T, dir string, key *ecdsa.PrivateKey, to common.Address, block, ts uint64) {
	t.Helper()
	ctx := context.Background()
	c := startChain(t, devchain.Config{DataDir: dir, NoHTTP: true})
	ec := c.Client()
	gotBlock, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := ec.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want uint64
	}{
		{"block number", gotBlock, block},
		{"head time", headTime(ctx, t, ec), ts},
		{"recipient balance", bal.Uint64(), 3000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
	// The chain goes on from there.
	transfer(ctx, t, ec, key, to, big.NewInt(1))
}
