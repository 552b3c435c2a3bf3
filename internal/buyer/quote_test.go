package buyer

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/taskspec"
)

func TestQuoteCheck(t *testing.T) {
	buyer := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	spec := crypto.Keccak256Hash([]byte("spec"))
	now := time.Unix(1_800_000_000, 0)
	want := quoteWant{Buyer: buyer, Lane: 2, Seq: 7, SpecHash: spec, Units: 64, Replication: 2,
		MaxPrice: big.NewInt(1000), Now: now}
	good := func() (checkedQuote, hubapi.Quote) {
		q := checkedQuote{Quote: chain.Quote{Buyer: buyer, SpecHash: spec, Price: big.NewInt(500 * 64 * 2),
			Deadline: uint64(now.Add(time.Hour).Unix()), Expiry: uint64(now.Add(time.Minute).Unix()), Lane: 2, Seq: 7},
			UnitPrice: big.NewInt(500)}
		return q, hubapi.Quote{Units: 64, Replication: 2}
	}
	tests := []struct {
		name   string
		change func(*checkedQuote, *hubapi.Quote, *quoteWant)
		says   string // "" for accepted
		is     error
	}{
		{"good", func(*checkedQuote, *hubapi.Quote, *quoteWant) {}, "", nil},
		{"at max price", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) {
			q.UnitPrice, q.Price = big.NewInt(500), big.NewInt(500*128)
		}, "", nil},
		{"no max price", func(q *checkedQuote, _ *hubapi.Quote, w *quoteWant) {
			q.UnitPrice, q.Price, w.MaxPrice = big.NewInt(5000), big.NewInt(5000*128), nil
		}, "", nil},
		{"other buyer", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.Buyer = common.Address{1} }, "is for buyer", nil},
		{"other lane", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.Lane = 3 }, "lane 3 seq 7", nil},
		{"other seq", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.Seq = 8 }, "lane 2 seq 8", nil},
		{"other spec", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.SpecHash = common.Hash{1} }, "something else", nil},
		{"other units", func(_ *checkedQuote, hq *hubapi.Quote, _ *quoteWant) { hq.Units = 63 }, "prices 63 units, the spec has 64", nil},
		{"other replication", func(_ *checkedQuote, hq *hubapi.Quote, _ *quoteWant) { hq.Replication = 1 }, "replication 1", nil},
		{"zero price", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) {
			q.Price, q.UnitPrice = new(big.Int), new(big.Int)
		}, "price is zero", nil},
		{"total off by one", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.Price = big.NewInt(500*128 + 1) }, "is not its unit price", nil},
		{"over max price", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) {
			q.UnitPrice, q.Price = big.NewInt(501), big.NewInt(501*128)
		}, "max_price", hubapi.ErrOverBudget},
		{"expired", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.Expiry = uint64(now.Unix()) }, "expired", hubapi.ErrQuoteExpired},
		{"deadline past", func(q *checkedQuote, _ *hubapi.Quote, _ *quoteWant) { q.Deadline = uint64(now.Unix()) - 1 }, "deadline", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, hq := good()
			w := want
			tc.change(&q, &hq, &w)
			err := w.check(q, hq)
			if tc.says == "" {
				if err != nil {
					t.Fatalf("got %v, want the quote accepted", err)
				}
				return
			}
			if !errors.Is(err, ErrQuoteRefused) {
				t.Fatalf("got %v, want %v", err, ErrQuoteRefused)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("got %v, want it to wrap %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.says) || !strings.HasSuffix(err.Error(), "no money moved") {
				t.Errorf("got %q, want it to say %q and end with %q", err, tc.says, "no money moved")
			}
		})
	}
}

func TestParseQuoteRefusesGarbage(t *testing.T) {
	good := hubapi.Quote{Wallet: "0x00000000000000000000000000000000000000a1", Buyer: "0x00000000000000000000000000000000000000b1",
		SpecHash: "0x" + strings.Repeat("11", 32), PriceWei: "10", UnitPriceWei: "5"}
	if _, err := parseQuote(good); err != nil {
		t.Fatalf("good quote: %v", err)
	}
	for name, change := range map[string]func(*hubapi.Quote){
		"wallet":     func(q *hubapi.Quote) { q.Wallet = "hub" },
		"buyer":      func(q *hubapi.Quote) { q.Buyer = "0x12" },
		"spec hash":  func(q *hubapi.Quote) { q.SpecHash = "0x12" },
		"price":      func(q *hubapi.Quote) { q.PriceWei = "-1" },
		"unit price": func(q *hubapi.Quote) { q.UnitPriceWei = "1.5" },
	} {
		q := good
		change(&q)
		if _, err := parseQuote(q); !errors.Is(err, ErrQuoteRefused) || !errors.Is(err, hubapi.ErrBadRequest) {
			t.Errorf("%s: got %v, want a refusal wrapping %v", name, err, hubapi.ErrBadRequest)
		}
	}
}

func TestFormatStatus(t *testing.T) {
	tests := []struct {
		st   hubapi.TaskStatus
		want string
	}{
		{hubapi.TaskStatus{State: "queued", Units: 64}, "[..........] 0/64 units verified, 0 running, 0 failed (queued)"},
		{hubapi.TaskStatus{State: "running", Units: 64, Verified: 32, Running: 8, Failed: 1, Miners: 3},
			"[#####.....] 32/64 units verified, 8 running, 1 failed, 3 miners (running)"},
		{hubapi.TaskStatus{State: "done", Units: 4, Verified: 4, Miners: 1}, "[##########] 4/4 units verified, 0 running, 0 failed, 1 miner (done)"},
		{hubapi.TaskStatus{State: "running", Units: 2, Verified: 9}, "[##########] 9/2 units verified, 0 running, 0 failed (running)"},
	}
	for _, tc := range tests {
		if got := FormatStatus(tc.st, 10); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestDiffFiles(t *testing.T) {
	got := []hubapi.File{{Path: "a", Size: 1, SHA256: "aa"}, {Path: "b", Size: 1, SHA256: "bb"}, {Path: "extra", Size: 1, SHA256: "cc"}}
	listed := []hubapi.File{{Path: "a", Size: 1, SHA256: "aa"}, {Path: "b", Size: 1, SHA256: "b0"}, {Path: "gone", Size: 1, SHA256: "dd"}}
	want := "; differing files: b (other content), extra (not listed by the hub), gone (listed, not downloaded)"
	if d := diffFiles(got, listed); d != want {
		t.Errorf("got %q, want %q", d, want)
	}
	if d := diffFiles(got, got); d != "" {
		t.Errorf("same files: got %q, want none", d)
	}
}

// A Docker task naming its image by a tag alone is refused before the
// buyer pays: miners run only an image they can pin (docker.Images).
func TestLoadSpecRefusesAnUnpinnedImage(t *testing.T) {
	pinned := strings.Repeat("ab", 32)
	tests := []struct {
		name  string
		image string
		ok    bool
	}{
		{"bare tag", "image: alpine:3\n", false},
		{"pinned by ID", "image:\n  ref: alpine:3\n  sha256: " + pinned + "\n", true},
		{"digest reference", "image: alpine@sha256:" + pinned + "\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "spec.yaml")
			if err := os.WriteFile(p, []byte("name: d\nexecutor: docker\n"+tt.image), 0o644); err != nil {
				t.Fatal(err)
			}
			_, _, err := loadSpec(p)
			if tt.ok && err != nil {
				t.Fatalf("got %v, want the spec accepted", err)
			}
			if !tt.ok && (!errors.Is(err, taskspec.ErrInvalid) || !strings.Contains(err.Error(), "image.sha256")) {
				t.Fatalf("got %v, want an invalid spec saying to pin it with image.sha256", err)
			}
		})
	}
}
