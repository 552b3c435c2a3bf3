package p2p

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
)

// The gossip topics of the sonm bus.
const (
	TopicHubs   = "sonm/hubs/1"   // hub announcements
	TopicMiners = "sonm/miners/1" // miners' questions and answers about hubs
	TopicMarket = "sonm/market/1" // prices
)

// Topics lists every topic a node joins.
var Topics = [...]string{TopicHubs, TopicMiners, TopicMarket}

// ErrThrottled marks a message dropped because its sender exceeded its rate.
var ErrThrottled = errors.New("sender over its message rate")

// ErrNotStarted is returned by calls that need a started node.
var ErrNotStarted = errors.New("p2p node not started")

// Config says how a node joins the network. DefaultConfig is what a real node
// uses; tests and benchmarks turn the wide-area parts off and connect peers
// explicitly.
type Config struct {
	ListenAddrs []string // multiaddrs; TCP and QUIC by default
	Bootstrap   []string // multiaddrs with /p2p/<id>
	MDNS        bool     // local discovery
	DHT         bool     // Kademlia DHT for wide-area discovery
	// NATTraversal turns on AutoNAT, UPnP port mapping, circuit relay v2 (as
	// client, and as service when reachable) and hole punching.
	NATTraversal bool

	MaxMessageSize int           // bytes of one encoded envelope
	MessageTTL     time.Duration // expiry given to published envelopes; also the longest accepted
	PublishRate    float64       // messages per second accepted from one sender on one node
	PublishBurst   int
	// ScoreInspectPeriod is how often gossipsub peer scores are copied out for
	// PeerScore.
	ScoreInspectPeriod time.Duration
	// UnlimitedResources lifts libp2p's resource manager limits; for many
	// nodes in one process (tests, benchmarks).
	UnlimitedResources bool
}

// DefaultConfig is the configuration of a node on the real network.
func DefaultConfig() Config {
	return Config{
		ListenAddrs:        []string{"/ip4/0.0.0.0/tcp/0", "/ip4/0.0.0.0/udp/0/quic-v1"},
		MDNS:               true,
		DHT:                true,
		NATTraversal:       true,
		MaxMessageSize:     64 << 10,
		MessageTTL:         2 * time.Minute,
		PublishRate:        2,
		PublishBurst:       20,
		ScoreInspectPeriod: time.Second,
	}
}

// LoopbackConfig is a node that listens on 127.0.0.1 only and discovers
// nobody by itself: peers are connected explicitly.
func LoopbackConfig() Config {
	c := DefaultConfig()
	c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	c.MDNS, c.DHT, c.NATTraversal = false, false, false
	c.UnlimitedResources = true
	return c
}

func (c Config) validate() error {
	switch {
	case len(c.ListenAddrs) == 0:
		return errors.New("no listen addresses")
	case c.MaxMessageSize <= 0:
		return errors.New("max message size must be positive")
	case c.MessageTTL <= 0:
		return errors.New("message ttl must be positive")
	case c.PublishRate < 0 || c.PublishBurst < 0:
		return errors.New("publish rate and burst must not be negative")
	case c.ScoreInspectPeriod <= 0:
		return errors.New("score inspect period must be positive")
	}
	for _, a := range append(append([]string(nil), c.ListenAddrs...), c.Bootstrap...) {
		if _, err := ma.NewMultiaddr(a); err != nil {
			return fmt.Errorf("address %q: %w", a, err)
		}
	}
	return nil
}

// Message is a verified envelope as delivered to a subscriber.
type Message struct {
	Topic        string
	From         common.Address // the signer
	FromPeer     peer.ID        // the signer's peer id
	ReceivedFrom peer.ID        // the neighbour that forwarded it
	Seq          uint64
	Expires      time.Time
	Payload      []byte
	Local        bool // published by this node
}

// Node is one participant of the bus.
type Node struct {
	cfg      Config
	key      *ecdsa.PrivateKey
	addr     common.Address
	id       peer.ID
	log      *slog.Logger
	now      func() time.Time
	verifier *Verifier
	limiter  *limiter

	mu     sync.Mutex
	host   host.Host
	ps     *pubsub.PubSub
	dht    *dht.IpfsDHT
	mdns   mdns.Service
	topics map[string]*pubsub.Topic
	cancel context.CancelFunc
	seq    uint64

	// smu guards what pubsub's goroutines write; it is never held while
	// calling into pubsub.
	smu     sync.Mutex
	scores  map[peer.ID]float64
	book    map[common.Address]peer.ID
	dropped map[string]int
}

// New checks the configuration and prepares a node; it does no I/O. now is
// the clock used for sequence numbers and expiries.
func New(cfg Config, key *ecdsa.PrivateKey, log *slog.Logger, now func() time.Time) (*Node, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("p2p config: %w", err)
	}
	if key == nil {
		return nil, errors.New("p2p: nil key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	id, err := PeerIDFromKey(key)
	if err != nil {
		return nil, err
	}
	return &Node{
		cfg:      cfg,
		key:      key,
		addr:     ethcrypto.PubkeyToAddress(key.PublicKey),
		id:       id,
		log:      log,
		now:      now,
		verifier: NewVerifier(VerifierConfig{MaxSize: cfg.MaxMessageSize, MaxTTL: cfg.MessageTTL}),
		limiter:  newLimiter(cfg.PublishRate, cfg.PublishBurst),
		topics:   make(map[string]*pubsub.Topic),
		scores:   make(map[peer.ID]float64),
		book:     make(map[common.Address]peer.ID),
		dropped:  make(map[string]int),
	}, nil
}

// ID is the node's peer id.
func (n *Node) ID() peer.ID { return n.id }

// Address is the node's Ethereum address.
func (n *Node) Address() common.Address { return n.addr }

// Start opens the host, joins the topics and starts discovery.
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.host != nil {
		return errors.New("p2p node already started")
	}
	sk, err := Libp2pKey(n.key)
	if err != nil {
		return err
	}
	boot, err := addrInfos(n.cfg.Bootstrap)
	if err != nil {
		return err
	}
	opts := []libp2p.Option{
		libp2p.Identity(sk),
		libp2p.ListenAddrStrings(n.cfg.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.DisableMetrics(),
	}
	if n.cfg.UnlimitedResources {
		opts = append(opts, libp2p.ResourceManager(&network.NullResourceManager{}))
	}
	if n.cfg.NATTraversal {
		opts = append(opts,
			libp2p.NATPortMap(),
			libp2p.EnableNATService(),
			libp2p.EnableAutoNATv2(),
			libp2p.EnableRelay(),
			libp2p.EnableRelayService(),
			libp2p.EnableHolePunching(),
		)
		if len(boot) > 0 {
			opts = append(opts, libp2p.EnableAutoRelayWithStaticRelays(boot))
		}
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		return fmt.Errorf("start libp2p host: %w", err)
	}
	// The pubsub and DHT goroutines live until Close, not until ctx ends.
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	cleanup := func() { cancel(); _ = h.Close() }

	psOpts := []pubsub.Option{
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(messageID),
		// Up to twice the limit reaches the validator, which drops it and
		// lowers the sender's score; beyond that the stream is cut.
		pubsub.WithMaxMessageSize(2 * n.cfg.MaxMessageSize),
		pubsub.WithPeerExchange(true),
		pubsub.WithPeerScore(scoreParams(), scoreThresholds()),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(n.inspectScores), n.cfg.ScoreInspectPeriod),
	}
	if n.cfg.DHT {
		d, err := dht.New(h, dht.Mode(dht.ModeAuto), dht.ProtocolPrefix("/sonm"), dht.BootstrapPeers(boot...))
		if err != nil {
			cleanup()
			return fmt.Errorf("start dht: %w", err)
		}
		if err := d.Bootstrap(runCtx); err != nil {
			_ = d.Close()
			cleanup()
			return fmt.Errorf("bootstrap dht: %w", err)
		}
		n.dht = d
		psOpts = append(psOpts, pubsub.WithDiscovery(drouting.NewRoutingDiscovery(d)))
	}
	ps, err := pubsub.NewGossipSub(runCtx, h, psOpts...)
	if err != nil {
		if n.dht != nil {
			_ = n.dht.Close()
		}
		cleanup()
		return fmt.Errorf("start gossipsub: %w", err)
	}
	for _, t := range Topics {
		if err := ps.RegisterTopicValidator(t, n.validator(t, h.ID())); err != nil {
			cleanup()
			return fmt.Errorf("validator for %s: %w", t, err)
		}
		topic, err := ps.Join(t)
		if err != nil {
			cleanup()
			return fmt.Errorf("join %s: %w", t, err)
		}
		n.topics[t] = topic
	}
	n.host, n.ps, n.cancel = h, ps, cancel
	h.Network().Notify(&network.NotifyBundle{ConnectedF: n.connected})
	if n.cfg.MDNS {
		n.mdns = mdns.NewMdnsService(h, "sonm", mdnsNotifee{n})
		if err := n.mdns.Start(); err != nil {
			n.log.Warn("mdns discovery unavailable", "err", err)
			n.mdns = nil
		}
	}
	for _, b := range boot {
		go func() {
			if err := h.Connect(runCtx, b); err != nil {
				n.log.Warn("bootstrap peer unreachable", "peer", b.ID, "err", err)
			}
		}()
	}
	n.log.Info("p2p node started", "peer", h.ID(), "address", n.addr, "listen", h.Addrs())
	return nil
}

// Close leaves the network. It is safe after a failed or missing Start.
func (n *Node) Close() error {
	n.mu.Lock()
	h, md, d, cancel := n.host, n.mdns, n.dht, n.cancel
	n.host, n.mdns, n.dht = nil, nil, nil
	n.topics = make(map[string]*pubsub.Topic)
	n.mu.Unlock()
	if h == nil {
		return nil
	}
	var errs []error
	if md != nil {
		errs = append(errs, md.Close())
	}
	if d != nil {
		errs = append(errs, d.Close())
	}
	cancel()
	errs = append(errs, h.Close())
	return errors.Join(errs...)
}

// Addrs are the node's listen addresses, each ending in /p2p/<id>, ready to
// be given to another node as a bootstrap peer.
func (n *Node) Addrs() []string {
	h := n.h()
	if h == nil {
		return nil
	}
	var out []string
	for _, a := range h.Addrs() {
		out = append(out, a.String()+"/p2p/"+h.ID().String())
	}
	return out
}

// Connect dials a peer given one of its full multiaddrs.
func (n *Node) Connect(ctx context.Context, addr string) error {
	h := n.h()
	if h == nil {
		return ErrNotStarted
	}
	ai, err := peer.AddrInfoFromString(addr)
	if err != nil {
		return fmt.Errorf("parse peer address %q: %w", addr, err)
	}
	if err := h.Connect(ctx, *ai); err != nil {
		return fmt.Errorf("connect %s: %w", ai.ID, err)
	}
	return nil
}

// Peers are the peers the node is connected to.
func (n *Node) Peers() []peer.ID {
	h := n.h()
	if h == nil {
		return nil
	}
	return h.Network().Peers()
}

// TopicPeers are the peers known to be subscribed to topic.
func (n *Node) TopicPeers(topic string) []peer.ID {
	n.mu.Lock()
	ps := n.ps
	n.mu.Unlock()
	if ps == nil {
		return nil
	}
	return ps.ListPeers(topic)
}

// Publish signs payload into an envelope and gossips it on topic.
func (n *Node) Publish(ctx context.Context, topic string, payload []byte) error {
	now := n.now()
	n.mu.Lock()
	// Sequence numbers follow the clock so that they keep growing across
	// restarts; the counter keeps them unique within one.
	n.seq = max(n.seq+1, uint64(now.UnixNano()))
	seq := n.seq
	n.mu.Unlock()
	raw, err := SignEnvelope(n.key, topic, seq, now.Add(n.cfg.MessageTTL), payload)
	if err != nil {
		return err
	}
	return n.PublishRaw(ctx, topic, raw)
}

// PublishRaw gossips an already signed envelope, as when relaying one.
func (n *Node) PublishRaw(ctx context.Context, topic string, raw []byte) error {
	n.mu.Lock()
	t, ok := n.topics[topic]
	n.mu.Unlock()
	if !ok {
		return fmt.Errorf("publish on %q: %w", topic, ErrNotStarted)
	}
	if err := t.Publish(ctx, raw); err != nil {
		return fmt.Errorf("publish on %s: %w", topic, err)
	}
	return nil
}

// Subscription delivers the verified messages of one topic.
type Subscription struct {
	sub  *pubsub.Subscription
	self peer.ID
}

// Subscribe starts receiving topic's messages.
func (n *Node) Subscribe(topic string) (*Subscription, error) {
	n.mu.Lock()
	t, ok := n.topics[topic]
	n.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("subscribe to %q: %w", topic, ErrNotStarted)
	}
	s, err := t.Subscribe()
	if err != nil {
		return nil, fmt.Errorf("subscribe to %s: %w", topic, err)
	}
	return &Subscription{sub: s, self: n.id}, nil
}

// Next blocks until the next message arrives or ctx ends.
func (s *Subscription) Next(ctx context.Context) (Message, error) {
	for {
		m, err := s.sub.Next(ctx)
		if err != nil {
			return Message{}, err
		}
		msg, ok := m.ValidatorData.(Message)
		if !ok {
			continue
		}
		msg.ReceivedFrom = m.ReceivedFrom
		msg.Local = m.ReceivedFrom == s.self
		return msg, nil
	}
}

// Cancel stops the subscription.
func (s *Subscription) Cancel() { s.sub.Cancel() }

// PeerScore is p's gossipsub score as last inspected; below zero means it
// has misbehaved.
func (n *Node) PeerScore(p peer.ID) float64 {
	n.smu.Lock()
	defer n.smu.Unlock()
	return n.scores[p]
}

// Dropped counts the messages this node refused, by reason.
func (n *Node) Dropped() map[string]int {
	n.smu.Lock()
	defer n.smu.Unlock()
	out := make(map[string]int, len(n.dropped))
	for k, v := range n.dropped {
		out[k] = v
	}
	return out
}

// PeerFor returns the peer id of an address this node has heard from.
func (n *Node) PeerFor(a common.Address) (peer.ID, bool) {
	if a == n.addr {
		return n.id, true
	}
	n.smu.Lock()
	defer n.smu.Unlock()
	id, ok := n.book[a]
	return id, ok
}

func (n *Node) h() host.Host {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.host
}

func (n *Node) validator(topic string, self peer.ID) pubsub.ValidatorEx {
	return func(_ context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		now := n.now()
		env, pub, err := n.verifier.Check(now, topic, m.Data)
		if err != nil {
			n.drop(from, topic, err)
			if from == self {
				return pubsub.ValidationIgnore
			}
			return pubsub.ValidationReject
		}
		origin, err := PeerIDFromPubkey(pub)
		if err != nil {
			n.drop(from, topic, err)
			return pubsub.ValidationReject
		}
		if !n.limiter.allow(now, env.From) {
			n.drop(from, topic, ErrThrottled)
			// Only the flooder itself is punished; relays of its messages
			// merely stop forwarding them.
			if from == origin && from != self {
				return pubsub.ValidationReject
			}
			return pubsub.ValidationIgnore
		}
		n.smu.Lock()
		n.book[env.From] = origin
		n.smu.Unlock()
		m.ValidatorData = Message{
			Topic:    topic,
			From:     env.From,
			FromPeer: origin,
			Seq:      env.Seq,
			Expires:  time.UnixMilli(env.Expires),
			Payload:  env.Payload,
		}
		return pubsub.ValidationAccept
	}
}

func (n *Node) drop(from peer.ID, topic string, err error) {
	reason := "other"
	for _, s := range []error{ErrOversized, ErrMalformed, ErrBadSignature, ErrExpired, ErrTooFarAhead, ErrReplayed, ErrWrongTopic, ErrThrottled} {
		if errors.Is(err, s) {
			reason = s.Error()
			break
		}
	}
	n.smu.Lock()
	n.dropped[reason]++
	n.smu.Unlock()
	n.log.Debug("dropped message", "topic", topic, "peer", from, "reason", err)
}

func (n *Node) inspectScores(s map[peer.ID]float64) {
	n.smu.Lock()
	defer n.smu.Unlock()
	clear(n.scores)
	for k, v := range s {
		n.scores[k] = v
	}
}

func (n *Node) connected(_ network.Network, c network.Conn) {
	a, err := AddressFromPubKey(c.RemotePublicKey())
	if err != nil {
		return
	}
	n.smu.Lock()
	n.book[a] = c.RemotePeer()
	n.smu.Unlock()
}

type mdnsNotifee struct{ n *Node }

func (m mdnsNotifee) HandlePeerFound(ai peer.AddrInfo) {
	h := m.n.h()
	if h == nil || ai.ID == h.ID() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.Connect(ctx, ai); err != nil {
		m.n.log.Debug("mdns peer unreachable", "peer", ai.ID, "err", err)
	}
}

// messageID names a message by its content, so that a relayed copy of the
// same envelope is recognised as a duplicate whoever forwards it.
func messageID(m *pb.Message) string {
	s := sha256.Sum256(m.Data)
	return string(s[:])
}

func addrInfos(addrs []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	for _, a := range addrs {
		ai, err := peer.AddrInfoFromString(a)
		if err != nil {
			return nil, fmt.Errorf("bootstrap peer %q: %w", a, err)
		}
		out = append(out, *ai)
	}
	return out, nil
}

// scoreParams make a peer that sends invalid messages (bad signature, stale,
// replayed, flooding) lose score fast, until it is graylisted.
func scoreParams() *pubsub.PeerScoreParams {
	topics := make(map[string]*pubsub.TopicScoreParams, len(Topics))
	for _, t := range Topics {
		topics[t] = &pubsub.TopicScoreParams{
			SkipAtomicValidation:           true,
			TopicWeight:                    1,
			TimeInMeshQuantum:              time.Second,
			InvalidMessageDeliveriesWeight: -10,
			InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(10 * time.Minute),
		}
	}
	return &pubsub.PeerScoreParams{
		SkipAtomicValidation: true,
		Topics:               topics,
		AppSpecificScore:     func(peer.ID) float64 { return 0 },
		// Many honest nodes may share an address (loopback, NAT); colocation
		// is not held against them.
		IPColocationFactorWeight:  0,
		BehaviourPenaltyWeight:    -1,
		BehaviourPenaltyThreshold: 6,
		BehaviourPenaltyDecay:     pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:             time.Second,
		DecayToZero:               0.01,
		RetainScore:               10 * time.Minute,
	}
}

func scoreThresholds() *pubsub.PeerScoreThresholds {
	return &pubsub.PeerScoreThresholds{
		GossipThreshold:             -100,
		PublishThreshold:            -500,
		GraylistThreshold:           -1000,
		AcceptPXThreshold:           0,
		OpportunisticGraftThreshold: 1,
	}
}
