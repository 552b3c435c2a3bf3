package keys

import (
	"fmt"
	"os"
	"strings"
)

// Passphrase returns the passphrase for non-interactive use: the first line
// of file when file is set, else the environment variable SONM_PASSWORD
// (read through getenv), else ErrNoPassphrase. It never takes the passphrase
// itself as an argument, so that it cannot end up in argv or shell history.
func Passphrase(file string, getenv func(string) string) (string, error) {
	if file != "" {
		return ReadPassphraseFile(file)
	}
	if v, ok := lookup(getenv, EnvPassword); ok {
		return v, nil
	}
	return "", fmt.Errorf("%w: use --password-file FILE or set %s", ErrNoPassphrase, EnvPassword)
}

// ReadPassphraseFile returns the first line of a file, without its line end
// (LF or CRLF).
func ReadPassphraseFile(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read passphrase file: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// lookup reads an environment variable; an empty value counts as unset.
func lookup(getenv func(string) string, name string) (string, bool) {
	v := getenv(name)
	return v, v != ""
}
