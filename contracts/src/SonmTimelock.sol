// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title sonm timelock
/// @notice The executor of the DAO: passed proposals wait `minDelay` seconds
/// here before they run. Its address is "the DAO" for every sonm contract, and
/// it holds the DAO's fees and seized funds.
contract SonmTimelock is TimelockController {
    /// @param minDelay seconds a queued proposal waits before execution
    /// @param proposers accounts allowed to queue (the Governor)
    /// @param executors accounts allowed to execute (address(0): anyone)
    /// @param admin optional admin for the initial role setup (renounced afterwards)
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
