//go:build !linux

package cli

import (
	"errors"
	"io"
	"os"
)

// isTerminal reports no terminal outside Linux: there the passphrase comes
// from --password-file or $SONM_PASSWORD.
func isTerminal(*os.File) bool { return false }

func readHidden(*os.File, io.Writer, string) (string, error) {
	return "", errors.New("no passphrase prompt on this system: use --password-file or SONM_PASSWORD")
}
