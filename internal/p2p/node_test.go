package p2p

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

func testConfig() Config {
	c := LoopbackConfig()
	c.ScoreInspectPeriod = 100 * time.Millisecond
	return c
}

func startNode(t *testing.T, cfg Config) (*Node, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(cfg, key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Close() })
	return n, key
}

func connect(t *testing.T, a, b *Node) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := a.Connect(ctx, b.Addrs()[0]); err != nil {
		t.Fatal(err)
	}
}

// collect gathers the payloads a subscription delivers.
func collect(t *testing.T, n *Node, topic string) <-chan Message {
	t.Helper()
	sub, err := n.Subscribe(topic)
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan Message, 1024)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() { cancel(); sub.Cancel() })
	go func() {
		for {
			m, err := sub.Next(ctx)
			if err != nil {
				return
			}
			select {
			case ch <- m:
			default:
			}
		}
	}()
	return ch
}

func TestNetworkOfTwentyDeliversToAll(t *testing.T) {
	const size = 20
	nodes := make([]*Node, size)
	inbox := make([]<-chan Message, size)
	for i := range nodes {
		nodes[i], _ = startNode(t, testConfig())
		inbox[i] = collect(t, nodes[i], TopicHubs)
	}
	// A ring with chords: every node has four neighbours, no one knows all.
	for i := range nodes {
		connect(t, nodes[i], nodes[(i+1)%size])
		connect(t, nodes[i], nodes[(i+5)%size])
	}
	publisher := nodes[0]
	want := publisher.Address()
	got := make([]bool, size)
	deadline := time.After(20 * time.Second)
	tick := time.NewTicker(300 * time.Millisecond)
	defer tick.Stop()
	for remaining := size; remaining > 0; {
		select {
		case <-deadline:
			t.Fatalf("got delivery on %d of %d nodes, want all", size-remaining, size)
		case <-tick.C:
			// A hub announces again and again; so does this test until the
			// mesh has formed.
			if err := publisher.Publish(context.Background(), TopicHubs, []byte("announce")); err != nil {
				t.Fatal(err)
			}
		default:
		}
		for i := range nodes {
			select {
			case m := <-inbox[i]:
				if m.From != want || !bytes.Equal(m.Payload, []byte("announce")) {
					t.Fatalf("node %d: got message from %s %q, want from %s %q", i, m.From, m.Payload, want, "announce")
				}
				if m.FromPeer != publisher.ID() {
					t.Fatalf("node %d: got origin peer %s, want %s", i, m.FromPeer, publisher.ID())
				}
				if !got[i] {
					got[i] = true
					remaining--
				}
			default:
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	if id, ok := nodes[size/2].PeerFor(want); !ok || id != publisher.ID() {
		t.Fatalf("address book: got %s %v, want %s true", id, ok, publisher.ID())
	}
}

func TestBadEnvelopesDroppedAndPunished(t *testing.T) {
	now := time.Now()
	victim, _ := ethcrypto.GenerateKey()
	fresh, _ := SignEnvelope(victim, TopicHubs, 1, now.Add(time.Minute), []byte("original"))
	tests := []struct {
		name   string
		raw    func() []byte
		reason error
	}{
		{"expired", func() []byte {
			b, _ := SignEnvelope(victim, TopicHubs, 2, now.Add(-time.Second), []byte("stale"))
			return b
		}, ErrExpired},
		{"replayed", func() []byte { return reencode(t, fresh) }, ErrReplayed},
		{"bad signature", func() []byte {
			b := append([]byte(nil), fresh...)
			b[len(b)-10] ^= 0xff
			return b
		}, ErrBadSignature},
		{"oversized", func() []byte {
			b, _ := SignEnvelope(victim, TopicHubs, 3, now.Add(time.Minute), make([]byte, 70<<10))
			return b
		}, ErrOversized},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			honest, _ := startNode(t, testConfig())
			attacker := startRawPeer(t)
			inbox := collect(t, honest, TopicHubs)
			attacker.connect(t, honest)
			waitFor(t, "topic peers", func() bool {
				return len(honest.TopicPeers(TopicHubs)) == 1 && len(attacker.ps.ListPeers(TopicHubs)) == 1
			})
			// The first messages on a new link can be lost before the
			// mesh forms; warm it up as a hub's repeated announcements would.
			seq := uint64(100)
			prime(t, inbox, func() {
				seq++
				b, _ := SignEnvelope(victim, TopicHubs, seq, time.Now().Add(time.Minute), []byte("warm-up"))
				attacker.publish(t, TopicHubs, b)
			})
			// The original reaches the honest node first (relayed as-is).
			attacker.publish(t, TopicHubs, fresh)
			for m := receive(t, inbox); string(m.Payload) != "original"; m = receive(t, inbox) {
				if string(m.Payload) != "warm-up" {
					t.Fatalf("got %q, want %q", m.Payload, "original")
				}
			}
			attacker.publish(t, TopicHubs, tc.raw())
			waitFor(t, "drop counted", func() bool { return honest.Dropped()[tc.reason.Error()] > 0 })
			waitFor(t, "attacker's score below zero", func() bool { return honest.PeerScore(attacker.host.ID()) < 0 })
			select {
			case m := <-inbox:
				t.Fatalf("got delivery of %q, want none", m.Payload)
			case <-time.After(200 * time.Millisecond):
			}
		})
	}
}

func TestFloodingPeerThrottled(t *testing.T) {
	cfg := testConfig()
	cfg.PublishRate, cfg.PublishBurst = 1, 5
	honest, _ := startNode(t, cfg)
	far, _ := startNode(t, cfg)
	floodCfg := testConfig()
	floodCfg.PublishRate = 0 // the flooder does not limit itself
	flooder, _ := startNode(t, floodCfg)
	inbox := collect(t, honest, TopicMarket)
	farInbox := collect(t, far, TopicMarket)
	_ = collect(t, flooder, TopicMarket)
	connect(t, flooder, honest)
	connect(t, far, honest)
	waitFor(t, "topic peers", func() bool {
		return len(honest.TopicPeers(TopicMarket)) == 2 && len(flooder.TopicPeers(TopicMarket)) == 1 && len(far.TopicPeers(TopicMarket)) == 1
	})
	prime(t, inbox, func() {
		if err := flooder.Publish(context.Background(), TopicMarket, []byte("warm-up")); err != nil {
			t.Fatal(err)
		}
	})
	const sent = 200
	for i := range sent {
		if err := flooder.Publish(context.Background(), TopicMarket, fmt.Appendf(nil, "price %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "throttled drops", func() bool { return honest.Dropped()[ErrThrottled.Error()] > 0 })
	waitFor(t, "flooder's score below zero", func() bool { return honest.PeerScore(flooder.ID()) < 0 })
	time.Sleep(300 * time.Millisecond)
	got, farGot := len(inbox), len(farInbox)
	if got == 0 || got >= sent {
		t.Fatalf("honest node delivered %d of %d flood messages, want some but not all", got, sent)
	}
	if farGot >= sent {
		t.Fatalf("node behind the honest one got %d messages, want fewer than %d", farGot, sent)
	}
	if s := honest.PeerScore(far.ID()); s < 0 {
		t.Fatalf("honest relay's score: got %f, want >= 0", s)
	}
}

func TestRequestResponse(t *testing.T) {
	a, _ := startNode(t, testConfig())
	b, _ := startNode(t, testConfig())
	connect(t, a, b)
	const proto = "/sonm/test/echo/1"
	err := b.HandleRequest(proto, func(_ context.Context, from common.Address, req []byte) ([]byte, error) {
		if string(req) == "fail" {
			return nil, errors.New("asked to fail")
		}
		return fmt.Appendf(nil, "%s from %s", req, from.Hex()), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("answer names the caller", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		got, err := a.Request(ctx, b.ID(), proto, []byte("ping"))
		if err != nil {
			t.Fatal(err)
		}
		if want := "ping from " + a.Address().Hex(); string(got) != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
	t.Run("error travels back", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := a.Request(ctx, b.ID(), proto, []byte("fail"))
		if !errors.Is(err, ErrRemote) {
			t.Fatalf("got %v, want %v", err, ErrRemote)
		}
	})
}

func receive(t *testing.T, ch <-chan Message) Message {
	t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("got no message, want one")
		return Message{}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// rawPeer is a malicious participant: plain gossipsub with no validation, so
// it puts on the wire whatever bytes it is given.
type rawPeer struct {
	host   host.Host
	ps     *pubsub.PubSub
	topics map[string]*pubsub.Topic
}

func startRawPeer(t *testing.T) *rawPeer {
	t.Helper()
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() { cancel(); _ = h.Close() })
	ps, err := pubsub.NewGossipSub(ctx, h,
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(messageID),
		pubsub.WithMaxMessageSize(1<<20))
	if err != nil {
		t.Fatal(err)
	}
	r := &rawPeer{host: h, ps: ps, topics: map[string]*pubsub.Topic{}}
	for _, name := range Topics {
		topic, err := ps.Join(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := topic.Subscribe(); err != nil {
			t.Fatal(err)
		}
		r.topics[name] = topic
	}
	return r
}

func (r *rawPeer) connect(t *testing.T, n *Node) {
	t.Helper()
	ai, err := peer.AddrInfoFromString(n.Addrs()[0])
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := r.host.Connect(ctx, *ai); err != nil {
		t.Fatal(err)
	}
}

func (r *rawPeer) publish(t *testing.T, topic string, raw []byte) {
	t.Helper()
	if err := r.topics[topic].Publish(context.Background(), raw); err != nil {
		t.Fatal(err)
	}
}

// prime publishes until one message arrives, then drains the inbox.
func prime(t *testing.T, inbox <-chan Message, publish func()) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for len(inbox) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("got no warm-up message, want one")
		}
		publish()
		time.Sleep(150 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	for len(inbox) > 0 {
		<-inbox
	}
}
