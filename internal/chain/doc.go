// Package chain is the Go side of the sonm contracts: deployment, a typed
// client per contract (token, hub wallets, factory, whitelist, DAO, deals)
// that sends transactions, waits for their receipts and turns the contracts'
// custom errors into errors that say what went wrong and what to do next,
// and readers of the contracts' events.
//
// Transport lives below, in internal/chain/backend (any JSON-RPC node) and
// internal/chain/devchain (the embedded chain); the generated bindings in
// internal/chain/bind.
package chain
