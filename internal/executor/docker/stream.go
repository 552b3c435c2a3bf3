package docker

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"sort"
	"sync"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
)

// peakMemory follows a container's stats stream and keeps the largest
// memory use seen (the cgroup's own maximum where the engine reports it).
type peakMemory struct {
	mu   sync.Mutex
	peak uint64
}

func (p *peakMemory) follow(ctx context.Context, api API, id string) {
	st, err := api.ContainerStats(ctx, id, client.ContainerStatsOptions{Stream: true})
	if err != nil {
		return
	}
	defer st.Body.Close()
	dec := json.NewDecoder(st.Body)
	for {
		var s container.StatsResponse
		if err := dec.Decode(&s); err != nil {
			return
		}
		p.mu.Lock()
		p.peak = max(p.peak, s.MemoryStats.MaxUsage, s.MemoryStats.Usage)
		p.mu.Unlock()
	}
}

func (p *peakMemory) get() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return int64(p.peak)
}

// readCloserConn lets a log stream stand where a hijacked connection goes.
type readCloserConn struct{ io.ReadCloser }

func (c readCloserConn) Write(b []byte) (int, error)    { return 0, io.ErrClosedPipe }
func (readCloserConn) LocalAddr() net.Addr              { return nil }
func (readCloserConn) RemoteAddr() net.Addr             { return nil }
func (readCloserConn) SetDeadline(time.Time) error      { return nil }
func (readCloserConn) SetReadDeadline(time.Time) error  { return nil }
func (readCloserConn) SetWriteDeadline(time.Time) error { return nil }

func bufioReader(r io.Reader) *bufio.Reader { return bufio.NewReader(r) }

func sortStrings(s []string) { sort.Strings(s) }
