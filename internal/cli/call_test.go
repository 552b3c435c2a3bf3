package cli

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/services/host"
)

func TestParseArg(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"42", int64(42)},
		{"-7", int64(-7)},
		{"1.5", 1.5},
		{"true", true},
		{"null", nil},
		{`["a", 1]`, []any{"a", int64(1)}},
		{`{"k": 2}`, map[string]any{"k": int64(2)}},
		{"hello", "hello"},
		{"[not json", "[not json"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseArg(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestDescribeTransition(t *testing.T) {
	tests := []struct {
		name string
		in   rpc.Transition
		want string
	}{
		{"terminal", rpc.Terminal(), "nothing"},
		{"recursive", rpc.Recursive(), "(the same protocol again)"},
		{"primitive", rpc.To(rpc.Primitive()), "value | error"},
		{"streaming", rpc.To(rpc.Streaming()), "write* | error | close"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describeTransition(tt.in); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestResolveAndCallCommands(t *testing.T) {
	h, err := host.New(host.Config{Listen: "127.0.0.1:0", DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := h.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	loc := "--locator=" + h.Addr()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"resolve", []string{"resolve", "storage", loc}, 0, "reply:         value | error", ""},
		{"resolve json", []string{"resolve", "locator", "--json", loc}, 0, `"name": "locator"`, ""},
		{"resolve unknown", []string{"resolve", "ghost", loc}, 1, "", "service is not available"},
		{"write", []string{"call", "storage", "write", "ns", "k", "hello", `["t"]`, loc}, 0, "value", ""},
		{"read", []string{"call", "storage", "read", "ns", "k", loc}, 0, `value "hello"`, ""},
		{"find", []string{"call", "storage", "find", "ns", `["t"]`, loc}, 0, `value ["k"]`, ""},
		{"read json", []string{"call", "storage", "read", "ns", "k", "--json", loc}, 0, `{"args":["hello"],"event":"value"}`, ""},
		{"unknown method lists known", []string{"call", "storage", "nope", loc}, 1, "", "known: read, write, remove, find"},
		{"error reply", []string{"call", "storage", "read", "ns", "missing", loc}, 1, "error [11,1]", "object not found"},
		{"no reply method", []string{"call", "logging", "emit", "1", "test", "hi", loc}, 0, "sent", ""},
		{"stream flags on a unary method", []string{"call", "storage", "read", "ns", "k", "--data", "x", loc}, 1, "", "takes no request stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := Run(ctx, tt.args, strings.NewReader(""), &out, &errOut)
			if code != tt.wantCode {
				t.Fatalf("got exit %d (stdout %q, stderr %q), want %d", code, out.String(), errOut.String(), tt.wantCode)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Fatalf("got stdout %q, want it to contain %q", out.String(), tt.wantOut)
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Fatalf("got stderr %q, want it to contain %q", errOut.String(), tt.wantErr)
			}
		})
	}
}
