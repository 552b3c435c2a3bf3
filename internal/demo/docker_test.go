package demo

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hellodocker "github.com/sonm-io/sonm/examples/hello-docker"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// checkDocker checks the container job of a demo run with Docker: the
// verified outputs are what the program writes, and every verified
// container run is paid once. Where no engine answered it checks that the
// story said why, and skips, unless SONM_REQUIRE_DOCKER=1 (CI), where it
// fails.
func checkDocker(t *testing.T, res *Result, story string) {
	d := res.Docker
	if d == nil {
		if res.DockerNote == "" || !strings.Contains(story, "note: no container job: "+res.DockerNote) {
			t.Fatalf("no container job and no note saying why:\n%s", story)
		}
		if os.Getenv("SONM_REQUIRE_DOCKER") == "1" {
			t.Fatalf("SONM_REQUIRE_DOCKER=1 but the demo ran no container job: %s", res.DockerNote)
		}
		t.Skipf("skipping: %s (set SONM_REQUIRE_DOCKER=1 to make this a failure)", res.DockerNote)
	}
	who := []string{"miners", "hubs", "clients", "everyone"}
	if len(d.Outputs) != len(who) {
		t.Errorf("got %d outputs, want %d: %q", len(d.Outputs), len(who), d.Outputs)
	}
	for i, w := range who {
		name := fmt.Sprintf("hello-%d.txt", i)
		if want := fmt.Sprintf("hello, %s, from unit %d (uid 65534)\n", w, i); d.Outputs[name] != want {
			t.Errorf("%s: got %q, want %q", name, d.Outputs[name], want)
		}
	}
	if d.Units != 4 || d.Replication != DockerReplication {
		t.Errorf("got %d units x%d, want 4 x%d", d.Units, d.Replication, DockerReplication)
	}
	runs := int64(d.Units * d.Replication)
	if want := new(big.Int).Mul(hubapi.UnitRunWei(BuyerPrice, 0.5, 30*time.Second), big.NewInt(runs)); d.Price.Cmp(want) != 0 {
		t.Errorf("buyer paid %s, want %s", snm.String(d.Price), snm.String(want))
	}
	if want := hubapi.UnitRunWei(MinerPay, 0.5, 30*time.Second); d.UnitPay.Cmp(want) != 0 {
		t.Errorf("unit pay %s, want %s", snm.String(d.UnitPay), snm.String(want))
	}
	total, n, workers := new(big.Int), 0, 0
	for name, p := range d.MinerPaid {
		total.Add(total, p)
		n += d.Replicas[name]
		if d.Replicas[name] > 0 {
			workers++
		}
		if d.Replicas[name] > d.Units {
			t.Errorf("%s ran %d replicas of %d units: some unit twice", name, d.Replicas[name], d.Units)
		}
		if want := new(big.Int).Mul(d.UnitPay, big.NewInt(int64(d.Replicas[name]))); p.Cmp(want) != 0 {
			t.Errorf("%s paid %s for %d container runs, want %s", name, snm.String(p), d.Replicas[name], snm.String(want))
		}
	}
	if int64(n) != runs {
		t.Errorf("paid container runs = %d, want %d", n, runs)
	}
	if want := new(big.Int).Mul(d.UnitPay, big.NewInt(runs)); total.Cmp(want) != 0 {
		t.Errorf("miners paid %s for containers, want %s", snm.String(total), snm.String(want))
	}
	if workers < DockerReplication {
		t.Errorf("%d miners ran containers, want at least %d", workers, DockerReplication)
	}
	if len(d.Loaded) == 0 {
		t.Errorf("no miner loaded the image from the task's bundle")
	}
	for _, s := range []string{"no network, all capabilities dropped", "32 MiB memory", "16 processes", "hello-3.txt: hello, everyone", "verified container runs"} {
		if !strings.Contains(story, s) {
			t.Errorf("story lacks %q:\n%s", s, story)
		}
	}
}

// Without an engine that answers, the container job is refused with a
// reason a person can act on.
func TestSetupDockerWithoutEngine(t *testing.T) {
	t.Setenv("DOCKER_HOST", "unix://"+filepath.Join(t.TempDir(), "no-docker.sock"))
	d, err := setupDocker(context.Background(), t.TempDir(), io.Discard)
	if err == nil {
		d.close()
		t.Fatal("got a Docker world, want an error")
	}
	if !strings.Contains(err.Error(), "the Docker engine does not answer") || !strings.Contains(err.Error(), "DOCKER_HOST") {
		t.Errorf("got %q, want it to say the engine does not answer and what to do", err)
	}
}

// The isolation line tells the executor's fixed confinement and the
// example's own limits.
func TestIsolation(t *testing.T) {
	data, err := fs.ReadFile(hellodocker.Files, "spec.yaml")
	if err != nil {
		t.Fatal(err)
	}
	spec, err := taskspec.Parse(data, ".")
	if err != nil {
		t.Fatal(err)
	}
	want := "no network, all capabilities dropped, no new privileges, read-only root filesystem, user nobody (65534), 0.5 CPU, 32 MiB memory, no swap, 16 processes, killed after 30s"
	if got := isolation(spec); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	spec.Resources.Pids = 0
	if got := isolation(spec); !strings.Contains(got, "256 processes") {
		t.Errorf("without pids: got %q, want the executor's default of 256 processes", got)
	}
}
