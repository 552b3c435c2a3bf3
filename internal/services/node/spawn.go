package node

import (
	"context"
	"fmt"
	"io"
	"os/exec"
)

// Spawner starts app processes. The plain-process spawner is here; the
// Docker and WASM executors plug in behind the same interface.
type Spawner interface {
	Spawn(ctx context.Context, spec Spec) (Process, error)
}

// Spec says what to start.
type Spec struct {
	App        string
	Executable string
	Args       []string
	Env        []string
	Dir        string
	Stdout     io.Writer
	Stderr     io.Writer
}

// Process is a started app.
type Process interface {
	Wait() error // returns when the process has exited
	Kill() error
	Pid() int
}

// ProcessSpawner runs apps as child processes of the node.
type ProcessSpawner struct{}

var _ Spawner = ProcessSpawner{}

// Spawn starts spec.Executable with spec.Args.
func (ProcessSpawner) Spawn(ctx context.Context, spec Spec) (Process, error) {
	cmd := exec.Command(spec.Executable, spec.Args...)
	cmd.Env = spec.Env
	cmd.Dir = spec.Dir
	cmd.Stdout = spec.Stdout
	cmd.Stderr = spec.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("spawn %s: %w", spec.App, err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	go func() { p.err = cmd.Wait(); close(p.done) }()
	return p, nil
}

type process struct {
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

func (p *process) Wait() error { <-p.done; return p.err }
func (p *process) Pid() int    { return p.cmd.Process.Pid }
func (p *process) Kill() error {
	select {
	case <-p.done:
		return nil
	default:
	}
	return p.cmd.Process.Kill()
}
