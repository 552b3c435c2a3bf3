package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/hardware"
)

func newMinerBenchmarkCmd() *cobra.Command {
	var (
		asJSON, rerun    bool
		peer, listen     string
		diskPath, cached string
	)
	cmd := &cobra.Command{
		Use:   "benchmark",
		Short: "Show this machine's hardware profile (CPU, RAM, disk, network, GPUs)",
		Long: `Detects the hardware and measures it: a CPU score from a fixed deterministic
kernel (single- and multi-threaded), RAM, free disk space and sequential write
speed, network throughput to a peer (--peer, which runs
` + "`sonm miner benchmark --listen ADDR`" + `), and NVIDIA GPUs (none is a valid answer).
The profile is cached; --rerun measures again.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if listen != "" {
				ln, err := net.Listen("tcp", listen)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "serving throughput benchmarks on %s (Ctrl-C to stop)\n", ln.Addr())
				return hardware.ServeThroughput(ctx, ln)
			}
			if cached == "" {
				cached = filepath.Join(defaultCacheDir(""), "hardware.json")
			}
			fmt.Fprintln(cmd.ErrOrStderr(), "measuring (cached profile is used unless --rerun)...")
			p, fromCache, err := hardware.Cache{Path: cached}.Get(ctx, hardware.Options{DiskPath: diskPath, Peer: peer}, rerun)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(p)
			}
			printProfile(cmd.OutOrStdout(), p, fromCache, cached)
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print the profile as JSON")
	f.BoolVar(&rerun, "rerun", false, "measure again even if a cached profile exists")
	f.StringVar(&peer, "peer", "", "measure network throughput to this host:port (a peer running --listen)")
	f.StringVar(&listen, "listen", "", "serve throughput benchmarks for other miners on this address instead")
	f.StringVar(&diskPath, "disk-path", "", "directory on the disk work runs on (default: the temp dir)")
	f.StringVar(&cached, "cache", "", "profile cache file (default: the user cache dir)")
	return cmd
}

func printProfile(w io.Writer, p hardware.Profile, fromCache bool, cachePath string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PART\tWHAT\tVALUE")
	fmt.Fprintf(tw, "cpu\tmodel\t%s\n", p.CPU.Model)
	fmt.Fprintf(tw, "cpu\tcores\t%d\n", p.CPU.Cores)
	fmt.Fprintf(tw, "cpu\tscore, single thread\t%.0f rounds/s\n", p.CPU.ScoreSingle)
	fmt.Fprintf(tw, "cpu\tscore, all cores\t%.0f rounds/s\n", p.CPU.ScoreMulti)
	fmt.Fprintf(tw, "ram\ttotal\t%s\n", fmtBytes(p.RAM.TotalBytes))
	fmt.Fprintf(tw, "ram\tavailable\t%s\n", fmtBytes(p.RAM.AvailableBytes))
	fmt.Fprintf(tw, "disk\tpath\t%s\n", p.Disk.Path)
	fmt.Fprintf(tw, "disk\tfree / total\t%s / %s\n", fmtBytes(p.Disk.FreeBytes), fmtBytes(p.Disk.TotalBytes))
	fmt.Fprintf(tw, "disk\tsequential write\t%s/s\n", fmtBytes(int64(p.Disk.WriteBytesPerSec)))
	if p.Network != nil {
		fmt.Fprintf(tw, "network\tthroughput to %s\t%s/s\n", p.Network.Peer, fmtBytes(int64(p.Network.BytesPerSec)))
	} else {
		fmt.Fprintf(tw, "network\tthroughput\tnot measured (use --peer)\n")
	}
	if len(p.GPUs) == 0 {
		fmt.Fprintf(tw, "gpu\tcount\t0 (no NVIDIA GPU found)\n")
	}
	for _, g := range p.GPUs {
		fmt.Fprintf(tw, "gpu %d\t%s\t%s\n", g.Index, g.Model, fmtBytes(g.MemoryBytes))
	}
	tw.Flush()
	src := "measured now"
	if fromCache {
		src = "from cache " + cachePath + " (--rerun to measure again)"
	}
	fmt.Fprintf(w, "\nmeasured at %s, %s\n", p.MeasuredAt.Format("2006-01-02 15:04:05 MST"), src)
}
