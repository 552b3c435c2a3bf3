// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package deals

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

// DealsDeal is an auto generated low-level Go binding around an user-defined struct.
type DealsDeal struct {
	Buyer       common.Address
	Wallet      common.Address
	Hub         common.Address
	Amount      *big.Int
	SpecHash    [32]byte
	Deadline    uint64
	CommittedAt uint64
	ResultHash  [32]byte
	Status      uint8
}

// DealsQuote is an auto generated low-level Go binding around an user-defined struct.
type DealsQuote struct {
	Wallet   common.Address
	Buyer    common.Address
	SpecHash [32]byte
	Price    *big.Int
	Deadline uint64
	Expiry   uint64
	Nonce    *big.Int
}

// DealsStream is an auto generated low-level Go binding around an user-defined struct.
type DealsStream struct {
	Buyer         common.Address
	Wallet        common.Address
	Hub           common.Address
	SettledAt     uint64
	Open          bool
	RatePerSecond *big.Int
	Balance       *big.Int
	SpecHash      [32]byte
}

// DealsStreamQuote is an auto generated low-level Go binding around an user-defined struct.
type DealsStreamQuote struct {
	Wallet        common.Address
	Buyer         common.Address
	SpecHash      [32]byte
	RatePerSecond *big.Int
	Expiry        uint64
	Nonce         *big.Int
}

// DealsMetaData contains all meta data concerning the Deals contract.
var DealsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dao_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"disputeWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"walletOwner\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"DealExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"endedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"endsAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"enumHubWallet.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"HubNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDAO\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"NotHub\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"QuoteExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ShareTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"StreamClosedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"StreamExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownStream\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DealClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DealConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"DealDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DealOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DealRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBuyer\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHub\",\"type\":\"uint256\"}],\"name\":\"DealResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"ResultCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"settledAt\",\"type\":\"uint64\"}],\"name\":\"StreamBilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"}],\"name\":\"StreamClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"name\":\"StreamOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StreamToppedUp\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"QUOTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STREAM_QUOTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"bill\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"closeStream\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dao\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"matches\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.Quote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.StreamQuote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"openStream\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.Quote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"openWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.Quote\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"quoteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"toBuyer\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumDeals.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"stream\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"settledAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDeals.Stream\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.StreamQuote\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"streamQuoteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Deals",
	Bin: "0x6101c0604052348015610010575f5ffd5b50604051612c5f380380612c5f83398101604081905261002f916101a1565b6040518060400160405280600a815260200169736f6e6d204465616c7360b01b815250604051806040016040528060018152602001603160f81b81525061007b8261014460201b60201c565b6101205261008881610144565b61014052815160208084019190912060e052815190820120610100524660a05261011460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03928316610160529116610180526001600160401b03166101a052610251565b5f5f829050601f81511115610177578260405163305a27a960e01b815260040161016e91906101f6565b60405180910390fd5b80516101828261022b565b179392505050565b6001600160a01b038116811461019e575f5ffd5b50565b5f5f5f606084860312156101b3575f5ffd5b83516101be8161018a565b60208501519093506101cf8161018a565b60408501519092506001600160401b03811681146101eb575f5ffd5b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561024b575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516129366103295f395f818161018201528181610c70015261169e01525f81816101e9015261063601525f81816103d8015281816105ad015281816105ec015281816107290152818161076901528181610aae01528181610e15015281816111570152818161121601528181611335015281816116200152818161176a015261186501525f611d8d01525f611d5d01525f611e8a01525f611e6201525f611dbd01525f611de701525f611e1101526129365ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c8063aab6e9af116100bf578063d13a068811610079578063d13a068814610350578063d55f128b14610373578063db9c695f14610386578063e0f734dd14610399578063f7581615146103ac578063fc0c546a146103d3575f5ffd5b8063aab6e9af146102b0578063b67644b9146102d7578063b70c9acf146102ea578063bff476a31461030a578063c32e59951461031d578063c7df14e214610330575f5ffd5b80634ab905a5116101105780634ab905a5146102365780636c886fc4146102495780637092d1301461025c578063798131991461026f57806384b0196e14610282578063953e2f171461029d575f5ffd5b806301d1e0af14610157578063117f5f921461017d57806318560b19146101bc5780631b89f04c146101d15780634162169f146101e4578063460012e114610223575b5f5ffd5b61016a61016536600461225b565b6103fa565b6040519081526020015b60405180910390f35b6101a47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610174565b6101cf6101ca366004612275565b6104c4565b005b6101cf6101df36600461229d565b610623565b61020b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610174565b61016a610231366004612327565b61079f565b61016a610244366004612377565b610aeb565b61016a610257366004612275565b610bb5565b6101cf61026a366004612391565b610c2f565b6101cf61027d366004612391565b610d2c565b61028a610e48565b60405161017497969594939291906123eb565b61016a6102ab366004612481565b610e8a565b61016a7f88a493b54898a1f11df8abd20f72710869bc4d9784769db97343e2d11b21cdc981565b6101cf6102e53660046124d8565b611188565b6102fd6102f8366004612275565b61123e565b60405161017491906124f8565b61016a610318366004612579565b61132a565b6101cf61032b36600461229d565b6113ff565b61034361033e366004612275565b611520565b6040516101749190612629565b61036361035e366004612391565b611542565b6040519015158152602001610174565b6101cf610381366004612391565b611579565b6101cf610394366004612391565b611646565b61016a6103a7366004612275565b61179a565b61016a7fad5d4f09820eaa46742789764958643115e755bbd7e6a23bc14e1b06e6fd6b3c81565b61020b7f000000000000000000000000000000000000000000000000000000000000000081565b5f6104be7f88a493b54898a1f11df8abd20f72710869bc4d9784769db97343e2d11b21cdc961042c6020850185612656565b61043c6040860160208701612656565b6040860135606087013561045660a0890160808a01612687565b6040805160208101979097526001600160a01b0395861690870152929093166060850152608084015260a0808401929092526001600160401b031660c083015284013560e0820152610100015b6040516020818303038152906040528051906020012061189c565b92915050565b6104cc6118c8565b5f6104d6826118ff565b80549091506001600160a01b03163314801590610500575060028101546001600160a01b03163314155b15610537578054604051635eeea42160e01b815261052e9133916001600160a01b03909116906004016126a0565b60405180910390fd5b5f6105428383611966565b6004830180545f90915560028401805460ff60e01b191690556040518181529192509084907f2d8fcf76fba2b4ffda936e8357a718f6c8d35f8baf3d24dfb8587e59771e8e129060200160405180910390a281156105d65760018301546105d6906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116846119ff565b8015610615578254610615906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116836119ff565b505050610620611a34565b50565b61062b6118c8565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461067657604051639b7e451160e01b815233600482015260240161052e565b5f61068384846003611a5e565b905080606001518211156106ba57606081015160405163debe55c360e01b815261052e918491600401918252602082015260400190565b5f8282606001516106cb91906126ce565b90506106d8856007611b7f565b604080518481526020810183905286917f18e0d9e1b2b56a9ff814eba2ee26f03f849c167eb709d813490d492971692941910160405180910390a28215610750578151610750906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690856119ff565b8015610790576020820151610790906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690836119ff565b505061079a611a34565b505050565b5f6107a86118c8565b6107b86040850160208601612656565b6001600160a01b0316336001600160a01b0316146107fc57336107e16040860160208701612656565b604051635eeea42160e01b815260040161052e9291906126a0565b61080c60c0850160a08601612687565b6001600160401b031642111561085a5761082c60c0850160a08601612687565b604051632a67b58760e21b81526001600160401b03918216600482015242909116602482015260440161052e565b4261086b60a0860160808701612687565b6001600160401b0316116108b75761088960a0850160808601612687565b604051632d098d5960e01b81526001600160401b03918216600482015242909116602482015260440161052e565b83606001355f036108db57604051631f2a200560e01b815260040160405180910390fd5b6108e484610aeb565b5f81815260026020526040902054909150156109165760405163b3e2817b60e01b81526004810182905260240161052e565b5f61092f82858561092a60208a018a612656565b611baa565b90505f6040518061012001604052808760200160208101906109519190612656565b6001600160a01b0316815260209081019061096e90890189612656565b6001600160a01b03168152602001836001600160a01b0316815260200187606001358152602001876040013581526020018760800160208101906109b29190612687565b6001600160401b031681525f6020820181905260408201526060016001905290506109dc81611cc7565b5f848152600260209081526040909120919091556109fc90870187612656565b6001600160a01b0316610a156040880160208901612656565b6001600160a01b0316847f32365ac783507b04965eb86e79a587f9f03aa72f053746d4abf99f851b09be5d8560608b013560408c0135610a5b60a08e0160808f01612687565b604080516001600160a01b0390951685526020850193909352918301526001600160401b0316606082015260800160405180910390a4610ada610aa46040880160208901612656565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903060608a0135611d1a565b5050610ae4611a34565b9392505050565b5f6104be7fad5d4f09820eaa46742789764958643115e755bbd7e6a23bc14e1b06e6fd6b3c610b1d6020850185612656565b610b2d6040860160208701612656565b60408601356060870135610b4760a0890160808a01612687565b610b5760c08a0160a08b01612687565b6040805160208101989098526001600160a01b0396871690880152949093166060860152608085019190915260a08401526001600160401b0390811660c084810191909152911660e0830152840135610100820152610120016104a3565b5f8181526003602052604081206002810154600160e01b900460ff16610bdd57505f92915050565b600381015460028201545f9190610c0490600160a01b90046001600160401b0316426126ce565b610c0e91906126e1565b905081600401548110610c25578160040154610c27565b805b949350505050565b5f610c3c83836002611a5e565b80519091506001600160a01b03163314610c6d578051604051635eeea42160e01b815261052e9133916004016126a0565b5f7f00000000000000000000000000000000000000000000000000000000000000008260c00151610c9e91906126f8565b9050806001600160401b0316421115610cdc5760405163de47044160e01b8152600481018590526001600160401b038216602482015260440161052e565b6003610100830152610ced82611cc7565b5f8581526002602052604080822092909255905185917fc612a964b870d28cc365262f10975860489505c0396e2f52cf75296100943bdb91a250505050565b610d346118c8565b5f610d4183836001611a5e565b80519091506001600160a01b03163314610d72578051604051635eeea42160e01b815261052e9133916004016126a0565b8060a001516001600160401b03164211610db75760a081015160405163de18df3d60e01b8152600481018590526001600160401b03909116602482015260440161052e565b610dc2836005611b7f565b827f7ea806675592462c543a7783bbc0ea17be2b5e3864c932fd24d1d5f2829f44358260600151604051610df891815260200190565b60405180910390a280516060820151610e3b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916119ff565b50610e44611a34565b5050565b5f6060805f5f5f6060610e59611d56565b610e61611d86565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610e936118c8565b610ea36040860160208701612656565b6001600160a01b0316336001600160a01b031614610ecc57336107e16040870160208801612656565b610edc60a0860160808701612687565b6001600160401b0316421115610efc5761082c60a0860160808701612687565b60608501351580610f0b575081155b15610f2957604051631f2a200560e01b815260040160405180910390fd5b610f32856103fa565b5f818152600360205260409020549091506001600160a01b031615610f6d576040516349c5445560e01b81526004810182905260240161052e565b5f610f8182868661092a60208b018b612656565b9050604051806101000160405280876020016020810190610fa29190612656565b6001600160a01b03168152602090810190610fbf90890189612656565b6001600160a01b0390811682528381166020808401919091526001600160401b03428116604080860191909152600160608087018290528d81013560808089019190915260a08089018d90528f85013560c0998a01525f8c81526003808952908690208b518154908b166001600160a01b03199182161782558c8a01519682018054978c169790911696909617909555948a0151600285018054948c0151938c01511515600160e01b0260ff60e01b1994909816600160a01b026001600160e01b03199095169190991617929092171693909317909455908501519083015591830151600482015560e0909201516005909201919091556110c290870187612656565b6001600160a01b03166110db6040880160208901612656565b604080516001600160a01b0385811682526060808c01356020840152828401899052928b01359282019290925291169084907f1e82a31ecddb0d3dd08784d0f9be8e830da8c512aea289209c30a53bac87e3829060800160405180910390a461117f61114d6040880160208901612656565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903086611d1a565b50610c27611a34565b6111906118c8565b805f036111b057604051631f2a200560e01b815260040160405180910390fd5b5f6111ba836118ff565b905081816004015f8282546111cf9190612717565b909155505060405182815283907f5bc2d41c5bc9290da94364f28119c6281000aa2be810e244836206002806ce0f9060200160405180910390a2610e3b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085611d1a565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f8281526003602081815260409283902083516101008101855281546001600160a01b039081168083526001840154821694830194909452600283015490811695820195909552600160a01b85046001600160401b03166060820152600160e01b90940460ff16151560808501529182015460a0840152600482015460c084015260059091015460e08301526104be57604051637851844960e01b81526004810184905260240161052e565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf61136a60408b0160208c01612656565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015230602482015260608b013560448201526064810188905260ff8716608482015260a4810186905260c4810185905260e4015f604051808303815f87803b1580156113d6575f5ffd5b505af19250505080156113e7575060015b506113f388888861079f565b98975050505050505050565b5f61140c84846001611a5e565b905080604001516001600160a01b0316336001600160a01b03161461144c57338160400151604051635ffd52b160e11b815260040161052e9291906126a0565b8060a001516001600160401b03164211156114925760a0810151604051637fa0676960e01b8152600481018690526001600160401b03909116602482015260440161052e565b60e081018290526001600160401b03421660c082015260026101008201526114b981611cc7565b5f85815260026020526040908190209190915560c0820151905185917f2cfe1b1a12dfa3aa78eb094345be5770b1025d01c95acc68ef0ff394061e26f991611512918682526001600160401b0316602082015260400190565b60405180910390a250505050565b5f8181526002602052604081205460ff1660078111156104be576104be612601565b5f828152600260205260408120548015801590610c27575061157161156c3685900385018561276d565b611cc7565b149392505050565b6115816118c8565b5f61158e83836002611a5e565b80519091506001600160a01b031633146115bf578051604051635eeea42160e01b815261052e9133916004016126a0565b6115ca836004611b7f565b827f838e2faa3ffd3bece0051d363135e5bba38b63939765f92ee670c21401e89908826060015160405161160091815260200190565b60405180910390a260208101516060820151610e3b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916119ff565b61164e6118c8565b5f61165b83836002611a5e565b905080604001516001600160a01b0316336001600160a01b03161461169b57338160400151604051635ffd52b160e11b815260040161052e9291906126a0565b5f7f00000000000000000000000000000000000000000000000000000000000000008260c001516116cc91906126f8565b9050806001600160401b0316421161170957604051636a518c7b60e01b8152600481018590526001600160401b038216602482015260440161052e565b611714846006611b7f565b837f6c70df901852da152cb2d49bc7714e6aea878ce4ecfbd3d27f85589cba09bca9836060015160405161174a91815260200190565b60405180910390a260208201516060830151611790916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916119ff565b5050610e44611a34565b5f6117a36118c8565b5f6117ad836118ff565b60028101549091506001600160a01b031633146117f0576002810154604051635ffd52b160e11b815261052e9133916001600160a01b03909116906004016126a0565b6117fa8382611966565b915080600401545f0361184c5760028101805460ff60e01b191690556040515f815283907f2d8fcf76fba2b4ffda936e8357a718f6c8d35f8baf3d24dfb8587e59771e8e129060200160405180910390a25b811561188e57600181015461188e906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116846119ff565b50611897611a34565b919050565b5f6104be6118a8611db1565b8360405161190160f01b8152600281019290925260228201526042902090565b6118d0611eda565b6118fd60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611f1a565b565b5f81815260036020526040902080546001600160a01b031661193757604051637851844960e01b81526004810183905260240161052e565b6002810154600160e01b900460ff166118975760405163f531f79d60e01b81526004810183905260240161052e565b5f61197083610bb5565b905080826004015f82825461198591906126ce565b909155505060028201805467ffffffffffffffff60a01b1916600160a01b426001600160401b03908116820292909217928390556040805185815291909304909116602082015284917fee3820f7213bcda578d5254741f65d66104fd4bab9ad2a9f16649b84f25db029910160405180910390a292915050565b611a0c8383836001611f21565b61079a57604051635274afe760e01b81526001600160a01b038416600482015260240161052e565b6118fd5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006118f7565b611aaa60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290529061010082015290565b5f8481526002602052604081205490819003611adc57604051636a196fcb60e01b81526004810186905260240161052e565b611aeb3685900385018561276d565b91505f60ff82166007811115611b0357611b03612601565b9050836007811115611b1757611b17612601565b816007811115611b2957611b29612601565b14611b4b57858160405163276065d160e21b815260040161052e92919061280f565b81611b5584611cc7565b14611b7657604051636a196fcb60e01b81526004810187905260240161052e565b50509392505050565b806007811115611b9157611b91612601565b5f9283526002602052604090922060ff90921690915550565b5f611bea8585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611f8392505050565b90505f5f836001600160a01b0316632c4fa0776040518163ffffffff1660e01b81526004016040805180830381865afa158015611c29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c4d9190612823565b91509150816001600160a01b0316836001600160a01b031614611c875782826040516308d20b2560e01b815260040161052e9291906126a0565b6001816004811115611c9b57611c9b612601565b14611cbd57838160405163c1fdb8cb60e01b815260040161052e92919061285e565b5050949350505050565b5f5f82604051602001611cda919061288b565b6040516020818303038152906040528051906020012090508261010001516007811115611d0957611d09612601565b60ff1660ff19919091161792915050565b611d28848484846001611fab565b611d5057604051635274afe760e01b81526001600160a01b038516600482015260240161052e565b50505050565b6060611d817f0000000000000000000000000000000000000000000000000000000000000000612018565b905090565b6060611d817f0000000000000000000000000000000000000000000000000000000000000000612018565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611e0957507f000000000000000000000000000000000000000000000000000000000000000046145b15611e3357507f000000000000000000000000000000000000000000000000000000000000000090565b611d81604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156118fd57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611f77578383151615611f6b573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f5f5f611f918686612055565b925092509250611fa1828261209e565b5090949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612007578383151615611ffb573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60605f61202483612156565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f5f835160410361208c576020840151604085015160608601515f1a61207e8882858561217d565b955095509550505050612097565b505081515f91506002905b9250925092565b5f8260038111156120b1576120b1612601565b036120ba575050565b60018260038111156120ce576120ce612601565b036120ec5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561210057612100612601565b036121215760405163fce698f760e01b81526004810182905260240161052e565b600382600381111561213557612135612601565b03610e44576040516335e2f38360e21b81526004810182905260240161052e565b5f60ff8216601f8111156104be57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156121b657505f9150600390508261223b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612207573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661223257505f92506001915082905061223b565b92505f91508190505b9450945094915050565b5f60c08284031215612255575f5ffd5b50919050565b5f60c0828403121561226b575f5ffd5b610ae48383612245565b5f60208284031215612285575f5ffd5b5035919050565b5f6101208284031215612255575f5ffd5b5f5f5f61016084860312156122b0575f5ffd5b833592506122c1856020860161228c565b92959294505050610140919091013590565b5f60e08284031215612255575f5ffd5b5f5f83601f8401126122f3575f5ffd5b5081356001600160401b03811115612309575f5ffd5b602083019150836020828501011115612320575f5ffd5b9250929050565b5f5f5f610100848603121561233a575f5ffd5b61234485856122d3565b925060e08401356001600160401b0381111561235e575f5ffd5b61236a868287016122e3565b9497909650939450505050565b5f60e08284031215612387575f5ffd5b610ae483836122d3565b5f5f61014083850312156123a3575f5ffd5b823591506123b4846020850161228c565b90509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61240960e08301896123bd565b828103604084015261241b81896123bd565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612470578351835260209384019390920191600101612452565b50909b9a5050505050505050505050565b5f5f5f5f6101008587031215612495575f5ffd5b61249f8686612245565b935060c08501356001600160401b038111156124b9575f5ffd5b6124c5878288016122e3565b9598909750949560e00135949350505050565b5f5f604083850312156124e9575f5ffd5b50508035926020909101359150565b81516001600160a01b03908116825260208084015182169083015260408084015190911690820152606080830151610100830191612540908401826001600160401b03169052565b506080830151612554608084018215159052565b5060a083015160a083015260c083015160c083015260e083015160e083015292915050565b5f5f5f5f5f5f5f610180888a031215612590575f5ffd5b61259a89896122d3565b965060e08801356001600160401b038111156125b4575f5ffd5b6125c08a828b016122e3565b909750955050610100880135935061012088013560ff811681146125e2575f5ffd5b9699959850939692959461014084013594506101609093013592915050565b634e487b7160e01b5f52602160045260245ffd5b6008811061262557612625612601565b9052565b602081016104be8284612615565b6001600160a01b0381168114610620575f5ffd5b803561189781612637565b5f60208284031215612666575f5ffd5b8135610ae481612637565b80356001600160401b0381168114611897575f5ffd5b5f60208284031215612697575f5ffd5b610ae482612671565b6001600160a01b0392831681529116602082015260400190565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104be576104be6126ba565b80820281158282048414176104be576104be6126ba565b6001600160401b0381811683821601908111156104be576104be6126ba565b808201808211156104be576104be6126ba565b60405161012081016001600160401b038111828210171561275957634e487b7160e01b5f52604160045260245ffd5b60405290565b803560088110611897575f5ffd5b5f61012082840312801561277f575f5ffd5b5061278861272a565b6127918361264b565b815261279f6020840161264b565b60208201526127b06040840161264b565b604082015260608381013590820152608080840135908201526127d560a08401612671565b60a08201526127e660c08401612671565b60c082015260e08381013590820152612802610100840161275f565b6101008201529392505050565b82815260408101610ae46020830184612615565b5f5f60408385031215612834575f5ffd5b825161283f81612637565b602084015190925060058110612853575f5ffd5b809150509250929050565b6001600160a01b0383168152604081016005831061287e5761287e612601565b8260208301529392505050565b81516001600160a01b0390811682526020808401518216908301526040808401519182169083015261012082019050606083015160608301526080830151608083015260a08301516128e860a08401826001600160401b03169052565b5060c083015161290360c08401826001600160401b03169052565b5060e083015160e0830152610100830151612922610100840182612615565b509291505056fea164736f6c6343000825000a",
}

// Deals is an auto generated Go binding around an Ethereum contract.
type Deals struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Deals) GetABI() abi.ABI {
	return c.abi
}

// NewDeals creates a new instance of Deals.
func NewDeals() *Deals {
	parsed, err := DealsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Deals{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Deals) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address dao_, uint64 disputeWindow_) returns()
func (deals *Deals) PackConstructor(token_ common.Address, dao_ common.Address, disputeWindow_ uint64) []byte {
	enc, err := deals.abi.Pack("", token_, dao_, disputeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (deals *Deals) PackQUOTETYPEHASH() []byte {
	enc, err := deals.abi.Pack("QUOTE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (deals *Deals) TryPackQUOTETYPEHASH() ([]byte, error) {
	return deals.abi.Pack("QUOTE_TYPEHASH")
}

// UnpackQUOTETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7581615.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (deals *Deals) UnpackQUOTETYPEHASH(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("QUOTE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSTREAMQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab6e9af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STREAM_QUOTE_TYPEHASH() view returns(bytes32)
func (deals *Deals) PackSTREAMQUOTETYPEHASH() []byte {
	enc, err := deals.abi.Pack("STREAM_QUOTE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTREAMQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab6e9af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STREAM_QUOTE_TYPEHASH() view returns(bytes32)
func (deals *Deals) TryPackSTREAMQUOTETYPEHASH() ([]byte, error) {
	return deals.abi.Pack("STREAM_QUOTE_TYPEHASH")
}

// UnpackSTREAMQUOTETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab6e9af.
//
// Solidity: function STREAM_QUOTE_TYPEHASH() view returns(bytes32)
func (deals *Deals) UnpackSTREAMQUOTETYPEHASH(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("STREAM_QUOTE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0f734dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bill(bytes32 id) returns(uint256 amount)
func (deals *Deals) PackBill(id [32]byte) []byte {
	enc, err := deals.abi.Pack("bill", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0f734dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bill(bytes32 id) returns(uint256 amount)
func (deals *Deals) TryPackBill(id [32]byte) ([]byte, error) {
	return deals.abi.Pack("bill", id)
}

// UnpackBill is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0f734dd.
//
// Solidity: function bill(bytes32 id) returns(uint256 amount)
func (deals *Deals) UnpackBill(data []byte) (*big.Int, error) {
	out, err := deals.abi.Unpack("bill", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb9c695f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackClaim(id [32]byte, d DealsDeal) []byte {
	enc, err := deals.abi.Pack("claim", id, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb9c695f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackClaim(id [32]byte, d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("claim", id, d)
}

// PackCloseStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18560b19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeStream(bytes32 id) returns()
func (deals *Deals) PackCloseStream(id [32]byte) []byte {
	enc, err := deals.abi.Pack("closeStream", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18560b19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeStream(bytes32 id) returns()
func (deals *Deals) TryPackCloseStream(id [32]byte) ([]byte, error) {
	return deals.abi.Pack("closeStream", id)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc32e5995.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, bytes32 resultHash) returns()
func (deals *Deals) PackCommit(id [32]byte, d DealsDeal, resultHash [32]byte) []byte {
	enc, err := deals.abi.Pack("commit", id, d, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc32e5995.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, bytes32 resultHash) returns()
func (deals *Deals) TryPackCommit(id [32]byte, d DealsDeal, resultHash [32]byte) ([]byte, error) {
	return deals.abi.Pack("commit", id, d, resultHash)
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55f128b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackConfirm(id [32]byte, d DealsDeal) []byte {
	enc, err := deals.abi.Pack("confirm", id, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55f128b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackConfirm(id [32]byte, d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("confirm", id, d)
}

// PackDao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4162169f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dao() view returns(address)
func (deals *Deals) PackDao() []byte {
	enc, err := deals.abi.Pack("dao")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4162169f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dao() view returns(address)
func (deals *Deals) TryPackDao() ([]byte, error) {
	return deals.abi.Pack("dao")
}

// UnpackDao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4162169f.
//
// Solidity: function dao() view returns(address)
func (deals *Deals) UnpackDao(data []byte) (common.Address, error) {
	out, err := deals.abi.Unpack("dao", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7092d130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackDispute(id [32]byte, d DealsDeal) []byte {
	enc, err := deals.abi.Pack("dispute", id, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7092d130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackDispute(id [32]byte, d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("dispute", id, d)
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint64)
func (deals *Deals) PackDisputeWindow() []byte {
	enc, err := deals.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint64)
func (deals *Deals) TryPackDisputeWindow() ([]byte, error) {
	return deals.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint64)
func (deals *Deals) UnpackDisputeWindow(data []byte) (uint64, error) {
	out, err := deals.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deals *Deals) PackEip712Domain() []byte {
	enc, err := deals.abi.Pack("eip712Domain")
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
func (deals *Deals) TryPackEip712Domain() ([]byte, error) {
	return deals.abi.Pack("eip712Domain")
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
func (deals *Deals) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := deals.abi.Unpack("eip712Domain", data)
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

// PackMatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd13a0688.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matches(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) view returns(bool)
func (deals *Deals) PackMatches(id [32]byte, d DealsDeal) []byte {
	enc, err := deals.abi.Pack("matches", id, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd13a0688.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matches(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) view returns(bool)
func (deals *Deals) TryPackMatches(id [32]byte, d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("matches", id, d)
}

// UnpackMatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd13a0688.
//
// Solidity: function matches(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) view returns(bool)
func (deals *Deals) UnpackMatches(data []byte) (bool, error) {
	out, err := deals.abi.Unpack("matches", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x460012e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,bytes32,uint256,uint64,uint64,uint256) q, bytes signature) returns(bytes32 id)
func (deals *Deals) PackOpen(q DealsQuote, signature []byte) []byte {
	enc, err := deals.abi.Pack("open", q, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x460012e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,bytes32,uint256,uint64,uint64,uint256) q, bytes signature) returns(bytes32 id)
func (deals *Deals) TryPackOpen(q DealsQuote, signature []byte) ([]byte, error) {
	return deals.abi.Pack("open", q, signature)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x460012e1.
//
// Solidity: function open((address,address,bytes32,uint256,uint64,uint64,uint256) q, bytes signature) returns(bytes32 id)
func (deals *Deals) UnpackOpen(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("open", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x953e2f17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openStream((address,address,bytes32,uint256,uint64,uint256) q, bytes signature, uint256 deposit) returns(bytes32 id)
func (deals *Deals) PackOpenStream(q DealsStreamQuote, signature []byte, deposit *big.Int) []byte {
	enc, err := deals.abi.Pack("openStream", q, signature, deposit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x953e2f17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openStream((address,address,bytes32,uint256,uint64,uint256) q, bytes signature, uint256 deposit) returns(bytes32 id)
func (deals *Deals) TryPackOpenStream(q DealsStreamQuote, signature []byte, deposit *big.Int) ([]byte, error) {
	return deals.abi.Pack("openStream", q, signature, deposit)
}

// UnpackOpenStream is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x953e2f17.
//
// Solidity: function openStream((address,address,bytes32,uint256,uint64,uint256) q, bytes signature, uint256 deposit) returns(bytes32 id)
func (deals *Deals) UnpackOpenStream(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("openStream", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff476a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openWithPermit((address,address,bytes32,uint256,uint64,uint64,uint256) q, bytes signature, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (deals *Deals) PackOpenWithPermit(q DealsQuote, signature []byte, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := deals.abi.Pack("openWithPermit", q, signature, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff476a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openWithPermit((address,address,bytes32,uint256,uint64,uint64,uint256) q, bytes signature, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (deals *Deals) TryPackOpenWithPermit(q DealsQuote, signature []byte, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return deals.abi.Pack("openWithPermit", q, signature, permitDeadline, v, r, s)
}

// UnpackOpenWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbff476a3.
//
// Solidity: function openWithPermit((address,address,bytes32,uint256,uint64,uint64,uint256) q, bytes signature, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 id)
func (deals *Deals) UnpackOpenWithPermit(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("openWithPermit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c886fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(bytes32 id) view returns(uint256)
func (deals *Deals) PackOwed(id [32]byte) []byte {
	enc, err := deals.abi.Pack("owed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c886fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(bytes32 id) view returns(uint256)
func (deals *Deals) TryPackOwed(id [32]byte) ([]byte, error) {
	return deals.abi.Pack("owed", id)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c886fc4.
//
// Solidity: function owed(bytes32 id) view returns(uint256)
func (deals *Deals) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := deals.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab905a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDigest((address,address,bytes32,uint256,uint64,uint64,uint256) q) view returns(bytes32)
func (deals *Deals) PackQuoteDigest(q DealsQuote) []byte {
	enc, err := deals.abi.Pack("quoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab905a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDigest((address,address,bytes32,uint256,uint64,uint64,uint256) q) view returns(bytes32)
func (deals *Deals) TryPackQuoteDigest(q DealsQuote) ([]byte, error) {
	return deals.abi.Pack("quoteDigest", q)
}

// UnpackQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ab905a5.
//
// Solidity: function quoteDigest((address,address,bytes32,uint256,uint64,uint64,uint256) q) view returns(bytes32)
func (deals *Deals) UnpackQuoteDigest(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("quoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79813199.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackRefund(id [32]byte, d DealsDeal) []byte {
	enc, err := deals.abi.Pack("refund", id, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79813199.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackRefund(id [32]byte, d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("refund", id, d)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b89f04c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, uint256 toBuyer) returns()
func (deals *Deals) PackResolve(id [32]byte, d DealsDeal, toBuyer *big.Int) []byte {
	enc, err := deals.abi.Pack("resolve", id, d, toBuyer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b89f04c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(bytes32 id, (address,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, uint256 toBuyer) returns()
func (deals *Deals) TryPackResolve(id [32]byte, d DealsDeal, toBuyer *big.Int) ([]byte, error) {
	return deals.abi.Pack("resolve", id, d, toBuyer)
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7df14e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(bytes32 id) view returns(uint8)
func (deals *Deals) PackStatusOf(id [32]byte) []byte {
	enc, err := deals.abi.Pack("statusOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7df14e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(bytes32 id) view returns(uint8)
func (deals *Deals) TryPackStatusOf(id [32]byte) ([]byte, error) {
	return deals.abi.Pack("statusOf", id)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7df14e2.
//
// Solidity: function statusOf(bytes32 id) view returns(uint8)
func (deals *Deals) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := deals.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70c9acf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stream(bytes32 id) view returns((address,address,address,uint64,bool,uint256,uint256,bytes32))
func (deals *Deals) PackStream(id [32]byte) []byte {
	enc, err := deals.abi.Pack("stream", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70c9acf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stream(bytes32 id) view returns((address,address,address,uint64,bool,uint256,uint256,bytes32))
func (deals *Deals) TryPackStream(id [32]byte) ([]byte, error) {
	return deals.abi.Pack("stream", id)
}

// UnpackStream is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb70c9acf.
//
// Solidity: function stream(bytes32 id) view returns((address,address,address,uint64,bool,uint256,uint256,bytes32))
func (deals *Deals) UnpackStream(data []byte) (DealsStream, error) {
	out, err := deals.abi.Unpack("stream", data)
	if err != nil {
		return *new(DealsStream), err
	}
	out0 := *abi.ConvertType(out[0], new(DealsStream)).(*DealsStream)
	return out0, nil
}

// PackStreamQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d1e0af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function streamQuoteDigest((address,address,bytes32,uint256,uint64,uint256) q) view returns(bytes32)
func (deals *Deals) PackStreamQuoteDigest(q DealsStreamQuote) []byte {
	enc, err := deals.abi.Pack("streamQuoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStreamQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d1e0af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function streamQuoteDigest((address,address,bytes32,uint256,uint64,uint256) q) view returns(bytes32)
func (deals *Deals) TryPackStreamQuoteDigest(q DealsStreamQuote) ([]byte, error) {
	return deals.abi.Pack("streamQuoteDigest", q)
}

// UnpackStreamQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01d1e0af.
//
// Solidity: function streamQuoteDigest((address,address,bytes32,uint256,uint64,uint256) q) view returns(bytes32)
func (deals *Deals) UnpackStreamQuoteDigest(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("streamQuoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (deals *Deals) PackToken() []byte {
	enc, err := deals.abi.Pack("token")
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
func (deals *Deals) TryPackToken() ([]byte, error) {
	return deals.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (deals *Deals) UnpackToken(data []byte) (common.Address, error) {
	out, err := deals.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb67644b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp(bytes32 id, uint256 amount) returns()
func (deals *Deals) PackTopUp(id [32]byte, amount *big.Int) []byte {
	enc, err := deals.abi.Pack("topUp", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb67644b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp(bytes32 id, uint256 amount) returns()
func (deals *Deals) TryPackTopUp(id [32]byte, amount *big.Int) ([]byte, error) {
	return deals.abi.Pack("topUp", id, amount)
}

// DealsDealClaimed represents a DealClaimed event raised by the Deals contract.
type DealsDealClaimed struct {
	Id     [32]byte
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealsDealClaimedEventName = "DealClaimed"

// ContractEventName returns the user-defined event name.
func (DealsDealClaimed) ContractEventName() string {
	return DealsDealClaimedEventName
}

// UnpackDealClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealClaimed(bytes32 indexed id, uint256 amount)
func (deals *Deals) UnpackDealClaimedEvent(log *types.Log) (*DealsDealClaimed, error) {
	event := "DealClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsDealClaimed)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsDealConfirmed represents a DealConfirmed event raised by the Deals contract.
type DealsDealConfirmed struct {
	Id     [32]byte
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealsDealConfirmedEventName = "DealConfirmed"

// ContractEventName returns the user-defined event name.
func (DealsDealConfirmed) ContractEventName() string {
	return DealsDealConfirmedEventName
}

// UnpackDealConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealConfirmed(bytes32 indexed id, uint256 amount)
func (deals *Deals) UnpackDealConfirmedEvent(log *types.Log) (*DealsDealConfirmed, error) {
	event := "DealConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsDealConfirmed)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsDealDisputed represents a DealDisputed event raised by the Deals contract.
type DealsDealDisputed struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const DealsDealDisputedEventName = "DealDisputed"

// ContractEventName returns the user-defined event name.
func (DealsDealDisputed) ContractEventName() string {
	return DealsDealDisputedEventName
}

// UnpackDealDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealDisputed(bytes32 indexed id)
func (deals *Deals) UnpackDealDisputedEvent(log *types.Log) (*DealsDealDisputed, error) {
	event := "DealDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsDealDisputed)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsDealOpened represents a DealOpened event raised by the Deals contract.
type DealsDealOpened struct {
	Id       [32]byte
	Buyer    common.Address
	Wallet   common.Address
	Hub      common.Address
	Amount   *big.Int
	SpecHash [32]byte
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DealsDealOpenedEventName = "DealOpened"

// ContractEventName returns the user-defined event name.
func (DealsDealOpened) ContractEventName() string {
	return DealsDealOpenedEventName
}

// UnpackDealOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealOpened(bytes32 indexed id, address indexed buyer, address indexed wallet, address hub, uint256 amount, bytes32 specHash, uint64 deadline)
func (deals *Deals) UnpackDealOpenedEvent(log *types.Log) (*DealsDealOpened, error) {
	event := "DealOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsDealOpened)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsDealRefunded represents a DealRefunded event raised by the Deals contract.
type DealsDealRefunded struct {
	Id     [32]byte
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealsDealRefundedEventName = "DealRefunded"

// ContractEventName returns the user-defined event name.
func (DealsDealRefunded) ContractEventName() string {
	return DealsDealRefundedEventName
}

// UnpackDealRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealRefunded(bytes32 indexed id, uint256 amount)
func (deals *Deals) UnpackDealRefundedEvent(log *types.Log) (*DealsDealRefunded, error) {
	event := "DealRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsDealRefunded)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsDealResolved represents a DealResolved event raised by the Deals contract.
type DealsDealResolved struct {
	Id      [32]byte
	ToBuyer *big.Int
	ToHub   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DealsDealResolvedEventName = "DealResolved"

// ContractEventName returns the user-defined event name.
func (DealsDealResolved) ContractEventName() string {
	return DealsDealResolvedEventName
}

// UnpackDealResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealResolved(bytes32 indexed id, uint256 toBuyer, uint256 toHub)
func (deals *Deals) UnpackDealResolvedEvent(log *types.Log) (*DealsDealResolved, error) {
	event := "DealResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsDealResolved)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsEIP712DomainChanged represents a EIP712DomainChanged event raised by the Deals contract.
type DealsEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DealsEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DealsEIP712DomainChanged) ContractEventName() string {
	return DealsEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (deals *Deals) UnpackEIP712DomainChangedEvent(log *types.Log) (*DealsEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsResultCommitted represents a ResultCommitted event raised by the Deals contract.
type DealsResultCommitted struct {
	Id          [32]byte
	ResultHash  [32]byte
	CommittedAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const DealsResultCommittedEventName = "ResultCommitted"

// ContractEventName returns the user-defined event name.
func (DealsResultCommitted) ContractEventName() string {
	return DealsResultCommittedEventName
}

// UnpackResultCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultCommitted(bytes32 indexed id, bytes32 resultHash, uint64 committedAt)
func (deals *Deals) UnpackResultCommittedEvent(log *types.Log) (*DealsResultCommitted, error) {
	event := "ResultCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsResultCommitted)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsStreamBilled represents a StreamBilled event raised by the Deals contract.
type DealsStreamBilled struct {
	Id        [32]byte
	Amount    *big.Int
	SettledAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealsStreamBilledEventName = "StreamBilled"

// ContractEventName returns the user-defined event name.
func (DealsStreamBilled) ContractEventName() string {
	return DealsStreamBilledEventName
}

// UnpackStreamBilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamBilled(bytes32 indexed id, uint256 amount, uint64 settledAt)
func (deals *Deals) UnpackStreamBilledEvent(log *types.Log) (*DealsStreamBilled, error) {
	event := "StreamBilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsStreamBilled)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsStreamClosed represents a StreamClosed event raised by the Deals contract.
type DealsStreamClosed struct {
	Id       [32]byte
	Refunded *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DealsStreamClosedEventName = "StreamClosed"

// ContractEventName returns the user-defined event name.
func (DealsStreamClosed) ContractEventName() string {
	return DealsStreamClosedEventName
}

// UnpackStreamClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamClosed(bytes32 indexed id, uint256 refunded)
func (deals *Deals) UnpackStreamClosedEvent(log *types.Log) (*DealsStreamClosed, error) {
	event := "StreamClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsStreamClosed)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsStreamOpened represents a StreamOpened event raised by the Deals contract.
type DealsStreamOpened struct {
	Id            [32]byte
	Buyer         common.Address
	Wallet        common.Address
	Hub           common.Address
	RatePerSecond *big.Int
	Deposit       *big.Int
	SpecHash      [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const DealsStreamOpenedEventName = "StreamOpened"

// ContractEventName returns the user-defined event name.
func (DealsStreamOpened) ContractEventName() string {
	return DealsStreamOpenedEventName
}

// UnpackStreamOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamOpened(bytes32 indexed id, address indexed buyer, address indexed wallet, address hub, uint256 ratePerSecond, uint256 deposit, bytes32 specHash)
func (deals *Deals) UnpackStreamOpenedEvent(log *types.Log) (*DealsStreamOpened, error) {
	event := "StreamOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsStreamOpened)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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

// DealsStreamToppedUp represents a StreamToppedUp event raised by the Deals contract.
type DealsStreamToppedUp struct {
	Id     [32]byte
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealsStreamToppedUpEventName = "StreamToppedUp"

// ContractEventName returns the user-defined event name.
func (DealsStreamToppedUp) ContractEventName() string {
	return DealsStreamToppedUpEventName
}

// UnpackStreamToppedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamToppedUp(bytes32 indexed id, uint256 amount)
func (deals *Deals) UnpackStreamToppedUpEvent(log *types.Log) (*DealsStreamToppedUp, error) {
	event := "StreamToppedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsStreamToppedUp)
	if len(log.Data) > 0 {
		if err := deals.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deals.abi.Events[event].Inputs {
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
func (deals *Deals) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deals.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return deals.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return deals.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return deals.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return deals.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["DealExists"].ID.Bytes()[:4]) {
		return deals.UnpackDealExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return deals.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return deals.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return deals.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return deals.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return deals.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["HubNotRegistered"].ID.Bytes()[:4]) {
		return deals.UnpackHubNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return deals.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return deals.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["NotDAO"].ID.Bytes()[:4]) {
		return deals.UnpackNotDAOError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["NotHub"].ID.Bytes()[:4]) {
		return deals.UnpackNotHubError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["QuoteExpired"].ID.Bytes()[:4]) {
		return deals.UnpackQuoteExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return deals.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return deals.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["ShareTooLarge"].ID.Bytes()[:4]) {
		return deals.UnpackShareTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["StreamClosedAlready"].ID.Bytes()[:4]) {
		return deals.UnpackStreamClosedAlreadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["StreamExists"].ID.Bytes()[:4]) {
		return deals.UnpackStreamExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return deals.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["UnknownDeal"].ID.Bytes()[:4]) {
		return deals.UnpackUnknownDealError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["UnknownStream"].ID.Bytes()[:4]) {
		return deals.UnpackUnknownStreamError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return deals.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], deals.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return deals.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DealsBadSignature represents a BadSignature error raised by the Deals contract.
type DealsBadSignature struct {
	Signer      common.Address
	WalletOwner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(address signer, address walletOwner)
func DealsBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x08d20b25b536d5aac2f529fb21b6e4218c05b2e0e4288246b55b363df3839df8")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(address signer, address walletOwner)
func (deals *Deals) UnpackBadSignatureError(raw []byte) (*DealsBadSignature, error) {
	out := new(DealsBadSignature)
	if err := deals.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsDeadlineInPast represents a DeadlineInPast error raised by the Deals contract.
type DealsDeadlineInPast struct {
	Deadline uint64
	Now      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint64 now_)
func DealsDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x2d098d597073c3b5cb467b888c2accb74d0465ca6f031ba950272ca0fc527935")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint64 now_)
func (deals *Deals) UnpackDeadlineInPastError(raw []byte) (*DealsDeadlineInPast, error) {
	out := new(DealsDeadlineInPast)
	if err := deals.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsDeadlineNotReached represents a DeadlineNotReached error raised by the Deals contract.
type DealsDeadlineNotReached struct {
	Id       [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(bytes32 id, uint64 deadline)
func DealsDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xde18df3d56200b0ac12a79421672e1c956230883ed4900b44dddc0d1bdd18fd9")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(bytes32 id, uint64 deadline)
func (deals *Deals) UnpackDeadlineNotReachedError(raw []byte) (*DealsDeadlineNotReached, error) {
	out := new(DealsDeadlineNotReached)
	if err := deals.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsDeadlinePassed represents a DeadlinePassed error raised by the Deals contract.
type DealsDeadlinePassed struct {
	Id       [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(bytes32 id, uint64 deadline)
func DealsDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x7fa0676986e96df6df7f0cfd5fe9b021f5a9683273c3f282474726464dbe9f8f")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(bytes32 id, uint64 deadline)
func (deals *Deals) UnpackDeadlinePassedError(raw []byte) (*DealsDeadlinePassed, error) {
	out := new(DealsDeadlinePassed)
	if err := deals.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsDealExists represents a DealExists error raised by the Deals contract.
type DealsDealExists struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DealExists(bytes32 id)
func DealsDealExistsErrorID() common.Hash {
	return common.HexToHash("0xb3e2817b959853b0c0e422419836f9dcbdcac91a2744580c66e7c31a5ce43308")
}

// UnpackDealExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DealExists(bytes32 id)
func (deals *Deals) UnpackDealExistsError(raw []byte) (*DealsDealExists, error) {
	out := new(DealsDealExists)
	if err := deals.abi.UnpackIntoInterface(out, "DealExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsDisputeWindowClosed represents a DisputeWindowClosed error raised by the Deals contract.
type DealsDisputeWindowClosed struct {
	Id      [32]byte
	EndedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(bytes32 id, uint64 endedAt)
func DealsDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xde4704416945beff2ca293ee92c45f6d6f2afed33ca0de70621007cdda8b69e6")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(bytes32 id, uint64 endedAt)
func (deals *Deals) UnpackDisputeWindowClosedError(raw []byte) (*DealsDisputeWindowClosed, error) {
	out := new(DealsDisputeWindowClosed)
	if err := deals.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsDisputeWindowOpen represents a DisputeWindowOpen error raised by the Deals contract.
type DealsDisputeWindowOpen struct {
	Id     [32]byte
	EndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(bytes32 id, uint64 endsAt)
func DealsDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x6a518c7bfca443793295306c82265f4ebffee79245e5f16f703cfedd8b7a239b")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(bytes32 id, uint64 endsAt)
func (deals *Deals) UnpackDisputeWindowOpenError(raw []byte) (*DealsDisputeWindowOpen, error) {
	out := new(DealsDisputeWindowOpen)
	if err := deals.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the Deals contract.
type DealsECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func DealsECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (deals *Deals) UnpackECDSAInvalidSignatureError(raw []byte) (*DealsECDSAInvalidSignature, error) {
	out := new(DealsECDSAInvalidSignature)
	if err := deals.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the Deals contract.
type DealsECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func DealsECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (deals *Deals) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*DealsECDSAInvalidSignatureLength, error) {
	out := new(DealsECDSAInvalidSignatureLength)
	if err := deals.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the Deals contract.
type DealsECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func DealsECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (deals *Deals) UnpackECDSAInvalidSignatureSError(raw []byte) (*DealsECDSAInvalidSignatureS, error) {
	out := new(DealsECDSAInvalidSignatureS)
	if err := deals.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsHubNotRegistered represents a HubNotRegistered error raised by the Deals contract.
type DealsHubNotRegistered struct {
	Wallet common.Address
	State  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HubNotRegistered(address wallet, uint8 state)
func DealsHubNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xc1fdb8cb5d6908c0f4280a34e362ae4b136e45be02efdbb22dcccdc4c56e24ac")
}

// UnpackHubNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HubNotRegistered(address wallet, uint8 state)
func (deals *Deals) UnpackHubNotRegisteredError(raw []byte) (*DealsHubNotRegistered, error) {
	out := new(DealsHubNotRegistered)
	if err := deals.abi.UnpackIntoInterface(out, "HubNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsInvalidShortString represents a InvalidShortString error raised by the Deals contract.
type DealsInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DealsInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (deals *Deals) UnpackInvalidShortStringError(raw []byte) (*DealsInvalidShortString, error) {
	out := new(DealsInvalidShortString)
	if err := deals.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsNotBuyer represents a NotBuyer error raised by the Deals contract.
type DealsNotBuyer struct {
	Caller common.Address
	Buyer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer(address caller, address buyer)
func DealsNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x5eeea42118bd49dc175ca5259a354a16c816dce81662a52e43cbcfc575b1ed36")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer(address caller, address buyer)
func (deals *Deals) UnpackNotBuyerError(raw []byte) (*DealsNotBuyer, error) {
	out := new(DealsNotBuyer)
	if err := deals.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsNotDAO represents a NotDAO error raised by the Deals contract.
type DealsNotDAO struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDAO(address caller)
func DealsNotDAOErrorID() common.Hash {
	return common.HexToHash("0x9b7e45116d92ebdc8a11d0f89f84b2a2ce17f3b1b5199d53c0d5846cd638dc03")
}

// UnpackNotDAOError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDAO(address caller)
func (deals *Deals) UnpackNotDAOError(raw []byte) (*DealsNotDAO, error) {
	out := new(DealsNotDAO)
	if err := deals.abi.UnpackIntoInterface(out, "NotDAO", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsNotHub represents a NotHub error raised by the Deals contract.
type DealsNotHub struct {
	Caller common.Address
	Hub    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHub(address caller, address hub)
func DealsNotHubErrorID() common.Hash {
	return common.HexToHash("0xbffaa5629d14b09124a85fd89d75172b59cfdb13bb328476b9de0cd8242d9e90")
}

// UnpackNotHubError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHub(address caller, address hub)
func (deals *Deals) UnpackNotHubError(raw []byte) (*DealsNotHub, error) {
	out := new(DealsNotHub)
	if err := deals.abi.UnpackIntoInterface(out, "NotHub", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsQuoteExpired represents a QuoteExpired error raised by the Deals contract.
type DealsQuoteExpired struct {
	Expiry uint64
	Now    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteExpired(uint64 expiry, uint64 now_)
func DealsQuoteExpiredErrorID() common.Hash {
	return common.HexToHash("0xa99ed61c3a5b74eed64bd36974878ddbc4e633d152617a990183dbd9590e634d")
}

// UnpackQuoteExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteExpired(uint64 expiry, uint64 now_)
func (deals *Deals) UnpackQuoteExpiredError(raw []byte) (*DealsQuoteExpired, error) {
	out := new(DealsQuoteExpired)
	if err := deals.abi.UnpackIntoInterface(out, "QuoteExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Deals contract.
type DealsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DealsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (deals *Deals) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DealsReentrancyGuardReentrantCall, error) {
	out := new(DealsReentrancyGuardReentrantCall)
	if err := deals.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Deals contract.
type DealsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DealsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (deals *Deals) UnpackSafeERC20FailedOperationError(raw []byte) (*DealsSafeERC20FailedOperation, error) {
	out := new(DealsSafeERC20FailedOperation)
	if err := deals.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsShareTooLarge represents a ShareTooLarge error raised by the Deals contract.
type DealsShareTooLarge struct {
	Share  *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ShareTooLarge(uint256 share, uint256 amount)
func DealsShareTooLargeErrorID() common.Hash {
	return common.HexToHash("0xdebe55c3f62bc27bdcf79327994978cf1c8662de2b2d507ded5a2c27eb357eb5")
}

// UnpackShareTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ShareTooLarge(uint256 share, uint256 amount)
func (deals *Deals) UnpackShareTooLargeError(raw []byte) (*DealsShareTooLarge, error) {
	out := new(DealsShareTooLarge)
	if err := deals.abi.UnpackIntoInterface(out, "ShareTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsStreamClosedAlready represents a StreamClosedAlready error raised by the Deals contract.
type DealsStreamClosedAlready struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StreamClosedAlready(bytes32 id)
func DealsStreamClosedAlreadyErrorID() common.Hash {
	return common.HexToHash("0xf531f79d40e3bda49f6d594351265909c61096012fc26cdb03b66edec2acb180")
}

// UnpackStreamClosedAlreadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StreamClosedAlready(bytes32 id)
func (deals *Deals) UnpackStreamClosedAlreadyError(raw []byte) (*DealsStreamClosedAlready, error) {
	out := new(DealsStreamClosedAlready)
	if err := deals.abi.UnpackIntoInterface(out, "StreamClosedAlready", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsStreamExists represents a StreamExists error raised by the Deals contract.
type DealsStreamExists struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StreamExists(bytes32 id)
func DealsStreamExistsErrorID() common.Hash {
	return common.HexToHash("0x49c54455e0921cf784b9a2a3cb56e2fdfae1a8db645fcc2ddc11e376c267930a")
}

// UnpackStreamExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StreamExists(bytes32 id)
func (deals *Deals) UnpackStreamExistsError(raw []byte) (*DealsStreamExists, error) {
	out := new(DealsStreamExists)
	if err := deals.abi.UnpackIntoInterface(out, "StreamExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsStringTooLong represents a StringTooLong error raised by the Deals contract.
type DealsStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DealsStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (deals *Deals) UnpackStringTooLongError(raw []byte) (*DealsStringTooLong, error) {
	out := new(DealsStringTooLong)
	if err := deals.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsUnknownDeal represents a UnknownDeal error raised by the Deals contract.
type DealsUnknownDeal struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDeal(bytes32 id)
func DealsUnknownDealErrorID() common.Hash {
	return common.HexToHash("0x6a196fcbcdcdb067972df2f1c108c9216b42fae2a484a8af630d0e4942eb772f")
}

// UnpackUnknownDealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDeal(bytes32 id)
func (deals *Deals) UnpackUnknownDealError(raw []byte) (*DealsUnknownDeal, error) {
	out := new(DealsUnknownDeal)
	if err := deals.abi.UnpackIntoInterface(out, "UnknownDeal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsUnknownStream represents a UnknownStream error raised by the Deals contract.
type DealsUnknownStream struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownStream(bytes32 id)
func DealsUnknownStreamErrorID() common.Hash {
	return common.HexToHash("0x7851844993dc1aff5d49d5807fa6dd671599aa5484fc86b17fe47ee1d89c7851")
}

// UnpackUnknownStreamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownStream(bytes32 id)
func (deals *Deals) UnpackUnknownStreamError(raw []byte) (*DealsUnknownStream, error) {
	out := new(DealsUnknownStream)
	if err := deals.abi.UnpackIntoInterface(out, "UnknownStream", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsWrongStatus represents a WrongStatus error raised by the Deals contract.
type DealsWrongStatus struct {
	Id     [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(bytes32 id, uint8 status)
func DealsWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9d81974470eb5e30f285b1055c396a387d885a43a0fb39f84dcb3764cbc907a1")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(bytes32 id, uint8 status)
func (deals *Deals) UnpackWrongStatusError(raw []byte) (*DealsWrongStatus, error) {
	out := new(DealsWrongStatus)
	if err := deals.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealsZeroAmount represents a ZeroAmount error raised by the Deals contract.
type DealsZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func DealsZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (deals *Deals) UnpackZeroAmountError(raw []byte) (*DealsZeroAmount, error) {
	out := new(DealsZeroAmount)
	if err := deals.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
