// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {HubWallet} from "./HubWallet.sol";
import {Whitelist} from "./Whitelist.sol";

/// @title HubWalletFactory
/// @notice Creates hub wallets as EIP-1167 clones of one implementation and
/// lists each in the Whitelist as Unconfirmed.
contract HubWalletFactory {
    /// @notice The HubWallet implementation every clone delegates to.
    address public immutable implementation;
    Whitelist public immutable whitelist;
    IERC20 public immutable token;
    address public immutable dao;
    HubWallet.Params private _defaults;

    event WalletCreated(address indexed wallet, address indexed owner, string endpoint, string name);

    /// @param implementation_ a deployed HubWallet (its initializer disabled)
    /// @param whitelist_ the hubs pool list
    /// @param token_ the SNM token
    /// @param dao_ the DAO timelock
    /// @param defaults_ parameters of every wallet this factory creates
    constructor(
        address implementation_,
        Whitelist whitelist_,
        IERC20 token_,
        address dao_,
        HubWallet.Params memory defaults_
    ) {
        implementation = implementation_;
        whitelist = whitelist_;
        token = token_;
        dao = dao_;
        _defaults = defaults_;
    }

    /// @notice The parameters given to every new wallet.
    function defaults() external view returns (HubWallet.Params memory) {
        return _defaults;
    }

    /// @notice Creates a wallet owned by the caller and lists it.
    /// @param endpoint the hub's endpoint (multiaddr or host:port)
    /// @param name the hub's display name
    /// @return wallet the new wallet's address
    function create(string calldata endpoint, string calldata name) external returns (address wallet) {
        wallet = Clones.clone(implementation);
        HubWallet(wallet).initialize(msg.sender, dao, whitelist, token, _defaults);
        whitelist.list(wallet, msg.sender, endpoint, name);
        emit WalletCreated(wallet, msg.sender, endpoint, name);
    }
}
