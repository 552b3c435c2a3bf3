package p2p

import (
	"bufio"
	"context"
	"io"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
)

// A byte protocol of its own (as the service protocol's msgpack frames) runs
// over a raw stream, and the handler knows who is calling.
func TestRawStreamCarriesOwnProtocol(t *testing.T) {
	a, _ := startNode(t, testConfig())
	b, _ := startNode(t, testConfig())
	connect(t, a, b)
	const proto = "/sonm/test/lines/1"
	callers := make(chan common.Address, 1)
	err := b.HandleStream(proto, func(s network.Stream, from common.Address) {
		defer s.Close()
		callers <- from
		r := bufio.NewReader(s)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if _, err := io.WriteString(s, "ok "+line); err != nil {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := a.OpenStream(ctx, b.ID(), proto)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := bufio.NewReader(s)
	for _, msg := range []string{"one\n", "two\n", "three\n"} {
		if _, err := io.WriteString(s, msg); err != nil {
			t.Fatal(err)
		}
		got, err := r.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if want := "ok " + msg; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	if got := <-callers; got != a.Address() {
		t.Fatalf("handler saw caller %s, want %s", got, a.Address())
	}
}
