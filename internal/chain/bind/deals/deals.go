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
	Lane        uint64
	Seq         uint64
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
	Lane     uint64
	Seq      uint64
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dao_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"disputeWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"walletOwner\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"endedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"endsAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"enumHubWallet.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"HubNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LaneBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDAO\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"NotHub\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"QuoteExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ShareTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"StreamClosedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"StreamExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownStream\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongSeq\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DealClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DealConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"DealDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"DealOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DealRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBuyer\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHub\",\"type\":\"uint256\"}],\"name\":\"DealResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"ResultCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"settledAt\",\"type\":\"uint64\"}],\"name\":\"StreamBilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"}],\"name\":\"StreamClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"name\":\"StreamOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StreamToppedUp\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"QUOTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STREAM_QUOTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"bill\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"closeStream\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"credited\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dao\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"dealId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"}],\"name\":\"laneOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"nextSeq\",\"type\":\"uint64\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"busy\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"matches\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"internalType\":\"structDeals.Quote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.StreamQuote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"openStream\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"internalType\":\"structDeals.Quote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"pv\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"pr\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ps\",\"type\":\"bytes32\"}],\"name\":\"openWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"internalType\":\"structDeals.Quote\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"quoteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumDeals.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structDeals.Deal\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"toBuyer\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"stream\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"settledAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDeals.Stream\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"ratePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structDeals.StreamQuote\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"streamQuoteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Deals",
	Bin: "0x6101c0604052348015610010575f5ffd5b5060405161325138038061325183398101604081905261002f916101a1565b6040518060400160405280600a815260200169736f6e6d204465616c7360b01b815250604051806040016040528060018152602001603160f81b81525061007b8261014460201b60201c565b6101205261008881610144565b61014052815160208084019190912060e052815190820120610100524660a05261011460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03928316610160529116610180526001600160401b03166101a052610251565b5f5f829050601f81511115610177578260405163305a27a960e01b815260040161016e91906101f6565b60405180910390fd5b80516101828261022b565b179392505050565b6001600160a01b038116811461019e575f5ffd5b50565b5f5f5f606084860312156101b3575f5ffd5b83516101be8161018a565b60208501519093506101cf8161018a565b60408501519092506001600160401b03811681146101eb575f5ffd5b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561024b575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051612f4461030d5f395f81816101e20152818161137501526117dc01525f81816102b701526119fa01525f818161042a015281816107bd01528181610b5201528181610c1b01528181610cb001528181610e76015281816112e4015281816116780152611b2801525f61231901525f6122e901525f6125b401525f61258c01525f6124e701525f61251101525f61253b0152612f445ff3fe608060405234801561000f575f5ffd5b50600436106101a0575f3560e01c80636c886fc4116100f3578063d1d5b9c511610093578063f75816151161006e578063f7581615146103fe578063fc0c546a14610425578063fdf60ec71461044c578063fe96f7e91461046b575f5ffd5b8063d1d5b9c5146103c5578063e0f734dd146103d8578063ec3ca787146103eb575f5ffd5b8063b1c0160a116100ce578063b1c0160a1461036c578063b67644b91461037f578063b70c9acf14610392578063ba88c0df146103b2575f5ffd5b80636c886fc41461031757806384b0196e1461032a578063aab6e9af14610345575f5ffd5b8063191655871161015e578063328ed58e11610139578063328ed58e1461029f5780634162169f146102b25780634fa93cef146102f15780636802cc7e14610304575f5ffd5b806319165587146102665780632a33b12a146102795780632e5dd2311461028c575f5ffd5b80629a4333146101a457806301d1e0af146101ca578063117f5f92146101dd578063128e35471461021c57806313a2c3321461023e57806318560b1914610253575b5f5ffd5b6101b76101b23660046127f2565b61048e565b6040519081526020015b60405180910390f35b6101b76101d836600461282b565b6107f6565b6102047f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016101c1565b61022f61022a36600461287a565b6108c0565b6040516101c1939291906128d5565b61025161024c366004612913565b61091a565b005b61025161026136600461293e565b610a45565b6101b7610274366004612955565b610b89565b6101b7610287366004612981565b610ca5565b61025161029a3660046129ef565b610d7a565b6101b76102ad366004612a0a565b610ea6565b6102d97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101c1565b6101b76102ff366004612a25565b610f98565b6102516103123660046129ef565b611324565b6101b761032536600461293e565b61146b565b6103326114db565b6040516101c19796959493929190612a87565b6101b77f88a493b54898a1f11df8abd20f72710869bc4d9784769db97343e2d11b21cdc981565b61025161037a3660046129ef565b61151d565b61025161038d366004612b1d565b6115ea565b6103a56103a036600461293e565b6116ad565b6040516101c19190612b3d565b6102516103c03660046129ef565b611799565b6101b76103d3366004612bbe565b6118a9565b6101b76103e636600461293e565b6118fa565b6102516103f9366004612913565b6119e7565b6101b77faf969e78470a8d90d7e2df46cdb1dba3e986af2729954ee8383d65d2dd4de25a81565b6102d97f000000000000000000000000000000000000000000000000000000000000000081565b6101b761045a366004612955565b60036020525f908152604090205481565b61047e6104793660046129ef565b611b5a565b60405190151581526020016101c1565b5f610497611bd3565b6104a76040860160208701612955565b6001600160a01b0316336001600160a01b0316146104f457336104d06040870160208801612955565b604051635eeea42160e01b81526004016104eb929190612c00565b60405180910390fd5b61050460a0860160808701612c1a565b6001600160401b03164211156105525761052460a0860160808701612c1a565b604051632a67b58760e21b81526001600160401b0391821660048201524290911660248201526044016104eb565b60608501351580610561575081155b1561057f57604051631f2a200560e01b815260040160405180910390fd5b610588856107f6565b5f818152600460205260409020549091506001600160a01b0316156105c3576040516349c5445560e01b8152600481018290526024016104eb565b5f6105e46105d2838787611c0a565b6105df6020890189612955565b611c34565b90506040518061010001604052808760200160208101906106059190612955565b6001600160a01b0316815260209081019061062290890189612955565b6001600160a01b0390811682528381166020808401919091526001600160401b03428116604080860191909152600160608087018290528d81013560808089019190915260a08089018d90528f85013560c0998a01525f8c81526004808952908690208b518154908b166001600160a01b03199182161782558c8a01519682018054978c169790911696909617909555948a0151600285018054948c0151938c01511515600160e01b0260ff60e01b1994909816600160a01b026001600160e01b03199095169190991617929092171693909317909455908501516003840155928401519282019290925560e09092015160059092019190915561072890870187612955565b6001600160a01b03166107416040880160208901612955565b604080516001600160a01b0385811682526060808c01356020840152828401899052928b01359282019290925291169084907f1e82a31ecddb0d3dd08784d0f9be8e830da8c512aea289209c30a53bac87e3829060800160405180910390a46107e56107b36040880160208901612955565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903086611d0f565b506107ee611d4b565b949350505050565b5f6108ba7f88a493b54898a1f11df8abd20f72710869bc4d9784769db97343e2d11b21cdc96108286020850185612955565b6108386040860160208701612955565b6040860135606087013561085260a0890160808a01612c1a565b6040805160208101979097526001600160a01b0395861690870152929093166060850152608084015260a0808401929092526001600160401b031660c083015284013560e0820152610100015b60405160208183030381529060405280519060200120611d75565b92915050565b5f5f5f5f60025f6108d18888611da1565b81526020019081526020015f20549050805f1c60ff1660078111156108f8576108f86128ad565b925061090383611de2565b91508161091257600881901c93505b509250925092565b5f5f610927846001611e2e565b9150915081608001516001600160a01b0316336001600160a01b031614610968576080820151604051635ffd52b160e11b81526104eb913391600401612c00565b8160e001516001600160401b03164211156109b65761098682611fde565b60e0830151604051637fa0676960e01b815260048101929092526001600160401b031660248201526044016104eb565b61012082018390526001600160401b03421661010083015260026101408301526109df82611ff5565b5f828152600260205260409020556109f682611fde565b610100830151604080518681526001600160401b0390921660208301527f2cfe1b1a12dfa3aa78eb094345be5770b1025d01c95acc68ef0ff394061e26f991015b60405180910390a250505050565b610a4d611bd3565b5f610a5782612048565b80549091506001600160a01b03163314801590610a81575060028101546001600160a01b03163314155b15610aaf578054604051635eeea42160e01b81526104eb9133916001600160a01b0390911690600401612c00565b5f610aba83836120af565b6004830180545f90915560028401805460ff60e01b191690556040518181529192509084907f2d8fcf76fba2b4ffda936e8357a718f6c8d35f8baf3d24dfb8587e59771e8e129060200160405180910390a260018301546001600160a01b03165f9081526003602052604081208054849290610b37908490612c47565b90915550508015610b7b578254610b7b906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612148565b505050610b86611d4b565b50565b5f610b92611bd3565b506001600160a01b0381165f9081526003602052604081205490819003610bba57505f610c98565b6001600160a01b0382165f8181526003602052604080822091909155517fb21fb52d5749b80f3182f8c6992236b5e5576681880914484d7f4c9b062e619e90610c069084815260200190565b60405180910390a2610c426001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383612182565b60405163b6b55f2560e01b8152600481018290526001600160a01b0383169063b6b55f25906024015f604051808303815f87803b158015610c81575f5ffd5b505af1158015610c93573d5f5f3e3d5ffd5b505050505b610ca0611d4b565b919050565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf610ce560408b0160208c01612955565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015230602482015260608b013560448201526064810188905260ff8716608482015260a4810186905260c4810185905260e4015f604051808303815f87803b158015610d51575f5ffd5b505af1925050508015610d62575060015b50610d6e888888610f98565b98975050505050505050565b610d82611bd3565b5f5f610d8f836001611e2e565b815191935091506001600160a01b03163314610dc2578151604051635eeea42160e01b81526104eb913391600401612c00565b8160e001516001600160401b03164211610e0f57610ddf82611fde565b60e083015160405163de18df3d60e01b815260048101929092526001600160401b031660248201526044016104eb565b610e1b818360056121d4565b610e2482611fde565b7f7ea806675592462c543a7783bbc0ea17be2b5e3864c932fd24d1d5f2829f44358360a00151604051610e5991815260200190565b60405180910390a2815160a0830151610e9c916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691612148565b5050610b86611d4b565b5f6108ba7faf969e78470a8d90d7e2df46cdb1dba3e986af2729954ee8383d65d2dd4de25a610ed86020850185612955565b610ee86040860160208701612955565b60408601356060870135610f0260a0890160808a01612c1a565b610f1260c08a0160a08b01612c1a565b610f2260e08b0160c08c01612c1a565b610f336101008c0160e08d01612c1a565b60408051602081019a909a526001600160a01b03988916908a0152969095166060880152608087019390935260a08601919091526001600160401b0390811660c086015290811660e0850152908116610100840152166101208201526101400161089f565b5f610fa1611bd3565b610fb16040850160208601612955565b6001600160a01b0316336001600160a01b031614610fda57336104d06040860160208701612955565b610fea60c0850160a08601612c1a565b6001600160401b031642111561100a5761052460c0850160a08601612c1a565b4261101b60a0860160808701612c1a565b6001600160401b0316116110675761103960a0850160808601612c1a565b604051632d098d5960e01b81526001600160401b0391821660048201524290911660248201526044016104eb565b83606001355f0361108b57604051631f2a200560e01b815260040160405180910390fd5b5f6110b461109f6040870160208801612955565b6110af60e0880160c08901612c1a565b611da1565b5f8181526002602052604081205491925060ff821660078111156110da576110da6128ad565b90506110e581611de2565b15611116576110fa60e0880160c08901612c1a565b816040516319d2e77160e01b81526004016104eb929190612c5a565b611127610100880160e08901612c1a565b6001600160401b03166008835f1c901c6001600160401b0316146111a05761115560e0880160c08901612c1a565b600883901c61116b6101008a0160e08b01612c1a565b6040516397c1b5cb60e01b81526001600160401b039384166004820152918316602483015290911660448201526064016104eb565b5f6111c46111b76111b08a610ea6565b8989611c0a565b6105df60208b018b612955565b90505f6040518061016001604052808a60200160208101906111e69190612955565b6001600160a01b0316815260200161120460e08c0160c08d01612c1a565b6001600160401b031681526020016112236101008c0160e08d01612c1a565b6001600160401b03168152602090810190611240908c018c612955565b6001600160a01b03168152602001836001600160a01b031681526020018a6060013581526020018a6040013581526020018a60800160208101906112849190612c1a565b6001600160401b031681525f6020820181905260408201526060016001905290506112ae81611ff5565b5f868152600260205260409020556112c58161221f565b95506113106112da60408b0160208c01612955565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903060608d0135611d0f565b505050505061131d611d4b565b9392505050565b5f5f611331836002611e2e565b9150915081608001516001600160a01b0316336001600160a01b031614611372576080820151604051635ffd52b160e11b81526104eb913391600401612c00565b5f7f00000000000000000000000000000000000000000000000000000000000000008361010001516113a49190612c77565b9050806001600160401b031642116113eb576113bf83611fde565b604051636a518c7b60e01b815260048101919091526001600160401b03821660248201526044016104eb565b6113f7828460066121d4565b60a083015160608401516001600160a01b03165f9081526003602052604081208054909190611427908490612c47565b90915550611436905083611fde565b7f6c70df901852da152cb2d49bc7714e6aea878ce4ecfbd3d27f85589cba09bca98460a00151604051610a3791815260200190565b5f8181526004602052604081206002810154600160e01b900460ff1661149357505f92915050565b600381015460028201545f91906114ba90600160a01b90046001600160401b031642612c96565b6114c49190612ca9565b90508160040154811061131d5781600401546107ee565b5f6060805f5f5f60606114ec6122e2565b6114f4612312565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f5f61152a836002611e2e565b815191935091506001600160a01b0316331461155d578151604051635eeea42160e01b81526104eb913391600401612c00565b611569818360046121d4565b60a082015160608301516001600160a01b03165f9081526003602052604081208054909190611599908490612c47565b909155506115a8905082611fde565b7f838e2faa3ffd3bece0051d363135e5bba38b63939765f92ee670c21401e899088360a001516040516115dd91815260200190565b60405180910390a2505050565b6115f2611bd3565b805f0361161257604051631f2a200560e01b815260040160405180910390fd5b5f61161c83612048565b905081816004015f8282546116319190612c47565b909155505060405182815283907f5bc2d41c5bc9290da94364f28119c6281000aa2be810e244836206002806ce0f9060200160405180910390a26116a06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085611d0f565b506116a9611d4b565b5050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f8281526004602081815260409283902083516101008101855281546001600160a01b039081168083526001840154821694830194909452600283015490811695820195909552600160a01b85046001600160401b03166060820152600160e01b90940460ff1615156080850152600381015460a08501529182015460c084015260059091015460e08301526108ba57604051637851844960e01b8152600481018490526024016104eb565b5f5f6117a6836002611e2e565b815191935091506001600160a01b031633146117d9578151604051635eeea42160e01b81526104eb913391600401612c00565b5f7f000000000000000000000000000000000000000000000000000000000000000083610100015161180b9190612c77565b9050806001600160401b03164211156118535761182783611fde565b60405163de47044160e01b815260048101919091526001600160401b03821660248201526044016104eb565b600361014084015261186483611ff5565b5f8381526002602052604090205561187b83611fde565b6040517fc612a964b870d28cc365262f10975860489505c0396e2f52cf75296100943bdb905f90a250505050565b604080516001600160a01b03851660208201526001600160401b038085169282019290925290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b5f611903611bd3565b5f61190d83612048565b60028101549091506001600160a01b03163314611950576002810154604051635ffd52b160e11b81526104eb9133916001600160a01b0390911690600401612c00565b61195a83826120af565b915080600401545f036119ac5760028101805460ff60e01b191690556040515f815283907f2d8fcf76fba2b4ffda936e8357a718f6c8d35f8baf3d24dfb8587e59771e8e129060200160405180910390a25b60018101546001600160a01b03165f90815260036020526040812080548492906119d7908490612c47565b9250508190555050610ca0611d4b565b6119ef611bd3565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611a3a57604051639b7e451160e01b81523360048201526024016104eb565b5f5f611a47846003611e2e565b915091508160a00151831115611a805760a082015160405163debe55c360e01b81526104eb918591600401918252602082015260400190565b5f838360a00151611a919190612c96565b9050611a9f828460076121d4565b60608301516001600160a01b03165f9081526003602052604081208054839290611aca908490612c47565b90915550611ad9905083611fde565b60408051868152602081018490527f18e0d9e1b2b56a9ff814eba2ee26f03f849c167eb709d813490d492971692941910160405180910390a28315611b4f578251611b4f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169086612148565b5050506116a9611d4b565b5f80600281611b7f611b6f6020870187612955565b6110af6040880160208901612c1a565b81526020019081526020015f20549050611bae815f1c60ff166007811115611ba957611ba96128ad565b611de2565b801561131d5750611bcc611bc736859003850185612d03565b611ff5565b1492915050565b611bdb61233d565b611c0860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061237d565b565b5f5f5f5f611c19878787612384565b925092509250611c2982826123b6565b509095945050505050565b5f5f5f836001600160a01b0316632c4fa0776040518163ffffffff1660e01b81526004016040805180830381865afa158015611c72573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c969190612dca565b91509150816001600160a01b0316856001600160a01b031614611cd05784826040516308d20b2560e01b81526004016104eb929190612c00565b6001816004811115611ce457611ce46128ad565b14611d0657838160405163c1fdb8cb60e01b81526004016104eb929190612e05565b50929392505050565b611d1d84848484600161246e565b611d4557604051635274afe760e01b81526001600160a01b03851660048201526024016104eb565b50505050565b611c085f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611c02565b5f6108ba611d816124db565b8360405161190160f01b8152600281019290925260228201526042902090565b604080516001600160a01b03939093166020808501919091526001600160401b03929092168382015280518084038201815260609093019052815191012090565b5f6001826007811115611df757611df76128ad565b1480611e1457506002826007811115611e1257611e126128ad565b145b806108ba57506003826007811115611bcc57611bcc6128ad565b611e8a60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290529061014082015290565b5f611eab611e9b6020860186612955565b6110af6040870160208801612c1a565b5f81815260026020526040902054909150611ecb36869003860186612d03565b925080611ed784611ff5565b14611f7e575f60ff82166007811115611ef257611ef26128ad565b9050611efd81611de2565b80611f2f5750611f136060870160408801612c1a565b6001600160401b03166008835f1c901c6001600160401b031611155b15611f5957611f3d84611fde565b604051636a196fcb60e01b81526004016104eb91815260200190565b611f6284611fde565b8160405163276065d160e21b81526004016104eb929190612e32565b836007811115611f9057611f906128ad565b8361014001516007811115611fa757611fa76128ad565b14611fd657611fb583611fde565b83610140015160405163276065d160e21b81526004016104eb929190612e32565b509250929050565b5f6108ba825f0151836020015184604001516118a9565b5f5f826040516020016120089190612e46565b6040516020818303038152906040528051906020012090508261014001516007811115612037576120376128ad565b60ff1660ff19919091161792915050565b5f81815260046020526040902080546001600160a01b031661208057604051637851844960e01b8152600481018390526024016104eb565b6002810154600160e01b900460ff16610ca05760405163f531f79d60e01b8152600481018390526024016104eb565b5f6120b98361146b565b905080826004015f8282546120ce9190612c96565b909155505060028201805467ffffffffffffffff60a01b1916600160a01b426001600160401b03908116820292909217928390556040805185815291909304909116602082015284917fee3820f7213bcda578d5254741f65d66104fd4bab9ad2a9f16649b84f25db029910160405180910390a292915050565b6121558383836001612604565b61217d57604051635274afe760e01b81526001600160a01b03841660048201526024016104eb565b505050565b61218e8383835f612666565b61217d5761219f83835f6001612666565b6121c757604051635274afe760e01b81526001600160a01b03841660048201526024016104eb565b6121558383836001612666565b8060078111156121e6576121e66128ad565b60ff166008836040015160016121fc9190612c77565b5f958652600260205260409095206001600160401b03909516901b179092555050565b5f61222982611fde565b905081606001516001600160a01b0316825f01516001600160a01b0316827faee9ab7f97f30c6f561684ca314d34442ab3df472c7f69728873da1a8af50afc85608001518660a001518760c001518860e0015189602001518a604001516040516122d5969594939291906001600160a01b03969096168652602086019490945260408501929092526001600160401b03908116606085015290811660808401521660a082015260c00190565b60405180910390a4919050565b606061230d7f00000000000000000000000000000000000000000000000000000000000000006126b0565b905090565b606061230d7f00000000000000000000000000000000000000000000000000000000000000006126b0565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611c0857604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f80806001600160ff1b038416601b60ff86901c016123a5888289856126ed565b945094509450505093509350939050565b5f8260038111156123c9576123c96128ad565b036123d2575050565b60018260038111156123e6576123e66128ad565b036124045760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115612418576124186128ad565b036124395760405163fce698f760e01b8152600481018290526024016104eb565b600382600381111561244d5761244d6128ad565b036116a9576040516335e2f38360e21b8152600481018290526024016104eb565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166124ca5783831516156124be573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561253357507f000000000000000000000000000000000000000000000000000000000000000046145b1561255d57507f000000000000000000000000000000000000000000000000000000000000000090565b61230d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661265a57838315161561264e573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661265a57838315161561264e573d5f823e3d81fd5b60605f6126bc836127b5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561272657505f915060039050826127ab565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612777573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166127a257505f9250600191508290506127ab565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156108ba57604051632cd44ac360e21b815260040160405180910390fd5b5f60c082840312156127ec575f5ffd5b50919050565b5f5f5f5f6101208587031215612806575f5ffd5b61281086866127dc565b9660c0860135965060e0860135956101000135945092505050565b5f60c0828403121561283b575f5ffd5b61131d83836127dc565b6001600160a01b0381168114610b86575f5ffd5b8035610ca081612845565b80356001600160401b0381168114610ca0575f5ffd5b5f5f6040838503121561288b575f5ffd5b823561289681612845565b91506128a460208401612864565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b600881106128d1576128d16128ad565b9052565b6001600160401b0384168152606081016128f260208301856128c1565b8215156040830152949350505050565b5f61016082840312156127ec575f5ffd5b5f5f6101808385031215612925575f5ffd5b61292f8484612902565b94610160939093013593505050565b5f6020828403121561294e575f5ffd5b5035919050565b5f60208284031215612965575f5ffd5b813561131d81612845565b5f61010082840312156127ec575f5ffd5b5f5f5f5f5f5f5f6101c0888a031215612998575f5ffd5b6129a28989612970565b965061010088013595506101208801359450610140880135935061016088013560ff811681146129d0575f5ffd5b9699959850939692959461018084013594506101a09093013592915050565b5f6101608284031215612a00575f5ffd5b61131d8383612902565b5f6101008284031215612a1b575f5ffd5b61131d8383612970565b5f5f5f6101408486031215612a38575f5ffd5b612a428585612970565b956101008501359550610120909401359392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f612aa560e0830189612a59565b8281036040840152612ab78189612a59565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612b0c578351835260209384019390920191600101612aee565b50909b9a5050505050505050505050565b5f5f60408385031215612b2e575f5ffd5b50508035926020909101359150565b81516001600160a01b03908116825260208084015182169083015260408084015190911690820152606080830151610100830191612b85908401826001600160401b03169052565b506080830151612b99608084018215159052565b5060a083015160a083015260c083015160c083015260e083015160e083015292915050565b5f5f5f60608486031215612bd0575f5ffd5b8335612bdb81612845565b9250612be960208501612864565b9150612bf760408501612864565b90509250925092565b6001600160a01b0392831681529116602082015260400190565b5f60208284031215612c2a575f5ffd5b61131d82612864565b634e487b7160e01b5f52601160045260245ffd5b808201808211156108ba576108ba612c33565b6001600160401b03831681526040810161131d60208301846128c1565b6001600160401b0381811683821601908111156108ba576108ba612c33565b818103818111156108ba576108ba612c33565b80820281158282048414176108ba576108ba612c33565b60405161016081016001600160401b0381118282101715612cef57634e487b7160e01b5f52604160045260245ffd5b60405290565b803560088110610ca0575f5ffd5b5f610160828403128015612d15575f5ffd5b50612d1e612cc0565b612d2783612859565b8152612d3560208401612864565b6020820152612d4660408401612864565b6040820152612d5760608401612859565b6060820152612d6860808401612859565b608082015260a0838101359082015260c08084013590820152612d8d60e08401612864565b60e0820152612d9f6101008401612864565b6101008201526101208381013590820152612dbd6101408401612cf5565b6101408201529392505050565b5f5f60408385031215612ddb575f5ffd5b8251612de681612845565b602084015190925060058110612dfa575f5ffd5b809150509250929050565b6001600160a01b03831681526040810160058310612e2557612e256128ad565b8260208301529392505050565b8281526040810161131d60208301846128c1565b81516001600160a01b0316815261016081016020830151612e7260208401826001600160401b03169052565b506040830151612e8d60408401826001600160401b03169052565b506060830151612ea860608401826001600160a01b03169052565b506080830151612ec360808401826001600160a01b03169052565b5060a083015160a083015260c083015160c083015260e0830151612ef260e08401826001600160401b03169052565b50610100830151612f0f6101008401826001600160401b03169052565b50610120830151610120830152610140830151612f306101408401826128c1565b509291505056fea164736f6c6343000825000a",
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
// the contract method with ID 0x6802cc7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackClaim(d DealsDeal) []byte {
	enc, err := deals.abi.Pack("claim", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6802cc7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackClaim(d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("claim", d)
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
// the contract method with ID 0x13a2c332.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, bytes32 resultHash) returns()
func (deals *Deals) PackCommit(d DealsDeal, resultHash [32]byte) []byte {
	enc, err := deals.abi.Pack("commit", d, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a2c332.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, bytes32 resultHash) returns()
func (deals *Deals) TryPackCommit(d DealsDeal, resultHash [32]byte) ([]byte, error) {
	return deals.abi.Pack("commit", d, resultHash)
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c0160a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackConfirm(d DealsDeal) []byte {
	enc, err := deals.abi.Pack("confirm", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c0160a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackConfirm(d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("confirm", d)
}

// PackCredited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdf60ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credited(address wallet) view returns(uint256)
func (deals *Deals) PackCredited(wallet common.Address) []byte {
	enc, err := deals.abi.Pack("credited", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdf60ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credited(address wallet) view returns(uint256)
func (deals *Deals) TryPackCredited(wallet common.Address) ([]byte, error) {
	return deals.abi.Pack("credited", wallet)
}

// UnpackCredited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdf60ec7.
//
// Solidity: function credited(address wallet) view returns(uint256)
func (deals *Deals) UnpackCredited(data []byte) (*big.Int, error) {
	out, err := deals.abi.Unpack("credited", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackDealId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1d5b9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dealId(address buyer, uint64 lane, uint64 seq) pure returns(bytes32)
func (deals *Deals) PackDealId(buyer common.Address, lane uint64, seq uint64) []byte {
	enc, err := deals.abi.Pack("dealId", buyer, lane, seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDealId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1d5b9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dealId(address buyer, uint64 lane, uint64 seq) pure returns(bytes32)
func (deals *Deals) TryPackDealId(buyer common.Address, lane uint64, seq uint64) ([]byte, error) {
	return deals.abi.Pack("dealId", buyer, lane, seq)
}

// UnpackDealId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1d5b9c5.
//
// Solidity: function dealId(address buyer, uint64 lane, uint64 seq) pure returns(bytes32)
func (deals *Deals) UnpackDealId(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("dealId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba88c0df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackDispute(d DealsDeal) []byte {
	enc, err := deals.abi.Pack("dispute", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba88c0df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackDispute(d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("dispute", d)
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

// PackLaneOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x128e3547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneOf(address buyer, uint64 lane) view returns(uint64 nextSeq, uint8 status, bool busy)
func (deals *Deals) PackLaneOf(buyer common.Address, lane uint64) []byte {
	enc, err := deals.abi.Pack("laneOf", buyer, lane)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x128e3547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneOf(address buyer, uint64 lane) view returns(uint64 nextSeq, uint8 status, bool busy)
func (deals *Deals) TryPackLaneOf(buyer common.Address, lane uint64) ([]byte, error) {
	return deals.abi.Pack("laneOf", buyer, lane)
}

// LaneOfOutput serves as a container for the return parameters of contract
// method LaneOf.
type LaneOfOutput struct {
	NextSeq uint64
	Status  uint8
	Busy    bool
}

// UnpackLaneOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x128e3547.
//
// Solidity: function laneOf(address buyer, uint64 lane) view returns(uint64 nextSeq, uint8 status, bool busy)
func (deals *Deals) UnpackLaneOf(data []byte) (LaneOfOutput, error) {
	out, err := deals.abi.Unpack("laneOf", data)
	outstruct := new(LaneOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NextSeq = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Busy = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackMatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe96f7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matches((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) view returns(bool)
func (deals *Deals) PackMatches(d DealsDeal) []byte {
	enc, err := deals.abi.Pack("matches", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe96f7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matches((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) view returns(bool)
func (deals *Deals) TryPackMatches(d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("matches", d)
}

// UnpackMatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe96f7e9.
//
// Solidity: function matches((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) view returns(bool)
func (deals *Deals) UnpackMatches(data []byte) (bool, error) {
	out, err := deals.abi.Unpack("matches", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fa93cef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q, bytes32 r, bytes32 vs) returns(bytes32 id)
func (deals *Deals) PackOpen(q DealsQuote, r [32]byte, vs [32]byte) []byte {
	enc, err := deals.abi.Pack("open", q, r, vs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fa93cef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q, bytes32 r, bytes32 vs) returns(bytes32 id)
func (deals *Deals) TryPackOpen(q DealsQuote, r [32]byte, vs [32]byte) ([]byte, error) {
	return deals.abi.Pack("open", q, r, vs)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fa93cef.
//
// Solidity: function open((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q, bytes32 r, bytes32 vs) returns(bytes32 id)
func (deals *Deals) UnpackOpen(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("open", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x009a4333.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openStream((address,address,bytes32,uint256,uint64,uint256) q, bytes32 r, bytes32 vs, uint256 deposit) returns(bytes32 id)
func (deals *Deals) PackOpenStream(q DealsStreamQuote, r [32]byte, vs [32]byte, deposit *big.Int) []byte {
	enc, err := deals.abi.Pack("openStream", q, r, vs, deposit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x009a4333.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openStream((address,address,bytes32,uint256,uint64,uint256) q, bytes32 r, bytes32 vs, uint256 deposit) returns(bytes32 id)
func (deals *Deals) TryPackOpenStream(q DealsStreamQuote, r [32]byte, vs [32]byte, deposit *big.Int) ([]byte, error) {
	return deals.abi.Pack("openStream", q, r, vs, deposit)
}

// UnpackOpenStream is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x009a4333.
//
// Solidity: function openStream((address,address,bytes32,uint256,uint64,uint256) q, bytes32 r, bytes32 vs, uint256 deposit) returns(bytes32 id)
func (deals *Deals) UnpackOpenStream(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("openStream", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a33b12a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openWithPermit((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q, bytes32 r, bytes32 vs, uint256 permitDeadline, uint8 pv, bytes32 pr, bytes32 ps) returns(bytes32 id)
func (deals *Deals) PackOpenWithPermit(q DealsQuote, r [32]byte, vs [32]byte, permitDeadline *big.Int, pv uint8, pr [32]byte, ps [32]byte) []byte {
	enc, err := deals.abi.Pack("openWithPermit", q, r, vs, permitDeadline, pv, pr, ps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a33b12a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openWithPermit((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q, bytes32 r, bytes32 vs, uint256 permitDeadline, uint8 pv, bytes32 pr, bytes32 ps) returns(bytes32 id)
func (deals *Deals) TryPackOpenWithPermit(q DealsQuote, r [32]byte, vs [32]byte, permitDeadline *big.Int, pv uint8, pr [32]byte, ps [32]byte) ([]byte, error) {
	return deals.abi.Pack("openWithPermit", q, r, vs, permitDeadline, pv, pr, ps)
}

// UnpackOpenWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a33b12a.
//
// Solidity: function openWithPermit((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q, bytes32 r, bytes32 vs, uint256 permitDeadline, uint8 pv, bytes32 pr, bytes32 ps) returns(bytes32 id)
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
// the contract method with ID 0x328ed58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDigest((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q) view returns(bytes32)
func (deals *Deals) PackQuoteDigest(q DealsQuote) []byte {
	enc, err := deals.abi.Pack("quoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x328ed58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDigest((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q) view returns(bytes32)
func (deals *Deals) TryPackQuoteDigest(q DealsQuote) ([]byte, error) {
	return deals.abi.Pack("quoteDigest", q)
}

// UnpackQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x328ed58e.
//
// Solidity: function quoteDigest((address,address,bytes32,uint256,uint64,uint64,uint64,uint64) q) view returns(bytes32)
func (deals *Deals) UnpackQuoteDigest(data []byte) ([32]byte, error) {
	out, err := deals.abi.Unpack("quoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e5dd231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) PackRefund(d DealsDeal) []byte {
	enc, err := deals.abi.Pack("refund", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e5dd231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d) returns()
func (deals *Deals) TryPackRefund(d DealsDeal) ([]byte, error) {
	return deals.abi.Pack("refund", d)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address wallet) returns(uint256 amount)
func (deals *Deals) PackRelease(wallet common.Address) []byte {
	enc, err := deals.abi.Pack("release", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address wallet) returns(uint256 amount)
func (deals *Deals) TryPackRelease(wallet common.Address) ([]byte, error) {
	return deals.abi.Pack("release", wallet)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19165587.
//
// Solidity: function release(address wallet) returns(uint256 amount)
func (deals *Deals) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := deals.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec3ca787.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, uint256 toBuyer) returns()
func (deals *Deals) PackResolve(d DealsDeal, toBuyer *big.Int) []byte {
	enc, err := deals.abi.Pack("resolve", d, toBuyer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec3ca787.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve((address,uint64,uint64,address,address,uint256,bytes32,uint64,uint64,bytes32,uint8) d, uint256 toBuyer) returns()
func (deals *Deals) TryPackResolve(d DealsDeal, toBuyer *big.Int) ([]byte, error) {
	return deals.abi.Pack("resolve", d, toBuyer)
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
	Lane     uint64
	Seq      uint64
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
// Solidity: event DealOpened(bytes32 indexed id, address indexed buyer, address indexed wallet, address hub, uint256 amount, bytes32 specHash, uint64 deadline, uint64 lane, uint64 seq)
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

// DealsReleased represents a Released event raised by the Deals contract.
type DealsReleased struct {
	Wallet common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealsReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (DealsReleased) ContractEventName() string {
	return DealsReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed wallet, uint256 amount)
func (deals *Deals) UnpackReleasedEvent(log *types.Log) (*DealsReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deals.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealsReleased)
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
	if bytes.Equal(raw[:4], deals.abi.Errors["LaneBusy"].ID.Bytes()[:4]) {
		return deals.UnpackLaneBusyError(raw[4:])
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
	if bytes.Equal(raw[:4], deals.abi.Errors["WrongSeq"].ID.Bytes()[:4]) {
		return deals.UnpackWrongSeqError(raw[4:])
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

// DealsLaneBusy represents a LaneBusy error raised by the Deals contract.
type DealsLaneBusy struct {
	Lane   uint64
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneBusy(uint64 lane, uint8 status)
func DealsLaneBusyErrorID() common.Hash {
	return common.HexToHash("0x19d2e77180f4282e4081a28f1e4266c44b6749633df750ae9458a237bfc8162b")
}

// UnpackLaneBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneBusy(uint64 lane, uint8 status)
func (deals *Deals) UnpackLaneBusyError(raw []byte) (*DealsLaneBusy, error) {
	out := new(DealsLaneBusy)
	if err := deals.abi.UnpackIntoInterface(out, "LaneBusy", raw); err != nil {
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

// DealsWrongSeq represents a WrongSeq error raised by the Deals contract.
type DealsWrongSeq struct {
	Lane uint64
	Want uint64
	Got  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSeq(uint64 lane, uint64 want, uint64 got)
func DealsWrongSeqErrorID() common.Hash {
	return common.HexToHash("0x97c1b5cb81704272c484e68a8646143a96a8980d92ff88e96486d8374cd6771e")
}

// UnpackWrongSeqError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSeq(uint64 lane, uint64 want, uint64 got)
func (deals *Deals) UnpackWrongSeqError(raw []byte) (*DealsWrongSeq, error) {
	out := new(DealsWrongSeq)
	if err := deals.abi.UnpackIntoInterface(out, "WrongSeq", raw); err != nil {
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
