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
/// confirms and the escrow goes to the hub wallet. No result by the deadline:
/// the buyer takes a refund. Result committed and the buyer silent past the
/// dispute window: the hub claims. A dispute goes to the DAO, which splits.
///
/// To keep a deal's lifecycle cheap, a batch deal is not kept in storage: one
/// slot per deal holds the hash of its fields (its status in the low byte) and
/// every call passes the fields back; DealOpened and ResultCommitted carry
/// them for readers. Settled deals keep only their final status.
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
        uint256 nonce; // makes each quote unique
    }

    /// @notice The fields of a batch deal, passed back by every call.
    struct Deal {
        address buyer;
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
        "Quote(address wallet,address buyer,bytes32 specHash,uint256 price,uint64 deadline,uint64 expiry,uint256 nonce)"
    );
    bytes32 public constant STREAM_QUOTE_TYPEHASH = keccak256(
        "StreamQuote(address wallet,address buyer,bytes32 specHash,uint256 ratePerSecond,uint64 expiry,uint256 nonce)"
    );

    IERC20 public immutable token;
    /// @notice The DAO timelock, which resolves disputes.
    address public immutable dao;
    /// @notice Seconds after a commit during which the buyer may dispute.
    uint64 public immutable disputeWindow;

    mapping(bytes32 id => bytes32 seal) private _seals;
    mapping(bytes32 id => Stream) private _streams;

    event DealOpened(
        bytes32 indexed id,
        address indexed buyer,
        address indexed wallet,
        address hub,
        uint256 amount,
        bytes32 specHash,
        uint64 deadline
    );
    event ResultCommitted(bytes32 indexed id, bytes32 resultHash, uint64 committedAt);
    event DealConfirmed(bytes32 indexed id, uint256 amount);
    event DealRefunded(bytes32 indexed id, uint256 amount);
    event DealClaimed(bytes32 indexed id, uint256 amount);
    event DealDisputed(bytes32 indexed id);
    event DealResolved(bytes32 indexed id, uint256 toBuyer, uint256 toHub);

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
    error DealExists(bytes32 id);
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

    /// @notice The EIP-712 digest of a quote; it is also the deal's id.
    function quoteDigest(Quote calldata q) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(QUOTE_TYPEHASH, q.wallet, q.buyer, q.specHash, q.price, q.deadline, q.expiry, q.nonce))
        );
    }

    /// @notice Opens a deal from a hub's signed quote, pulling the price from
    /// the buyer (who approved it).
    /// @return id the deal id (the quote's digest)
    function open(Quote calldata q, bytes calldata signature) public nonReentrant returns (bytes32 id) {
        if (msg.sender != q.buyer) revert NotBuyer(msg.sender, q.buyer);
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, uint64(block.timestamp));
        if (q.deadline <= block.timestamp) revert DeadlineInPast(q.deadline, uint64(block.timestamp));
        if (q.price == 0) revert ZeroAmount();
        id = quoteDigest(q);
        if (_seals[id] != 0) revert DealExists(id);
        address hub = _checkHub(id, signature, q.wallet);
        Deal memory d = Deal(q.buyer, q.wallet, hub, q.price, q.specHash, q.deadline, 0, 0, Status.Open);
        _seals[id] = _seal(d);
        emit DealOpened(id, q.buyer, q.wallet, hub, q.price, q.specHash, q.deadline);
        token.safeTransferFrom(q.buyer, address(this), q.price);
    }

    /// @notice open() with an EIP-2612 permit instead of a prior approve.
    function openWithPermit(
        Quote calldata q,
        bytes calldata signature,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (bytes32 id) {
        // A permit front-run by someone else has already set the allowance.
        try IERC20Permit(address(token)).permit(q.buyer, address(this), q.price, permitDeadline, v, r, s) {} catch {}
        return open(q, signature);
    }

    /// @notice The hub commits the result hash of an open deal, before its deadline.
    function commit(bytes32 id, Deal calldata d, bytes32 resultHash) external {
        Deal memory m = _load(id, d, Status.Open);
        if (msg.sender != m.hub) revert NotHub(msg.sender, m.hub);
        if (block.timestamp > m.deadline) revert DeadlinePassed(id, m.deadline);
        m.resultHash = resultHash;
        m.committedAt = uint64(block.timestamp);
        m.status = Status.Committed;
        _seals[id] = _seal(m);
        emit ResultCommitted(id, resultHash, m.committedAt);
    }

    /// @notice The buyer accepts the committed result: the escrow goes to the hub wallet.
    function confirm(bytes32 id, Deal calldata d) external nonReentrant {
        Deal memory m = _load(id, d, Status.Committed);
        if (msg.sender != m.buyer) revert NotBuyer(msg.sender, m.buyer);
        _settle(id, Status.Confirmed);
        emit DealConfirmed(id, m.amount);
        token.safeTransfer(m.wallet, m.amount);
    }

    /// @notice The buyer takes the escrow back when no result came by the deadline.
    function refund(bytes32 id, Deal calldata d) external nonReentrant {
        Deal memory m = _load(id, d, Status.Open);
        if (msg.sender != m.buyer) revert NotBuyer(msg.sender, m.buyer);
        if (block.timestamp <= m.deadline) revert DeadlineNotReached(id, m.deadline);
        _settle(id, Status.Refunded);
        emit DealRefunded(id, m.amount);
        token.safeTransfer(m.buyer, m.amount);
    }

    /// @notice The hub takes the escrow when the buyer stayed silent past the dispute window.
    function claim(bytes32 id, Deal calldata d) external nonReentrant {
        Deal memory m = _load(id, d, Status.Committed);
        if (msg.sender != m.hub) revert NotHub(msg.sender, m.hub);
        uint64 endsAt = m.committedAt + disputeWindow;
        if (block.timestamp <= endsAt) revert DisputeWindowOpen(id, endsAt);
        _settle(id, Status.Claimed);
        emit DealClaimed(id, m.amount);
        token.safeTransfer(m.wallet, m.amount);
    }

    /// @notice The buyer disputes a committed result within the dispute window; the DAO decides.
    function dispute(bytes32 id, Deal calldata d) external {
        Deal memory m = _load(id, d, Status.Committed);
        if (msg.sender != m.buyer) revert NotBuyer(msg.sender, m.buyer);
        uint64 endsAt = m.committedAt + disputeWindow;
        if (block.timestamp > endsAt) revert DisputeWindowClosed(id, endsAt);
        m.status = Status.Disputed;
        _seals[id] = _seal(m);
        emit DealDisputed(id);
    }

    /// @notice The DAO resolves a dispute: `toBuyer` goes back to the buyer, the rest to the hub wallet.
    function resolve(bytes32 id, Deal calldata d, uint256 toBuyer) external nonReentrant {
        if (msg.sender != dao) revert NotDAO(msg.sender);
        Deal memory m = _load(id, d, Status.Disputed);
        if (toBuyer > m.amount) revert ShareTooLarge(toBuyer, m.amount);
        uint256 toHub = m.amount - toBuyer;
        _settle(id, Status.Resolved);
        emit DealResolved(id, toBuyer, toHub);
        if (toBuyer > 0) token.safeTransfer(m.buyer, toBuyer);
        if (toHub > 0) token.safeTransfer(m.wallet, toHub);
    }

    /// @notice The status of a deal (None for an unknown id).
    function statusOf(bytes32 id) external view returns (Status) {
        return Status(uint8(uint256(_seals[id])));
    }

    /// @notice Whether `d` is the current state of deal `id`.
    function matches(bytes32 id, Deal calldata d) external view returns (bool) {
        bytes32 v = _seals[id];
        return v != 0 && v == _seal(d);
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
    function openStream(StreamQuote calldata q, bytes calldata signature, uint256 deposit)
        external
        nonReentrant
        returns (bytes32 id)
    {
        if (msg.sender != q.buyer) revert NotBuyer(msg.sender, q.buyer);
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, uint64(block.timestamp));
        if (q.ratePerSecond == 0 || deposit == 0) revert ZeroAmount();
        id = streamQuoteDigest(q);
        if (_streams[id].buyer != address(0)) revert StreamExists(id);
        address hub = _checkHub(id, signature, q.wallet);
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

    /// @notice The hub bills what is due; the stream closes when its funds run out.
    function bill(bytes32 id) external nonReentrant returns (uint256 amount) {
        Stream storage s = _openStream(id);
        if (msg.sender != s.hub) revert NotHub(msg.sender, s.hub);
        amount = _bill(id, s);
        if (s.balance == 0) {
            s.open = false;
            emit StreamClosed(id, 0);
        }
        if (amount > 0) token.safeTransfer(s.wallet, amount);
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
        if (amount > 0) token.safeTransfer(s.wallet, amount);
        if (rest > 0) token.safeTransfer(s.buyer, rest);
    }

    // ---- internals ----

    function _checkHub(bytes32 digest, bytes calldata signature, address wallet) private view returns (address hub) {
        hub = ECDSA.recover(digest, signature);
        (address walletOwner, HubWallet.State st) = HubWallet(wallet).ownerAndState();
        if (hub != walletOwner) revert BadSignature(hub, walletOwner);
        if (st != HubWallet.State.Registered) revert HubNotRegistered(wallet, st);
    }

    function _seal(Deal memory d) private pure returns (bytes32) {
        bytes32 h = keccak256(abi.encode(d));
        return (h & ~bytes32(uint256(0xff))) | bytes32(uint256(uint8(d.status)));
    }

    function _load(bytes32 id, Deal calldata d, Status want) private view returns (Deal memory m) {
        bytes32 v = _seals[id];
        if (v == 0) revert UnknownDeal(id);
        m = d;
        Status have = Status(uint8(uint256(v)));
        if (have != want) revert WrongStatus(id, have);
        if (_seal(m) != v) revert UnknownDeal(id);
    }

    function _settle(bytes32 id, Status final_) private {
        _seals[id] = bytes32(uint256(uint8(final_)));
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
