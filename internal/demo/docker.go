package demo

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/moby/moby/client"

	hellodocker "github.com/sonm-io/sonm/examples/hello-docker"
	"github.com/sonm-io/sonm/internal/buyer"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/taskspec"
)

// DockerResult is how the container job ended.
type DockerResult struct {
	Task        string
	DealID      common.Hash
	Price       *big.Int // what the buyer paid into escrow
	Units       int
	Replication int
	UnitPay     *big.Int            // what one verified replica earns
	Outputs     map[string]string   // the verified output files, by name
	Replicas    map[string]int      // verified replicas by miner
	MinerPaid   map[string]*big.Int // pay for the container job, by miner
	Loaded      []string            // miners that loaded the image from the task's bundle
}

// DockerReplication is how many miners run each hello-docker unit.
const DockerReplication = 2

// dockerWorld is what the container job needs: an engine that answers and
// the example's task, its image tarball built at demo time.
type dockerWorld struct {
	api      *client.Client
	version  string
	specPath string
	spec     *taskspec.Spec
	tarSize  int64
	built    time.Duration
	images   *tarballImages
}

func (d *dockerWorld) close() {
	if d != nil {
		d.api.Close()
	}
}

// setupDocker checks that the Docker engine answers, then builds the
// hello-docker image and writes its task into dir, telling progress. The
// error says why the container job cannot run.
func setupDocker(ctx context.Context, dir string, progress io.Writer) (*dockerWorld, error) {
	api, err := client.New(client.FromEnv)
	if err != nil {
		return nil, fmt.Errorf("docker client: %w", err)
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := api.Ping(pctx, client.PingOptions{NegotiateAPIVersion: true}); err != nil {
		api.Close()
		return nil, fmt.Errorf("the Docker engine does not answer (%w); start it, or point $DOCKER_HOST at one", err)
	}
	d := &dockerWorld{api: api, images: &tarballImages{images: docker.NewImages(api, nil)}}
	if v, err := api.ServerVersion(pctx, client.ServerVersionOptions{}); err == nil {
		d.version = v.Version
	}
	fmt.Fprintf(progress, "  the Docker engine %sanswers; building the hello-docker image (a static Go binary, FROM scratch, no registry)…\n", strings.TrimPrefix(d.version+" ", " "))
	started := time.Now()
	if d.specPath, err = WriteHelloDocker(ctx, dir, DockerReplication); err != nil {
		api.Close()
		return nil, err
	}
	data, err := os.ReadFile(d.specPath)
	if err == nil {
		d.spec, err = taskspec.Parse(data, dir)
	}
	if err != nil {
		api.Close()
		return nil, fmt.Errorf("hello-docker spec: %w", err)
	}
	if fi, err := os.Stat(d.spec.Resolve(d.spec.Image.Tarball)); err == nil {
		d.tarSize = fi.Size()
	}
	d.built = time.Since(started)
	return d, nil
}

// WriteHelloDocker writes the hello-docker example's spec, with replication
// repl, its input and its image tarball (built here with the go toolchain)
// into dir, and returns the spec's path.
func WriteHelloDocker(ctx context.Context, dir string, repl int) (string, error) {
	spec, err := fs.ReadFile(hellodocker.Files, "spec.yaml")
	if err != nil {
		return "", err
	}
	readme, err := fs.ReadFile(hellodocker.Files, "README.md")
	if err != nil {
		return "", err
	}
	s := strings.Replace(string(spec), "replication: 2", fmt.Sprintf("replication: %d", repl), 1)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := hellodocker.Build(ctx, filepath.Join(dir, "hello-docker.tar")); err != nil {
		return "", fmt.Errorf("build the hello-docker image: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), readme, 0o644); err != nil {
		return "", err
	}
	p := filepath.Join(dir, "spec.yaml")
	return p, os.WriteFile(p, []byte(s), 0o644)
}

// tarballImages prepares the miners' images with docker.Images (the
// tarball the task's bundle carries is loaded even when the engine already
// has the reference: a stale image of the same name must not stand in for
// the buyer's) and notes which miners loaded one.
type tarballImages struct {
	images *docker.Images
	mu     sync.Mutex
	loaded []string
}

// forMiner is the ImagePreparer of one miner.
func (t *tarballImages) forMiner(name string) minerImages { return minerImages{t, name} }

type minerImages struct {
	t    *tarballImages
	name string
}

var _ miner.ImagePreparer = minerImages{}

func (m minerImages) Prepare(ctx context.Context, spec *taskspec.Spec) (string, error) {
	id, err := m.t.images.Prepare(ctx, spec)
	if err != nil {
		return "", err
	}
	if spec.Image.Tarball != "" {
		m.t.mu.Lock()
		m.t.loaded = append(m.t.loaded, m.name)
		m.t.mu.Unlock()
	}
	return id, nil
}

func (t *tarballImages) takeLoaded() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	l := t.loaded
	t.loaded = nil
	sort.Strings(l)
	return l
}

// isolation says in one line how a unit of spec is confined.
func isolation(spec *taskspec.Spec) string {
	r := spec.Resources
	parts := []string{"no network", "all capabilities dropped", "no new privileges", "read-only root filesystem", "user nobody (65534)"}
	if r.CPU > 0 {
		parts = append(parts, fmt.Sprintf("%g CPU", r.CPU))
	}
	if r.Memory > 0 {
		parts = append(parts, fmt.Sprintf("%d MiB memory, no swap", r.Memory>>20))
	}
	pids := int64(docker.DefaultConfig().DefaultPids)
	if r.Pids > 0 {
		pids = r.Pids
	}
	parts = append(parts, fmt.Sprintf("%d processes", pids))
	if r.MaxDuration > 0 {
		parts = append(parts, fmt.Sprintf("killed after %s", time.Duration(r.MaxDuration)))
	}
	return strings.Join(parts, ", ")
}

// containerJob is the second task of the story: the buyer runs hello-docker
// on the miners' Docker engines, reads what the containers wrote, and the
// miners are paid for it. earlier is what each miner had been paid before,
// by name.
func (s *story) containerJob(ctx context.Context, d *dockerWorld, cl *buyer.Client, locator string, wallet common.Address, outDir string, earlier map[string]*big.Int) (*DockerResult, error) {
	spec := d.spec
	units := spec.UnitCount()
	s.step(fmt.Sprintf("The buyer submits a second task, hello-docker: %d units of a static Go binary in an image built FROM scratch a moment ago, each run in Docker containers by %d different miners. The task's bundle carries the image tarball; each miner loads it into its engine.", units, spec.Replication))
	s.say("  each container: %s", isolation(spec))
	started := time.Now()
	sub, err := cl.Submit(ctx, locator, d.specPath, outDir)
	if err != nil {
		return nil, err
	}
	res := &DockerResult{Task: sub.Task, DealID: sub.Deal.ID, Price: sub.Price, Units: sub.Quote.Units, Replication: spec.Replication,
		Outputs: map[string]string{}, Replicas: map[string]int{}, MinerPaid: map[string]*big.Int{}}
	res.Loaded = d.images.takeLoaded()
	s.say("  the job took %s from submit to the confirmed deal", time.Since(started).Round(time.Millisecond))
	if len(res.Loaded) > 0 {
		s.say("  %s loaded %s from the task's bundle (%.1f MB tarball)", strings.Join(res.Loaded, ", "), spec.Image.Ref, float64(d.tarSize)/1e6)
	}

	s.step("What the containers wrote (their outputs, verified: the replicas of each unit agreed):")
	for _, f := range sub.Files {
		data, err := os.ReadFile(filepath.Join(sub.OutDir, filepath.FromSlash(f.Path)))
		if err != nil {
			return nil, err
		}
		res.Outputs[filepath.Base(f.Path)] = string(data)
	}
	names := make([]string, 0, len(res.Outputs))
	for n := range res.Outputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s.say("  %s: %s", n, strings.TrimSpace(res.Outputs[n]))
	}

	s.step("The hub pays the miners for every verified container run; the miners pull their pay.")
	res.UnitPay = hubapi.UnitRunWei(MinerPay, spec.Resources.CPU, time.Duration(spec.Resources.MaxDuration))
	want := new(big.Int).Mul(res.UnitPay, big.NewInt(int64(res.Units*res.Replication)))
	total := new(big.Int)
	for _, p := range earlier {
		total.Add(total, p)
	}
	paid, err := s.waitPaid(ctx, wallet, total.Add(total, want))
	if err != nil {
		return nil, err
	}
	for _, name := range sortedKeys(earlier) {
		a := s.net.Actor(name).Addr
		got := new(big.Int)
		for _, p := range paid {
			if p.Miner == a {
				got.Add(got, p.Amount)
			}
		}
		got.Sub(got, earlier[name])
		res.MinerPaid[name] = got
		res.Replicas[name] = int(new(big.Int).Quo(got, res.UnitPay).Int64())
		s.say("  %s: %d verified container runs, paid %s", name, res.Replicas[name], snm.String(got))
	}
	s.say("  the buyer paid %s for %d units x%d (%s per run at %s per core-hour, %g CPU for at most %s)", snm.String(res.Price), res.Units, res.Replication,
		snm.String(hubapi.UnitRunWei(BuyerPrice, spec.Resources.CPU, time.Duration(spec.Resources.MaxDuration))), snm.String(BuyerPrice), spec.Resources.CPU, time.Duration(spec.Resources.MaxDuration))
	return res, nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// waitPaid waits until the hub has paid want in all and every payout was
// pulled, and returns the payouts.
func (s *story) waitPaid(ctx context.Context, wallet common.Address, want *big.Int) ([]chain.Payout, error) {
	deadline := time.Now().Add(60 * time.Second)
	for {
		paid, err := s.c.Payouts(ctx, wallet, nil)
		if err != nil {
			return nil, err
		}
		total := new(big.Int)
		for _, p := range paid {
			total.Add(total, p.Amount)
		}
		st, err := s.c.Wallet(ctx, wallet)
		if err != nil {
			return nil, err
		}
		if total.Cmp(want) == 0 && st.Outstanding.Sign() == 0 {
			return paid, nil
		}
		if total.Cmp(want) > 0 {
			return nil, fmt.Errorf("the hub paid %s, more than the %s the verified replicas earned", snm.String(total), snm.String(want))
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("after a minute the hub has paid %s of %s (%s not yet pulled)", snm.String(total), snm.String(want), snm.String(st.Outstanding))
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
