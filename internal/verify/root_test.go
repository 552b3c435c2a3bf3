package verify

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func file(path, content string) File {
	sum := crypto.Keccak256Hash([]byte(content)) // any 32 bytes in hex will do
	return File{Path: path, Size: int64(len(content)), SHA256: strings.TrimPrefix(sum.Hex(), "0x")}
}

func TestOutputRoot(t *testing.T) {
	a, b, c := file("a.txt", "1"), file("b/c.txt", "2"), file("d", "3")
	r1, err := OutputRoot([]File{a, b, c})
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := OutputRoot([]File{c, a, b})
	if r1 != r2 {
		t.Fatal("the root depends on the order files are listed in")
	}
	b2 := b
	b2.Size++
	if r3, _ := OutputRoot([]File{a, b2, c}); r3 == r1 {
		t.Fatal("a different size gives the same root")
	}
	b3 := b
	b3.Path = "b/x.txt"
	if r3, _ := OutputRoot([]File{a, b3, c}); r3 == r1 {
		t.Fatal("a different path gives the same root")
	}
	if r4, _ := OutputRoot([]File{a, b}); r4 == r1 {
		t.Fatal("a missing file gives the same root")
	}
	if _, err := OutputRoot([]File{a, a}); err == nil {
		t.Fatal("a path listed twice was accepted")
	}
	if _, err := OutputRoot([]File{{Path: "x", SHA256: "zz"}}); err == nil {
		t.Fatal("a bad sha256 was accepted")
	}
	empty, _ := OutputRoot(nil)
	if empty == (common.Hash{}) || empty == r1 {
		t.Fatal("the empty set has no root of its own")
	}
}

// TestOutputRootPinned pins the roots miners, hubs, the chain and buyers
// must all compute alike: a change here breaks every deployed party.
func TestOutputRootPinned(t *testing.T) {
	tests := []struct {
		name  string
		files []File
		want  string
	}{
		{"empty", nil, "0xbc36789e7a1e281436464229828f817d6612f7b477d66591ff96a9e064bcc98a"},
		{"one", []File{file("a.txt", "1")}, "0xa0b8cb4b621507ea2e260a07e33f412579f11af8324f51954fed6b79fbeb05e5"},
		{"three", []File{file("d", "3"), file("a.txt", "1"), file("b/c.txt", "2")}, "0xa4a9d891df7389777e1aeb8eb747570831b0f2e570d860ce8115e8b68287f9fe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := OutputRoot(tc.files)
			if err != nil {
				t.Fatal(err)
			}
			if got.Hex() != tc.want {
				t.Fatalf("got %s, want %s", got.Hex(), tc.want)
			}
		})
	}
}
