// Package hardware finds out what a miner's machine has and how fast it is:
// CPU model, cores and a score from a fixed deterministic kernel, RAM, disk
// space and sequential write speed, network throughput to a peer, and NVIDIA
// GPUs. The result is a Profile, cached on disk and re-measured on demand,
// which the miner signs and announces; Capacity accounts for what the miner
// offers against what running units hold.
package hardware

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ProfileVersion changes when the meaning of a Profile's fields (or the CPU
// kernel) changes, so that cached profiles from older versions are re-run.
const ProfileVersion = 1

// Profile is a machine's hardware and its measured speed.
type Profile struct {
	Version    int       `json:"version"`
	MeasuredAt time.Time `json:"measured_at"`
	CPU        CPU       `json:"cpu"`
	RAM        RAM       `json:"ram"`
	Disk       Disk      `json:"disk"`
	Network    *Network  `json:"network,omitempty"`
	GPUs       []GPU     `json:"gpus"`
}

// CPU describes the processors.
type CPU struct {
	Model string `json:"model"`
	Cores int    `json:"cores"` // logical CPUs this process may use
	// Scores are kernel rounds per second: single on one goroutine, multi on
	// one per core.
	ScoreSingle float64 `json:"score_single"`
	ScoreMulti  float64 `json:"score_multi"`
}

// RAM describes the memory.
type RAM struct {
	TotalBytes     int64 `json:"total_bytes"`
	AvailableBytes int64 `json:"available_bytes"`
}

// Disk describes the file system work runs on.
type Disk struct {
	Path             string  `json:"path"`
	TotalBytes       int64   `json:"total_bytes"`
	FreeBytes        int64   `json:"free_bytes"`
	WriteBytesPerSec float64 `json:"write_bytes_per_sec"`
}

// Network is the throughput measured to one peer.
type Network struct {
	Peer        string  `json:"peer"`
	BytesPerSec float64 `json:"bytes_per_sec"`
}

// GPU is one NVIDIA GPU.
type GPU struct {
	Index       int    `json:"index"`
	Model       string `json:"model"`
	MemoryBytes int64  `json:"memory_bytes"`
	UUID        string `json:"uuid"`
}

// Runner runs an external command and returns its standard output; tests
// pass a fake, the miner exec.
type Runner func(ctx context.Context, name string, args ...string) ([]byte, error)

// ExecRunner runs commands with os/exec.
func ExecRunner(ctx context.Context, name string, args ...string) ([]byte, error) {
	return exec.CommandContext(ctx, name, args...).Output()
}

// Options says what to measure and how.
type Options struct {
	// DiskPath is a directory on the file system work runs on.
	DiskPath string
	// DiskWriteBytes is how much the disk benchmark writes (default 64 MiB).
	DiskWriteBytes int64
	// CPURounds is the kernel rounds each CPU worker runs (default 16384).
	CPURounds int
	// Peer, if set, is a ServeThroughput address to measure the network to.
	Peer string
	// NetworkBytes is how much the network benchmark sends (default 64 MiB).
	NetworkBytes int64
	// ProcDir is where /proc is (tests point it at testdata).
	ProcDir string
	Run     Runner
	Now     func() time.Time
}

func (o *Options) defaults() {
	if o.DiskPath == "" {
		o.DiskPath = os.TempDir()
	}
	if o.DiskWriteBytes <= 0 {
		o.DiskWriteBytes = 64 << 20
	}
	if o.CPURounds <= 0 {
		o.CPURounds = 16384
	}
	if o.NetworkBytes <= 0 {
		o.NetworkBytes = 64 << 20
	}
	if o.ProcDir == "" {
		o.ProcDir = "/proc"
	}
	if o.Run == nil {
		o.Run = ExecRunner
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Measure detects the hardware and runs every benchmark.
func Measure(ctx context.Context, o Options) (Profile, error) {
	o.defaults()
	p := Profile{Version: ProfileVersion, MeasuredAt: o.Now().UTC()}
	p.CPU.Model = cpuModel(o.ProcDir)
	p.CPU.Cores = runtime.GOMAXPROCS(0)
	var err error
	if p.CPU.ScoreSingle, err = CPUScore(ctx, 1, o.CPURounds, o.Now); err != nil {
		return p, err
	}
	if p.CPU.ScoreMulti, err = CPUScore(ctx, p.CPU.Cores, o.CPURounds, o.Now); err != nil {
		return p, err
	}

	ram, err := readMeminfo(o.ProcDir)
	if err != nil {
		return p, err
	}
	p.RAM = ram
	disk, err := MeasureDisk(ctx, o.DiskPath, o.DiskWriteBytes, o.Now)
	if err != nil {
		return p, err
	}
	p.Disk = disk
	if o.Peer != "" {
		bps, err := MeasureNetwork(ctx, o.Peer, o.NetworkBytes, o.Now)
		if err != nil {
			return p, err
		}
		p.Network = &Network{Peer: o.Peer, BytesPerSec: bps}
	}
	p.GPUs, err = DetectGPUs(ctx, o.Run)
	if err != nil {
		return p, err
	}
	if err := ctx.Err(); err != nil {
		return p, err
	}
	return p, nil
}

func cpuModel(proc string) string {
	data, err := os.ReadFile(filepath.Join(proc, "cpuinfo"))
	if err != nil {
		return runtime.GOARCH
	}
	return parseCPUModel(data)
}

func parseCPUModel(cpuinfo []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(cpuinfo))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "model name", "Processor", "cpu model", "uarch":
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return runtime.GOARCH
}

func readMeminfo(proc string) (RAM, error) {
	data, err := os.ReadFile(filepath.Join(proc, "meminfo"))
	if err != nil {
		return RAM{}, fmt.Errorf("read meminfo: %w", err)
	}
	return parseMeminfo(data)
}

func parseMeminfo(data []byte) (RAM, error) {
	var r RAM
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil || v < 0 || v > 1<<52 {
			continue
		}
		if len(f) > 2 && f[2] == "kB" {
			v *= 1024
		}
		switch f[0] {
		case "MemTotal:":
			r.TotalBytes = v
		case "MemAvailable:":
			r.AvailableBytes = v
		}
	}
	if r.TotalBytes == 0 {
		return r, errors.New("meminfo: no MemTotal")
	}
	return r, nil
}

// MeasureDisk reports the free space of the file system holding dir and
// times writing n bytes sequentially to a file there (flushed to the disk).
func MeasureDisk(ctx context.Context, dir string, n int64, now func() time.Time) (Disk, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return Disk{}, fmt.Errorf("statfs %s: %w", dir, err)
	}
	d := Disk{Path: dir, TotalBytes: int64(st.Blocks) * st.Bsize, FreeBytes: int64(st.Bavail) * st.Bsize}
	if n > d.FreeBytes/2 {
		n = d.FreeBytes / 2
	}
	if n <= 0 {
		return d, nil
	}
	f, err := os.CreateTemp(dir, "sonm-disk-bench-")
	if err != nil {
		return d, fmt.Errorf("disk benchmark: %w", err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	buf := make([]byte, 1<<20)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	start := now()
	for written := int64(0); written < n; {
		if err := ctx.Err(); err != nil {
			return d, err
		}
		chunk := buf[:min(int64(len(buf)), n-written)]
		if _, err := f.Write(chunk); err != nil {
			return d, fmt.Errorf("disk benchmark: %w", err)
		}
		written += int64(len(chunk))
	}
	if err := f.Sync(); err != nil {
		return d, fmt.Errorf("disk benchmark: %w", err)
	}
	if el := now().Sub(start); el > 0 {
		d.WriteBytesPerSec = float64(n) / el.Seconds()
	}
	return d, nil
}

// ErrNoNvidiaSMI is not an error for a caller: the machine has no NVIDIA
// tooling, so it has no GPUs to offer.
var errNoNvidiaSMI = errors.New("nvidia-smi not found")

// DetectGPUs lists NVIDIA GPUs through nvidia-smi. A machine without
// nvidia-smi has no GPUs; that is a valid answer, not an error.
func DetectGPUs(ctx context.Context, run Runner) ([]GPU, error) {
	out, err := run(ctx, "nvidia-smi", "--query-gpu=index,name,memory.total,uuid", "--format=csv,noheader,nounits")
	var ee *exec.Error
	switch {
	case errors.As(err, &ee) || errors.Is(err, exec.ErrNotFound) || errors.Is(err, errNoNvidiaSMI):
		return []GPU{}, nil
	case err != nil:
		// nvidia-smi exists but failed (driver not loaded): no usable GPUs,
		// but say so.
		return []GPU{}, fmt.Errorf("nvidia-smi: %w", err)
	}
	return ParseNvidiaSMI(out)
}

// ParseNvidiaSMI parses `nvidia-smi --query-gpu=index,name,memory.total,uuid
// --format=csv,noheader,nounits` (memory in MiB).
func ParseNvidiaSMI(out []byte) ([]GPU, error) {
	gpus := []GPU{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		f := strings.Split(text, ",")
		if len(f) != 4 {
			return nil, fmt.Errorf("nvidia-smi line %d: got %d fields, want 4", line, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		idx, err := strconv.Atoi(f[0])
		if err != nil || idx < 0 {
			return nil, fmt.Errorf("nvidia-smi line %d: bad index %q", line, f[0])
		}
		mib, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil || mib < 0 || mib > 1<<40 {
			return nil, fmt.Errorf("nvidia-smi line %d: bad memory %q", line, f[2])
		}
		gpus = append(gpus, GPU{Index: idx, Model: f[1], MemoryBytes: mib << 20, UUID: f[3]})
	}
	return gpus, sc.Err()
}

// Cache keeps the last profile in a file.
type Cache struct {
	Path string
}

// Load returns the cached profile; ok is false when there is none usable.
func (c Cache) Load() (p Profile, ok bool, err error) {
	data, err := os.ReadFile(c.Path)
	if errors.Is(err, os.ErrNotExist) {
		return Profile{}, false, nil
	}
	if err != nil {
		return Profile{}, false, fmt.Errorf("read hardware cache: %w", err)
	}
	if err := json.Unmarshal(data, &p); err != nil || p.Version != ProfileVersion {
		return Profile{}, false, nil // stale or damaged: measure again
	}
	return p, true, nil
}

// Save writes p atomically.
func (c Cache) Save(p Profile) error {
	if err := os.MkdirAll(filepath.Dir(c.Path), 0o700); err != nil {
		return err
	}
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	tmp := c.Path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, c.Path)
}

// Get returns the cached profile unless rerun is set or there is none, in
// which case it measures and caches a new one.
func (c Cache) Get(ctx context.Context, o Options, rerun bool) (Profile, bool, error) {
	if !rerun {
		if p, ok, err := c.Load(); err == nil && ok && (o.Peer == "" || (p.Network != nil && p.Network.Peer == o.Peer)) {
			return p, true, nil
		}
	}
	p, err := Measure(ctx, o)
	if err != nil {
		return p, false, err
	}
	return p, false, c.Save(p)
}
