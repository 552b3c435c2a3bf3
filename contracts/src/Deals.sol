// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {HubWallet} from "./HubWallet.sol";

/// @title Deals: buyers' escrow
/// @notice Batch deals: a buyer opens a deal with a hub's EIP-712 quote in one
/// transaction, depositing the price; the hub commits a result hash; the buyer
/// confirms and the escrow is credited to the hub wallet. No result by the
/// deadline: the buyer takes a refund. Result committed and the buyer silent
/// past the dispute window: the hub claims. A dispute goes to the DAO, which
/// splits the escrow.
///
/// Gas: a deal is not kept in storage. Each buyer has numbered lanes; a lane's
/// one slot holds the hash of its current deal's fields (status in the low
/// byte) and every call passes the fields back (DealOpened and
/// ResultCommitted carry them for readers). A settled lane keeps its next
/// sequence number, so the next deal on it rewrites a used slot instead of
/// creating one, and a quote (bound to lane and sequence) can never be
/// replayed. Released escrow is credited to the hub wallet and moved there by
/// release(wallet) in one transfer for many deals.
///
/// Service deals (streams) pay as they go: a rate per second, settled lazily
/// when the hub bills, topped up or closed by the buyer, closed when funds run
/// out.
contract Deals is EIP712, ReentrancyGuard {
    using SafeERC20 for IERC20;

    enum Status {
        None,
        Open,
        Committed,
        Disputed,
        Confirmed,
        Refunded,
        Claimed,
        Resolved
    }

    /// @notice A hub's signed offer for one batch task.
    struct Quote {
        address wallet; // hub wallet that receives the escrow
        address buyer; // the only account that may open the deal
        bytes32 specHash; // hash of the task spec
        uint256 price; // escrow in wei
        uint64 deadline; // result due by (unix seconds)
        uint64 expiry; // the quote is valid until (unix seconds)
        uint64 lane; // the buyer's lane the deal runs in
        uint64 seq; // the lane's next sequence number: a quote is usable once
    }

    /// @notice The fields of a batch deal, passed back by every call.
    struct Deal {
        address buyer;
        uint64 lane;
        uint64 seq;
        address wallet;
        address hub; // the wallet owner who signed the quote
        uint256 amount;
        bytes32 specHash;
        uint64 deadline;
        uint64 committedAt;
        bytes32 resultHash;
        Status status;
    }

    /// @notice A hub's signed offer for a pay-as-you-go service.
    struct StreamQuote {
        address wallet;
        address buyer;
        bytes32 specHash;
        uint256 ratePerSecond; // wei per second
        uint64 expiry;
        uint256 nonce;
    }

    struct Stream {
        address buyer;
        address wallet;
        address hub;
        uint64 settledAt;
        bool open;
        uint256 ratePerSecond;
        uint256 balance;
        bytes32 specHash;
    }

    bytes32 public constant QUOTE_TYPEHASH = keccak256(
        "Quote(address wallet,address buyer,bytes32 specHash,uint256 price,uint64 deadline,uint64 expiry,uint64 lane,uint64 seq)"
    );
    bytes32 public constant STREAM_QUOTE_TYPEHASH = keccak256(
        "StreamQuote(address wallet,address buyer,bytes32 specHash,uint256 ratePerSecond,uint64 expiry,uint256 nonce)"
    );

    IERC20 public immutable token;
    /// @notice The DAO timelock, which resolves disputes.
    address public immutable dao;
    /// @notice Seconds after a commit during which the buyer may dispute.
    uint64 public immutable disputeWindow;

    mapping(bytes32 laneKey => bytes32 slot) private _lanes;
    /// @notice Escrow released to a hub wallet and not yet moved there.
    mapping(address wallet => uint256) public credited;
    mapping(bytes32 id => Stream) private _streams;

    event DealOpened(
        bytes32 indexed id,
        address indexed buyer,
        address indexed wallet,
        address hub,
        uint256 amount,
        bytes32 specHash,
        uint64 deadline,
        uint64 lane,
        uint64 seq
    );
    event ResultCommitted(bytes32 indexed id, bytes32 resultHash, uint64 committedAt);
    event DealConfirmed(bytes32 indexed id, uint256 amount);
    event DealRefunded(bytes32 indexed id, uint256 amount);
    event DealClaimed(bytes32 indexed id, uint256 amount);
    event DealDisputed(bytes32 indexed id);
    event DealResolved(bytes32 indexed id, uint256 toBuyer, uint256 toHub);
    event Released(address indexed wallet, uint256 amount);

    event StreamOpened(
        bytes32 indexed id,
        address indexed buyer,
        address indexed wallet,
        address hub,
        uint256 ratePerSecond,
        uint256 deposit,
        bytes32 specHash
    );
    event StreamToppedUp(bytes32 indexed id, uint256 amount);
    event StreamBilled(bytes32 indexed id, uint256 amount, uint64 settledAt);
    event StreamClosed(bytes32 indexed id, uint256 refunded);

    error NotBuyer(address caller, address buyer);
    error NotHub(address caller, address hub);
    error NotDAO(address caller);
    error QuoteExpired(uint64 expiry, uint64 now_);
    error DeadlineInPast(uint64 deadline, uint64 now_);
    error ZeroAmount();
    error LaneBusy(uint64 lane, Status status);
    error WrongSeq(uint64 lane, uint64 want, uint64 got);
    error BadSignature(address signer, address walletOwner);
    error HubNotRegistered(address wallet, HubWallet.State state);
    error UnknownDeal(bytes32 id);
    error WrongStatus(bytes32 id, Status status);
    error DeadlinePassed(bytes32 id, uint64 deadline);
    error DeadlineNotReached(bytes32 id, uint64 deadline);
    error DisputeWindowOpen(bytes32 id, uint64 endsAt);
    error DisputeWindowClosed(bytes32 id, uint64 endedAt);
    error ShareTooLarge(uint256 share, uint256 amount);
    error UnknownStream(bytes32 id);
    error StreamExists(bytes32 id);
    error StreamClosedAlready(bytes32 id);

    /// @param token_ the SNM token
    /// @param dao_ the DAO timelock
    /// @param disputeWindow_ seconds the buyer has to dispute a committed result
    constructor(IERC20 token_, address dao_, uint64 disputeWindow_) EIP712("sonm Deals", "1") {
        token = token_;
        dao = dao_;
        disputeWindow = disputeWindow_;
    }

    // ---- batch deals ----

    /// @notice The EIP-712 digest of a quote: what the hub signs.
    function quoteDigest(Quote calldata q) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(QUOTE_TYPEHASH, q.wallet, q.buyer, q.specHash, q.price, q.deadline, q.expiry, q.lane, q.seq)
            )
        );
    }

    /// @notice A lane's state: the sequence number its next deal must carry,
    /// and the status of its current (or last) deal. A lane is free when that
    /// status is None or final (Confirmed, Refunded, Claimed, Resolved).
    function laneOf(address buyer, uint64 lane) external view returns (uint64 nextSeq, Status status, bool busy) {
        bytes32 v = _lanes[_laneKey(buyer, lane)];
        status = Status(uint8(uint256(v)));
        busy = _active(status);
        if (!busy) nextSeq = uint64(uint256(v) >> 8);
    }

    /// @notice A deal's id: (buyer, lane, seq) never repeats.
    function dealId(address buyer, uint64 lane, uint64 seq) public pure returns (bytes32) {
        return keccak256(abi.encode(buyer, lane, seq));
    }

    /// @notice Opens a deal from a hub's signed quote, pulling the price from
    /// the buyer (who approved it). The quote's lane must be free and its seq
    /// the lane's next one. The signature is in EIP-2098 compact form (r, vs).
    /// @return id the deal id
    function open(Quote calldata q, bytes32 r, bytes32 vs) public nonReentrant returns (bytes32 id) {
        if (msg.sender != q.buyer) revert NotBuyer(msg.sender, q.buyer);
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, uint64(block.timestamp));
        if (q.deadline <= block.timestamp) revert DeadlineInPast(q.deadline, uint64(block.timestamp));
        if (q.price == 0) revert ZeroAmount();
        bytes32 key = _laneKey(q.buyer, q.lane);
        bytes32 v = _lanes[key];
        Status st = Status(uint8(uint256(v)));
        if (_active(st)) revert LaneBusy(q.lane, st);
        if (uint64(uint256(v) >> 8) != q.seq) revert WrongSeq(q.lane, uint64(uint256(v) >> 8), q.seq);
        address hub = _checkHub(ECDSA.recover(quoteDigest(q), r, vs), q.wallet);
        Deal memory d = Deal(q.buyer, q.lane, q.seq, q.wallet, hub, q.price, q.specHash, q.deadline, 0, 0, Status.Open);
        _lanes[key] = _seal(d);
        id = _emitOpened(d);
        token.safeTransferFrom(q.buyer, address(this), q.price);
    }

    /// @notice open() with an EIP-2612 permit instead of a prior approve.
    function openWithPermit(
        Quote calldata q,
        bytes32 r,
        bytes32 vs,
        uint256 permitDeadline,
        uint8 pv,
        bytes32 pr,
        bytes32 ps
    ) external returns (bytes32 id) {
        // A permit front-run by someone else has already set the allowance.
        try IERC20Permit(address(token)).permit(q.buyer, address(this), q.price, permitDeadline, pv, pr, ps) {} catch {}
        return open(q, r, vs);
    }

    /// @notice The hub commits the result hash of an open deal, before its deadline.
    function commit(Deal calldata d, bytes32 resultHash) external {
        (Deal memory m, bytes32 key) = _load(d, Status.Open);
        if (msg.sender != m.hub) revert NotHub(msg.sender, m.hub);
        if (block.timestamp > m.deadline) revert DeadlinePassed(_id(m), m.deadline);
        m.resultHash = resultHash;
        m.committedAt = uint64(block.timestamp);
        m.status = Status.Committed;
        _lanes[key] = _seal(m);
        emit ResultCommitted(_id(m), resultHash, m.committedAt);
    }

    /// @notice The buyer accepts the committed result: the escrow is credited to the hub wallet.
    function confirm(Deal calldata d) external {
        (Deal memory m, bytes32 key) = _load(d, Status.Committed);
        if (msg.sender != m.buyer) revert NotBuyer(msg.sender, m.buyer);
        _settle(key, m, Status.Confirmed);
        credited[m.wallet] += m.amount;
        emit DealConfirmed(_id(m), m.amount);
    }

    /// @notice The buyer takes the escrow back when no result came by the deadline.
    function refund(Deal calldata d) external nonReentrant {
        (Deal memory m, bytes32 key) = _load(d, Status.Open);
        if (msg.sender != m.buyer) revert NotBuyer(msg.sender, m.buyer);
        if (block.timestamp <= m.deadline) revert DeadlineNotReached(_id(m), m.deadline);
        _settle(key, m, Status.Refunded);
        emit DealRefunded(_id(m), m.amount);
        token.safeTransfer(m.buyer, m.amount);
    }

    /// @notice The hub takes the escrow when the buyer stayed silent past the dispute window.
    function claim(Deal calldata d) external {
        (Deal memory m, bytes32 key) = _load(d, Status.Committed);
        if (msg.sender != m.hub) revert NotHub(msg.sender, m.hub);
        uint64 endsAt = m.committedAt + disputeWindow;
        if (block.timestamp <= endsAt) revert DisputeWindowOpen(_id(m), endsAt);
        _settle(key, m, Status.Claimed);
        credited[m.wallet] += m.amount;
        emit DealClaimed(_id(m), m.amount);
    }

    /// @notice The buyer disputes a committed result within the dispute window; the DAO decides.
    function dispute(Deal calldata d) external {
        (Deal memory m, bytes32 key) = _load(d, Status.Committed);
        if (msg.sender != m.buyer) revert NotBuyer(msg.sender, m.buyer);
        uint64 endsAt = m.committedAt + disputeWindow;
        if (block.timestamp > endsAt) revert DisputeWindowClosed(_id(m), endsAt);
        m.status = Status.Disputed;
        _lanes[key] = _seal(m);
        emit DealDisputed(_id(m));
    }

    /// @notice The DAO resolves a dispute: `toBuyer` goes back to the buyer, the rest to the hub wallet.
    function resolve(Deal calldata d, uint256 toBuyer) external nonReentrant {
        if (msg.sender != dao) revert NotDAO(msg.sender);
        (Deal memory m, bytes32 key) = _load(d, Status.Disputed);
        if (toBuyer > m.amount) revert ShareTooLarge(toBuyer, m.amount);
        uint256 toHub = m.amount - toBuyer;
        _settle(key, m, Status.Resolved);
        credited[m.wallet] += toHub;
        emit DealResolved(_id(m), toBuyer, toHub);
        if (toBuyer > 0) token.safeTransfer(m.buyer, toBuyer);
    }

    /// @notice Moves everything credited to a hub wallet into it, through the
    /// wallet's deposit() so that the wallet accounts for it (a plain transfer
    /// would look to the wallet like miners' pulls in reverse). Anyone may
    /// call. A Suspected or Punished wallet refuses deposits: the escrow then
    /// stays credited here.
    function release(address wallet) external nonReentrant returns (uint256 amount) {
        amount = credited[wallet];
        if (amount == 0) return 0;
        credited[wallet] = 0;
        emit Released(wallet, amount);
        token.forceApprove(wallet, amount);
        HubWallet(wallet).deposit(amount);
    }

    /// @notice Whether `d` is the current state of its lane.
    function matches(Deal calldata d) external view returns (bool) {
        bytes32 v = _lanes[_laneKey(d.buyer, d.lane)];
        return _active(Status(uint8(uint256(v)))) && v == _seal(d);
    }

    // ---- service deals (streams) ----

    /// @notice The EIP-712 digest of a stream quote; it is also the stream's id.
    function streamQuoteDigest(StreamQuote calldata q) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(STREAM_QUOTE_TYPEHASH, q.wallet, q.buyer, q.specHash, q.ratePerSecond, q.expiry, q.nonce)
            )
        );
    }

    /// @notice Opens a pay-as-you-go service deal with `deposit` wei from the buyer.
    function openStream(StreamQuote calldata q, bytes32 r, bytes32 vs, uint256 deposit)
        external
        nonReentrant
        returns (bytes32 id)
    {
        if (msg.sender != q.buyer) revert NotBuyer(msg.sender, q.buyer);
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, uint64(block.timestamp));
        if (q.ratePerSecond == 0 || deposit == 0) revert ZeroAmount();
        id = streamQuoteDigest(q);
        if (_streams[id].buyer != address(0)) revert StreamExists(id);
        address hub = _checkHub(ECDSA.recover(id, r, vs), q.wallet);
        _streams[id] = Stream(q.buyer, q.wallet, hub, uint64(block.timestamp), true, q.ratePerSecond, deposit, q.specHash);
        emit StreamOpened(id, q.buyer, q.wallet, hub, q.ratePerSecond, deposit, q.specHash);
        token.safeTransferFrom(q.buyer, address(this), deposit);
    }

    /// @notice What the hub may bill now.
    function owed(bytes32 id) public view returns (uint256) {
        Stream storage s = _streams[id];
        if (!s.open) return 0;
        uint256 due = (block.timestamp - s.settledAt) * s.ratePerSecond;
        return due < s.balance ? due : s.balance;
    }

    /// @notice One stream.
    function stream(bytes32 id) external view returns (Stream memory) {
        Stream memory s = _streams[id];
        if (s.buyer == address(0)) revert UnknownStream(id);
        return s;
    }

    /// @notice The hub bills what is due (credited to its wallet, see
    /// release); the stream closes when its funds run out.
    function bill(bytes32 id) external nonReentrant returns (uint256 amount) {
        Stream storage s = _openStream(id);
        if (msg.sender != s.hub) revert NotHub(msg.sender, s.hub);
        amount = _bill(id, s);
        if (s.balance == 0) {
            s.open = false;
            emit StreamClosed(id, 0);
        }
        credited[s.wallet] += amount;
    }

    /// @notice Adds funds to an open stream. Anyone may top up; the buyer gets any refund.
    function topUp(bytes32 id, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Stream storage s = _openStream(id);
        s.balance += amount;
        emit StreamToppedUp(id, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice The buyer (or the hub) closes a stream: what is due goes to the
    /// hub wallet, the rest back to the buyer.
    function closeStream(bytes32 id) external nonReentrant {
        Stream storage s = _openStream(id);
        if (msg.sender != s.buyer && msg.sender != s.hub) revert NotBuyer(msg.sender, s.buyer);
        uint256 amount = _bill(id, s);
        uint256 rest = s.balance;
        s.balance = 0;
        s.open = false;
        emit StreamClosed(id, rest);
        credited[s.wallet] += amount;
        if (rest > 0) token.safeTransfer(s.buyer, rest);
    }

    // ---- internals ----

    function _checkHub(address hub, address wallet) private view returns (address) {
        (address walletOwner, HubWallet.State st) = HubWallet(wallet).ownerAndState();
        if (hub != walletOwner) revert BadSignature(hub, walletOwner);
        if (st != HubWallet.State.Registered) revert HubNotRegistered(wallet, st);
        return hub;
    }

    function _id(Deal memory d) private pure returns (bytes32) {
        return dealId(d.buyer, d.lane, d.seq);
    }

    function _emitOpened(Deal memory d) private returns (bytes32 id) {
        id = _id(d);
        emit DealOpened(id, d.buyer, d.wallet, d.hub, d.amount, d.specHash, d.deadline, d.lane, d.seq);
    }

    function _laneKey(address buyer, uint64 lane) private pure returns (bytes32) {
        return keccak256(abi.encode(buyer, lane));
    }

    function _active(Status s) private pure returns (bool) {
        return s == Status.Open || s == Status.Committed || s == Status.Disputed;
    }

    function _seal(Deal memory d) private pure returns (bytes32) {
        bytes32 h = keccak256(abi.encode(d));
        return (h & ~bytes32(uint256(0xff))) | bytes32(uint256(uint8(d.status)));
    }

    function _load(Deal calldata d, Status want) private view returns (Deal memory m, bytes32 key) {
        key = _laneKey(d.buyer, d.lane);
        bytes32 v = _lanes[key];
        m = d;
        if (_seal(m) != v) {
            Status have = Status(uint8(uint256(v)));
            // The lane moved on (or never held this deal).
            if (_active(have) || uint64(uint256(v) >> 8) <= d.seq) revert UnknownDeal(_id(m));
            revert WrongStatus(_id(m), have);
        }
        if (m.status != want) revert WrongStatus(_id(m), m.status);
    }

    function _settle(bytes32 key, Deal memory m, Status final_) private {
        _lanes[key] = bytes32((uint256(m.seq + 1) << 8) | uint256(uint8(final_)));
    }

    function _openStream(bytes32 id) private view returns (Stream storage s) {
        s = _streams[id];
        if (s.buyer == address(0)) revert UnknownStream(id);
        if (!s.open) revert StreamClosedAlready(id);
    }

    function _bill(bytes32 id, Stream storage s) private returns (uint256 amount) {
        amount = owed(id);
        s.balance -= amount;
        s.settledAt = uint64(block.timestamp);
        emit StreamBilled(id, amount, s.settledAt);
    }
}
