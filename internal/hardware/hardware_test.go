package hardware

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestKernelIsPinned(t *testing.T) {
	if got := kernelRound(1); got != KernelChecksum {
		t.Fatalf("kernelRound(1): got %#x, want %#x (changing the kernel changes every score: bump ProfileVersion and the constant)", got, uint64(KernelChecksum))
	}
}

func TestCapacity(t *testing.T) {
	total := Resources{CPU: 8, MemoryBytes: 16 << 30, GPUs: 1, DiskBytes: 100 << 30}
	keep := Resources{CPU: 2, MemoryBytes: 4 << 30}
	c, err := NewCapacity(total, keep)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		op      string // "reserve" or "release"
		id      string
		r       Resources
		wantErr string
	}{
		{"reserve", "a", Resources{CPU: 4, MemoryBytes: 8 << 30}, ""},
		{"reserve", "b", Resources{CPU: 2.5}, "2.5 CPU cores asked, 2 of 6 free"},
		{"reserve", "b", Resources{CPU: 2, MemoryBytes: 5 << 30}, "5.0 GiB memory asked, 4.0 GiB of 12.0 GiB free"},
		{"reserve", "b", Resources{GPUs: 2}, "2 GPUs asked, 1 of 1 free"},
		{"reserve", "b", Resources{CPU: 2, GPUs: 1}, ""},
		{"reserve", "c", Resources{CPU: 0.1}, "0.1 CPU cores asked, 0 of 6 free"},
		{"release", "a", Resources{}, ""},
		{"reserve", "c", Resources{CPU: 4, MemoryBytes: 12 << 30}, ""},
		{"reserve", "c", Resources{}, "already holds"},
	}
	for i, s := range steps {
		switch s.op {
		case "release":
			c.Release(s.id)
		case "reserve":
			err := c.Reserve(s.id, s.r)
			switch {
			case s.wantErr == "" && err != nil:
				t.Fatalf("step %d: got %v, want nil", i, err)
			case s.wantErr != "" && (err == nil || !strings.Contains(err.Error(), s.wantErr)):
				t.Fatalf("step %d: got %v, want an error containing %q", i, err, s.wantErr)
			case s.wantErr != "" && s.wantErr != "already holds" && !errors.Is(err, ErrOvercommit):
				t.Fatalf("step %d: got %v, want ErrOvercommit", i, err)
			}
		}
	}
	if got, want := c.Free(), (Resources{CPU: 0, MemoryBytes: 0, GPUs: 0, DiskBytes: 100 << 30}); got != want {
		t.Errorf("free: got %+v, want %+v", got, want)
	}
	c.Release("b")
	c.Release("b")
	if got, want := c.Held(), (Resources{CPU: 4, MemoryBytes: 12 << 30}); got != want {
		t.Errorf("held: got %+v, want %+v", got, want)
	}
	if _, err := NewCapacity(total, Resources{CPU: 9}); !errors.Is(err, ErrOvercommit) {
		t.Errorf("keeping more than the machine: got %v, want ErrOvercommit", err)
	}
}

func TestParsers(t *testing.T) {
	t.Run("meminfo", func(t *testing.T) {
		r, err := parseMeminfo([]byte("MemTotal:       16314136 kB\nMemFree: 1 kB\nMemAvailable:    8000000 kB\n"))
		if err != nil {
			t.Fatal(err)
		}
		if r.TotalBytes != 16314136*1024 || r.AvailableBytes != 8000000*1024 {
			t.Errorf("got %+v, want total %d available %d", r, 16314136*1024, 8000000*1024)
		}
		if _, err := parseMeminfo([]byte("garbage")); err == nil {
			t.Errorf("garbage: got nil error, want one")
		}
	})
	t.Run("cpuinfo", func(t *testing.T) {
		got := parseCPUModel([]byte("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n"))
		if want := "Intel(R) Xeon(R) CPU @ 2.20GHz"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	tests := []struct {
		name string
		in   string
		want []GPU
		ok   bool
	}{
		{"none", "", []GPU{}, true},
		{"two", "0, NVIDIA H100 80GB HBM3, 81559, GPU-aaa\n1, NVIDIA A10, 23028, GPU-bbb\n", []GPU{
			{0, "NVIDIA H100 80GB HBM3", 81559 << 20, "GPU-aaa"}, {1, "NVIDIA A10", 23028 << 20, "GPU-bbb"}}, true},
		{"short line", "0, NVIDIA A10\n", nil, false},
		{"bad memory", "0, X, lots, GPU-a\n", nil, false},
	}
	for _, tt := range tests {
		t.Run("nvidia-smi "+tt.name, func(t *testing.T) {
			got, err := ParseNvidiaSMI([]byte(tt.in))
			if (err == nil) != tt.ok {
				t.Fatalf("got error %v, want ok=%v", err, tt.ok)
			}
			if tt.ok && len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("gpu %d: got %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func FuzzParseNvidiaSMI(f *testing.F) {
	f.Add([]byte("0, NVIDIA H100 80GB HBM3, 81559, GPU-aaa\n"))
	f.Add([]byte("x,y,z\n,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		gpus, err := ParseNvidiaSMI(data)
		if err != nil {
			return
		}
		for _, g := range gpus {
			if g.Index < 0 || g.MemoryBytes < 0 {
				t.Fatalf("got %+v, want non-negative index and memory", g)
			}
		}
	})
}

func TestDetectGPUs(t *testing.T) {
	tests := []struct {
		name    string
		run     Runner
		want    int
		wantErr bool
	}{
		{"no nvidia-smi", func(context.Context, string, ...string) ([]byte, error) {
			return nil, &exec.Error{Name: "nvidia-smi", Err: exec.ErrNotFound}
		}, 0, false},
		{"one gpu", func(context.Context, string, ...string) ([]byte, error) {
			return []byte("0, NVIDIA A10, 23028, GPU-x\n"), nil
		}, 1, false},
		{"driver broken", func(context.Context, string, ...string) ([]byte, error) {
			return nil, errors.New("exit status 9")
		}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DetectGPUs(context.Background(), tt.run)
			if (err != nil) != tt.wantErr || len(got) != tt.want {
				t.Errorf("got %d GPUs, err %v; want %d, err=%v", len(got), err, tt.want, tt.wantErr)
			}
		})
	}
	// The real machine: whatever nvidia-smi says (none is a valid answer).
	if _, err := DetectGPUs(context.Background(), ExecRunner); err != nil {
		t.Logf("nvidia-smi present but failing here: %v", err)
	}
}

func TestMeasureRealMachine(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go ServeThroughput(ctx, ln)

	dir := t.TempDir()
	cache := Cache{Path: filepath.Join(dir, "hw.json")}
	o := Options{DiskPath: dir, DiskWriteBytes: 4 << 20, CPURounds: 512, Peer: ln.Addr().String(), NetworkBytes: 4 << 20}
	p, cached, err := cache.Get(ctx, o, false)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		ok   bool
		got  any
	}{
		{"first Get measures", !cached, cached},
		{"cores", p.CPU.Cores >= 1, p.CPU.Cores},
		{"single score", p.CPU.ScoreSingle > 0, p.CPU.ScoreSingle},
		{"multi score", p.CPU.ScoreMulti > 0, p.CPU.ScoreMulti},
		{"ram", p.RAM.TotalBytes > 0, p.RAM.TotalBytes},
		{"disk free", p.Disk.FreeBytes > 0 && p.Disk.FreeBytes <= p.Disk.TotalBytes, p.Disk},
		{"disk write", p.Disk.WriteBytesPerSec > 0, p.Disk.WriteBytesPerSec},
		{"network", p.Network != nil && p.Network.BytesPerSec > 0, p.Network},
		{"gpus not nil", p.GPUs != nil, p.GPUs},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s: got %v", c.name, c.got)
		}
	}
	again, cached, err := cache.Get(ctx, o, false)
	if err != nil || !cached || !again.MeasuredAt.Equal(p.MeasuredAt) {
		t.Errorf("second Get: got cached=%v at %v err %v, want the cached profile from %v", cached, again.MeasuredAt, err, p.MeasuredAt)
	}
	fixed := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	o.Now = func() time.Time { return fixed }
	o.Peer = ""
	re, cached, err := cache.Get(ctx, o, true)
	if err != nil || cached || !re.MeasuredAt.Equal(fixed) {
		t.Errorf("rerun: got cached=%v at %v err %v, want a new measurement at %v", cached, re.MeasuredAt, err, fixed)
	}
	os.WriteFile(cache.Path, []byte("{broken"), 0o600)
	if _, ok, err := cache.Load(); ok || err != nil {
		t.Errorf("damaged cache: got ok=%v err=%v, want ok=false, nil", ok, err)
	}
}

func TestMeasureNetworkErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	if _, err := MeasureNetwork(context.Background(), addr, 1<<20, time.Now); err == nil {
		t.Errorf("closed port: got nil error, want one")
	}
}
