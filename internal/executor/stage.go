package executor

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/sonm-io/sonm/internal/taskspec"
)

// ErrUnsupportedSource reports an input or module source this machine cannot
// fetch by itself (magnets need the delivery service).
var ErrUnsupportedSource = errors.New("unsupported source")

// ErrHashMismatch reports content whose sha256 is not the one pinned.
var ErrHashMismatch = errors.New("sha256 mismatch")

// JobFor builds the job for one unit of spec. Module and Image must already
// be local; inputDir holds the staged inputs (empty for none).
func JobFor(spec *taskspec.Spec, u taskspec.Unit, taskID, inputDir, outputDir string) Job {
	j := Job{
		TaskID:    taskID,
		UnitID:    fmt.Sprintf("%s-%d", taskID, u.Index),
		Command:   u.Command,
		Args:      u.Args,
		Env:       u.Env,
		WorkDir:   spec.WorkDir,
		User:      spec.User,
		InputDir:  inputDir,
		OutputDir: outputDir,
		Outputs:   u.Outputs,
		Network:   spec.Network, // published ports never bring outbound access with them
		Ports:     spec.Ports,
		Resources: Resources{
			CPU:         spec.Resources.CPU,
			MemoryBytes: int64(spec.Resources.Memory),
			GPUs:        spec.Resources.GPUs,
			DiskBytes:   int64(spec.Resources.Disk),
			Pids:        spec.Resources.Pids,
			Timeout:     time.Duration(spec.Resources.MaxDuration),
		},
	}
	if spec.Image != nil {
		j.Image = spec.Image.Ref
	}
	if spec.Module != nil && spec.Module.Path != "" {
		j.Module = spec.Resolve(spec.Module.Path)
	}
	return j
}

// Fetcher brings a spec's module and inputs onto this machine.
type Fetcher struct {
	HTTP *http.Client
}

// Module returns the local path of the spec's module, downloading it into
// cacheDir when it is given by URL, and checks its pinned sha256.
func (f Fetcher) Module(ctx context.Context, spec *taskspec.Spec, cacheDir string) (string, error) {
	m := spec.Module
	if m == nil {
		return "", fmt.Errorf("%w: spec has no module", ErrInvalidJob)
	}
	switch {
	case m.Path != "":
		p := spec.Resolve(m.Path)
		if m.SHA256 != "" {
			if err := checkFileHash(p, m.SHA256); err != nil {
				return "", fmt.Errorf("module %s: %w", p, err)
			}
		}
		return p, nil
	case m.URL != "":
		p := filepath.Join(cacheDir, m.SHA256+".wasm")
		if checkFileHash(p, m.SHA256) == nil {
			return p, nil
		}
		if err := os.MkdirAll(cacheDir, 0o700); err != nil {
			return "", err
		}
		if err := f.download(ctx, m.URL, p, m.SHA256); err != nil {
			return "", fmt.Errorf("module: %w", err)
		}
		return p, nil
	default:
		return "", fmt.Errorf("module %s: %w: fetching by magnet needs the delivery service", m.Magnet, ErrUnsupportedSource)
	}
}

// StageInputs puts every input of spec under dir, each at its input name.
func (f Fetcher) StageInputs(ctx context.Context, spec *taskspec.Spec, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("input dir: %w", err)
	}
	for i, in := range spec.Inputs {
		dst := filepath.Join(dir, in.InputName())
		var err error
		switch {
		case in.Path != "":
			err = copyPath(spec.Resolve(in.Path), dst)
			if err == nil && in.SHA256 != "" {
				err = checkFileHash(dst, in.SHA256)
			}
		case in.URL != "":
			err = f.download(ctx, in.URL, dst, in.SHA256)
		default:
			err = fmt.Errorf("%w: fetching by magnet needs the delivery service", ErrUnsupportedSource)
		}
		if err != nil {
			return fmt.Errorf("inputs[%d]: %w", i, err)
		}
	}
	return nil
}

func copyPath(src, dst string) error {
	fi, err := os.Stat(src)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return os.CopyFS(dst, os.DirFS(src))
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func (f Fetcher) download(ctx context.Context, url, dst, wantSHA string) error {
	client := f.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("download %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("download %s: %s", url, resp.Status)
	}
	tmp := dst + ".part"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(out, h), resp.Body)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("download %s: %w", url, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); wantSHA != "" && got != wantSHA {
		os.Remove(tmp)
		return fmt.Errorf("download %s: %w: got %s, want %s", url, ErrHashMismatch, got, wantSHA)
	}
	return os.Rename(tmp, dst)
}

func checkFileHash(p, want string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%w: got %s, want %s", ErrHashMismatch, got, want)
	}
	return nil
}
