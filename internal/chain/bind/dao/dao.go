// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dao

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SonmDAOMetaData contains all meta data concerning the SonmDAO contract.
var SonmDAOMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVotes\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"quorumPercent\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingNotRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "SonmDAO",
	Bin: "0x610180604052348015610010575f5ffd5b50604051614cb6380380614cb683398101604081905261002f916106fd565b83818685855f60405180604001604052806008815260200167736f6e6d2044414f60c01b8152508061006561016860201b60201c565b61006e82610183565b6101205261007b81610183565b61014052815160208084019190912060e052815190820120610100524660a05261010760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600361011c828261080b565b506101289050836101c9565b6101318261022f565b61013a816102ce565b5050506001600160a01b0316610160526101538161030f565b5061015d816103a4565b50505050505061095f565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f815111156101b6578260405163305a27a960e01b81526004016101ad91906108c9565b60405180910390fd5b80516101c1826108fe565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102575760405163f1cfbf0560e01b81525f60048201526024016101ad565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b60648082111561033c5760405163243e544560e01b815260048101839052602481018290526044016101ad565b5f61034561040d565b9050610364610352610426565b61035b856104a0565b600a91906104d7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610418600a6104f1565b6001600160d01b0316905090565b5f6104316101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561048a575060408051601f3d908101601f1916820190925261048791810190610921565b60015b61049b57610496610539565b905090565b919050565b5f6001600160d01b038211156104d3576040516306dfcc6560e41b815260d06004820152602481018390526044016101ad565b5090565b5f806104e4858585610543565b915091505b935093915050565b80545f908015610530576105178361050a60018461093a565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610532565b5f5b9392505050565b5f6104964361069f565b82545f9081908015610642575f61055f8761050a60018561093a565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156105a557604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036105e157825465ffffffffffff1666010000000000006001600160d01b03891602178355610634565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506104e992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816104e9565b5f65ffffffffffff8211156104d3576040516306dfcc6560e41b815260306004820152602481018390526044016101ad565b6001600160a01b03811681146106e5575f5ffd5b50565b805165ffffffffffff8116811461049b575f5ffd5b5f5f5f5f5f60a08688031215610711575f5ffd5b855161071c816106d1565b602087015190955061072d816106d1565b935061073b604087016106e8565b9250606086015163ffffffff81168114610753575f5ffd5b80925050608086015190509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061079057607f821691505b6020821081036107ae57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610806578282111561080657805f5260205f20601f840160051c60208510156107df57505f5b90810190601f840160051c035f5b81811015610802575f838201556001016107ed565b5050505b505050565b81516001600160401b0381111561082457610824610768565b61083881610832845461077c565b846107b4565b6020601f82116001811461086a575f83156108535750848201515b5f19600385901b1c1916600184901b1784556108c2565b5f84815260208120601f198516915b828110156108995787850151825560209485019460019092019101610879565b50848210156108b657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107ae575f1960209190910360031b1b16919050565b5f60208284031215610931575f5ffd5b610532826106e8565b8181038181111561095957634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161014051610160516142e06109d65f395f81816109c901528181610e59015281816111f9015281816114be0152611e9a01525f611de001525f611db501525f612e7301525f612e4b01525f612da601525f612dd001525f612dfa01526142e05ff3fe6080604052600436106102a8575f3560e01c80637ecebe001161016f578063bc197c81116100d8578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc11461095e578063f23a6e611461097d578063f8ce560a1461099c578063fc0c546a146109bb575f5ffd5b8063deaaa7cc146108ed578063e540d01d14610920578063eb9019d41461093f575f5ffd5b8063bc197c811461081b578063c01f9e371461083a578063c28bc2fa14610859578063c59057e41461086c578063d33219b41461088b578063dd4e2ba5146108a8575f5ffd5b8063a7713a7011610129578063a7713a7014610760578063a890c91014610774578063a8f8a66814610793578063a9a95294146107b2578063ab58fb8e146107d1578063b58131b014610807575f5ffd5b80637ecebe001461068957806384b0196e146106bd5780638ff262e3146106e457806391ddadf41461070357806397c3d3341461072e5780639a802a6d14610741575f5ffd5b806343859632116102115780635b8d0e0d116101cb5780635b8d0e0d146105cf5780635f398a14146105ee57806360c4247f1461060d578063790518871461062c5780637b3c71d31461064b5780637d5e81e21461066a575f5ffd5b806343859632146104d2578063452115d61461051a5780634bf5d7e914610539578063544ffc9c1461054d57806354fd4d501461058757806356781388146105b0575f5ffd5b8063160cbed711610262578063160cbed7146104065780632656227d146104255780632d63f693146104385780632fe3e261146104575780633932abb11461048a5780633e4f49e6146104a6575f5ffd5b806301ffc9a7146102e357806302a251a31461031757806306f3f9e61461034257806306fdde0314610361578063143489d014610382578063150b7a02146103ce575f5ffd5b366102df57306102b66109ed565b6001600160a01b0316146102dd57604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156102ee575f5ffd5b506103026102fd366004613347565b610a05565b60405190151581526020015b60405180910390f35b348015610322575f5ffd5b50600854600160301b900463ffffffff165b60405190815260200161030e565b34801561034d575f5ffd5b506102dd61035c36600461336e565b610a71565b34801561036c575f5ffd5b50610375610a85565b60405161030e91906133b3565b34801561038d575f5ffd5b506103b661039c36600461336e565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161030e565b3480156103d9575f5ffd5b506103ed6103e836600461349c565b610b15565b6040516001600160e01b0319909116815260200161030e565b348015610411575f5ffd5b50610334610420366004613662565b610b57565b610334610433366004613662565b610c5a565b348015610443575f5ffd5b5061033461045236600461336e565b610dca565b348015610462575f5ffd5b506103347f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610495575f5ffd5b5060085465ffffffffffff16610334565b3480156104b1575f5ffd5b506104c56104c036600461336e565b610dea565b60405161030e9190613729565b3480156104dd575f5ffd5b506103026104ec366004613737565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610525575f5ffd5b50610334610534366004613662565b610df4565b348015610544575f5ffd5b50610375610e55565b348015610558575f5ffd5b5061056c61056736600461336e565b610ee8565b6040805193845260208401929092529082015260600161030e565b348015610592575f5ffd5b506040805180820190915260018152603160f81b6020820152610375565b3480156105bb575f5ffd5b506103346105ca366004613775565b610f0d565b3480156105da575f5ffd5b506103346105e93660046137e3565b610f34565b3480156105f9575f5ffd5b5061033461060836600461389f565b610ff1565b348015610618575f5ffd5b5061033461062736600461336e565b611039565b348015610637575f5ffd5b506102dd610646366004613933565b611045565b348015610656575f5ffd5b5061033461066536600461394e565b611056565b348015610675575f5ffd5b506103346106843660046139a3565b6110a6565b348015610694575f5ffd5b506103346106a3366004613a5f565b6001600160a01b03165f9081526002602052604090205490565b3480156106c8575f5ffd5b506106d161115c565b60405161030e9796959493929190613ab4565b3480156106ef575f5ffd5b506103346106fe366004613b23565b61119e565b34801561070e575f5ffd5b506107176111f6565b60405165ffffffffffff909116815260200161030e565b348015610739575f5ffd5b506064610334565b34801561074c575f5ffd5b5061033461075b366004613b70565b61127d565b34801561076b575f5ffd5b50610334611293565b34801561077f575f5ffd5b506102dd61078e366004613a5f565b6112ac565b34801561079e575f5ffd5b506103346107ad366004613662565b6112bd565b3480156107bd575f5ffd5b506103026107cc36600461336e565b6112ca565b3480156107dc575f5ffd5b506103346107eb36600461336e565b5f9081526004602052604090206001015465ffffffffffff1690565b348015610812575f5ffd5b506103346112d2565b348015610826575f5ffd5b506103ed610835366004613bc4565b6112dc565b348015610845575f5ffd5b5061033461085436600461336e565b61131f565b6102dd610867366004613c5b565b611361565b348015610877575f5ffd5b50610334610886366004613662565b6113dd565b348015610896575f5ffd5b50600b546001600160a01b03166103b6565b3480156108b3575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e90820152610375565b3480156108f8575f5ffd5b506103347ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b34801561092b575f5ffd5b506102dd61093a366004613c9a565b611416565b34801561094a575f5ffd5b50610334610959366004613cbd565b611427565b348015610969575f5ffd5b506102dd61097836600461336e565b611446565b348015610988575f5ffd5b506103ed610997366004613ce7565b611457565b3480156109a7575f5ffd5b506103346109b636600461336e565b61149a565b3480156109c6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103b6565b5f610a00600b546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610a3557506001600160e01b031982166332a2ad4360e11b145b80610a5057506001600160e01b03198216630271189760e51b145b80610a6b57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610a79611537565b610a82816115b0565b50565b606060038054610a9490613d3e565b80601f0160208091040260200160405190810160405280929190818152602001828054610ac090613d3e565b8015610b0b5780601f10610ae257610100808354040283529160200191610b0b565b820191905f5260205f20905b815481529060010190602001808311610aee57829003601f168201915b5050505050905090565b5f30610b1f6109ed565b6001600160a01b031614610b4657604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610b65868686866112bd565b90505f610b71826112ca565b9050610b8682610b816004611645565b611667565b5080610bad5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610bbb83898989896116a4565b905065ffffffffffff811615610c32575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610c4e565b60405163ab2d031160e01b815260048101849052602401610ba4565b50909695505050505050565b5f5f610c68868686866112bd565b90505f610c74826112ca565b9050610c9082610b8183610c89576004611645565b6005611645565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610cb86109ed565b6001600160a01b031614610d41575f5b8751811015610d3f57306001600160a01b0316888281518110610ced57610ced613d76565b60200260200101516001600160a01b031603610d3757610d37868281518110610d1857610d18613d76565b60200260200101518051906020012060056116b290919063ffffffff16565b600101610cc8565b505b610d4e82888888886116d3565b30610d576109ed565b6001600160a01b031614158015610d8357506005546001600160801b03808216600160801b9092041614155b15610d8d575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b5f610a6b826116e7565b5f5f610e02868686866112bd565b905033610e0f8282611820565b610e3e57604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610ba4565b610e4a87878787611865565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610ed457506040513d5f823e601f3d908101601f19168201604052610ed19190810190613d8a565b60015b610ee357610a006111f6611872565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f80339050610f2c84828560405180602001604052805f815250611888565b949350505050565b5f610f7a88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92508991506118a99050565b610fa2576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610ba4565b610fe588878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611976915050565b98975050505050505050565b5f80339050610e4a87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611976915050565b5f610a6b600a83611a54565b61104d611537565b610a8281611aa1565b5f8033905061109c86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061188892505050565b9695505050505050565b5f336110b28184611b07565b6110da5760405163d9b3955760e01b81526001600160a01b0382166004820152602401610ba4565b5f6110e36112d2565b9050801561114f575f6111118360016110fa6111f6565b6111049190613e12565b65ffffffffffff16611427565b90508181101561114d57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610ba4565b505b610e4a8787878786611b8b565b5f6060805f5f5f606061116d611dae565b611175611dd9565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6111ab85858585611e04565b6111d3576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610ba4565b6111ed85848660405180602001604052805f815250611888565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611271575060408051601f3d908101601f1916820190925261126e91810190613e30565b60015b610ee357610a00611e8d565b5f611289848484611e97565b90505b9392505050565b5f61129e600a611f2a565b6001600160d01b0316905090565b6112b4611537565b610a8281611f6e565b5f6111ed858585856113dd565b5f6001610a6b565b5f610a0060075490565b5f306112e66109ed565b6001600160a01b03161461130d57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181526004602052604081205461135390600160d01b810463ffffffff1690600160a01b900465ffffffffffff16613e4b565b65ffffffffffff1692915050565b611369611537565b5f5f856001600160a01b0316858585604051611386929190613e69565b5f6040518083038185875af1925050503d805f81146113c0576040519150601f19603f3d011682016040523d82523d5f602084013e6113c5565b606091505b50915091506113d48282611fd7565b50505050505050565b5f848484846040516020016113f59493929190613eff565b60408051601f19818403018152919052805160209091012095945050505050565b61141e611537565b610a8281612014565b5f61128c838361144160408051602081019091525f815290565b611e97565b61144e611537565b610a82816120b0565b5f306114616109ed565b6001600160a01b03161461148857604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610a6b906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611503573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115279190613f49565b61153084611039565b60646120f1565b336115406109ed565b6001600160a01b031614611569576040516347096e4760e01b8152336004820152602401610ba4565b306115726109ed565b6001600160a01b0316146115ae575f8036604051611591929190613e69565b604051809103902090505b806115a760056121a1565b0361159c57505b565b6064808211156115dd5760405163243e544560e01b81526004810183905260248101829052604401610ba4565b5f6115e6611293565b90506116056115f36111f6565b6115fc856121c0565b600a91906121f7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f816007811115611658576116586136f5565b600160ff919091161b92915050565b5f5f61167284610dea565b90505f8361167f83611645565b160361128c578381846040516331b75e4d60e01b8152600401610ba493929190613f60565b5f61109c8686868686612211565b5f6116bd83836123a2565b9050806116ce576116ce6041612407565b505050565b6116e08585858585612418565b5050505050565b5f5f6116f2836124a8565b90506005816007811115611708576117086136f5565b146117135792915050565b5f838152600c60205260409081902054600b549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611769573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061178d9190613f82565b1561179c575060059392505050565b600b54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa1580156117e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118079190613f82565b15611816575060079392505050565b5060029392505050565b5f8061182b84610dea565b600781111561183c5761183c6136f5565b14801561128c5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f6111ed858585856125d9565b6060610a6b6118838363ffffffff16565b612670565b5f6111ed858585856118a460408051602081019091525f815290565b611976565b5f610e4a856119707f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a6118fb8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d83012060405161195598979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206126e2565b8461270e565b5f61198586610b816001611645565b505f61199a8661199489610dca565b85611e97565b90505f6119aa888888858861277e565b905083515f03611a0057866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4898884896040516119f39493929190613fa1565b60405180910390a2610e4a565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611a41959493929190613fc8565b60405180910390a2979650505050505050565b5f5f5f611a608561287a565b9250925050838265ffffffffffff161115611a8d57611a88611a81856128d2565b8690612904565b611a8f565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611b1e576001915050610a6b565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611b4f57600192505050610a6b565b5f5f611b5f86602a8603866129a6565b91509150811580610e4a5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611b9f86868686805190602001206112bd565b905084518651141580611bb457508351865114155b80611bbe57508551155b15611bf357855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610ba4565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611c3c5780611c1f82610dea565b6040516331b75e4d60e01b8152610ba49291905f90600401613f60565b5f611c4e60085465ffffffffffff1690565b611c566111f6565b65ffffffffffff16611c689190614001565b90505f611c8260085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611cb4836128d2565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611ce182612a4f565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611d4457611d446133d9565b604051908082528060200260200182016040528015611d7757816020015b6060815260200190600190039081611d625790505b508c89611d848a82614001565b8e604051611d9a99989796959493929190614014565b60405180910390a150505095945050505050565b6060610a007f0000000000000000000000000000000000000000000000000000000000000000612a7f565b6060610a007f0000000000000000000000000000000000000000000000000000000000000000612a7f565b5f6111ed836119707ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7888888611e568a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611955565b5f610a00436128d2565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015611f06573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112899190613f49565b80545f908015611f6657611f5083611f436001846140ef565b5f91825260209091200190565b54600160301b90046001600160d01b031661128c565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b60608215611fe6575080610a6b565b815115611ffb57611ff682612abc565b610a6b565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f0361203c5760405163f1cfbf0560e01b81525f6004820152602401610ba4565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6120fe8686612ac4565b91509150815f036121225783818161211857612118614102565b049250505061128c565b818411612139576121396003851502601118612407565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f6121ad84612ae0565b915091508161128c5761128c6031612407565b5f6001600160d01b038211156121f3576040516306dfcc6560e41b815260d0600482015260248101839052604401610ba4565b5090565b5f80612204858585612b54565b915091505b935093915050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612263573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122879190613f49565b90505f3060601b6bffffffffffffffffffffffff19168418600b5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906122d8908a908a908a905f908890600401614116565b602060405180830381865afa1580156122f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123179190613f49565b5f898152600c602052604080822092909255600b5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb091612361918b918b918b919088908a90600401614163565b5f604051808303815f87803b158015612378575f5ffd5b505af115801561238a573d5f5f3e3d5ffd5b50505050610fe5824261239d9190614001565b6128d2565b81545f906001600160801b03600160801b8204811691811660018301909116036123cf575f915050610a6b565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b8152600401612463959493929190614116565b5f604051808303818588803b15801561247a575f5ffd5b505af115801561248c573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156124dc57506007949350505050565b80156124ed57506002949350505050565b5f6124f786610dca565b9050805f0361251c57604051636ad0607560e01b815260048101879052602401610ba4565b5f6125256111f6565b65ffffffffffff16905080821061254257505f9695505050505050565b5f61254c8861131f565b905081811061256357506001979650505050505050565b61256c88612ca4565b158061258b57505f888152600960205260409020805460019091015411155b1561259e57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f036125cb57506004979650505050505050565b506005979650505050505050565b5f5f6125e786868686612cda565b5f818152600c6020526040902054909150801561266657600b5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612641575f5ffd5b505af1158015612653573d5f5f3e3d5ffd5b5050505f838152600c6020526040812055505b5095945050505050565b606061267a611e8d565b65ffffffffffff168265ffffffffffff16146126a9576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610a6b6126ee612d9a565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361276c575f5f61272c8585612ec3565b5090925090505f816003811115612745576127456136f5565b1480156127635750856001600160a01b0316826001600160a01b0316145b9250505061128c565b612777848484612f0c565b905061128c565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff16156127d0576040516371c6af4960e01b81526001600160a01b0387166004820152602401610ba4565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff85166128195783815f015f82825461280e9190614001565b9091555061286f9050565b5f1960ff8616016128375783816001015f82825461280e9190614001565b60011960ff8616016128565783816002015f82825461280e9190614001565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b80545f9081908190808203612898575f5f5f93509350935050610f06565b5f6128a886611f436001856140ef565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250610f06915050565b5f65ffffffffffff8211156121f3576040516306dfcc6560e41b81526030600482015260248101839052604401610ba4565b81545f9081816005811115612960575f61291d84612f71565b61292790856140ef565b5f8881526020902090915081015465ffffffffffff90811690871610156129505780915061295e565b61295b816001614001565b92505b505b5f61296d878785856130c9565b9050801561299a5761298487611f436001846140ef565b54600160301b90046001600160d01b0316610e4a565b505f9695505050505050565b5f5f84518311806129b657508284115b156129c557505f905080612209565b5f6129d1856001614001565b841180156129f9575061060f60f31b6129ed8787016020015190565b6001600160f01b031916145b90505f612a0982151560026141ba565b612a14906028614001565b905080612a2187876140ef565b03612a42575f5f612a3389898961311f565b90965094506122099350505050565b5f5f935093505050612209565b5f63ffffffff8211156121f3576040516306dfcc6560e41b81526020600482015260248101839052604401610ba4565b60605f612a8b836131e0565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b9004168103612b0b57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612c4a575f612b7087611f436001856140ef565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612bb357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612bec57825465ffffffffffff16600160301b6001600160d01b03891602178355612c3c565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061220992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612209565b5f81815260096020526040812060028101546001820154612cc59190614001565b612cd16109b685610dca565b11159392505050565b5f5f612ce8868686866112bd565b9050612d3681612cf86007611645565b612d026006611645565b612d0c6002611645565b6001612d196007826141d1565b612d249060026142c5565b612d2e91906140ef565b181818611667565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90612d899083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612df257507f000000000000000000000000000000000000000000000000000000000000000046145b15612e1c57507f000000000000000000000000000000000000000000000000000000000000000090565b610a00604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612efa576020840151604085015160608601515f1a612eec88828585613207565b955095509550505050612f05565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60018211612f7e575090565b816001600160801b8210612f975760809190911c9060401b5b680100000000000000008210612fb25760409190911c9060201b5b6401000000008210612fc95760209190911c9060101b5b620100008210612fde5760109190911c9060081b5b6101008210612ff25760089190911c9060041b5b601082106130055760049190911c9060021b5b600482106130115760011b5b600302600190811c9081858161302957613029614102565b048201901c9050600181858161304157613041614102565b048201901c9050600181858161305957613059614102565b048201901c9050600181858161307157613071614102565b048201901c9050600181858161308957613089614102565b048201901c905060018185816130a1576130a1614102565b048201901c90506130c08185816130ba576130ba614102565b04821190565b90039392505050565b5f5b81831015613117575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561310357809250613111565b61310e816001614001565b93505b506130cb565b509392505050565b5f80848161312e866001614001565b85118015613156575061060f60f31b61314a8388016020015190565b6001600160f01b031916145b90505f61316682151560026141ba565b90505f80613174838a614001565b90505b878110156131cf575f6131956131908784016020015190565b6132cf565b9050600f8160ff1611156131b4575f5f97509750505050505050612209565b6131bf6010846141ba565b60ff909116019150600101613177565b506001999098509650505050505050565b5f60ff8216601f811115610a6b57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561324057505f915060039050826132c5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613291573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166132bc57505f9250600191508290506132c5565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156132e85750603a8160ff16105b156132f657602f1901610a6b565b60608160ff1611801561330c575060678160ff16105b1561331a5760561901610a6b565b60408160ff16118015613330575060478160ff16105b1561333e5760361901610a6b565b5060ff92915050565b5f60208284031215613357575f5ffd5b81356001600160e01b03198116811461128c575f5ffd5b5f6020828403121561337e575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61128c6020830184613385565b6001600160a01b0381168114610a82575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613415576134156133d9565b604052919050565b5f6001600160401b03821115613435576134356133d9565b50601f01601f191660200190565b5f6134556134508461341d565b6133ed565b9050828152838383011115613468575f5ffd5b828260208301375f602084830101529392505050565b5f82601f83011261348d575f5ffd5b61128c83833560208501613443565b5f5f5f5f608085870312156134af575f5ffd5b84356134ba816133c5565b935060208501356134ca816133c5565b92506040850135915060608501356001600160401b038111156134eb575f5ffd5b6134f78782880161347e565b91505092959194509250565b5f6001600160401b0382111561351b5761351b6133d9565b5060051b60200190565b5f82601f830112613534575f5ffd5b813561354261345082613503565b8082825260208201915060208360051b860101925085831115613563575f5ffd5b602085015b8381101561266657803561357b816133c5565b835260209283019201613568565b5f82601f830112613598575f5ffd5b81356135a661345082613503565b8082825260208201915060208360051b8601019250858311156135c7575f5ffd5b602085015b838110156126665780358352602092830192016135cc565b5f82601f8301126135f3575f5ffd5b813561360161345082613503565b8082825260208201915060208360051b860101925085831115613622575f5ffd5b602085015b838110156126665780356001600160401b03811115613644575f5ffd5b613653886020838a010161347e565b84525060209283019201613627565b5f5f5f5f60808587031215613675575f5ffd5b84356001600160401b0381111561368a575f5ffd5b61369687828801613525565b94505060208501356001600160401b038111156136b1575f5ffd5b6136bd87828801613589565b93505060408501356001600160401b038111156136d8575f5ffd5b6136e4878288016135e4565b949793965093946060013593505050565b634e487b7160e01b5f52602160045260245ffd5b6008811061372557634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610a6b8284613709565b5f5f60408385031215613748575f5ffd5b82359150602083013561375a816133c5565b809150509250929050565b803560ff81168114610ee3575f5ffd5b5f5f60408385031215613786575f5ffd5b8235915061379660208401613765565b90509250929050565b5f5f83601f8401126137af575f5ffd5b5081356001600160401b038111156137c5575f5ffd5b6020830191508360208285010111156137dc575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156137f9575f5ffd5b8735965061380960208901613765565b95506040880135613819816133c5565b945060608801356001600160401b03811115613833575f5ffd5b61383f8a828b0161379f565b90955093505060808801356001600160401b0381111561385d575f5ffd5b6138698a828b0161347e565b92505060a08801356001600160401b03811115613884575f5ffd5b6138908a828b0161347e565b91505092959891949750929550565b5f5f5f5f5f608086880312156138b3575f5ffd5b853594506138c360208701613765565b935060408601356001600160401b038111156138dd575f5ffd5b6138e98882890161379f565b90945092505060608601356001600160401b03811115613907575f5ffd5b6139138882890161347e565b9150509295509295909350565b65ffffffffffff81168114610a82575f5ffd5b5f60208284031215613943575f5ffd5b813561128c81613920565b5f5f5f5f60608587031215613961575f5ffd5b8435935061397160208601613765565b925060408501356001600160401b0381111561398b575f5ffd5b6139978782880161379f565b95989497509550505050565b5f5f5f5f608085870312156139b6575f5ffd5b84356001600160401b038111156139cb575f5ffd5b6139d787828801613525565b94505060208501356001600160401b038111156139f2575f5ffd5b6139fe87828801613589565b93505060408501356001600160401b03811115613a19575f5ffd5b613a25878288016135e4565b92505060608501356001600160401b03811115613a40575f5ffd5b8501601f81018713613a50575f5ffd5b6134f787823560208401613443565b5f60208284031215613a6f575f5ffd5b813561128c816133c5565b5f8151808452602084019350602083015f5b82811015613aaa578151865260209586019590910190600101613a8c565b5093949350505050565b60ff60f81b8816815260e060208201525f613ad260e0830189613385565b8281036040840152613ae48189613385565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613b158185613a7a565b9a9950505050505050505050565b5f5f5f5f60808587031215613b36575f5ffd5b84359350613b4660208601613765565b92506040850135613b56816133c5565b915060608501356001600160401b038111156134eb575f5ffd5b5f5f5f60608486031215613b82575f5ffd5b8335613b8d816133c5565b92506020840135915060408401356001600160401b03811115613bae575f5ffd5b613bba8682870161347e565b9150509250925092565b5f5f5f5f5f60a08688031215613bd8575f5ffd5b8535613be3816133c5565b94506020860135613bf3816133c5565b935060408601356001600160401b03811115613c0d575f5ffd5b613c1988828901613589565b93505060608601356001600160401b03811115613c34575f5ffd5b613c4088828901613589565b92505060808601356001600160401b03811115613907575f5ffd5b5f5f5f5f60608587031215613c6e575f5ffd5b8435613c79816133c5565b93506020850135925060408501356001600160401b0381111561398b575f5ffd5b5f60208284031215613caa575f5ffd5b813563ffffffff8116811461128c575f5ffd5b5f5f60408385031215613cce575f5ffd5b8235613cd9816133c5565b946020939093013593505050565b5f5f5f5f5f60a08688031215613cfb575f5ffd5b8535613d06816133c5565b94506020860135613d16816133c5565b9350604086013592506060860135915060808601356001600160401b03811115613907575f5ffd5b600181811c90821680613d5257607f821691505b602082108103613d7057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613d9a575f5ffd5b81516001600160401b03811115613daf575f5ffd5b8201601f81018413613dbf575f5ffd5b8051613dcd6134508261341d565b818152856020838501011115613de1575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610a6b57610a6b613dfe565b5f60208284031215613e40575f5ffd5b815161128c81613920565b65ffffffffffff8181168382160190811115610a6b57610a6b613dfe565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613aaa5781516001600160a01b0316865260209586019590910190600101613e8a565b5f82825180855260208501945060208160051b830101602085015f5b83811015610c4e57601f19858403018852613ee9838351613385565b6020988901989093509190910190600101613ecd565b608081525f613f116080830187613e78565b8281036020840152613f238187613a7a565b90508281036040840152613f378186613eb1565b91505082606083015295945050505050565b5f60208284031215613f59575f5ffd5b5051919050565b83815260608101613f746020830185613709565b826040830152949350505050565b5f60208284031215613f92575f5ffd5b8151801515811461128c575f5ffd5b84815260ff84166020820152826040820152608060608201525f61109c6080830184613385565b85815260ff8516602082015283604082015260a060608201525f613fef60a0830185613385565b8281036080840152610fe58185613385565b80820180821115610a6b57610a6b613dfe565b8981526001600160a01b0389166020820152610120604082018190525f9061403e9083018a613e78565b8281036060840152614050818a613a7a565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156140a757601f19868403018552614091838351613385565b6020958601959093509190910190600101614075565b505085810360a08701526140bb818b613eb1565b93505050508560c08401528460e08401528281036101008401526140df8185613385565b9c9b505050505050505050505050565b81810381811115610a6b57610a6b613dfe565b634e487b7160e01b5f52601260045260245ffd5b60a081525f61412860a0830188613e78565b828103602084015261413a8188613a7a565b9050828103604084015261414e8187613eb1565b60608401959095525050608001529392505050565b60c081525f61417560c0830189613e78565b82810360208401526141878189613a7a565b9050828103604084015261419b8188613eb1565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610a6b57610a6b613dfe565b60ff8181168382160190811115610a6b57610a6b613dfe565b6001815b60018411156122095780850481111561420957614209613dfe565b600184161561421757908102905b60019390931c9280026141ee565b5f8261423357506001610a6b565b8161423f57505f610a6b565b8160018114614255576002811461425f5761427b565b6001915050610a6b565b60ff84111561427057614270613dfe565b50506001821b610a6b565b5060208310610133831016604e8410600b841016171561429e575081810a610a6b565b6142aa5f1984846141ea565b805f19048211156142bd576142bd613dfe565b029392505050565b5f61128c60ff84168361422556fea164736f6c6343000825000a",
}

// SonmDAO is an auto generated Go binding around an Ethereum contract.
type SonmDAO struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SonmDAO) GetABI() abi.ABI {
	return c.abi
}

// NewSonmDAO creates a new instance of SonmDAO.
func NewSonmDAO() *SonmDAO {
	parsed, err := SonmDAOMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SonmDAO{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SonmDAO) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token, address timelock, uint48 votingDelay, uint32 votingPeriod, uint256 quorumPercent) returns()
func (sonmDAO *SonmDAO) PackConstructor(token common.Address, timelock common.Address, votingDelay *big.Int, votingPeriod uint32, quorumPercent *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("", token, timelock, votingDelay, votingPeriod, quorumPercent)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (sonmDAO *SonmDAO) PackBALLOTTYPEHASH() []byte {
	enc, err := sonmDAO.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (sonmDAO *SonmDAO) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return sonmDAO.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (sonmDAO *SonmDAO) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := sonmDAO.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (sonmDAO *SonmDAO) PackCLOCKMODE() []byte {
	enc, err := sonmDAO.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (sonmDAO *SonmDAO) TryPackCLOCKMODE() ([]byte, error) {
	return sonmDAO.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (sonmDAO *SonmDAO) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := sonmDAO.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (sonmDAO *SonmDAO) PackCOUNTINGMODE() []byte {
	enc, err := sonmDAO.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (sonmDAO *SonmDAO) TryPackCOUNTINGMODE() ([]byte, error) {
	return sonmDAO.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (sonmDAO *SonmDAO) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := sonmDAO.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (sonmDAO *SonmDAO) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := sonmDAO.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (sonmDAO *SonmDAO) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return sonmDAO.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (sonmDAO *SonmDAO) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := sonmDAO.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (sonmDAO *SonmDAO) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := sonmDAO.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (sonmDAO *SonmDAO) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return sonmDAO.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (sonmDAO *SonmDAO) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (sonmDAO *SonmDAO) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := sonmDAO.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (sonmDAO *SonmDAO) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return sonmDAO.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (sonmDAO *SonmDAO) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (sonmDAO *SonmDAO) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := sonmDAO.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (sonmDAO *SonmDAO) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (sonmDAO *SonmDAO) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (sonmDAO *SonmDAO) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := sonmDAO.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (sonmDAO *SonmDAO) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return sonmDAO.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (sonmDAO *SonmDAO) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (sonmDAO *SonmDAO) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := sonmDAO.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (sonmDAO *SonmDAO) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (sonmDAO *SonmDAO) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (sonmDAO *SonmDAO) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := sonmDAO.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (sonmDAO *SonmDAO) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (sonmDAO *SonmDAO) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (sonmDAO *SonmDAO) PackClock() []byte {
	enc, err := sonmDAO.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (sonmDAO *SonmDAO) TryPackClock() ([]byte, error) {
	return sonmDAO.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (sonmDAO *SonmDAO) UnpackClock(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (sonmDAO *SonmDAO) PackEip712Domain() []byte {
	enc, err := sonmDAO.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (sonmDAO *SonmDAO) TryPackEip712Domain() ([]byte, error) {
	return sonmDAO.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (sonmDAO *SonmDAO) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := sonmDAO.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (sonmDAO *SonmDAO) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := sonmDAO.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (sonmDAO *SonmDAO) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return sonmDAO.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (sonmDAO *SonmDAO) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (sonmDAO *SonmDAO) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := sonmDAO.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return sonmDAO.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (sonmDAO *SonmDAO) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := sonmDAO.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (sonmDAO *SonmDAO) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := sonmDAO.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (sonmDAO *SonmDAO) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return sonmDAO.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (sonmDAO *SonmDAO) UnpackHasVoted(data []byte) (bool, error) {
	out, err := sonmDAO.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (sonmDAO *SonmDAO) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := sonmDAO.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (sonmDAO *SonmDAO) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return sonmDAO.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (sonmDAO *SonmDAO) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (sonmDAO *SonmDAO) PackName() []byte {
	enc, err := sonmDAO.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (sonmDAO *SonmDAO) TryPackName() ([]byte, error) {
	return sonmDAO.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (sonmDAO *SonmDAO) UnpackName(data []byte) (string, error) {
	out, err := sonmDAO.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (sonmDAO *SonmDAO) PackNonces(owner common.Address) []byte {
	enc, err := sonmDAO.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackNonces(owner common.Address) ([]byte, error) {
	return sonmDAO.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := sonmDAO.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := sonmDAO.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := sonmDAO.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := sonmDAO.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := sonmDAO.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (sonmDAO *SonmDAO) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := sonmDAO.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (sonmDAO *SonmDAO) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (sonmDAO *SonmDAO) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (sonmDAO *SonmDAO) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := sonmDAO.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (sonmDAO *SonmDAO) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (sonmDAO *SonmDAO) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (sonmDAO *SonmDAO) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := sonmDAO.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (sonmDAO *SonmDAO) PackProposalThreshold() []byte {
	enc, err := sonmDAO.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (sonmDAO *SonmDAO) TryPackProposalThreshold() ([]byte, error) {
	return sonmDAO.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (sonmDAO *SonmDAO) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (sonmDAO *SonmDAO) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (sonmDAO *SonmDAO) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (sonmDAO *SonmDAO) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := sonmDAO.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (sonmDAO *SonmDAO) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := sonmDAO.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (sonmDAO *SonmDAO) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return sonmDAO.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (sonmDAO *SonmDAO) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (sonmDAO *SonmDAO) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := sonmDAO.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (sonmDAO *SonmDAO) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return sonmDAO.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (sonmDAO *SonmDAO) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) PackQuorum(timepoint *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (sonmDAO *SonmDAO) PackQuorumDenominator() []byte {
	enc, err := sonmDAO.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (sonmDAO *SonmDAO) TryPackQuorumDenominator() ([]byte, error) {
	return sonmDAO.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (sonmDAO *SonmDAO) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (sonmDAO *SonmDAO) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (sonmDAO *SonmDAO) PackQuorumNumerator0() []byte {
	enc, err := sonmDAO.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (sonmDAO *SonmDAO) TryPackQuorumNumerator0() ([]byte, error) {
	return sonmDAO.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (sonmDAO *SonmDAO) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (sonmDAO *SonmDAO) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := sonmDAO.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (sonmDAO *SonmDAO) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return sonmDAO.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (sonmDAO *SonmDAO) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (sonmDAO *SonmDAO) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (sonmDAO *SonmDAO) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (sonmDAO *SonmDAO) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (sonmDAO *SonmDAO) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := sonmDAO.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (sonmDAO *SonmDAO) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return sonmDAO.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (sonmDAO *SonmDAO) PackState(proposalId *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (sonmDAO *SonmDAO) TryPackState(proposalId *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (sonmDAO *SonmDAO) UnpackState(data []byte) (uint8, error) {
	out, err := sonmDAO.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (sonmDAO *SonmDAO) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := sonmDAO.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (sonmDAO *SonmDAO) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return sonmDAO.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (sonmDAO *SonmDAO) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := sonmDAO.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (sonmDAO *SonmDAO) PackTimelock() []byte {
	enc, err := sonmDAO.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (sonmDAO *SonmDAO) TryPackTimelock() ([]byte, error) {
	return sonmDAO.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (sonmDAO *SonmDAO) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := sonmDAO.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (sonmDAO *SonmDAO) PackToken() []byte {
	enc, err := sonmDAO.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (sonmDAO *SonmDAO) TryPackToken() ([]byte, error) {
	return sonmDAO.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (sonmDAO *SonmDAO) UnpackToken(data []byte) (common.Address, error) {
	out, err := sonmDAO.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (sonmDAO *SonmDAO) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := sonmDAO.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (sonmDAO *SonmDAO) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return sonmDAO.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (sonmDAO *SonmDAO) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := sonmDAO.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (sonmDAO *SonmDAO) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return sonmDAO.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (sonmDAO *SonmDAO) PackVersion() []byte {
	enc, err := sonmDAO.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (sonmDAO *SonmDAO) TryPackVersion() ([]byte, error) {
	return sonmDAO.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (sonmDAO *SonmDAO) UnpackVersion(data []byte) (string, error) {
	out, err := sonmDAO.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (sonmDAO *SonmDAO) PackVotingDelay() []byte {
	enc, err := sonmDAO.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (sonmDAO *SonmDAO) TryPackVotingDelay() ([]byte, error) {
	return sonmDAO.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (sonmDAO *SonmDAO) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (sonmDAO *SonmDAO) PackVotingPeriod() []byte {
	enc, err := sonmDAO.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (sonmDAO *SonmDAO) TryPackVotingPeriod() ([]byte, error) {
	return sonmDAO.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (sonmDAO *SonmDAO) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := sonmDAO.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SonmDAOEIP712DomainChanged represents a EIP712DomainChanged event raised by the SonmDAO contract.
type SonmDAOEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SonmDAOEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (SonmDAOEIP712DomainChanged) ContractEventName() string {
	return SonmDAOEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (sonmDAO *SonmDAO) UnpackEIP712DomainChangedEvent(log *types.Log) (*SonmDAOEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOProposalCanceled represents a ProposalCanceled event raised by the SonmDAO contract.
type SonmDAOProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SonmDAOProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (SonmDAOProposalCanceled) ContractEventName() string {
	return SonmDAOProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (sonmDAO *SonmDAO) UnpackProposalCanceledEvent(log *types.Log) (*SonmDAOProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOProposalCanceled)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOProposalCreated represents a ProposalCreated event raised by the SonmDAO contract.
type SonmDAOProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const SonmDAOProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (SonmDAOProposalCreated) ContractEventName() string {
	return SonmDAOProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (sonmDAO *SonmDAO) UnpackProposalCreatedEvent(log *types.Log) (*SonmDAOProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOProposalCreated)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOProposalExecuted represents a ProposalExecuted event raised by the SonmDAO contract.
type SonmDAOProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SonmDAOProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (SonmDAOProposalExecuted) ContractEventName() string {
	return SonmDAOProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (sonmDAO *SonmDAO) UnpackProposalExecutedEvent(log *types.Log) (*SonmDAOProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOProposalExecuted)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOProposalQueued represents a ProposalQueued event raised by the SonmDAO contract.
type SonmDAOProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SonmDAOProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (SonmDAOProposalQueued) ContractEventName() string {
	return SonmDAOProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (sonmDAO *SonmDAO) UnpackProposalQueuedEvent(log *types.Log) (*SonmDAOProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOProposalQueued)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOProposalThresholdSet represents a ProposalThresholdSet event raised by the SonmDAO contract.
type SonmDAOProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const SonmDAOProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (SonmDAOProposalThresholdSet) ContractEventName() string {
	return SonmDAOProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (sonmDAO *SonmDAO) UnpackProposalThresholdSetEvent(log *types.Log) (*SonmDAOProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the SonmDAO contract.
type SonmDAOQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const SonmDAOQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (SonmDAOQuorumNumeratorUpdated) ContractEventName() string {
	return SonmDAOQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (sonmDAO *SonmDAO) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*SonmDAOQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOTimelockChange represents a TimelockChange event raised by the SonmDAO contract.
type SonmDAOTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const SonmDAOTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (SonmDAOTimelockChange) ContractEventName() string {
	return SonmDAOTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (sonmDAO *SonmDAO) UnpackTimelockChangeEvent(log *types.Log) (*SonmDAOTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOTimelockChange)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOVoteCast represents a VoteCast event raised by the SonmDAO contract.
type SonmDAOVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const SonmDAOVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (SonmDAOVoteCast) ContractEventName() string {
	return SonmDAOVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (sonmDAO *SonmDAO) UnpackVoteCastEvent(log *types.Log) (*SonmDAOVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOVoteCast)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOVoteCastWithParams represents a VoteCastWithParams event raised by the SonmDAO contract.
type SonmDAOVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SonmDAOVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (SonmDAOVoteCastWithParams) ContractEventName() string {
	return SonmDAOVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (sonmDAO *SonmDAO) UnpackVoteCastWithParamsEvent(log *types.Log) (*SonmDAOVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOVotingDelaySet represents a VotingDelaySet event raised by the SonmDAO contract.
type SonmDAOVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const SonmDAOVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (SonmDAOVotingDelaySet) ContractEventName() string {
	return SonmDAOVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (sonmDAO *SonmDAO) UnpackVotingDelaySetEvent(log *types.Log) (*SonmDAOVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOVotingDelaySet)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SonmDAOVotingPeriodSet represents a VotingPeriodSet event raised by the SonmDAO contract.
type SonmDAOVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const SonmDAOVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (SonmDAOVotingPeriodSet) ContractEventName() string {
	return SonmDAOVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (sonmDAO *SonmDAO) UnpackVotingPeriodSetEvent(log *types.Log) (*SonmDAOVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sonmDAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SonmDAOVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := sonmDAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sonmDAO.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sonmDAO *SonmDAO) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], sonmDAO.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return sonmDAO.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SonmDAOCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the SonmDAO contract.
type SonmDAOCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func SonmDAOCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (sonmDAO *SonmDAO) UnpackCheckpointUnorderedInsertionError(raw []byte) (*SonmDAOCheckpointUnorderedInsertion, error) {
	out := new(SonmDAOCheckpointUnorderedInsertion)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the SonmDAO contract.
type SonmDAOERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func SonmDAOERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (sonmDAO *SonmDAO) UnpackERC6372InconsistentClockError(raw []byte) (*SonmDAOERC6372InconsistentClock, error) {
	out := new(SonmDAOERC6372InconsistentClock)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOFailedCall represents a FailedCall error raised by the SonmDAO contract.
type SonmDAOFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func SonmDAOFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (sonmDAO *SonmDAO) UnpackFailedCallError(raw []byte) (*SonmDAOFailedCall, error) {
	out := new(SonmDAOFailedCall)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the SonmDAO contract.
type SonmDAOGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func SonmDAOGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (sonmDAO *SonmDAO) UnpackGovernorAlreadyCastVoteError(raw []byte) (*SonmDAOGovernorAlreadyCastVote, error) {
	out := new(SonmDAOGovernorAlreadyCastVote)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the SonmDAO contract.
type SonmDAOGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func SonmDAOGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (sonmDAO *SonmDAO) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*SonmDAOGovernorAlreadyQueuedProposal, error) {
	out := new(SonmDAOGovernorAlreadyQueuedProposal)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the SonmDAO contract.
type SonmDAOGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func SonmDAOGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (sonmDAO *SonmDAO) UnpackGovernorDisabledDepositError(raw []byte) (*SonmDAOGovernorDisabledDeposit, error) {
	out := new(SonmDAOGovernorDisabledDeposit)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the SonmDAO contract.
type SonmDAOGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func SonmDAOGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (sonmDAO *SonmDAO) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*SonmDAOGovernorInsufficientProposerVotes, error) {
	out := new(SonmDAOGovernorInsufficientProposerVotes)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the SonmDAO contract.
type SonmDAOGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func SonmDAOGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (sonmDAO *SonmDAO) UnpackGovernorInvalidProposalLengthError(raw []byte) (*SonmDAOGovernorInvalidProposalLength, error) {
	out := new(SonmDAOGovernorInvalidProposalLength)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the SonmDAO contract.
type SonmDAOGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func SonmDAOGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (sonmDAO *SonmDAO) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*SonmDAOGovernorInvalidQuorumFraction, error) {
	out := new(SonmDAOGovernorInvalidQuorumFraction)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the SonmDAO contract.
type SonmDAOGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func SonmDAOGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (sonmDAO *SonmDAO) UnpackGovernorInvalidSignatureError(raw []byte) (*SonmDAOGovernorInvalidSignature, error) {
	out := new(SonmDAOGovernorInvalidSignature)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the SonmDAO contract.
type SonmDAOGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func SonmDAOGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (sonmDAO *SonmDAO) UnpackGovernorInvalidVoteParamsError(raw []byte) (*SonmDAOGovernorInvalidVoteParams, error) {
	out := new(SonmDAOGovernorInvalidVoteParams)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the SonmDAO contract.
type SonmDAOGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func SonmDAOGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (sonmDAO *SonmDAO) UnpackGovernorInvalidVoteTypeError(raw []byte) (*SonmDAOGovernorInvalidVoteType, error) {
	out := new(SonmDAOGovernorInvalidVoteType)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the SonmDAO contract.
type SonmDAOGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func SonmDAOGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (sonmDAO *SonmDAO) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*SonmDAOGovernorInvalidVotingPeriod, error) {
	out := new(SonmDAOGovernorInvalidVotingPeriod)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the SonmDAO contract.
type SonmDAOGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func SonmDAOGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (sonmDAO *SonmDAO) UnpackGovernorNonexistentProposalError(raw []byte) (*SonmDAOGovernorNonexistentProposal, error) {
	out := new(SonmDAOGovernorNonexistentProposal)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the SonmDAO contract.
type SonmDAOGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func SonmDAOGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (sonmDAO *SonmDAO) UnpackGovernorOnlyExecutorError(raw []byte) (*SonmDAOGovernorOnlyExecutor, error) {
	out := new(SonmDAOGovernorOnlyExecutor)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the SonmDAO contract.
type SonmDAOGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func SonmDAOGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (sonmDAO *SonmDAO) UnpackGovernorProposalQueueingFailedError(raw []byte) (*SonmDAOGovernorProposalQueueingFailed, error) {
	out := new(SonmDAOGovernorProposalQueueingFailed)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the SonmDAO contract.
type SonmDAOGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func SonmDAOGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (sonmDAO *SonmDAO) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*SonmDAOGovernorProposalQueueingNotRequired, error) {
	out := new(SonmDAOGovernorProposalQueueingNotRequired)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the SonmDAO contract.
type SonmDAOGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func SonmDAOGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (sonmDAO *SonmDAO) UnpackGovernorRestrictedProposerError(raw []byte) (*SonmDAOGovernorRestrictedProposer, error) {
	out := new(SonmDAOGovernorRestrictedProposer)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the SonmDAO contract.
type SonmDAOGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func SonmDAOGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (sonmDAO *SonmDAO) UnpackGovernorUnableToCancelError(raw []byte) (*SonmDAOGovernorUnableToCancel, error) {
	out := new(SonmDAOGovernorUnableToCancel)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the SonmDAO contract.
type SonmDAOGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func SonmDAOGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (sonmDAO *SonmDAO) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*SonmDAOGovernorUnexpectedProposalState, error) {
	out := new(SonmDAOGovernorUnexpectedProposalState)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOInvalidAccountNonce represents a InvalidAccountNonce error raised by the SonmDAO contract.
type SonmDAOInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func SonmDAOInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (sonmDAO *SonmDAO) UnpackInvalidAccountNonceError(raw []byte) (*SonmDAOInvalidAccountNonce, error) {
	out := new(SonmDAOInvalidAccountNonce)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOInvalidShortString represents a InvalidShortString error raised by the SonmDAO contract.
type SonmDAOInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func SonmDAOInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (sonmDAO *SonmDAO) UnpackInvalidShortStringError(raw []byte) (*SonmDAOInvalidShortString, error) {
	out := new(SonmDAOInvalidShortString)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the SonmDAO contract.
type SonmDAOSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SonmDAOSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (sonmDAO *SonmDAO) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SonmDAOSafeCastOverflowedUintDowncast, error) {
	out := new(SonmDAOSafeCastOverflowedUintDowncast)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SonmDAOStringTooLong represents a StringTooLong error raised by the SonmDAO contract.
type SonmDAOStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func SonmDAOStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (sonmDAO *SonmDAO) UnpackStringTooLongError(raw []byte) (*SonmDAOStringTooLong, error) {
	out := new(SonmDAOStringTooLong)
	if err := sonmDAO.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
