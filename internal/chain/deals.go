package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
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
	Lane     uint64         `json:"lane"`     // the buyer's lane (see FreeLane)
	Seq      uint64         `json:"seq"`      // the lane's next sequence number
}

func (q Quote) binding() deals.DealsQuote {
	return deals.DealsQuote{Wallet: q.Wallet, Buyer: q.Buyer, SpecHash: q.SpecHash, Price: q.Price,
		Deadline: q.Deadline, Expiry: q.Expiry, Lane: q.Lane, Seq: q.Seq}
}

// Deal is the state of a batch deal.
type Deal struct {
	ID          common.Hash    `json:"id"`
	Buyer       common.Address `json:"buyer"`
	Lane        uint64         `json:"lane"`
	Seq         uint64         `json:"seq"`
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
	return deals.DealsDeal{Buyer: d.Buyer, Lane: d.Lane, Seq: d.Seq, Wallet: d.Wallet, Hub: d.Hub, Amount: d.Amount, SpecHash: d.SpecHash,
		Deadline: d.Deadline, CommittedAt: d.CommittedAt, ResultHash: d.ResultHash, Status: uint8(d.Status)}
}

var (
	eip712DomainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	quoteType        = crypto.Keccak256Hash([]byte("Quote(address wallet,address buyer,bytes32 specHash,uint256 price,uint64 deadline,uint64 expiry,uint64 lane,uint64 seq)"))
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

// DealID is the id of the deal opened in a buyer's lane with sequence seq.
func DealID(buyer common.Address, lane, seq uint64) common.Hash {
	return crypto.Keccak256Hash(encode([]string{"address", "uint64", "uint64"}, buyer, lane, seq))
}

// ID is the id of the deal this quote opens.
func (q Quote) ID() common.Hash { return DealID(q.Buyer, q.Lane, q.Seq) }

// compact turns a 65-byte r||s||v signature into EIP-2098 (r, vs).
func compact(sig []byte) (r, vs [32]byte, err error) {
	if len(sig) != 65 {
		return r, vs, fmt.Errorf("signature is %d bytes, want 65", len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return r, vs, fmt.Errorf("signature has recovery id %d, want 0 or 1", sig[64])
	}
	copy(r[:], sig[:32])
	copy(vs[:], sig[32:64])
	if v == 1 {
		vs[0] |= 0x80
	}
	return r, vs, nil
}

// QuoteDigest is the EIP-712 digest of a quote: what the hub signs.
func (c *Client) QuoteDigest(q Quote) common.Hash {
	sh := crypto.Keccak256Hash(encode([]string{"bytes32", "address", "address", "bytes32", "uint256", "uint64", "uint64", "uint64", "uint64"},
		quoteType, q.Wallet, q.Buyer, q.SpecHash, q.Price, q.Deadline, q.Expiry, q.Lane, q.Seq))
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
	r, vs, err := compact(sig)
	if err != nil {
		return Deal{}, nil, fmt.Errorf("open deal: %w", err)
	}
	return c.openDeal(ctx, from, c.deals.PackOpen(q.binding(), r, vs))
}

func (c *Client) openDeal(ctx context.Context, from *bind.TransactOpts, data []byte) (Deal, *types.Receipt, error) {
	rcpt, err := c.send(ctx, from, "open deal", c.dep.Deals, data)
	if err != nil {
		return Deal{}, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.deals.UnpackDealOpenedEvent(l); err == nil {
			return Deal{ID: ev.Id, Buyer: ev.Buyer, Lane: ev.Lane, Seq: ev.Seq, Wallet: ev.Wallet, Hub: ev.Hub, Amount: ev.Amount,
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
	var pr, ps [32]byte
	copy(pr[:], psig[:32])
	copy(ps[:], psig[32:64])
	r, vs, err := compact(sig)
	if err != nil {
		return Deal{}, nil, fmt.Errorf("open deal: %w", err)
	}
	return c.openDeal(ctx, from, c.deals.PackOpenWithPermit(q.binding(), r, vs, deadline, psig[64], pr, ps))
}

// FreeLane returns the buyer's first lane that holds no active deal and the
// sequence number a quote for it must carry.
func (c *Client) FreeLane(ctx context.Context, buyer common.Address) (lane, seq uint64, err error) {
	for lane = 0; lane < 1<<16; lane++ {
		st, err := call(ctx, c, "read deal lane", c.dep.Deals, c.deals.PackLaneOf(buyer, lane), c.deals.UnpackLaneOf)
		if err != nil {
			return 0, 0, err
		}
		if !st.Busy {
			return lane, st.NextSeq, nil
		}
	}
	return 0, 0, fmt.Errorf("buyer %s has no free deal lane", buyer.Hex())
}

// Deal reads a batch deal's current state from the chain's events.
func (c *Client) Deal(ctx context.Context, id common.Hash) (Deal, error) {
	ev := c.deals.GetABI().Events
	logs, err := c.b.Client().FilterLogs(ctx, filterQuery(c.dep.Block, c.dep.Deals, ev["DealOpened"].ID, []common.Hash{id}))
	if err != nil {
		return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	if len(logs) == 0 {
		return Deal{}, &Error{Op: "read deal", Kind: ErrUnknown, Msg: fmt.Sprintf("deal %s does not exist", id.Hex())}
	}
	op, err := c.deals.UnpackDealOpenedEvent(&logs[0])
	if err != nil {
		return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	d := Deal{ID: id, Buyer: op.Buyer, Lane: op.Lane, Seq: op.Seq, Wallet: op.Wallet, Hub: op.Hub, Amount: op.Amount,
		SpecHash: op.SpecHash, Deadline: op.Deadline, Status: DealOpen}
	// Every later step of a deal is an event with the deal id as its first topic.
	later, err := c.b.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(logs[0].BlockNumber),
		Addresses: []common.Address{c.dep.Deals},
		Topics: [][]common.Hash{{ev["ResultCommitted"].ID, ev["DealDisputed"].ID, ev["DealConfirmed"].ID,
			ev["DealRefunded"].ID, ev["DealClaimed"].ID, ev["DealResolved"].ID}, {id}},
	})
	if err != nil {
		return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	for i := range later {
		l := &later[i]
		switch l.Topics[0] {
		case ev["ResultCommitted"].ID:
			cm, err := c.deals.UnpackResultCommittedEvent(l)
			if err != nil {
				return Deal{}, fmt.Errorf("read deal %s: %w", id.Hex(), err)
			}
			d.ResultHash, d.CommittedAt, d.Status = cm.ResultHash, cm.CommittedAt, DealCommitted
		case ev["DealDisputed"].ID:
			d.Status = DealDisputed
		case ev["DealConfirmed"].ID:
			d.Status = DealConfirmed
		case ev["DealRefunded"].ID:
			d.Status = DealRefunded
		case ev["DealClaimed"].ID:
			d.Status = DealClaimed
		case ev["DealResolved"].ID:
			d.Status = DealResolved
		}
	}
	d.StatusName = d.Status.String()
	return d, nil
}

func (c *Client) dealTx(ctx context.Context, from *bind.TransactOpts, op string, id common.Hash, data func(deals.DealsDeal) []byte) (*types.Receipt, error) {
	d, err := c.Deal(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return c.send(ctx, from, op, c.dep.Deals, data(d.binding()))
}

// Credited returns the escrow released to a hub wallet and not yet moved there.
func (c *Client) Credited(ctx context.Context, wallet common.Address) (*big.Int, error) {
	return call(ctx, c, "read credited escrow", c.dep.Deals, c.deals.PackCredited(wallet), c.deals.UnpackCredited)
}

// Release moves the escrow credited to a hub wallet into it (anyone may).
func (c *Client) Release(ctx context.Context, from *bind.TransactOpts, wallet common.Address) (*types.Receipt, error) {
	return c.send(ctx, from, "release escrow to hub wallet", c.dep.Deals, c.deals.PackRelease(wallet))
}

// CommitResult commits the result hash of an open deal (the hub).
func (c *Client) CommitResult(ctx context.Context, from *bind.TransactOpts, id, result common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "commit result", id, func(d deals.DealsDeal) []byte { return c.deals.PackCommit(d, result) })
}

// ConfirmDeal releases the escrow to the hub wallet (the buyer).
func (c *Client) ConfirmDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "confirm deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackConfirm(d) })
}

// RefundDeal returns the escrow to the buyer after a missed deadline.
func (c *Client) RefundDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "refund deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackRefund(d) })
}

// ClaimDeal takes the escrow for the hub after the dispute window.
func (c *Client) ClaimDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "claim deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackClaim(d) })
}

// DisputeDeal sends a committed deal to the DAO (the buyer, within the window).
func (c *Client) DisputeDeal(ctx context.Context, from *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	return c.dealTx(ctx, from, "dispute deal", id, func(d deals.DealsDeal) []byte { return c.deals.PackDispute(d) })
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
	r, vs, err := compact(sig)
	if err != nil {
		return common.Hash{}, fmt.Errorf("open stream: %w", err)
	}
	if _, err := c.send(ctx, from, "open stream", c.dep.Deals, c.deals.PackOpenStream(b, r, vs, deposit)); err != nil {
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
