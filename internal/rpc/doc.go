// Package rpc speaks sonm's service protocol, the MessagePack RPC of Cocaine
// 0.12: frames [channel, slot, args, headers] written back to back on any byte
// stream, channels multiplexed on one connection, and per-channel protocol
// state driven by dispatch graphs. It holds the frame codec, the connection
// (one type for both sides), a server that hosts one service per listener,
// and the client calls used by the locator, the node and the SDK.
package rpc
