package storage

import (
	"context"
	"errors"
	"net"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/rpc"
)

func openStore(t *testing.T, path string) *Storage {
	t.Helper()
	s, err := New(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStorageOverProtocol(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	st := openStore(t, filepath.Join(t.TempDir(), "s.db"))
	srv, err := rpc.NewServer(st.Service(), rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ctx, ln)
	defer srv.Close()
	c, err := rpc.Dial(ctx, "tcp", ln.Addr().String(), rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	g := Protocol()
	steps := []struct {
		name    string
		method  string
		args    []any
		want    []any
		wantErr error
	}{
		{"read missing", "read", []any{"ns", "a"}, nil, rpc.ErrNotFound},
		{"write a", "write", []any{"ns", "a", []byte("one"), []string{"x", "y"}}, []any{}, nil},
		{"write b", "write", []any{"ns", "b", "two", []string{"y"}}, []any{}, nil},
		{"write c untagged", "write", []any{"ns", "c", []byte("3")}, []any{}, nil},
		{"write other ns", "write", []any{"other", "a", []byte("zzz"), []string{"x"}}, []any{}, nil},
		{"read a", "read", []any{"ns", "a"}, []any{[]byte("one")}, nil},
		{"read b (str accepted)", "read", []any{"ns", "b"}, []any{[]byte("two")}, nil},
		{"find y", "find", []any{"ns", []string{"y"}}, []any{[]any{"a", "b"}}, nil},
		{"find x and y", "find", []any{"ns", []string{"x", "y"}}, []any{[]any{"a"}}, nil},
		{"find none", "find", []any{"ns", []string{"q"}}, []any{[]any{}}, nil},
		{"find all", "find", []any{"ns", []string{}}, []any{[]any{"a", "b", "c"}}, nil},
		{"overwrite a drops tags", "write", []any{"ns", "a", []byte("uno")}, []any{}, nil},
		{"find x after overwrite", "find", []any{"ns", []string{"x"}}, []any{[]any{}}, nil},
		{"remove b", "remove", []any{"ns", "b"}, []any{}, nil},
		{"read removed", "read", []any{"ns", "b"}, nil, rpc.ErrNotFound},
		{"remove missing", "remove", []any{"ns", "zz"}, []any{}, nil},
		{"bad key type", "read", []any{"ns", 5}, nil, rpc.ErrInvalidArgument},
		{"bad tags type", "write", []any{"ns", "k", "v", "notalist"}, nil, rpc.ErrInvalidArgument},
		{"missing args", "find", []any{}, nil, rpc.ErrInvalidArgument},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			got, err := c.Call(ctx, g, s.method, s.args...)
			if !errors.Is(err, s.wantErr) {
				t.Fatalf("got %v, want %v", err, s.wantErr)
			}
			if err == nil && !reflect.DeepEqual([]any(got), s.want) {
				t.Fatalf("got %#v, want %#v", got, s.want)
			}
		})
	}
}

func TestStoragePersists(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s1 := openStore(t, path)
	if err := s1.Write(ctx, "n", "k", []byte("v"), []string{"t"}); err != nil {
		t.Fatal(err)
	}
	s1.Close()
	s2 := openStore(t, path)
	got, err := s2.Read(ctx, "n", "k")
	if err != nil || string(got) != "v" {
		t.Fatalf("got %q %v, want v", got, err)
	}
	keys, err := s2.Find(ctx, "n", []string{"t"})
	if err != nil || !reflect.DeepEqual(keys, []string{"k"}) {
		t.Fatalf("got %v %v, want [k]", keys, err)
	}
}
