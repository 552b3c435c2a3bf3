package backend

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

const testErrorsABI = `[
 {"type":"error","name":"NotAllowed","inputs":[{"name":"who","type":"address"},{"name":"code","type":"uint256"}]},
 {"type":"error","name":"WrongState","inputs":[{"name":"state","type":"uint8"},{"name":"note","type":"string"},{"name":"id","type":"bytes32"},{"name":"ok","type":"bool"}]},
 {"type":"error","name":"Empty","inputs":[]}
]`

func mustABI(t testing.TB, js string) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(js))
	if err != nil {
		t.Fatalf("parse ABI: %v", err)
	}
	return &a
}

func pack(t testing.TB, a *abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e, ok := a.Errors[name]
	if !ok {
		t.Fatalf("no error %s in ABI", name)
	}
	enc, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return append(append([]byte(nil), e.ID[:4]...), enc...)
}

func packErrorString(t testing.TB, msg string) []byte {
	t.Helper()
	typ, _ := abi.NewType("string", "", nil)
	enc, err := abi.Arguments{{Type: typ}}.Pack(msg)
	if err != nil {
		t.Fatalf("pack: %v", err)
	}
	return append(crypto.Keccak256([]byte("Error(string)"))[:4], enc...)
}

func packPanic(code int64) []byte {
	return append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], common.LeftPadBytes(big.NewInt(code).Bytes(), 32)...)
}

func TestDecodeRevert(t *testing.T) {
	a := mustABI(t, testErrorsABI)
	who := common.HexToAddress("0x00000000000000000000000000000000DeaDBeef")
	id := [32]byte{0xab, 0xcd}
	tests := []struct {
		name       string
		data       []byte
		abis       []*abi.ABI
		wantName   string
		wantReason string
	}{
		{"Error(string)", packErrorString(t, "wallet is Idle"), nil, "Error", "wallet is Idle"},
		{"Panic overflow", packPanic(0x11), nil, "Panic", "Panic(0x11): arithmetic overflow or underflow"},
		{"Panic unknown code", packPanic(0x99), nil, "Panic", "Panic(0x99)"},
		{"custom error with address and uint", pack(t, a, "NotAllowed", who, big.NewInt(42)), []*abi.ABI{a}, "NotAllowed",
			fmt.Sprintf("NotAllowed(%s, 42)", who.Hex())},
		{"custom error with mixed args", pack(t, a, "WrongState", uint8(3), "idle", id, true), []*abi.ABI{a}, "WrongState",
			fmt.Sprintf("WrongState(3, %q, 0x%x, true)", "idle", id[:])},
		{"custom error without args", pack(t, a, "Empty"), []*abi.ABI{nil, a}, "Empty", "Empty()"},
		{"custom error, ABI not given", pack(t, a, "Empty"), nil, "", fmt.Sprintf("unknown error 0x%x", pack(t, a, "Empty"))},
		{"custom error, args truncated", pack(t, a, "NotAllowed", who, big.NewInt(1))[:20], []*abi.ABI{a}, "",
			fmt.Sprintf("unknown error 0x%x", pack(t, a, "NotAllowed", who, big.NewInt(1))[:20])},
		{"empty", nil, []*abi.ABI{a}, "", "no reason given"},
		{"short", []byte{1, 2}, []*abi.ABI{a}, "", "malformed revert data 0x0102"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := DecodeRevert(tt.data, tt.abis...)
			if e.Name != tt.wantName {
				t.Errorf("got name %q, want %q", e.Name, tt.wantName)
			}
			if e.Reason != tt.wantReason {
				t.Errorf("got reason %q, want %q", e.Reason, tt.wantReason)
			}
			if !errors.Is(e, ErrReverted) {
				t.Errorf("got errors.Is(%v, ErrReverted) false, want true", e)
			}
			if want := "execution reverted: " + tt.wantReason; e.Error() != want {
				t.Errorf("got message %q, want %q", e.Error(), want)
			}
		})
	}
}

func TestRevertErrorWithTx(t *testing.T) {
	e := DecodeRevert(packErrorString(t, "too early"))
	e.TxHash = common.HexToHash("0x01")
	want := "transaction " + e.TxHash.Hex() + " reverted: too early"
	if e.Error() != want {
		t.Errorf("got %q, want %q", e.Error(), want)
	}
}

type dataErr struct {
	msg  string
	data any
}

func (d dataErr) Error() string          { return d.msg }
func (d dataErr) ErrorData() interface{} { return d.data }

var _ rpc.DataError = dataErr{}

func TestRevertData(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		want   []byte
		wantOK bool
	}{
		{"hex data", dataErr{"execution reverted", "0x08c379a0"}, []byte{0x08, 0xc3, 0x79, 0xa0}, true},
		{"wrapped", fmt.Errorf("call: %w", dataErr{"execution reverted", "0x01"}), []byte{1}, true},
		{"bad hex", dataErr{"execution reverted", "zz"}, nil, false},
		{"non-string data", dataErr{"x", 5}, nil, false},
		{"plain error", errors.New("boom"), nil, false},
		{"nil", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := RevertData(tt.err)
			if ok != tt.wantOK || string(got) != string(tt.want) {
				t.Errorf("got %x, %v, want %x, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestFormatEther(t *testing.T) {
	tests := []struct {
		wei  string
		want string
	}{
		{"0", "0"},
		{"1", "0.000000000000000001"},
		{"1000000000000000000", "1"},
		{"1500000000000000000", "1.5"},
		{"-2500000000000000000", "-2.5"},
		{"123456789012345678901234", "123456.789012345678901234"},
	}
	for _, tt := range tests {
		t.Run(tt.wei, func(t *testing.T) {
			w, _ := new(big.Int).SetString(tt.wei, 10)
			if got := formatEther(w); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNoGasErrorMessage(t *testing.T) {
	acct := common.HexToAddress("0x1000000000000000000000000000000000000001")
	tests := []struct {
		name string
		err  *NoGasError
		want string
	}{
		{"empty account", &NoGasError{Account: acct, Balance: new(big.Int)},
			"account " + acct.Hex() + " has no ETH for gas: fund it"},
		{"too little", &NoGasError{Account: acct, Balance: big.NewInt(5e17), Need: big.NewInt(2e18)},
			"account " + acct.Hex() + " has too little ETH for gas (0.5 ETH, needs 2 ETH): fund it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.HasPrefix(tt.err.Error(), tt.want) {
				t.Errorf("got %q, want prefix %q", tt.err.Error(), tt.want)
			}
			if !errors.Is(tt.err, ErrNoGasMoney) {
				t.Error("got errors.Is(err, ErrNoGasMoney) false, want true")
			}
		})
	}
}

// FuzzDecodeRevert feeds arbitrary revert data to the decoder: it must never
// panic and must always produce a reason.
func FuzzDecodeRevert(f *testing.F) {
	a := mustABI(f, testErrorsABI)
	f.Add([]byte{})
	f.Add(packErrorString(f, "reason"))
	f.Add(packPanic(1))
	f.Add(pack(f, a, "NotAllowed", common.Address{1}, big.NewInt(7)))
	f.Add(pack(f, a, "WrongState", uint8(1), "x", [32]byte{}, false))
	f.Add(append(crypto.Keccak256([]byte("Error(string)"))[:4], 0xff))
	f.Fuzz(func(t *testing.T, data []byte) {
		e := DecodeRevert(data, a)
		if e.Reason == "" {
			t.Errorf("got empty reason for %x", data)
		}
		if string(e.Data) != string(data) {
			t.Errorf("got data %x, want %x", e.Data, data)
		}
	})
}
