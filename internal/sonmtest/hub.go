package sonmtest

import (
	"context"
	"crypto/rand"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
)

// StandInHub is the other side of a miner under test: a real locator and
// a hub service on loopback that checks each join's challenge signature
// and hands the join stream to the test, which scripts what the hub says.
// Every other call of the hub protocol is refused as unavailable.
type StandInHub struct {
	Wallet  common.Address // what miners join (a random address)
	Locator string         // the locator endpoint miners are given
	// Joins receives each accepted join stream.
	Joins chan *HubStream
}

// HubStream is a join stream as the hub sees it, once the miner's join was
// accepted. The stream lives until the test ends or the miner leaves.
type HubStream struct {
	Req  hubapi.JoinRequest
	ch   *rpc.Channel
	done chan struct{} // closed once Recv saw the stream end
	once sync.Once
}

// Send writes one message of the hub protocol to the miner.
func (s *HubStream) Send(ctx context.Context, kind string, v any) error {
	return hubapi.WriteKind(ctx, s.ch, kind, v)
}

// Recv reads the miner's next message: its kind and body. Once the miner
// ended the stream (or ctx ended) it fails and the stream is over (Ended);
// a message that does not decode fails too, and the stream goes on.
func (s *HubStream) Recv(ctx context.Context) (string, []byte, error) {
	m, err := s.ch.Recv(ctx)
	if err == nil && m.Name != "write" {
		err = fmt.Errorf("the miner sent %q", m.Name)
	}
	if err != nil {
		s.once.Do(func() { close(s.done) })
		return "", nil, err
	}
	return hubapi.DecodeKind(m.Args)
}

// StartHub serves a stand-in hub until the test ends.
func StartHub(t testing.TB) *StandInHub {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	h := &StandInHub{Wallet: crypto.PubkeyToAddress(key.PublicKey), Joins: make(chan *HubStream, 16)}
	loc, err := locator.New(locator.Config{UUID: "stand-in-hub"})
	if err != nil {
		t.Fatal(err)
	}
	locEP := serve(t, loc.Service())
	loc.SetEndpoints([]locator.Endpoint{locEP})
	h.Locator = locEP.String()

	handlers := map[string]rpc.Handler{}
	for _, name := range hubapi.Protocol().Names() {
		handlers[name] = func(ctx context.Context, ch *rpc.Channel) error {
			return hubapi.Fail(ctx, ch, fmt.Errorf("%w: the stand-in hub only takes miners", hubapi.ErrUnavailable))
		}
	}
	handlers[hubapi.EvJoin] = func(ctx context.Context, ch *rpc.Channel) error {
		nonce, err := hubapi.NewNonce(rand.Reader)
		if err != nil {
			return hubapi.Fail(ctx, ch, err)
		}
		req, _, err := hubapi.AcceptJoin(ctx, ch, h.Wallet, nonce, time.Now)
		if err != nil {
			return hubapi.Fail(ctx, ch, err)
		}
		s := &HubStream{Req: req, ch: ch, done: make(chan struct{})}
		select {
		case h.Joins <- s:
		case <-ctx.Done():
			return nil
		}
		// The test owns the stream until the miner ends it.
		select {
		case <-s.done:
		case <-ctx.Done():
		}
		return nil
	}
	hubEP := serve(t, &rpc.Service{Name: hubapi.ServiceName, Version: hubapi.Version, Graph: hubapi.Protocol(), Handlers: handlers})
	loc.Register(locator.Record{Name: hubapi.ServiceName, Endpoints: []locator.Endpoint{hubEP}, Version: hubapi.Version, Graph: hubapi.Protocol()})
	return h
}

// NextJoin waits for the next miner to join, up to Patience.
func (h *StandInHub) NextJoin(t testing.TB) *HubStream {
	t.Helper()
	select {
	case s := <-h.Joins:
		return s
	case <-time.After(Patience):
		t.Fatalf("no miner joined the stand-in hub in %s", Patience)
		return nil
	}
}

// serve serves svc on a loopback port until the test ends.
func serve(t testing.TB, svc *rpc.Service) locator.Endpoint {
	t.Helper()
	srv, err := rpc.NewServer(svc, rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(context.Background(), ln)
	t.Cleanup(func() { srv.Close() })
	return locator.EndpointOf(ln.Addr())
}

// Ended says whether the miner ended the stream.
func (s *HubStream) Ended() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}
