package delivery

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	pp "github.com/anacrolix/torrent/peer_protocol"
	"github.com/anacrolix/torrent/storage"
	"golang.org/x/time/rate"
)

// Sentinel errors.
var (
	ErrQuotaExceeded = errors.New("storage quota exceeded")
	ErrNotStarted    = errors.New("delivery node not started")
	ErrEmpty         = errors.New("nothing to share")
	// ErrStalled reports a fetch that made no progress for its StallTimeout.
	ErrStalled = errors.New("download stalled")
)

// Config configures a Node.
type Config struct {
	// ListenAddr is host:port for incoming peer connections. Port 0 picks a
	// free port. Empty means 127.0.0.1:0.
	ListenAddr string
	// AdvertiseAddr is the host:port put into magnet links (x.pe) so that
	// fetchers can dial this node without being told. Empty means the
	// listen address, with an unspecified host replaced by 127.0.0.1.
	AdvertiseAddr string
	// Online enables the mainline DHT, trackers, PEX-independent peer
	// discovery and port forwarding. Off, peers must be given directly.
	Online bool
	// Trackers are announce URLs put into shared torrents when Online.
	Trackers []string
	// UploadRate and DownloadRate limit this node in bytes per second; zero
	// means unlimited.
	UploadRate   int64
	DownloadRate int64
	// ProgressInterval is how often Fetch reports progress. Zero means 250ms.
	ProgressInterval time.Duration
	// BlockSize is how many bytes Fetch asks a peer for in one request: a
	// power of two from 16 KiB to MaxBlockSize. Zero means MaxBlockSize
	// offline, where the peers are other sonm nodes, and 16 KiB online:
	// most other BitTorrent clients refuse requests over 16 KiB. Larger
	// blocks cost less per byte (about a third less CPU on loopback at
	// 128 KiB). A node serves any block up to MaxBlockSize.
	BlockSize int
	// Storage, when set, wraps the file storage of every torrent this node
	// adds. Tests use it to make a peer serve corrupt data.
	Storage func(storage.ClientImpl) storage.ClientImpl
}

// Request block sizes. Every node serves blocks up to MaxBlockSize; a larger
// request is rejected.
const (
	MinBlockSize = 16 << 10
	MaxBlockSize = 128 << 10
)

// Node is one BitTorrent client that shares and fetches content.
type Node struct {
	cfg  Config
	host string
	port int
	log  *slog.Logger

	mu sync.Mutex
	cl *torrent.Client
}

// New validates cfg. It does no I/O; Start opens the listener.
func New(cfg Config, log *slog.Logger) (*Node, error) {
	if cfg.ListenAddr == "" {
		cfg.ListenAddr = "127.0.0.1:0"
	}
	host, portStr, err := net.SplitHostPort(cfg.ListenAddr)
	if err != nil {
		return nil, fmt.Errorf("listen address %q: %w", cfg.ListenAddr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return nil, fmt.Errorf("listen address %q: port must be 0..65535", cfg.ListenAddr)
	}
	if cfg.AdvertiseAddr != "" {
		if err := checkPeerAddr(cfg.AdvertiseAddr); err != nil {
			return nil, fmt.Errorf("advertise address: %w", err)
		}
	}
	if cfg.UploadRate < 0 || cfg.DownloadRate < 0 {
		return nil, errors.New("rate limits must not be negative")
	}
	switch {
	case cfg.BlockSize == 0 && cfg.Online:
		cfg.BlockSize = MinBlockSize
	case cfg.BlockSize == 0:
		cfg.BlockSize = MaxBlockSize
	case cfg.BlockSize < MinBlockSize || cfg.BlockSize > MaxBlockSize || cfg.BlockSize&(cfg.BlockSize-1) != 0:
		return nil, fmt.Errorf("block size %d: want a power of two from %d to %d", cfg.BlockSize, MinBlockSize, MaxBlockSize)
	}
	if cfg.ProgressInterval <= 0 {
		cfg.ProgressInterval = 250 * time.Millisecond
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Node{cfg: cfg, host: host, port: port, log: log}, nil
}

// Start opens the peer listener (and the DHT when online).
func (n *Node) Start(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	tc := torrent.NewDefaultClientConfig()
	tc.Seed = true
	tc.ListenHost = func(string) string { return n.host }
	tc.ListenPort = n.port
	if ip := net.ParseIP(n.host); ip != nil && ip.To4() != nil {
		tc.DisableIPv6 = true
	}
	tc.NoDHT = !n.cfg.Online
	tc.DisableTrackers = !n.cfg.Online
	tc.NoDefaultPortForwarding = !n.cfg.Online
	tc.DisableWebtorrent = true
	tc.DisableWebseeds = !n.cfg.Online
	// uTP needs its own UDP socket per node and is slower than TCP on a LAN.
	tc.DisableUTP = true
	// Plain BitTorrent is preferred (RC4 obfuscation costs throughput and
	// protects nothing here: pieces are verified by hash), but accepted.
	tc.HeaderObfuscationPolicy = torrent.HeaderObfuscationPolicy{Preferred: false, RequirePreferred: false}
	// anacrolix/torrent v1.59.1 can deadlock a connection when the peer's
	// outstanding requests need more than this allowance (the server waits on
	// a reservation queued behind data it has not sent). A peer may queue
	// 1024 requests of at most MaxBlockSize (larger ones are rejected, see
	// the upload limiter below), so this allowance never blocks. It is also
	// the most request data buffered for a peer that does not read.
	tc.MaxAllocPeerRequestDataPerConn = 1024 * MaxBlockSize
	// Two nodes that know each other dial each other; keep one connection
	// per peer (both ends agree which, by peer ID) instead of two that split
	// the requests between them.
	tc.DropDuplicatePeerIds = true
	tc.Slogger = n.log.With("component", "torrent")
	// Every torrent names its own storage; without this the client would
	// open a piece database (.torrent.db) in the working directory.
	tc.DefaultStorage = n.fileStorage(os.TempDir(), storage.NewMapPieceCompletion())
	// The upload limiter's burst is the largest request served; the client
	// serves any size when the limit is infinite, so "unlimited" is a limit
	// no link reaches (1 PB/s).
	upRate := rate.Limit(1 << 50)
	if n.cfg.UploadRate > 0 {
		upRate = rate.Limit(n.cfg.UploadRate)
	}
	tc.UploadRateLimiter = rate.NewLimiter(upRate, MaxBlockSize)
	if n.cfg.DownloadRate > 0 {
		tc.DownloadRateLimiter = rate.NewLimiter(rate.Limit(n.cfg.DownloadRate), 256<<10)
	}
	cl, err := torrent.NewClient(tc)
	if err != nil {
		return fmt.Errorf("start torrent client on %s: %w", n.cfg.ListenAddr, err)
	}
	n.mu.Lock()
	n.cl = cl
	n.mu.Unlock()
	return nil
}

// Close stops every share and download. Downloaded data stays on disk, so a
// later Fetch of the same content resumes. Safe after a failed Start.
func (n *Node) Close() error {
	n.mu.Lock()
	cl := n.cl
	n.cl = nil
	n.mu.Unlock()
	if cl == nil {
		return nil
	}
	return errors.Join(cl.Close()...)
}

func (n *Node) client() (*torrent.Client, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.cl == nil {
		return nil, ErrNotStarted
	}
	return n.cl, nil
}

// Addr is the host:port other peers dial to reach this node.
func (n *Node) Addr() string {
	if n.cfg.AdvertiseAddr != "" {
		return n.cfg.AdvertiseAddr
	}
	cl, err := n.client()
	if err != nil {
		return ""
	}
	host := n.host
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, strconv.Itoa(cl.LocalPort()))
}

// BannedPeers lists the IPs this node refuses after they sent bad data.
func (n *Node) BannedPeers() []string {
	cl, err := n.client()
	if err != nil {
		return nil
	}
	var out []string
	for _, s := range cl.BadPeerIPs() {
		if a, err := netip.ParseAddr(s); err == nil {
			s = a.Unmap().String()
		}
		out = append(out, s)
	}
	return out
}

// Stop drops the torrent with this info-hash: no more seeding or fetching.
// Its data stays on disk.
func (n *Node) Stop(infoHash metainfo.Hash) {
	cl, err := n.client()
	if err != nil {
		return
	}
	if t, ok := cl.Torrent(infoHash); ok {
		t.Drop()
	}
}

// Shared describes content this node seeds.
type Shared struct {
	InfoHash    metainfo.Hash
	Magnet      string
	Name        string
	Length      int64
	PieceLength int64
	Pieces      int
	// Torrent is the .torrent file (bencoded metainfo) for other clients.
	Torrent []byte
}

// Share packs the file or directory at path into a BitTorrent v1 torrent,
// seeds it from where it lies, and returns its magnet link.
func (n *Node) Share(ctx context.Context, path string) (Shared, error) {
	cl, err := n.client()
	if err != nil {
		return Shared{}, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return Shared{}, fmt.Errorf("share %s: %w", path, err)
	}
	total, err := treeSize(abs)
	if err != nil {
		return Shared{}, fmt.Errorf("share %s: %w", path, err)
	}
	if total == 0 {
		return Shared{}, fmt.Errorf("share %s: %w: no bytes to share", path, ErrEmpty)
	}
	if err := ctx.Err(); err != nil {
		return Shared{}, err
	}
	infoP, err := hashTree(ctx, abs, PieceLength(total))
	if err != nil {
		return Shared{}, fmt.Errorf("hash %s: %w", path, err)
	}
	info := *infoP
	infoBytes, err := bencode.Marshal(info)
	if err != nil {
		return Shared{}, fmt.Errorf("encode info of %s: %w", path, err)
	}
	mi := metainfo.MetaInfo{InfoBytes: infoBytes, CreatedBy: "sonm"}
	if n.cfg.Online && len(n.cfg.Trackers) > 0 {
		mi.Announce = n.cfg.Trackers[0]
		mi.AnnounceList = metainfo.AnnounceList{n.cfg.Trackers}
	}
	ih := mi.HashInfoBytes()

	// The pieces were hashed a moment ago, so they are recorded complete
	// instead of being hashed a second time by the client.
	pc := storage.NewMapPieceCompletion()
	for i := range info.NumPieces() {
		if err := pc.Set(metainfo.PieceKey{InfoHash: ih, Index: i}, true); err != nil {
			return Shared{}, fmt.Errorf("record pieces of %s: %w", path, err)
		}
	}
	st := n.fileStorage(filepath.Dir(abs), pc)
	t, _ := cl.AddTorrentOpt(torrent.AddTorrentOpts{InfoHash: ih, InfoBytes: infoBytes, Storage: st})
	if n.cfg.Online && len(n.cfg.Trackers) > 0 {
		t.AddTrackers([][]string{n.cfg.Trackers})
	}
	var raw bytesBuffer
	if err := mi.Write(&raw); err != nil {
		return Shared{}, fmt.Errorf("encode torrent of %s: %w", path, err)
	}
	m := mi.Magnet(&ih, &info)
	if addr := n.Addr(); addr != "" {
		m.Params = url.Values{"x.pe": {addr}}
	} else {
		m.Params = nil
	}
	n.log.Info("sharing", "name", info.BestName(), "info_hash", ih.HexString(), "bytes", total)
	return Shared{
		InfoHash:    ih,
		Magnet:      m.String(),
		Name:        info.BestName(),
		Length:      total,
		PieceLength: info.PieceLength,
		Pieces:      info.NumPieces(),
		Torrent:     raw.b,
	}, nil
}

type bytesBuffer struct{ b []byte }

func (w *bytesBuffer) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

func (n *Node) fileStorage(dir string, pc storage.PieceCompletion) storage.ClientImpl {
	st := newFileStore(dir, pc)
	if n.cfg.Storage != nil {
		st = n.cfg.Storage(st)
	}
	return st
}

func treeSize(root string) (int64, error) {
	var total int64
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			total += fi.Size()
		}
		return nil
	})
	return total, err
}

// FetchRequest says what to fetch, from whom, and where to put it.
type FetchRequest struct {
	Target Target
	// Dir receives the content as Dir/<torrent name>.
	Dir string
	// Peers are host:port addresses that have (part of) the content.
	Peers []string
	// Quota is the most bytes this fetch may store; zero means no limit.
	Quota int64
	// Progress, if set, is called every ProgressInterval and once at the end.
	Progress func(Progress)
	// StallTimeout ends the fetch with ErrStalled when no verified byte (or,
	// before that, no metadata) arrives for this long; zero waits for ctx.
	StallTimeout time.Duration
}

// Fetched reports a finished download.
type Fetched struct {
	InfoHash metainfo.Hash
	Name     string
	// Path is Dir/<name>: the file, or the directory of a multi-file torrent.
	Path   string
	Length int64
	Pieces int
	// FromPeers is how many bytes of verified data came from peers in this
	// call; what was already on disk is not fetched again.
	FromPeers int64
	// RejectedPieces counts pieces that failed their hash check.
	RejectedPieces int64
}

// Fetch downloads the target into req.Dir, verifying every piece, and keeps
// seeding it afterwards until Stop or Close. Data already on disk from an
// earlier, interrupted Fetch is hashed and kept. If the content is larger
// than req.Quota, Fetch fails with ErrQuotaExceeded before writing anything.
func (n *Node) Fetch(ctx context.Context, req FetchRequest) (Fetched, error) {
	cl, err := n.client()
	if err != nil {
		return Fetched{}, err
	}
	peers := append(append([]string(nil), req.Target.Peers...), req.Peers...)
	for _, p := range peers {
		if err := checkPeerAddr(p); err != nil {
			return Fetched{}, err
		}
	}
	if err := os.MkdirAll(req.Dir, 0o755); err != nil {
		return Fetched{}, fmt.Errorf("fetch %s: %w", req.Target.InfoHash.HexString(), err)
	}
	ih := req.Target.InfoHash
	t, isNew := cl.AddTorrentOpt(torrent.AddTorrentOpts{
		InfoHash:  ih,
		Storage:   n.fileStorage(req.Dir, storage.NewMapPieceCompletion()),
		ChunkSize: pp.Integer(n.cfg.BlockSize),
	})
	if !isNew {
		return Fetched{}, fmt.Errorf("fetch %s: already shared or fetched by this node", ih.HexString())
	}
	if req.Target.Name != "" {
		t.SetDisplayName(req.Target.Name)
	}
	if n.cfg.Online && len(req.Target.Trackers) > 0 {
		t.AddTrackers([][]string{req.Target.Trackers})
	}
	n.AddPeers(ih, peers)
	log := n.log.With("info_hash", ih.HexString())

	var stalled <-chan time.Time
	if req.StallTimeout > 0 {
		st := time.NewTimer(req.StallTimeout)
		defer st.Stop()
		stalled = st.C
	}
	select {
	case <-t.GotInfo():
	case <-stalled:
		t.Drop()
		return Fetched{}, n.stallError(t, "no peer sent the torrent's metadata", req.StallTimeout, len(peers))
	case <-ctx.Done():
		t.Drop()
		return Fetched{}, fmt.Errorf("fetch %s: waiting for metadata: %w", ih.HexString(), ctx.Err())
	}
	info := t.Info()
	path := filepath.Join(req.Dir, info.BestName())
	_, statErr := os.Lstat(path)
	existed := statErr == nil
	if req.Quota > 0 && t.Length() > req.Quota {
		t.Drop()
		// Nothing was requested yet, so nothing can have been written; the
		// storage may still have created an empty skeleton.
		if !existed {
			_ = os.RemoveAll(path)
		}
		return Fetched{}, fmt.Errorf("fetch %s (%s, %d bytes) into %s: %w: quota is %d bytes",
			ih.HexString(), info.BestName(), t.Length(), req.Dir, ErrQuotaExceeded, req.Quota)
	}
	log.Info("fetching", "name", info.BestName(), "bytes", t.Length())
	t.DownloadAll()

	meter := NewRateMeter(5 * time.Second)
	report := func(now time.Time) {
		if req.Progress == nil {
			return
		}
		done := t.BytesCompleted()
		meter.Observe(now, done)
		req.Progress(meter.Progress(now, done, t.Length(), len(t.PeerConns())))
	}
	report(time.Now())
	tick := time.NewTicker(n.cfg.ProgressInterval)
	defer tick.Stop()
	complete := t.Complete().On()
	lastDone, lastMove := t.BytesCompleted(), time.Now()
	for {
		select {
		case <-complete:
			report(time.Now())
			st := t.Stats()
			log.Info("fetched", "name", info.BestName(), "from_peers", st.BytesReadUsefulData.Int64())
			return Fetched{
				InfoHash:       ih,
				Name:           info.BestName(),
				Path:           path,
				Length:         t.Length(),
				Pieces:         t.NumPieces(),
				FromPeers:      st.BytesReadUsefulData.Int64(),
				RejectedPieces: st.PiecesDirtiedBad.Int64(),
			}, nil
		case now := <-tick.C:
			report(now)
			if done := t.BytesCompleted(); done != lastDone {
				lastDone, lastMove = done, now
			} else if req.StallTimeout > 0 && now.Sub(lastMove) >= req.StallTimeout {
				t.Drop() // what was fetched stays on disk for the next attempt
				return Fetched{}, n.stallError(t, fmt.Sprintf("no data for %s at %s of %s", req.StallTimeout,
					FormatBytes(done), FormatBytes(t.Length())), req.StallTimeout, len(peers))
			}
		case <-ctx.Done():
			// The data fetched so far stays on disk for the next attempt.
			t.Drop()
			return Fetched{}, fmt.Errorf("fetch %s: %w", ih.HexString(), ctx.Err())
		}
	}
}

// stallError says what a stalled fetch saw, and what usually causes it.
func (n *Node) stallError(t *torrent.Torrent, what string, after time.Duration, given int) error {
	conns := len(t.PeerConns())
	hint := "check that the peers are reachable and still seed it"
	switch {
	case conns == 0 && given == 0 && !n.cfg.Online:
		hint = "no peers were given: add --peer HOST:PORT, or --online to look them up"
	case conns == 0:
		hint = fmt.Sprintf("none of the %d peers given answered: check their addresses and that they seed this torrent", given)
	case n.cfg.BlockSize > MinBlockSize:
		hint = fmt.Sprintf("this node asks for %s blocks, which most BitTorrent clients other than sonm refuse: use 16 KiB blocks with them",
			FormatBytes(int64(n.cfg.BlockSize)))
	}
	return fmt.Errorf("fetch %s: %w after %s: %s; connected to %d peers; %s",
		t.InfoHash().HexString(), ErrStalled, after, what, conns, hint)
}

// AddPeers tells the torrent with this info-hash about more peers.
func (n *Node) AddPeers(infoHash metainfo.Hash, addrs []string) {
	cl, err := n.client()
	if err != nil {
		return
	}
	t, ok := cl.Torrent(infoHash)
	if !ok {
		return
	}
	pis := make([]torrent.PeerInfo, 0, len(addrs))
	for _, a := range addrs {
		pis = append(pis, torrent.PeerInfo{Addr: torrent.StringAddr(a), Source: torrent.PeerSourceDirect})
	}
	t.AddPeers(pis)
}

// TransferStats counts the data of one torrent moved by this node.
type TransferStats struct {
	// Uploaded is piece data sent to peers.
	Uploaded int64
	// Downloaded is verified piece data received from peers.
	Downloaded int64
	Peers      int
}

// Stats reports the torrent with this info-hash, if the node has it.
func (n *Node) Stats(infoHash metainfo.Hash) (TransferStats, bool) {
	cl, err := n.client()
	if err != nil {
		return TransferStats{}, false
	}
	t, ok := cl.Torrent(infoHash)
	if !ok {
		return TransferStats{}, false
	}
	st := t.Stats()
	return TransferStats{
		Uploaded:   st.BytesWrittenData.Int64(),
		Downloaded: st.BytesReadUsefulData.Int64(),
		Peers:      st.ActivePeers,
	}, true
}

// Totals counts the piece data this node moved over all its torrents
// since it started: sent to peers, and verified from peers.
func (n *Node) Totals() (uploaded, downloaded int64) {
	cl, err := n.client()
	if err != nil {
		return 0, 0
	}
	st := cl.Stats()
	return st.BytesWrittenData.Int64(), st.BytesReadUsefulData.Int64()
}
