package node

import (
	"io"
	"log/slog"
	"testing"
)

type slogLogger = slog.Logger

// newTestLogger formats every record (so the logging paths run) but writes
// nowhere: goroutines of a finished test may still log.
func newTestLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
