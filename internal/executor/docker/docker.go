// Package docker runs work units in Docker containers through the Engine API:
// no capabilities, no new privileges, a read-only root filesystem with a
// tmpfs /tmp, memory/CPU/pids limits, no network unless asked, a non-root
// user where the image allows, inputs read-only and outputs collected from a
// writable directory. Containers are labelled with their task and unit so
// that a restarted miner finds them again.
package docker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/moby/moby/api/pkg/stdcopy"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/mount"
	"github.com/moby/moby/api/types/network"
	"github.com/moby/moby/client"

	"github.com/sonm-io/sonm/internal/executor"
)

// API is the part of the Docker Engine API the executor uses.
type API interface {
	ContainerCreate(ctx context.Context, options client.ContainerCreateOptions) (client.ContainerCreateResult, error)
	ContainerStart(ctx context.Context, container string, options client.ContainerStartOptions) (client.ContainerStartResult, error)
	ContainerAttach(ctx context.Context, container string, options client.ContainerAttachOptions) (client.ContainerAttachResult, error)
	ContainerLogs(ctx context.Context, container string, options client.ContainerLogsOptions) (client.ContainerLogsResult, error)
	ContainerWait(ctx context.Context, container string, options client.ContainerWaitOptions) client.ContainerWaitResult
	ContainerInspect(ctx context.Context, container string, options client.ContainerInspectOptions) (client.ContainerInspectResult, error)
	ContainerKill(ctx context.Context, container string, options client.ContainerKillOptions) (client.ContainerKillResult, error)
	ContainerRemove(ctx context.Context, container string, options client.ContainerRemoveOptions) (client.ContainerRemoveResult, error)
	ContainerList(ctx context.Context, options client.ContainerListOptions) (client.ContainerListResult, error)
	ContainerStats(ctx context.Context, container string, options client.ContainerStatsOptions) (client.ContainerStatsResult, error)
	ImageInspect(ctx context.Context, image string, _ ...client.ImageInspectOption) (client.ImageInspectResult, error)
	ImageLoad(ctx context.Context, input io.Reader, _ ...client.ImageLoadOption) (client.ImageLoadResult, error)
}

var (
	_ API               = (*client.Client)(nil)
	_ executor.Executor = (*Executor)(nil)
)

// ErrNoGPU reports a job asking for more GPUs than the machine offers.
var ErrNoGPU = errors.New("not enough GPUs")

// ErrNetworkNotAllowed reports a job asking for a network on a machine whose
// operator allows none.
var ErrNetworkNotAllowed = errors.New("network not allowed on this miner")

// NobodyUser is the user a container runs as when its image names none.
const NobodyUser = "65534:65534"

// Config configures the executor.
type Config struct {
	// DefaultPids caps the processes of a unit whose job sets none.
	DefaultPids int64
	// DefaultTmpfs is the size of /tmp when the job asks for no disk.
	DefaultTmpfs int64
	// DefaultDisk bounds what a unit writes under /out when the job asks
	// for no disk.
	DefaultDisk int64
	// GPUs is how many NVIDIA GPUs this machine offers to containers.
	GPUs int
	// AllowNetwork lets units that ask for a network have one (a bridge:
	// the host's networks and what they reach). Off, such units are refused.
	AllowNetwork bool
	// PublishIP is the host address published ports are bound to.
	PublishIP string
	// MeasureMemory streams container stats to report peak memory.
	MeasureMemory bool
}

// DefaultConfig is the configuration used where none is given.
func DefaultConfig() Config {
	return Config{DefaultPids: 256, DefaultTmpfs: 64 << 20, DefaultDisk: 1 << 30, PublishIP: "127.0.0.1", MeasureMemory: true}
}

// Executor runs units in containers. It is safe for concurrent use.
type Executor struct {
	cfg       Config
	api       API
	log       *slog.Logger
	publishIP netip.Addr
}

// New checks cfg; it does no I/O. api is typically a *client.Client.
func New(cfg Config, api API, log *slog.Logger) (*Executor, error) {
	if api == nil {
		return nil, errors.New("docker executor: no engine client")
	}
	if cfg.DefaultPids <= 0 {
		cfg.DefaultPids = DefaultConfig().DefaultPids
	}
	if cfg.DefaultTmpfs <= 0 {
		cfg.DefaultTmpfs = DefaultConfig().DefaultTmpfs
	}
	if cfg.DefaultDisk <= 0 {
		cfg.DefaultDisk = DefaultConfig().DefaultDisk
	}
	if cfg.PublishIP == "" {
		cfg.PublishIP = DefaultConfig().PublishIP
	}
	ip, err := netip.ParseAddr(cfg.PublishIP)
	if err != nil {
		return nil, fmt.Errorf("docker executor: publish ip: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Executor{cfg: cfg, api: api, log: log, publishIP: ip}, nil
}

// Handle is a started container.
type Handle struct {
	ID     string
	TaskID string
	UnitID string
	// OutputDir and Outputs come back from the labels when adopted.
	OutputDir string
	Outputs   []string
	Timeout   time.Duration
	// Disk bounds the bytes under OutputDir; 0 for none (adopted from an
	// older version).
	Disk    int64
	Started time.Time
	// Published maps each container port of the job to the host address
	// ("127.0.0.1:49153") it is published on.
	Published map[int]string

	stream  *client.HijackedResponse
	stdout  io.Writer
	stderr  io.Writer
	ownsLog bool
}

// Run implements executor.Executor: start the container, wait for it,
// collect its outputs and remove it.
func (e *Executor) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	h, err := e.Start(ctx, job)
	if err != nil {
		return executor.Result{}, err
	}
	return e.Wait(ctx, h)
}

// Start creates and starts the container of job, its output already
// streaming to job.Stdout and job.Stderr.
func (e *Executor) Start(ctx context.Context, job executor.Job) (*Handle, error) {
	if err := e.check(job); err != nil {
		return nil, err
	}
	img, err := e.api.ImageInspect(ctx, job.Image)
	if err != nil {
		return nil, fmt.Errorf("image %s: %w (load it with `sonm image load FILE.tar`)", job.Image, err)
	}
	user := job.User
	if user == "" && img.Config != nil {
		user = img.Config.User
	}
	if user == "" {
		user = NobodyUser
	}
	// The unit runs as an unprivileged user: let it write the outputs and
	// read the inputs the miner staged.
	if err := os.Chmod(job.OutputDir, 0o777); err != nil {
		return nil, fmt.Errorf("output dir: %w", err)
	}
	if job.InputDir != "" {
		if err := os.Chmod(job.InputDir, 0o755); err != nil {
			return nil, fmt.Errorf("input dir: %w", err)
		}
	}
	cfg, hc, err := e.containerConfig(job, user)
	if err != nil {
		return nil, err
	}
	created, err := e.api.ContainerCreate(ctx, client.ContainerCreateOptions{Config: cfg, HostConfig: hc})
	if err != nil {
		return nil, fmt.Errorf("create container for unit %s: %w", job.UnitID, err)
	}
	h := &Handle{
		ID: created.ID, TaskID: job.TaskID, UnitID: job.UnitID,
		OutputDir: job.OutputDir, Outputs: job.Outputs, Timeout: job.Resources.Timeout, Disk: e.disk(job),
		stdout: orDiscard(job.Stdout), stderr: orDiscard(job.Stderr),
	}
	att, err := e.api.ContainerAttach(ctx, h.ID, client.ContainerAttachOptions{Stream: true, Stdout: true, Stderr: true})
	if err != nil {
		e.remove(h.ID)
		return nil, fmt.Errorf("attach unit %s: %w", job.UnitID, err)
	}
	h.stream = &att.HijackedResponse
	h.Started = time.Now()
	if _, err := e.api.ContainerStart(ctx, h.ID, client.ContainerStartOptions{}); err != nil {
		att.Close()
		e.remove(h.ID)
		return nil, fmt.Errorf("start unit %s: %w", job.UnitID, err)
	}
	if len(job.Ports) > 0 {
		if err := e.published(ctx, h); err != nil {
			e.kill(h.ID)
			att.Close()
			e.remove(h.ID)
			return nil, err
		}
	}
	e.log.Debug("container started", "task_id", job.TaskID, "unit_id", job.UnitID, "container", short(h.ID))
	return h, nil
}

func (e *Executor) check(job executor.Job) error {
	switch {
	case job.Image == "":
		return fmt.Errorf("%w: no image", executor.ErrInvalidJob)
	case job.OutputDir == "":
		return fmt.Errorf("%w: no output directory", executor.ErrInvalidJob)
	case job.Resources.GPUs > e.cfg.GPUs:
		return fmt.Errorf("unit %s asks for %d GPUs, this machine offers %d: %w", job.UnitID, job.Resources.GPUs, e.cfg.GPUs, ErrNoGPU)
	case len(job.Ports) > 0 && !job.Network:
		return fmt.Errorf("%w: ports are published through a network: the spec needs network: true", executor.ErrInvalidJob)
	case job.Network && !e.cfg.AllowNetwork:
		return fmt.Errorf("unit %s asks for a network: %w (its operator allows it with `sonm miner run --allow-network`)", job.UnitID, ErrNetworkNotAllowed)
	}
	return nil
}

func (e *Executor) containerConfig(job executor.Job, user string) (*container.Config, *container.HostConfig, error) {
	outputs, _ := json.Marshal(job.Outputs)
	cfg := &container.Config{
		Image:        job.Image,
		Cmd:          job.Args,
		Env:          sortedEnv(job.Env),
		WorkingDir:   job.WorkDir,
		User:         user,
		AttachStdout: true,
		AttachStderr: true,
		Labels: map[string]string{
			executor.LabelManaged: "true",
			executor.LabelTask:    job.TaskID,
			executor.LabelUnit:    job.UnitID,
			executor.LabelOutput:  job.OutputDir,
			executor.LabelOutputs: string(outputs),
		},
	}
	if job.Resources.Timeout > 0 {
		cfg.Labels[labelTimeout] = job.Resources.Timeout.String()
	}
	disk := e.disk(job)
	cfg.Labels[labelDisk] = strconv.FormatInt(disk, 10)
	if len(job.Command) > 0 {
		cfg.Entrypoint = job.Command
	}
	pids := job.Resources.Pids
	if pids <= 0 {
		pids = e.cfg.DefaultPids
	}
	tmpfs := job.Resources.DiskBytes
	if tmpfs <= 0 {
		tmpfs = e.cfg.DefaultTmpfs
	}
	hc := &container.HostConfig{
		NetworkMode:    "none",
		ReadonlyRootfs: true,
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		Tmpfs:          map[string]string{"/tmp": "rw,noexec,nosuid,nodev,size=" + strconv.FormatInt(tmpfs, 10)},
		Mounts: []mount.Mount{
			{Type: mount.TypeBind, Source: job.OutputDir, Target: executor.GuestOutputDir},
		},
		Resources: container.Resources{
			NanoCPUs:  int64(job.Resources.CPU * 1e9),
			PidsLimit: &pids,
			// No one file outgrows the disk limit; Wait bounds their sum.
			Ulimits: []*container.Ulimit{{Name: "fsize", Soft: disk, Hard: disk}},
		},
	}
	if m := job.Resources.MemoryBytes; m > 0 {
		hc.Memory = m
		hc.MemorySwap = m // no swap: over the limit is an OOM kill, not a crawl
	}
	if job.InputDir != "" {
		hc.Mounts = append(hc.Mounts, mount.Mount{Type: mount.TypeBind, Source: job.InputDir, Target: executor.GuestInputDir, ReadOnly: true})
	}
	if n := job.Resources.GPUs; n > 0 {
		hc.DeviceRequests = []container.DeviceRequest{{Driver: "nvidia", Count: n, Capabilities: [][]string{{"gpu"}}}}
	}
	if job.Network {
		hc.NetworkMode = "bridge"
		if len(job.Ports) > 0 {
			cfg.ExposedPorts = network.PortSet{}
			hc.PortBindings = network.PortMap{}
			for _, p := range job.Ports {
				port, ok := network.PortFrom(uint16(p), network.TCP)
				if !ok {
					return nil, nil, fmt.Errorf("%w: port %d", executor.ErrInvalidJob, p)
				}
				cfg.ExposedPorts[port] = struct{}{}
				hc.PortBindings[port] = []network.PortBinding{{HostIP: e.publishIP}}
			}
		}
	}
	return cfg, hc, nil
}

const (
	labelTimeout = "io.sonm.timeout"
	labelDisk    = "io.sonm.disk"
)

// disk is the bound on what job writes under /out.
func (e *Executor) disk(job executor.Job) int64 {
	if job.Resources.DiskBytes > 0 {
		return job.Resources.DiskBytes
	}
	return e.cfg.DefaultDisk
}

func (e *Executor) published(ctx context.Context, h *Handle) error {
	insp, err := e.api.ContainerInspect(ctx, h.ID, client.ContainerInspectOptions{})
	if err != nil {
		return fmt.Errorf("inspect unit %s: %w", h.UnitID, err)
	}
	h.Published = map[int]string{}
	if ns := insp.Container.NetworkSettings; ns != nil {
		for port, binds := range ns.Ports {
			for _, b := range binds {
				if b.HostIP == e.publishIP || !b.HostIP.IsValid() {
					h.Published[int(port.Num())] = net.JoinHostPort(e.publishIP.String(), b.HostPort)
				}
			}
		}
	}
	return nil
}

// Wait waits for the container to exit (killing it at its timeout or when
// ctx ends), collects its outputs and removes it.
func (e *Executor) Wait(ctx context.Context, h *Handle) (executor.Result, error) {
	defer e.remove(h.ID)
	var copyDone sync.WaitGroup
	if h.stream != nil {
		copyDone.Add(1)
		go func() {
			defer copyDone.Done()
			stdcopy.StdCopy(h.stdout, h.stderr, h.stream.Reader)
		}()
		defer h.stream.Close()
	}

	var peak peakMemory
	statsCtx, stopStats := context.WithCancel(ctx)
	defer stopStats()
	if e.cfg.MeasureMemory {
		go peak.follow(statsCtx, e.api, h.ID)
	}
	var overDisk atomic.Bool
	if h.Disk > 0 {
		go e.watchDisk(statsCtx, h, &overDisk)
	}

	waitCtx := ctx
	var cancel context.CancelFunc = func() {}
	if h.Timeout > 0 {
		remaining := h.Timeout - time.Since(h.Started)
		waitCtx, cancel = context.WithTimeout(ctx, max(remaining, time.Millisecond))
	}
	defer cancel()
	w := e.api.ContainerWait(waitCtx, h.ID, client.ContainerWaitOptions{Condition: container.WaitConditionNotRunning})
	var res executor.Result
	var waitErr error
	select {
	case <-w.Result:
	case err := <-w.Error:
		waitErr = err
	}
	if waitErr != nil {
		// Killed by us (timeout or cancel) or the engine went away.
		e.kill(h.ID)
		switch {
		case ctx.Err() != nil:
			res.ExitCode = -1
			return res, fmt.Errorf("unit %s: %w", h.UnitID, ctx.Err())
		case waitCtx.Err() != nil:
			res.ExitCode = -1
			res.TimedOut = true
			res.Duration = time.Since(h.Started)
			copyDone.Wait()
			return res, fmt.Errorf("unit %s after %s: %w", h.UnitID, h.Timeout, executor.ErrTimeout)
		default:
			return res, fmt.Errorf("wait for unit %s: %w", h.UnitID, waitErr)
		}
	}
	copyDone.Wait()
	stopStats()

	insp, err := e.api.ContainerInspect(ctx, h.ID, client.ContainerInspectOptions{})
	if err != nil {
		return res, fmt.Errorf("inspect unit %s: %w", h.UnitID, err)
	}
	if st := insp.Container.State; st != nil {
		res.ExitCode = st.ExitCode
		res.OOM = st.OOMKilled
		res.Duration = runTime(st.StartedAt, st.FinishedAt, h.Started)
	}
	res.PeakMemory = peak.get()
	if h.Disk > 0 && (overDisk.Load() || outputBytes(h.OutputDir) > h.Disk) {
		emptyDir(h.OutputDir)
		return res, fmt.Errorf("unit %s: %w of %d bytes under %s", h.UnitID, executor.ErrDiskLimit, h.Disk, executor.GuestOutputDir)
	}
	outs, missing, err := executor.CollectOutputs(h.OutputDir, h.Outputs)
	if err != nil {
		return res, err
	}
	res.Outputs, res.Missing = outs, missing
	e.log.Debug("container done", "task_id", h.TaskID, "unit_id", h.UnitID, "exit", res.ExitCode, "oom", res.OOM)
	return res, nil
}

func runTime(started, finished string, fallback time.Time) time.Duration {
	s, err1 := time.Parse(time.RFC3339Nano, started)
	f, err2 := time.Parse(time.RFC3339Nano, finished)
	if err1 != nil || err2 != nil || f.Before(s) || s.Year() < 2000 {
		return time.Since(fallback)
	}
	return f.Sub(s)
}

// kill and remove use their own context: they must happen even when the
// caller's ctx is what ended the unit.
func (e *Executor) kill(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	e.api.ContainerKill(ctx, id, client.ContainerKillOptions{Signal: "KILL"})
}

func (e *Executor) remove(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := e.api.ContainerRemove(ctx, id, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); err != nil {
		e.log.Warn("remove container", "container", short(id), "err", err)
	}
}

// Found is a container this executor started, found again by its labels.
type Found struct {
	ID        string
	TaskID    string
	UnitID    string
	Running   bool
	OutputDir string
	Outputs   []string
}

// List finds every container started by a sonm executor on this engine,
// running or not.
func (e *Executor) List(ctx context.Context) ([]Found, error) {
	f := client.Filters{}
	f.Add("label", executor.LabelManaged+"=true")
	res, err := e.api.ContainerList(ctx, client.ContainerListOptions{All: true, Filters: f})
	if err != nil {
		return nil, fmt.Errorf("list containers: %w", err)
	}
	var out []Found
	for _, c := range res.Items {
		fd := Found{
			ID:        c.ID,
			TaskID:    c.Labels[executor.LabelTask],
			UnitID:    c.Labels[executor.LabelUnit],
			Running:   c.State == container.StateRunning,
			OutputDir: c.Labels[executor.LabelOutput],
		}
		json.Unmarshal([]byte(c.Labels[executor.LabelOutputs]), &fd.Outputs)
		out = append(out, fd)
	}
	return out, nil
}

// Adopt takes over a container found by List: its output is followed from
// the start of its log, and Wait then finishes it like any other.
func (e *Executor) Adopt(ctx context.Context, f Found, stdout, stderr io.Writer) (*Handle, error) {
	insp, err := e.api.ContainerInspect(ctx, f.ID, client.ContainerInspectOptions{})
	if err != nil {
		return nil, fmt.Errorf("adopt %s: %w", short(f.ID), err)
	}
	h := &Handle{ID: f.ID, TaskID: f.TaskID, UnitID: f.UnitID, OutputDir: f.OutputDir, Outputs: f.Outputs,
		stdout: orDiscard(stdout), stderr: orDiscard(stderr), Started: time.Now()}
	if st := insp.Container.State; st != nil {
		if s, err := time.Parse(time.RFC3339Nano, st.StartedAt); err == nil && s.Year() > 2000 {
			h.Started = s
		}
	}
	if insp.Container.Config != nil {
		if d, err := time.ParseDuration(insp.Container.Config.Labels[labelTimeout]); err == nil {
			h.Timeout = d
		}
		if n, err := strconv.ParseInt(insp.Container.Config.Labels[labelDisk], 10, 64); err == nil && n > 0 {
			h.Disk = n
		}
	}
	logs, err := e.api.ContainerLogs(ctx, f.ID, client.ContainerLogsOptions{ShowStdout: true, ShowStderr: true, Follow: true})
	if err != nil {
		return nil, fmt.Errorf("adopt %s: logs: %w", short(f.ID), err)
	}
	// Logs and attach streams share the multiplexed framing.
	h.stream = &client.HijackedResponse{Conn: readCloserConn{logs}, Reader: bufioReader(logs)}
	e.log.Info("container adopted", "task_id", f.TaskID, "unit_id", f.UnitID, "container", short(f.ID))
	return h, nil
}

// Remove force-removes a container found by List.
func (e *Executor) Remove(ctx context.Context, id string) error {
	if _, err := e.api.ContainerRemove(ctx, id, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); err != nil {
		return fmt.Errorf("remove %s: %w", short(id), err)
	}
	return nil
}

// LoadImage loads an image tarball (as written by `docker save`) into the
// engine and returns the engine's report.
func LoadImage(ctx context.Context, api interface {
	ImageLoad(ctx context.Context, input io.Reader, _ ...client.ImageLoadOption) (client.ImageLoadResult, error)
}, r io.Reader) (string, error) {
	res, err := api.ImageLoad(ctx, r, client.ImageLoadWithQuiet(true))
	if err != nil {
		return "", fmt.Errorf("load image: %w", err)
	}
	defer res.Close()
	body, err := io.ReadAll(res)
	if err != nil {
		return "", fmt.Errorf("load image: %w", err)
	}
	var msgs []string
	dec := json.NewDecoder(strings.NewReader(string(body)))
	for {
		var m struct {
			Stream string `json:"stream"`
			Error  string `json:"error"`
		}
		if err := dec.Decode(&m); err != nil {
			break
		}
		if m.Error != "" {
			return "", fmt.Errorf("load image: %s", m.Error)
		}
		if s := strings.TrimSpace(m.Stream); s != "" {
			msgs = append(msgs, s)
		}
	}
	return strings.Join(msgs, "\n"), nil
}

func sortedEnv(env map[string]string) []string {
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	sortStrings(out)
	return out
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

func short(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
