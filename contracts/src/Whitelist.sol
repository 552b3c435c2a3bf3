// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient as ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Whitelist: the hubs pool list
/// @notice One record per hub wallet: owner, wallet, endpoint, name, status and
/// registration time. Wallets are listed by the factory when created (status
/// Unconfirmed), stamped when they register, and only the DAO marks a hub
/// Trusted or Blacklisted. Anyone may stake SNM for or against a hub (the
/// rating); a stake is locked for `stakeLockPeriod`, then withdrawable.
contract Whitelist is ReentrancyGuard {
    using SafeERC20 for IERC20;

    enum Status {
        None,
        Unconfirmed,
        Trusted,
        Blacklisted
    }

    struct Hub {
        address owner;
        address wallet;
        string endpoint;
        string name;
        Status status;
        uint64 listedAt;
        uint64 registeredAt;
        uint256 stakeFor;
        uint256 stakeAgainst;
    }

    struct Stake {
        address staker;
        address wallet;
        uint256 amount;
        uint64 unlockAt;
        bool support;
        bool withdrawn;
    }

    /// @notice The SNM token used for rating stakes.
    IERC20 public immutable token;
    /// @notice The DAO (its timelock): the only account that changes statuses.
    address public immutable dao;
    /// @notice Seconds a rating stake stays locked.
    uint64 public immutable stakeLockPeriod;
    /// @notice The account that deployed this list and may set the factory once.
    address public immutable deployer;
    /// @notice The HubWalletFactory, the only account that lists new wallets.
    address public factory;

    mapping(address wallet => Hub) private _hubs;
    address[] private _wallets;
    Stake[] private _stakes;

    event FactorySet(address indexed factory);
    event HubListed(address indexed wallet, address indexed owner, string endpoint, string name);
    event HubRegistered(address indexed wallet, uint64 registeredAt);
    event EndpointChanged(address indexed wallet, string endpoint);
    event NameChanged(address indexed wallet, string name);
    event StatusChanged(address indexed wallet, Status status);
    event Staked(uint256 indexed stakeId, address indexed wallet, address indexed staker, bool support, uint256 amount, uint64 unlockAt);
    event Unstaked(uint256 indexed stakeId, address indexed wallet, address indexed staker, uint256 amount);

    error NotDAO(address caller);
    error NotFactory(address caller);
    error NotDeployer(address caller);
    error FactoryAlreadySet(address factory);
    error NotHubOwner(address wallet, address caller);
    error UnknownHub(address wallet);
    error AlreadyListed(address wallet);
    error NotListedWallet(address caller);
    error InvalidStatus(Status status);
    error ZeroAmount();
    error UnknownStake(uint256 stakeId);
    error NotStaker(uint256 stakeId, address caller);
    error StakeLocked(uint256 stakeId, uint64 unlockAt);
    error StakeWithdrawn(uint256 stakeId);
    error HubBlacklisted(address wallet);

    modifier onlyDAO() {
        if (msg.sender != dao) revert NotDAO(msg.sender);
        _;
    }

    modifier onlyHubOwner(address wallet) {
        Hub storage h = _hubs[wallet];
        if (h.status == Status.None) revert UnknownHub(wallet);
        if (h.owner != msg.sender) revert NotHubOwner(wallet, msg.sender);
        _;
    }

    /// @param token_ the SNM token
    /// @param dao_ the DAO timelock
    /// @param stakeLockPeriod_ seconds a rating stake is locked
    constructor(IERC20 token_, address dao_, uint64 stakeLockPeriod_) {
        token = token_;
        dao = dao_;
        stakeLockPeriod = stakeLockPeriod_;
        deployer = msg.sender;
    }

    /// @notice Sets the wallet factory, once, by the deployer.
    function setFactory(address factory_) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (factory != address(0)) revert FactoryAlreadySet(factory);
        factory = factory_;
        emit FactorySet(factory_);
    }

    /// @notice Lists a freshly created wallet as Unconfirmed. Factory only.
    function list(address wallet, address owner, string calldata endpoint, string calldata name) external {
        if (msg.sender != factory) revert NotFactory(msg.sender);
        Hub storage h = _hubs[wallet];
        if (h.status != Status.None) revert AlreadyListed(wallet);
        h.owner = owner;
        h.wallet = wallet;
        h.endpoint = endpoint;
        h.name = name;
        h.status = Status.Unconfirmed;
        h.listedAt = uint64(block.timestamp);
        _wallets.push(wallet);
        emit HubListed(wallet, owner, endpoint, name);
        emit StatusChanged(wallet, Status.Unconfirmed);
    }

    /// @notice Stamps the registration time. Called by a listed wallet from its register().
    function onRegistered() external {
        Hub storage h = _hubs[msg.sender];
        if (h.status == Status.None) revert NotListedWallet(msg.sender);
        h.registeredAt = uint64(block.timestamp);
        emit HubRegistered(msg.sender, h.registeredAt);
    }

    /// @notice Blacklists the calling wallet. Called by a listed wallet from its ban().
    function onBanned() external {
        Hub storage h = _hubs[msg.sender];
        if (h.status == Status.None) revert NotListedWallet(msg.sender);
        h.status = Status.Blacklisted;
        emit StatusChanged(msg.sender, Status.Blacklisted);
    }

    /// @notice Changes the hub's endpoint (multiaddr or host:port). Hub owner only.
    function setEndpoint(address wallet, string calldata endpoint) external onlyHubOwner(wallet) {
        _hubs[wallet].endpoint = endpoint;
        emit EndpointChanged(wallet, endpoint);
    }

    /// @notice Changes the hub's display name. Hub owner only.
    function setName(address wallet, string calldata name) external onlyHubOwner(wallet) {
        _hubs[wallet].name = name;
        emit NameChanged(wallet, name);
    }

    /// @notice Sets a hub's status (Unconfirmed, Trusted or Blacklisted). DAO only.
    function setStatus(address wallet, Status status) external onlyDAO {
        Hub storage h = _hubs[wallet];
        if (h.status == Status.None) revert UnknownHub(wallet);
        if (status == Status.None) revert InvalidStatus(status);
        h.status = status;
        emit StatusChanged(wallet, status);
    }

    /// @notice Stakes `amount` SNM for (`support`) or against a hub. The caller
    /// must have approved this contract. Locked for `stakeLockPeriod` seconds.
    /// @return stakeId the id to unstake with
    function stake(address wallet, bool support, uint256 amount) external nonReentrant returns (uint256 stakeId) {
        Hub storage h = _hubs[wallet];
        if (h.status == Status.None) revert UnknownHub(wallet);
        if (amount == 0) revert ZeroAmount();
        uint64 unlockAt = uint64(block.timestamp) + stakeLockPeriod;
        stakeId = _stakes.length;
        _stakes.push(Stake(msg.sender, wallet, amount, unlockAt, support, false));
        if (support) h.stakeFor += amount;
        else h.stakeAgainst += amount;
        emit Staked(stakeId, wallet, msg.sender, support, amount, unlockAt);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Withdraws an unlocked stake back to its staker.
    function unstake(uint256 stakeId) external nonReentrant {
        if (stakeId >= _stakes.length) revert UnknownStake(stakeId);
        Stake storage s = _stakes[stakeId];
        if (s.staker != msg.sender) revert NotStaker(stakeId, msg.sender);
        if (s.withdrawn) revert StakeWithdrawn(stakeId);
        if (block.timestamp < s.unlockAt) revert StakeLocked(stakeId, s.unlockAt);
        s.withdrawn = true;
        Hub storage h = _hubs[s.wallet];
        if (s.support) h.stakeFor -= s.amount;
        else h.stakeAgainst -= s.amount;
        emit Unstaked(stakeId, s.wallet, msg.sender, s.amount);
        token.safeTransfer(msg.sender, s.amount);
    }

    /// @notice The record of one hub; reverts for an unknown wallet.
    function hub(address wallet) external view returns (Hub memory) {
        Hub memory h = _hubs[wallet];
        if (h.status == Status.None) revert UnknownHub(wallet);
        return h;
    }

    /// @notice Whether `wallet` is listed here.
    function isListed(address wallet) external view returns (bool) {
        return _hubs[wallet].status != Status.None;
    }

    /// @notice The status of a hub (None for an unknown wallet).
    function statusOf(address wallet) external view returns (Status) {
        return _hubs[wallet].status;
    }

    /// @notice Number of listed hubs.
    function count() external view returns (uint256) {
        return _wallets.length;
    }

    /// @notice Up to `limit` hub records starting at `offset`, in listing order.
    function hubs(uint256 offset, uint256 limit) external view returns (Hub[] memory out) {
        uint256 n = _wallets.length;
        if (offset >= n) return new Hub[](0);
        // limit > n - offset (no overflow: offset < n) means the rest.
        uint256 end = limit > n - offset ? n : offset + limit;
        out = new Hub[](end - offset);
        for (uint256 i = offset; i < end; i++) {
            out[i - offset] = _hubs[_wallets[i]];
        }
    }

    /// @notice Number of rating stakes ever made.
    function stakeCount() external view returns (uint256) {
        return _stakes.length;
    }

    /// @notice One rating stake.
    function stakeAt(uint256 stakeId) external view returns (Stake memory) {
        if (stakeId >= _stakes.length) revert UnknownStake(stakeId);
        return _stakes[stakeId];
    }
}
