package trust

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// fakeClock advances by one step each time the waiter sleeps.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestWaitCollectsBeforeChoosing(t *testing.T) {
	start := time.Unix(1_000_000, 0)
	a := Hub{Key: "a", Status: Checked, Chain: &ChainFacts{}, Announcement: Announcement{Wallet: common.HexToAddress("0xa")}}
	b := Hub{Key: "b", Status: NotConfirmed, Announcement: Announcement{Wallet: common.HexToAddress("0xb")}}
	// firstChecked picks whichever checked hub comes first; b, once checked,
	// is listed first (as a cheaper hub would sort).
	firstChecked := func(hs []Hub) (string, error) {
		for _, h := range hs {
			if h.Status == Checked {
				return h.Key, nil
			}
		}
		return "", errors.New("none checked")
	}
	step := 200 * time.Millisecond
	tests := []struct {
		name     string
		settle   time.Duration
		bChecked time.Duration // when b's verdict arrives (0: never heard of b)
		want     string
		wantAt   time.Duration
	}{
		{"no window takes the first", 0, 3 * time.Second, "a", 0},
		{"window sees the later hub", 6 * time.Second, 3 * time.Second, "b", 6 * time.Second},
		{"pending chain facts extend the window", 6 * time.Second, 9 * time.Second, "b", 9 * time.Second},
		{"pending chain facts wait at most twice the window", 2 * time.Second, 9 * time.Second, "a", 4 * time.Second},
		{"one hub: choose when the window ends", 6 * time.Second, 0, "a", 6 * time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clk := &fakeClock{start}
			hubs := func() []Hub {
				el := clk.t.Sub(start)
				switch {
				case tc.bChecked == 0:
					return []Hub{a}
				case el >= tc.bChecked:
					bb := b
					bb.Status, bb.Chain = Checked, &ChainFacts{}
					return []Hub{bb, a}
				}
				return []Hub{a, b}
			}
			sleep := func(context.Context) error { clk.t = clk.t.Add(step); return nil }
			got, err := wait(context.Background(), hubs, start, clk.now, WaitOptions{Settle: tc.settle}, firstChecked, sleep)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got hub %s, want %s", got, tc.want)
			}
			if at := clk.t.Sub(start); at != tc.wantAt {
				t.Errorf("chose at %s, want %s", at, tc.wantAt)
			}
		})
	}
}

func TestWaitLimit(t *testing.T) {
	start := time.Unix(1_000_000, 0)
	clk := &fakeClock{start}
	sleep := func(context.Context) error { clk.t = clk.t.Add(time.Second); return nil }
	none := func([]Hub) (int, error) { return 0, errors.New("nothing yet") }
	_, err := wait(context.Background(), func() []Hub { return nil }, start, clk.now, WaitOptions{Limit: 5 * time.Second, Settle: time.Second}, none, sleep)
	if err == nil {
		t.Fatal("got no error, want the limit's")
	}
	if at := clk.t.Sub(start); at != 5*time.Second {
		t.Errorf("gave up at %s, want 5s", at)
	}
}
