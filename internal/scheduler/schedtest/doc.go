// Package schedtest tests planners of package scheduler: Check verifies the
// rules on one Plan's output, Naive is the rules written plainly (slow, for
// comparison), and Sim is a deterministic simulator of a hub whose miners
// join, leave, run replicas for simulated durations and fail sometimes.
//
// Everything here is deterministic: randomness comes from math/rand/v2 with
// the seed the caller passes, time is a tick counter.
package schedtest
