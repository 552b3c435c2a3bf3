package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestMinerStakeCommands drives `sonm miner stake` against a `sonm chain`
// in this process: deposit, status, unbonding, a withdrawal refused early
// and paid after the unbonding period.
func TestMinerStakeCommands(t *testing.T) {
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	t.Setenv("SONM_PASSWORD", "test passphrase")
	t.Setenv("SONM_KEYSTORE", filepath.Join(dir, "keystore"))
	t.Setenv(EnvDeployment, dep)
	var k map[string]string
	if err := json.Unmarshal([]byte(mustSonm(t, "key", "new", "--light", "--json")), &k); err != nil {
		t.Fatalf("key new --json: %v", err)
	}
	miner := k["address"]

	// Bad input fails before anything is dialled (no chain yet).
	if out, code := sonm(t, "miner", "stake", "deposit", "lots"); code == 0 || !strings.Contains(out, "AMOUNT") {
		t.Fatalf("deposit lots: exit %d, want an AMOUNT error:\n%s", code, out)
	}
	if out, code := sonm(t, "miner", "stake", "withdraw", "--request", "-1"); code == 0 || !strings.Contains(out, "--request") {
		t.Fatalf("withdraw --request -1: exit %d, want a --request error:\n%s", code, out)
	}

	startSonmChain(t, "--port", "0", "--deployment", dep, "--snm", "1000")
	if out := mustSonm(t, "miner", "stake", "status"); !strings.Contains(out, "below the minimum stake") {
		t.Errorf("status before a deposit:\n%s", out)
	}
	if out := mustSonm(t, "miner", "stake", "deposit", "300"); !strings.Contains(out, "your stake is 300 SNM") {
		t.Errorf("deposit:\n%s", out)
	}
	if out, code := sonm(t, "miner", "stake", "withdraw"); code == 0 || !strings.Contains(out, "withdraw --request AMOUNT") {
		t.Errorf("withdraw without a request: exit %d, want a hint:\n%s", code, out)
	}
	if out, code := sonm(t, "miner", "stake", "withdraw", "--request", "301"); code == 0 || !strings.Contains(out, "only 300 SNM") {
		t.Errorf("withdraw --request 301: exit %d:\n%s", code, out)
	}
	if out := mustSonm(t, "miner", "stake", "withdraw", "--request", "100"); !strings.Contains(out, "unbonding 100 SNM") {
		t.Errorf("withdraw --request 100:\n%s", out)
	}
	var st stakeView
	if err := json.Unmarshal([]byte(mustSonm(t, "miner", "stake", "status", miner, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.StakeSNM != "300" || st.UnbondingSNM != "100" || st.Withdrawable || !isRFC3339(st.ReleaseAt) || !isRFC3339(st.ChainTime) ||
		st.UnbondingSecs != 7*24*3600 || st.Quorum != 2 {
		t.Errorf("status --json: got %+v, want 300 staked, 100 unbonding for 7 days, RFC 3339 times", st)
	}
	if out, code := sonm(t, "miner", "stake", "withdraw"); code == 0 || !strings.Contains(out, "unbonds until") {
		t.Errorf("early withdraw: exit %d:\n%s", code, out)
	}
	mustSonm(t, "chain", "advance", "7d")
	var w txMessage
	if err := json.Unmarshal([]byte(mustSonm(t, "miner", "stake", "withdraw", "--json")), &w); err != nil || w.Tx == "" || !strings.Contains(w.Message, "withdrew 100 SNM") {
		t.Errorf("withdraw --json: got %+v (%v)", w, err)
	}
	if out := mustSonm(t, "miner", "stake", "status"); !strings.Contains(out, "200 SNM") || strings.Contains(out, "unbonding  ") {
		t.Errorf("status after the withdrawal:\n%s", out)
	}
	if out := mustSonm(t, "token", "balance"); !strings.Contains(out, "800 SNM") {
		t.Errorf("balance after the withdrawal:\n%s", out)
	}
}
