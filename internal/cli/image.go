package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/moby/moby/client"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/executor/docker"
)

func newImageCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "image",
		Short: "Manage the Docker images tasks run in",
	}
	var asJSON bool
	load := &cobra.Command{
		Use:   "load FILE.tar",
		Short: "Load an image tarball (as written by `docker save`) into the local Docker engine",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			api, err := client.New(client.FromEnv)
			if err != nil {
				return fmt.Errorf("docker client: %w", err)
			}
			defer api.Close()
			msg, err := docker.LoadImage(cmd.Context(), api, f)
			if err != nil {
				return fmt.Errorf("%w (is the Docker engine running? `docker info` tells)", err)
			}
			return writeResult(cmd.OutOrStdout(), asJSON, map[string]string{"loaded": msg}, func(w io.Writer) { fmt.Fprintln(w, msg) })
		},
	}
	load.Flags().BoolVar(&asJSON, flagJSON, false, "print machine-readable JSON")
	cmd.AddCommand(load)
	return cmd
}
