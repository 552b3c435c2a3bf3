package delivery

// Piece sizes are powers of two between these bounds. 16 KiB is the BitTorrent
// block size, so a smaller piece would not save anything; 16 MiB keeps a single
// failed piece cheap to refetch.
const (
	minPieceLength = 16 << 10
	maxPieceLength = 16 << 20
	// targetPieces: fewer, larger pieces cost less per byte (hashing,
	// bookkeeping, requests); going from about 2048 to about 256 pieces
	// doubled loopback throughput in bench/delivery, and 256 pieces still
	// spread a download over many peers.
	targetPieces = 256
)

// PieceLength returns the piece length for a torrent of total bytes: the
// smallest power of two from 16 KiB to 16 MiB that keeps the piece count at
// or under 256.
func PieceLength(total int64) int64 {
	pl := int64(minPieceLength)
	for pl < maxPieceLength && total > pl*targetPieces {
		pl *= 2
	}
	return pl
}
