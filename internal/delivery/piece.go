package delivery

// Piece sizes are powers of two between these bounds. 16 KiB is the BitTorrent
// block size, so a smaller piece would not save anything; 16 MiB keeps a single
// failed piece cheap to refetch.
const (
	minPieceLength = 16 << 10
	maxPieceLength = 16 << 20
	// targetPieces keeps the info dictionary (20 bytes of hash per piece)
	// small enough to fetch quickly from peers while pieces stay small enough
	// to spread a download across many of them.
	targetPieces = 2048
)

// PieceLength returns the piece length for a torrent of total bytes: the
// smallest power of two from 16 KiB to 16 MiB that keeps the piece count at
// or under about 2048.
func PieceLength(total int64) int64 {
	pl := int64(minPieceLength)
	for pl < maxPieceLength && total > pl*targetPieces {
		pl *= 2
	}
	return pl
}
