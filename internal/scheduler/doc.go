// Package scheduler decides where the hub places replicas of work units.
//
// It is a pure function of the State the hub shows it: no I/O, no goroutines,
// no clock, no randomness. The hub calls Plan whenever something changes
// (a miner joins or frees a slot, a task arrives, a replica is lost), applies
// the placements it gets back, and calls Plan again later for whatever was
// left out.
//
// The default planner (New) follows these rules:
//
//  1. Never two replicas of one unit on one miner: a miner listed in a need's
//     Exclude, or one that already got a replica of that unit in this Plan,
//     is not used for it.
//  2. Never more placements on a miner than its Free slots. A miner gets only
//     units whose Res fit its Slot (cores, memory, GPUs: each at most the
//     slot's), whose Executor is among its Executors, and whose PayWei
//     covers its Ask (Ask <= PayWei; a nil Ask is 0, a nil PayWei has no
//     limit).
//  3. Fair between tasks: needs are served round-robin across tasks, one
//     replica per task per round, tasks in the order they first appear in
//     Needs. Within a task, needs are served in their order, all replicas of
//     one need before the next. A task whose current need cannot be placed
//     moves on to its next need in the same round.
//  4. Among the eligible miners the lowest Ask wins, then the most Free slots
//     (as they stand after the placements already made in this Plan, which
//     spreads load), then the lowest ID. The output is deterministic for a
//     given State, placements listed in the order they were made. (Free
//     counts above 2^32-1 rank as 2^32-1.)
//  5. Needs that cannot be placed now are left out; the hub asks again later.
//
// Odd input is handled rather than trusted: needs with Replicas <= 0 and
// miners with Free <= 0 are ignored; a miner ID listed twice keeps its first
// entry; a unit Key listed twice is one need whose replicas add up and whose
// exclusions join, with the first entry's Res and PayWei.
//
// Plan does not scan all miners per replica. For each distinct Res it
// builds, once per Plan, a heap of the miners whose slots fit it, keyed by
// (ask rank, most free, lowest ID); a placement takes the top, stepping over
// the few excluded miners, and sifts the miner down. A miner's entries in
// the heaps of other Res go stale when it takes a replica; since free slots
// only go down, a stale entry ranks too high and is fixed when it reaches the
// top. A Plan costs O(M) per distinct Res plus O(log M) per replica; needs of
// one task usually share one Res.
package scheduler
