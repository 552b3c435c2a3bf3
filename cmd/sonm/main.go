// Command sonm is the single binary of the sonm computing-power exchange:
// chain, hub, miner and client roles, and the one-machine demo.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/sonm-io/sonm/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
