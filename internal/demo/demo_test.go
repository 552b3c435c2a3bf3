package demo

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

func TestRun(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var out bytes.Buffer
	res, err := Run(ctx, &out, Options{Port: -1})
	if err != nil {
		t.Fatalf("demo failed: %v\n%s", err, out.String())
	}
	want := map[string]int64{"miner-1": 100, "miner-2": 150, "miner-3": 200}
	for name, n := range want {
		if got := res.MinerPaid[name]; got == nil || got.Cmp(snm.Wei(n)) != 0 {
			t.Errorf("%s was paid %v, want %d SNM", name, got, n)
		}
	}
	// 30% of 450 SNM locked, 0.5% of that to the DAO: 0.675 SNM.
	if wantFee, _ := snm.Parse("0.675"); res.DAOFee.Cmp(wantFee) != 0 {
		t.Errorf("DAO fee = %s, want 0.675 SNM", snm.String(res.DAOFee))
	}
	if res.FinalState != chain.WalletIdle {
		t.Errorf("final wallet state = %s, want Idle", res.FinalState)
	}
	// Every miner pulled its pay, and escrow released into the wallet must
	// not be mistaken for a pull.
	if res.Unclaimed.Sign() != 0 {
		t.Errorf("unclaimed payouts at the end = %s, want 0", snm.String(res.Unclaimed))
	}
	if res.TotalSupply.Cmp(res.InitialTotal) != 0 {
		t.Errorf("total supply = %s, want %s", res.TotalSupply, res.InitialTotal)
	}
	for _, s := range []string{"whitelist status: trusted", "the hub wallet is Suspected", "Done in"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("story lacks %q:\n%s", s, out.String())
		}
	}
}
