package chain_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/bind/whitelist"
	"github.com/sonm-io/sonm/internal/snm"
)

func TestWhitelist(t *testing.T) {
	w := newWorld(t)
	ctx, c := w.ctx, w.c
	wl := whitelist.NewWhitelist()
	list := c.Deployment().Whitelist
	hub := w.a("hub1")

	t.Run("listed unconfirmed at creation, stamped at registration", func(t *testing.T) {
		w := w.with(t)
		before := w.now()
		wal := w.newWallet("hub1", "stamped")
		h := w.hub(wal)
		if h.Status != chain.HubUnconfirmed || h.Owner != hub.Addr || h.Wallet != wal || h.Name != "stamped" || h.Endpoint != "127.0.0.1:4001" {
			t.Errorf("record: got %+v, want unconfirmed, owner %s, wallet %s, name stamped", h, hub.Addr, wal)
		}
		if h.ListedAt.Before(before) {
			t.Errorf("listed at: got %s, want not before %s", h.ListedAt, before)
		}
		if !h.RegisteredAt.IsZero() {
			t.Errorf("registered at before registration: got %s, want zero", h.RegisteredAt)
		}
		_, err := c.Deposit(ctx, hub.Opts, wal, snm.Wei(2))
		w.must(err)
		_, err = c.Register(ctx, hub.Opts, wal)
		w.must(err)
		first := w.hub(wal).RegisteredAt
		if want := w.status(wal).RegisteredAt; !first.Equal(want) || first.IsZero() {
			t.Errorf("registered at: got %s, want %s", first, want)
		}
		// A new period after PayDay stamps a new time.
		w.jump(w.p.PayoutPeriod + time.Minute)
		_, err = c.PayDay(ctx, hub.Opts, wal)
		w.must(err)
		_, err = c.Register(ctx, hub.Opts, wal)
		w.must(err)
		second := w.hub(wal).RegisteredAt
		if !second.After(first.Add(w.p.PayoutPeriod)) {
			t.Errorf("registered at after a second registration: got %s, want after %s", second, first.Add(w.p.PayoutPeriod))
		}
		if h := w.hub(wal); h.Status != chain.HubUnconfirmed {
			t.Errorf("status after registration: got %s, want %s", h.Status, chain.HubUnconfirmed)
		}
	})

	t.Run("only the owner changes endpoint and name", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub1", "renamed")
		_, err := c.SetEndpoint(ctx, hub.Opts, wal, "/ip4/127.0.0.1/tcp/5001")
		w.must(err)
		_, err = c.SetName(ctx, hub.Opts, wal, "new name")
		w.must(err)
		if h := w.hub(wal); h.Endpoint != "/ip4/127.0.0.1/tcp/5001" || h.Name != "new name" {
			t.Errorf("record: got endpoint %q name %q, want %q %q", h.Endpoint, h.Name, "/ip4/127.0.0.1/tcp/5001", "new name")
		}
		for _, who := range []string{"stranger", "hub2"} {
			_, err = c.SetEndpoint(ctx, w.a(who).Opts, wal, "evil:1")
			wantRefused(t, err, chain.ErrNotAllowed, "does not own hub", w.a(who).Addr.Hex())
			_, err = c.SetName(ctx, w.a(who).Opts, wal, "evil")
			wantRefused(t, err, chain.ErrNotAllowed, "does not own hub")
		}
		if h := w.hub(wal); h.Endpoint != "/ip4/127.0.0.1/tcp/5001" || h.Name != "new name" {
			t.Errorf("record after refused changes: got endpoint %q name %q, want the owner's", h.Endpoint, h.Name)
		}
		unknown := common.HexToAddress("0x00000000000000000000000000000000000000aa")
		_, err = c.SetName(ctx, hub.Opts, unknown, "x")
		wantRefused(t, err, chain.ErrUnknown, "does not exist")
		_, err = c.Hub(ctx, unknown)
		wantRefused(t, err, chain.ErrUnknown, "does not exist")
	})

	t.Run("only the factory lists, only wallets stamp", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub1", "guarded")
		err := w.direct("stranger", "list hub", chain.Action{Target: list, Data: wl.PackList(common.Address{7}, w.a("stranger").Addr, "x:1", "fake")})
		wantRefused(t, err, chain.ErrNotAllowed, "NotFactory")
		err = w.direct("hub1", "stamp registration", chain.Action{Target: list, Data: wl.PackOnRegistered()})
		wantRefused(t, err, chain.ErrNotAllowed, "NotListedWallet")
		err = w.direct("hub1", "blacklist", chain.Action{Target: list, Data: wl.PackOnBanned()})
		wantRefused(t, err, chain.ErrNotAllowed, "NotListedWallet")
		err = w.direct("deployer", "set factory", chain.Action{Target: list, Data: wl.PackSetFactory(common.Address{7})})
		wantRefused(t, err, chain.ErrAlreadyExists, "FactoryAlreadySet")
		err = w.direct("stranger", "set factory", chain.Action{Target: list, Data: wl.PackSetFactory(common.Address{7})})
		wantRefused(t, err, chain.ErrNotAllowed, "NotDeployer")
		if h := w.hub(wal); h.Status != chain.HubUnconfirmed {
			t.Errorf("status: got %s, want %s", h.Status, chain.HubUnconfirmed)
		}
	})

	t.Run("only the DAO sets the status", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub2", "judged")
		for _, who := range []string{"hub2", "stranger", "deployer"} {
			err := w.direct(who, "trust hub", c.ActionTrust(wal))
			wantRefused(t, err, chain.ErrNotAllowed, "only the DAO may do this", "sonm dao propose")
		}
		w.must(w.pass("trust", c.ActionTrust(wal)))
		if h := w.hub(wal); h.Status != chain.HubTrusted {
			t.Errorf("status: got %s, want %s", h.Status, chain.HubTrusted)
		}
		w.must(w.pass("blacklist", c.ActionBlacklist(wal)))
		if h := w.hub(wal); h.Status != chain.HubBlacklisted {
			t.Errorf("status: got %s, want %s", h.Status, chain.HubBlacklisted)
		}
		err := w.pass("status none", chain.Action{Target: list, Data: c.PackSetHubStatus(wal, chain.HubNone)})
		wantRefused(t, err, chain.ErrBadInput, "InvalidStatus")
	})

	t.Run("rating stakes", func(t *testing.T) {
		w := w.with(t)
		wal := w.newWallet("hub3", "rated")
		voter, stranger := w.a("voter3"), w.a("stranger")
		voterStart := w.balance(voter.Addr)
		idFor, err := c.Rate(ctx, voter.Opts, wal, true, snm.Wei(10))
		w.must(err)
		idAgainst, err := c.Rate(ctx, stranger.Opts, wal, false, snm.Wei(4))
		w.must(err)
		h := w.hub(wal)
		wantBig(t, "stake for", h.StakeFor, snm.Wei(10))
		wantBig(t, "stake against", h.StakeAgainst, snm.Wei(4))
		wantBig(t, "staker's balance", w.balance(voter.Addr), sub(voterStart, snm.Wei(10)))
		s, err := c.StakeAt(ctx, idFor)
		w.must(err)
		if s.Staker != voter.Addr || s.Wallet != wal || !s.Support || s.Withdrawn {
			t.Errorf("stake: got %+v, want voter3's support of %s", s, wal)
		}

		_, err = c.Rate(ctx, voter.Opts, wal, true, new(big.Int))
		wantRefused(t, err, chain.ErrBadInput, "more than zero")
		_, err = c.Rate(ctx, voter.Opts, common.Address{9}, true, snm.One())
		wantRefused(t, err, chain.ErrUnknown, "does not exist")
		_, err = c.Unstake(ctx, voter.Opts, idFor)
		wantRefused(t, err, chain.ErrTooEarly, fmt.Sprintf("stake %d is locked until", idFor))
		_, err = c.Unstake(ctx, stranger.Opts, idFor)
		wantRefused(t, err, chain.ErrNotAllowed, fmt.Sprintf("did not make stake %d", idFor))
		_, err = c.Unstake(ctx, voter.Opts, 1_000_000)
		wantRefused(t, err, chain.ErrUnknown, "does not exist")

		w.jump(w.p.StakeLockPeriod + time.Minute)
		_, err = c.Unstake(ctx, stranger.Opts, idFor)
		wantRefused(t, err, chain.ErrNotAllowed, "did not make stake")
		_, err = c.Unstake(ctx, voter.Opts, idFor)
		w.must(err)
		wantBig(t, "staker's balance after unstaking", w.balance(voter.Addr), voterStart)
		_, err = c.Unstake(ctx, voter.Opts, idFor)
		wantRefused(t, err, chain.ErrWrongState, "was already withdrawn")
		wantBig(t, "staker's balance after a second unstake", w.balance(voter.Addr), voterStart)
		h = w.hub(wal)
		wantBig(t, "stake for after unstaking", h.StakeFor, new(big.Int))
		wantBig(t, "stake against", h.StakeAgainst, snm.Wei(4))
		s, err = c.StakeAt(ctx, idFor)
		w.must(err)
		if !s.Withdrawn {
			t.Errorf("withdrawn: got false, want true")
		}
		_, err = c.Unstake(ctx, stranger.Opts, idAgainst)
		w.must(err)
		wantBig(t, "stake against after unstaking", w.hub(wal).StakeAgainst, new(big.Int))
	})

	t.Run("pagination", func(t *testing.T) {
		w := w.with(t)
		for i := range 5 {
			w.newWallet("hub2", fmt.Sprintf("page-%d", i))
		}
		all, err := c.Hubs(ctx)
		w.must(err)
		count, err := w.net.Backend.CallContract(ctx, ethereum.CallMsg{To: &list, Data: wl.PackCount()}, nil)
		w.must(err)
		n, err := wl.UnpackCount(count)
		w.must(err)
		if int64(len(all)) != n.Int64() || len(all) < 5 {
			t.Fatalf("hubs: got %d, want count() = %s and at least 5", len(all), n)
		}
		page := func(offset, limit *big.Int) []whitelist.WhitelistHub {
			out, err := w.net.Backend.CallContract(ctx, ethereum.CallMsg{To: &list, Data: wl.PackHubs(offset, limit)}, nil)
			w.must(err)
			hs, err := wl.UnpackHubs(out)
			w.must(err)
			return hs
		}
		for _, size := range []int{1, 2, 3, len(all), len(all) + 1} {
			t.Run(fmt.Sprint("page size ", size), func(t *testing.T) {
				var got []common.Address
				for off := 0; off <= len(all); off += size {
					p := page(big.NewInt(int64(off)), big.NewInt(int64(size)))
					if want := min(size, len(all)-off); len(p) != want {
						t.Fatalf("page at %d: got %d records, want %d", off, len(p), want)
					}
					for _, h := range p {
						got = append(got, h.Wallet)
					}
				}
				if len(got) != len(all) {
					t.Fatalf("records over all pages: got %d, want %d", len(got), len(all))
				}
				for i := range all {
					if got[i] != all[i].Wallet {
						t.Fatalf("record %d: got %s, want %s", i, got[i], all[i].Wallet)
					}
				}
			})
		}
		t.Run("limit so large that offset+limit overflows", func(t *testing.T) {
			// offset+limit must not overflow: a huge limit means "the rest".
			w := w.with(t)
			maxLimit := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			out, err := w.net.Backend.CallContract(ctx, ethereum.CallMsg{To: &list, Data: wl.PackHubs(big.NewInt(1), maxLimit)}, nil)
			if err != nil {
				t.Fatalf("hubs(1, 2^256-1): got error %v, want the records from offset 1", err)
			}
			hs, err := wl.UnpackHubs(out)
			w.must(err)
			if len(hs) != len(all)-1 {
				t.Errorf("hubs(1, 2^256-1): got %d records, want %d", len(hs), len(all)-1)
			}
		})
		if got := page(big.NewInt(int64(len(all)+10)), big.NewInt(5)); len(got) != 0 {
			t.Errorf("offset past the end: got %d records, want 0", len(got))
		}
		if last := all[len(all)-1]; last.Name != "page-4" {
			t.Errorf("last listed: got %q, want %q", last.Name, "page-4")
		}
	})
}
