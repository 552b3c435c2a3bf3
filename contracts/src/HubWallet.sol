// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";
import {Whitelist} from "./Whitelist.sol";

/// @title HubWallet
/// @notice The collateral wallet of one hub, the whitepaper's state machine:
/// Created -> Registered -> Idle -> Registered ..., with the DAO able to move a
/// Registered wallet to Suspected, and from there back to Idle (rehab) or, after
/// the suspicion period, to Punished (ban).
///
/// Payouts: the owner approves each miner's pay with a standard ERC20 allowance
/// (the miner pulls it with transferFrom) and locks `lockFeeBps` of it until
/// PayDay. A payout is refused unless the balance covers everything frozen,
/// locked, approved-but-unclaimed and the payout itself.
///
/// Approved-but-unclaimed is tracked without a per-miner record (that record
/// would double the cost of a payout): the wallet remembers its balance after
/// each of its own actions, so a drop seen at the next action is what miners
/// pulled. Fund the wallet through deposit(); a plain transfer in is also
/// counted, but if it arrives together with a miner's pull the pull stays
/// counted as unclaimed, which only makes the wallet more conservative.
contract HubWallet is Initializable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    enum State {
        Created,
        Registered,
        Idle,
        Suspected,
        Punished
    }

    /// @notice Economic parameters, fixed at creation.
    struct Params {
        uint64 payoutPeriod; // seconds from registration to PayDay (30 days)
        uint64 suspicionPeriod; // seconds from suspect() before ban() is allowed (120 days)
        uint64 banHoldPeriod; // seconds seized funds stay frozen at the DAO
        uint16 lockFeeBps; // share of each payout locked until PayDay (3000 = 30%)
        uint16 daoFeeBps; // share of locked funds paid to the DAO at PayDay (50 = 0.5%)
        uint256 freezeAmount; // frozen at registration (1 SNM)
    }

    uint16 private constant BPS = 10_000;

    // owner and state share a slot: the Deals contract reads both per deal.
    address public owner;
    State public state;
    uint64 public registeredAt;
    IERC20 public token;
    uint64 public suspectedAt;
    address public dao;
    Whitelist public whitelist;
    Params private _params;

    /// @notice Frozen at registration, released at PayDay or rehab.
    uint256 public frozen;
    /// @notice Lock fees of the current payout period.
    uint256 public locked;
    /// @notice Approved to miners and not yet pulled (an upper bound, see above).
    uint256 public outstanding;
    /// @notice The balance as of this wallet's last action.
    uint256 public lastBalance;
    /// @notice Total approved to miners over the wallet's life.
    uint256 public totalPaid;
    /// @notice Where seized funds were sent at ban (a vesting wallet of the DAO).
    address public seizedTo;

    event Deposited(address indexed from, uint256 amount);
    event Registered(uint256 frozen, uint64 registeredAt);
    event Payout(address indexed miner, uint256 amount, uint256 lockFee);
    event Batch(uint256 miners, uint256 total, uint256 lockFee);
    event PayDay(uint256 daoFee, uint256 unlocked);
    event Withdrawn(address indexed to, uint256 amount);
    event Suspected(uint64 suspectedAt);
    event Rehabilitated(uint64 rehabilitatedAt);
    event Punished(uint256 seized, address vault, uint64 releaseAt);

    error NotOwner(address caller);
    error NotDAO(address caller);
    error WrongState(State current);
    error InsufficientForFreeze(uint256 available, uint256 required);
    error InsufficientFunds(uint256 available, uint256 required);
    error PayDayTooEarly(uint64 now_, uint64 dueAt);
    error BanTooEarly(uint64 now_, uint64 allowedAt);
    error LengthMismatch(uint256 miners, uint256 amounts);
    error ZeroAmount();
    error ZeroAddress();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    modifier onlyDAO() {
        if (msg.sender != dao) revert NotDAO(msg.sender);
        _;
    }

    modifier inState(State s) {
        if (state != s) revert WrongState(state);
        _;
    }

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a clone. Called once by the factory.
    function initialize(address owner_, address dao_, Whitelist whitelist_, IERC20 token_, Params calldata params_)
        external
        initializer
    {
        if (owner_ == address(0) || dao_ == address(0) || address(token_) == address(0)) revert ZeroAddress();
        owner = owner_;
        dao = dao_;
        whitelist = whitelist_;
        token = token_;
        _params = params_;
        state = State.Created;
    }

    /// @notice The wallet's economic parameters.
    function params() external view returns (Params memory) {
        return _params;
    }

    /// @notice The owner and the state in one call, for the Deals contract's quote check.
    function ownerAndState() external view returns (address, State) {
        return (owner, state);
    }

    /// @notice When PayDay becomes possible (0 unless Registered).
    function payDayAt() public view returns (uint64) {
        if (state != State.Registered) return 0;
        return registeredAt + _params.payoutPeriod;
    }

    /// @notice When ban() becomes possible (0 unless Suspected).
    function banAllowedAt() public view returns (uint64) {
        if (state != State.Suspected) return 0;
        return suspectedAt + _params.suspicionPeriod;
    }

    /// @notice Balance not frozen, locked or owed to miners.
    function available() public view returns (uint256) {
        uint256 bal = token.balanceOf(address(this));
        uint256 owed = _outstandingAt(bal);
        uint256 reserved = frozen + locked + owed;
        return bal > reserved ? bal - reserved : 0;
    }

    /// @notice Pulls `amount` SNM from the caller (who approved it) into the wallet.
    function deposit(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (state == State.Punished || state == State.Suspected) revert WrongState(state);
        _sync();
        lastBalance += amount;
        emit Deposited(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Registers the hub: freezes `freezeAmount` and stamps the time in
    /// the Whitelist. Allowed from Created or Idle.
    function register() external onlyOwner nonReentrant {
        if (state != State.Created && state != State.Idle) revert WrongState(state);
        uint256 bal = _sync();
        uint256 need = _params.freezeAmount;
        uint256 free = bal - outstanding;
        if (free < need) revert InsufficientForFreeze(free, need);
        frozen = need;
        locked = 0;
        registeredAt = uint64(block.timestamp);
        state = State.Registered;
        emit Registered(need, registeredAt);
        whitelist.onRegistered();
    }

    /// @notice Pays `amount` to `miner`: locks the lock fee and approves the
    /// amount to the miner, who pulls it with transferFrom.
    function transfer(address miner, uint256 amount) external onlyOwner inState(State.Registered) nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (miner == address(0)) revert ZeroAddress();
        uint256 bal = _sync();
        uint256 fee = amount * _params.lockFeeBps / BPS;
        _reserve(bal, amount, fee);
        emit Payout(miner, amount, fee);
        _approveMore(miner, amount);
    }

    /// @notice Pays many miners in one transaction; the same rules as transfer().
    function transferMany(address[] calldata miners, uint256[] calldata amounts)
        external
        onlyOwner
        inState(State.Registered)
        nonReentrant
    {
        uint256 n = miners.length;
        if (n != amounts.length) revert LengthMismatch(n, amounts.length);
        uint256 bal = _sync();
        uint256 total;
        uint256 fee;
        uint16 feeBps = _params.lockFeeBps;
        for (uint256 i; i < n; ++i) {
            uint256 a = amounts[i];
            if (a == 0) revert ZeroAmount();
            if (miners[i] == address(0)) revert ZeroAddress();
            total += a;
            fee += a * feeBps / BPS;
        }
        _reserve(bal, total, fee);
        emit Batch(n, total, fee);
        for (uint256 i; i < n; ++i) {
            uint256 a = amounts[i];
            emit Payout(miners[i], a, a * feeBps / BPS);
            _approveMore(miners[i], a);
        }
    }

    /// @notice PayDay: after the payout period, pays `daoFeeBps` of the locked
    /// funds to the DAO, unlocks everything and moves to Idle.
    function payDay() external inState(State.Registered) nonReentrant {
        uint64 due = registeredAt + _params.payoutPeriod;
        if (block.timestamp < due) revert PayDayTooEarly(uint64(block.timestamp), due);
        _sync();
        uint256 fee = locked * _params.daoFeeBps / BPS;
        uint256 unlocked = locked + frozen - fee;
        locked = 0;
        frozen = 0;
        state = State.Idle;
        lastBalance -= fee;
        emit PayDay(fee, unlocked);
        if (fee > 0) token.safeTransfer(dao, fee);
    }

    /// @notice Withdraws `amount` of the free balance to `to`. Created or Idle
    /// only; funds approved to miners stay theirs.
    function withdraw(address to, uint256 amount) external onlyOwner nonReentrant {
        if (state != State.Created && state != State.Idle) revert WrongState(state);
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 bal = _sync();
        uint256 free = bal - outstanding - frozen - locked;
        if (amount > free) revert InsufficientFunds(free, amount);
        lastBalance -= amount;
        emit Withdrawn(to, amount);
        token.safeTransfer(to, amount);
    }

    /// @notice The DAO suspects a registered hub: every token of the wallet is
    /// blocked until rehab() or ban().
    function suspect() external onlyDAO inState(State.Registered) {
        suspectedAt = uint64(block.timestamp);
        state = State.Suspected;
        emit Suspected(suspectedAt);
    }

    /// @notice The DAO clears a suspected hub: Idle, freezes and locks removed.
    function rehab() external onlyDAO inState(State.Suspected) {
        suspectedAt = 0;
        frozen = 0;
        locked = 0;
        state = State.Idle;
        emit Rehabilitated(uint64(block.timestamp));
    }

    /// @notice The DAO punishes a hub suspected at least `suspicionPeriod` ago:
    /// all funds not owed to miners go to the DAO, held frozen in a vesting
    /// wallet until `banHoldPeriod` has passed; the wallet is dead for good and
    /// the hub is blacklisted.
    function ban() external onlyDAO inState(State.Suspected) nonReentrant {
        uint64 allowed = suspectedAt + _params.suspicionPeriod;
        if (block.timestamp < allowed) revert BanTooEarly(uint64(block.timestamp), allowed);
        uint256 bal = _sync();
        uint256 seized = bal - outstanding;
        frozen = 0;
        locked = 0;
        state = State.Punished;
        uint64 releaseAt = uint64(block.timestamp) + _params.banHoldPeriod;
        VestingWallet vault = new VestingWallet(dao, releaseAt, 0);
        seizedTo = address(vault);
        lastBalance -= seized;
        emit Punished(seized, address(vault), releaseAt);
        whitelist.onBanned();
        if (seized > 0) token.safeTransfer(address(vault), seized);
    }

    /// @dev Brings `outstanding` and `lastBalance` up to date and returns the balance.
    function _sync() private returns (uint256 bal) {
        bal = token.balanceOf(address(this));
        outstanding = _outstandingAt(bal);
        lastBalance = bal;
    }

    function _outstandingAt(uint256 bal) private view returns (uint256) {
        uint256 last = lastBalance;
        uint256 owed = outstanding;
        if (bal < last) {
            uint256 pulled = last - bal;
            return pulled >= owed ? 0 : owed - pulled;
        }
        return owed;
    }

    function _reserve(uint256 bal, uint256 amount, uint256 fee) private {
        uint256 required = frozen + locked + outstanding + fee + amount;
        if (bal < required) revert InsufficientFunds(bal, required);
        locked += fee;
        outstanding += amount;
        totalPaid += amount;
    }

    function _approveMore(address miner, uint256 amount) private {
        IERC20 t = token;
        uint256 current = t.allowance(address(this), miner);
        t.forceApprove(miner, current + amount);
    }
}
