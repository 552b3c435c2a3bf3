// Package delivery moves task inputs and results between machines as
// standard BitTorrent v1 torrents (on anacrolix/torrent) and as plain
// http(s) URLs pinned by sha256. A Node shares files and directories and
// fetches them by magnet link or info-hash from peers given directly and,
// when online, from trackers and the DHT; every piece is verified, downloads
// resume after an interruption, and a Task bounds what one task may store and
// removes it all when the task ends.
package delivery
