// Package sonmtest builds the worlds that tests share: a stand-in miner
// that speaks the real hub protocol, a buyer's signed reads with deadlines,
// and a dev chain with contracts deployed, actors funded and a hub wallet
// registered. It is a normal package so that every package's tests (and the
// bench harness) can import it, but only tests and bench/ may: production
// code never does (TestOnlyTestsImportSonmtest checks).
//
// Helpers that fail a test take testing.TB and clean up with t.Cleanup;
// none sleeps for an event, they poll the condition with a deadline.
// StartMiner takes a context and returns an error instead, for callers
// without a *testing.T.
package sonmtest
