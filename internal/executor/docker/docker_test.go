package docker

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/executortest"
)

// The test image is built once per test binary: a static guest binary in an
// image FROM scratch, loaded through the executor's own LoadImage.
var (
	testImage  string
	testGuest  []byte // the guest binary in testImage
	dockerErr  error  // why the engine is unusable, nil when it is
	testClient *client.Client
)

const helperEnv = "SONM_DOCKER_TEST_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(helperMain())
	}
	dockerErr = setup()
	code := m.Run()
	if testClient != nil {
		testClient.Close()
	}
	os.Exit(code)
}

func setup() error {
	c, err := client.New(client.FromEnv)
	if err != nil {
		return fmt.Errorf("docker client: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := c.Ping(ctx, client.PingOptions{NegotiateAPIVersion: true}); err != nil {
		c.Close()
		return fmt.Errorf("no Docker engine reachable: %w", err)
	}
	testClient = c
	dir, err := os.MkdirTemp("", "sonm-docker-test")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin, err := executortest.BuildGuest(dir, "linux")
	if err != nil {
		return err
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	ref := "sonm-test-guest:" + hex.EncodeToString(sum[:6])
	var tarball bytes.Buffer
	if err := WriteImageTar(&tarball, ImageSpec{Ref: ref, Files: map[string][]byte{"guest": data}, Entrypoint: []string{"/guest"}}); err != nil {
		return err
	}
	lctx, lcancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer lcancel()
	if _, err := LoadImage(lctx, c, &tarball); err != nil {
		return err
	}
	testImage, testGuest = ref, data
	return nil
}

// requireDocker skips the test where no engine is reachable, unless
// SONM_REQUIRE_DOCKER=1 (CI), where it fails.
func requireDocker(t *testing.T) {
	t.Helper()
	if dockerErr == nil {
		return
	}
	if os.Getenv("SONM_REQUIRE_DOCKER") == "1" {
		t.Fatalf("SONM_REQUIRE_DOCKER=1 but %v", dockerErr)
	}
	t.Skipf("skipping: %v (start dockerd, or set SONM_REQUIRE_DOCKER=1 to make this a failure)", dockerErr)
}

func newExecutor(t *testing.T) *Executor {
	t.Helper()
	requireDocker(t)
	e, err := New(DefaultConfig(), testClient, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func job(t *testing.T, args ...string) (executor.Job, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	return executor.Job{
		TaskID:    "test-" + strings.ReplaceAll(t.Name(), "/", "-"),
		UnitID:    "u0",
		Image:     testImage,
		Args:      args,
		OutputDir: t.TempDir(),
		Stdout:    &stdout,
		Stderr:    &stderr,
		Resources: executor.Resources{Timeout: 60 * time.Second, MemoryBytes: 128 << 20},
	}, &stdout, &stderr
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestRunsAsNonRoot(t *testing.T) {
	e := newExecutor(t)
	j, stdout, stderr := job(t, "id")
	res, err := e.Run(context.Background(), j)
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("Run: got %v, exit %d (stderr %q), want a clean run", err, res.ExitCode, stderr)
	}
	if stdout.String() != "65534 65534\n" {
		t.Errorf("uid gid: got %q, want %q", stdout, "65534 65534\n")
	}
	assertNoContainers(t, e)
}

func assertNoContainers(t *testing.T, e *Executor) {
	t.Helper()
	found, err := e.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		if strings.HasPrefix(f.TaskID, "test-"+strings.Split(t.Name(), "/")[0]) {
			t.Errorf("container left behind: got %s (%s), want it removed", f.ID[:12], f.TaskID)
		}
	}
}

func TestIsolation(t *testing.T) {
	e := newExecutor(t)
	inDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(inDir, "in.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	hostFile := filepath.Join(t.TempDir(), "host-secret")
	if err := os.WriteFile(hostFile, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		edit     func(*executor.Job)
		wantExit int
		wantOOM  bool
		wantOut  string
	}{
		{name: "no network by default", args: []string{"ifaces"}, wantExit: 0, wantOut: "loopback only"},
		{name: "fork bomb stopped by pids limit", args: []string{"forkbomb"}, edit: func(j *executor.Job) { j.Resources.Pids = 32 }, wantExit: 3, wantOut: "then: fork/exec /guest: resource temporarily unavailable"},
		{name: "root filesystem is read-only", args: []string{"write", "/newfile"}, wantExit: 3, wantOut: "read-only file system"},
		{name: "tmp is writable", args: []string{"write", "/tmp/scratch"}, wantExit: 0},
		{name: "host passwd is not the container's", args: []string{"open", "/etc/passwd"}, wantExit: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, stdout, stderr := job(t, tt.args...)
			j.InputDir = inDir
			if tt.edit != nil {
				tt.edit(&j)
			}
			res, err := e.Run(context.Background(), j)
			if err != nil {
				t.Fatalf("Run: got error %v, want nil", err)
			}
			if res.OOM != tt.wantOOM {
				t.Errorf("OOM: got %v, want %v (stdout %q)", res.OOM, tt.wantOOM, stdout)
			}
			if res.ExitCode != tt.wantExit {
				t.Errorf("exit code: got %d, want %d (stdout %q stderr %q)", res.ExitCode, tt.wantExit, stdout, stderr)
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("stdout: got %q, want it to contain %q", stdout, tt.wantOut)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(inDir, "new.txt")); err == nil {
		t.Errorf("input dir: got new.txt written, want read-only")
	}
}

func TestPublishedPort(t *testing.T) {
	e := networkExecutor(t)
	j, _, _ := job(t, "serve")
	j.Network, j.Ports = true, []int{8080}
	h, err := e.Start(context.Background(), j)
	if err != nil {
		t.Fatal(err)
	}
	addr := h.Published[8080]
	if !strings.HasPrefix(addr, "127.0.0.1:") {
		e.Remove(context.Background(), h.ID)
		t.Fatalf("published: got %v, want 8080 on 127.0.0.1", h.Published)
	}
	var body string
	for i := 0; i < 50 && body == ""; i++ {
		resp, err := http.Get("http://" + addr + "/")
		if err != nil {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		body = string(b)
	}
	res, err := e.Wait(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	if body != "pong" || res.ExitCode != 0 {
		t.Errorf("service: got body %q exit %d, want \"pong\" and 0", body, res.ExitCode)
	}
}

// helperMain is the "miner" that the restart test kills: it starts a
// container, prints its id and waits to be killed.
func helperMain() int {
	c, err := client.New(client.FromEnv)
	if err != nil {
		fmt.Println("ERR", err)
		return 1
	}
	e, err := New(DefaultConfig(), c, nil)
	if err != nil {
		fmt.Println("ERR", err)
		return 1
	}
	h, err := e.Start(context.Background(), executor.Job{
		TaskID: os.Getenv(helperEnv), UnitID: "u-restart", Image: os.Getenv("SONM_TEST_IMAGE"),
		Args: []string{"later", "2s"}, OutputDir: os.Getenv("SONM_TEST_OUT"), Outputs: []string{"later.txt"},
	})
	if err != nil {
		fmt.Println("ERR", err)
		return 1
	}
	fmt.Println("STARTED", h.ID)
	time.Sleep(time.Minute)
	return 0
}

func TestRestartFindsContainersByLabel(t *testing.T) {
	e := newExecutor(t)
	task := fmt.Sprintf("restart-%d", time.Now().UnixNano())
	out := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+task, "SONM_TEST_IMAGE="+testImage, "SONM_TEST_OUT="+out)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	// The miner dies without any chance to clean up.
	cmd.Process.Kill()
	cmd.Wait()
	id, ok := strings.CutPrefix(strings.TrimSpace(line), "STARTED ")
	if !ok {
		t.Fatalf("helper: got %q, want STARTED <id>", line)
	}

	found, err := e.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var mine *Found
	for i := range found {
		if found[i].TaskID == task {
			mine = &found[i]
		}
	}
	if mine == nil {
		t.Fatalf("List: got %d containers without task %s, want the killed miner's container", len(found), task)
	}
	if mine.ID != id || mine.UnitID != "u-restart" || mine.OutputDir != out || fmt.Sprint(mine.Outputs) != "[later.txt]" {
		t.Errorf("found: got %+v, want id %s unit u-restart output %s outputs [later.txt]", *mine, id, out)
	}
	var logs bytes.Buffer
	h, err := e.Adopt(context.Background(), *mine, &logs, &logs)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Wait(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 7 {
		t.Errorf("adopted exit code: got %d, want 7", res.ExitCode)
	}
	if len(res.Outputs) != 1 || res.Outputs[0].SHA256 != hexSum([]byte("done")) {
		t.Errorf("adopted outputs: got %+v, want later.txt with sha256 of \"done\"", res.Outputs)
	}
	if !strings.Contains(logs.String(), "later done") {
		t.Errorf("adopted logs: got %q, want them to contain %q", logs.String(), "later done")
	}
	found, _ = e.List(context.Background())
	for _, f := range found {
		if f.TaskID == task {
			t.Errorf("after Wait: got container %s still present, want it removed", f.ID[:12])
		}
	}
}

func TestImageTarDeterministic(t *testing.T) {
	spec := ImageSpec{Ref: "x:1", Files: map[string][]byte{"a": []byte("1"), "b/c": []byte("2")}, Entrypoint: []string{"/a"}}
	var a, b bytes.Buffer
	if err := WriteImageTar(&a, spec); err != nil {
		t.Fatal(err)
	}
	if err := WriteImageTar(&b, spec); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two writes: got different bytes (%d vs %d), want identical", a.Len(), b.Len())
	}
}

func TestInvalidJobs(t *testing.T) {
	e, err := New(DefaultConfig(), &client.Client{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		job  executor.Job
		want error
	}{
		{"no image", executor.Job{OutputDir: "/tmp"}, executor.ErrInvalidJob},
		{"no output dir", executor.Job{Image: "x"}, executor.ErrInvalidJob},
		{"gpus on a machine without", executor.Job{Image: "x", OutputDir: "/tmp", Resources: executor.Resources{GPUs: 1}}, ErrNoGPU},
		{"ports without network", executor.Job{Image: "x", OutputDir: "/tmp", Ports: []int{80}}, executor.ErrInvalidJob},
		{"network on a miner that allows none", executor.Job{Image: "x", OutputDir: "/tmp", Network: true}, ErrNetworkNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.Run(context.Background(), tt.job)
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func networkExecutor(t *testing.T) *Executor {
	t.Helper()
	requireDocker(t)
	cfg := DefaultConfig()
	cfg.AllowNetwork = true
	e, err := New(cfg, testClient, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// bridgeListener listens on the docker0 gateway address, the host as a
// container on the default bridge sees it, and accepts until the test ends.
func bridgeListener(t *testing.T) string {
	t.Helper()
	// CI's engine always has the default bridge: there its absence fails.
	missing := t.Skipf
	if os.Getenv("SONM_REQUIRE_DOCKER") == "1" {
		missing = t.Fatalf
	}
	ifc, err := net.InterfaceByName("docker0")
	if err != nil {
		missing("no docker0 bridge on this host: %v", err)
	}
	addrs, err := ifc.Addrs()
	if err != nil {
		t.Fatal(err)
	}
	var ip net.IP
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil {
			ip = n.IP
		}
	}
	if ip == nil {
		missing("docker0 has no IPv4 address (%v)", addrs)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(ip.String(), "0"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return ln.Addr().String()
}

// A unit reaches the host only where the miner allows network and the unit
// asks for it; published ports do not bring outbound access with them.
func TestNetworkIsTheMinersChoice(t *testing.T) {
	closed, open := newExecutor(t), networkExecutor(t)
	addr := bridgeListener(t)
	tests := []struct {
		name     string
		e        *Executor
		network  bool
		ports    []int
		wantErr  error
		wantExit int
	}{
		{name: "network off cannot reach the bridge gateway", e: open, wantExit: 3},
		{name: "allowed and asked reaches it", e: open, network: true, wantExit: 0},
		{name: "asked on a miner that allows none", e: closed, network: true, wantErr: ErrNetworkNotAllowed},
		{name: "ports without network are refused", e: open, ports: []int{8080}, wantErr: executor.ErrInvalidJob},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, stdout, _ := job(t, "dial", addr)
			j.Network, j.Ports = tt.network, tt.ports
			res, err := tt.e.Run(context.Background(), j)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Run: got %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Run: got error %v, want nil", err)
			}
			if res.ExitCode != tt.wantExit {
				t.Errorf("exit code: got %d, want %d (stdout %q)", res.ExitCode, tt.wantExit, stdout)
			}
		})
	}
	assertNoContainers(t, open)
}

func dirBytes(t *testing.T, dir string) int64 {
	t.Helper()
	var n int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil {
			if fi, err := d.Info(); err == nil && fi.Mode().IsRegular() {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
