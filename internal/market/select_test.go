package market

import (
	"math/big"
	"testing"

	"github.com/sonm-io/sonm/internal/golden"

	"github.com/ethereum/go-ethereum/common"
)

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
	cases := golden.Load[selCase](t, "cases.json")
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
	golden.Check(t, "golden.json", results, func(r selResult) string { return r.Name })
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
