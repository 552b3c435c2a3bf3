// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title sonm registry
/// @notice One address to find every sonm contract by: a node pointed at a
/// chain with only this address reads the rest from here. Written once, at
/// deployment; nothing can change it afterwards.
contract SonmRegistry {
    address public immutable token;
    address public immutable timelock;
    address public immutable governor;
    address public immutable whitelist;
    address public immutable walletImplementation;
    address public immutable walletFactory;
    address public immutable deals;
    address public immutable minerStake;
    /// @notice The block of the first deployment transaction: event scans start here.
    uint256 public immutable deployBlock;

    constructor(
        address token_,
        address timelock_,
        address governor_,
        address whitelist_,
        address walletImplementation_,
        address walletFactory_,
        address deals_,
        address minerStake_,
        uint256 deployBlock_
    ) {
        token = token_;
        timelock = timelock_;
        governor = governor_;
        whitelist = whitelist_;
        walletImplementation = walletImplementation_;
        walletFactory = walletFactory_;
        deals = deals_;
        minerStake = minerStake_;
        deployBlock = deployBlock_;
    }

    /// @notice Every address at once.
    function all() external view returns (address[8] memory addrs, uint256 block_) {
        addrs = [token, timelock, governor, whitelist, walletImplementation, walletFactory, deals, minerStake];
        block_ = deployBlock;
    }
}
