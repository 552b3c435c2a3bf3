// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title MinerStake: miners' deposits and proofs of cheat
/// @notice A miner deposits SNM here once and may work for any hub with it.
/// A withdrawal is requested first and paid after the unbonding period;
/// until then the whole stake, the part being unbonded included, can be
/// slashed.
///
/// A miner signs (EIP-712) a Claim for each result it reports. A proof of
/// cheat is the accused's claim for one unit and the claims of at least
/// `quorum` other staked miners for the same hub, deal, task and unit that
/// agree on another output root. The accused loses `slashAmount` (or what it
/// has): `bountyBps` to whoever posted the proof, `buyerBps` to the deal's
/// buyer, the rest to the DAO. One cheat (accused, deal, task, unit) is
/// slashed once.
///
/// The quorum is a DAO setting, not the deal's own replication: deals are not
/// kept in storage (see Deals), so nothing on chain pins a deal's replication
/// once it is settled.
contract MinerStake is EIP712, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice What a miner signs for each result it reports.
    struct Claim {
        address wallet; // the hub wallet the unit was run for
        bytes32 dealId; // the Deals id of the task's deal
        bytes32 taskId; // keccak256 of the hub's task id
        uint64 unit;
        uint64 replica; // the hub's assignment id
        bytes32 root; // verify.OutputRoot of the replica's output
    }

    /// @notice The settings the DAO may change.
    struct Params {
        uint64 unbondingPeriod; // seconds from requestWithdraw to withdraw (7 days)
        uint16 quorum; // other claims a proof needs, at least 1
        uint16 bountyBps; // share of a slash to the prover
        uint16 buyerBps; // share of a slash to the deal's buyer
        uint256 minStake; // stake (not being unbonded) a signer of the quorum needs
        uint256 slashAmount; // taken from the accused per proven cheat
    }

    struct Stake {
        uint128 amount; // everything held for the miner, unbonding included
        uint128 unbonding; // requested for withdrawal
        uint64 releaseAt; // when the unbonding part may be withdrawn
    }

    bytes32 public constant CLAIM_TYPEHASH = keccak256(
        "Claim(address wallet,bytes32 dealId,bytes32 taskId,uint64 unit,uint64 replica,bytes32 root)"
    );
    uint16 private constant BPS = 10_000;

    IERC20 public immutable token;
    /// @notice The DAO timelock: changes the settings and receives the rest of each slash.
    address public immutable dao;

    Params private _params;
    mapping(address miner => Stake) private _stakes;
    /// @notice Cheats already slashed, by keccak256(accused, dealId, taskId, unit).
    mapping(bytes32 cheat => bool) public slashed;

    event Deposited(address indexed miner, uint256 amount, uint256 stake);
    event WithdrawRequested(address indexed miner, uint256 unbonding, uint64 releaseAt);
    event Withdrawn(address indexed miner, uint256 amount);
    event Slashed(
        address indexed miner,
        bytes32 indexed dealId,
        bytes32 taskId,
        uint64 unit,
        address prover,
        uint256 amount,
        uint256 bounty,
        uint256 toBuyer,
        uint256 toDAO
    );
    event ParamsChanged(Params params);

    error NotDAO(address caller);
    error ZeroAmount();
    error ZeroAddress();
    error BadParams();
    error StakeTooSmall(uint256 available, uint256 requested);
    error NothingToWithdraw(address miner);
    error WithdrawTooEarly(uint64 now_, uint64 releaseAt);
    error LengthMismatch(uint256 claims, uint256 signatures);
    error QuorumNotReached(uint256 claims, uint256 quorum);
    error NotStaked(address miner);
    error SignerNotStaked(address signer, uint256 stake, uint256 minStake);
    error ClaimMismatch(uint256 index);
    error SameRoot(uint256 index);
    error AccusedInQuorum(uint256 index);
    error DuplicateSigner(address signer);
    error DealMismatch(bytes32 dealId, bytes32 computed);
    error AlreadySlashed(address miner, bytes32 cheat);

    modifier onlyDAO() {
        if (msg.sender != dao) revert NotDAO(msg.sender);
        _;
    }

    /// @param token_ the SNM token
    /// @param dao_ the DAO timelock
    /// @param params_ the initial settings
    constructor(IERC20 token_, address dao_, Params memory params_) EIP712("sonm MinerStake", "1") {
        if (address(token_) == address(0) || dao_ == address(0)) revert ZeroAddress();
        token = token_;
        dao = dao_;
        _setParams(params_);
    }

    // ---- deposits ----

    /// @notice Adds `amount` SNM (pulled from the caller, who approved it) to the caller's stake.
    function deposit(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Stake storage s = _stakes[msg.sender];
        s.amount += SafeCast.toUint128(amount);
        emit Deposited(msg.sender, amount, s.amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Starts unbonding `amount` more of the caller's stake; the
    /// whole unbonding part is released one unbonding period from now.
    function requestWithdraw(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Stake storage s = _stakes[msg.sender];
        uint256 free = s.amount - s.unbonding;
        if (amount > free) revert StakeTooSmall(free, amount);
        s.unbonding += SafeCast.toUint128(amount);
        s.releaseAt = uint64(block.timestamp) + _params.unbondingPeriod;
        emit WithdrawRequested(msg.sender, s.unbonding, s.releaseAt);
    }

    /// @notice Pays the caller what it unbonded (less any slash) once the period has passed.
    function withdraw() external nonReentrant returns (uint256 amount) {
        Stake storage s = _stakes[msg.sender];
        amount = s.unbonding;
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        if (block.timestamp < s.releaseAt) revert WithdrawTooEarly(uint64(block.timestamp), s.releaseAt);
        s.amount -= uint128(amount);
        s.unbonding = 0;
        s.releaseAt = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice A miner's stake: everything held, the part unbonding and when it is released.
    function stakeOf(address miner) external view returns (uint256 amount, uint256 unbonding, uint64 releaseAt) {
        Stake memory s = _stakes[miner];
        return (s.amount, s.unbonding, s.releaseAt);
    }

    // ---- proofs of cheat ----

    /// @notice The EIP-712 digest of a claim: what a miner signs.
    function claimDigest(Claim calldata c) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(CLAIM_TYPEHASH, c.wallet, c.dealId, c.taskId, c.unit, c.replica, c.root))
        );
    }

    /// @notice The replay key of a cheat.
    function cheatKey(address miner, bytes32 dealId, bytes32 taskId, uint64 unit) public pure returns (bytes32) {
        return keccak256(abi.encode(miner, dealId, taskId, unit));
    }

    /// @notice Slashes the miner who signed `accused` when at least `quorum`
    /// other staked miners signed claims for the same unit that agree on
    /// another root. `deal` names the accused claim's deal (its id is derived
    /// from buyer, lane and seq) so that its buyer gets its share.
    function proveCheat(
        Claim calldata accused,
        bytes calldata accusedSig,
        Claim[] calldata others,
        bytes[] calldata otherSigs,
        DealRef calldata deal
    ) external nonReentrant returns (uint256 amount) {
        if (others.length != otherSigs.length) revert LengthMismatch(others.length, otherSigs.length);
        if (others.length < _params.quorum) revert QuorumNotReached(others.length, _params.quorum);
        bytes32 computed = keccak256(abi.encode(deal.buyer, deal.lane, deal.seq));
        if (computed != accused.dealId) revert DealMismatch(accused.dealId, computed);
        (address miner, bytes32 key) = _accusedOf(accused, accusedSig);
        _checkQuorum(accused, miner, others, otherSigs, _params.minStake);
        amount = _slash(miner, key);
        _payOut(miner, accused, deal.buyer, amount);
    }

    function _accusedOf(Claim calldata accused, bytes calldata sig) private view returns (address miner, bytes32 key) {
        miner = ECDSA.recover(claimDigest(accused), sig);
        if (_stakes[miner].amount == 0) revert NotStaked(miner);
        key = cheatKey(miner, accused.dealId, accused.taskId, accused.unit);
        if (slashed[key]) revert AlreadySlashed(miner, key);
    }

    function _slash(address miner, bytes32 key) private returns (uint256 amount) {
        Stake storage s = _stakes[miner];
        uint256 cut = _params.slashAmount;
        amount = cut < s.amount ? cut : s.amount;
        s.amount -= uint128(amount);
        if (s.unbonding > s.amount) s.unbonding = s.amount;
        slashed[key] = true;
    }

    /// @notice The deal a claim names, as its id is made: keccak256(buyer, lane, seq).
    struct DealRef {
        address buyer;
        uint64 lane;
        uint64 seq;
    }

    function _checkQuorum(
        Claim calldata accused,
        address miner,
        Claim[] calldata others,
        bytes[] calldata otherSigs,
        uint256 minStake
    ) private view {
        address[] memory signers = new address[](others.length);
        for (uint256 i = 0; i < others.length; i++) {
            Claim calldata c = others[i];
            if (
                c.wallet != accused.wallet || c.dealId != accused.dealId || c.taskId != accused.taskId
                    || c.unit != accused.unit || c.root != others[0].root
            ) revert ClaimMismatch(i);
            if (c.root == accused.root) revert SameRoot(i);
            address signer = ECDSA.recover(claimDigest(c), otherSigs[i]);
            if (signer == miner) revert AccusedInQuorum(i);
            for (uint256 j = 0; j < i; j++) {
                if (signers[j] == signer) revert DuplicateSigner(signer);
            }
            Stake memory o = _stakes[signer];
            uint256 active = o.amount - o.unbonding;
            if (active < minStake || active == 0) revert SignerNotStaked(signer, active, minStake);
            signers[i] = signer;
        }
    }

    function _payOut(address miner, Claim calldata accused, address buyer, uint256 amount) private {
        Params memory p = _params;
        uint256 bounty = amount * p.bountyBps / BPS;
        uint256 toBuyer = amount * p.buyerBps / BPS;
        uint256 toDAO = amount - bounty - toBuyer;
        emit Slashed(miner, accused.dealId, accused.taskId, accused.unit, msg.sender, amount, bounty, toBuyer, toDAO);
        if (bounty > 0) token.safeTransfer(msg.sender, bounty);
        if (toBuyer > 0) token.safeTransfer(buyer, toBuyer);
        if (toDAO > 0) token.safeTransfer(dao, toDAO);
    }

    // ---- settings ----

    /// @notice The current settings.
    function params() external view returns (Params memory) {
        return _params;
    }

    /// @notice The DAO changes the settings. A new unbonding period applies
    /// to requests made after the change.
    function setParams(Params calldata p) external onlyDAO {
        _setParams(p);
    }

    function _setParams(Params memory p) private {
        if (p.quorum == 0 || uint256(p.bountyBps) + p.buyerBps > BPS) revert BadParams();
        _params = p;
        emit ParamsChanged(p);
    }
}
