package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain/bind/deals"
)

// DealStatus is a batch deal's status.
type DealStatus uint8

// Deal statuses.
const (
	DealNone DealStatus = iota
	DealOpen
	DealCommitted
	DealDisputed
	DealConfirmed
	DealRefunded
	DealClaimed
	DealResolved
)

func (s DealStatus) String() string { return dealStatusName(uint8(s)) }

// Quote is a hub's offer for one batch task; the hub signs it (EIP-712) and
// the buyer opens the deal with it in one transaction.
type Quote struct {
	Wallet   common.Address `json:"wallet"`
	Buyer    common.Address `json:"buyer"`
	SpecHash common.Hash    `json:"spec_hash"`
	Price    *big.Int       `json:"price"`
	Deadline uint64         `json:"deadline"` // unix seconds
	Expiry   uint64         `json:"expiry"`   // unix seconds
	Nonce    *big.Int       `json:"nonce"`
}

func (q Quote) binding() deals.DealsQuote {
	return deals.DealsQuote{Wallet: q.Wallet, Buyer: q.Buyer, SpecHash: q.SpecHash, Price: q.Price,
		Deadline: q.Deadline, Expiry: q.Expiry, Nonce: q.Nonce}
}

// Deal is the state of a batch deal.
type Deal struct {
	ID          common.Hash    `json:"id"`
	Buyer       common.Address `json:"buyer"`
	Wallet      common.Address `json:"wallet"`
	Hub         common.Address `json:"hub"`
	Amount      *big.Int       `json:"amount"`
	SpecHash    common.Hash    `json:"spec_hash"`
	Deadline    uint64         `json:"deadline"`
	CommittedAt uint64         `json:"committed_at,omitempty"`
	ResultHash  common.Hash    `json:"result_hash,omitempty"`
	Status      DealStatus     `json:"-"`
	StatusName  string         `json:"status"`
}

func (d Deal) binding() deals.DealsDeal {
	return deals.DealsDeal{Buyer: d.Buyer, Wallet: d.Wallet, Hub: d.Hub, Amount: d.Amount, SpecHash: d.SpecHash,
		Deadline: d.Deadline, CommittedAt: d.CommittedAt, ResultHash: d.ResultHash, Status: uint8(d.Status)}
}

var (
	eip712DomainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	quoteType        = crypto.Keccak256Hash([]byte("Quote(address wallet,address buyer,bytes32 specHash,uint256 price,uint64 deadline,uint64 expiry,uint256 nonce)"))
	streamQuoteType  = crypto.Keccak256Hash([]byte("StreamQuote(address wallet,address buyer,bytes32 specHash,uint256 ratePerSecond,uint64 expiry,uint256 nonce)"))
)

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

func encode(types []string, vals ...any) []byte {
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		args[i] = abi.Argument{Type: mustType(t)}
	}
	b, err := args.Pack(vals...)
	if err != nil {
		panic(fmt.Sprintf("abi encode: %v", err))
	}
	return b
}

// domainSeparator of the Deals contract (EIP-712 name "sonm Deals", version "1").
func domainSeparator(chainID uint64, deals common.Address) common.Hash {
	return crypto.Keccak256Hash(encode([]string{"bytes32", "bytes32", "bytes32", "uint256", "address"},
		eip712DomainType, crypto.Keccak256Hash([]byte("sonm Deals")), crypto.Keccak256Hash([]byte("1")),
		new(big.Int).SetUint64(chainID), deals))
}

func typedDigest(chainID uint64, deals common.Address, structHash common.Hash) common.Hash {
	ds := domainSeparator(chainID, deals)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], structHash[:])
}

// QuoteDigest is the EIP-712 digest of a quote; it is also the deal's id.
func (c *Client) QuoteDigest(q Quote) common.Hash {
	sh := crypto.Keccak256Hash(encode([]string{"bytes32", "address", "address", "bytes32", "uint256", "uint64", "uint64", "uint256"},
		quoteType, q.Wallet, q.Buyer, q.SpecHash, q.Price, q.Deadline, q.Expiry, q.Nonce))
	return typedDigest(c.dep.ChainID, c.dep.Deals, sh)
}

// SignDigest signs an EIP-712 digest with key, in the 65-byte r||s||v form
// (v = 27 or 28) that the contracts recover.
func SignDigest(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// SignQuote signs a quote as the hub (the wallet's owner).
func (c *Client) SignQuote(q Quote, hubKey *ecdsa.PrivateKey) ([]byte, error) {
	return SignDigest(c.QuoteDigest(q), hubKey)
}

// OpenDeal opens a batch deal from a signed quote as the buyer, approving the
// price to the Deals contract first when the allowance is short. The receipt
// is that of the opening transaction.
func (c *Client) OpenDeal(ctx context.Context, from *bind.TransactOpts, q Quote, sig []byte) (Deal, *types.Receipt, error) {
	have, err := c.Allowance(ctx, from.From, c.dep.Deals)
	if err != nil {
		return Deal{}, nil, err
	}
	if have.Cmp(q.Price) < 0 {
		if _, err := c.Approve(ctx, from, c.dep.Deals, q.Price); err != nil {
			return Deal{}, nil, fmt.Errorf("open deal: %w", err)
		}
	}
	return c.openDeal(ctx, from, c.deals.PackOpen(q.binding(), sig))
}

func (c *Client) openDeal(ctx context.Context, from *bind.TransactOpts, data []byte) (Deal, *types.Receipt, error) {
	rcpt, err := c.send(ctx, from, "open deal", c.dep.Deals, data)
	if err != nil {
		return Deal{}, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.deals.UnpackDealOpenedEvent(l); err == nil {
			return Deal{ID: ev.Id, Buyer: ev.Buyer, Wallet: ev.Wallet, Hub: ev.Hub, Amount: ev.Amount,
				SpecHash: ev.SpecHash, Deadline: ev.Deadline, Status: DealOpen, StatusName: DealOpen.String()}, rcpt, nil
		}
	}
	return Deal{}, rcpt, fmt.Errorf("open deal: no DealOpened event in %s", rcpt.TxHash.Hex())
}

// OpenDealWithPermit opens a deal in one transaction, with an EIP-2612 permit
// signed by the buyer's key instead of a prior approve.
func (c *Client) OpenDealWithPermit(ctx context.Context, from *bind.TransactOpts, buyerKey *ecdsa.PrivateKey, q Quote, sig []byte) (Deal, *types.Receipt, error) {
	nonce, err := call(ctx, c, "read permit nonce", c.dep.Token, c.token.PackNonces(from.From), c.token.UnpackNonces)
	if err != nil {
		return Deal{}, nil, err
	}
	deadline := new(big.Int).SetUint64(q.Expiry)
	permitType := crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	sh := crypto.Keccak256Hash(encode([]string{"bytes32", "address", "address", "uint256", "uint256", "uint256"},
		permitType, from.From, c.dep.Deals, q.Price, nonce, deadline))
	ds := crypto.Keccak256Hash(encode([]string{"bytes32", "bytes32", "bytes32", "uint256", "address"},
		eip712DomainType, crypto.Keccak256Hash([]byte("SONM Token")), crypto.Keccak256Hash([]byte("1")),
		new(big.Int).SetUint64(c.dep.ChainID), c.dep.Token))
	digest := crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], sh[:])
	psig, err := SignDigest(digest, buyerKey)
	if err != nil {
		return Deal{}, nil, err
	}
	var r, s [32]byte
	copy(r[:], psig[:32])
	copy(s[:], psig[32:64])
	return c.openDeal(ctx, from, c.deals.PackOpenWithPermit(q.binding(), sig, deadline, psig[64], r, s))
}

// Deal reads a batch deal's current state from the chain's events.
func (c *Client) Deal(ctx context.Context, id common.Hash) (Deal, error) {
	st, err := call(ctx, c, "read deal", c.dep.Deals, c.deals.PackStatusOf(id), c.deals.UnpackStatusOf)
	if err != nil {
		return Deal{}, err
	}
	if DealStatus(st) == DealNone {
		return Deal{}, &Error{Op: "read deal", Kind: ErrUnknown, Msg: fmt.Sprintf("deal %s does not exist", id.Hex())}
	}
	abiDeals := c.deals.GetABI()
	logs, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, c.dep.Deals, abiDeals.Events["DealOpened"].ID, []common.Hash{id}))
	if err != nil {
		return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	if len(logs) == 0 {
		return Deal{}, fmt.Errorf("read deal %s: no DealOpened event since block %d", id.Hex(), c.dep.Block)
	}
	ev, err := c.deals.UnpackDealOpenedEvent(&logs[0])
	if err != nil {
		return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	d := Deal{ID: id, Buyer: ev.Buyer, Wallet: ev.Wallet, Hub: ev.Hub, Amount: ev.Amount, SpecHash: ev.SpecHash,
		Deadline: ev.Deadline, Status: DealStatus(st)}
	d.StatusName = d.Status.String()
	commits, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, c.dep.Deals, abiDeals.Events["ResultCommitted"].ID, []common.Hash{id}))
	if err != nil {
		return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	if len(commits) > 0 {
		cm, err := c.deals.UnpackResultCommittedEvent(&commits[len(commits)-1])
		if err != nil {
			return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
		}
		d.ResultHash, d.CommittedAt = cm.ResultHash, cm.CommittedAt
	}
	return d, nil
}

func (c *Client) dealTx(ctx context.Context, from *bind.TransactOpts, op string, id common.Hash, data func(deals.DealsDeal) []byte) (*types.Receipt, error) {
	d, err := c.Deal(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return c.send(ctx, from, op, c.dep.Deals, data(d.binding()))
}

// CommitResult commits the result hash of an open deal (the hub).
func (c *Client) CommitResult(ctx context.Context, from *bind.TransactOpts, id, result common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "commit result", id, func(d deals.DealsDeal) []byte { return c.deals.PackCommit(id, d, result) })
}

// ConfirmDeal releases the escrow to the hub wallet (the buyer).
func (c *Client) ConfirmDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "confirm deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackConfirm(id, d) })
}

// RefundDeal returns the escrow to the buyer after a missed deadline.
func (c *Client) RefundDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "refund deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackRefund(id, d) })
}

// ClaimDeal takes the escrow for the hub after the dispute window.
func (c *Client) ClaimDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "claim deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackClaim(id, d) })
}

// DisputeDeal sends a committed deal to the DAO (the buyer, within the window).
func (c *Client) DisputeDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "dispute deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackDispute(id, d) })
}

// DisputeWindow returns how long a buyer may dispute a committed result.
func (c *Client) DisputeWindow(ctx context.Context) (time.Duration, error) {
	w, err := call(ctx, c, "read dispute window", c.dep.Deals, c.deals.PackDisputeWindow(), c.deals.UnpackDisputeWindow)
	return time.Duration(w) * time.Second, err
}

// StreamQuote is a hub's offer for a pay-as-you-go service.
type StreamQuote struct {
	Wallet        common.Address
	Buyer         common.Address
	SpecHash      common.Hash
	RatePerSecond *big.Int
	Expiry        uint64
	Nonce         *big.Int
}

// StreamQuoteDigest is the EIP-712 digest of a stream quote; it is also the stream's id.
func (c *Client) StreamQuoteDigest(q StreamQuote) common.Hash {
	sh := crypto.Keccak256Hash(encode([]string{"bytes32", "address", "address", "bytes32", "uint256", "uint64", "uint256"},
		streamQuoteType, q.Wallet, q.Buyer, q.SpecHash, q.RatePerSecond, q.Expiry, q.Nonce))
	return typedDigest(c.dep.ChainID, c.dep.Deals, sh)
}

// Stream is a service deal's state.
type Stream struct {
	ID            common.Hash
	Buyer         common.Address
	Wallet        common.Address
	Hub           common.Address
	SettledAt     uint64
	Open          bool
	RatePerSecond *big.Int
	Balance       *big.Int
	SpecHash      common.Hash
}

// OpenStream opens a service deal with deposit wei, approving first when needed.
func (c *Client) OpenStream(ctx context.Context, from *bind.TransactOpts, q StreamQuote, sig []byte, deposit *big.Int) (common.Hash, error) {
	have, err := c.Allowance(ctx, from.From, c.dep.Deals)
	if err != nil {
		return common.Hash{}, err
	}
	if have.Cmp(deposit) < 0 {
		if _, err := c.Approve(ctx, from, c.dep.Deals, deposit); err != nil {
			return common.Hash{}, fmt.Errorf("open stream: %w", err)
		}
	}
	b := deals.DealsStreamQuote{Wallet: q.Wallet, Buyer: q.Buyer, SpecHash: q.SpecHash, RatePerSecond: q.RatePerSecond, Expiry: q.Expiry, Nonce: q.Nonce}
	if _, err := c.send(ctx, from, "open stream", c.dep.Deals, c.deals.PackOpenStream(b, sig, deposit)); err != nil {
		return common.Hash{}, err
	}
	return c.StreamQuoteDigest(q), nil
}

// StreamState reads a service deal.
func (c *Client) StreamState(ctx context.Context, id common.Hash) (Stream, error) {
	s, err := call(ctx, c, "read stream", c.dep.Deals, c.deals.PackStream(id), c.deals.UnpackStream)
	if err != nil {
		return Stream{}, err
	}
	return Stream{ID: id, Buyer: s.Buyer, Wallet: s.Wallet, Hub: s.Hub, SettledAt: s.SettledAt, Open: s.Open,
		RatePerSecond: s.RatePerSecond, Balance: s.Balance, SpecHash: s.SpecHash}, nil
}

// Bill settles what a stream owes the hub now.
func (c *Client) Bill(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.send(ctx, from, "bill stream", c.dep.Deals, c.deals.PackBill(id))
}

// TopUp adds funds to a stream, approving first when needed.
func (c *Client) TopUp(ctx context.Context, from *bind.TransactOpts, id common.Hash, amount *big.Int) (*types.Receipt, error) {
	have, err := c.Allowance(ctx, from.From, c.dep.Deals)
	if err != nil {
		return nil, err
	}
	if have.Cmp(amount) < 0 {
		if _, err := c.Approve(ctx, from, c.dep.Deals, amount); err != nil {
			return nil, fmt.Errorf("top up stream: %w", err)
		}
	}
	return c.send(ctx, from, "top up stream", c.dep.Deals, c.deals.PackTopUp(id, amount))
}

// CloseStream settles and closes a stream, refunding the rest to the buyer.
func (c *Client) CloseStream(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.send(ctx, from, "close stream", c.dep.Deals, c.deals.PackCloseStream(id))
}
