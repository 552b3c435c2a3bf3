package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/delivery"
)

func newDataCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "data",
		Short: "Move task inputs and results as torrents: share a path, get a magnet",
	}
	cmd.AddCommand(newDataShareCmd(), newDataGetCmd())
	return cmd
}

// dataNodeFlags are the flags every data command uses to build its node.
type dataNodeFlags struct {
	listen    string
	advertise string
	online    bool
	trackers  []string
	logLevel  string
}

func (f *dataNodeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.listen, "listen", "127.0.0.1:0", "host:port to accept peers on (0.0.0.0:6881 to serve other machines)")
	cmd.Flags().StringVar(&f.advertise, "advertise", "", "host:port put into the magnet link for peers to dial (default: the listen address)")
	cmd.Flags().BoolVar(&f.online, "online", false, "also use the DHT and trackers (off: peers are given directly)")
	cmd.Flags().StringArrayVar(&f.trackers, "tracker", nil, "tracker announce URL to put into shared torrents (with --online; repeatable)")
	logLevelFlag(cmd.Flags(), &f.logLevel, logOff, "log torrent activity to stderr at this level: off, debug, info, warn or error", "info", "v")
}

// node starts the command's delivery node; blockSize 0 is the package's
// default.
func (f *dataNodeFlags) node(cmd *cobra.Command, blockSize int) (*delivery.Node, error) {
	log, err := newLogger(cmd.ErrOrStderr(), f.logLevel)
	if err != nil {
		return nil, err
	}
	n, err := delivery.New(delivery.Config{
		ListenAddr:    f.listen,
		AdvertiseAddr: f.advertise,
		Online:        f.online,
		Trackers:      f.trackers,
		BlockSize:     blockSize,
	}, log)
	if err != nil {
		return nil, err
	}
	if err := n.Start(cmd.Context()); err != nil {
		return nil, err
	}
	return n, nil
}

func newDataShareCmd() *cobra.Command {
	var (
		nf          dataNodeFlags
		asJSON      bool
		torrentFile string
	)
	cmd := &cobra.Command{
		Use:   "share PATH",
		Short: "Seed a file or directory as a torrent and print its magnet link",
		Long: "Packs PATH into a standard BitTorrent v1 torrent, seeds it from where it lies\n" +
			"and prints the magnet link (with this node's address) until interrupted.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, err := nf.node(cmd, 0)
			if err != nil {
				return err
			}
			defer n.Close()
			sh, err := n.Share(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if torrentFile != "" {
				if err := os.WriteFile(torrentFile, sh.Torrent, 0o644); err != nil {
					return fmt.Errorf("write torrent file: %w", err)
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				dataWriteJSON(out, map[string]any{
					"magnet": sh.Magnet, "info_hash": sh.InfoHash.HexString(), "peer": n.Addr(),
					"name": sh.Name, "bytes": sh.Length, "piece_length": sh.PieceLength, "pieces": sh.Pieces,
				})
			} else {
				fmt.Fprintf(out, "%s\n", sh.Magnet)
				fmt.Fprintf(cmd.ErrOrStderr(), "sharing %s: %s in %d pieces of %s, info-hash %s, peer %s\n"+
					"get it with: sonm data get '%s' DIR\nseeding until interrupted (Ctrl-C)\n",
					sh.Name, delivery.FormatBytes(sh.Length), sh.Pieces, delivery.FormatBytes(sh.PieceLength),
					sh.InfoHash.HexString(), n.Addr(), sh.Magnet)
			}
			<-cmd.Context().Done()
			st, _ := n.Stats(sh.InfoHash)
			if !asJSON {
				fmt.Fprintf(cmd.ErrOrStderr(), "stopped; uploaded %s\n", delivery.FormatBytes(st.Uploaded))
			}
			return nil
		},
	}
	nf.register(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	cmd.Flags().StringVar(&torrentFile, "torrent-file", "", "also write the .torrent file here, for other BitTorrent clients")
	return cmd
}

func newDataGetCmd() *cobra.Command {
	var (
		nf     dataNodeFlags
		peers  []string
		quota  string
		quiet  bool
		asJSON bool
		seed   bool
		block  string
		stall  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "get MAGNET|INFOHASH DIR",
		Short: "Download a torrent into DIR, verifying every piece",
		Long: "Downloads the content named by a magnet link or info-hash into DIR from the\n" +
			"peers in the magnet, those given with --peer and, with --online, the DHT and\n" +
			"trackers. Every piece is checked against its hash; an interrupted download\n" +
			"resumes from what is already in DIR.\n\n" +
			"Requests are 16 KiB blocks, the size every BitTorrent client serves;\n" +
			"between sonm nodes --block-size 128KiB costs less CPU per byte. A download\n" +
			"that gets no data for --stall-timeout ends with what it saw and why.",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			target, err := delivery.ParseTarget(args[0])
			if err != nil {
				return err
			}
			var limit int64
			if quota != "" {
				if limit, err = delivery.ParseSize(quota); err != nil {
					return fmt.Errorf("--quota: %w", err)
				}
			}
			if len(target.Peers) == 0 && len(peers) == 0 && !nf.online {
				return fmt.Errorf("no peers to fetch %s from: give --peer HOST:PORT (printed by sonm data share) or --online", target.InfoHash.HexString())
			}
			bs, err := delivery.ParseSize(block)
			if err != nil {
				return fmt.Errorf("--block-size: %w", err)
			}
			n, err := nf.node(cmd, int(bs))
			if err != nil {
				return err
			}
			defer n.Close()
			mode := delivery.ModeBar
			progressOut := cmd.ErrOrStderr()
			switch {
			case asJSON:
				mode, progressOut = delivery.ModeJSON, cmd.OutOrStdout()
			case quiet:
				mode = delivery.ModeQuiet
			}
			bar := delivery.NewBar(progressOut, mode)
			start := time.Now()
			f, err := n.Fetch(cmd.Context(), delivery.FetchRequest{
				Target: target, Dir: args[1], Peers: peers, Quota: limit, Progress: bar.Update, StallTimeout: stall,
			})
			bar.Finish()
			if err != nil {
				return err
			}
			secs := time.Since(start).Seconds()
			out := cmd.OutOrStdout()
			if asJSON {
				dataWriteJSON(out, map[string]any{
					"path": f.Path, "info_hash": f.InfoHash.HexString(), "bytes": f.Length,
					"from_peers": f.FromPeers, "rejected_pieces": f.RejectedPieces, "seconds": secs,
				})
			} else {
				fmt.Fprintln(out, f.Path)
				if !quiet {
					fmt.Fprintf(cmd.ErrOrStderr(), "got %s (%s, %s from peers, %d pieces rejected) in %.1fs\n",
						f.Name, delivery.FormatBytes(f.Length), delivery.FormatBytes(f.FromPeers), f.RejectedPieces, secs)
				}
			}
			if seed {
				if !quiet && !asJSON {
					fmt.Fprintf(cmd.ErrOrStderr(), "seeding at %s until interrupted (Ctrl-C)\n", n.Addr())
				}
				<-cmd.Context().Done()
			}
			return nil
		},
	}
	nf.register(cmd)
	cmd.Flags().StringArrayVar(&peers, "peer", nil, "host:port of a peer that has the data (repeatable)")
	cmd.Flags().StringVar(&quota, "quota", "", "refuse content larger than this, e.g. 10GiB")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only the downloaded path")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print progress and the result as JSON lines")
	cmd.Flags().BoolVar(&seed, "seed", false, "keep seeding after the download until interrupted")
	cmd.Flags().StringVar(&block, "block-size", "16KiB", "bytes asked of a peer in one request: 16KiB to 128KiB, a power of two (other BitTorrent clients serve only 16KiB)")
	cmd.Flags().DurationVar(&stall, "stall-timeout", time.Minute, "give up, saying why, when no data arrives for this long (0: never)")
	return cmd
}

func dataWriteJSON(w io.Writer, v any) {
	b, _ := json.Marshal(v)
	fmt.Fprintf(w, "%s\n", b)
}
