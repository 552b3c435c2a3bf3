package host

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/sonm-io/sonm/sdk/worker"
)

// Started with SONM_TEST_WORKER set, the test binary is the app.
func TestMain(m *testing.M) {
	if os.Getenv("SONM_TEST_WORKER") == "" {
		os.Exit(m.Run())
	}
	worker.Run(map[string]worker.Handler{
		"upper": func(ctx context.Context, req worker.Request, resp worker.Response) error {
			for {
				b, err := req.Read(ctx)
				if errors.Is(err, io.EOF) {
					return nil
				}
				if err != nil {
					return err
				}
				if err := resp.Write(ctx, bytes.ToUpper(b)); err != nil {
					return err
				}
			}
		},
	})
}

func appState(h *Host, name string) (string, error) {
	for _, n := range h.node.List() {
		if n == name {
			info, err := h.node.Info(name)
			if err != nil {
				return "", err
			}
			return info["state"].(string), nil
		}
	}
	return "", errNoApp
}

func TestNewValidates(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no data dir", Config{}},
		{"bad listen", Config{DataDir: "x", Listen: "nonsense"}},
		{"start unknown app", Config{DataDir: "x", Start: []string{"ghost"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg); err == nil {
				t.Fatal("got nil error, want one")
			}
		})
	}
}
