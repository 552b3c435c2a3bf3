// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package whitelist

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

// WhitelistHub is an auto generated low-level Go binding around an user-defined struct.
type WhitelistHub struct {
	Owner        common.Address
	Wallet       common.Address
	Endpoint     string
	Name         string
	Status       uint8
	ListedAt     uint64
	RegisteredAt uint64
	StakeFor     *big.Int
	StakeAgainst *big.Int
}

// WhitelistStake is an auto generated low-level Go binding around an user-defined struct.
type WhitelistStake struct {
	Staker    common.Address
	Wallet    common.Address
	Amount    *big.Int
	UnlockAt  uint64
	Support   bool
	Withdrawn bool
}

// WhitelistMetaData contains all meta data concerning the Whitelist contract.
var WhitelistMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dao_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"stakeLockPeriod_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"AlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"}],\"name\":\"FactoryAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"HubBlacklisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumWhitelist.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"InvalidStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDAO\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFactory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHubOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotListedWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotStaker\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"UnknownHub\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"}],\"name\":\"UnknownStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"EndpointChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"}],\"name\":\"FactorySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"HubListed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"name\":\"HubRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"NameChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"support\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumWhitelist.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"StatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dao\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"hub\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"enumWhitelist.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"listedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stakeFor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeAgainst\",\"type\":\"uint256\"}],\"internalType\":\"structWhitelist.Hub\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"hubs\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"enumWhitelist.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"listedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stakeFor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeAgainst\",\"type\":\"uint256\"}],\"internalType\":\"structWhitelist.Hub[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isListed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"list\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onBanned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onRegistered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"setEndpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory_\",\"type\":\"address\"}],\"name\":\"setFactory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"setName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"enumWhitelist.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"setStatus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"support\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"}],\"name\":\"stakeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"support\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"withdrawn\",\"type\":\"bool\"}],\"internalType\":\"structWhitelist.Stake\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeLockPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumWhitelist.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stakeId\",\"type\":\"uint256\"}],\"name\":\"unstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Whitelist",
	Bin: "0x610100604052348015610010575f5ffd5b50604051611f99380380611f9983398101604081905261002f9161006e565b6001600160a01b03928316608052911660a0526001600160401b031660c0523360e0526100c3565b6001600160a01b038116811461006b575f5ffd5b50565b5f5f5f60608486031215610080575f5ffd5b835161008b81610057565b602085015190935061009c81610057565b60408501519092506001600160401b03811681146100b8575f5ffd5b809150509250925092565b60805160a05160c05160e051611e806101195f395f8181610375015261148501525f818161022b0152610f6c01525f81816101d9015261090501525f81816103bf01528181610c1b01526111870152611e805ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80634a0f2f7a116100b457806397a5d5b51161007957806397a5d5b51461031b578063c45a015514610356578063c4a9e11614610368578063d5f3948814610370578063f794062e14610397578063fc0c546a146103ba575f5ffd5b80634a0f2f7a1461026557806357fae8e514610278578063590746fc146102ed5780635bb478081461030057806370cefaaa14610313575f5ffd5b80633121db1c116100fa5780633121db1c146101b9578063414e1f0d146101cc5780634162169f146101d45780634229217a14610213578063499ab37e14610226575f5ffd5b8063018e3c1a1461013657806302dcb4191461015f57806306661abd1461017f578063278e07ce146101915780632e17de78146101a6575b5f5ffd5b6101496101443660046118a0565b6103e1565b60405161015691906119e4565b60405180910390f35b61017261016d3660046119f6565b610603565b6040516101569190611a16565b6002545b604051908152602001610156565b6101a461019f366004611a79565b6108fa565b005b6101a46101b4366004611ab1565b610a3e565b6101a46101c7366004611b0c565b610c50565b6101a4610d56565b6101fb7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610156565b6101a4610221366004611b0c565b610dec565b61024d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610156565b610183610273366004611b5a565b610ee3565b61028b610286366004611ab1565b6111c0565b604051610156919081516001600160a01b03908116825260208084015190911690820152604080830151908201526060808301516001600160401b03169082015260808083015115159082015260a09182015115159181019190915260c00190565b6101a46102fb366004611b9a565b6112a7565b6101a461030e3660046118a0565b61147a565b6101a4611543565b6103496103293660046118a0565b6001600160a01b03165f9081526001602052604090206004015460ff1690565b6040516101569190611c28565b5f546101fb906001600160a01b031681565b600354610183565b6101fb7f000000000000000000000000000000000000000000000000000000000000000081565b6103aa6103a53660046118a0565b6115f4565b6040519015158152602001610156565b6101fb7f000000000000000000000000000000000000000000000000000000000000000081565b6103e961181a565b6001600160a01b038083165f9081526001602081815260408084208151610120810183528154871681529381015490951691830191909152600284018054939492939184019161043890611c36565b80601f016020809104026020016040519081016040528092919081815260200182805461046490611c36565b80156104af5780601f10610486576101008083540402835291602001916104af565b820191905f5260205f20905b81548152906001019060200180831161049257829003601f168201915b505050505081526020016003820180546104c890611c36565b80601f01602080910402602001604051908101604052809291908181526020018280546104f490611c36565b801561053f5780601f106105165761010080835404028352916020019161053f565b820191905f5260205f20905b81548152906001019060200180831161052257829003601f168201915b5050509183525050600482015460209091019060ff166003811115610566576105666118e7565b6003811115610577576105776118e7565b815260048201546001600160401b03610100820481166020840152600160481b9091041660408201526005820154606082015260069091015460809091015290505f816080015160038111156105cf576105cf6118e7565b036105fd576040516348025ff760e01b81526001600160a01b03841660048201526024015b60405180910390fd5b92915050565b60025460609080841061064957604080515f8082526020820190925290610640565b61062d61181a565b8152602001906001900390816106255790505b509150506105fd565b5f6106548583611c96565b8411610669576106648486611ca9565b61066b565b815b90506106778582611c96565b6001600160401b0381111561068e5761068e611c6e565b6040519080825280602002602001820160405280156106c757816020015b6106b461181a565b8152602001906001900390816106ac5790505b509250845b818110156108f15760015f600283815481106106ea576106ea611cbc565b5f9182526020808320909101546001600160a01b039081168452838201949094526040928301909120825161012081018452815485168152600182015490941691840191909152600281018054919284019161074590611c36565b80601f016020809104026020016040519081016040528092919081815260200182805461077190611c36565b80156107bc5780601f10610793576101008083540402835291602001916107bc565b820191905f5260205f20905b81548152906001019060200180831161079f57829003601f168201915b505050505081526020016003820180546107d590611c36565b80601f016020809104026020016040519081016040528092919081815260200182805461080190611c36565b801561084c5780601f106108235761010080835404028352916020019161084c565b820191905f5260205f20905b81548152906001019060200180831161082f57829003601f168201915b5050509183525050600482015460209091019060ff166003811115610873576108736118e7565b6003811115610884576108846118e7565b815260048201546001600160401b03610100820481166020840152600160481b90910416604082015260058201546060820152600690910154608090910152846108ce8884611c96565b815181106108de576108de611cbc565b60209081029190910101526001016106cc565b50505092915050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461094557604051639b7e451160e01b81523360048201526024016105f4565b6001600160a01b0382165f90815260016020526040812090600482015460ff166003811115610976576109766118e7565b0361099f576040516348025ff760e01b81526001600160a01b03841660048201526024016105f4565b5f8260038111156109b2576109b26118e7565b036109d25781604051633ba7bf8960e11b81526004016105f49190611c28565b60048101805483919060ff191660018360038111156109f3576109f36118e7565b0217905550826001600160a01b03167f76c0bad3b7f1c74587dcb478154d4c87ae6663db97cc086b981decf4e35a797c83604051610a319190611c28565b60405180910390a2505050565b610a4661162d565b6003548110610a6b5760405163baa7c16960e01b8152600481018290526024016105f4565b5f60038281548110610a7f57610a7f611cbc565b5f918252602090912060049091020180549091506001600160a01b03163314610ac457604051637de84f5160e11b8152600481018390523360248201526044016105f4565b6003810154600160481b900460ff1615610af4576040516353c5cf8960e11b8152600481018390526024016105f4565b60038101546001600160401b0316421015610b3a576003810154604051636d673cb760e11b8152600481018490526001600160401b0390911660248201526044016105f4565b60038101805460ff60481b1916600160481b17908190556001828101546001600160a01b03165f9081526020919091526040902090600160401b900460ff1615610ba0578160020154816005015f828254610b959190611c96565b90915550610bbd9050565b8160020154816006015f828254610bb79190611c96565b90915550505b6001820154600283015460405190815233916001600160a01b03169085907f88567e6595ad345e5250569a2c8d8a50ed9db24198350fa907e42d73faf012d59060200160405180910390a46002820154610c43906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903390611664565b5050610c4d61169e565b50565b6001600160a01b0383165f9081526001602052604081208491600482015460ff166003811115610c8257610c826118e7565b03610cab576040516348025ff760e01b81526001600160a01b03831660048201526024016105f4565b80546001600160a01b03163314610ce65760405163229e9eed60e21b81526001600160a01b03831660048201523360248201526044016105f4565b6001600160a01b0385165f908152600160205260409020600301610d0b848683611d26565b50846001600160a01b03167f3b0a43ccc1ccd1c76ebb1a8d998fdfe1ded3766582dbbbcdda83889170bec53d8585604051610d47929190611e08565b60405180910390a25050505050565b335f90815260016020526040812090600482015460ff166003811115610d7e57610d7e6118e7565b03610d9e5760405163ac06cc2960e01b81523360048201526024016105f4565b60048101805460ff1916600390811790915560405133917f76c0bad3b7f1c74587dcb478154d4c87ae6663db97cc086b981decf4e35a797c91610de19190611c28565b60405180910390a250565b6001600160a01b0383165f9081526001602052604081208491600482015460ff166003811115610e1e57610e1e6118e7565b03610e47576040516348025ff760e01b81526001600160a01b03831660048201526024016105f4565b80546001600160a01b03163314610e825760405163229e9eed60e21b81526001600160a01b03831660048201523360248201526044016105f4565b6001600160a01b0385165f908152600160205260409020600201610ea7848683611d26565b50846001600160a01b03167fd9220bc5a2b96f599a5f2c277dd2501a7d5b81a0dc0860cf63b530a84ee8eb698585604051610d47929190611e08565b5f610eec61162d565b6001600160a01b0384165f90815260016020526040812090600482015460ff166003811115610f1d57610f1d6118e7565b03610f46576040516348025ff760e01b81526001600160a01b03861660048201526024016105f4565b825f03610f6657604051631f2a200560e01b815260040160405180910390fd5b5f610f917f000000000000000000000000000000000000000000000000000000000000000042611e23565b600380546040805160c0810182523381526001600160a01b038b8116602083019081529282018a81526001600160401b03808816606085019081528d158015608087019081525f60a0880181815260018b018c559a90529551600489027fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b810180549288166001600160a01b031993841617905597517fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85c890180549190971691161790945591517fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85d86015590517fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85e9094018054935196511515600160481b0260ff60481b19971515600160401b0268ffffffffffffffffff199095169590921694909417929092179490941617905594509091506111075783826005015f8282546110fc9190611ca9565b909155506111209050565b83826006015f82825461111a9190611ca9565b90915550505b604080518615158152602081018690526001600160401b03831681830152905133916001600160a01b0389169186917ff7003c08b2aa1a7736b71ef4b1c36c7b9158f173fc0a76f191b14f82f5d52bfe919081900360600190a46111af6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330876116c8565b50506111b961169e565b9392505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260035482106112165760405163baa7c16960e01b8152600481018390526024016105f4565b6003828154811061122957611229611cbc565b5f9182526020918290206040805160c081018252600490930290910180546001600160a01b039081168452600182015416938301939093526002830154908201526003909101546001600160401b038116606083015260ff600160401b8204811615156080840152600160481b90910416151560a082015292915050565b5f546001600160a01b031633146112d357604051635aa8141760e11b81523360048201526024016105f4565b6001600160a01b0386165f90815260016020526040812090600482015460ff166003811115611304576113046118e7565b1461132d576040516319cd459560e01b81526001600160a01b03881660048201526024016105f4565b80546001600160a01b038088166001600160a01b0319928316178355600183018054918a169190921617905560028101611368858783611d26565b5060038101611378838583611d26565b50600481018054600168ffffffffffffffffff19909116610100426001600160401b0316021781179091556002805491820181555f527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b0319166001600160a01b03898116918217909255604051918816917f316740f7df732f96fc4bbda58b5bd0398623c4ad257f088d286e1509d86c128990611427908990899089908990611e42565b60405180910390a3866001600160a01b03167f76c0bad3b7f1c74587dcb478154d4c87ae6663db97cc086b981decf4e35a797c60016040516114699190611c28565b60405180910390a250505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114c557604051630646601b60e11b81523360048201526024016105f4565b5f546001600160a01b0316156114fc575f5460405163744f04d360e01b81526001600160a01b0390911660048201526024016105f4565b5f80546001600160a01b0319166001600160a01b038316908117825560405190917f1edf3afd4ac789736e00d216cd88be164ddcef26a6eedcc30cdb0cb62f3741b191a250565b335f90815260016020526040812090600482015460ff16600381111561156b5761156b6118e7565b0361158b5760405163ac06cc2960e01b81523360048201526024016105f4565b60048101805470ffffffffffffffff0000000000000000001916600160481b426001600160401b0390811682029290921792839055604051920416815233907f53971cf65dcf54a8164a59a577651cb13072d8042941e96904cdff101c89ee6290602001610de1565b5f806001600160a01b0383165f9081526001602052604090206004015460ff166003811115611625576116256118e7565b141592915050565b611635611704565b61166260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611744565b565b611671838383600161174b565b61169957604051635274afe760e01b81526001600160a01b03841660048201526024016105f4565b505050565b6116625f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061165c565b6116d68484848460016117ad565b6116fe57604051635274afe760e01b81526001600160a01b03851660048201526024016105f4565b50505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561166257604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117a1578383151615611795573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166118095783831516156117fd573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6040518061012001604052805f6001600160a01b031681526020015f6001600160a01b0316815260200160608152602001606081526020015f6003811115611864576118646118e7565b81525f60208201819052604082018190526060820181905260809091015290565b80356001600160a01b038116811461189b575f5ffd5b919050565b5f602082840312156118b0575f5ffd5b6111b982611885565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b6004811061191757634e487b7160e01b5f52602160045260245ffd5b9052565b80516001600160a01b031682525f602082015161194360208501826001600160a01b03169052565b506040820151610120604085015261195f6101208501826118b9565b90506060830151848203606086015261197882826118b9565b915050608083015161198d60808601826118fb565b5060a08301516119a860a08601826001600160401b03169052565b5060c08301516119c360c08601826001600160401b03169052565b5060e083015160e08501526101008301516101008501528091505092915050565b602081525f6111b9602083018461191b565b5f5f60408385031215611a07575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015611a6d57603f19878603018452611a5885835161191b565b94506020938401939190910190600101611a3c565b50929695505050505050565b5f5f60408385031215611a8a575f5ffd5b611a9383611885565b9150602083013560048110611aa6575f5ffd5b809150509250929050565b5f60208284031215611ac1575f5ffd5b5035919050565b5f5f83601f840112611ad8575f5ffd5b5081356001600160401b03811115611aee575f5ffd5b602083019150836020828501011115611b05575f5ffd5b9250929050565b5f5f5f60408486031215611b1e575f5ffd5b611b2784611885565b925060208401356001600160401b03811115611b41575f5ffd5b611b4d86828701611ac8565b9497909650939450505050565b5f5f5f60608486031215611b6c575f5ffd5b611b7584611885565b925060208401358015158114611b89575f5ffd5b929592945050506040919091013590565b5f5f5f5f5f5f60808789031215611baf575f5ffd5b611bb887611885565b9550611bc660208801611885565b945060408701356001600160401b03811115611be0575f5ffd5b611bec89828a01611ac8565b90955093505060608701356001600160401b03811115611c0a575f5ffd5b611c1689828a01611ac8565b979a9699509497509295939492505050565b602081016105fd82846118fb565b600181811c90821680611c4a57607f821691505b602082108103611c6857634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156105fd576105fd611c82565b808201808211156105fd576105fd611c82565b634e487b7160e01b5f52603260045260245ffd5b601f821115611699578282111561169957805f5260205f20601f840160051c6020851015611cfb57505f5b90810190601f840160051c035f5b81811015611d1e575f83820155600101611d09565b505050505050565b6001600160401b03831115611d3d57611d3d611c6e565b611d5183611d4b8354611c36565b83611cd0565b5f601f841160018114611d82575f8515611d6b5750838201355b5f19600387901b1c1916600186901b178355611dd9565b5f83815260208120601f198716915b82811015611db15786850135825560209485019460019092019101611d91565b5086821015611dcd575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f611e1b602083018486611de0565b949350505050565b6001600160401b0381811683821601908111156105fd576105fd611c82565b604081525f611e55604083018688611de0565b8281036020840152611e68818587611de0565b97965050505050505056fea164736f6c6343000825000a",
}

// Whitelist is an auto generated Go binding around an Ethereum contract.
type Whitelist struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Whitelist) GetABI() abi.ABI {
	return c.abi
}

// NewWhitelist creates a new instance of Whitelist.
func NewWhitelist() *Whitelist {
	parsed, err := WhitelistMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Whitelist{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Whitelist) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address dao_, uint64 stakeLockPeriod_) returns()
func (whitelist *Whitelist) PackConstructor(token_ common.Address, dao_ common.Address, stakeLockPeriod_ uint64) []byte {
	enc, err := whitelist.abi.Pack("", token_, dao_, stakeLockPeriod_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint256)
func (whitelist *Whitelist) PackCount() []byte {
	enc, err := whitelist.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint256)
func (whitelist *Whitelist) TryPackCount() ([]byte, error) {
	return whitelist.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint256)
func (whitelist *Whitelist) UnpackCount(data []byte) (*big.Int, error) {
	out, err := whitelist.abi.Unpack("count", data)
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
func (whitelist *Whitelist) PackDao() []byte {
	enc, err := whitelist.abi.Pack("dao")
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
func (whitelist *Whitelist) TryPackDao() ([]byte, error) {
	return whitelist.abi.Pack("dao")
}

// UnpackDao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4162169f.
//
// Solidity: function dao() view returns(address)
func (whitelist *Whitelist) UnpackDao(data []byte) (common.Address, error) {
	out, err := whitelist.abi.Unpack("dao", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (whitelist *Whitelist) PackDeployer() []byte {
	enc, err := whitelist.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (whitelist *Whitelist) TryPackDeployer() ([]byte, error) {
	return whitelist.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (whitelist *Whitelist) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := whitelist.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (whitelist *Whitelist) PackFactory() []byte {
	enc, err := whitelist.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (whitelist *Whitelist) TryPackFactory() ([]byte, error) {
	return whitelist.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (whitelist *Whitelist) UnpackFactory(data []byte) (common.Address, error) {
	out, err := whitelist.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x018e3c1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hub(address wallet) view returns((address,address,string,string,uint8,uint64,uint64,uint256,uint256))
func (whitelist *Whitelist) PackHub(wallet common.Address) []byte {
	enc, err := whitelist.abi.Pack("hub", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x018e3c1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hub(address wallet) view returns((address,address,string,string,uint8,uint64,uint64,uint256,uint256))
func (whitelist *Whitelist) TryPackHub(wallet common.Address) ([]byte, error) {
	return whitelist.abi.Pack("hub", wallet)
}

// UnpackHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x018e3c1a.
//
// Solidity: function hub(address wallet) view returns((address,address,string,string,uint8,uint64,uint64,uint256,uint256))
func (whitelist *Whitelist) UnpackHub(data []byte) (WhitelistHub, error) {
	out, err := whitelist.abi.Unpack("hub", data)
	if err != nil {
		return *new(WhitelistHub), err
	}
	out0 := *abi.ConvertType(out[0], new(WhitelistHub)).(*WhitelistHub)
	return out0, nil
}

// PackHubs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02dcb419.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hubs(uint256 offset, uint256 limit) view returns((address,address,string,string,uint8,uint64,uint64,uint256,uint256)[] out)
func (whitelist *Whitelist) PackHubs(offset *big.Int, limit *big.Int) []byte {
	enc, err := whitelist.abi.Pack("hubs", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHubs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02dcb419.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hubs(uint256 offset, uint256 limit) view returns((address,address,string,string,uint8,uint64,uint64,uint256,uint256)[] out)
func (whitelist *Whitelist) TryPackHubs(offset *big.Int, limit *big.Int) ([]byte, error) {
	return whitelist.abi.Pack("hubs", offset, limit)
}

// UnpackHubs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02dcb419.
//
// Solidity: function hubs(uint256 offset, uint256 limit) view returns((address,address,string,string,uint8,uint64,uint64,uint256,uint256)[] out)
func (whitelist *Whitelist) UnpackHubs(data []byte) ([]WhitelistHub, error) {
	out, err := whitelist.abi.Unpack("hubs", data)
	if err != nil {
		return *new([]WhitelistHub), err
	}
	out0 := *abi.ConvertType(out[0], new([]WhitelistHub)).(*[]WhitelistHub)
	return out0, nil
}

// PackIsListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf794062e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isListed(address wallet) view returns(bool)
func (whitelist *Whitelist) PackIsListed(wallet common.Address) []byte {
	enc, err := whitelist.abi.Pack("isListed", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf794062e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isListed(address wallet) view returns(bool)
func (whitelist *Whitelist) TryPackIsListed(wallet common.Address) ([]byte, error) {
	return whitelist.abi.Pack("isListed", wallet)
}

// UnpackIsListed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf794062e.
//
// Solidity: function isListed(address wallet) view returns(bool)
func (whitelist *Whitelist) UnpackIsListed(data []byte) (bool, error) {
	out, err := whitelist.abi.Unpack("isListed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590746fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(address wallet, address owner, string endpoint, string name) returns()
func (whitelist *Whitelist) PackList(wallet common.Address, owner common.Address, endpoint string, name string) []byte {
	enc, err := whitelist.abi.Pack("list", wallet, owner, endpoint, name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590746fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(address wallet, address owner, string endpoint, string name) returns()
func (whitelist *Whitelist) TryPackList(wallet common.Address, owner common.Address, endpoint string, name string) ([]byte, error) {
	return whitelist.abi.Pack("list", wallet, owner, endpoint, name)
}

// PackOnBanned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x414e1f0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onBanned() returns()
func (whitelist *Whitelist) PackOnBanned() []byte {
	enc, err := whitelist.abi.Pack("onBanned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnBanned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x414e1f0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onBanned() returns()
func (whitelist *Whitelist) TryPackOnBanned() ([]byte, error) {
	return whitelist.abi.Pack("onBanned")
}

// PackOnRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70cefaaa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onRegistered() returns()
func (whitelist *Whitelist) PackOnRegistered() []byte {
	enc, err := whitelist.abi.Pack("onRegistered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70cefaaa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onRegistered() returns()
func (whitelist *Whitelist) TryPackOnRegistered() ([]byte, error) {
	return whitelist.abi.Pack("onRegistered")
}

// PackSetEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4229217a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEndpoint(address wallet, string endpoint) returns()
func (whitelist *Whitelist) PackSetEndpoint(wallet common.Address, endpoint string) []byte {
	enc, err := whitelist.abi.Pack("setEndpoint", wallet, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4229217a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEndpoint(address wallet, string endpoint) returns()
func (whitelist *Whitelist) TryPackSetEndpoint(wallet common.Address, endpoint string) ([]byte, error) {
	return whitelist.abi.Pack("setEndpoint", wallet, endpoint)
}

// PackSetFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb47808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFactory(address factory_) returns()
func (whitelist *Whitelist) PackSetFactory(factory common.Address) []byte {
	enc, err := whitelist.abi.Pack("setFactory", factory)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb47808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFactory(address factory_) returns()
func (whitelist *Whitelist) TryPackSetFactory(factory common.Address) ([]byte, error) {
	return whitelist.abi.Pack("setFactory", factory)
}

// PackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3121db1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setName(address wallet, string name) returns()
func (whitelist *Whitelist) PackSetName(wallet common.Address, name string) []byte {
	enc, err := whitelist.abi.Pack("setName", wallet, name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3121db1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setName(address wallet, string name) returns()
func (whitelist *Whitelist) TryPackSetName(wallet common.Address, name string) ([]byte, error) {
	return whitelist.abi.Pack("setName", wallet, name)
}

// PackSetStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278e07ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStatus(address wallet, uint8 status) returns()
func (whitelist *Whitelist) PackSetStatus(wallet common.Address, status uint8) []byte {
	enc, err := whitelist.abi.Pack("setStatus", wallet, status)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278e07ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStatus(address wallet, uint8 status) returns()
func (whitelist *Whitelist) TryPackSetStatus(wallet common.Address, status uint8) ([]byte, error) {
	return whitelist.abi.Pack("setStatus", wallet, status)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a0f2f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(address wallet, bool support, uint256 amount) returns(uint256 stakeId)
func (whitelist *Whitelist) PackStake(wallet common.Address, support bool, amount *big.Int) []byte {
	enc, err := whitelist.abi.Pack("stake", wallet, support, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a0f2f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(address wallet, bool support, uint256 amount) returns(uint256 stakeId)
func (whitelist *Whitelist) TryPackStake(wallet common.Address, support bool, amount *big.Int) ([]byte, error) {
	return whitelist.abi.Pack("stake", wallet, support, amount)
}

// UnpackStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a0f2f7a.
//
// Solidity: function stake(address wallet, bool support, uint256 amount) returns(uint256 stakeId)
func (whitelist *Whitelist) UnpackStake(data []byte) (*big.Int, error) {
	out, err := whitelist.abi.Unpack("stake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57fae8e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeAt(uint256 stakeId) view returns((address,address,uint256,uint64,bool,bool))
func (whitelist *Whitelist) PackStakeAt(stakeId *big.Int) []byte {
	enc, err := whitelist.abi.Pack("stakeAt", stakeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57fae8e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeAt(uint256 stakeId) view returns((address,address,uint256,uint64,bool,bool))
func (whitelist *Whitelist) TryPackStakeAt(stakeId *big.Int) ([]byte, error) {
	return whitelist.abi.Pack("stakeAt", stakeId)
}

// UnpackStakeAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57fae8e5.
//
// Solidity: function stakeAt(uint256 stakeId) view returns((address,address,uint256,uint64,bool,bool))
func (whitelist *Whitelist) UnpackStakeAt(data []byte) (WhitelistStake, error) {
	out, err := whitelist.abi.Unpack("stakeAt", data)
	if err != nil {
		return *new(WhitelistStake), err
	}
	out0 := *abi.ConvertType(out[0], new(WhitelistStake)).(*WhitelistStake)
	return out0, nil
}

// PackStakeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a9e116.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeCount() view returns(uint256)
func (whitelist *Whitelist) PackStakeCount() []byte {
	enc, err := whitelist.abi.Pack("stakeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a9e116.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeCount() view returns(uint256)
func (whitelist *Whitelist) TryPackStakeCount() ([]byte, error) {
	return whitelist.abi.Pack("stakeCount")
}

// UnpackStakeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4a9e116.
//
// Solidity: function stakeCount() view returns(uint256)
func (whitelist *Whitelist) UnpackStakeCount(data []byte) (*big.Int, error) {
	out, err := whitelist.abi.Unpack("stakeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakeLockPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499ab37e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeLockPeriod() view returns(uint64)
func (whitelist *Whitelist) PackStakeLockPeriod() []byte {
	enc, err := whitelist.abi.Pack("stakeLockPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeLockPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499ab37e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeLockPeriod() view returns(uint64)
func (whitelist *Whitelist) TryPackStakeLockPeriod() ([]byte, error) {
	return whitelist.abi.Pack("stakeLockPeriod")
}

// UnpackStakeLockPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x499ab37e.
//
// Solidity: function stakeLockPeriod() view returns(uint64)
func (whitelist *Whitelist) UnpackStakeLockPeriod(data []byte) (uint64, error) {
	out, err := whitelist.abi.Unpack("stakeLockPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a5d5b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(address wallet) view returns(uint8)
func (whitelist *Whitelist) PackStatusOf(wallet common.Address) []byte {
	enc, err := whitelist.abi.Pack("statusOf", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a5d5b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(address wallet) view returns(uint8)
func (whitelist *Whitelist) TryPackStatusOf(wallet common.Address) ([]byte, error) {
	return whitelist.abi.Pack("statusOf", wallet)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97a5d5b5.
//
// Solidity: function statusOf(address wallet) view returns(uint8)
func (whitelist *Whitelist) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := whitelist.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (whitelist *Whitelist) PackToken() []byte {
	enc, err := whitelist.abi.Pack("token")
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
func (whitelist *Whitelist) TryPackToken() ([]byte, error) {
	return whitelist.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (whitelist *Whitelist) UnpackToken(data []byte) (common.Address, error) {
	out, err := whitelist.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstake(uint256 stakeId) returns()
func (whitelist *Whitelist) PackUnstake(stakeId *big.Int) []byte {
	enc, err := whitelist.abi.Pack("unstake", stakeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstake(uint256 stakeId) returns()
func (whitelist *Whitelist) TryPackUnstake(stakeId *big.Int) ([]byte, error) {
	return whitelist.abi.Pack("unstake", stakeId)
}

// WhitelistEndpointChanged represents a EndpointChanged event raised by the Whitelist contract.
type WhitelistEndpointChanged struct {
	Wallet   common.Address
	Endpoint string
	Raw      *types.Log // Blockchain specific contextual infos
}

const WhitelistEndpointChangedEventName = "EndpointChanged"

// ContractEventName returns the user-defined event name.
func (WhitelistEndpointChanged) ContractEventName() string {
	return WhitelistEndpointChangedEventName
}

// UnpackEndpointChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EndpointChanged(address indexed wallet, string endpoint)
func (whitelist *Whitelist) UnpackEndpointChangedEvent(log *types.Log) (*WhitelistEndpointChanged, error) {
	event := "EndpointChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistEndpointChanged)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistFactorySet represents a FactorySet event raised by the Whitelist contract.
type WhitelistFactorySet struct {
	Factory common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const WhitelistFactorySetEventName = "FactorySet"

// ContractEventName returns the user-defined event name.
func (WhitelistFactorySet) ContractEventName() string {
	return WhitelistFactorySetEventName
}

// UnpackFactorySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FactorySet(address indexed factory)
func (whitelist *Whitelist) UnpackFactorySetEvent(log *types.Log) (*WhitelistFactorySet, error) {
	event := "FactorySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistFactorySet)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistHubListed represents a HubListed event raised by the Whitelist contract.
type WhitelistHubListed struct {
	Wallet   common.Address
	Owner    common.Address
	Endpoint string
	Name     string
	Raw      *types.Log // Blockchain specific contextual infos
}

const WhitelistHubListedEventName = "HubListed"

// ContractEventName returns the user-defined event name.
func (WhitelistHubListed) ContractEventName() string {
	return WhitelistHubListedEventName
}

// UnpackHubListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HubListed(address indexed wallet, address indexed owner, string endpoint, string name)
func (whitelist *Whitelist) UnpackHubListedEvent(log *types.Log) (*WhitelistHubListed, error) {
	event := "HubListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistHubListed)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistHubRegistered represents a HubRegistered event raised by the Whitelist contract.
type WhitelistHubRegistered struct {
	Wallet       common.Address
	RegisteredAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const WhitelistHubRegisteredEventName = "HubRegistered"

// ContractEventName returns the user-defined event name.
func (WhitelistHubRegistered) ContractEventName() string {
	return WhitelistHubRegisteredEventName
}

// UnpackHubRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HubRegistered(address indexed wallet, uint64 registeredAt)
func (whitelist *Whitelist) UnpackHubRegisteredEvent(log *types.Log) (*WhitelistHubRegistered, error) {
	event := "HubRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistHubRegistered)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistNameChanged represents a NameChanged event raised by the Whitelist contract.
type WhitelistNameChanged struct {
	Wallet common.Address
	Name   string
	Raw    *types.Log // Blockchain specific contextual infos
}

const WhitelistNameChangedEventName = "NameChanged"

// ContractEventName returns the user-defined event name.
func (WhitelistNameChanged) ContractEventName() string {
	return WhitelistNameChangedEventName
}

// UnpackNameChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NameChanged(address indexed wallet, string name)
func (whitelist *Whitelist) UnpackNameChangedEvent(log *types.Log) (*WhitelistNameChanged, error) {
	event := "NameChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistNameChanged)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistStaked represents a Staked event raised by the Whitelist contract.
type WhitelistStaked struct {
	StakeId  *big.Int
	Wallet   common.Address
	Staker   common.Address
	Support  bool
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const WhitelistStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (WhitelistStaked) ContractEventName() string {
	return WhitelistStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(uint256 indexed stakeId, address indexed wallet, address indexed staker, bool support, uint256 amount, uint64 unlockAt)
func (whitelist *Whitelist) UnpackStakedEvent(log *types.Log) (*WhitelistStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistStaked)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistStatusChanged represents a StatusChanged event raised by the Whitelist contract.
type WhitelistStatusChanged struct {
	Wallet common.Address
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const WhitelistStatusChangedEventName = "StatusChanged"

// ContractEventName returns the user-defined event name.
func (WhitelistStatusChanged) ContractEventName() string {
	return WhitelistStatusChangedEventName
}

// UnpackStatusChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StatusChanged(address indexed wallet, uint8 status)
func (whitelist *Whitelist) UnpackStatusChangedEvent(log *types.Log) (*WhitelistStatusChanged, error) {
	event := "StatusChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistStatusChanged)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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

// WhitelistUnstaked represents a Unstaked event raised by the Whitelist contract.
type WhitelistUnstaked struct {
	StakeId *big.Int
	Wallet  common.Address
	Staker  common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WhitelistUnstakedEventName = "Unstaked"

// ContractEventName returns the user-defined event name.
func (WhitelistUnstaked) ContractEventName() string {
	return WhitelistUnstakedEventName
}

// UnpackUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unstaked(uint256 indexed stakeId, address indexed wallet, address indexed staker, uint256 amount)
func (whitelist *Whitelist) UnpackUnstakedEvent(log *types.Log) (*WhitelistUnstaked, error) {
	event := "Unstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != whitelist.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WhitelistUnstaked)
	if len(log.Data) > 0 {
		if err := whitelist.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range whitelist.abi.Events[event].Inputs {
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
func (whitelist *Whitelist) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], whitelist.abi.Errors["AlreadyListed"].ID.Bytes()[:4]) {
		return whitelist.UnpackAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["FactoryAlreadySet"].ID.Bytes()[:4]) {
		return whitelist.UnpackFactoryAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["HubBlacklisted"].ID.Bytes()[:4]) {
		return whitelist.UnpackHubBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["InvalidStatus"].ID.Bytes()[:4]) {
		return whitelist.UnpackInvalidStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["NotDAO"].ID.Bytes()[:4]) {
		return whitelist.UnpackNotDAOError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return whitelist.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["NotFactory"].ID.Bytes()[:4]) {
		return whitelist.UnpackNotFactoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["NotHubOwner"].ID.Bytes()[:4]) {
		return whitelist.UnpackNotHubOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["NotListedWallet"].ID.Bytes()[:4]) {
		return whitelist.UnpackNotListedWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["NotStaker"].ID.Bytes()[:4]) {
		return whitelist.UnpackNotStakerError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return whitelist.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return whitelist.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return whitelist.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["StakeWithdrawn"].ID.Bytes()[:4]) {
		return whitelist.UnpackStakeWithdrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["UnknownHub"].ID.Bytes()[:4]) {
		return whitelist.UnpackUnknownHubError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["UnknownStake"].ID.Bytes()[:4]) {
		return whitelist.UnpackUnknownStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], whitelist.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return whitelist.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WhitelistAlreadyListed represents a AlreadyListed error raised by the Whitelist contract.
type WhitelistAlreadyListed struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyListed(address wallet)
func WhitelistAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x19cd45959170cfb6a7c442727f0974f504e3b1bf4faaf155537ac5fdd0223fdb")
}

// UnpackAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyListed(address wallet)
func (whitelist *Whitelist) UnpackAlreadyListedError(raw []byte) (*WhitelistAlreadyListed, error) {
	out := new(WhitelistAlreadyListed)
	if err := whitelist.abi.UnpackIntoInterface(out, "AlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistFactoryAlreadySet represents a FactoryAlreadySet error raised by the Whitelist contract.
type WhitelistFactoryAlreadySet struct {
	Factory common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FactoryAlreadySet(address factory)
func WhitelistFactoryAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x744f04d37fdeaaf2c8ee8a82864a021bded4737b6b215f6d3237a9839824dfa7")
}

// UnpackFactoryAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FactoryAlreadySet(address factory)
func (whitelist *Whitelist) UnpackFactoryAlreadySetError(raw []byte) (*WhitelistFactoryAlreadySet, error) {
	out := new(WhitelistFactoryAlreadySet)
	if err := whitelist.abi.UnpackIntoInterface(out, "FactoryAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistHubBlacklisted represents a HubBlacklisted error raised by the Whitelist contract.
type WhitelistHubBlacklisted struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HubBlacklisted(address wallet)
func WhitelistHubBlacklistedErrorID() common.Hash {
	return common.HexToHash("0x7b7a1cf72422fe6f927dc5f8340fa51fe8c5bfb2378504d5b944e2e5bf25a475")
}

// UnpackHubBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HubBlacklisted(address wallet)
func (whitelist *Whitelist) UnpackHubBlacklistedError(raw []byte) (*WhitelistHubBlacklisted, error) {
	out := new(WhitelistHubBlacklisted)
	if err := whitelist.abi.UnpackIntoInterface(out, "HubBlacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistInvalidStatus represents a InvalidStatus error raised by the Whitelist contract.
type WhitelistInvalidStatus struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStatus(uint8 status)
func WhitelistInvalidStatusErrorID() common.Hash {
	return common.HexToHash("0x774f7f1210d2320c20f1dc988415608ef7e8050005328cfda2d2cfbccb7f5e17")
}

// UnpackInvalidStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStatus(uint8 status)
func (whitelist *Whitelist) UnpackInvalidStatusError(raw []byte) (*WhitelistInvalidStatus, error) {
	out := new(WhitelistInvalidStatus)
	if err := whitelist.abi.UnpackIntoInterface(out, "InvalidStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistNotDAO represents a NotDAO error raised by the Whitelist contract.
type WhitelistNotDAO struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDAO(address caller)
func WhitelistNotDAOErrorID() common.Hash {
	return common.HexToHash("0x9b7e45116d92ebdc8a11d0f89f84b2a2ce17f3b1b5199d53c0d5846cd638dc03")
}

// UnpackNotDAOError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDAO(address caller)
func (whitelist *Whitelist) UnpackNotDAOError(raw []byte) (*WhitelistNotDAO, error) {
	out := new(WhitelistNotDAO)
	if err := whitelist.abi.UnpackIntoInterface(out, "NotDAO", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistNotDeployer represents a NotDeployer error raised by the Whitelist contract.
type WhitelistNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func WhitelistNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (whitelist *Whitelist) UnpackNotDeployerError(raw []byte) (*WhitelistNotDeployer, error) {
	out := new(WhitelistNotDeployer)
	if err := whitelist.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistNotFactory represents a NotFactory error raised by the Whitelist contract.
type WhitelistNotFactory struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFactory(address caller)
func WhitelistNotFactoryErrorID() common.Hash {
	return common.HexToHash("0xb550282eaf0781c66cf2f5bc84d1d5e0abb6d61daaab2264be89ec57001e9ad0")
}

// UnpackNotFactoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFactory(address caller)
func (whitelist *Whitelist) UnpackNotFactoryError(raw []byte) (*WhitelistNotFactory, error) {
	out := new(WhitelistNotFactory)
	if err := whitelist.abi.UnpackIntoInterface(out, "NotFactory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistNotHubOwner represents a NotHubOwner error raised by the Whitelist contract.
type WhitelistNotHubOwner struct {
	Wallet common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHubOwner(address wallet, address caller)
func WhitelistNotHubOwnerErrorID() common.Hash {
	return common.HexToHash("0x8a7a7bb4ebd61d85b03318b20b7651772217a60902115d164330f36635a07f3c")
}

// UnpackNotHubOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHubOwner(address wallet, address caller)
func (whitelist *Whitelist) UnpackNotHubOwnerError(raw []byte) (*WhitelistNotHubOwner, error) {
	out := new(WhitelistNotHubOwner)
	if err := whitelist.abi.UnpackIntoInterface(out, "NotHubOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistNotListedWallet represents a NotListedWallet error raised by the Whitelist contract.
type WhitelistNotListedWallet struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListedWallet(address caller)
func WhitelistNotListedWalletErrorID() common.Hash {
	return common.HexToHash("0xac06cc29da2af0aa11d7d531b9e05344f3bb1521ff7364fb7884adb41add2d05")
}

// UnpackNotListedWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListedWallet(address caller)
func (whitelist *Whitelist) UnpackNotListedWalletError(raw []byte) (*WhitelistNotListedWallet, error) {
	out := new(WhitelistNotListedWallet)
	if err := whitelist.abi.UnpackIntoInterface(out, "NotListedWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistNotStaker represents a NotStaker error raised by the Whitelist contract.
type WhitelistNotStaker struct {
	StakeId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaker(uint256 stakeId, address caller)
func WhitelistNotStakerErrorID() common.Hash {
	return common.HexToHash("0xfbd09ea2c5116ea8511b29c27ba5b7c5eb349a42259cc3c59993341814139795")
}

// UnpackNotStakerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaker(uint256 stakeId, address caller)
func (whitelist *Whitelist) UnpackNotStakerError(raw []byte) (*WhitelistNotStaker, error) {
	out := new(WhitelistNotStaker)
	if err := whitelist.abi.UnpackIntoInterface(out, "NotStaker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Whitelist contract.
type WhitelistReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func WhitelistReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (whitelist *Whitelist) UnpackReentrancyGuardReentrantCallError(raw []byte) (*WhitelistReentrancyGuardReentrantCall, error) {
	out := new(WhitelistReentrancyGuardReentrantCall)
	if err := whitelist.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Whitelist contract.
type WhitelistSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func WhitelistSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (whitelist *Whitelist) UnpackSafeERC20FailedOperationError(raw []byte) (*WhitelistSafeERC20FailedOperation, error) {
	out := new(WhitelistSafeERC20FailedOperation)
	if err := whitelist.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistStakeLocked represents a StakeLocked error raised by the Whitelist contract.
type WhitelistStakeLocked struct {
	StakeId  *big.Int
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint256 stakeId, uint64 unlockAt)
func WhitelistStakeLockedErrorID() common.Hash {
	return common.HexToHash("0xdace796e7126d6255e275c2bc380cb158b4d8fbcf64b4297311a28af01c356f5")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint256 stakeId, uint64 unlockAt)
func (whitelist *Whitelist) UnpackStakeLockedError(raw []byte) (*WhitelistStakeLocked, error) {
	out := new(WhitelistStakeLocked)
	if err := whitelist.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistStakeWithdrawn represents a StakeWithdrawn error raised by the Whitelist contract.
type WhitelistStakeWithdrawn struct {
	StakeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeWithdrawn(uint256 stakeId)
func WhitelistStakeWithdrawnErrorID() common.Hash {
	return common.HexToHash("0xa78b9f12a7da0df7ced737c5f83d0c05723bb5f43aab37e233b8627104148472")
}

// UnpackStakeWithdrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeWithdrawn(uint256 stakeId)
func (whitelist *Whitelist) UnpackStakeWithdrawnError(raw []byte) (*WhitelistStakeWithdrawn, error) {
	out := new(WhitelistStakeWithdrawn)
	if err := whitelist.abi.UnpackIntoInterface(out, "StakeWithdrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistUnknownHub represents a UnknownHub error raised by the Whitelist contract.
type WhitelistUnknownHub struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownHub(address wallet)
func WhitelistUnknownHubErrorID() common.Hash {
	return common.HexToHash("0x48025ff7444a58483348d8f9ba1bd8c21af42da428ffaed07c2db22229b5c9a4")
}

// UnpackUnknownHubError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownHub(address wallet)
func (whitelist *Whitelist) UnpackUnknownHubError(raw []byte) (*WhitelistUnknownHub, error) {
	out := new(WhitelistUnknownHub)
	if err := whitelist.abi.UnpackIntoInterface(out, "UnknownHub", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistUnknownStake represents a UnknownStake error raised by the Whitelist contract.
type WhitelistUnknownStake struct {
	StakeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownStake(uint256 stakeId)
func WhitelistUnknownStakeErrorID() common.Hash {
	return common.HexToHash("0xbaa7c1693bbc48edd5013626a23451a2a87b16b3d6c70b6560845deb6bb1972d")
}

// UnpackUnknownStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownStake(uint256 stakeId)
func (whitelist *Whitelist) UnpackUnknownStakeError(raw []byte) (*WhitelistUnknownStake, error) {
	out := new(WhitelistUnknownStake)
	if err := whitelist.abi.UnpackIntoInterface(out, "UnknownStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WhitelistZeroAmount represents a ZeroAmount error raised by the Whitelist contract.
type WhitelistZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func WhitelistZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (whitelist *Whitelist) UnpackZeroAmountError(raw []byte) (*WhitelistZeroAmount, error) {
	out := new(WhitelistZeroAmount)
	if err := whitelist.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
