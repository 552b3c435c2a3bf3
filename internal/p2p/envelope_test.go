package p2p

import (
	"bytes"
	"errors"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/vmihailenco/msgpack/v5"
)

func TestVerifierCheck(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	other, _ := ethcrypto.GenerateKey()
	now := time.Unix(1_700_000_000, 0)
	cfg := VerifierConfig{MaxSize: 1024, MaxTTL: time.Minute}
	sign := func(topic string, seq uint64, exp time.Time, payload []byte) []byte {
		b, err := SignEnvelope(key, topic, seq, exp, payload)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	good := sign(TopicHubs, 1, now.Add(time.Second), []byte("hello"))
	forged := func() []byte {
		var e Envelope
		if err := msgpack.Unmarshal(good, &e); err != nil {
			t.Fatal(err)
		}
		e.From = ethcrypto.PubkeyToAddress(other.PublicKey)
		b, _ := msgpack.Marshal(&e)
		return b
	}()
	tampered := func() []byte {
		var e Envelope
		_ = msgpack.Unmarshal(good, &e)
		e.Payload = []byte("HELLO")
		b, _ := msgpack.Marshal(&e)
		return b
	}()
	tests := []struct {
		name  string
		topic string
		raw   []byte
		want  error
	}{
		{"valid", TopicHubs, good, nil},
		{"oversized", TopicHubs, sign(TopicHubs, 2, now.Add(time.Second), bytes.Repeat([]byte{1}, 2000)), ErrOversized},
		{"garbage", TopicHubs, []byte{0xc1, 0x00}, ErrMalformed},
		{"claims another sender", TopicHubs, forged, ErrBadSignature},
		{"tampered payload", TopicHubs, tampered, ErrBadSignature},
		{"expired", TopicHubs, sign(TopicHubs, 3, now.Add(-time.Second), nil), ErrExpired},
		{"expires too late", TopicHubs, sign(TopicHubs, 4, now.Add(time.Hour), nil), ErrTooFarAhead},
		{"other topic", TopicMiners, sign(TopicHubs, 5, now.Add(time.Second), nil), ErrWrongTopic},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := NewVerifier(cfg)
			e, _, err := v.Check(now, tc.topic, tc.raw)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got error %v, want %v", err, tc.want)
			}
			if tc.want == nil && e.From != ethcrypto.PubkeyToAddress(key.PublicKey) {
				t.Fatalf("got sender %s, want %s", e.From, ethcrypto.PubkeyToAddress(key.PublicKey))
			}
		})
	}
}

func TestVerifierReplay(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	now := time.Unix(1_700_000_000, 0)
	v := NewVerifier(VerifierConfig{MaxSize: 1024, MaxTTL: time.Minute})
	raw, _ := SignEnvelope(key, TopicHubs, 7, now.Add(10*time.Second), []byte("x"))
	if _, _, err := v.Check(now, TopicHubs, raw); err != nil {
		t.Fatalf("first delivery: got %v, want nil", err)
	}
	// The same envelope encoded differently is still the same message.
	reencoded := reencode(t, raw)
	if bytes.Equal(reencoded, raw) {
		t.Fatal("re-encoding produced identical bytes; the test would prove nothing")
	}
	if _, _, err := v.Check(now.Add(time.Second), TopicHubs, reencoded); !errors.Is(err, ErrReplayed) {
		t.Fatalf("replay: got %v, want %v", err, ErrReplayed)
	}
	// After expiry it is refused as expired; memory of it may go.
	if _, _, err := v.Check(now.Add(11*time.Second), TopicHubs, raw); !errors.Is(err, ErrExpired) {
		t.Fatalf("late replay: got %v, want %v", err, ErrExpired)
	}
	raw2, _ := SignEnvelope(key, TopicHubs, 8, now.Add(20*time.Second), []byte("x"))
	if _, _, err := v.Check(now.Add(12*time.Second), TopicHubs, raw2); err != nil {
		t.Fatalf("next sequence number: got %v, want nil", err)
	}
	if got := len(v.seen); got != 1 {
		t.Fatalf("got %d remembered envelopes after expiry, want 1", got)
	}
}

// reencode decodes an envelope into a generic map and encodes it again with
// sorted keys: same content, other bytes.
func reencode(t *testing.T, raw []byte) []byte {
	t.Helper()
	var m map[string]any
	if err := msgpack.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.SetSortMapKeys(true)
	if err := enc.Encode(m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLimiter(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	a := ethcrypto.PubkeyToAddress(key.PublicKey)
	now := time.Unix(0, 0)
	l := newLimiter(2, 3)
	got := 0
	for range 10 {
		if l.allow(now, a) {
			got++
		}
	}
	if got != 3 {
		t.Fatalf("burst: got %d allowed, want 3", got)
	}
	now = now.Add(time.Second)
	got = 0
	for range 10 {
		if l.allow(now, a) {
			got++
		}
	}
	if got != 2 {
		t.Fatalf("after 1s at 2/s: got %d allowed, want 2", got)
	}
}

func FuzzOpenEnvelope(f *testing.F) {
	key, _ := ethcrypto.GenerateKey()
	good, _ := SignEnvelope(key, TopicHubs, 1, time.Unix(2_000_000_000, 0), []byte("payload"))
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{0x80})
	f.Add(good[:len(good)/2])
	f.Add(append(append([]byte{0x81, 0xa1, 'p'}, bytes.Repeat([]byte{0x91}, 100)...), 0xc0))
	f.Add([]byte{0x81, 0xa1, 'g', 0xc6, 0xff, 0xff, 0xff, 0xff, 0x00})
	f.Fuzz(func(t *testing.T, raw []byte) {
		e, pub, err := OpenEnvelope(raw, 4096)
		if err != nil {
			return
		}
		if pub == nil || ethcrypto.PubkeyToAddress(*pub) != e.From {
			t.Fatalf("accepted envelope whose signer %v is not its sender %s", pub, e.From)
		}
	})
}

func TestIdentityRoundTrip(t *testing.T) {
	for i := range 5 {
		t.Run(string(rune('a'+i)), func(t *testing.T) {
			key, _ := ethcrypto.GenerateKey()
			id, err := PeerIDFromKey(key)
			if err != nil {
				t.Fatal(err)
			}
			got, err := AddressFromPeerID(id)
			if err != nil {
				t.Fatal(err)
			}
			if want := ethcrypto.PubkeyToAddress(key.PublicKey); got != want {
				t.Fatalf("got address %s, want %s", got, want)
			}
		})
	}
}

// TestOpenEnvelopeHostile: an envelope nested five million deep (5 MB, under
// a generous MaxSize) or a dozen bytes declaring a four-gigabyte signature
// is malformed, not a stack overflow or an allocation.
func TestOpenEnvelopeHostile(t *testing.T) {
	deep := []byte{0x81, 0xa1, 'x'}
	deep = append(deep, bytes.Repeat([]byte{0x91}, 5_000_000)...)
	deep = append(deep, 0xc0)
	huge := []byte{0x81, 0xa1, 'g', 0xc6, 0xff, 0xff, 0xff, 0xff, 0x00}
	for name, raw := range map[string][]byte{"deep": deep, "huge": huge} {
		t.Run(name, func(t *testing.T) {
			if _, _, err := OpenEnvelope(raw, 16<<20); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
}
