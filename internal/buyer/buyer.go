// Package buyer is the buyer's side of sonm: it packs a task's local files
// into a torrent, gets a hub's signed quote and checks it against the chain,
// opens the deal (the price goes into escrow), hands the task to the hub,
// follows it, downloads the result, checks it against the hash the hub
// committed on chain, and only then confirms the deal. When something goes
// wrong it confirms nothing and says how the money comes back.
package buyer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/hubapi"
)

// Errors a buyer meets; each comes wrapped in a message that says what
// happened and what to do next.
var (
	// ErrQuoteRefused: the hub's quote failed a check; no money moved.
	ErrQuoteRefused = errors.New("quote refused")
	// ErrTaskFailed: the hub gave up on the task (or it was cancelled).
	ErrTaskFailed = errors.New("task failed")
	// ErrResultMismatch: the downloaded result does not match the hash the
	// hub reported or committed on chain.
	ErrResultMismatch = errors.New("result does not verify")
	// ErrTooEarly: the money cannot be taken back yet.
	ErrTooEarly = errors.New("too early")
	// ErrSettled: the deal is already settled.
	ErrSettled = errors.New("deal already settled")
	// ErrBadSpec: the spec cannot be sent as it is.
	ErrBadSpec = errors.New("bad task spec")
)

// Config holds what a Client needs.
type Config struct {
	Key      *ecdsa.PrivateKey // the buyer: signs deals, cancels and reads (Status, List, Results); nil: none of those, with Buyer set
	Buyer    common.Address    // the buyer's address when Key is nil
	Chain    *chain.Client     // deals are opened and confirmed on chain (nil: Status, List, Cancel only)
	Delivery *delivery.Node    // shares the bundle, fetches the result (started by the caller; nil: no Submit, Results)
	Log      *slog.Logger
	Out      io.Writer        // progress for people (nil: none)
	Now      func() time.Time // nil: time.Now
	// WorkDir receives the bundles of local files while they are shared
	// (default: the system's temporary directory). Close removes them.
	WorkDir string
	// Quota bounds the bytes of a downloaded result (zero: no limit).
	Quota int64
}

// Client is one buyer.
type Client struct {
	cfg  Config
	addr common.Address

	mu      sync.Mutex
	bundles []string        // directories to remove on Close
	fetched map[string]bool // info hashes of results this client downloaded
}

// New checks cfg; it does no I/O. What a method needs and cfg lacks (a
// key, the chain, a delivery node) is an error of that method.
func New(cfg Config) (*Client, error) {
	addr := cfg.Buyer
	if cfg.Key != nil {
		addr = crypto.PubkeyToAddress(cfg.Key.PublicKey)
		if cfg.Buyer != (common.Address{}) && cfg.Buyer != addr {
			return nil, fmt.Errorf("client: buyer %s is not the address of the key (%s)", cfg.Buyer.Hex(), addr.Hex())
		}
	}
	if addr == (common.Address{}) {
		return nil, errors.New("client: no buyer: give a key or an address")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.WorkDir == "" {
		cfg.WorkDir = os.TempDir()
	}
	return &Client{cfg: cfg, addr: addr}, nil
}

// need reports what a method lacks: "key", "chain" or "delivery".
func (c *Client) need(what ...string) error {
	for _, w := range what {
		switch {
		case w == "key" && c.cfg.Key == nil:
			return errors.New("this needs the buyer's key: unlock it (--from, --keystore)")
		case w == "chain" && c.cfg.Chain == nil:
			return errors.New("this needs the chain: no chain client was given")
		case w == "delivery" && c.cfg.Delivery == nil:
			return errors.New("this needs a torrent node: no delivery node was given")
		}
	}
	return nil
}

// opts signs the buyer's transactions.
func (c *Client) opts() *bind.TransactOpts {
	return c.cfg.Chain.Backend().Transactor(c.cfg.Key)
}

// Address is the buyer's account.
func (c *Client) Address() common.Address { return c.addr }

// Close removes the bundle directories this client made. The delivery node
// is the caller's; it stops seeding them when it closes.
func (c *Client) Close() error {
	c.mu.Lock()
	dirs := c.bundles
	c.bundles = nil
	c.mu.Unlock()
	var errs []error
	for _, d := range dirs {
		if err := os.RemoveAll(d); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (c *Client) printf(format string, args ...any) {
	fmt.Fprintf(c.cfg.Out, format, args...)
}

// dial reaches the hub service through its locator.
func (c *Client) dial(ctx context.Context, locatorAddr string) (*hubapi.Client, error) {
	if locatorAddr == "" {
		return nil, errors.New("no hub given: pass the hub's locator endpoint (HOST:PORT)")
	}
	return hubapi.DialVia(ctx, locatorAddr)
}

// parseTask reads a task id, which is the deal id.
func parseTask(task string) (common.Hash, error) {
	h, err := hubapi.ParseHash("task", task)
	if err != nil {
		return common.Hash{}, fmt.Errorf("task %q is not a task id (0x followed by 64 hex digits, as printed by sonm client submit)", task)
	}
	return h, nil
}

// chainNow is the time of the latest block: what the contracts compare
// deadlines and expiries with.
func (c *Client) chainNow(ctx context.Context) (time.Time, error) {
	return c.cfg.Chain.Backend().Now(ctx)
}
