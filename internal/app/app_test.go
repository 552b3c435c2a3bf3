package app

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestStack(t *testing.T) {
	errB := errors.New("b failed")
	errD := errors.New("d failed")
	tests := []struct {
		name      string
		fail      map[string]error
		wantOrder string
		wantErrs  []error
		wantText  []string
	}{
		{name: "reverse order", wantOrder: "dcba"},
		{name: "errors joined", fail: map[string]error{"b": errB, "d": errD}, wantOrder: "dcba",
			wantErrs: []error{errB, errD}, wantText: []string{"close b: b failed", "close d: d failed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Stack
			var order strings.Builder
			for _, n := range []string{"a", "b", "c", "d"} {
				s.Push(n, func() error { order.WriteString(n); return tt.fail[n] })
			}
			err := s.Close()
			if got := order.String(); got != tt.wantOrder {
				t.Errorf("closed in order %q, want %q", got, tt.wantOrder)
			}
			if len(tt.wantErrs) == 0 && err != nil {
				t.Errorf("got error %v, want none", err)
			}
			for _, want := range tt.wantErrs {
				if !errors.Is(err, want) {
					t.Errorf("got error %v, want it to wrap %v", err, want)
				}
			}
			for _, want := range tt.wantText {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("got error %v, want it to say %q", err, want)
				}
			}
			// Once: a second Close runs nothing and says the same.
			err2 := s.Close()
			if got := order.String(); got != tt.wantOrder {
				t.Errorf("after a second Close the order is %q, want %q", got, tt.wantOrder)
			}
			if fmt.Sprint(err2) != fmt.Sprint(err) {
				t.Errorf("second Close: got %v, want %v", err2, err)
			}
		})
	}
}

// Concurrent Close calls run every function once, and each returns only
// when all have run.
func TestStackCloseConcurrent(t *testing.T) {
	var s Stack
	var mu sync.Mutex
	runs := 0
	for i := 0; i < 3; i++ {
		s.Push(fmt.Sprint(i), func() error { mu.Lock(); runs++; mu.Unlock(); return nil })
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Close()
			mu.Lock()
			defer mu.Unlock()
			if runs != 3 {
				t.Errorf("Close returned after %d of 3 functions ran", runs)
			}
		}()
	}
	wg.Wait()
	if runs != 3 {
		t.Errorf("got %d runs, want 3", runs)
	}
}

// What is pushed after Close is closed at once: a step that finished
// while the role was being closed leaks nothing.
func TestStackPushAfterClose(t *testing.T) {
	var s Stack
	s.Close()
	ran := false
	s.Push("late", func() error { ran = true; return nil })
	if !ran {
		t.Error("a function pushed after Close did not run")
	}
}

func TestFailedStep(t *testing.T) {
	base := errors.New("boom")
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{base, ""},
		{stepErr(StepMetrics, base), StepMetrics},
		{fmt.Errorf("wrapped: %w", stepErr(StepHub, base)), StepHub},
	}
	for _, tt := range tests {
		if got := FailedStep(tt.err); got != tt.want {
			t.Errorf("FailedStep(%v): got %q, want %q", tt.err, got, tt.want)
		}
	}
	if err := stepErr(StepHub, base); err.Error() != "boom" || !errors.Is(err, base) {
		t.Errorf("got %q, want the step's own text, wrapping it", err)
	}
}
