package cli

import (
	"context"
	"testing"

	"github.com/sonm-io/sonm/internal/hardware"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// The miner tells the hub about its GPUs and network; its Docker executor
// must be built with the same, or every unit placed for them fails.
func TestMinerOfferMatchesDockerConfig(t *testing.T) {
	tests := []struct {
		name    string
		gpus    int
		network bool
	}{
		{"no gpus, no network", 0, false},
		{"two gpus", 2, false},
		{"network allowed", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := hardware.Profile{GPUs: make([]hardware.GPU, tt.gpus)}
			c, cfg := minerOffer(4, p, tt.network)
			if c.GPUs != tt.gpus || cfg.GPUs != tt.gpus {
				t.Errorf("gpus: got capacity %d, executor %d, want %d", c.GPUs, cfg.GPUs, tt.gpus)
			}
			if c.Network != tt.network || cfg.AllowNetwork != tt.network {
				t.Errorf("network: got capacity %v, executor %v, want %v", c.Network, cfg.AllowNetwork, tt.network)
			}
		})
	}
}

func TestExecDockerConfig(t *testing.T) {
	smi := func(context.Context, string, ...string) ([]byte, error) {
		return []byte("0, NVIDIA H200, 143771, GPU-a\n1, NVIDIA H200, 143771, GPU-b\n"), nil
	}
	tests := []struct {
		name     string
		gpus     int
		network  bool
		wantGPUs int
	}{
		{"gpu unit sees the machine's gpus", 1, false, 2},
		{"cpu unit", 0, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := &taskspec.Spec{Executor: taskspec.ExecutorDocker}
			spec.Resources.GPUs = tt.gpus
			cfg, err := execDockerConfig(context.Background(), spec, tt.network, smi)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.GPUs != tt.wantGPUs {
				t.Errorf("GPUs: got %d, want %d", cfg.GPUs, tt.wantGPUs)
			}
			if cfg.AllowNetwork != tt.network {
				t.Errorf("AllowNetwork: got %v, want %v", cfg.AllowNetwork, tt.network)
			}
		})
	}
}
