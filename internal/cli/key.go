package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/keys"
)

// keyFlags are the flags every `sonm key` subcommand shares.
type keyFlags struct {
	keystore     string
	passwordFile string
	light        bool
	json         bool
}

func newKeyCmd() *cobra.Command {
	f := &keyFlags{}
	cmd := &cobra.Command{
		Use:   "key",
		Short: "Manage the keys (Ethereum accounts and node identities) in the keystore",
		Long: `Manage the secp256k1 keys in a go-ethereum keystore directory (scrypt-encrypted JSON).

The keystore is --keystore, else $SONM_KEYSTORE, else ~/.sonm/keystore.
Passphrases come from --password-file (first line), else $SONM_PASSWORD, else a
prompt when stdin is a terminal; never from the command line itself.`,
	}
	pf := cmd.PersistentFlags()
	pf.StringVar(&f.keystore, "keystore", "", "keystore directory (default $"+keys.EnvKeystore+" or ~/.sonm/keystore)")
	pf.StringVar(&f.passwordFile, "password-file", "", "file whose first line is the passphrase (default $"+keys.EnvPassword+" or a prompt)")
	pf.BoolVar(&f.light, "light", false, "encrypt with light scrypt parameters: fast, but weak; for tests and demos only")
	pf.BoolVar(&f.json, "json", false, "print machine-readable JSON")
	cmd.AddCommand(
		newKeyNewCmd(f),
		newKeyListCmd(f),
		newKeyImportCmd(f),
		newKeyExportCmd(f),
	)
	return cmd
}

// keyInfo is what the key commands print for one account.
type keyInfo struct {
	Address string `json:"address"`
	File    string `json:"file"`
}

func (f *keyFlags) open() (*keys.Store, error) {
	dir := f.keystore
	if dir == "" {
		d, err := keys.DefaultDir(os.Getenv)
		if err != nil {
			return nil, err
		}
		dir = d
	}
	return keys.Open(dir, keys.Options{Light: f.light})
}

// passphrase reads the passphrase from --password-file or $SONM_PASSWORD,
// else prompts on a terminal (twice when confirm is set, for a new one).
func (f *keyFlags) passphrase(cmd *cobra.Command, prompt string, confirm bool) (string, error) {
	p, err := keys.Passphrase(f.passwordFile, os.Getenv)
	if err == nil || !errors.Is(err, keys.ErrNoPassphrase) {
		return p, err
	}
	in, ok := cmd.InOrStdin().(*os.File)
	if !ok || !isTerminal(in) {
		return "", err
	}
	p, perr := readHidden(in, cmd.ErrOrStderr(), prompt+": ")
	if perr != nil {
		return "", fmt.Errorf("read passphrase: %w", perr)
	}
	if confirm {
		again, perr := readHidden(in, cmd.ErrOrStderr(), "Repeat the passphrase: ")
		if perr != nil {
			return "", fmt.Errorf("read passphrase: %w", perr)
		}
		if again != p {
			return "", errors.New("the passphrases differ")
		}
	}
	return p, nil
}

func (f *keyFlags) print(w io.Writer, v any, text string) error {
	if f.json {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	_, err := fmt.Fprint(w, text)
	return err
}

func newKeyNewCmd(f *keyFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "new",
		Short: "Generate a key and store it encrypted",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := f.open()
			if err != nil {
				return err
			}
			pass, err := f.passphrase(cmd, "Passphrase for the new key", true)
			if err != nil {
				return err
			}
			a, err := s.New(pass)
			if err != nil {
				return err
			}
			info := keyInfo{Address: a.Address.Hex(), File: a.URL.Path}
			return f.print(cmd.OutOrStdout(), info, fmt.Sprintf("%s\nkey file %s\nkeep the passphrase: without it the key cannot be used\n", info.Address, info.File))
		},
	}
}

func newKeyListCmd(f *keyFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the keys in the keystore, oldest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := f.open()
			if err != nil {
				return err
			}
			infos := []keyInfo{}
			text := ""
			for _, a := range s.Accounts() {
				infos = append(infos, keyInfo{Address: a.Address.Hex(), File: a.URL.Path})
				text += fmt.Sprintf("%s  %s\n", a.Address.Hex(), a.URL.Path)
			}
			if len(infos) == 0 {
				text = fmt.Sprintf("no keys in %s: create one with `sonm key new` or import one with `sonm key import FILE`\n", s.Dir())
			}
			return f.print(cmd.OutOrStdout(), infos, text)
		},
	}
}

func newKeyImportCmd(f *keyFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: "Import a hex private key file or a keystore JSON file",
		Long: `Import a key from FILE: either a hex private key (64 hex digits, 0x optional) or a
keystore JSON file. The passphrase decrypts the JSON file and encrypts the stored key;
for a hex key it is the new key's passphrase.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			_, isJSON, err := keys.ParseKeyFile(data)
			if err != nil {
				return fmt.Errorf("import %s: %w", args[0], err)
			}
			s, err := f.open()
			if err != nil {
				return err
			}
			prompt, confirm := "Passphrase for the imported key", true
			if isJSON {
				prompt, confirm = "Passphrase of the keystore file", false
			}
			pass, err := f.passphrase(cmd, prompt, confirm)
			if err != nil {
				return err
			}
			a, err := s.ImportFile(args[0], pass)
			if err != nil {
				return err
			}
			info := keyInfo{Address: a.Address.Hex(), File: a.URL.Path}
			return f.print(cmd.OutOrStdout(), info, fmt.Sprintf("%s\nkey file %s\n", info.Address, info.File))
		},
	}
}

func newKeyExportCmd(f *keyFlags) *cobra.Command {
	var out string
	var rawHex, force bool
	cmd := &cobra.Command{
		Use:   "export [ADDRESS]",
		Short: "Export a key as keystore JSON (or, with --hex, as a raw private key file)",
		Long: `Export the key of ADDRESS (default: the oldest key) as keystore JSON, encrypted
with the same passphrase, to stdout or --out. With --hex the unencrypted private key
is written to --out (mode 0600); anyone who reads that file owns the account.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var addr common.Address
			if len(args) == 1 {
				if !common.IsHexAddress(args[0]) {
					return fmt.Errorf("%q is not an address (0x followed by 40 hex digits); see `sonm key list`", args[0])
				}
				addr = common.HexToAddress(args[0])
			}
			if rawHex && out == "" {
				return errors.New("--hex needs --out FILE: a raw private key is never printed")
			}
			s, err := f.open()
			if err != nil {
				return err
			}
			a, err := s.Find(addr)
			if err != nil {
				return err
			}
			pass, err := f.passphrase(cmd, "Passphrase of "+a.Address.Hex(), false)
			if err != nil {
				return err
			}
			var data []byte
			if rawHex {
				h, err := s.ExportHex(a.Address, pass)
				if err != nil {
					return err
				}
				data = []byte(h + "\n")
			} else {
				data, err = s.ExportJSON(a.Address, pass, pass)
				if err != nil {
					return err
				}
			}
			if out == "" {
				_, err := cmd.OutOrStdout().Write(append(data, '\n'))
				return err
			}
			if err := writePrivate(out, data, force); err != nil {
				return err
			}
			abs, _ := filepath.Abs(out)
			info := keyInfo{Address: a.Address.Hex(), File: abs}
			return f.print(cmd.OutOrStdout(), info, fmt.Sprintf("%s exported to %s\n", info.Address, info.File))
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to FILE (mode 0600) instead of stdout")
	cmd.Flags().BoolVar(&rawHex, "hex", false, "write the unencrypted private key as hex (needs --out)")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite --out if it exists")
	return cmd
}

// writePrivate writes data to a new file only its owner can read.
func writePrivate(path string, data []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	fh, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists: choose another --out or add --force", path)
		}
		return fmt.Errorf("export: %w", err)
	}
	if err := fh.Chmod(0o600); err != nil {
		fh.Close()
		return fmt.Errorf("export: %w", err)
	}
	if _, err := fh.Write(data); err != nil {
		fh.Close()
		return fmt.Errorf("export: %w", err)
	}
	return fh.Close()
}
