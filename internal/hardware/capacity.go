package hardware

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// ErrOvercommit is returned when a reservation would hold more than the
// miner offers.
var ErrOvercommit = errors.New("over-commit refused")

// Resources is an amount of the machine: what is offered, held or asked for.
type Resources struct {
	CPU         float64 `json:"cpu_cores"`
	MemoryBytes int64   `json:"memory_bytes"`
	GPUs        int     `json:"gpus"`
	DiskBytes   int64   `json:"disk_bytes"`
}

func (r Resources) sub(o Resources) Resources {
	return Resources{CPU: r.CPU - o.CPU, MemoryBytes: r.MemoryBytes - o.MemoryBytes, GPUs: r.GPUs - o.GPUs, DiskBytes: r.DiskBytes - o.DiskBytes}
}

func (r Resources) add(o Resources) Resources {
	return Resources{CPU: r.CPU + o.CPU, MemoryBytes: r.MemoryBytes + o.MemoryBytes, GPUs: r.GPUs + o.GPUs, DiskBytes: r.DiskBytes + o.DiskBytes}
}

func (r Resources) negative() bool {
	return r.CPU < -1e-9 || r.MemoryBytes < 0 || r.GPUs < 0 || r.DiskBytes < 0
}

// Capacity accounts for what the miner offers (the machine less what it
// keeps for itself) against what running units hold. It is safe for
// concurrent use.
type Capacity struct {
	mu      sync.Mutex
	offered Resources
	held    map[string]Resources
	total   Resources
}

// NewCapacity offers total less keep.
func NewCapacity(total, keep Resources) (*Capacity, error) {
	if total.negative() || keep.negative() {
		return nil, fmt.Errorf("capacity: negative amounts")
	}
	offered := total.sub(keep)
	if offered.negative() {
		return nil, fmt.Errorf("capacity: keeping %s leaves nothing of %s: %w", keep, total, ErrOvercommit)
	}
	return &Capacity{offered: offered, held: map[string]Resources{}}, nil
}

// Reserve holds r for unit id, or refuses with ErrOvercommit and says which
// resource is short.
func (c *Capacity) Reserve(id string, r Resources) error {
	if r.negative() {
		return fmt.Errorf("reserve %s: negative amounts", id)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.held[id]; dup {
		return fmt.Errorf("reserve %s: already holds resources", id)
	}
	free := c.offered.sub(c.total)
	var short []string
	if r.CPU > free.CPU+1e-9 {
		short = append(short, fmt.Sprintf("%g CPU cores asked, %g of %g free", r.CPU, round(free.CPU), c.offered.CPU))
	}
	if r.MemoryBytes > free.MemoryBytes {
		short = append(short, fmt.Sprintf("%s memory asked, %s of %s free", bytesStr(r.MemoryBytes), bytesStr(free.MemoryBytes), bytesStr(c.offered.MemoryBytes)))
	}
	if r.GPUs > free.GPUs {
		short = append(short, fmt.Sprintf("%d GPUs asked, %d of %d free", r.GPUs, free.GPUs, c.offered.GPUs))
	}
	if r.DiskBytes > free.DiskBytes {
		short = append(short, fmt.Sprintf("%s disk asked, %s of %s free", bytesStr(r.DiskBytes), bytesStr(free.DiskBytes), bytesStr(c.offered.DiskBytes)))
	}
	if len(short) > 0 {
		return fmt.Errorf("unit %s: %w: %s", id, ErrOvercommit, joinSorted(short))
	}
	c.held[id] = r
	c.total = c.total.add(r)
	return nil
}

// Release frees what unit id held; releasing twice is harmless.
func (c *Capacity) Release(id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.held[id]; ok {
		c.total = c.total.sub(r)
		delete(c.held, id)
	}
}

// Offered is what the miner sells.
func (c *Capacity) Offered() Resources {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.offered
}

// Held is what running units hold together.
func (c *Capacity) Held() Resources {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.total
}

// Free is what is offered and not held.
func (c *Capacity) Free() Resources {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.offered.sub(c.total)
}

func (r Resources) String() string {
	return fmt.Sprintf("%g cores, %s memory, %d GPUs, %s disk", r.CPU, bytesStr(r.MemoryBytes), r.GPUs, bytesStr(r.DiskBytes))
}

func round(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }

func joinSorted(s []string) string {
	sort.Strings(s)
	out := s[0]
	for _, v := range s[1:] {
		out += "; " + v
	}
	return out
}

func bytesStr(n int64) string {
	v := float64(n)
	for _, u := range []string{"B", "KiB", "MiB", "GiB", "TiB"} {
		if v < 1024 && v > -1024 || u == "TiB" {
			if u == "B" {
				return fmt.Sprintf("%d B", n)
			}
			return fmt.Sprintf("%.1f %s", v, u)
		}
		v /= 1024
	}
	return ""
}
