package trust

import (
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return ethcrypto.PubkeyToAddress(k.PublicKey) }

// world is one hub as the chain knows it.
type world struct {
	owner  *ecdsa.PrivateKey
	wallet common.Address
	ann    Announcement
	facts  ChainFacts
}

func honestWorld(t *testing.T) world {
	owner := newKey(t)
	wallet := addr(newKey(t))
	ann := Announcement{Name: "good-hub", Endpoints: []string{"hub.example:10001"}, Wallet: wallet,
		BuyerWei: tokens(2).String(), MinerWei: tokens(1).String()}
	if err := ann.Sign(owner); err != nil {
		t.Fatal(err)
	}
	return world{owner: owner, wallet: wallet, ann: ann, facts: ChainFacts{
		Listed: true,
		Record: WhitelistRecord{Owner: addr(owner), Wallet: wallet, Endpoint: "hub.example:10001", Name: "good-hub", Status: ListTrusted},
		Funds:  Funds{Balance: tokens(100), Frozen: tokens(1), Locked: tokens(5), Outstanding: tokens(4)},
	}}
}

func TestBadHubsRefusedWithReason(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	tests := []struct {
		name   string
		policy Policy
		spoil  func(t *testing.T, w *world)
		want   string // reason prefix
	}{
		{"forged announcement", OnlyWhitelisted, func(t *testing.T, w *world) {
			imposter := newKey(t)
			_ = w.ann.Sign(imposter)
			w.ann.Owner = addr(w.owner) // claims the real owner, signed by another key
		}, "forged announcement"},
		{"not in whitelist", OnlyWhitelisted, func(_ *testing.T, w *world) { w.facts.Listed = false }, "not in whitelist"},
		{"wallet of another owner", OnlyWhitelisted, func(t *testing.T, w *world) { w.facts.Record.Owner = addr(newKey(t)) }, "wallet mismatch"},
		{"endpoint mismatch", OnlyWhitelisted, func(_ *testing.T, w *world) { w.facts.Record.Endpoint = "evil.example:1" }, "endpoint mismatch"},
		{"blacklisted", AcceptAll, func(_ *testing.T, w *world) { w.facts.Record.Status = ListBlacklisted }, "blacklisted"},
		{"not trusted under trusted policy", OnlyTrusted, func(_ *testing.T, w *world) { w.facts.Record.Status = ListUnconfirmed }, "not trusted"},
		{"underfunded", OnlyWhitelisted, func(_ *testing.T, w *world) { w.facts.Funds.Outstanding = tokens(90) }, "underfunded: 4 SNM free, need 10 SNM"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := honestWorld(t)
			tc.spoil(t, &w)
			cfg := DefaultConfig()
			cfg.Policy = tc.policy
			a, err := NewAgent(cfg, addr(newKey(t)), true)
			if err != nil {
				t.Fatal(err)
			}
			a.Announce(t0, w.ann)
			a.Chain(t0, w.wallet, w.facts)
			for i := range 5 {
				a.Vote(t0, w.wallet, Vote{Voter: common.Address{byte(i + 1)}, Verdict: VerdictPaid})
			}
			hubs := a.Hubs()
			if len(hubs) != 1 {
				t.Fatalf("got %d hubs, want 1", len(hubs))
			}
			if h := hubs[0]; h.Status != Refused || !strings.HasPrefix(h.Reason, tc.want) {
				t.Fatalf("got %s (%s), want %s (%s...)", h.Status, h.Reason, Refused, tc.want)
			}
		})
	}
}

func TestForgeryDoesNotTaintRealHub(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	w := honestWorld(t)
	a, _ := NewAgent(DefaultConfig(), addr(newKey(t)), true)
	forged := w.ann
	_ = forged.Sign(newKey(t))
	forged.Owner = addr(w.owner)
	a.Announce(t0, w.ann)
	a.Announce(t0, forged)
	a.Chain(t0, w.wallet, w.facts)
	h, ok := a.Hub(w.wallet)
	if !ok || h.Status == Refused {
		t.Fatalf("got real hub %v %s (%s), want present and not refused", ok, h.Status, h.Reason)
	}
	if n := len(a.Hubs()); n != 2 {
		t.Fatalf("got %d entries, want 2 (hub and forgery)", n)
	}
}

func TestLifecycle(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	w := honestWorld(t)
	me := addr(newKey(t))
	a, _ := NewAgent(DefaultConfig(), me, true)
	step := func(name string, want Status, wantReason string) {
		t.Helper()
		h, _ := a.Hub(w.wallet)
		if h.Status != want || !strings.Contains(h.Reason, wantReason) {
			t.Fatalf("%s: got %s (%s), want %s (%s)", name, h.Status, h.Reason, want, wantReason)
		}
	}
	a.Announce(t0, w.ann)
	step("announced", NotConfirmed, "waiting for chain data")
	a.Chain(t0, w.wallet, w.facts)
	step("chain read", NotConfirmed, "0 of 2 confirmations")
	a.Vote(t0, w.wallet, Vote{Voter: common.Address{1}, Verdict: VerdictGood})
	a.Vote(t0, w.wallet, Vote{Voter: common.Address{1}, Verdict: VerdictGood}) // same miner again
	step("one voter twice", NotConfirmed, "1 of 2 confirmations")
	a.Vote(t0, w.wallet, Vote{Voter: me, Verdict: VerdictGood}) // own vote does not count
	step("own vote", NotConfirmed, "1 of 2 confirmations")
	a.Vote(t0, w.wallet, Vote{Voter: common.Address{2}, Verdict: VerdictGood})
	step("two voters", Checked, "2 confirmations")
	a.ExpectPayout(t0, w.wallet, tokens(3), t0.Add(time.Hour))
	step("owed", Checked, "")
	paid := w.facts
	paid.Payouts = []Payout{{Miner: me, Amount: tokens(3), Time: t0.Add(30 * time.Minute)}}
	a.Chain(t0.Add(31*time.Minute), w.wallet, paid)
	step("paid", Safe, "paid 3 SNM")
	// A new debt that is not paid demotes it with the reason kept.
	a.ExpectPayout(t0.Add(2*time.Hour), w.wallet, tokens(5), t0.Add(3*time.Hour))
	a.Tick(t0.Add(4 * time.Hour))
	step("did not pay", Refused, "did not pay: 5 SNM due")
	if v, ok := a.Answer(w.wallet); !ok || v.Verdict != VerdictBad {
		t.Fatalf("got answer %v %v, want %s", v, ok, VerdictBad)
	}
}

func TestNeverPayingWalletRefused(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	w := honestWorld(t)
	a, _ := NewAgent(DefaultConfig(), addr(newKey(t)), true)
	a.Announce(t0, w.ann)
	a.Chain(t0, w.wallet, w.facts)
	a.ExpectPayout(t0, w.wallet, tokens(1), t0.Add(time.Hour))
	a.Tick(t0.Add(59 * time.Minute))
	if h, _ := a.Hub(w.wallet); h.Status == Refused {
		t.Fatalf("before due: got %s (%s), want not refused", h.Status, h.Reason)
	}
	a.Tick(t0.Add(61 * time.Minute))
	if h, _ := a.Hub(w.wallet); h.Status != Refused || !strings.HasPrefix(h.Reason, "did not pay") {
		t.Fatalf("after due: got %s (%s), want %s (did not pay...)", h.Status, h.Reason, Refused)
	}
}

func TestLyingMinority(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	tests := []struct {
		name     string
		honest   bool   // the hub's chain record is good
		liars    string // what the 3 liars say
		truthful string // what the 7 honest miners say
		want     Status
	}{
		{"liars praise a bad hub", false, VerdictPaid, VerdictBad, Refused},
		{"liars smear a good hub", true, VerdictBad, VerdictGood, Checked},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := honestWorld(t)
			if !tc.honest {
				w.facts.Listed = false
			}
			a, _ := NewAgent(DefaultConfig(), addr(newKey(t)), true)
			a.Announce(t0, w.ann)
			a.Chain(t0, w.wallet, w.facts)
			for i := range 10 {
				v := Vote{Voter: common.Address{byte(i + 1)}, Verdict: tc.truthful, Reason: "not in whitelist"}
				if i < 3 {
					v.Verdict, v.Reason = tc.liars, "never paid me"
				}
				a.Vote(t0, w.wallet, v)
			}
			if h, _ := a.Hub(w.wallet); h.Status != tc.want {
				t.Fatalf("got %s (%s), want %s", h.Status, h.Reason, tc.want)
			}
		})
	}
}

func TestPaidVotersWeighMore(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	w := honestWorld(t)
	paidMiner := common.Address{9}
	w.facts.Payouts = []Payout{{Miner: paidMiner, Amount: tokens(1), Time: t0}}
	a, _ := NewAgent(DefaultConfig(), addr(newKey(t)), true)
	a.Announce(t0, w.ann)
	a.Chain(t0, w.wallet, w.facts)
	a.Vote(t0, w.wallet, Vote{Voter: paidMiner, Verdict: VerdictPaid})
	a.Vote(t0, w.wallet, Vote{Voter: common.Address{1}, Verdict: VerdictBad, Reason: "x"})
	h, _ := a.Hub(w.wallet)
	if h.Positive != 2 || h.Negative != 1 || h.Status != Checked {
		t.Fatalf("got +%d -%d %s, want +2 -1 %s", h.Positive, h.Negative, h.Status, Checked)
	}
}

func TestChainNotConfigured(t *testing.T) {
	w := honestWorld(t)
	a, _ := NewAgent(DefaultConfig(), addr(newKey(t)), false)
	a.Announce(time.Unix(0, 0), w.ann)
	if h, _ := a.Hub(w.wallet); h.Status != NotConfirmed || h.Reason != "chain not configured" {
		t.Fatalf("got %s (%s), want %s (chain not configured)", h.Status, h.Reason, NotConfirmed)
	}
}

func TestStoreRoundTrip(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	w := honestWorld(t)
	a, _ := NewAgent(DefaultConfig(), addr(newKey(t)), true)
	a.Announce(t0, w.ann)
	a.Chain(t0, w.wallet, w.facts)
	a.Vote(t0, w.wallet, Vote{Voter: common.Address{1}, Verdict: VerdictGood})
	s := FileStore{Path: filepath.Join(t.TempDir(), "sub", "hubs.json")}
	if err := s.Save(a.Hubs()); err != nil {
		t.Fatal(err)
	}
	hubs, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewAgent(DefaultConfig(), addr(newKey(t)), true)
	b.Restore(hubs)
	got, ok := b.Hub(w.wallet)
	want, _ := a.Hub(w.wallet)
	if !ok || got.Status != want.Status || got.Reason != want.Reason || len(got.Votes) != 1 || got.Chain.Funds.Free().Cmp(tokens(90)) != 0 {
		t.Fatalf("got %v %s (%s) %d votes, want %s (%s) 1 vote, 90 SNM free", ok, got.Status, got.Reason, len(got.Votes), want.Status, want.Reason)
	}
	if missing, err := (FileStore{Path: filepath.Join(t.TempDir(), "none.json")}).Load(); err != nil || missing != nil {
		t.Fatalf("missing file: got %v %v, want nil nil", missing, err)
	}
}

func FuzzDecodeAnnouncement(f *testing.F) {
	key, _ := ethcrypto.GenerateKey()
	a := Announcement{Name: "h", Endpoints: []string{"x:1"}, BuyerWei: "1", MinerWei: "2"}
	_ = a.Sign(key)
	good, _ := a.Encode()
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{0x81, 0xa1, 0x6e, 0xa0})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeAnnouncement(b)
		if err != nil {
			return
		}
		if got.Name == "" || len(got.Endpoints) == 0 {
			t.Fatalf("accepted announcement without name or endpoints: %+v", got)
		}
		_, _ = got.Signer()
		_ = got.MinerPay().Sign() >= 0
	})
}
