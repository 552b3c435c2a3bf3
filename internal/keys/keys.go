// Package keys keeps sonm's secp256k1 keys, the Ethereum account and libp2p
// identity at once, in a go-ethereum keystore directory (scrypt-encrypted
// JSON files, readable by geth and other Ethereum tools). Daemons open a
// store and unlock one account with a passphrase read from a file or an
// environment variable; the `sonm key` commands create, list, import and
// export keys.
package keys

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Environment variables the key store reads.
const (
	// EnvKeystore overrides the default keystore directory.
	EnvKeystore = "SONM_KEYSTORE"
	// EnvPassword holds the passphrase for non-interactive use.
	EnvPassword = "SONM_PASSWORD"
)

var (
	// ErrNoAccounts: the keystore holds no key.
	ErrNoAccounts = errors.New("keystore holds no account")
	// ErrAccountNotFound: no key for the asked address.
	ErrAccountNotFound = errors.New("account not in keystore")
	// ErrWrongPassphrase: the passphrase does not decrypt the key.
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrAccountExists: an imported key is already in the keystore.
	ErrAccountExists = errors.New("account already in keystore")
	// ErrNoPassphrase: no passphrase source was given.
	ErrNoPassphrase = errors.New("no passphrase given")
	// ErrBadKeyFile: an import file is neither a hex private key nor keystore JSON.
	ErrBadKeyFile = errors.New("not a hex private key or keystore JSON")
)

// Options tune a Store.
type Options struct {
	// Light uses scrypt parameters that take milliseconds instead of about a
	// second per key (N=2^12 instead of 2^18). For tests and demos only: such
	// files are much cheaper to brute-force.
	Light bool
}

// DefaultDir is the keystore directory when no flag names one: $SONM_KEYSTORE
// if set, else ~/.sonm/keystore.
func DefaultDir(getenv func(string) string) (string, error) {
	if d := getenv(EnvKeystore); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find home directory for the keystore (set %s): %w", EnvKeystore, err)
	}
	return filepath.Join(home, ".sonm", "keystore"), nil
}

// Store is a keystore directory.
type Store struct {
	dir string
	ks  *keystore.KeyStore
}

// Open opens (creating it, mode 0700, if needed) the keystore in dir.
func Open(dir string, opts Options) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open keystore: empty directory")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open keystore: %w", err)
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if opts.Light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("open keystore: %w", err)
	}
	return &Store{dir: abs, ks: keystore.NewKeyStore(abs, n, p)}, nil
}

// Dir is the absolute keystore directory.
func (s *Store) Dir() string { return s.dir }

// KeyStore is the underlying go-ethereum keystore (for signing with an
// unlocked account, e.g. backend.KeystoreTransactor).
func (s *Store) KeyStore() *keystore.KeyStore { return s.ks }

// Accounts lists the keys, oldest file first.
func (s *Store) Accounts() []accounts.Account { return s.ks.Accounts() }

// New generates a key, stores it encrypted with passphrase and returns its
// account.
func (s *Store) New(passphrase string) (accounts.Account, error) {
	a, err := s.ks.NewAccount(passphrase)
	if err != nil {
		return accounts.Account{}, fmt.Errorf("new key: %w", err)
	}
	return a, nil
}

// ImportKey stores a private key encrypted with passphrase.
func (s *Store) ImportKey(key *ecdsa.PrivateKey, passphrase string) (accounts.Account, error) {
	a, err := s.ks.ImportECDSA(key, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrAccountAlreadyExists) {
			return accounts.Account{}, fmt.Errorf("import %s: %w", crypto.PubkeyToAddress(key.PublicKey).Hex(), ErrAccountExists)
		}
		return accounts.Account{}, fmt.Errorf("import key: %w", err)
	}
	return a, nil
}

// ImportJSON stores a keystore JSON file encrypted with passphrase,
// re-encrypting it with newPassphrase and this store's scrypt parameters.
func (s *Store) ImportJSON(keyJSON []byte, passphrase, newPassphrase string) (accounts.Account, error) {
	key, err := keystore.DecryptKey(keyJSON, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return accounts.Account{}, fmt.Errorf("import keystore JSON: %w", ErrWrongPassphrase)
		}
		return accounts.Account{}, fmt.Errorf("import keystore JSON: %w", err)
	}
	return s.ImportKey(key.PrivateKey, newPassphrase)
}

// ImportFile imports a file holding either a hex private key (with or
// without 0x) or keystore JSON. passphrase decrypts the JSON and encrypts
// the stored key.
func (s *Store) ImportFile(path, passphrase string) (accounts.Account, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return accounts.Account{}, fmt.Errorf("import: %w", err)
	}
	key, isJSON, err := ParseKeyFile(data)
	if err != nil {
		return accounts.Account{}, fmt.Errorf("import %s: %w", path, err)
	}
	if isJSON {
		return s.ImportJSON(data, passphrase, passphrase)
	}
	return s.ImportKey(key, passphrase)
}

// ParseKeyFile tells a keystore JSON file (isJSON, key nil: it needs a
// passphrase) from a hex private key, which it parses.
func ParseKeyFile(data []byte) (key *ecdsa.PrivateKey, isJSON bool, err error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var probe struct {
			Address string          `json:"address"`
			Crypto  json.RawMessage `json:"crypto"`
			Crypto2 json.RawMessage `json:"Crypto"`
		}
		if err := json.Unmarshal(trimmed, &probe); err != nil {
			return nil, false, fmt.Errorf("%w: bad JSON: %v", ErrBadKeyFile, err)
		}
		if len(probe.Crypto) == 0 && len(probe.Crypto2) == 0 {
			return nil, false, fmt.Errorf("%w: JSON without a crypto section", ErrBadKeyFile)
		}
		return nil, true, nil
	}
	h := strings.TrimPrefix(strings.TrimPrefix(string(trimmed), "0x"), "0X")
	if len(h) != 64 {
		return nil, false, fmt.Errorf("%w: hex key must be 64 hex digits, got %d characters", ErrBadKeyFile, len(h))
	}
	raw, err := hex.DecodeString(h)
	if err != nil {
		return nil, false, fmt.Errorf("%w: %v", ErrBadKeyFile, err)
	}
	key, err = crypto.ToECDSA(raw)
	if err != nil {
		return nil, false, fmt.Errorf("%w: %v", ErrBadKeyFile, err)
	}
	return key, false, nil
}

// Find returns the account with address addr, or, when addr is zero, the
// only (or oldest) one.
func (s *Store) Find(addr common.Address) (accounts.Account, error) {
	accs := s.ks.Accounts()
	if len(accs) == 0 {
		return accounts.Account{}, fmt.Errorf("%w %s: create one with `sonm key new` or import one with `sonm key import`", ErrNoAccounts, s.dir)
	}
	if addr == (common.Address{}) {
		return accs[0], nil
	}
	for _, a := range accs {
		if a.Address == addr {
			return a, nil
		}
	}
	return accounts.Account{}, fmt.Errorf("%s: %w %s (see `sonm key list`)", addr.Hex(), ErrAccountNotFound, s.dir)
}

// Unlock decrypts the key of addr (zero: the only or oldest account).
func (s *Store) Unlock(addr common.Address, passphrase string) (*ecdsa.PrivateKey, error) {
	a, err := s.Find(addr)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(a.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", a.Address.Hex(), err)
	}
	key, err := keystore.DecryptKey(data, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("unlock %s: %w", a.Address.Hex(), ErrWrongPassphrase)
		}
		return nil, fmt.Errorf("unlock %s: %w", a.Address.Hex(), err)
	}
	if key.Address != a.Address {
		return nil, fmt.Errorf("unlock %s: file %s holds the key of %s", a.Address.Hex(), a.URL.Path, key.Address.Hex())
	}
	return key.PrivateKey, nil
}

// ExportJSON returns the keystore JSON of addr, decrypted with passphrase
// and encrypted again with newPassphrase.
func (s *Store) ExportJSON(addr common.Address, passphrase, newPassphrase string) ([]byte, error) {
	a, err := s.Find(addr)
	if err != nil {
		return nil, err
	}
	if passphrase == newPassphrase {
		// Same passphrase: hand out the file as stored, once it is known to
		// open with that passphrase.
		if _, err := s.Unlock(a.Address, passphrase); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		data, err := os.ReadFile(a.URL.Path)
		if err != nil {
			return nil, fmt.Errorf("export %s: %w", a.Address.Hex(), err)
		}
		return data, nil
	}
	data, err := s.ks.Export(a, passphrase, newPassphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("export %s: %w", a.Address.Hex(), ErrWrongPassphrase)
		}
		return nil, fmt.Errorf("export %s: %w", a.Address.Hex(), err)
	}
	return data, nil
}

// ExportHex returns the raw private key of addr as 64 hex digits.
func (s *Store) ExportHex(addr common.Address, passphrase string) (string, error) {
	key, err := s.Unlock(addr, passphrase)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(crypto.FromECDSA(key)), nil
}
