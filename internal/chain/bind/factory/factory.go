// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package factory

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

// HubWalletParams is an auto generated low-level Go binding around an user-defined struct.
type HubWalletParams struct {
	PayoutPeriod    uint64
	SuspicionPeriod uint64
	BanHoldPeriod   uint64
	LockFeeBps      uint16
	DaoFeeBps       uint16
	FreezeAmount    *big.Int
}

// HubWalletFactoryMetaData contains all meta data concerning the HubWalletFactory contract.
var HubWalletFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation_\",\"type\":\"address\"},{\"internalType\":\"contractWhitelist\",\"name\":\"whitelist_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dao_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"payoutPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"suspicionPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"banHoldPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"lockFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"daoFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"freezeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structHubWallet.Params\",\"name\":\"defaults_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"WalletCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dao\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaults\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"payoutPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"suspicionPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"banHoldPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"lockFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"daoFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"freezeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structHubWallet.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"whitelist\",\"outputs\":[{\"internalType\":\"contractWhitelist\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "HubWalletFactory",
	Bin: "0x610100604052348015610010575f5ffd5b506040516108fd3803806108fd83398101604081905261002f91610133565b6001600160a01b03948516608090815293851660a090815292851660c052931660e05282515f8054602086015160408701516060880151968801516001600160401b039586166001600160801b031990941693909317680100000000000000009286169290920291909117600160801b600160d01b031916600160801b949091169390930261ffff60c01b191692909217600160c01b61ffff958616021761ffff60d01b1916600160d01b9490921693909302179091550151600155610236565b6001600160a01b0381168114610104575f5ffd5b50565b80516001600160401b038116811461011d575f5ffd5b919050565b805161ffff8116811461011d575f5ffd5b5f5f5f5f5f858703610140811215610149575f5ffd5b8651610154816100f0565b6020880151909650610165816100f0565b6040880151909550610176816100f0565b6060880151909450610187816100f0565b925060c0607f198201121561019a575f5ffd5b5060405160c081016001600160401b03811182821017156101c957634e487b7160e01b5f52604160045260245ffd5b6040526101d860808801610107565b81526101e660a08801610107565b60208201526101f760c08801610107565b604082015261020860e08801610122565b606082015261021a6101008801610122565b6080820152610120969096015160a08701525092959194509290565b60805160a05160c05160e0516106746102895f395f81816099015261027e01525f818161021c01526102d701525f818160e7015281816102af01526103a101525f818160c0015261024401526106745ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063198e2b8a146100645780634162169f146100945780635c60da1b146100bb57806393e59dc1146100e2578063edb7a6fa14610109578063fc0c546a14610217575b5f5ffd5b610077610072366004610556565b61023e565b6040516001600160a01b0390911681526020015b60405180910390f35b6100777f000000000000000000000000000000000000000000000000000000000000000081565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b6101a66040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182525f5467ffffffffffffffff808216835268010000000000000000820481166020840152600160801b8204169282019290925261ffff600160c01b830481166060830152600160d01b909204909116608082015260015460a082015290565b60405161008b91905f60c08201905067ffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015160a083015292915050565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b5f6102687f0000000000000000000000000000000000000000000000000000000000000000610468565b604080516305c2e90f60e41b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811660248301527f0000000000000000000000000000000000000000000000000000000000000000811660448301527f0000000000000000000000000000000000000000000000000000000000000000811660648301525f5467ffffffffffffffff80821660848501529381901c841660a4840152608081901c90931660c483015261ffff60c084901c811660e484015260d09390931c909216610104820152600154610124820152919250821690635c2e90f090610144015f604051808303815f87803b158015610376575f5ffd5b505af1158015610388573d5f5f3e3d5ffd5b5050604051631641d1bf60e21b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016925063590746fc91506103e290849033908a908a908a908a906004016105ea565b5f604051808303815f87803b1580156103f9575f5ffd5b505af115801561040b573d5f5f3e3d5ffd5b50505050336001600160a01b0316816001600160a01b03167f88ca85885e709376c28f5e8bdf740692be26271eae3b3009dba9ef2c409982af878787876040516104589493929190610636565b60405180910390a3949350505050565b5f610473825f610479565b92915050565b5f814710156104a85760405163cf47918160e01b81524760048201526024810183905260440160405180910390fd5b763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f090506001600160a01b0381166104735760405163b06ebf3d60e01b815260040160405180910390fd5b5f5f83601f840112610521575f5ffd5b50813567ffffffffffffffff811115610538575f5ffd5b60208301915083602082850101111561054f575f5ffd5b9250929050565b5f5f5f5f60408587031215610569575f5ffd5b843567ffffffffffffffff81111561057f575f5ffd5b61058b87828801610511565b909550935050602085013567ffffffffffffffff8111156105aa575f5ffd5b6105b687828801610511565b95989497509550505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b038781168252861660208201526080604082018190525f9061061690830186886105c2565b82810360608401526106298185876105c2565b9998505050505050505050565b604081525f6106496040830186886105c2565b828103602084015261065c8185876105c2565b97965050505050505056fea164736f6c6343000825000a",
}

// HubWalletFactory is an auto generated Go binding around an Ethereum contract.
type HubWalletFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HubWalletFactory) GetABI() abi.ABI {
	return c.abi
}

// NewHubWalletFactory creates a new instance of HubWalletFactory.
func NewHubWalletFactory() *HubWalletFactory {
	parsed, err := HubWalletFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HubWalletFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HubWalletFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address implementation_, address whitelist_, address token_, address dao_, (uint64,uint64,uint64,uint16,uint16,uint256) defaults_) returns()
func (hubWalletFactory *HubWalletFactory) PackConstructor(implementation_ common.Address, whitelist_ common.Address, token_ common.Address, dao_ common.Address, defaults_ HubWalletParams) []byte {
	enc, err := hubWalletFactory.abi.Pack("", implementation_, whitelist_, token_, dao_, defaults_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198e2b8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(string endpoint, string name) returns(address wallet)
func (hubWalletFactory *HubWalletFactory) PackCreate(endpoint string, name string) []byte {
	enc, err := hubWalletFactory.abi.Pack("create", endpoint, name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x198e2b8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(string endpoint, string name) returns(address wallet)
func (hubWalletFactory *HubWalletFactory) TryPackCreate(endpoint string, name string) ([]byte, error) {
	return hubWalletFactory.abi.Pack("create", endpoint, name)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x198e2b8a.
//
// Solidity: function create(string endpoint, string name) returns(address wallet)
func (hubWalletFactory *HubWalletFactory) UnpackCreate(data []byte) (common.Address, error) {
	out, err := hubWalletFactory.abi.Unpack("create", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4162169f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dao() view returns(address)
func (hubWalletFactory *HubWalletFactory) PackDao() []byte {
	enc, err := hubWalletFactory.abi.Pack("dao")
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
func (hubWalletFactory *HubWalletFactory) TryPackDao() ([]byte, error) {
	return hubWalletFactory.abi.Pack("dao")
}

// UnpackDao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4162169f.
//
// Solidity: function dao() view returns(address)
func (hubWalletFactory *HubWalletFactory) UnpackDao(data []byte) (common.Address, error) {
	out, err := hubWalletFactory.abi.Unpack("dao", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedb7a6fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaults() view returns((uint64,uint64,uint64,uint16,uint16,uint256))
func (hubWalletFactory *HubWalletFactory) PackDefaults() []byte {
	enc, err := hubWalletFactory.abi.Pack("defaults")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedb7a6fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaults() view returns((uint64,uint64,uint64,uint16,uint16,uint256))
func (hubWalletFactory *HubWalletFactory) TryPackDefaults() ([]byte, error) {
	return hubWalletFactory.abi.Pack("defaults")
}

// UnpackDefaults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedb7a6fa.
//
// Solidity: function defaults() view returns((uint64,uint64,uint64,uint16,uint16,uint256))
func (hubWalletFactory *HubWalletFactory) UnpackDefaults(data []byte) (HubWalletParams, error) {
	out, err := hubWalletFactory.abi.Unpack("defaults", data)
	if err != nil {
		return *new(HubWalletParams), err
	}
	out0 := *abi.ConvertType(out[0], new(HubWalletParams)).(*HubWalletParams)
	return out0, nil
}

// PackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementation() view returns(address)
func (hubWalletFactory *HubWalletFactory) PackImplementation() []byte {
	enc, err := hubWalletFactory.abi.Pack("implementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementation() view returns(address)
func (hubWalletFactory *HubWalletFactory) TryPackImplementation() ([]byte, error) {
	return hubWalletFactory.abi.Pack("implementation")
}

// UnpackImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (hubWalletFactory *HubWalletFactory) UnpackImplementation(data []byte) (common.Address, error) {
	out, err := hubWalletFactory.abi.Unpack("implementation", data)
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
func (hubWalletFactory *HubWalletFactory) PackToken() []byte {
	enc, err := hubWalletFactory.abi.Pack("token")
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
func (hubWalletFactory *HubWalletFactory) TryPackToken() ([]byte, error) {
	return hubWalletFactory.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hubWalletFactory *HubWalletFactory) UnpackToken(data []byte) (common.Address, error) {
	out, err := hubWalletFactory.abi.Unpack("token", data)
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
func (hubWalletFactory *HubWalletFactory) PackWhitelist() []byte {
	enc, err := hubWalletFactory.abi.Pack("whitelist")
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
func (hubWalletFactory *HubWalletFactory) TryPackWhitelist() ([]byte, error) {
	return hubWalletFactory.abi.Pack("whitelist")
}

// UnpackWhitelist is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93e59dc1.
//
// Solidity: function whitelist() view returns(address)
func (hubWalletFactory *HubWalletFactory) UnpackWhitelist(data []byte) (common.Address, error) {
	out, err := hubWalletFactory.abi.Unpack("whitelist", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// HubWalletFactoryWalletCreated represents a WalletCreated event raised by the HubWalletFactory contract.
type HubWalletFactoryWalletCreated struct {
	Wallet   common.Address
	Owner    common.Address
	Endpoint string
	Name     string
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubWalletFactoryWalletCreatedEventName = "WalletCreated"

// ContractEventName returns the user-defined event name.
func (HubWalletFactoryWalletCreated) ContractEventName() string {
	return HubWalletFactoryWalletCreatedEventName
}

// UnpackWalletCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WalletCreated(address indexed wallet, address indexed owner, string endpoint, string name)
func (hubWalletFactory *HubWalletFactory) UnpackWalletCreatedEvent(log *types.Log) (*HubWalletFactoryWalletCreated, error) {
	event := "WalletCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubWalletFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWalletFactoryWalletCreated)
	if len(log.Data) > 0 {
		if err := hubWalletFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubWalletFactory.abi.Events[event].Inputs {
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
func (hubWalletFactory *HubWalletFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hubWalletFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return hubWalletFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], hubWalletFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return hubWalletFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HubWalletFactoryFailedDeployment represents a FailedDeployment error raised by the HubWalletFactory contract.
type HubWalletFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func HubWalletFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (hubWalletFactory *HubWalletFactory) UnpackFailedDeploymentError(raw []byte) (*HubWalletFactoryFailedDeployment, error) {
	out := new(HubWalletFactoryFailedDeployment)
	if err := hubWalletFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubWalletFactoryInsufficientBalance represents a InsufficientBalance error raised by the HubWalletFactory contract.
type HubWalletFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func HubWalletFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (hubWalletFactory *HubWalletFactory) UnpackInsufficientBalanceError(raw []byte) (*HubWalletFactoryInsufficientBalance, error) {
	out := new(HubWalletFactoryInsufficientBalance)
	if err := hubWalletFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
