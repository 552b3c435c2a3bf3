package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The rules TestFlagNames holds every command of the tree to:
//
//   - A directory the command keeps its data in is --data-dir. A flag whose
//     usage says "directory" is --data-dir unless it is listed in
//     otherDirectories with what else it means; the old spellings (--datadir,
//     --dir, --workdir...) are refused outright.
//   - The level of the command's own logging is --log-level (off, debug, info,
//     warn or error); --verbose, -v, --debug, --log... are refused, and so is
//     any other flag whose usage says it logs, unless listed in otherLogging.
//   - Every runnable command prints a result and has --json for it, unless
//     listed in noJSON: a server or a narration whose output is progress for a
//     person, not a result (its results are files).
//   - A renamed flag stays as a hidden deprecated alias naming its successor.
var (
	otherDirectories = map[string]string{
		"keystore":  "a keystore: where the keys are, shared by every command",
		"cache-dir": "a cache of compiled modules, not data",
		"disk-path": "the disk a benchmark measures, not where it keeps data",
		"out":       "where a command writes what it produces (unit outputs), not where it keeps its data",
	}
	otherLogging = map[string]string{
		"sonm node --verbosity": "the threshold of the logging service the node serves to apps (the Cocaine logging service's own setting), not this process's log; that is --log-level",
	}
	noJSON = map[string]string{
		"sonm chain": "a server: it prints progress; its result is the deployment file (sonm chain deploy --json deploys with JSON)",
		"sonm demo":  "a narration for a person; its result is the picture written to --image",
		"sonm node":  "a server that prints its endpoints and then logs",
	}
	oldDataDirs = regexp.MustCompile(`^(datadir|data_dir|dir|workdir|work-dir|work_dir|state-dir|statedir|home-dir|root-dir|data-directory)$`)
	oldLogging  = regexp.MustCompile(`^(verbose|verbosity|v|debug|log|logging|loglevel|log_level|log-lvl|quiet-logs)$`)
	logsUsage   = regexp.MustCompile(`(?i)\blog(s|ging)?\b.*\b(stderr|level)\b`)
)

func walkCommands(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, s := range c.Commands() {
		walkCommands(s, fn)
	}
}

func TestFlagNames(t *testing.T) {
	root := newRootCmd()
	walkCommands(root, func(c *cobra.Command) {
		path := c.CommandPath()
		c.LocalFlags() // merges the parents' persistent flags into c.Flags()
		if c.Runnable() {
			if _, ok := noJSON[path]; !ok && c.Flags().Lookup(flagJSON) == nil {
				t.Errorf("%s prints a result but has no --%s (or list it in noJSON with why)", path, flagJSON)
			}
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			name := path + " --" + f.Name
			if f.Deprecated != "" {
				to := regexp.MustCompile(`--([a-z-]+)`).FindStringSubmatch(f.Deprecated)
				if !f.Hidden || to == nil || c.Flags().Lookup(to[1]) == nil || c.Flags().Lookup(to[1]).Hidden {
					t.Errorf("%s is deprecated with %q: want it hidden, naming the flag that replaces it", name, f.Deprecated)
				}
				return
			}
			if f.Hidden {
				return
			}
			if oldDataDirs.MatchString(f.Name) || (strings.Contains(f.Usage, "directory") && f.Name != flagDataDir && otherDirectories[f.Name] == "") {
				t.Errorf("%s (%q): a data directory is --%s", name, f.Usage, flagDataDir)
			}
			if f.Name == flagDataDir && !strings.Contains(f.Usage, "director") {
				t.Errorf("%s (%q): --%s names a directory, and its usage should say so", name, f.Usage, flagDataDir)
			}
			if _, other := otherLogging[name]; !other && f.Name != flagLogLevel && (oldLogging.MatchString(f.Name) || f.Shorthand == "v" || logsUsage.MatchString(f.Usage)) {
				t.Errorf("%s (%q): logging is --%s", name, f.Usage, flagLogLevel)
			}
			if f.Name == flagJSON && f.Value.Type() != "bool" {
				t.Errorf("%s is a %s, want a switch", name, f.Value.Type())
			}
		})
	})
	for what, list := range map[string]map[string]string{"otherLogging": otherLogging, "noJSON": noJSON} {
		for k := range list {
			var found bool
			walkCommands(root, func(c *cobra.Command) {
				found = found || c.CommandPath() == k || strings.HasPrefix(k, c.CommandPath()+" --") && c.Flags().Lookup(strings.TrimPrefix(k, c.CommandPath()+" --")) != nil
			})
			if !found {
				t.Errorf("%s lists %q, which is not in the tree any more", what, k)
			}
		}
	}
}

// TestOldFlagNames checks that the names flags had before they were renamed
// still set the same thing.
func TestOldFlagNames(t *testing.T) {
	for _, tc := range []struct {
		cmd        []string
		args       []string
		flag, want string
	}{
		{[]string{"chain"}, []string{"--datadir", "/x"}, flagDataDir, "/x"},
		{[]string{"demo"}, []string{"--dir", "/x"}, flagDataDir, "/x"},
		{[]string{"demo"}, []string{"--verbose"}, flagLogLevel, "info"},
		{[]string{"hub", "run"}, []string{"--data", "/x"}, flagDataDir, "/x"},
		{[]string{"miner", "run"}, []string{"--workdir", "/x"}, flagDataDir, "/x"},
		{[]string{"miner", "hubs"}, []string{"--state", "/x/h.json"}, "state", "/x/h.json"},
		{[]string{"miner", "hubs"}, []string{"--verbose"}, flagLogLevel, "debug"},
		{[]string{"hub", "announce"}, []string{"--verbose"}, flagLogLevel, "debug"},
		{[]string{"client", "list"}, []string{"-v"}, flagLogLevel, "info"},
		{[]string{"client", "submit"}, []string{"--verbose"}, flagLogLevel, "info"},
		{[]string{"data", "get"}, []string{"-v"}, flagLogLevel, "info"},
		{[]string{"data", "share"}, []string{"--verbose=false"}, flagLogLevel, logOff},
	} {
		t.Run(strings.Join(append(tc.cmd, tc.args...), " "), func(t *testing.T) {
			c, _, err := newRootCmd().Find(tc.cmd)
			if err != nil {
				t.Fatal(err)
			}
			var notice bytes.Buffer
			c.Flags().SetOutput(&notice)
			if err := c.ParseFlags(tc.args); err != nil {
				t.Fatalf("parse %v: %v", tc.args, err)
			}
			f := c.Flags().Lookup(tc.flag)
			if f == nil {
				t.Fatalf("%s has no --%s", c.CommandPath(), tc.flag)
			}
			if got := f.Value.String(); got != tc.want {
				t.Errorf("--%s: got %q, want %q", tc.flag, got, tc.want)
			}
			if !strings.Contains(notice.String(), "deprecated") {
				t.Errorf("notice: got %q, want one that says the old name is deprecated", notice.String())
			}
		})
	}
}

// TestDeprecationNoticeOnStderr: a script that reads a command's stdout gets
// no notice mixed into it.
func TestDeprecationNoticeOnStderr(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Run(context.Background(), []string{"demo", "--dir", filepath.Join(t.TempDir(), "w"), "--log-level", "debug"}, nil, &out, &errOut)
	if code == 0 {
		t.Fatalf("demo --log-level debug: got exit 0, want refused")
	}
	if out.Len() != 0 {
		t.Errorf("stdout: got %q, want nothing", out.String())
	}
	for _, want := range []string{"--dir has been deprecated, use --data-dir instead", "want off or info"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr: got %q, want it to say %q", errOut.String(), want)
		}
	}
}
