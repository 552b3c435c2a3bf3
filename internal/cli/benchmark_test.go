package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
)

func TestMinerBenchmarkJSON(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "hw.json")
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), []string{"miner", "benchmark", "--json", "--cache", cache, "--disk-path", t.TempDir()}, nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0 (stderr %q)", code, stderr.String())
	}
	var p struct {
		CPU struct {
			Cores       int     `json:"cores"`
			ScoreSingle float64 `json:"score_single"`
		} `json:"cpu"`
		GPUs []any `json:"gpus"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &p); err != nil {
		t.Fatalf("json: %v in %q", err, stdout.String())
	}
	if p.CPU.Cores < 1 || p.CPU.ScoreSingle <= 0 || p.GPUs == nil {
		t.Errorf("profile: got %+v, want cores >= 1, a score and a GPU list", p)
	}
}
