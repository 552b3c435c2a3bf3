// Package e2e holds the end-to-end tests of sonm: the whole world run as
// separate operating-system processes of the sonm binary (dev chain, hub,
// miners, buyer), driven through the command line the way a user drives it,
// with failures injected by killing processes. The package has no code of
// its own; see docs/journey.md for what each test shows.
package e2e
