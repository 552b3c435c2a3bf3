// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title SNM token
/// @notice The sonm utility token: ERC20 with EIP-2612 permits and ERC20Votes
/// checkpoints (timestamp clock) for the DAO. The whole fixed supply is minted
/// once, at deployment, to `holder`; there is no mint or burn afterwards.
contract SNMToken is ERC20, ERC20Permit, ERC20Votes {
    /// @param holder receives the whole supply
    /// @param supply total supply in wei (18 decimals)
    constructor(address holder, uint256 supply) ERC20("SONM Token", "SNM") ERC20Permit("SONM Token") {
        _mint(holder, supply);
    }

    /// @notice Votes are checkpointed by timestamp, so governance periods are
    /// measured in seconds on every chain.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice The clock is the block timestamp (EIP-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    /// @inheritdoc ERC20Permit
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
