package p2p

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"
)

// limiter is a token bucket per sender (x/time/rate): a sender may publish
// Burst messages at once and Rate messages per second on average. Time comes
// in as an argument.
type limiter struct {
	rate  rate.Limit
	burst int
	mu    sync.Mutex
	b     map[common.Address]*rate.Limiter
}

// maxSenders bounds the buckets kept; past it, full buckets are forgotten.
const maxSenders = 100_000

func newLimiter(r float64, burst int) *limiter {
	return &limiter{rate: rate.Limit(r), burst: burst, b: make(map[common.Address]*rate.Limiter)}
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
		if len(l.b) >= maxSenders {
			l.prune(now)
		}
		b = rate.NewLimiter(l.rate, l.burst)
		l.b[sender] = b
	}
	return b.AllowN(now, 1)
}

// prune forgets buckets that have refilled: they hold no information.
func (l *limiter) prune(now time.Time) {
	for k, b := range l.b {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.b, k)
		}
	}
}
