// Package executor is the contract between the miner and the sandboxes that
// run work units (Docker containers, WebAssembly modules): what a job asks
// for, what a run reports, and the output hashing both sandboxes share.
package executor

import (
	"context"
	"errors"
	"io"
	"time"
)

// Guest paths at which every sandbox shows the unit its inputs and outputs.
const (
	GuestInputDir  = "/in"
	GuestOutputDir = "/out"
)

// Labels put on every container (and recorded for every module run) so that a
// restarted miner can find the work it had started.
const (
	LabelManaged = "io.sonm.managed"
	LabelTask    = "io.sonm.task"
	LabelUnit    = "io.sonm.unit"
	LabelOutput  = "io.sonm.output"
	LabelOutputs = "io.sonm.outputs"
)

var (
	// ErrTimeout reports that a unit ran past its maximum duration and was
	// stopped. The Result that comes with it is still filled in.
	ErrTimeout = errors.New("unit exceeded its maximum duration")
	// ErrInvalidJob reports a job that cannot be run as described.
	ErrInvalidJob = errors.New("invalid job")
	// ErrDiskLimit reports a unit that wrote more to its output directory
	// than its disk limit; its outputs are not collected.
	ErrDiskLimit = errors.New("unit wrote more than its disk limit")
	// ErrNotFound reports a container or module that does not exist.
	ErrNotFound = errors.New("not found")
)

// Executor runs one work unit to completion inside a sandbox.
//
// Run returns a Result whenever the unit started. A non-zero exit code or an
// out-of-memory kill is reported in the Result with a nil error; a timeout is
// reported with ErrTimeout and a cancelled ctx with ctx's error, both with the
// Result filled in as far as it is known.
type Executor interface {
	Run(ctx context.Context, job Job) (Result, error)
}

// Job is one work unit as the sandbox sees it: everything is already local
// (the image loaded, the module on disk, the inputs staged in a directory).
type Job struct {
	TaskID string
	UnitID string

	// Image is the Docker image reference (docker executor).
	Image string
	// Module is the path of a .wasm file on this machine (wasm executor).
	Module string

	// Command replaces the image's entrypoint (docker) or is argv[0] (wasm).
	Command []string
	Args    []string
	Env     map[string]string
	WorkDir string
	// User overrides the user the container runs as (docker); empty means a
	// non-root user unless the image names its own.
	User string

	// InputDir is a host directory shown read-only at GuestInputDir; empty
	// means no inputs.
	InputDir string
	// OutputDir is a host directory shown writable at GuestOutputDir. It must
	// exist.
	OutputDir string
	// Outputs are the paths, relative to OutputDir, collected after the run.
	// Empty means every file under OutputDir.
	Outputs []string

	Resources Resources
	// Network gives the unit a network (a bridge on Docker); without it the
	// unit has none.
	Network bool
	// Ports are container ports published on the host (docker, with Network).
	Ports []int

	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Resources bounds what one unit may use. Zero values mean "no limit" except
// where an executor documents its own default.
type Resources struct {
	CPU         float64 // cores, fractional allowed
	MemoryBytes int64
	GPUs        int
	DiskBytes   int64 // bounds /out, and /tmp on docker; 0: the executor's default
	Pids        int64
	Timeout     time.Duration
}

// Result is what a unit did.
type Result struct {
	ExitCode   int
	OOM        bool
	TimedOut   bool
	Duration   time.Duration
	PeakMemory int64 // bytes; 0 when the sandbox could not measure it
	Outputs    []Output
	// Missing lists declared outputs that the unit did not produce.
	Missing []string
}

// Output is one collected output file.
type Output struct {
	Path   string // relative to the output directory, slash-separated
	Size   int64
	SHA256 string // hex
}
