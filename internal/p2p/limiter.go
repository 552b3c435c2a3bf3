package p2p

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// limiter is a token bucket per sender: a sender may publish Burst messages at
// once and Rate messages per second on average. Time comes in as an argument.
type limiter struct {
	rate  float64
	burst float64
	mu    sync.Mutex
	b     map[common.Address]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), b: make(map[common.Address]*bucket)}
}

// allow takes one token from sender's bucket and says whether there was one.
func (l *limiter) allow(now time.Time, sender common.Address) bool {
	if l.rate <= 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.b[sender]
	if !ok {
		if len(l.b) > 100_000 {
			l.prune(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.b[sender] = b
	}
	if el := now.Sub(b.at).Seconds(); el > 0 {
		b.tokens = min(l.burst, b.tokens+el*l.rate)
		b.at = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// prune forgets buckets that have refilled: they hold no information.
func (l *limiter) prune(now time.Time) {
	for k, b := range l.b {
		if b.tokens+now.Sub(b.at).Seconds()*l.rate >= l.burst {
			delete(l.b, k)
		}
	}
}
