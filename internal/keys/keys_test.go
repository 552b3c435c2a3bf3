package keys_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/keys"
)

func openLight(t *testing.T) *keys.Store {
	t.Helper()
	s, err := keys.Open(filepath.Join(t.TempDir(), "keystore"), keys.Options{Light: true})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	s := openLight(t)
	if _, err := s.Find(common.Address{}); !errors.Is(err, keys.ErrNoAccounts) {
		t.Fatalf("find in empty store: got %v, want ErrNoAccounts", err)
	}
	first, err := s.New("pass one")
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	second, err := s.New("pass two")
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	accs := s.Accounts()
	if len(accs) != 2 || accs[0].Address != first.Address || accs[1].Address != second.Address {
		t.Fatalf("got accounts %v, want [%s %s]", accs, first.Address.Hex(), second.Address.Hex())
	}
	if fi, err := os.Stat(s.Dir()); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("got keystore dir mode %v (%v), want 0700", fi.Mode().Perm(), err)
	}

	tests := []struct {
		name    string
		addr    common.Address
		pass    string
		want    common.Address
		wantErr error
	}{
		{"by address", second.Address, "pass two", second.Address, nil},
		{"zero address means the oldest", common.Address{}, "pass one", first.Address, nil},
		{"wrong passphrase", first.Address, "pass two", common.Address{}, keys.ErrWrongPassphrase},
		{"empty passphrase", first.Address, "", common.Address{}, keys.ErrWrongPassphrase},
		{"unknown address", common.HexToAddress("0x01"), "pass one", common.Address{}, keys.ErrAccountNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, err := s.Unlock(tt.addr, tt.pass)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			if got := crypto.PubkeyToAddress(key.PublicKey); got != tt.want {
				t.Errorf("got key of %s, want %s", got.Hex(), tt.want.Hex())
			}
		})
	}

	// A second Open of the same directory sees the same keys.
	again, err := keys.Open(s.Dir(), keys.Options{Light: true})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if got := len(again.Accounts()); got != 2 {
		t.Errorf("got %d accounts after reopen, want 2", got)
	}
}

func TestImportExport(t *testing.T) {
	src := openLight(t)
	acct, err := src.New("old")
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	hexKey, err := src.ExportHex(acct.Address, "old")
	if err != nil {
		t.Fatalf("export hex: %v", err)
	}
	if _, err := src.ExportHex(acct.Address, "bad"); !errors.Is(err, keys.ErrWrongPassphrase) {
		t.Errorf("export hex with wrong passphrase: got %v, want ErrWrongPassphrase", err)
	}
	keyJSON, err := src.ExportJSON(acct.Address, "old", "new")
	if err != nil {
		t.Fatalf("export JSON: %v", err)
	}
	if _, err := src.ExportJSON(acct.Address, "bad", "new"); !errors.Is(err, keys.ErrWrongPassphrase) {
		t.Errorf("export JSON with wrong passphrase: got %v, want ErrWrongPassphrase", err)
	}

	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatalf("write: %v", err)
		}
		return p
	}
	tests := []struct {
		name    string
		file    string
		pass    string
		wantErr error
	}{
		{"hex key", write("k.hex", hexKey), "p", nil},
		{"hex key with 0x and newline", write("k0x.hex", "0x"+hexKey+"\n"), "p", nil},
		{"keystore JSON", write("k.json", string(keyJSON)), "new", nil},
		{"keystore JSON, wrong passphrase", write("k2.json", string(keyJSON)), "old", keys.ErrWrongPassphrase},
		{"garbage", write("g.txt", "hello"), "p", keys.ErrBadKeyFile},
		{"JSON without crypto", write("g.json", `{"address":"00"}`), "p", keys.ErrBadKeyFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := openLight(t)
			got, err := dst.ImportFile(tt.file, tt.pass)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			if got.Address != acct.Address {
				t.Fatalf("got address %s, want %s", got.Address.Hex(), acct.Address.Hex())
			}
			key, err := dst.Unlock(got.Address, tt.pass)
			if err != nil {
				t.Fatalf("unlock imported: %v", err)
			}
			if h := hex.EncodeToString(crypto.FromECDSA(key)); h != hexKey {
				t.Errorf("got key %s, want %s", h, hexKey)
			}
			if _, err := dst.ImportFile(tt.file, tt.pass); !errors.Is(err, keys.ErrAccountExists) {
				t.Errorf("second import: got %v, want ErrAccountExists", err)
			}
		})
	}
}

func scryptN(t *testing.T, s *keys.Store) int {
	t.Helper()
	data, err := os.ReadFile(s.Accounts()[0].URL.Path)
	if err != nil {
		t.Fatalf("read key file: %v", err)
	}
	var f struct {
		Crypto struct {
			KDFParams struct {
				N int `json:"n"`
			} `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("parse key file: %v", err)
	}
	return f.Crypto.KDFParams.N
}

func TestScryptStrength(t *testing.T) {
	light := openLight(t)
	if _, err := light.New("x"); err != nil {
		t.Fatalf("new: %v", err)
	}
	if got := scryptN(t, light); got != 1<<12 {
		t.Errorf("light: got scrypt N %d, want %d", got, 1<<12)
	}
	if testing.Short() {
		t.Skip("standard scrypt takes about a second")
	}
	std, err := keys.Open(t.TempDir(), keys.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if _, err := std.New("x"); err != nil {
		t.Fatalf("new: %v", err)
	}
	if got := scryptN(t, std); got != 1<<18 {
		t.Errorf("default: got scrypt N %d, want %d", got, 1<<18)
	}
}

func TestPassphrase(t *testing.T) {
	dir := t.TempDir()
	file := func(content string) string {
		p := filepath.Join(dir, strings.NewReplacer("\n", "_", "\r", "_").Replace(content)+".txt")
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatalf("write: %v", err)
		}
		return p
	}
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == keys.EnvPassword {
				return v
			}
			return ""
		}
	}
	tests := []struct {
		name    string
		file    string
		getenv  func(string) string
		want    string
		wantErr error
	}{
		{"file, first line only", file("secret\nsecond line"), env("from env"), "secret", nil},
		{"file with CRLF", file("dos secret\r\n"), env(""), "dos secret", nil},
		{"file keeps inner spaces", file(" a b "), env(""), " a b ", nil},
		{"env", "", env("from env"), "from env", nil},
		{"nothing", "", env(""), "", keys.ErrNoPassphrase},
		{"missing file", filepath.Join(dir, "nope"), env("from env"), "", os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := keys.Passphrase(tt.file, tt.getenv)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDefaultDir(t *testing.T) {
	got, err := keys.DefaultDir(func(k string) string {
		if k == keys.EnvKeystore {
			return "/custom/ks"
		}
		return ""
	})
	if err != nil || got != "/custom/ks" {
		t.Errorf("with %s: got %q, %v, want /custom/ks", keys.EnvKeystore, got, err)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skipf("no home directory: %v", err)
	}
	got, err = keys.DefaultDir(func(string) string { return "" })
	if want := filepath.Join(home, ".sonm", "keystore"); err != nil || got != want {
		t.Errorf("default: got %q, %v, want %q", got, err, want)
	}
}

// FuzzParseKeyFile: any import file content is either accepted as a key or
// refused with ErrBadKeyFile, never a panic.
func FuzzParseKeyFile(f *testing.F) {
	k, _ := crypto.GenerateKey()
	f.Add([]byte(hex.EncodeToString(crypto.FromECDSA(k))))
	f.Add([]byte("0x" + hex.EncodeToString(crypto.FromECDSA(k)) + "\n"))
	f.Add([]byte(`{"address":"00","crypto":{}}`))
	f.Add([]byte(`{`))
	f.Add([]byte(strings.Repeat("0", 64)))
	f.Add([]byte(strings.Repeat("f", 64)))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		key, isJSON, err := keys.ParseKeyFile(data)
		switch {
		case err != nil:
			if !errors.Is(err, keys.ErrBadKeyFile) {
				t.Errorf("got error %v, want ErrBadKeyFile", err)
			}
		case isJSON:
			if key != nil {
				t.Error("got a key for JSON, want nil (it needs a passphrase)")
			}
		case key == nil:
			t.Error("got neither key nor JSON nor error")
		}
	})
}

func TestExportSamePassphraseKeepsFile(t *testing.T) {
	s := openLight(t)
	a, err := s.New("pw")
	if err != nil {
		t.Fatalf("new: %v", err)
	}
	want, err := os.ReadFile(a.URL.Path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.ExportJSON(a.Address, "pw", "pw")
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("got exported JSON %s, want the stored file %s", got, want)
	}
	if _, err := s.ExportJSON(a.Address, "wrong", "wrong"); !errors.Is(err, keys.ErrWrongPassphrase) {
		t.Errorf("got %v, want ErrWrongPassphrase", err)
	}
}
