package docker

import (
	"testing"

	"github.com/sonm-io/sonm/internal/executor"
	"github.com/sonm-io/sonm/internal/executor/executortest"
)

// The Docker executor passes the suite every sandbox passes.
func TestConformance(t *testing.T) {
	e := newExecutor(t)
	executortest.Run(t, executortest.Target{
		Executor: e,
		Job: func(t *testing.T, args ...string) executor.Job {
			j, _, _ := job(t, args...)
			return j
		},
		Cleanup: func(t *testing.T) { assertNoContainers(t, e) },
	})
}
