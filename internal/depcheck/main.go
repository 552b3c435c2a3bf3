package main

import (
	_ "github.com/anacrolix/torrent"
	_ "github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/ethereum/go-ethereum/eth"
	_ "github.com/ethereum/go-ethereum/node"
	_ "github.com/ethereum/go-ethereum/eth/catalyst"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/accounts/keystore"
	_ "github.com/libp2p/go-libp2p"
	_ "github.com/libp2p/go-libp2p-pubsub"
	_ "github.com/libp2p/go-libp2p-kad-dht"
	_ "github.com/moby/moby/client"
	_ "github.com/tetratelabs/wazero"
	_ "modernc.org/sqlite"
	_ "gopkg.in/yaml.v3"
	_ "github.com/vmihailenco/msgpack/v5"
	_ "github.com/spf13/cobra"
)

func main() {}
