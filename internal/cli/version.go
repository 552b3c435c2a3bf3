package cli

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
)

// buildInfo is what `sonm version` reports.
type buildInfo struct {
	Version   string            `json:"version"`
	Commit    string            `json:"commit,omitempty"`
	Modified  bool              `json:"modified,omitempty"`
	Time      string            `json:"time,omitempty"` // the commit's time, RFC 3339
	Go        string            `json:"go"`
	Platform  string            `json:"platform"`
	Contracts string            `json:"contracts"`
	Codes     map[string]string `json:"contract_codes"`
}

func readBuildInfo() buildInfo {
	set, codes := chain.CodeSet()
	b := buildInfo{Version: "(devel)", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH,
		Contracts: set.Hex(), Codes: map[string]string{}}
	for _, c := range codes {
		b.Codes[c.Name] = c.Hash.Hex()
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if bi.Main.Version != "" {
		b.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		case "vcs.time":
			b.Time = s.Value
		}
	}
	return b
}

func newVersionCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the build: module version, commit, Go version and the contract set",
		Long: "Prints this binary's module version, the commit it was built from (when built\n" +
			"from a git checkout), its Go version and platform, and the contract set: one\n" +
			"hash over the bytecode of every contract it deploys. Two binaries with the same\n" +
			"contract set deploy the same contracts and read them alike.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b := readBuildInfo()
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(b)
			}
			fmt.Fprintf(out, "sonm %s\n", b.Version)
			if b.Commit != "" {
				mod := ""
				if b.Modified {
					mod = " (with uncommitted changes)"
				}
				fmt.Fprintf(out, "commit     %s%s %s\n", b.Commit, mod, b.Time)
			}
			fmt.Fprintf(out, "go         %s %s\n", b.Go, b.Platform)
			fmt.Fprintf(out, "contracts  %s\n", b.Contracts)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}
