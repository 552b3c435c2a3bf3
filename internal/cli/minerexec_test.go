package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMinerExecWasmJSON(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), []string{"miner", "exec", "../../examples/mandelbrot/spec.yaml", "--unit", "9", "--out", out, "--json", "--cache-dir", t.TempDir()}, nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0 (stderr %q)", code, stderr.String())
	}
	var rep struct {
		Failed int `json:"failed"`
		Units  []struct {
			Unit     int `json:"unit"`
			ExitCode int `json:"exit_code"`
			Outputs  []struct {
				Path   string `json:"Path"`
				SHA256 string `json:"SHA256"`
			} `json:"outputs"`
		} `json:"units"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("json: %v in %q", err, stdout.String())
	}
	if len(rep.Units) != 1 || rep.Units[0].Unit != 9 || len(rep.Units[0].Outputs) != 1 || rep.Units[0].Outputs[0].Path != "tile-9.png" {
		t.Fatalf("report: got %+v, want unit 9 with tile-9.png", rep)
	}
	if _, err := os.Stat(filepath.Join(out, "unit-9", "tile-9.png")); err != nil {
		t.Errorf("tile file: got %v, want it present", err)
	}
	if !strings.Contains(stderr.String(), "[unit 9]") && !strings.Contains(stderr.String(), "tile 9/64") {
		t.Errorf("live output: got %q, want the unit's own output", stderr.String())
	}
}

func TestMinerExecErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("name: x\nexecutor: wasm\nmodule: m.wasm\nunits:\n  count: 0\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"invalid spec", []string{"miner", "exec", bad}, "units.count: must be at least 1 and at most 1000000, got 0 (line 5)"},
		{"unit out of range", []string{"miner", "exec", "../../examples/mandelbrot/spec.yaml", "--unit", "64"}, "--unit 64: the task has 64 units (0..63)"},
		{"missing spec", []string{"miner", "exec", filepath.Join(dir, "nope.yaml")}, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Run(context.Background(), tt.args, nil, &stdout, &stderr)
			if code == 0 {
				t.Fatalf("exit code: got 0, want non-zero")
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr: got %q, want it to contain %q", stderr.String(), tt.want)
			}
		})
	}
}
