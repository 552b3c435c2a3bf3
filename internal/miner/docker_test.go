package miner

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/executor/executortest"
)

// dockerGuest builds the Docker executor's test guest into an image, or
// skips when no engine answers (unless SONM_REQUIRE_DOCKER=1).
func dockerGuest(t *testing.T) (*client.Client, string) {
	t.Helper()
	skip := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("SONM_REQUIRE_DOCKER") == "1" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format, args...)
	}
	c, err := client.New(client.FromEnv)
	if err != nil {
		skip("docker client: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := c.Ping(ctx, client.PingOptions{NegotiateAPIVersion: true}); err != nil {
		skip("no Docker engine reachable: %v", err)
	}
	bin, err := executortest.BuildGuest(t.TempDir(), "linux")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	ref := "sonm-miner-test-guest:" + hex.EncodeToString(sum[:6])
	var tarball bytes.Buffer
	if err := docker.WriteImageTar(&tarball, docker.ImageSpec{Ref: ref, Files: map[string][]byte{"guest": data}, Entrypoint: []string{"/guest"}}); err != nil {
		t.Fatal(err)
	}
	lctx, lcancel := context.WithTimeout(context.Background(), wait)
	defer lcancel()
	if _, err := docker.LoadImage(lctx, c, &tarball); err != nil {
		t.Fatal(err)
	}
	return c, ref
}

// A miner that crashed leaves a running container and a state file naming
// it: the restarted miner adopts the container and reports its result, and
// removes a leftover container of its own that no state names, while
// leaving another miner's alone.
func TestRestartAdoptsRunningContainers(t *testing.T) {
	api, ref := dockerGuest(t)
	de, err := docker.New(docker.DefaultConfig(), api, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	work := t.TempDir()
	start := func(task, outDir string, args ...string) *docker.Handle {
		t.Helper()
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			t.Fatal(err)
		}
		h, err := de.Start(ctx, executor.Job{TaskID: task, UnitID: task + "-0", Image: ref, Args: args, OutputDir: outDir,
			Resources: executor.Resources{Timeout: time.Minute}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { de.Remove(context.Background(), h.ID) })
		return h
	}
	running := filepath.Join(work, dirUnits, "5")
	start("adopt-me", running, "later", "1s")
	stray := start("stray", filepath.Join(work, dirUnits, "6"), "sleep", "60s")
	other := start("other-miner", filepath.Join(t.TempDir(), "units", "6"), "sleep", "60s")
	state, _ := json.Marshal(savedState{Version: stateVersion, Running: []savedRun{
		{ID: 5, Task: "adopt-me", Unit: 0, Executor: "docker", OutputDir: running},
	}})
	if err := os.WriteFile(filepath.Join(work, stateFile), state, 0o600); err != nil {
		t.Fatal(err)
	}

	hub := newFakeHub(t)
	startMiner(t, hub, Config{Executors: map[string]executor.Executor{"docker": de}, WorkDir: work})
	j := hub.next(t)
	r := j.result(t)
	if r.ID != 5 || r.ExitCode != 7 || r.Error != "" || len(r.Inline) != 1 || string(r.Inline[0].Data) != "done" {
		t.Errorf("adopted result: got %+v, want assignment 5, exit 7, later.txt = done", r)
	}
	found, err := de.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, f := range found {
		ids[f.ID] = true
	}
	if ids[stray.ID] {
		t.Errorf("the stray container %s is still there, want it removed", stray.ID)
	}
	if !ids[other.ID] {
		t.Errorf("another miner's container %s was removed, want it left alone", other.ID)
	}
}
