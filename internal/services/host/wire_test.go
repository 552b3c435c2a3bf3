package host

// This file is a client written from PROTOCOL.md alone: it shares no code
// with the server (frames are built and read with vmihailenco/msgpack, not
// internal/rpc) and drives a whole node over TCP.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vmihailenco/msgpack/v5"
)

type wireClient struct {
	t    *testing.T
	nc   net.Conn
	enc  *msgpack.Encoder
	dec  *msgpack.Decoder
	next uint64
}

func wireDial(t *testing.T, addr string) *wireClient {
	t.Helper()
	nc, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	enc := msgpack.NewEncoder(nc)
	enc.UseCompactInts(true)
	dec := msgpack.NewDecoder(nc)
	// Graph keys are integers: decode maps with untyped keys.
	dec.SetMapDecoder(func(d *msgpack.Decoder) (any, error) { return d.DecodeUntypedMap() })
	return &wireClient{t: t, nc: nc, enc: enc, dec: dec, next: 1}
}

// send writes [channel, slot, args, headers].
func (w *wireClient) send(channel, slot uint64, args ...any) {
	w.t.Helper()
	if args == nil {
		args = []any{}
	}
	if err := w.enc.Encode([]any{channel, slot, args, []any{}}); err != nil {
		w.t.Fatal(err)
	}
}

func (w *wireClient) open(slot uint64, args ...any) uint64 {
	ch := w.next
	w.next++
	w.send(ch, slot, args...)
	return ch
}

type wireFrame struct {
	channel, slot uint64
	args          []any
}

func toUint(v any) (uint64, bool) {
	switch x := v.(type) {
	case int8:
		return uint64(x), x >= 0
	case int16:
		return uint64(x), x >= 0
	case int32:
		return uint64(x), x >= 0
	case int64:
		return uint64(x), x >= 0
	case uint8:
		return uint64(x), true
	case uint16:
		return uint64(x), true
	case uint32:
		return uint64(x), true
	case uint64:
		return x, true
	}
	return 0, false
}

func (w *wireClient) recv() wireFrame {
	w.t.Helper()
	_ = w.nc.SetReadDeadline(time.Now().Add(20 * time.Second))
	v, err := w.dec.DecodeInterface()
	if err != nil {
		w.t.Fatalf("read frame: %v", err)
	}
	arr, ok := v.([]any)
	if !ok || len(arr) < 3 || len(arr) > 4 {
		w.t.Fatalf("got %#v, want a 3- or 4-element frame", v)
	}
	ch, ok1 := toUint(arr[0])
	slot, ok2 := toUint(arr[1])
	if !ok1 || !ok2 {
		w.t.Fatalf("got frame %#v, want integer channel and slot", arr)
	}
	args, _ := arr[2].([]any)
	return wireFrame{channel: ch, slot: slot, args: args}
}

// recvOn skips frames of other channels (none are expected in this test,
// but the protocol allows them).
func (w *wireClient) recvOn(ch uint64) wireFrame {
	w.t.Helper()
	for {
		f := w.recv()
		if f.channel == ch {
			return f
		}
	}
}

func asString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

// resolve returns the first endpoint and the graph's slot of method.
func (w *wireClient) resolve(name, method string) (string, uint64) {
	w.t.Helper()
	ch := w.open(0, name)
	f := w.recvOn(ch)
	if f.slot != 0 {
		w.t.Fatalf("resolve %s: got slot %d %v, want value", name, f.slot, f.args)
	}
	eps := f.args[0].([]any)
	ep := eps[0].([]any)
	port, _ := toUint(ep[1])
	return net.JoinHostPort(asString(ep[0]), fmt.Sprint(port)), slotOf(w.t, f.args[2], method)
}

// slotOf finds method in a decoded graph {slot: [name, dispatch, upstream]}.
func slotOf(t *testing.T, g any, method string) uint64 {
	t.Helper()
	m, ok := g.(map[any]any)
	if !ok {
		t.Fatalf("got graph %T, want map", g)
	}
	for k, v := range m {
		if asString(v.([]any)[0]) == method {
			slot, ok := toUint(k)
			if !ok {
				t.Fatalf("got slot %v, want an integer", k)
			}
			return slot
		}
	}
	t.Fatalf("method %s not in graph %v", method, m)
	return 0
}

func TestWireClientDrivesNode(t *testing.T) {
	h := startHost(t)
	loc := wireDial(t, h.Addr())

	t.Run("unknown service error bytes", func(t *testing.T) {
		loc.t = t
		ch := loc.open(0, "no-such-service")
		f := loc.recvOn(ch)
		code := f.args[0].([]any)
		cat, _ := toUint(code[0])
		num, _ := toUint(code[1])
		if f.slot != 1 || cat != 0x0A || num != 1 {
			t.Fatalf("got slot %d code [%d, %d], want error [0x0A, 1]", f.slot, cat, num)
		}
		if !strings.Contains(asString(f.args[1]), "service is not available") {
			t.Fatalf("got %q, want service is not available", f.args[1])
		}
	})

	t.Run("storage write, read, find", func(t *testing.T) {
		loc.t = t
		addr, writeSlot := loc.resolve("storage", "write")
		_, readSlot := loc.resolve("storage", "read")
		_, findSlot := loc.resolve("storage", "find")
		st := wireDial(t, addr)
		ch := st.open(writeSlot, "wire", "k1", []byte("v1"), []any{"t"})
		if f := st.recvOn(ch); f.slot != 0 {
			t.Fatalf("write: got slot %d %v, want value", f.slot, f.args)
		}
		ch = st.open(readSlot, "wire", "k1")
		if f := st.recvOn(ch); f.slot != 0 || asString(f.args[0]) != "v1" {
			t.Fatalf("read: got %d %v, want value v1", f.slot, f.args)
		}
		ch = st.open(findSlot, "wire", []any{"t"})
		f := st.recvOn(ch)
		if keys, _ := f.args[0].([]any); len(keys) != 1 || asString(keys[0]) != "k1" {
			t.Fatalf("find: got %v, want [k1]", f.args)
		}
		// Errors: a missing key, then a lower channel id (revoked).
		ch = st.open(readSlot, "wire", "missing")
		if f := st.recvOn(ch); f.slot != 1 {
			t.Fatalf("read missing: got slot %d, want error", f.slot)
		}
		st.send(1, readSlot, "wire", "k1")
		f = st.recvOn(1)
		code := f.args[0].([]any)
		if cat, _ := toUint(code[0]); f.slot != 1 || cat != 7 {
			t.Fatalf("reused channel: got slot %d %v, want dispatch error", f.slot, f.args)
		}
	})

	t.Run("logging emit and verbosity", func(t *testing.T) {
		loc.t = t
		addr, emitSlot := loc.resolve("logging", "emit")
		_, verbSlot := loc.resolve("logging", "verbosity")
		lg := wireDial(t, addr)
		lg.open(emitSlot, 1, "wire-test", "hello from the wire", []any{[]any{"k", "v"}})
		ch := lg.open(verbSlot)
		if f := lg.recvOn(ch); f.slot != 0 {
			t.Fatalf("verbosity: got %d %v, want value", f.slot, f.args)
		}
	})

	t.Run("streaming app call", func(t *testing.T) {
		loc.t = t
		addr, enqSlot := loc.resolve("wireapp", "enqueue")
		app := wireDial(t, addr)
		ch := app.open(enqSlot, "upper")
		app.send(ch, 0, []byte("abc")) // write
		app.send(ch, 0, []byte("def")) // write
		app.send(ch, 2)                // close
		var got bytes.Buffer
		for {
			f := app.recvOn(ch)
			if f.slot == 2 {
				break
			}
			if f.slot != 0 {
				t.Fatalf("got slot %d %v, want write or close", f.slot, f.args)
			}
			got.WriteString(asString(f.args[0]))
		}
		if got.String() != "ABCDEF" {
			t.Fatalf("got %q, want ABCDEF", got.String())
		}
	})

	t.Run("garbage gets an error and a hang-up, others go on", func(t *testing.T) {
		loc.t = t
		bad := wireDial(t, h.Addr())
		if _, err := bad.nc.Write([]byte{0xc1, 0xc1}); err != nil {
			t.Fatal(err)
		}
		f := bad.recv()
		if f.slot != 1 {
			t.Fatalf("got slot %d, want error", f.slot)
		}
		ch := loc.open(0, "storage")
		if f := loc.recvOn(ch); f.slot != 0 {
			t.Fatalf("got %v, want the locator still serving", f.args)
		}
	})
}

func startHost(t *testing.T) *Host {
	t.Helper()
	t.Setenv("SONM_TEST_WORKER", "1")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Listen: "127.0.0.1:0", DataDir: t.TempDir(), Apps: map[string]string{"wireapp": exe}, Start: []string{"wireapp"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := h.Start(ctx); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); h.Close() })
	// Wait until the app's worker is up.
	deadline := time.Now().Add(20 * time.Second)
	for {
		state, err := appState(h, "wireapp")
		if err == nil && state == "running" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("app never came up: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return h
}

var errNoApp = errors.New("no app")
