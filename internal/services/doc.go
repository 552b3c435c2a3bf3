// Package services groups the node-side services reachable through the
// locator: storage, logging and node (apps). Each lives in its own package
// below this one and exposes an *rpc.Service; this package only documents.
package services
