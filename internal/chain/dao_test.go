package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/bind/dao"
	"github.com/sonm-io/sonm/internal/chain/bind/timelock"
)

func TestDAO(t *testing.T) {
	w := newWorld(t)
	ctx, c := w.ctx, w.c
	voter1, voter2, voter3 := w.a("voter1"), w.a("voter2"), w.a("voter3")

	state := func(w *world, id *big.Int) chain.ProposalState {
		w.t.Helper()
		s, err := c.ProposalState(ctx, id)
		w.must(err)
		return s
	}
	wantProposal := func(w *world, id *big.Int, want chain.ProposalState) {
		w.t.Helper()
		if got := state(w, id); got != want {
			w.t.Fatalf("proposal state: got %s, want %s", got, want)
		}
	}
	// to moves the chain's clock to unix time t.
	to := func(w *world, t uint64) {
		w.t.Helper()
		if now := uint64(w.now().Unix()); now < t {
			w.jump(time.Duration(t-now) * time.Second)
		}
	}

	t.Run("trust by a vote, step by step", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub1", "trusted")
		id, err := c.Propose(ctx, voter3.Opts, []chain.Action{c.ActionTrust(wal)}, "trust hub1")
		w.must(err)
		wantProposal(w, id, chain.ProposalPending)
		_, err = c.Vote(ctx, voter1.Opts, id, chain.VoteFor)
		wantRefused(t, err, chain.ErrWrongState, "the proposal is Pending")
		start, end, err := c.VotingTimes(ctx, id)
		w.must(err)
		if got := time.Duration(end-start) * time.Second; got != w.p.VotingPeriod {
			t.Errorf("voting period: got %s, want %s", got, w.p.VotingPeriod)
		}
		to(w, start+1)
		wantProposal(w, id, chain.ProposalActive)
		_, err = c.Vote(ctx, voter1.Opts, id, chain.VoteFor)
		w.must(err)
		_, err = c.Vote(ctx, voter1.Opts, id, chain.VoteFor)
		wantRefused(t, err, chain.ErrAlreadyExists, "has already voted")
		_, err = c.Vote(ctx, voter2.Opts, id, chain.VoteFor)
		w.must(err)
		_, err = c.Queue(ctx, voter1.Opts, id)
		wantRefused(t, err, chain.ErrWrongState, "the proposal is Active")
		to(w, end+1)
		wantProposal(w, id, chain.ProposalSucceeded)
		_, err = c.Vote(ctx, voter3.Opts, id, chain.VoteFor)
		wantRefused(t, err, chain.ErrWrongState, "the proposal is Succeeded")
		_, err = c.Execute(ctx, voter1.Opts, id)
		wantRefused(t, err, chain.ErrWrongState, "the proposal is Succeeded")
		_, err = c.Queue(ctx, voter1.Opts, id)
		w.must(err)
		wantProposal(w, id, chain.ProposalQueued)
		_, err = c.Execute(ctx, voter1.Opts, id)
		wantRefused(t, err, chain.ErrTooEarly, "the timelock has not released this operation yet", "wait for the timelock delay")
		if h := w.hub(wal); h.Status != chain.HubUnconfirmed {
			t.Errorf("status before execution: got %s, want %s", h.Status, chain.HubUnconfirmed)
		}
		eta, err := c.ProposalEta(ctx, id)
		w.must(err)
		to(w, eta)
		_, err = c.Execute(ctx, w.a("stranger").Opts, id) // anyone may execute
		w.must(err)
		wantProposal(w, id, chain.ProposalExecuted)
		if h := w.hub(wal); h.Status != chain.HubTrusted {
			t.Errorf("status: got %s, want %s", h.Status, chain.HubTrusted)
		}
		_, err = c.Execute(ctx, voter1.Opts, id)
		wantRefused(t, err, chain.ErrWrongState, "the proposal is Executed")
	})

	t.Run("defeated proposals change nothing", func(t *testing.T) {
		cases := []struct {
			name  string
			votes map[string]uint8
		}{
			{"no quorum", map[string]uint8{"voter3": chain.VoteFor}},
			{"no votes", nil},
			{"tie", map[string]uint8{"voter1": chain.VoteFor, "voter2": chain.VoteAgainst}},
			{"majority against", map[string]uint8{"voter1": chain.VoteAgainst, "voter3": chain.VoteFor}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				w := w.with(t)
				wal := w.registeredWallet("hub2", tc.name, big.NewInt(2e18))
				id, err := c.Propose(ctx, voter3.Opts, []chain.Action{c.ActionSuspect(wal)}, "suspect hub2: "+tc.name)
				w.must(err)
				start, end, err := c.VotingTimes(ctx, id)
				w.must(err)
				to(w, start+1)
				for voter, support := range tc.votes {
					_, err := c.Vote(ctx, w.a(voter).Opts, id, support)
					w.must(err)
				}
				to(w, end+1)
				wantProposal(w, id, chain.ProposalDefeated)
				_, err = c.Queue(ctx, voter1.Opts, id)
				wantRefused(t, err, chain.ErrWrongState, "the proposal is Defeated")
				_, err = c.Execute(ctx, voter1.Opts, id)
				wantRefused(t, err, chain.ErrWrongState, "the proposal is Defeated")
				wantState(t, w.status(wal), chain.WalletRegistered)
			})
		}
	})

	t.Run("the timelock and the governor refuse everyone else", func(t *testing.T) {
		w := w.with(t)
		wal := w.registeredWallet("hub3", "guarded", big.NewInt(2e18))
		tl := timelock.NewSonmTimelock()
		suspect := c.ActionSuspect(wal)
		schedule := chain.Action{Target: c.Deployment().Timelock,
			Data: tl.PackSchedule(suspect.Target, new(big.Int), suspect.Data, [32]byte{}, [32]byte{}, big.NewInt(int64(w.p.TimelockDelay/time.Second)))}
		for _, who := range []string{"hub3", "voter1", "deployer"} {
			err := w.direct(who, "schedule on the timelock", schedule)
			wantRefused(t, err, chain.ErrNotAllowed, "AccessControlUnauthorizedAccount", w.a(who).Addr.Hex())
		}
		execute := chain.Action{Target: c.Deployment().Timelock, Data: tl.PackExecute(suspect.Target, new(big.Int), suspect.Data, [32]byte{}, [32]byte{})}
		err := w.direct("stranger", "execute on the timelock", execute)
		wantRefused(t, err, chain.ErrTooEarly, "the timelock has not released this operation yet")
		gov := dao.NewSonmDAO()
		err = w.direct("voter1", "change the voting period", chain.Action{Target: c.Deployment().Governor, Data: gov.PackSetVotingPeriod(1)})
		wantRefused(t, err, chain.ErrNotAllowed, "GovernorOnlyExecutor", voter1.Addr.Hex())
		wantState(t, w.status(wal), chain.WalletRegistered)
	})
}
