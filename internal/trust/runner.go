package trust

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sonm-io/sonm/internal/p2p"
	"github.com/sonm-io/sonm/internal/safepack"
	"github.com/vmihailenco/msgpack/v5"
)

// WhitelistReader reads the Whitelist contract. It returns ErrNotListed for
// an unknown wallet.
type WhitelistReader interface {
	HubRecord(ctx context.Context, wallet common.Address) (WhitelistRecord, error)
}

// WalletReader reads a HubWallet's balances.
type WalletReader interface {
	WalletFunds(ctx context.Context, wallet common.Address) (Funds, error)
}

// PayoutReader reads a HubWallet's payouts (Approval events to miners) since
// a time.
type PayoutReader interface {
	Payouts(ctx context.Context, wallet common.Address, since time.Time) ([]Payout, error)
}

// Chain is the read-only view of the chain the agent needs.
type Chain interface {
	WhitelistReader
	WalletReader
	PayoutReader
}

// Bus is the part of the p2p node the runner uses.
type Bus interface {
	Publish(ctx context.Context, topic string, payload []byte) error
	Subscribe(topic string) (*p2p.Subscription, error)
	Address() common.Address
}

var _ Bus = (*p2p.Node)(nil)

// minerMsg is a batch of questions or of answers on the miners topic; one
// message covers many hubs so that a miner stays within its publish rate.
type minerMsg struct {
	Kind    string           `msgpack:"k"` // "q" or "a"
	Hubs    []common.Address `msgpack:"h,omitempty"`
	Answers []answerMsg      `msgpack:"a,omitempty"`
}

type answerMsg struct {
	Hub     common.Address `msgpack:"h"`
	Verdict string         `msgpack:"v"`
	Reason  string         `msgpack:"r,omitempty"`
}

const maxBatch = 100

// RunnerConfig times the runner's work.
type RunnerConfig struct {
	ChainRefresh  time.Duration // how often a hub's chain facts are read again
	AskEvery      time.Duration // how often hubs still short of confirmations are asked about
	PayoutHistory time.Duration // how far back payouts are read
}

// DefaultRunnerConfig suits a real miner.
func DefaultRunnerConfig() RunnerConfig {
	return RunnerConfig{ChainRefresh: time.Minute, AskEvery: 10 * time.Second, PayoutHistory: 30 * 24 * time.Hour}
}

// Runner feeds an Agent from the bus and the chain, answers other miners and
// saves the hubs list. The chain and the store may be nil.
type Runner struct {
	cfg   RunnerConfig
	bus   Bus
	chain Chain
	store *FileStore
	now   func() time.Time
	log   *slog.Logger

	mu        sync.Mutex
	agent     *Agent
	refreshed map[common.Address]time.Time
	asked     map[common.Address]time.Time
	answered  map[common.Address]time.Time
}

// NewRunner wires an agent to its inputs; it does no I/O.
func NewRunner(cfg RunnerConfig, agent *Agent, bus Bus, chain Chain, store *FileStore, now func() time.Time, log *slog.Logger) (*Runner, error) {
	if agent == nil || bus == nil || now == nil {
		return nil, errors.New("trust runner needs an agent, a bus and a clock")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Runner{cfg: cfg, agent: agent, bus: bus, chain: chain, store: store, now: now, log: log,
		refreshed: map[common.Address]time.Time{}, asked: map[common.Address]time.Time{}, answered: map[common.Address]time.Time{}}, nil
}

// Load restores the saved hubs list, if there is a store.
func (r *Runner) Load() error {
	if r.store == nil {
		return nil
	}
	hubs, err := r.store.Load()
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.agent.Restore(hubs)
	r.mu.Unlock()
	return nil
}

// Hubs returns what the agent knows now.
func (r *Runner) Hubs() []Hub {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.agent.Hubs()
}

// Do runs f on the agent under the runner's lock (to record expected
// payouts, for instance).
func (r *Runner) Do(f func(a *Agent)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(r.agent)
}

// Run listens until ctx ends, then saves the hubs list.
func (r *Runner) Run(ctx context.Context) error {
	hubs, err := r.bus.Subscribe(p2p.TopicHubs)
	if err != nil {
		return err
	}
	defer hubs.Cancel()
	miners, err := r.bus.Subscribe(p2p.TopicMiners)
	if err != nil {
		return err
	}
	defer miners.Cancel()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); r.loop(ctx, hubs, r.onHubs) }()
	go func() { defer wg.Done(); r.loop(ctx, miners, r.onMiners) }()
	tick := time.NewTicker(max(r.cfg.AskEvery/4, 50*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			wg.Wait()
			return r.save()
		case <-tick.C:
			r.tick(ctx)
		}
	}
}

func (r *Runner) loop(ctx context.Context, s *p2p.Subscription, f func(context.Context, p2p.Message)) {
	for {
		m, err := s.Next(ctx)
		if err != nil {
			return
		}
		if !m.Local {
			f(ctx, m)
		}
	}
}

func (r *Runner) onHubs(ctx context.Context, m p2p.Message) {
	ann, err := DecodeAnnouncement(m.Payload)
	if err != nil {
		r.log.Debug("undecodable announcement", "peer", m.FromPeer, "err", err)
		return
	}
	r.mu.Lock()
	key := r.agent.Announce(r.now(), ann)
	h, ok := r.agent.hubs[key]
	needChain := ok && h.Status != Refused && r.chain != nil && r.now().Sub(r.refreshed[ann.Wallet]) > r.cfg.ChainRefresh
	if needChain {
		r.refreshed[ann.Wallet] = r.now()
	}
	r.mu.Unlock()
	if needChain {
		r.readChain(ctx, ann.Wallet)
	}
}

func (r *Runner) readChain(ctx context.Context, wallet common.Address) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var f ChainFacts
	rec, err := r.chain.HubRecord(ctx, wallet)
	switch {
	case errors.Is(err, ErrNotListed):
	case err != nil:
		r.log.Warn("whitelist read failed", "hub", wallet, "err", err)
		return
	default:
		f.Listed, f.Record = true, rec
	}
	if f.Funds, err = r.chain.WalletFunds(ctx, wallet); err != nil {
		r.log.Warn("wallet read failed", "hub", wallet, "err", err)
		return
	}
	if f.Payouts, err = r.chain.Payouts(ctx, wallet, r.now().Add(-r.cfg.PayoutHistory)); err != nil {
		r.log.Warn("payout history read failed", "hub", wallet, "err", err)
		return
	}
	r.mu.Lock()
	r.agent.Chain(r.now(), wallet, f)
	r.mu.Unlock()
}

func (r *Runner) onMiners(ctx context.Context, m p2p.Message) {
	var q minerMsg
	if err := safepack.Unmarshal(m.Payload, &q); err != nil {
		return
	}
	switch q.Kind {
	case "q":
		if len(q.Hubs) <= maxBatch {
			r.answer(ctx, q.Hubs)
		}
	case "a":
		if len(q.Answers) > maxBatch {
			return
		}
		r.mu.Lock()
		for _, a := range q.Answers {
			// The voter is the envelope's signer, not anything in the payload.
			r.agent.Vote(r.now(), a.Hub, Vote{Voter: m.From, Verdict: a.Verdict, Reason: a.Reason})
		}
		r.mu.Unlock()
	}
}

func (r *Runner) tick(ctx context.Context) {
	now := r.now()
	var ask, refresh []common.Address
	r.mu.Lock()
	r.agent.Tick(now)
	for _, h := range r.agent.hubs {
		if strings.HasPrefix(h.Key, "forged:") {
			continue
		}
		w := h.Announcement.Wallet
		if h.Status == NotConfirmed && now.Sub(r.asked[w]) >= r.cfg.AskEvery {
			r.asked[w] = now
			ask = append(ask, w)
		}
		if r.chain != nil && h.Chain != nil && now.Sub(r.refreshed[w]) > r.cfg.ChainRefresh {
			r.refreshed[w] = now
			refresh = append(refresh, w)
		}
	}
	r.mu.Unlock()
	for len(ask) > 0 {
		n := min(len(ask), maxBatch)
		r.publish(ctx, minerMsg{Kind: "q", Hubs: ask[:n]})
		// Answering is also how this miner shares what it knows.
		r.answer(ctx, ask[:n])
		ask = ask[n:]
	}
	for _, w := range refresh {
		r.readChain(ctx, w)
	}
}

// answer publishes this miner's opinion of the hubs it has one of, each at
// most once per half AskEvery: an answer is gossiped to everyone, so one
// serves all askers.
func (r *Runner) answer(ctx context.Context, hubs []common.Address) {
	now := r.now()
	var out []answerMsg
	r.mu.Lock()
	for _, w := range hubs {
		v, ok := r.agent.Answer(w)
		if !ok || now.Sub(r.answered[w]) < r.cfg.AskEvery/2 {
			continue
		}
		r.answered[w] = now
		out = append(out, answerMsg{Hub: w, Verdict: v.Verdict, Reason: v.Reason})
	}
	r.mu.Unlock()
	if len(out) > 0 {
		r.publish(ctx, minerMsg{Kind: "a", Answers: out})
	}
}

func (r *Runner) publish(ctx context.Context, m minerMsg) {
	b, err := msgpack.Marshal(m)
	if err != nil {
		return
	}
	if err := r.bus.Publish(ctx, p2p.TopicMiners, b); err != nil && ctx.Err() == nil {
		r.log.Debug("publish on miners topic failed", "err", err)
	}
}

func (r *Runner) save() error {
	if r.store == nil {
		return nil
	}
	if err := r.store.Save(r.Hubs()); err != nil {
		return fmt.Errorf("save hubs: %w", err)
	}
	return nil
}

// Save writes the hubs list now.
func (r *Runner) Save() error { return r.save() }

// Announce publishes a signed announcement on the hubs topic every interval
// until ctx ends. sent is called after each successful publication.
func Announce(ctx context.Context, bus Bus, ann Announcement, every time.Duration, sent func(n int)) error {
	b, err := ann.Encode()
	if err != nil {
		return err
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for n := 1; ; n++ {
		if err := bus.Publish(ctx, p2p.TopicHubs, b); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("announce: %w", err)
		}
		if sent != nil {
			sent(n)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
