package market

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type selCase struct {
	Name   string          `json:"name"`
	Role   string          `json:"role"` // miner or buyer
	Cores  int             `json:"cores,omitempty"`
	Pinned *common.Address `json:"pinned,omitempty"`
	Policy BuyerPolicy     `json:"policy"`
	Offers []Offer         `json:"offers"`
}

type selResult struct {
	Name   string  `json:"name"`
	Choice *Choice `json:"choice,omitempty"`
	Error  string  `json:"error,omitempty"`
}

func TestSelectionGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []selCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	var results []selResult
	for _, c := range cases {
		r := selResult{Name: c.Name}
		var ch Choice
		var err error
		switch c.Role {
		case "miner":
			ch, err = ChooseForMiner(c.Offers, c.Pinned, c.Cores)
		case "buyer":
			ch, err = ChooseForBuyer(c.Offers, c.Policy)
		default:
			t.Fatalf("case %s: unknown role %q", c.Name, c.Role)
		}
		if err != nil {
			r.Error = err.Error()
		} else {
			r.Choice = &ch
		}
		results = append(results, r)
	}
	got, _ := json.MarshalIndent(results, "", "  ")
	golden := filepath.Join("testdata", "golden.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantRaw, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	var want []selResult
	if err := json.Unmarshal(wantRaw, &want); err != nil {
		t.Fatal(err)
	}
	for i, r := range results {
		t.Run(r.Name, func(t *testing.T) {
			g, _ := json.Marshal(r)
			if i >= len(want) {
				t.Fatalf("got %s, want no such case in golden file", g)
			}
			w, _ := json.Marshal(want[i])
			if string(g) != string(w) {
				t.Fatalf("got %s, want %s", g, w)
			}
		})
	}
}

func TestExpectedEarnings(t *testing.T) {
	tests := []struct {
		pay   int64
		cores int
		trust int
		want  int64
	}{
		{1000, 4, 1000, 4000}, {1000, 4, 500, 2000}, {1000, 0, 1000, 0}, {1000, 2, 2000, 2000}, {1000, 2, -5, 0},
	}
	for _, tc := range tests {
		got := ExpectedEarnings(Offer{MinerPay: big.NewInt(tc.pay), TrustPermille: tc.trust}, tc.cores)
		if got.Int64() != tc.want {
			t.Errorf("pay %d cores %d trust %d: got %s, want %d", tc.pay, tc.cores, tc.trust, got, tc.want)
		}
	}
}
