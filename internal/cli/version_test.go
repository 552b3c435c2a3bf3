package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"runtime"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/chain"
)

func TestVersion(t *testing.T) {
	set, codes := chain.CodeSet()
	var out, errb bytes.Buffer
	if code := Run(context.Background(), []string{"version", "--json"}, nil, &out, &errb); code != 0 {
		t.Fatalf("version --json: exit %d: %s", code, errb.String())
	}
	var b buildInfo
	if err := json.Unmarshal(out.Bytes(), &b); err != nil {
		t.Fatalf("version --json: %v in %q", err, out.String())
	}
	if b.Go != runtime.Version() || b.Contracts != set.Hex() || len(b.Codes) != len(codes) || b.Version == "" {
		t.Errorf("got %+v, want go %s, contracts %s with %d codes", b, runtime.Version(), set.Hex(), len(codes))
	}
	seen := map[string]string{}
	for _, c := range codes {
		if other, ok := seen[c.Hash.Hex()]; ok {
			t.Errorf("contracts %s and %s have the same code hash %s", c.Name, other, c.Hash.Hex())
		}
		seen[c.Hash.Hex()] = c.Name
	}
	out.Reset()
	if code := Run(context.Background(), []string{"version"}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "contracts  "+set.Hex()) {
		t.Errorf("version: exit %d, got %q, want the contract set", code, out.String())
	}
}
