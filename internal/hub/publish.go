package hub

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
)

// publish starts assembling a task whose every unit is verified (loop).
func (h *Hub) publish(t *task) {
	now := h.cfg.Now()
	t.state = hubapi.StatePublishing
	h.write(setTaskState{num: t.num, state: t.state, updated: now.UnixMilli()})
	h.touch(t)
	type winner struct {
		unit   int
		id     uint64
		magnet string
	}
	ws := make([]winner, t.units)
	for u := range t.unit {
		a := h.st.asg[t.unit[u].winner]
		w := winner{unit: u, id: t.unit[u].winner}
		if a != nil {
			w.magnet = a.magnet
		}
		ws[u] = w
	}
	empty := t.units <= 256
	for _, w := range ws {
		if !empty {
			break
		}
		empty = w.magnet == "" && !h.hasReplicaFiles(w.id)
	}
	if empty {
		// Nothing to assemble or share (units that leave no files): the
		// result is the empty set, settled in this same commit.
		root, _ := hubapi.OutputRoot(nil)
		t.files, t.magnet, t.resultHash = nil, "", root.Hex()
		h.write(setTaskResult{num: t.num, resultHash: t.resultHash, updated: now.UnixMilli()})
		if h.chain == nil {
			h.finish(t, "")
		} else {
			h.later(func() { h.chain.commit(t.id, t.resultHash, t) })
		}
		return
	}
	h.later(func() {
		go func() {
			ctx := context.Background()
			files, magnet, root, err := h.assemble(ctx, t, func(u int) (uint64, string) { return ws[u].id, ws[u].magnet })
			h.do(ctx, func() {
				if t.state != hubapi.StatePublishing {
					return
				}
				if err != nil {
					h.failTask(t, "could not assemble the result: "+err.Error())
					return
				}
				t.files, t.magnet, t.resultHash = files, magnet, root
				fb, _ := msgpack.Marshal(files)
				h.write(setTaskResult{num: t.num, resultHash: root, magnet: magnet, files: fb, updated: h.cfg.Now().UnixMilli()})
				h.touch(t)
				h.log.Info("result assembled", "task", t.id.Hex(), "files", len(files), "root", root)
				if h.chain == nil {
					h.finish(t, "")
					return
				}
				h.later(func() { h.chain.commit(t.id, root, t) })
			})
		}()
	})
}

// hasReplicaFiles reports whether a replica's inline files are on disk.
func (h *Hub) hasReplicaFiles(id uint64) bool {
	_, err := os.Stat(h.replicaDir(id))
	return !os.IsNotExist(err)
}

// finish marks a task done once its result is committed (loop).
func (h *Hub) finish(t *task, tx string) {
	if t.state != hubapi.StatePublishing {
		return
	}
	t.state = hubapi.StateDone
	t.commitTx = tx
	h.write(setTaskDone{num: t.num, state: t.state, commitTx: tx, updated: h.cfg.Now().UnixMilli()})
	h.touch(t)
	// The winners' copies are in the result now.
	for u := range t.unit {
		if a := h.st.asg[t.unit[u].winner]; a != nil {
			h.dropReplicaFiles(a)
		}
	}
	h.log.Info("task done", "task", t.id.Hex(), "result", t.resultHash, "tx", tx)
}

// assemble builds the result directory from each unit's winning replica,
// hashes it, and shares it as a torrent.
func (h *Hub) assemble(ctx context.Context, t *task, winner func(u int) (id uint64, magnet string)) ([]hubapi.File, string, string, error) {
	name := t.name
	if name == "" {
		name = "result"
	}
	dir := filepath.Join(h.cfg.DataDir, "results", t.id.Hex(), name)
	if err := os.RemoveAll(dir); err != nil {
		return nil, "", "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, "", "", err
	}
	// Flat when the units' files never collide, else one directory per unit.
	type src struct {
		unit int
		from string
		rel  string
	}
	var all []src
	seen := map[string]bool{}
	flat := true
	for u := 0; u < t.units; u++ {
		id, magnet := winner(u)
		from := h.replicaDir(id)
		if magnet != "" {
			if h.cfg.Delivery == nil {
				return nil, "", "", fmt.Errorf("unit %d: output is a torrent and this hub has no delivery node", u)
			}
			tg, err := delivery.ParseTarget(magnet)
			if err != nil {
				return nil, "", "", fmt.Errorf("unit %d: %v", u, err)
			}
			got, err := h.cfg.Delivery.Fetch(ctx, delivery.FetchRequest{Target: tg, Dir: filepath.Join(h.cfg.DataDir, "replicas", fmt.Sprintf("%d-torrent", id)), Peers: tg.Peers})
			if err != nil {
				return nil, "", "", fmt.Errorf("unit %d: fetch output: %v", u, err)
			}
			from = got.Path
		}
		err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) && p == from {
					return filepath.SkipDir
				}
				return err
			}
			if !d.Type().IsRegular() {
				return nil
			}
			rel, _ := filepath.Rel(from, p)
			rel = filepath.ToSlash(rel)
			if seen[rel] {
				flat = false
			}
			seen[rel] = true
			all = append(all, src{unit: u, from: p, rel: rel})
			return nil
		})
		if err != nil {
			return nil, "", "", fmt.Errorf("unit %d: %v", u, err)
		}
	}
	files := make([]hubapi.File, 0, len(all))
	for _, s := range all {
		rel := s.rel
		if !flat {
			rel = fmt.Sprintf("unit-%d/%s", s.unit, s.rel)
		}
		f, err := copyHashed(s.from, filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return nil, "", "", err
		}
		f.Path = rel
		files = append(files, f)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	root, err := hubapi.OutputRoot(files)
	if err != nil {
		return nil, "", "", err
	}
	magnet := ""
	if h.cfg.Delivery != nil && len(files) > 0 {
		sh, err := h.cfg.Delivery.Share(ctx, dir)
		if err != nil {
			return nil, "", "", fmt.Errorf("share the result: %v", err)
		}
		magnet = sh.Magnet
	}
	return files, magnet, root.Hex(), nil
}

func copyHashed(from, to string) (hubapi.File, error) {
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return hubapi.File{}, err
	}
	in, err := os.Open(from)
	if err != nil {
		return hubapi.File{}, err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return hubapi.File{}, err
	}
	hs := sha256.New()
	n, err := io.Copy(io.MultiWriter(out, hs), in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return hubapi.File{}, err
	}
	return hubapi.File{Size: n, SHA256: hex.EncodeToString(hs.Sum(nil))}, nil
}

// resultsOf is a done task's result (loop).
func (h *Hub) resultsOf(t *task) (hubapi.Results, error) {
	return hubapi.Results{Task: t.id.Hex(), State: t.state, ResultHash: t.resultHash, Magnet: t.magnet, Files: t.files}, nil
}
