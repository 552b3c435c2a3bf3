package hubapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/rpc"
)

func TestSpecHash(t *testing.T) {
	s := []byte("name: x\n")
	if SpecHash(s, "") == SpecHash(s, "ab") {
		t.Fatal("the bundle does not change the spec hash")
	}
	if SpecHash(s, "AB") != SpecHash(s, "ab") {
		t.Fatal("the info hash's case changes the spec hash")
	}
	if SpecHash(s, "") == SpecHash([]byte("name: y\n"), "") {
		t.Fatal("the spec does not change the spec hash")
	}
}

func TestUnitRunWei(t *testing.T) {
	// 0.36 SNM per core-hour, 1 core, 60 s: 0.006 SNM.
	rate, _ := new(big.Int).SetString("360000000000000000", 10)
	if got := UnitRunWei(rate, 1, time.Minute); got.String() != "6000000000000000" {
		t.Fatalf("got %s", got)
	}
	// Half a core for 30 s: a quarter of that.
	if got := UnitRunWei(rate, 0.5, 30*time.Second); got.String() != "1500000000000000" {
		t.Fatalf("got %s", got)
	}
	if UnitRunWei(nil, 1, time.Minute).Sign() != 0 || UnitRunWei(big.NewInt(-1), 1, time.Minute).Sign() != 0 {
		t.Fatal("no rate must cost nothing")
	}
}

func TestSignatures(t *testing.T) {
	k, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(k.PublicKey)
	hub := common.HexToAddress("0x2")
	nonce := make([]byte, NonceSize)
	now := time.Now().Unix()
	req := JoinRequest{Miner: addr.Hex(), Wallet: common.HexToAddress("0x1").Hex(), Time: now, Capacity: Capacity{Slots: 1, Executors: []string{"wasm"}}}
	d, err := JoinDigest(nonce, hub, req)
	if err != nil {
		t.Fatal(err)
	}
	req.Sig, err = Sign(d, k)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := CheckJoin(req, nonce, hub, time.Now()); err != nil || got != addr {
		t.Fatalf("got signer %s, %v; want %s", got.Hex(), err, addr.Hex())
	}
	other := append([]byte{1}, nonce[1:]...)
	if _, err := CheckJoin(req, other, hub, time.Now()); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("another nonce: got %v, want ErrBadSignature", err)
	}
	if _, err := JoinDigest(nonce[:8], hub, req); !errors.Is(err, ErrBadRequest) {
		t.Fatalf("short nonce: got %v, want ErrBadRequest", err)
	}
	if _, err := Signer(d, req.Sig[:10]); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("short signature: %v", err)
	}
	if err := CheckTime(now-3600, time.Now()); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("stale time: %v", err)
	}
	if err := CheckTime(now, time.Now()); err != nil {
		t.Fatal(err)
	}
	task := common.Hash{7}
	rd := ReadDigest(hub, EvResults, task.Bytes(), now)
	for name, o := range map[string]common.Hash{
		"hub": ReadDigest(common.Address{3}, EvResults, task.Bytes(), now), "kind": ReadDigest(hub, EvStatus, task.Bytes(), now),
		"task": ReadDigest(hub, EvResults, common.Hash{8}.Bytes(), now), "time": ReadDigest(hub, EvResults, task.Bytes(), now+1),
	} {
		if o == rd {
			t.Errorf("read digest ignores the %s", name)
		}
	}
}

// TestJoinDigestCoversEveryField: changing any field of a JoinRequest but
// Sig (capacity's too) changes the digest, so a field added later without
// being signed fails here.
func TestJoinDigestCoversEveryField(t *testing.T) {
	base := JoinRequest{Miner: common.HexToAddress("0x1").Hex(), Wallet: common.HexToAddress("0x2").Hex(), Time: 1, Name: "n", AskWei: "1",
		Capacity: Capacity{Slots: 1, Cores: 1, MemoryBytes: 1, GPUs: 1, Executors: []string{"wasm"}}}
	nonce := make([]byte, NonceSize)
	want, err := JoinDigest(nonce, common.Address{}, base)
	if err != nil {
		t.Fatal(err)
	}
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		for i := 0; i < v.NumField(); i++ {
			f, name := v.Field(i), path+v.Type().Field(i).Name
			switch name {
			case "Sig":
				continue
			case "Miner", "Wallet":
				old := f.String()
				f.SetString(common.HexToAddress("0x3").Hex())
				check(t, nonce, base, want, name)
				f.SetString(old)
				continue
			}
			switch f.Kind() {
			case reflect.Struct:
				walk(f, name+".")
				continue
			case reflect.String:
				old := f.String()
				f.SetString(old + "x")
				check(t, nonce, base, want, name)
				f.SetString(old)
			case reflect.Int, reflect.Int64:
				old := f.Int()
				f.SetInt(old + 1)
				check(t, nonce, base, want, name)
				f.SetInt(old)
			case reflect.Bool:
				old := f.Bool()
				f.SetBool(!old)
				check(t, nonce, base, want, name)
				f.SetBool(old)
			case reflect.Float64:
				old := f.Float()
				f.SetFloat(old + 0.5)
				check(t, nonce, base, want, name)
				f.SetFloat(old)
			case reflect.Slice:
				old := f.Interface()
				f.Set(reflect.Append(f, reflect.ValueOf("docker")))
				check(t, nonce, base, want, name)
				f.Set(reflect.ValueOf(old))
			default:
				t.Errorf("field %s of kind %s: teach this test to change it", name, f.Kind())
			}
		}
	}
	walk(reflect.ValueOf(&base).Elem(), "")
}

func check(t *testing.T, nonce []byte, req JoinRequest, want common.Hash, field string) {
	t.Helper()
	got, err := JoinDigest(nonce, common.Address{}, req)
	if err != nil {
		t.Fatalf("%s changed: %v", field, err)
	}
	if got == want {
		t.Errorf("changing %s leaves the join digest as it was: the field is not signed", field)
	}
}

// TestErrorsCrossTheWire: a hub error keeps its sentinel and its message
// through a real connection, and the connection survives a bad request.
func TestErrorsCrossTheWire(t *testing.T) {
	svc := &rpc.Service{Name: ServiceName, Version: Version, Graph: Protocol(), Handlers: map[string]rpc.Handler{}}
	for _, ev := range Protocol() {
		svc.Handlers[ev.Name] = func(ctx context.Context, ch *rpc.Channel) error {
			var req TaskRequest
			if err := Decode(ch.Args, &req); err != nil {
				return Fail(ctx, ch, err)
			}
			return Fail(ctx, ch, fmt.Errorf("%w: %s is nowhere", ErrUnknownTask, req.Task))
		}
	}
	srv, err := rpc.NewServer(svc, rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	go srv.Serve(context.Background(), ln)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var r Results
	err = c.Call(ctx, EvResults, TaskRequest{Task: "0xabc"}, &r)
	if !errors.Is(err, ErrUnknownTask) || !strings.Contains(err.Error(), "0xabc is nowhere") {
		t.Fatalf("got %v, want ErrUnknownTask with the hub's message", err)
	}
	// Not msgpack at all: a bad request, and the connection lives on.
	if _, err := c.Conn().Call(ctx, Protocol(), EvResults, []byte{0xc1}); err == nil {
		t.Fatal("garbage accepted")
	} else if !errors.Is(remoteErr(err), ErrBadRequest) {
		t.Fatalf("garbage: got %v, want ErrBadRequest", err)
	}
	if err := c.Call(ctx, EvResults, TaskRequest{Task: "0xdef"}, &r); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("after garbage: %v", err)
	}
}

// FuzzDecode: no body a peer sends (miner, buyer or hub) makes the decoder
// panic, and what decodes encodes again.
func FuzzDecode(f *testing.F) {
	for _, v := range []any{JoinRequest{Miner: "0x1", Capacity: Capacity{Slots: 2, Executors: []string{"wasm"}}},
		UnitResult{ID: 7, Outputs: []File{{Path: "a", Size: 1, SHA256: "00"}}, Inline: []InlineFile{{Path: "a", Data: []byte{1}}}},
		SubmitRequest{Deal: "0x2", Spec: []byte("name: x")}, Heartbeat{Running: []uint64{1, 2}, Free: 3}} {
		b, _ := Encode(v)
		f.Add(b)
	}
	deep := append([]byte{0x81, 0xa1, 'x'}, bytes.Repeat([]byte{0x91}, 100)...)
	f.Add(append(deep, 0xc0))
	f.Add([]byte{0x81, 0xa7, 'o', 'u', 't', 'p', 'u', 't', 's', 0xdd, 0xff, 0xff, 0xff, 0xff, 0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		var j JoinRequest
		if Decode(rpc.Args{b}, &j) == nil {
			if _, err := Encode(j); err != nil {
				t.Fatal(err)
			}
		}
		var r UnitResult
		_ = Decode(rpc.Args{b}, &r)
		var s SubmitRequest
		_ = Decode(rpc.Args{b}, &s)
		var h Heartbeat
		_ = Decode(rpc.Args{b}, &h)
		_, _, _ = DecodeKind(rpc.Args{"result", b})
		// What a client decodes from a hub.
		var lr ListReply
		_ = Unmarshal(b, &lr)
		var res Results
		_ = Unmarshal(b, &res)
	})
}
