package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/keys"
)

// runKey runs `sonm key ...` and returns exit code, stdout and stderr.
func runKey(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), append([]string{"key"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestKeyCommands(t *testing.T) {
	dir := t.TempDir()
	ks := filepath.Join(dir, "ks")
	ks2 := filepath.Join(dir, "ks2")
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("file secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(keys.EnvPassword, "env secret")
	t.Setenv(keys.EnvKeystore, "")

	code, out, errs := runKey(t, "new", "--light", "--keystore", ks, "--json")
	if code != 0 {
		t.Fatalf("key new: got exit %d (%s), want 0", code, errs)
	}
	var created keyInfo
	if err := json.Unmarshal([]byte(out), &created); err != nil {
		t.Fatalf("key new --json: %v in %q", err, out)
	}

	t.Run("list", func(t *testing.T) {
		code, out, errs := runKey(t, "list", "--keystore", ks, "--json")
		if code != 0 {
			t.Fatalf("got exit %d (%s), want 0", code, errs)
		}
		var list []keyInfo
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Fatalf("parse: %v", err)
		}
		if len(list) != 1 || list[0] != created {
			t.Errorf("got %+v, want [%+v]", list, created)
		}
	})

	t.Run("list an empty keystore via SONM_KEYSTORE", func(t *testing.T) {
		t.Setenv(keys.EnvKeystore, filepath.Join(dir, "empty"))
		code, out, _ := runKey(t, "list")
		if code != 0 || !strings.Contains(out, "sonm key new") {
			t.Errorf("got exit %d, output %q, want 0 and a hint to `sonm key new`", code, out)
		}
	})

	t.Run("export JSON and import it elsewhere", func(t *testing.T) {
		code, out, errs := runKey(t, "export", created.Address, "--keystore", ks)
		if code != 0 {
			t.Fatalf("export: got exit %d (%s), want 0", code, errs)
		}
		jsonFile := filepath.Join(dir, "key.json")
		if err := os.WriteFile(jsonFile, []byte(out), 0o600); err != nil {
			t.Fatal(err)
		}
		code, out, errs = runKey(t, "import", jsonFile, "--light", "--keystore", ks2, "--json")
		if code != 0 {
			t.Fatalf("import: got exit %d (%s), want 0", code, errs)
		}
		var got keyInfo
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("parse: %v", err)
		}
		if got.Address != created.Address {
			t.Errorf("got imported %s, want %s", got.Address, created.Address)
		}
	})

	t.Run("export hex needs --out and writes 0600", func(t *testing.T) {
		if code, _, errs := runKey(t, "export", "--hex", "--keystore", ks); code == 0 || !strings.Contains(errs, "--hex needs --out") {
			t.Errorf("got exit %d, stderr %q, want failure naming --out", code, errs)
		}
		hexFile := filepath.Join(dir, "key.hex")
		if code, _, errs := runKey(t, "export", "--hex", "-o", hexFile, "--keystore", ks); code != 0 {
			t.Fatalf("got exit %d (%s), want 0", code, errs)
		}
		fi, err := os.Stat(hexFile)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("got mode %v, want 0600", fi.Mode().Perm())
		}
		data, err := os.ReadFile(hexFile)
		if err != nil {
			t.Fatal(err)
		}
		key, err := crypto.HexToECDSA(strings.TrimSpace(string(data)))
		if err != nil {
			t.Fatalf("parse exported key: %v", err)
		}
		if got := crypto.PubkeyToAddress(key.PublicKey).Hex(); got != created.Address {
			t.Errorf("got key of %s, want %s", got, created.Address)
		}
		if code, _, errs := runKey(t, "export", "--hex", "-o", hexFile, "--keystore", ks); code == 0 || !strings.Contains(errs, "--force") {
			t.Errorf("overwrite: got exit %d, stderr %q, want failure suggesting --force", code, errs)
		}
		// The hex file imports with a passphrase from a file.
		code, out, errs := runKey(t, "import", hexFile, "--light", "--keystore", filepath.Join(dir, "ks3"), "--password-file", pwFile, "--json")
		if code != 0 {
			t.Fatalf("import hex: got exit %d (%s), want 0", code, errs)
		}
		var got keyInfo
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		s, err := keys.Open(filepath.Join(dir, "ks3"), keys.Options{Light: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Unlock(common.HexToAddress(got.Address), "file secret"); err != nil {
			t.Errorf("unlock with the --password-file passphrase: %v", err)
		}
	})

	errorCases := []struct {
		name    string
		env     string
		args    []string
		wantErr string
	}{
		{"wrong passphrase", "env secret", []string{"export", "--keystore", ks, "--password-file", pwFile}, "wrong passphrase"},
		{"no passphrase source", "", []string{"export", "--keystore", ks}, "--password-file"},
		{"bad address", "env secret", []string{"export", "0x12", "--keystore", ks}, "not an address"},
		{"unknown address", "env secret", []string{"export", "0x0000000000000000000000000000000000000001", "--keystore", ks}, "sonm key list"},
		{"import garbage", "env secret", []string{"import", pwFile, "--keystore", ks}, "not a hex private key or keystore JSON"},
		{"import duplicate", "env secret", []string{"import", filepath.Join(dir, "key.json"), "--keystore", ks}, "already in keystore"},
	}
	for _, tt := range errorCases {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(keys.EnvPassword, tt.env)
			code, _, errs := runKey(t, tt.args...)
			if code == 0 {
				t.Fatalf("got exit 0, want failure")
			}
			if !strings.Contains(errs, tt.wantErr) {
				t.Errorf("got stderr %q, want it to contain %q", errs, tt.wantErr)
			}
		})
	}
}
