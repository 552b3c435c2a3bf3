package cli

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

// A miner pinned to a hub wallet: the chain's word on the wallet decides
// whether it joins, warns, or refuses (a real dev chain).
func TestCheckPinnedHub(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub"}, Seed: t.Name()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.Fund(ctx, snm.Wei(100), "hub"); err != nil {
		t.Fatal(err)
	}
	c, opts := net.Client, net.Client.Backend().Transactor(net.Actor("hub").Key)
	wallet, _, err := c.CreateWallet(ctx, opts, "127.0.0.1:1", "check")
	if err != nil {
		t.Fatal(err)
	}
	expect := func(name string, wantErr bool, wantWarn ...string) {
		t.Helper()
		warns, err := checkPinnedHub(ctx, c, wallet)
		if wantErr != (err != nil) || err != nil && !errors.Is(err, errHubCannotPay) {
			t.Fatalf("%s: got error %v, want error %v", name, err, wantErr)
		}
		all := strings.Join(warns, "\n")
		if len(warns) != len(wantWarn) {
			t.Fatalf("%s: got warnings %q, want %d", name, all, len(wantWarn))
		}
		for _, w := range wantWarn {
			if !strings.Contains(all, w) {
				t.Errorf("%s: warnings %q do not say %q", name, all, w)
			}
		}
	}
	expect("created, unfunded", false, "is Created, not registered", "no free funds")
	if _, err := c.Deposit(ctx, opts, wallet, snm.Wei(10)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Register(ctx, opts, wallet); err != nil {
		t.Fatal(err)
	}
	expect("registered, funded", false)

	// A wallet no whitelist knows is refused.
	other := net.Actor("hub").Addr
	if _, err := checkPinnedHub(ctx, c, other); !errors.Is(err, errHubCannotPay) || !strings.Contains(err.Error(), "not in the hubs' whitelist") {
		t.Fatalf("unknown wallet: got %v, want a refusal naming the whitelist", err)
	}
}

func TestPinnedHubVerdict(t *testing.T) {
	funded := chain.WalletStatus{State: chain.WalletRegistered, Available: snm.Wei(1)}
	tests := []struct {
		name    string
		rec     chain.HubStatus
		state   chain.WalletState
		wantErr string
	}{
		{"blacklisted", chain.HubBlacklisted, chain.WalletRegistered, "blacklisted"},
		{"suspected", chain.HubTrusted, chain.WalletSuspected, "suspects"},
		{"punished", chain.HubTrusted, chain.WalletPunished, "banned"},
		{"trusted", chain.HubTrusted, chain.WalletRegistered, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := funded
			st.State = tc.state
			_, err := pinnedHubVerdict(funded.Address, chain.Hub{Status: tc.rec}, st)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("got %v, want %q", err, tc.wantErr)
			}
		})
	}
}
