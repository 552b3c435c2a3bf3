package hub

import (
	"errors"
	"strings"
	"testing"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// Two honest miners that spell the same root in different cases agree: the
// hub keeps the root as it recomputed it.
func TestRootSpellingDoesNotSplitAVote(t *testing.T) {
	f := hubapi.File{Path: "out-0.txt", Size: 3, SHA256: strings.Repeat("ab", 32)}
	root, err := hubapi.OutputRoot([]hubapi.File{f})
	if err != nil {
		t.Fatal(err)
	}
	h := &Hub{}
	var got []string
	for _, spelled := range []string{root.Hex(), "0x" + strings.ToUpper(root.Hex()[2:])} {
		r := hubapi.UnitResult{Root: spelled, Outputs: []hubapi.File{f}, Magnet: "magnet:?xt=urn:btih:00"}
		if err := h.checkResult(&r); err != nil {
			t.Fatalf("%s: %v", spelled, err)
		}
		got = append(got, r.Root)
	}
	if got[0] != got[1] {
		t.Errorf("roots kept: %q and %q, want one spelling", got[0], got[1])
	}
}

// A service spec is refused by name, not run once as if it were a batch.
func TestServiceSpecRefused(t *testing.T) {
	spec := `name: site
kind: service
executor: docker
image: {ref: site, tarball: site.tar}
service:
  deposit: 1
  ports: [{name: web, port: 8080}]
`
	_, err := parseSpec([]byte(spec))
	if !errors.Is(err, hubapi.ErrBadSpec) || !strings.Contains(err.Error(), "kind: service") {
		t.Fatalf("got %v, want ErrBadSpec naming kind: service", err)
	}
}
