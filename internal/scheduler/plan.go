package scheduler

import (
	"cmp"
	"encoding/binary"
	"math"
	"math/big"
	"slices"
	"sort"
)

type planner struct{}

// Plan implements Planner.
func (planner) Plan(s State) []Placement {
	var p plan
	p.addMiners(s.Miners())
	if p.totalFree == 0 {
		return nil
	}
	p.addNeeds(s.Needs())
	return p.run()
}

// plan is the working state of one Plan call.
type plan struct {
	miners    []minerState
	words     []askKey   // distinct asks, ascending, when all are word pairs
	ranked    []*big.Int // distinct asks, ascending, when some is not
	totalFree int

	units []unit
	tasks []task
	shape map[Resources]*queue

	aside []entry // scratch: heap entries stepped over as excluded
	out   []Placement
}

type minerState struct {
	m    *Miner
	free int
	rank uint64 // of its ask among the distinct asks, lowest 0
}

// askKey is a non-negative ask of at most 128 bits as (high, low) words.
// Asks are ranked by these where they all fit: sorting by big.Int.Cmp cost
// more than all the rest of a small Plan.
type askKey [2]uint64

func (a askKey) cmp(b askKey) int {
	if c := cmp.Compare(a[0], b[0]); c != 0 {
		return c
	}
	return cmp.Compare(a[1], b[1])
}

// entry is a miner in a queue. Its key packs the ask rank (high half) and
// the free count, inverted so that more free sorts first (low half), as they
// were when the entry was last sifted: free counts only go down during a
// Plan, so a stale entry ranks too high, never too low, and is fixed when it
// reaches the top.
type entry struct {
	key uint64
	id  MinerID
	idx int32
}

func entryKey(rank uint64, free int) uint64 {
	return rank<<32 | uint64(math.MaxUint32-free32(free))
}

// free32 caps a free count to the 32 bits an entry key holds for it.
func free32(free int) uint32 {
	return uint32(min(free, math.MaxUint32))
}

func (e entry) free() uint32 { return math.MaxUint32 - uint32(e.key) }
func (e entry) rank() uint64 { return e.key >> 32 }

func (a entry) before(b entry) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return a.id < b.id
}

// queue holds the miners whose slots fit one Res, best first.
type queue struct{ h []entry }

type unit struct {
	key     UnitKey
	want    int
	res     Resources
	maxRank uint64 // highest ask rank its pay covers
	payNone bool   // its pay covers no ask
	exclude []MinerID
	exclSet map[MinerID]struct{}
	placed  []MinerID  // miners given a replica in this Plan
	inline  [3]MinerID // placed's first array: most units want a few replicas
	q       *queue
}

type task struct {
	id    uint64
	units []int32
	cur   int
	last  int // highest Unit seen, to spot a Key listed twice cheaply
	seen  map[int]int32
}

func (p *plan) addMiners(ms []Miner) {
	p.miners = make([]minerState, 0, len(ms))
	seen := make(map[MinerID]struct{}, len(ms))
	for i := range ms {
		m := &ms[i]
		if _, dup := seen[m.ID]; dup {
			continue
		}
		seen[m.ID] = struct{}{}
		if m.Free <= 0 {
			continue
		}
		p.miners = append(p.miners, minerState{m: m, free: m.Free})
		if p.totalFree > math.MaxInt-m.Free { // absurd Free values
			p.totalFree = math.MaxInt
		} else {
			p.totalFree += m.Free
		}
	}
	p.rank()
}

// rank sets each miner's ask rank.
func (p *plan) rank() {
	words := make([]askKey, len(p.miners))
	small, narrow := true, true
	for i := range p.miners {
		var ok bool
		words[i], ok = askWords(p.miners[i].m.Ask)
		small = small && ok
		narrow = narrow && words[i][0] == 0
	}
	switch {
	case narrow && small:
		// The common case: every ask fits one word, and a plain sort of
		// words is several times faster than a sort with a comparator.
		lows := make([]uint64, len(words))
		for i, w := range words {
			lows[i] = w[1]
		}
		slices.Sort(lows)
		lows = slices.Compact(lows)
		p.words = make([]askKey, len(lows))
		for i, l := range lows {
			p.words[i] = askKey{0, l}
		}
		for i := range p.miners {
			r, _ := slices.BinarySearch(lows, words[i][1])
			p.miners[i].rank = uint64(r)
		}
	case small:
		p.words = slices.Clone(words)
		slices.SortFunc(p.words, askKey.cmp)
		p.words = slices.Compact(p.words)
		for i := range p.miners {
			r, _ := slices.BinarySearchFunc(p.words, words[i], askKey.cmp)
			p.miners[i].rank = uint64(r)
		}
	default:
		p.ranked = make([]*big.Int, len(p.miners))
		for i := range p.miners {
			p.ranked[i] = p.miners[i].m.Ask
		}
		slices.SortFunc(p.ranked, cmpAsk)
		p.ranked = slices.CompactFunc(p.ranked, func(a, b *big.Int) bool { return cmpAsk(a, b) == 0 })
		for i := range p.miners {
			r, _ := slices.BinarySearchFunc(p.ranked, p.miners[i].m.Ask, cmpAsk)
			p.miners[i].rank = uint64(r)
		}
	}
}

func (p *plan) addNeeds(ns []Need) {
	p.units = make([]unit, 0, len(ns))
	p.shape = make(map[Resources]*queue)
	var byID map[uint64]int32
	lastTask := -1
	for i := range ns {
		n := &ns[i]
		if n.Replicas <= 0 {
			continue
		}
		ti := lastTask
		if ti < 0 || p.tasks[ti].id != n.Key.Task {
			if byID == nil {
				byID = make(map[uint64]int32)
			}
			t, ok := byID[n.Key.Task]
			if !ok {
				t = int32(len(p.tasks))
				byID[n.Key.Task] = t
				p.tasks = append(p.tasks, task{id: n.Key.Task, last: math.MinInt})
			}
			ti = int(t)
			lastTask = ti
		}
		t := &p.tasks[ti]
		if u, dup := t.lookup(p, n.Key.Unit); dup {
			u.want += n.Replicas
			u.exclude = append(slices.Clip(u.exclude), n.Exclude...)
			continue
		}
		t.add(n.Key.Unit, int32(len(p.units)))
		maxRank, payNone := p.maxRank(n.PayWei)
		p.units = append(p.units, unit{
			// placed points at inline from run on, once units stops growing.
			maxRank: maxRank,
			payNone: payNone,
			key:     n.Key,
			want:    n.Replicas,
			res:     n.Res,
			exclude: n.Exclude,
		})
	}
}

// lookup finds the unit already listed for number u, if any. Units mostly
// come in ascending order, which needs no map.
func (t *task) lookup(p *plan, u int) (*unit, bool) {
	if t.seen == nil {
		if u > t.last {
			return nil, false
		}
		t.seen = make(map[int]int32, len(t.units))
		for _, ui := range t.units {
			t.seen[p.units[ui].key.Unit] = ui
		}
	}
	ui, ok := t.seen[u]
	if !ok {
		return nil, false
	}
	return &p.units[ui], true
}

func (t *task) add(u int, ui int32) {
	t.units = append(t.units, ui)
	if u > t.last {
		t.last = u
	}
	if t.seen != nil {
		t.seen[u] = ui
	}
}

// maxRank is the highest ask rank that pay covers; none is true when it
// covers no ask at all.
func (p *plan) maxRank(pay *big.Int) (limit uint64, none bool) {
	var n int
	switch {
	case pay == nil:
		n = len(p.words) + len(p.ranked)
	case p.ranked != nil:
		n = sort.Search(len(p.ranked), func(i int) bool { return cmpAsk(p.ranked[i], pay) > 0 })
	case pay.Sign() < 0:
		n = 0
	default:
		w, ok := askWords(pay)
		if !ok { // wider than any ask
			n = len(p.words)
			break
		}
		n = sort.Search(len(p.words), func(i int) bool { return p.words[i].cmp(w) > 0 })
	}
	if n == 0 {
		return 0, true
	}
	return uint64(n - 1), false
}

func (p *plan) run() []Placement {
	for i := range p.units {
		p.units[i].placed = p.units[i].inline[:0]
	}
	active := make([]int32, len(p.tasks))
	for i := range active {
		active[i] = int32(i)
	}
	for len(active) > 0 && p.totalFree > 0 {
		n := 0
		for _, ti := range active {
			if p.serve(&p.tasks[ti]) {
				active[n] = ti
				n++
			}
		}
		active = active[:n]
	}
	return p.out
}

// serve places one replica for task t, trying its needs in order; it reports
// whether the task placed one (and so may place more).
func (p *plan) serve(t *task) bool {
	for t.cur < len(t.units) {
		u := &p.units[t.units[t.cur]]
		// Free counts only go down and exclusions only grow within a Plan,
		// so a unit that cannot be placed now cannot be placed later in it.
		if u.want > 0 && p.placeOne(u) {
			u.want--
			if u.want == 0 {
				t.cur++
			}
			return true
		}
		t.cur++
	}
	return false
}

func (p *plan) placeOne(u *unit) bool {
	if u.payNone || u.res.Cores != u.res.Cores { // NaN fits nothing
		return false
	}
	if u.q == nil {
		u.q = p.queueFor(u.res)
	}
	q := u.q
	p.aside = p.aside[:0]
	placed := false
	for len(q.h) > 0 {
		e := q.h[0]
		m := &p.miners[e.idx]
		if m.free == 0 {
			q.pop()
			continue
		}
		if e.free() != free32(m.free) {
			q.h[0].key = entryKey(m.rank, m.free)
			q.down(0)
			continue
		}
		if e.rank() > u.maxRank {
			break
		}
		if u.excluded(e.id) {
			p.aside = append(p.aside, q.pop())
			continue
		}
		m.free--
		p.totalFree--
		u.placed = append(u.placed, e.id)
		p.out = append(p.out, Placement{Key: u.key, Miner: e.id})
		if m.free == 0 {
			q.pop()
		} else {
			q.h[0].key = entryKey(m.rank, m.free)
			q.down(0)
		}
		placed = true
		break
	}
	for _, e := range p.aside {
		q.push(e)
	}
	return placed
}

// queueFor builds the queue of miners whose slots fit r and who run its
// executor; units of equal Res share it.
func (p *plan) queueFor(r Resources) *queue {
	if q, ok := p.shape[r]; ok {
		return q
	}
	q := &queue{h: make([]entry, 0, len(p.miners))}
	for i := range p.miners {
		m := &p.miners[i]
		if m.free > 0 && fitsShape(m.m.Slot, r) && runs(m.m.Executors, r.Executor) {
			q.h = append(q.h, entry{key: entryKey(m.rank, m.free), id: m.m.ID, idx: int32(i)})
		}
	}
	q.init()
	p.shape[r] = q
	return q
}

// exclSetMin is the exclusion list length above which a set beats a scan.
const exclSetMin = 16

func (u *unit) excluded(id MinerID) bool {
	for _, x := range u.placed {
		if x == id {
			return true
		}
	}
	if len(u.exclude) < exclSetMin {
		for _, x := range u.exclude {
			if x == id {
				return true
			}
		}
		return false
	}
	if u.exclSet == nil {
		u.exclSet = make(map[MinerID]struct{}, len(u.exclude))
		for _, x := range u.exclude {
			u.exclSet[x] = struct{}{}
		}
	}
	_, ok := u.exclSet[id]
	return ok
}

// The queue is a 4-ary heap: a placement sifts its miner down, and a wider,
// shallower heap does that in fewer cache misses than a binary one.
const arity = 4

func (q *queue) init() {
	for i := (len(q.h) - 2) / arity; i >= 0; i-- {
		q.down(i)
	}
}

func (q *queue) push(e entry) {
	q.h = append(q.h, e)
	i := len(q.h) - 1
	for i > 0 {
		parent := (i - 1) / arity
		if !q.h[i].before(q.h[parent]) {
			break
		}
		q.h[i], q.h[parent] = q.h[parent], q.h[i]
		i = parent
	}
}

func (q *queue) pop() entry {
	top := q.h[0]
	last := len(q.h) - 1
	q.h[0] = q.h[last]
	q.h = q.h[:last]
	if last > 0 {
		q.down(0)
	}
	return top
}

func (q *queue) down(i int) {
	n := len(q.h)
	for {
		first := arity*i + 1
		if first >= n {
			return
		}
		best := first
		for c := first + 1; c < first+arity && c < n; c++ {
			if q.h[c].before(q.h[best]) {
				best = c
			}
		}
		if !q.h[best].before(q.h[i]) {
			return
		}
		q.h[i], q.h[best] = q.h[best], q.h[i]
		i = best
	}
}

// askWords returns a non-negative ask of at most 128 bits as (high, low)
// words; ok is false for any other.
func askWords(a *big.Int) (w askKey, ok bool) {
	if a == nil {
		return w, true
	}
	if a.Sign() < 0 || a.BitLen() > 128 {
		return w, false
	}
	if a.IsUint64() {
		return askKey{0, a.Uint64()}, true
	}
	var buf [16]byte
	a.FillBytes(buf[:])
	return askKey{binary.BigEndian.Uint64(buf[:8]), binary.BigEndian.Uint64(buf[8:])}, true
}
