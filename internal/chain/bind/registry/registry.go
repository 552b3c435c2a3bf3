// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package registry

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

// SonmRegistryMetaData contains all meta data concerning the SonmRegistry contract.
var SonmRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governor_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"whitelist_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"walletImplementation_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"walletFactory_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deals_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"minerStake_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deployBlock_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"all\",\"outputs\":[{\"internalType\":\"address[8]\",\"name\":\"addrs\",\"type\":\"address[8]\"},{\"internalType\":\"uint256\",\"name\":\"block_\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minerStake\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"walletFactory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"walletImplementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"whitelist\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SonmRegistry",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516105f83803806105f883398101604081905261002f9161008d565b6001600160a01b0398891660805296881660a05294871660c05292861660e052908516610100528416610120528316610140529091166101605261018052610128565b80516001600160a01b0381168114610088575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f6101208a8c0312156100a6575f5ffd5b6100af8a610072565b98506100bd60208b01610072565b97506100cb60408b01610072565b96506100d960608b01610072565b95506100e760808b01610072565b94506100f560a08b01610072565b935061010360c08b01610072565b925061011160e08b01610072565b91506101008a015190509295985092959850929598565b60805160a05160c05160e051610100516101205161014051610160516101805161042e6101ca5f395f8181610173015261039e01525f81816101cf015261037401525f818160e8015261034c01525f81816101a8015261032401525f818161012501526102fc01525f818161014c01526102d401525f818160a401526102aa01525f81816101f6015261028201525f818161021d015261025d015261042e5ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063a3ec191a11610063578063a3ec191a1461016e578063c5c03699146101a3578063d0d92ad0146101ca578063d33219b4146101f1578063fc0c546a14610218575f5ffd5b80630c340a241461009f5780630f752fe8146100e357806310c4e8b01461010a5780638117abc11461012057806393e59dc114610147575b5f5ffd5b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b61011261023f565b6040516100da9291906103df565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6101957f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100da565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6102476103c0565b5060408051610100810182526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f00000000000000000000000000000000000000000000000000000000000000008116928201929092527f0000000000000000000000000000000000000000000000000000000000000000821660608201527f0000000000000000000000000000000000000000000000000000000000000000821660808201527f0000000000000000000000000000000000000000000000000000000000000000821660a08201527f0000000000000000000000000000000000000000000000000000000000000000821660c08201527f000000000000000000000000000000000000000000000000000000000000000090911660e0820152907f000000000000000000000000000000000000000000000000000000000000000090565b6040518061010001604052806008906020820280368337509192915050565b610120810181845f5b60088110156104105781516001600160a01b03168352602092830192909101906001016103e8565b50505082610100830152939250505056fea164736f6c6343000825000a",
}

// SonmRegistry is an auto generated Go binding around an Ethereum contract.
type SonmRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SonmRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewSonmRegistry creates a new instance of SonmRegistry.
func NewSonmRegistry() *SonmRegistry {
	parsed, err := SonmRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SonmRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SonmRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address timelock_, address governor_, address whitelist_, address walletImplementation_, address walletFactory_, address deals_, address minerStake_, uint256 deployBlock_) returns()
func (sonmRegistry *SonmRegistry) PackConstructor(token_ common.Address, timelock_ common.Address, governor_ common.Address, whitelist_ common.Address, walletImplementation_ common.Address, walletFactory_ common.Address, deals_ common.Address, minerStake_ common.Address, deployBlock_ *big.Int) []byte {
	enc, err := sonmRegistry.abi.Pack("", token_, timelock_, governor_, whitelist_, walletImplementation_, walletFactory_, deals_, minerStake_, deployBlock_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10c4e8b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function all() view returns(address[8] addrs, uint256 block_)
func (sonmRegistry *SonmRegistry) PackAll() []byte {
	enc, err := sonmRegistry.abi.Pack("all")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10c4e8b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function all() view returns(address[8] addrs, uint256 block_)
func (sonmRegistry *SonmRegistry) TryPackAll() ([]byte, error) {
	return sonmRegistry.abi.Pack("all")
}

// AllOutput serves as a container for the return parameters of contract
// method All.
type AllOutput struct {
	Addrs [8]common.Address
	Block *big.Int
}

// UnpackAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10c4e8b0.
//
// Solidity: function all() view returns(address[8] addrs, uint256 block_)
func (sonmRegistry *SonmRegistry) UnpackAll(data []byte) (AllOutput, error) {
	out, err := sonmRegistry.abi.Unpack("all", data)
	outstruct := new(AllOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addrs = *abi.ConvertType(out[0], new([8]common.Address)).(*[8]common.Address)
	outstruct.Block = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDeals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f752fe8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deals() view returns(address)
func (sonmRegistry *SonmRegistry) PackDeals() []byte {
	enc, err := sonmRegistry.abi.Pack("deals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f752fe8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deals() view returns(address)
func (sonmRegistry *SonmRegistry) TryPackDeals() ([]byte, error) {
	return sonmRegistry.abi.Pack("deals")
}

// UnpackDeals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f752fe8.
//
// Solidity: function deals() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackDeals(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("deals", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployBlock() view returns(uint256)
func (sonmRegistry *SonmRegistry) PackDeployBlock() []byte {
	enc, err := sonmRegistry.abi.Pack("deployBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployBlock() view returns(uint256)
func (sonmRegistry *SonmRegistry) TryPackDeployBlock() ([]byte, error) {
	return sonmRegistry.abi.Pack("deployBlock")
}

// UnpackDeployBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint256)
func (sonmRegistry *SonmRegistry) UnpackDeployBlock(data []byte) (*big.Int, error) {
	out, err := sonmRegistry.abi.Unpack("deployBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address)
func (sonmRegistry *SonmRegistry) PackGovernor() []byte {
	enc, err := sonmRegistry.abi.Pack("governor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governor() view returns(address)
func (sonmRegistry *SonmRegistry) TryPackGovernor() ([]byte, error) {
	return sonmRegistry.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("governor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0d92ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minerStake() view returns(address)
func (sonmRegistry *SonmRegistry) PackMinerStake() []byte {
	enc, err := sonmRegistry.abi.Pack("minerStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0d92ad0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minerStake() view returns(address)
func (sonmRegistry *SonmRegistry) TryPackMinerStake() ([]byte, error) {
	return sonmRegistry.abi.Pack("minerStake")
}

// UnpackMinerStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0d92ad0.
//
// Solidity: function minerStake() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackMinerStake(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("minerStake", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (sonmRegistry *SonmRegistry) PackTimelock() []byte {
	enc, err := sonmRegistry.abi.Pack("timelock")
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
func (sonmRegistry *SonmRegistry) TryPackTimelock() ([]byte, error) {
	return sonmRegistry.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("timelock", data)
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
func (sonmRegistry *SonmRegistry) PackToken() []byte {
	enc, err := sonmRegistry.abi.Pack("token")
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
func (sonmRegistry *SonmRegistry) TryPackToken() ([]byte, error) {
	return sonmRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWalletFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5c03699.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function walletFactory() view returns(address)
func (sonmRegistry *SonmRegistry) PackWalletFactory() []byte {
	enc, err := sonmRegistry.abi.Pack("walletFactory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWalletFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5c03699.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function walletFactory() view returns(address)
func (sonmRegistry *SonmRegistry) TryPackWalletFactory() ([]byte, error) {
	return sonmRegistry.abi.Pack("walletFactory")
}

// UnpackWalletFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5c03699.
//
// Solidity: function walletFactory() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackWalletFactory(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("walletFactory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWalletImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8117abc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function walletImplementation() view returns(address)
func (sonmRegistry *SonmRegistry) PackWalletImplementation() []byte {
	enc, err := sonmRegistry.abi.Pack("walletImplementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWalletImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8117abc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function walletImplementation() view returns(address)
func (sonmRegistry *SonmRegistry) TryPackWalletImplementation() ([]byte, error) {
	return sonmRegistry.abi.Pack("walletImplementation")
}

// UnpackWalletImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8117abc1.
//
// Solidity: function walletImplementation() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackWalletImplementation(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("walletImplementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWhitelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93e59dc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function whitelist() view returns(address)
func (sonmRegistry *SonmRegistry) PackWhitelist() []byte {
	enc, err := sonmRegistry.abi.Pack("whitelist")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWhitelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93e59dc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function whitelist() view returns(address)
func (sonmRegistry *SonmRegistry) TryPackWhitelist() ([]byte, error) {
	return sonmRegistry.abi.Pack("whitelist")
}

// UnpackWhitelist is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93e59dc1.
//
// Solidity: function whitelist() view returns(address)
func (sonmRegistry *SonmRegistry) UnpackWhitelist(data []byte) (common.Address, error) {
	out, err := sonmRegistry.abi.Unpack("whitelist", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
