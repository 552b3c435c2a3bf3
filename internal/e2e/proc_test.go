package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// lineLog collects the lines a process writes to one stream. A progress
// bar's carriage returns end lines too.
type lineLog struct {
	mu      sync.Mutex
	lines   []string
	changed chan struct{} // closed and replaced on every new line and at EOF
	eof     bool
	file    io.Writer // a copy of everything, for post-mortems
}

func newLineLog(file io.Writer) *lineLog {
	return &lineLog{changed: make(chan struct{}), file: file}
}

func (l *lineLog) consume(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	sc.Split(scanLinesCR)
	for sc.Scan() {
		line := sc.Text()
		if l.file != nil {
			fmt.Fprintln(l.file, line)
		}
		l.mu.Lock()
		l.lines = append(l.lines, line)
		close(l.changed)
		l.changed = make(chan struct{})
		l.mu.Unlock()
	}
	// Drain whatever remains so that the writer never blocks.
	_, _ = io.Copy(io.Discard, r)
	l.mu.Lock()
	l.eof = true
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
}

// scanLinesCR splits on \n and on \r.
func scanLinesCR(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// Lines returns a copy of the lines so far.
func (l *lineLog) Lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

// String is everything so far.
func (l *lineLog) String() string { return strings.Join(l.Lines(), "\n") }

// waitFor returns the first line (from the start) that match accepts,
// waiting for it until timeout or the end of the stream.
func (l *lineLog) waitFor(timeout time.Duration, match func(string) bool) (string, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	seen := 0
	for {
		l.mu.Lock()
		lines, eof, changed := l.lines[seen:], l.eof, l.changed
		seen = len(l.lines)
		l.mu.Unlock()
		for _, s := range lines {
			if match(s) {
				return s, nil
			}
		}
		if eof {
			return "", errors.New("the stream ended")
		}
		select {
		case <-changed:
		case <-deadline.C:
			return "", fmt.Errorf("nothing matched within %s", timeout)
		}
	}
}

// proc is one running process of the world.
type proc struct {
	name   string
	bin    string
	args   []string
	cmd    *exec.Cmd
	Stdout *lineLog
	Stderr *lineLog
	done   chan struct{}
	err    error // of Wait, set when done is closed
	files  []*os.File
}

// Exited reports whether the process ended, and its exit code then (-1
// when it was killed by a signal).
func (p *proc) Exited() (bool, int) {
	select {
	case <-p.done:
		return true, exitCode(p.err)
	default:
		return false, 0
	}
}

// Wait waits for the process to end within timeout and returns its exit
// code.
func (p *proc) Wait(timeout time.Duration) (int, error) {
	select {
	case <-p.done:
		return exitCode(p.err), nil
	case <-time.After(timeout):
		return 0, fmt.Errorf("%s still running after %s", p.name, timeout)
	}
}

// Kill sends SIGKILL (kill -9) and waits for the process and its output to
// end.
func (p *proc) Kill() {
	if p.cmd.Process != nil {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
	}
	<-p.done
}

// Pid is the process id.
func (p *proc) Pid() int { return p.cmd.Process.Pid }

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

// start runs the sonm binary with args in the background, as the named
// actor; its output is kept in memory and under logs/ of the world. The
// process is killed at the end of the test.
func (w *world) start(name string, args ...string) *proc {
	w.t.Helper()
	return w.startProg(name, sonmBin, args...)
}

// startProg is start for any program of the world (a geth node, say).
func (w *world) startProg(name, bin string, args ...string) *proc {
	w.t.Helper()
	p := &proc{name: name, bin: bin, args: args, done: make(chan struct{})}
	n := w.nextLog(name)
	outF, err := os.Create(filepath.Join(w.logs, n+".stdout"))
	if err != nil {
		w.t.Fatal(err)
	}
	errF, err := os.Create(filepath.Join(w.logs, n+".stderr"))
	if err != nil {
		w.t.Fatal(err)
	}
	p.files = []*os.File{outF, errF}
	p.Stdout, p.Stderr = newLineLog(outF), newLineLog(errF)
	cmd := exec.Command(bin, args...)
	cmd.Dir = w.dir
	cmd.Env = w.env()
	so, err := cmd.StdoutPipe()
	if err != nil {
		w.t.Fatal(err)
	}
	se, err := cmd.StderrPipe()
	if err != nil {
		w.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		w.t.Fatalf("start %s: %v", name, err)
	}
	p.cmd = cmd
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); p.Stdout.consume(so) }()
	go func() { defer wg.Done(); p.Stderr.consume(se) }()
	go func() {
		wg.Wait()
		p.err = cmd.Wait()
		for _, f := range p.files {
			f.Close()
		}
		close(p.done)
	}()
	w.mu.Lock()
	w.procs = append(w.procs, p)
	w.mu.Unlock()
	return p
}

// result is a finished command.
type result struct {
	Code   int
	Stdout string
	Stderr string
}

// run runs the sonm binary with args to its end (within timeout).
func (w *world) run(timeout time.Duration, name string, args ...string) result {
	w.t.Helper()
	p := w.start(name, args...)
	code, err := p.Wait(timeout)
	if err != nil {
		p.Kill()
		w.t.Fatalf("sonm %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, p.Stdout, p.Stderr)
	}
	return result{Code: code, Stdout: p.Stdout.String(), Stderr: p.Stderr.String()}
}

// mustRun runs a command that has to succeed.
func (w *world) mustRun(timeout time.Duration, name string, args ...string) result {
	w.t.Helper()
	r := w.run(timeout, name, args...)
	if r.Code != 0 {
		w.t.Fatalf("sonm %s: exit code %d, want 0\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.Code, r.Stdout, r.Stderr)
	}
	return r
}

// stopAll kills every process still running; on a failed test it logs the
// tail of each process's output.
func (w *world) stopAll() {
	w.mu.Lock()
	procs := append([]*proc(nil), w.procs...)
	w.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		procs[i].Kill()
	}
	if !w.t.Failed() {
		return
	}
	for _, p := range procs {
		w.t.Logf("---- %s: %s %s (exit %d)", p.name, filepath.Base(p.bin), strings.Join(p.args, " "), exitCode(p.err))
		for _, s := range []struct {
			what string
			log  *lineLog
		}{{"stdout", p.Stdout}, {"stderr", p.Stderr}} {
			lines := s.log.Lines()
			if len(lines) > 40 {
				lines = append([]string{fmt.Sprintf("... %d lines before", len(lines)-40)}, lines[len(lines)-40:]...)
			}
			if len(lines) > 0 {
				w.t.Logf("%s:\n  %s", s.what, strings.Join(lines, "\n  "))
			}
		}
	}
}

// until polls cond until it returns true or an error, or timeout passes.
func until(ctx context.Context, timeout time.Duration, every time.Duration, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var last error
	for {
		ok, err := cond()
		if ok {
			return nil
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("not within %s (last error: %w)", timeout, last)
			}
			return fmt.Errorf("not within %s", timeout)
		case <-time.After(every):
		}
	}
}
