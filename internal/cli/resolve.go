package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

const defaultLocator = "127.0.0.1:10053"

func newResolveCmd() *cobra.Command {
	var (
		loc     string
		asJSON  bool
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "resolve NAME",
		Short: "Ask a locator where a service runs and what its protocol is",
		Example: `  sonm resolve storage
  sonm resolve locator --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if timeout > 0 {
				var cancel func()
				ctx, cancel = contextWithTimeout(ctx, timeout)
				defer cancel()
			}
			c, err := locator.Dial(ctx, loc, rpc.Config{})
			if err != nil {
				return fmt.Errorf("%w (is `sonm node` running? --locator sets the address)", err)
			}
			defer c.Close()
			r, err := c.Resolve(ctx, args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), recordJSON(r))
			}
			printRecord(cmd.OutOrStdout(), r)
			return nil
		},
	}
	cmd.Flags().StringVar(&loc, "locator", defaultLocator, "locator address")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().DurationVar(&timeout, "timeout", 10*time.Second, "give up after this long")
	return cmd
}

func printRecord(w io.Writer, r locator.Record) {
	fmt.Fprintf(w, "service    %s\n", r.Name)
	fmt.Fprintf(w, "version    %d\n", r.Version)
	eps := make([]string, len(r.Endpoints))
	for i, e := range r.Endpoints {
		eps[i] = e.String()
	}
	fmt.Fprintf(w, "endpoints  %s\n", strings.Join(eps, ", "))
	fmt.Fprintln(w, "methods")
	for _, slot := range sortedSlots(r.Graph) {
		ev := r.Graph[slot]
		fmt.Fprintf(w, "  %-5d %s\n", slot, ev.Name)
		fmt.Fprintf(w, "        then you send: %s\n", describeTransition(ev.Dispatch))
		if ev.Upstream != nil {
			fmt.Fprintf(w, "        reply:         %s\n", describeTransition(*ev.Upstream))
		}
	}
}

func sortedSlots(g rpc.Graph) []uint64 {
	out := make([]uint64, 0, len(g))
	for s := range g {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// describeTransition writes a protocol state in one line: "nothing" for the
// end, names of the possible messages, "*" on those that may repeat.
func describeTransition(t rpc.Transition) string {
	switch {
	case t.Recursive:
		return "(the same protocol again)"
	case t.Terminal():
		return "nothing"
	}
	var parts []string
	for _, s := range sortedSlots(t.Graph) {
		ev := t.Graph[s]
		p := ev.Name
		switch {
		case ev.Dispatch.Recursive:
			p += "*"
		case !ev.Dispatch.Terminal():
			p += " -> (" + describeTransition(ev.Dispatch) + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " | ")
}

func recordJSON(r locator.Record) map[string]any {
	eps := make([]string, len(r.Endpoints))
	for i, e := range r.Endpoints {
		eps[i] = e.String()
	}
	return map[string]any{"name": r.Name, "version": r.Version, "endpoints": eps, "graph": graphJSON(r.Graph)}
}

func graphJSON(g rpc.Graph) map[string]any {
	out := map[string]any{}
	for s, ev := range g {
		e := map[string]any{"name": ev.Name, "dispatch": transitionJSON(ev.Dispatch)}
		if ev.Upstream != nil {
			e["upstream"] = transitionJSON(*ev.Upstream)
		}
		out[strconv.FormatUint(s, 10)] = e
	}
	return out
}

func transitionJSON(t rpc.Transition) any {
	if t.Recursive {
		return nil
	}
	return graphJSON(t.Graph)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// plain turns decoded protocol values into JSON-friendly ones.
func plain(v any) any {
	switch x := v.(type) {
	case []byte:
		if utf8.Valid(x) {
			return string(x)
		}
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case rpc.Args:
		return plain([]any(x))
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[fmt.Sprint(plain(k))] = plain(e)
		}
		return out
	}
	return v
}
