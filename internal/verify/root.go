package verify

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// File is one output file as a root commits to it. The hub protocol
// carries it as is (hubapi.File is this type), hence the msgpack tags.
type File struct {
	Path   string `msgpack:"path"`
	Size   int64  `msgpack:"size"`
	SHA256 string `msgpack:"sha256"` // hex
}

// OutputRoot is the Merkle root over files, sorted by path: a leaf is
// keccak(0x00 ‖ path ‖ 0x00 ‖ size(8 bytes, big endian) ‖ sha256), a node
// keccak(0x01 ‖ left ‖ right), an odd node is carried up. No files hash to
// keccak(0x00). Replicas agree when their roots are equal; a task's result
// hash is the root over its assembled output.
func OutputRoot(files []File) (common.Hash, error) {
	fs := append([]File(nil), files...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Path < fs[j].Path })
	if len(fs) == 0 {
		return crypto.Keccak256Hash([]byte{0}), nil
	}
	level := make([][]byte, 0, len(fs))
	for i, f := range fs {
		if i > 0 && fs[i-1].Path == f.Path {
			return common.Hash{}, fmt.Errorf("output root: path %q listed twice", f.Path)
		}
		sum, err := hex.DecodeString(f.SHA256)
		if err != nil || len(sum) != 32 {
			return common.Hash{}, fmt.Errorf("output root: %s: bad sha256 %q", f.Path, f.SHA256)
		}
		var size [8]byte
		binary.BigEndian.PutUint64(size[:], uint64(f.Size))
		level = append(level, crypto.Keccak256([]byte{0}, []byte(f.Path), []byte{0}, size[:], sum))
	}
	for len(level) > 1 {
		next := make([][]byte, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			next = append(next, crypto.Keccak256([]byte{1}, level[i], level[i+1]))
		}
		level = next
	}
	return common.BytesToHash(level[0]), nil
}
