package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// A raw key readable by others is refused with the command that fixes it.
func TestKeyFilePermissions(t *testing.T) {
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		mode    os.FileMode
		wantErr string
	}{
		{"owner only", 0o600, ""},
		{"owner read only", 0o400, ""},
		{"group readable", 0o640, "chmod 600"},
		{"world readable", 0o644, "chmod 600"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "miner.key")
			if err := os.WriteFile(p, []byte(fmt.Sprintf("%x\n", ethcrypto.FromECDSA(key))), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, tt.mode); err != nil {
				t.Fatal(err)
			}
			f := busFlags{keyFile: p}
			k, ok, err := f.key()
			if tt.wantErr == "" {
				if err != nil || !ok || !k.Equal(key) {
					t.Fatalf("key: got ok %v, err %v, want the key", ok, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), p) {
				t.Fatalf("key: got err %v, want one saying %q and naming %s", err, tt.wantErr, p)
			}
		})
	}
}
