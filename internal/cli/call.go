package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

func contextWithTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, d)
}

func newCallCmd() *cobra.Command {
	var (
		loc     string
		asJSON  bool
		data    []string
		stdin   bool
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "call SERVICE METHOD [ARG...]",
		Short: "Call any service method by name, driven by the service's resolved protocol",
		Long: `Resolve SERVICE, check METHOD against its protocol, send ARGs and print every
reply as it arrives. An ARG that reads as JSON (a number, true/false/null, an
array or an object) is sent as that value; anything else as a string. When the
method takes a request stream (an app's enqueue), each --data and, with
--stdin, each line of standard input is sent as a chunk, then close.`,
		Example: `  sonm call storage write docs readme "hello" '["tag"]'
  sonm call storage read docs readme
  sonm call calculate_length enqueue calculate_length --data "some text"
  sonm call node list`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if timeout > 0 {
				var cancel func()
				ctx, cancel = contextWithTimeout(ctx, timeout)
				defer cancel()
			}
			conn, rec, err := locator.DialService(ctx, loc, args[0], rpc.Config{})
			if err != nil {
				return fmt.Errorf("%w (is `sonm node` running? --locator sets the address)", err)
			}
			defer conn.Close()
			method := args[1]
			_, ev, ok := rec.Graph.Lookup(method)
			if !ok {
				return fmt.Errorf("%s has no method %q; known: %s", args[0], method, strings.Join(rec.Graph.Names(), ", "))
			}
			callArgs := make([]any, 0, len(args)-2)
			for _, a := range args[2:] {
				callArgs = append(callArgs, parseArg(a))
			}
			ch, err := conn.Open(ctx, rec.Graph, method, callArgs...)
			if err != nil {
				return err
			}
			if err := sendBody(ctx, ch, ev, data, stdin, cmd.InOrStdin()); err != nil {
				return err
			}
			if ev.Upstream == nil || ev.Upstream.Terminal() {
				fmt.Fprintln(cmd.OutOrStdout(), "sent (this method has no reply)")
				return nil
			}
			return printReplies(ctx, cmd.OutOrStdout(), ch, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVar(&loc, "locator", defaultLocator, "locator address")
	f.BoolVar(&asJSON, "json", false, "print each reply as a JSON object")
	f.StringArrayVar(&data, "data", nil, "send this chunk on the request stream (repeatable)")
	f.BoolVar(&stdin, "stdin", false, "send standard input, line by line, on the request stream")
	f.DurationVar(&timeout, "timeout", time.Minute, "give up after this long")
	return cmd
}

// parseArg reads JSON values and falls back to a string.
func parseArg(s string) any {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n
	}
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{") || s == "true" || s == "false" || s == "null" {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err == nil {
			return fromJSON(v)
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.ContainsAny(s, ".eE") {
		return f
	}
	return s
}

func fromJSON(v any) any {
	switch x := v.(type) {
	case float64:
		if x == float64(int64(x)) {
			return int64(x)
		}
	case []any:
		for i := range x {
			x[i] = fromJSON(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = fromJSON(x[k])
		}
	}
	return v
}

// sendBody streams chunks when the method's next state accepts writes, and
// closes the stream when it can be closed.
func sendBody(ctx context.Context, ch *rpc.Channel, ev rpc.Event, data []string, stdin bool, in io.Reader) error {
	d := ev.Dispatch
	if d.Recursive || d.Terminal() {
		if len(data) > 0 || stdin {
			return fmt.Errorf("method %s takes no request stream; drop --data/--stdin", ev.Name)
		}
		return nil
	}
	_, _, canWrite := d.Graph.Lookup("write")
	_, _, canChunk := d.Graph.Lookup("chunk")
	write := "write"
	if !canWrite && canChunk {
		write = "chunk"
	}
	if canWrite || canChunk {
		for _, c := range data {
			var v any = []byte(c)
			if write == "chunk" {
				v = parseArg(c)
			}
			if err := ch.Send(ctx, write, v); err != nil {
				return err
			}
		}
		if stdin {
			sc := bufio.NewScanner(in)
			sc.Buffer(make([]byte, 64<<10), 16<<20)
			for sc.Scan() {
				if err := ch.Send(ctx, write, append(sc.Bytes(), '\n')); err != nil {
					return err
				}
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("stdin: %w", err)
			}
		}
	}
	for _, end := range []string{"close", "discard"} {
		if _, _, ok := d.Graph.Lookup(end); ok {
			return ch.Send(ctx, end)
		}
	}
	return nil
}

func printReplies(ctx context.Context, w io.Writer, ch *rpc.Channel, asJSON bool) error {
	for {
		m, err := ch.Recv(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if asJSON {
			if err := json.NewEncoder(w).Encode(map[string]any{"event": m.Name, "args": plain(m.Args)}); err != nil {
				return err
			}
		} else if m.Name != "close" {
			fmt.Fprintf(w, "%s %s\n", m.Name, formatArgs(m.Args))
		}
		if m.Name == "error" {
			re := &rpc.RemoteError{Code: rpc.Code{Category: rpc.CategoryUnknown, Code: 1}}
			if pair, ok := m.Args.Get(0).([]any); ok && len(pair) == 2 {
				c, _ := rpc.AsInt(pair[0])
				n, _ := rpc.AsInt(pair[1])
				re.Code = rpc.Code{Category: int(c), Code: int(n)}
			}
			re.Message, _ = rpc.AsString(m.Args.Get(1))
			return re
		}
	}
}

func formatArgs(args rpc.Args) string {
	parts := make([]string, len(args))
	for i, a := range args {
		if s, ok := plain(a).(string); ok {
			parts[i] = strconv.Quote(s)
			continue
		}
		b, err := json.Marshal(plain(a))
		if err != nil {
			parts[i] = fmt.Sprint(a)
			continue
		}
		parts[i] = string(b)
	}
	return strings.Join(parts, " ")
}
