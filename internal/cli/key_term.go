package cli

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// isTerminal tells whether f is a terminal (so that a prompt makes sense).
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// readHidden prompts on w and reads one line from the terminal in with echo
// off, so that the passphrase does not show (x/term: Linux, macOS, the BSDs
// and Windows alike).
func readHidden(in *os.File, w io.Writer, prompt string) (string, error) {
	fmt.Fprint(w, prompt)
	b, err := term.ReadPassword(int(in.Fd()))
	fmt.Fprintln(w)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
