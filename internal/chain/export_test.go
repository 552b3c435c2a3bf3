package chain

// Explain exposes explain to the external tests, which call contract
// functions no Client method wraps (a stranger calling the DAO's functions
// directly) and check the refusal a person would read.
var Explain = explain
