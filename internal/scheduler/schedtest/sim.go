package schedtest

import (
	"cmp"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/sonm-io/sonm/internal/scheduler"
)

// Config describes a simulated hub.
type Config struct {
	Seed         uint64
	Miners       int                   // miners at tick 0
	Slots        int                   // free slots of a miner with nothing running
	Shapes       []scheduler.Resources // slot shapes, drawn per miner; empty: 4 cores, 8 GiB
	Asks         []int64               // asks in wei, drawn per miner; empty: nil asks
	JoinPercent  int                   // chance per tick that a miner joins
	LeavePercent int                   // chance per tick per miner that it leaves, losing its replicas
	FailPercent  int                   // chance that a replica fails instead of finishing
	MaxDuration  int                   // replicas run 1..MaxDuration ticks (at least 1)
	Tasks        []Task                // in order of At
}

// Task is work the simulated clients submit.
type Task struct {
	At       int // tick it arrives
	Units    int
	Replicas int // finished replicas each unit needs
	Res      scheduler.Resources
	Pay      *big.Int
}

// TaskStats is what became of one task.
type TaskStats struct {
	FirstPlaced, LastPlaced int // ticks of its first and latest placement; -1 if none
	Placed                  int // replicas placed
	Done                    int // units with all their replicas finished
	DoneAt                  int // tick by which the last unit finished; -1 while not all have
}

// Sim is a deterministic simulated hub: it implements scheduler.State, and
// Step plans, checks the plan, applies it and advances time by one tick.
type Sim struct {
	cfg    Config
	rng    *rand.Rand
	now    int
	nextID scheduler.MinerID
	miners []*simMiner // alive, by ascending ID
	tasks  []*simTask  // arrived, in order of arrival
	trace  strings.Builder
}

type simMiner struct {
	m       scheduler.Miner
	running []*replica
}

type simTask struct {
	id    uint64
	spec  Task
	units []simUnit
	stats TaskStats
}

type simUnit struct {
	done    int
	running int
	held    []scheduler.MinerID // every miner that got a replica: excluded from now on
}

type replica struct {
	task *simTask
	unit int
	end  int
}

// NewSim starts a simulation at tick 0.
func NewSim(cfg Config) *Sim {
	if cfg.MaxDuration < 1 {
		cfg.MaxDuration = 1
	}
	if len(cfg.Shapes) == 0 {
		cfg.Shapes = []scheduler.Resources{{Cores: 4, MemoryBytes: 8 << 30}}
	}
	s := &Sim{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x51e))}
	for i := 0; i < cfg.Miners; i++ {
		s.join()
	}
	s.arrive()
	return s
}

// Now is the current tick.
func (s *Sim) Now() int { return s.now }

// Trace is what happened, for golden files: a line per Step with its tick,
// the placements made, then what happened while time advanced to the next
// tick (replicas failing, tasks done, miners leaving and joining).
func (s *Sim) Trace() string { return s.trace.String() }

// Stats returns what became of each task so far, in the order of Config.Tasks.
func (s *Sim) Stats() []TaskStats {
	out := make([]TaskStats, len(s.cfg.Tasks))
	for i := range out {
		out[i] = TaskStats{FirstPlaced: -1, LastPlaced: -1, DoneAt: -1}
	}
	for _, t := range s.tasks {
		out[t.id-1] = t.stats
	}
	return out
}

// Done reports whether every task has arrived and finished.
func (s *Sim) Done() bool {
	if len(s.tasks) < len(s.cfg.Tasks) {
		return false
	}
	for _, t := range s.tasks {
		if t.stats.DoneAt < 0 {
			return false
		}
	}
	return true
}

// Miners implements scheduler.State.
func (s *Sim) Miners() []scheduler.Miner {
	out := make([]scheduler.Miner, len(s.miners))
	for i, m := range s.miners {
		out[i] = m.m
		out[i].Free = s.cfg.Slots - len(m.running)
	}
	return out
}

// Needs implements scheduler.State: the replicas each unfinished unit still
// wants, excluding every miner that ever held one of its replicas.
func (s *Sim) Needs() []scheduler.Need {
	var out []scheduler.Need
	for _, t := range s.tasks {
		for i := range t.units {
			u := &t.units[i]
			if want := t.spec.Replicas - u.done - u.running; want > 0 {
				out = append(out, scheduler.Need{
					Key:      scheduler.UnitKey{Task: t.id, Unit: i},
					Replicas: want,
					Res:      t.spec.Res,
					Exclude:  slices.Clone(u.held),
					PayWei:   t.spec.Pay,
				})
			}
		}
	}
	return out
}

// Step runs one round: plan, check the plan against the rules, apply it, and
// advance one tick (replicas finish or fail, miners leave and join). It
// returns the plan, or an error if the plan broke a rule.
func (s *Sim) Step(p scheduler.Planner) ([]scheduler.Placement, error) {
	miners, needs := s.Miners(), s.Needs()
	plan := p.Plan(s)
	if err := Check(miners, needs, plan); err != nil {
		return plan, fmt.Errorf("tick %d: %w", s.now, err)
	}
	fmt.Fprintf(&s.trace, "t=%d", s.now)
	if len(plan) > 0 {
		fmt.Fprintf(&s.trace, " place")
	}
	for _, pl := range plan {
		fmt.Fprintf(&s.trace, " %d/%d@%d", pl.Key.Task, pl.Key.Unit, pl.Miner)
		s.apply(pl)
	}
	s.advance()
	s.trace.WriteByte('\n')
	return plan, nil
}

// Run steps until every task is done or maxTicks have passed.
func (s *Sim) Run(p scheduler.Planner, maxTicks int) error {
	for s.now < maxTicks && !s.Done() {
		if _, err := s.Step(p); err != nil {
			return err
		}
	}
	return nil
}

func (s *Sim) apply(pl scheduler.Placement) {
	t := s.tasks[pl.Key.Task-1]
	i, ok := slices.BinarySearchFunc(s.miners, pl.Miner, func(m *simMiner, id scheduler.MinerID) int {
		return cmp.Compare(m.m.ID, id)
	})
	if !ok {
		panic(fmt.Sprintf("placement %v on unknown miner passed Check", pl))
	}
	u := &t.units[pl.Key.Unit]
	u.running++
	u.held = append(u.held, pl.Miner)
	s.miners[i].running = append(s.miners[i].running, &replica{task: t, unit: pl.Key.Unit, end: s.now + 1 + s.rng.IntN(s.cfg.MaxDuration)})
	if t.stats.FirstPlaced < 0 {
		t.stats.FirstPlaced = s.now
	}
	t.stats.LastPlaced = s.now
	t.stats.Placed++
}

func (s *Sim) advance() {
	s.now++
	for _, m := range s.miners {
		m.running = slices.DeleteFunc(m.running, func(r *replica) bool {
			if r.end > s.now {
				return false
			}
			u := &r.task.units[r.unit]
			u.running--
			if s.rng.IntN(100) < s.cfg.FailPercent {
				fmt.Fprintf(&s.trace, " fail %d/%d@%d", r.task.id, r.unit, m.m.ID)
				return true
			}
			u.done++
			if u.done == r.task.spec.Replicas {
				r.task.stats.Done++
				if r.task.stats.Done == len(r.task.units) {
					r.task.stats.DoneAt = s.now
					fmt.Fprintf(&s.trace, " done %d", r.task.id)
				}
			}
			return true
		})
	}
	s.miners = slices.DeleteFunc(s.miners, func(m *simMiner) bool {
		if s.rng.IntN(100) >= s.cfg.LeavePercent {
			return false
		}
		for _, r := range m.running {
			r.task.units[r.unit].running--
		}
		fmt.Fprintf(&s.trace, " leave %d(%d lost)", m.m.ID, len(m.running))
		return true
	})
	if s.rng.IntN(100) < s.cfg.JoinPercent {
		s.join()
		fmt.Fprintf(&s.trace, " join %d", s.nextID)
	}
	s.arrive()
}

func (s *Sim) join() {
	s.nextID++
	m := scheduler.Miner{
		ID:        s.nextID,
		Slot:      s.cfg.Shapes[s.rng.IntN(len(s.cfg.Shapes))],
		Executors: []string{"wasm", "docker"}[:1+s.rng.IntN(2)],
	}
	if len(s.cfg.Asks) > 0 {
		m.Ask = big.NewInt(s.cfg.Asks[s.rng.IntN(len(s.cfg.Asks))])
	}
	s.miners = append(s.miners, &simMiner{m: m})
}

// arrive adds the tasks due by now; task IDs are 1-based positions in
// Config.Tasks, tasks arrive in that order.
func (s *Sim) arrive() {
	for len(s.tasks) < len(s.cfg.Tasks) && s.cfg.Tasks[len(s.tasks)].At <= s.now {
		spec := s.cfg.Tasks[len(s.tasks)]
		s.tasks = append(s.tasks, &simTask{
			id:    uint64(len(s.tasks) + 1),
			spec:  spec,
			units: make([]simUnit, spec.Units),
			stats: TaskStats{FirstPlaced: -1, LastPlaced: -1, DoneAt: -1},
		})
		if spec.Units == 0 {
			s.tasks[len(s.tasks)-1].stats.DoneAt = s.now
		}
	}
}
