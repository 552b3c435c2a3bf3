package console_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/buyer/hubtest"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/console"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

// world is a dev chain with the contracts, one registered hub, SNM in the
// DAO's treasury and one proposal, and a console reading it.
type world struct {
	net    *devnet.Net
	wallet common.Address
	con    *console.Server
	token  string
}

func startWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	net, err := devnet.Start(ctx, devnet.Config{Actors: []string{"hub", "hub2", "voter"}, Seed: t.Name(), NoHTTP: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.Close)
	c := net.Client
	if err := net.Fund(ctx, snm.Wei(1_000), "hub", "hub2"); err != nil {
		t.Fatal(err)
	}
	if err := net.Fund(ctx, snm.Wei(50_000_000), "voter"); err != nil {
		t.Fatal(err)
	}
	wallet, err := hubtest.Register(ctx, c, net.Actor("hub").Key, snm.Wei(10))
	if err != nil {
		t.Fatal(err)
	}
	// 1234.5 SNM in the treasury, so that the page's amount is not a round one.
	if _, err := c.Transfer(ctx, net.Deployer.Opts, c.Deployment().Timelock, treasuryWei()); err != nil {
		t.Fatal(err)
	}
	voter := net.Actor("voter")
	if _, err := c.Delegate(ctx, voter.Opts, voter.Addr); err != nil {
		t.Fatal(err)
	}
	if _, err := net.IncreaseTime(ctx, time.Minute); err != nil {
		t.Fatal(err)
	}
	id, err := c.Propose(ctx, voter.Opts, []chain.Action{c.ActionTrust(wallet)}, "trust the first hub")
	if err != nil {
		t.Fatal(err)
	}
	start, _, err := c.VotingTimes(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	now, err := net.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := net.IncreaseTime(ctx, time.Duration(int64(start)-now.Unix()+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Vote(ctx, voter.Opts, id, chain.VoteFor); err != nil {
		t.Fatal(err)
	}
	con, err := console.New(console.Config{Chain: console.FromClient(c), Poll: 50 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := con.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = con.Close() })
	u, err := url.Parse(con.URL())
	if err != nil {
		t.Fatal(err)
	}
	return &world{net: net, wallet: wallet, con: con, token: u.Query().Get("token")}
}

func treasuryWei() *big.Int {
	v, _ := snm.Parse("1234.5")
	return v
}

func (w *world) get(ctx context.Context, t *testing.T, path string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+w.con.Addr().String()+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+w.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// waitWorld polls /api/world until ok holds, with a deadline.
func (w *world) waitWorld(t *testing.T, what string, ok func(console.World) bool) console.World {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var last string
	for {
		resp := w.get(ctx, t, "/api/world")
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			var got console.World
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("got /api/world %q: %v", b, err)
			}
			if ok(got) {
				return got
			}
		}
		last = fmt.Sprintf("%d %s", resp.StatusCode, b)
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: got %s", what, last)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestWorldAPI(t *testing.T) {
	w := startWorld(t)
	ctx := context.Background()
	got := w.waitWorld(t, "one hub", func(g console.World) bool { return len(g.Hubs) == 1 && g.ProposalsTotal == 1 })

	if got.Supply.SNM != "444000000" {
		t.Fatalf("got supply %+v, want 444000000 SNM", got.Supply)
	}
	if got.Treasury.SNM != "1234.5" || got.Treasury.Wei != treasuryWei().String() {
		t.Fatalf("got treasury %+v, want 1234.5 SNM", got.Treasury)
	}
	if want := w.net.Client.Deployment().Timelock.Hex(); got.DAO != want {
		t.Fatalf("got DAO %s, want the timelock %s", got.DAO, want)
	}
	if _, err := time.Parse(time.RFC3339, got.BlockTime); err != nil || got.Block == 0 {
		t.Fatalf("got block %d at %q, want a block with an RFC 3339 time", got.Block, got.BlockTime)
	}
	h := got.Hubs[0]
	if h.Wallet != w.wallet.Hex() || h.Owner != w.net.Actor("hub").Addr.Hex() || h.Name != "hubtest" || h.Endpoint != "127.0.0.1:0" {
		t.Fatalf("got hub %+v, want wallet %s owned by %s named hubtest", h, w.wallet.Hex(), w.net.Actor("hub").Addr.Hex())
	}
	if h.Status != chain.HubUnconfirmed.String() {
		t.Fatalf("got status %q, want %q", h.Status, chain.HubUnconfirmed)
	}
	if _, err := time.Parse(time.RFC3339, h.RegisteredAt); err != nil {
		t.Fatalf("got registered_at %q, want RFC 3339: %v", h.RegisteredAt, err)
	}
	p := got.Proposals[0]
	if p.Description != "trust the first hub" || p.State != chain.ProposalActive.String() || p.Proposer != w.net.Actor("voter").Addr.Hex() {
		t.Fatalf("got proposal %+v, want the voter's, described, active", p)
	}
	if p.For.SNM != "50000000" || p.Against.SNM != "0" || p.Abstain.SNM != "0" {
		t.Fatalf("got votes for %s against %s abstain %s, want the voter's 50000000 for", p.For.SNM, p.Against.SNM, p.Abstain.SNM)
	}
	start, err1 := time.Parse(time.RFC3339, p.VoteStart)
	end, err2 := time.Parse(time.RFC3339, p.VoteEnd)
	if err1 != nil || err2 != nil || !end.After(start) {
		t.Fatalf("got voting from %q to %q, want RFC 3339 times in order", p.VoteStart, p.VoteEnd)
	}

	// The stream gives the current world at once, then a new one when the
	// chain changes.
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	resp := w.get(sctx, t, "/api/events")
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || ct != "text/event-stream" {
		t.Fatalf("got %d %q, want 200 text/event-stream", resp.StatusCode, ct)
	}
	events := readEvents(resp.Body)
	first := nextWorld(t, sctx, events)
	if len(first.Hubs) != 1 {
		t.Fatalf("got %d hubs in the first event, want 1", len(first.Hubs))
	}
	if _, err := w.net.Client.SetName(ctx, w.net.Actor("hub").Opts, w.wallet, "renamed"); err != nil {
		t.Fatal(err)
	}
	for {
		ev := nextWorld(t, sctx, events)
		if len(ev.Hubs) == 1 && ev.Hubs[0].Name == "renamed" {
			break
		}
	}
}

type sse struct {
	event, data string
}

// readEvents parses a server-sent event stream until it ends.
func readEvents(r io.Reader) <-chan sse {
	out := make(chan sse, 16)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 4<<20)
		var ev sse
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.event != "" || ev.data != "" {
					out <- ev
				}
				ev = sse{}
			case strings.HasPrefix(line, "event: "):
				ev.event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data += strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	return out
}

func nextWorld(t *testing.T, ctx context.Context, events <-chan sse) console.World {
	t.Helper()
	for {
		select {
		case <-ctx.Done():
			t.Fatal("got no world event before the deadline")
		case ev, ok := <-events:
			if !ok {
				t.Fatal("the event stream ended")
			}
			if ev.event != "world" {
				continue
			}
			var w console.World
			if err := json.Unmarshal([]byte(ev.data), &w); err != nil {
				t.Fatalf("got event data %q: %v", ev.data, err)
			}
			return w
		}
	}
}
