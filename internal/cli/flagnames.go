package cli

import (
	"fmt"
	"io"
	"log/slog"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// One name per meaning across the commands (TestFlagNames holds them to it).
// A renamed flag keeps its old name as a hidden alias that says it is
// deprecated, so that scripts do not break.
const (
	flagDataDir  = "data-dir"  // the directory a command keeps its data in
	flagLogLevel = "log-level" // off, debug, info, warn or error
	flagJSON     = "json"      // print the result as JSON, times in RFC 3339
)

// logOff is the --log-level of a command that logs nothing unless asked.
const logOff = "off"

// dataDirFlag registers --data-dir; old names stay as deprecated aliases.
func dataDirFlag(fs *pflag.FlagSet, p *string, def, usage string, old ...string) {
	fs.StringVar(p, flagDataDir, def, usage)
	for _, o := range old {
		aliasFlag(fs, o, flagDataDir)
	}
}

// aliasFlag makes old a hidden second name of the flag to: it sets the
// same value, and using it prints a deprecation notice on stderr.
func aliasFlag(fs *pflag.FlagSet, old, to string) {
	f := fs.Lookup(to)
	fs.AddFlag(&pflag.Flag{Name: old, Usage: f.Usage, Value: f.Value, DefValue: f.DefValue, NoOptDefVal: f.NoOptDefVal})
	_ = fs.MarkDeprecated(old, "use --"+to+" instead")
}

// logLevelFlag registers --log-level with default def. verbose, when not
// empty, is the level that the old --verbose switch (-v where short is "v")
// turned on; it stays as a deprecated alias.
func logLevelFlag(fs *pflag.FlagSet, p *string, def, usage, verbose, short string) {
	fs.StringVar(p, flagLogLevel, def, usage)
	if verbose == "" {
		return
	}
	fs.AddFlag(&pflag.Flag{Name: "verbose", Shorthand: short, Usage: "log at " + verbose, Value: &levelSwitch{p, verbose}, DefValue: "false", NoOptDefVal: "true"})
	_ = fs.MarkDeprecated("verbose", "use --"+flagLogLevel+" "+verbose+" instead")
}

// levelSwitch is the old boolean --verbose: true sets the level it stood for.
type levelSwitch struct {
	level *string
	on    string
}

func (s *levelSwitch) String() string   { return strconv.FormatBool(*s.level == s.on) }
func (s *levelSwitch) Type() string     { return "bool" }
func (s *levelSwitch) IsBoolFlag() bool { return true }
func (s *levelSwitch) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	if on {
		*s.level = s.on
	}
	return nil
}

// logLevels is the usage of --log-level for a command that is quiet unless asked.
const logLevels = "log to stderr at this level: off, debug, info, warn or error"

// newLogger writes to w at level ("off": nowhere).
func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	if level == logOff || level == "" {
		return slog.New(slog.DiscardHandler), nil
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--%s %q: want off, debug, info, warn or error", flagLogLevel, level)
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l})), nil
}

// noticesToStderr sends what pflag says while parsing (deprecation notices)
// to stderr: cobra sends it to the command's output, where it would spoil
// the JSON a script reads.
func noticesToStderr(c *cobra.Command, stderr io.Writer) {
	c.Flags().SetOutput(stderr)
	for _, s := range c.Commands() {
		noticesToStderr(s, stderr)
	}
}
