package docker

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"
)

// The output directory is a bind mount of a host directory: no engine
// option bounds it on every file system (a tmpfs /out would lose the
// outputs when the container stops, storage-opt size needs xfs project
// quotas). So each file is capped by RLIMIT_FSIZE at the disk limit, the
// sum is watched while the unit runs (the unit is killed as it goes over),
// and checked once more after it ends.

// diskPoll is how often a running unit's output directory is measured.
const diskPoll = 100 * time.Millisecond

// maxOutputEntries bounds the files and directories a unit may leave: an
// unbounded count would make every measurement slower.
const maxOutputEntries = 100_000

func (e *Executor) watchDisk(ctx context.Context, h *Handle, over *atomic.Bool) {
	t := time.NewTicker(diskPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if outputBytes(h.OutputDir) > h.Disk {
			over.Store(true)
			e.log.Info("unit over its disk limit: killed", "task_id", h.TaskID, "unit_id", h.UnitID, "limit", h.Disk)
			e.kill(h.ID)
			return
		}
	}
}

// outputBytes is the size of the regular files under dir; a directory with
// more than maxOutputEntries entries counts as unbounded.
func outputBytes(dir string) int64 {
	var n, entries int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if entries++; entries > maxOutputEntries {
			n = 1<<63 - 1
			return filepath.SkipAll
		}
		if d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// emptyDir removes what a unit left in its output directory, keeping the
// directory.
func emptyDir(dir string) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		os.RemoveAll(filepath.Join(dir, e.Name()))
	}
}
