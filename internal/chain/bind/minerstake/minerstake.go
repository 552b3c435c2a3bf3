// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package minerstake

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

// MinerStakeClaim is an auto generated low-level Go binding around an user-defined struct.
type MinerStakeClaim struct {
	Wallet  common.Address
	DealId  [32]byte
	TaskId  [32]byte
	Unit    uint64
	Replica uint64
	Root    [32]byte
}

// MinerStakeDealRef is an auto generated low-level Go binding around an user-defined struct.
type MinerStakeDealRef struct {
	Buyer common.Address
	Lane  uint64
	Seq   uint64
}

// MinerStakeParams is an auto generated low-level Go binding around an user-defined struct.
type MinerStakeParams struct {
	UnbondingPeriod uint64
	Quorum          uint16
	BountyBps       uint16
	BuyerBps        uint16
	MinStake        *big.Int
	SlashAmount     *big.Int
}

// MinerStakeMetaData contains all meta data concerning the MinerStake contract.
var MinerStakeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dao_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"quorum\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bountyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"buyerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structMinerStake.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AccusedInQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"cheat\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ClaimMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"}],\"name\":\"DealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claims\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDAO\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claims\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SameRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"SignerNotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"StakeTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"quorum\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bountyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"buyerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMinerStake.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bounty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBuyer\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toDAO\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"}],\"name\":\"cheatKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"replica\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structMinerStake.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"claimDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dao\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"quorum\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bountyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"buyerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structMinerStake.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"replica\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structMinerStake.Claim\",\"name\":\"accused\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"accusedSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"unit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"replica\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structMinerStake.Claim[]\",\"name\":\"others\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"otherSigs\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lane\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"internalType\":\"structMinerStake.DealRef\",\"name\":\"deal\",\"type\":\"tuple\"}],\"name\":\"proveCheat\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"quorum\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bountyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"buyerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structMinerStake.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"cheat\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MinerStake",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516123f53803806123f583398101604081905261002f91610362565b6040518060400160405280600f81526020016e736f6e6d204d696e65725374616b6560881b815250604051806040016040528060018152602001603160f81b8152506100808261018360201b60201c565b6101205261008d81610183565b61014052815160208084019190912060e052815190820120610100524660a05261011960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038316158061013f57506001600160a01b038216155b1561015d5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b038084166101605282166101805261017b816101c9565b5050506104b7565b5f5f829050601f815111156101b6578260405163305a27a960e01b81526004016101ad9190610437565b60405180910390fd5b80516101c18261046c565b179392505050565b602081015161ffff1615806101fe575061271061ffff16816060015161ffff16826040015161ffff166101fc9190610492565b115b1561021c5760405163019af63760e01b815260040160405180910390fd5b80516002805460208085018051604080880180516060808b01805161ffff9081166c010000000000000000000000000261ffff60601b199482166a0100000000000000000000029490941663ffffffff60501b1997821668010000000000000000026001600160501b0319909b166001600160401b03909d169c8d179a909a179690961698909817919091179097556080808a01805160035560a0808c01805160045585519b8c5296518616978b019790975291518416898401529551909216958701959095525192850192909252905190830152517f2583aa8bbca4ed39a03023cc38090203ca707f1e3445497ead6a0ad13c40b5639181900360c00190a150565b6001600160a01b0381168114610333575f5ffd5b50565b80516001600160401b038116811461034c575f5ffd5b919050565b805161ffff8116811461034c575f5ffd5b5f5f5f838503610100811215610376575f5ffd5b84516103818161031f565b60208601519094506103928161031f565b925060c0603f19820112156103a5575f5ffd5b5060405160c081016001600160401b03811182821017156103d457634e487b7160e01b5f52604160045260245ffd5b80604052506103e560408601610336565b81526103f360608601610351565b602082015261040460808601610351565b604082015261041560a08601610351565b606082015260c0850151608082015260e09094015160a0850152509093909250565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561048c575f198160200360031b1b821691505b50919050565b808201808211156104b157634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e0516101005161012051610140516101605161018051611ea861054d5f395f818161011e015281816103d7015261144601525f81816103aa015281816105610152818161080c015281816113b0015281816113ea015261142401525f610c9501525f610c6501525f61167f01525f61165701525f6115b201525f6115dc01525f6116060152611ea85ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806384b0196e11610088578063cff0ab9611610063578063cff0ab9614610292578063e093b19314610330578063ee516b3014610392578063fc0c546a146103a5575f5ffd5b806384b0196e14610251578063b6b55f251461026c578063bc48ce681461027f575f5ffd5b806342623360116100c3578063426233601461015857806361b143df146101e55780636b0509b114610217578063745400c91461023e575f5ffd5b80631e808be9146100e95780633ccfd60b146100fe5780634162169f14610119575b5f5ffd5b6100fc6100f7366004611901565b6103cc565b005b610106610436565b6040519081526020015b60405180910390f35b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610110565b6101c161016636600461193d565b6001600160a01b03165f90815260056020908152604091829020825160608101845281546001600160801b03808216808452600160801b909204169382018490526001909201546001600160401b0316930183905292909190565b6040805193845260208401929092526001600160401b031690820152606001610110565b6102076101f3366004611956565b60066020525f908152604090205460ff1681565b6040519015158152602001610110565b6101067f557099f42e567ab676d4946651b1b694ce7c26dea911ec4bf6f9fa0beca2daf481565b6100fc61024c366004611956565b6105a6565b610259610704565b604051610110979695949392919061199b565b6100fc61027a366004611956565b610746565b61010661028d366004611901565b61084f565b6103236040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182526002546001600160401b038116825261ffff600160401b820481166020840152600160501b8204811693830193909352600160601b90049091166060820152600354608082015260045460a082015290565b6040516101109190611a31565b61010661033e366004611a9f565b604080516001600160a01b0386166020820152908101849052606081018390526001600160401b03821660808201525f9060a001604051602081830303815290604052805190602001209050949350505050565b6101066103a0366004611b79565b61091e565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461041c57604051639b7e451160e01b81523360048201526024015b60405180910390fd5b61043361042e36839003830183611c8d565b610aab565b50565b5f61043f610bba565b50335f9081526005602052604081208054600160801b90046001600160801b03169182900361048357604051636e34ee0b60e11b8152336004820152602401610413565b60018101546001600160401b03164210156104ca57600181015460405163ddc830ff60e01b81526001600160401b0342811660048301529091166024820152604401610413565b8054829082905f906104e69084906001600160801b0316611d3f565b82546101009290920a6001600160801b0381810219909316918316021790915582541682555060018101805467ffffffffffffffff1916905560405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26105886001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384610bed565b506105a3610beb5f5f516020611e7c5f395f51905f52610be5565b90565b805f036105c657604051631f2a200560e01b815260040160405180910390fd5b335f90815260056020526040812080549091906105f5906001600160801b03600160801b820481169116611d3f565b6001600160801b031690508083111561062b5760405163f74c0f3360e01b81526004810182905260248101849052604401610413565b61063483610c27565b82548390601090610656908490600160801b90046001600160801b0316611d5e565b82546001600160801b039182166101009390930a92830291909202199091161790555060025461068f906001600160401b031642611d7d565b60018301805467ffffffffffffffff19166001600160401b03929092169182179055825460408051600160801b9092046001600160801b03168252602082019290925233917fc0441ca12c133d923daae67e5aae94bfe4c5d35e5735c90fc32ca60244f2e585910160405180910390a2505050565b5f6060805f5f5f6060610715610c5e565b61071d610c8e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b61074e610bba565b805f0361076e57604051631f2a200560e01b815260040160405180910390fd5b335f90815260056020526040902061078582610c27565b815482905f9061079f9084906001600160801b0316611d5e565b82546101009290920a6001600160801b038181021990931691831602179091558254604080518681529190921660208201523392507f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca910160405180910390a26108346001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085610cb9565b50610433610beb5f5f516020611e7c5f395f51905f52610be5565b5f6109187f557099f42e567ab676d4946651b1b694ce7c26dea911ec4bf6f9fa0beca2daf4610881602085018561193d565b6020850135604086013561089b6080880160608901611d9c565b6108ab60a0890160808a01611d9c565b6040805160208101979097526001600160a01b0390951694860194909452606085019290925260808401526001600160401b0390811660a084810191909152911660c083015284013560e08201526101000160405160208183030381529060405280519060200120610cf5565b92915050565b5f610927610bba565b848314610951576040516355c5b3e360e11b81526004810186905260248101849052604401610413565b600254600160401b900461ffff1685101561099657600254604051631a88566160e21b815260048101879052600160401b90910461ffff166024820152604401610413565b5f6109a4602084018461193d565b6109b46040850160208601611d9c565b6109c46060860160408701611d9c565b604080516001600160a01b0390941660208501526001600160401b039283169084015216606082015260800160405160208183030381529060405280519060200120905089602001358114610a39576040516310df4f9960e11b815260208b0135600482015260248101829052604401610413565b5f5f610a468c8c8c610d21565b91509150610a5e8c838b8b8b8b600260010154610e24565b610a688282611197565b9350610a82828d610a7c602089018961193d565b87611261565b505050610a9f610beb5f5f516020611e7c5f395f51905f52610be5565b98975050505050505050565b602081015161ffff161580610ae0575061271061ffff16816060015161ffff16826040015161ffff16610ade9190611db5565b115b15610afe5760405163019af63760e01b815260040160405180910390fd5b8051600280546020840151604080860151606087015161ffff908116600160601b0261ffff60601b19928216600160501b029290921663ffffffff60501b1991909416600160401b0269ffffffffffffffffffff199095166001600160401b0390971696909617939093179490941617179055608082015160035560a0820151600455517f2583aa8bbca4ed39a03023cc38090203ca707f1e3445497ead6a0ad13c40b56390610baf908390611a31565b60405180910390a150565b610bd15f516020611e7c5f395f51905f525c611475565b610beb60015f516020611e7c5f395f51905f525b90611493565b565b610bfa838383600161149a565b610c2257604051635274afe760e01b81526001600160a01b0384166004820152602401610413565b505050565b5f6001600160801b03821115610c5a576040516306dfcc6560e41b81526080600482015260248101839052604401610413565b5090565b6060610c897f00000000000000000000000000000000000000000000000000000000000000006114fc565b905090565b6060610c897f00000000000000000000000000000000000000000000000000000000000000006114fc565b610cc7848484846001611539565b610cef57604051635274afe760e01b81526001600160a01b0385166004820152602401610413565b50505050565b5f610918610d016115a6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f610d6a610d2f8661084f565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506116cf92505050565b6001600160a01b0381165f908152600560205260408120549193506001600160801b039091169003610dba57604051632449d29b60e01b81526001600160a01b0383166004820152602401610413565b610dd8826020870135604088013561033e60808a0160608b01611d9c565b5f8181526006602052604090205490915060ff1615610e1c57604051637679c92160e01b81526001600160a01b038316600482015260248101829052604401610413565b935093915050565b5f846001600160401b03811115610e3d57610e3d611c68565b604051908082528060200260200182016040528015610e66578160200160208202803683370190505b5090505f5b8581101561118c5736878783818110610e8657610e86611dc8565b60c002919091019150610e9e905060208b018b61193d565b6001600160a01b0316610eb4602083018361193d565b6001600160a01b0316141580610ed257508960200135816020013514155b80610ee557508960400135816040013514155b80610f205750610efb60808b0160608c01611d9c565b6001600160401b0316610f146080830160608401611d9c565b6001600160401b031614155b80610f4a575087875f818110610f3857610f38611dc8565b905060c0020160a001358160a0013514155b15610f6b576040516344a3353b60e11b815260048101839052602401610413565b8960a001358160a0013503610f96576040516308ba322d60e11b815260048101839052602401610413565b5f611000610fa38361084f565b888886818110610fb557610fb5611dc8565b9050602002810190610fc79190611ddc565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506116cf92505050565b9050896001600160a01b0316816001600160a01b0316036110375760405163363d446b60e21b815260048101849052602401610413565b5f5b8381101561109f57816001600160a01b031685828151811061105d5761105d611dc8565b60200260200101516001600160a01b03160361109757604051637010e27960e11b81526001600160a01b0383166004820152602401610413565b600101611039565b506001600160a01b0381165f908152600560209081526040808320815160608101835281546001600160801b03808216808452600160801b909204169482018590526001909201546001600160401b03169281019290925290929161110391611d3f565b6001600160801b031690508681108061111a575080155b15611151576040516312ba35e560e21b81526001600160a01b03841660048201526024810182905260448101889052606401610413565b8286868151811061116457611164611dc8565b6001600160a01b0390921660209283029190910190910152505060019092019150610e6b9050565b505050505050505050565b6001600160a01b0382165f90815260056020526040812060045481546001600160801b031681106111d25781546001600160801b03166111d4565b805b8254909350839083905f906111f39084906001600160801b0316611d3f565b82546101009290920a6001600160801b038181021990931691831602179091558354808216600160801b909104909116111590506112415781546001600160801b0316600160801b81021782555b50505f91825260066020526040909120805460ff19166001179055919050565b6040805160c0810182526002546001600160401b038116825261ffff600160401b820481166020840152600160501b82048116938301849052600160601b909104166060820152600354608082015260045460a0820152905f90612710906112c99085611e1e565b6112d39190611e35565b90505f61271061ffff16836060015161ffff16856112f19190611e1e565b6112fb9190611e35565b90505f816113098487611e54565b6113139190611e54565b905060208701356001600160a01b0389167f6e1d83869072b35495172efc0f18be8c2787372a329946add948b887ee6e09fe60408a013561135a60808c0160608d01611d9c565b604080519283526001600160401b0390911660208301523390820152606081018990526080810187905260a0810186905260c0810185905260e00160405180910390a382156113d7576113d76001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385610bed565b8115611411576114116001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168784610bed565b801561146b5761146b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083610bed565b5050505050505050565b15610beb57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166114f05783831516156114e4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60605f611508836116f7565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611595578383151615611589573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156115fe57507f000000000000000000000000000000000000000000000000000000000000000046145b1561162857507f000000000000000000000000000000000000000000000000000000000000000090565b610c89604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f5f6116dd868661171e565b9250925092506116ed8282611767565b5090949350505050565b5f60ff8216601f81111561091857604051632cd44ac360e21b815260040160405180910390fd5b5f5f5f8351604103611755576020840151604085015160608601515f1a61174788828585611823565b955095509550505050611760565b505081515f91506002905b9250925092565b5f82600381111561177a5761177a611e67565b03611783575050565b600182600381111561179757611797611e67565b036117b55760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156117c9576117c9611e67565b036117ea5760405163fce698f760e01b815260048101829052602401610413565b60038260038111156117fe576117fe611e67565b0361181f576040516335e2f38360e21b815260048101829052602401610413565b5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561185c57505f915060039050826118e1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156118ad573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166118d857505f9250600191508290506118e1565b92505f91508190505b9450945094915050565b5f60c082840312156118fb575f5ffd5b50919050565b5f60c08284031215611911575f5ffd5b61191b83836118eb565b9392505050565b80356001600160a01b0381168114611938575f5ffd5b919050565b5f6020828403121561194d575f5ffd5b61191b82611922565b5f60208284031215611966575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6119b960e083018961196d565b82810360408401526119cb818961196d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611a20578351835260209384019390920191600101611a02565b50909b9a5050505050505050505050565b5f60c0820190506001600160401b03835116825261ffff602084015116602083015261ffff604084015116604083015261ffff60608401511660608301526080830151608083015260a083015160a083015292915050565b80356001600160401b0381168114611938575f5ffd5b5f5f5f5f60808587031215611ab2575f5ffd5b611abb85611922565b93506020850135925060408501359150611ad760608601611a89565b905092959194509250565b5f5f83601f840112611af2575f5ffd5b5081356001600160401b03811115611b08575f5ffd5b60208301915083602060c083028501011115611b22575f5ffd5b9250929050565b5f5f83601f840112611b39575f5ffd5b5081356001600160401b03811115611b4f575f5ffd5b6020830191508360208260051b8501011115611b22575f5ffd5b5f606082840312156118fb575f5ffd5b5f5f5f5f5f5f5f5f610180898b031215611b91575f5ffd5b611b9b8a8a6118eb565b975060c08901356001600160401b03811115611bb5575f5ffd5b8901601f81018b13611bc5575f5ffd5b80356001600160401b03811115611bda575f5ffd5b8b6020828401011115611beb575f5ffd5b6020919091019750955060e08901356001600160401b03811115611c0d575f5ffd5b611c198b828c01611ae2565b9096509450506101008901356001600160401b03811115611c38575f5ffd5b611c448b828c01611b29565b9094509250611c5990508a6101208b01611b69565b90509295985092959890939650565b634e487b7160e01b5f52604160045260245ffd5b803561ffff81168114611938575f5ffd5b5f60c0828403128015611c9e575f5ffd5b5060405160c081016001600160401b0381118282101715611ccd57634e487b7160e01b5f52604160045260245ffd5b604052611cd983611a89565b8152611ce760208401611c7c565b6020820152611cf860408401611c7c565b6040820152611d0960608401611c7c565b60608201526080838101359082015260a0928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b03828116828216039081111561091857610918611d2b565b6001600160801b03818116838216019081111561091857610918611d2b565b6001600160401b03818116838216019081111561091857610918611d2b565b5f60208284031215611dac575f5ffd5b61191b82611a89565b8082018082111561091857610918611d2b565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112611df1575f5ffd5b8301803591506001600160401b03821115611e0a575f5ffd5b602001915036819003821315611b22575f5ffd5b808202811582820484141761091857610918611d2b565b5f82611e4f57634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561091857610918611d2b565b634e487b7160e01b5f52602160045260245ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000a",
}

// MinerStake is an auto generated Go binding around an Ethereum contract.
type MinerStake struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MinerStake) GetABI() abi.ABI {
	return c.abi
}

// NewMinerStake creates a new instance of MinerStake.
func NewMinerStake() *MinerStake {
	parsed, err := MinerStakeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MinerStake{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MinerStake) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address dao_, (uint64,uint16,uint16,uint16,uint256,uint256) params_) returns()
func (minerStake *MinerStake) PackConstructor(token_ common.Address, dao_ common.Address, params_ MinerStakeParams) []byte {
	enc, err := minerStake.abi.Pack("", token_, dao_, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (minerStake *MinerStake) PackCLAIMTYPEHASH() []byte {
	enc, err := minerStake.abi.Pack("CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (minerStake *MinerStake) TryPackCLAIMTYPEHASH() ([]byte, error) {
	return minerStake.abi.Pack("CLAIM_TYPEHASH")
}

// UnpackCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0509b1.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (minerStake *MinerStake) UnpackCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := minerStake.abi.Unpack("CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheatKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe093b193.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cheatKey(address miner, bytes32 dealId, bytes32 taskId, uint64 unit) pure returns(bytes32)
func (minerStake *MinerStake) PackCheatKey(miner common.Address, dealId [32]byte, taskId [32]byte, unit uint64) []byte {
	enc, err := minerStake.abi.Pack("cheatKey", miner, dealId, taskId, unit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheatKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe093b193.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cheatKey(address miner, bytes32 dealId, bytes32 taskId, uint64 unit) pure returns(bytes32)
func (minerStake *MinerStake) TryPackCheatKey(miner common.Address, dealId [32]byte, taskId [32]byte, unit uint64) ([]byte, error) {
	return minerStake.abi.Pack("cheatKey", miner, dealId, taskId, unit)
}

// UnpackCheatKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe093b193.
//
// Solidity: function cheatKey(address miner, bytes32 dealId, bytes32 taskId, uint64 unit) pure returns(bytes32)
func (minerStake *MinerStake) UnpackCheatKey(data []byte) ([32]byte, error) {
	out, err := minerStake.abi.Unpack("cheatKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc48ce68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimDigest((address,bytes32,bytes32,uint64,uint64,bytes32) c) view returns(bytes32)
func (minerStake *MinerStake) PackClaimDigest(c MinerStakeClaim) []byte {
	enc, err := minerStake.abi.Pack("claimDigest", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc48ce68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimDigest((address,bytes32,bytes32,uint64,uint64,bytes32) c) view returns(bytes32)
func (minerStake *MinerStake) TryPackClaimDigest(c MinerStakeClaim) ([]byte, error) {
	return minerStake.abi.Pack("claimDigest", c)
}

// UnpackClaimDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc48ce68.
//
// Solidity: function claimDigest((address,bytes32,bytes32,uint64,uint64,bytes32) c) view returns(bytes32)
func (minerStake *MinerStake) UnpackClaimDigest(data []byte) ([32]byte, error) {
	out, err := minerStake.abi.Unpack("claimDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4162169f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dao() view returns(address)
func (minerStake *MinerStake) PackDao() []byte {
	enc, err := minerStake.abi.Pack("dao")
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
func (minerStake *MinerStake) TryPackDao() ([]byte, error) {
	return minerStake.abi.Pack("dao")
}

// UnpackDao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4162169f.
//
// Solidity: function dao() view returns(address)
func (minerStake *MinerStake) UnpackDao(data []byte) (common.Address, error) {
	out, err := minerStake.abi.Unpack("dao", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (minerStake *MinerStake) PackDeposit(amount *big.Int) []byte {
	enc, err := minerStake.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (minerStake *MinerStake) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return minerStake.abi.Pack("deposit", amount)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (minerStake *MinerStake) PackEip712Domain() []byte {
	enc, err := minerStake.abi.Pack("eip712Domain")
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
func (minerStake *MinerStake) TryPackEip712Domain() ([]byte, error) {
	return minerStake.abi.Pack("eip712Domain")
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
func (minerStake *MinerStake) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := minerStake.abi.Unpack("eip712Domain", data)
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

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint64,uint16,uint16,uint16,uint256,uint256))
func (minerStake *MinerStake) PackParams() []byte {
	enc, err := minerStake.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint64,uint16,uint16,uint16,uint256,uint256))
func (minerStake *MinerStake) TryPackParams() ([]byte, error) {
	return minerStake.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint64,uint16,uint16,uint16,uint256,uint256))
func (minerStake *MinerStake) UnpackParams(data []byte) (MinerStakeParams, error) {
	out, err := minerStake.abi.Unpack("params", data)
	if err != nil {
		return *new(MinerStakeParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MinerStakeParams)).(*MinerStakeParams)
	return out0, nil
}

// PackProveCheat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee516b30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveCheat((address,bytes32,bytes32,uint64,uint64,bytes32) accused, bytes accusedSig, (address,bytes32,bytes32,uint64,uint64,bytes32)[] others, bytes[] otherSigs, (address,uint64,uint64) deal) returns(uint256 amount)
func (minerStake *MinerStake) PackProveCheat(accused MinerStakeClaim, accusedSig []byte, others []MinerStakeClaim, otherSigs [][]byte, deal MinerStakeDealRef) []byte {
	enc, err := minerStake.abi.Pack("proveCheat", accused, accusedSig, others, otherSigs, deal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveCheat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee516b30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveCheat((address,bytes32,bytes32,uint64,uint64,bytes32) accused, bytes accusedSig, (address,bytes32,bytes32,uint64,uint64,bytes32)[] others, bytes[] otherSigs, (address,uint64,uint64) deal) returns(uint256 amount)
func (minerStake *MinerStake) TryPackProveCheat(accused MinerStakeClaim, accusedSig []byte, others []MinerStakeClaim, otherSigs [][]byte, deal MinerStakeDealRef) ([]byte, error) {
	return minerStake.abi.Pack("proveCheat", accused, accusedSig, others, otherSigs, deal)
}

// UnpackProveCheat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee516b30.
//
// Solidity: function proveCheat((address,bytes32,bytes32,uint64,uint64,bytes32) accused, bytes accusedSig, (address,bytes32,bytes32,uint64,uint64,bytes32)[] others, bytes[] otherSigs, (address,uint64,uint64) deal) returns(uint256 amount)
func (minerStake *MinerStake) UnpackProveCheat(data []byte) (*big.Int, error) {
	out, err := minerStake.abi.Unpack("proveCheat", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (minerStake *MinerStake) PackRequestWithdraw(amount *big.Int) []byte {
	enc, err := minerStake.abi.Pack("requestWithdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (minerStake *MinerStake) TryPackRequestWithdraw(amount *big.Int) ([]byte, error) {
	return minerStake.abi.Pack("requestWithdraw", amount)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e808be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint64,uint16,uint16,uint16,uint256,uint256) p) returns()
func (minerStake *MinerStake) PackSetParams(p MinerStakeParams) []byte {
	enc, err := minerStake.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e808be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint64,uint16,uint16,uint16,uint256,uint256) p) returns()
func (minerStake *MinerStake) TryPackSetParams(p MinerStakeParams) ([]byte, error) {
	return minerStake.abi.Pack("setParams", p)
}

// PackSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b143df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashed(bytes32 cheat) view returns(bool)
func (minerStake *MinerStake) PackSlashed(cheat [32]byte) []byte {
	enc, err := minerStake.abi.Pack("slashed", cheat)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b143df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashed(bytes32 cheat) view returns(bool)
func (minerStake *MinerStake) TryPackSlashed(cheat [32]byte) ([]byte, error) {
	return minerStake.abi.Pack("slashed", cheat)
}

// UnpackSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b143df.
//
// Solidity: function slashed(bytes32 cheat) view returns(bool)
func (minerStake *MinerStake) UnpackSlashed(data []byte) (bool, error) {
	out, err := minerStake.abi.Unpack("slashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address miner) view returns(uint256 amount, uint256 unbonding, uint64 releaseAt)
func (minerStake *MinerStake) PackStakeOf(miner common.Address) []byte {
	enc, err := minerStake.abi.Pack("stakeOf", miner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address miner) view returns(uint256 amount, uint256 unbonding, uint64 releaseAt)
func (minerStake *MinerStake) TryPackStakeOf(miner common.Address) ([]byte, error) {
	return minerStake.abi.Pack("stakeOf", miner)
}

// StakeOfOutput serves as a container for the return parameters of contract
// method StakeOf.
type StakeOfOutput struct {
	Amount    *big.Int
	Unbonding *big.Int
	ReleaseAt uint64
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address miner) view returns(uint256 amount, uint256 unbonding, uint64 releaseAt)
func (minerStake *MinerStake) UnpackStakeOf(data []byte) (StakeOfOutput, error) {
	out, err := minerStake.abi.Unpack("stakeOf", data)
	outstruct := new(StakeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ReleaseAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (minerStake *MinerStake) PackToken() []byte {
	enc, err := minerStake.abi.Pack("token")
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
func (minerStake *MinerStake) TryPackToken() ([]byte, error) {
	return minerStake.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (minerStake *MinerStake) UnpackToken(data []byte) (common.Address, error) {
	out, err := minerStake.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (minerStake *MinerStake) PackWithdraw() []byte {
	enc, err := minerStake.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (minerStake *MinerStake) TryPackWithdraw() ([]byte, error) {
	return minerStake.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (minerStake *MinerStake) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := minerStake.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MinerStakeDeposited represents a Deposited event raised by the MinerStake contract.
type MinerStakeDeposited struct {
	Miner  common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MinerStakeDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (MinerStakeDeposited) ContractEventName() string {
	return MinerStakeDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed miner, uint256 amount, uint256 stake)
func (minerStake *MinerStake) UnpackDepositedEvent(log *types.Log) (*MinerStakeDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != minerStake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MinerStakeDeposited)
	if len(log.Data) > 0 {
		if err := minerStake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range minerStake.abi.Events[event].Inputs {
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

// MinerStakeEIP712DomainChanged represents a EIP712DomainChanged event raised by the MinerStake contract.
type MinerStakeEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const MinerStakeEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (MinerStakeEIP712DomainChanged) ContractEventName() string {
	return MinerStakeEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (minerStake *MinerStake) UnpackEIP712DomainChangedEvent(log *types.Log) (*MinerStakeEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != minerStake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MinerStakeEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := minerStake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range minerStake.abi.Events[event].Inputs {
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

// MinerStakeParamsChanged represents a ParamsChanged event raised by the MinerStake contract.
type MinerStakeParamsChanged struct {
	Params MinerStakeParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const MinerStakeParamsChangedEventName = "ParamsChanged"

// ContractEventName returns the user-defined event name.
func (MinerStakeParamsChanged) ContractEventName() string {
	return MinerStakeParamsChangedEventName
}

// UnpackParamsChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsChanged((uint64,uint16,uint16,uint16,uint256,uint256) params)
func (minerStake *MinerStake) UnpackParamsChangedEvent(log *types.Log) (*MinerStakeParamsChanged, error) {
	event := "ParamsChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != minerStake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MinerStakeParamsChanged)
	if len(log.Data) > 0 {
		if err := minerStake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range minerStake.abi.Events[event].Inputs {
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

// MinerStakeSlashed represents a Slashed event raised by the MinerStake contract.
type MinerStakeSlashed struct {
	Miner   common.Address
	DealId  [32]byte
	TaskId  [32]byte
	Unit    uint64
	Prover  common.Address
	Amount  *big.Int
	Bounty  *big.Int
	ToBuyer *big.Int
	ToDAO   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MinerStakeSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (MinerStakeSlashed) ContractEventName() string {
	return MinerStakeSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed miner, bytes32 indexed dealId, bytes32 taskId, uint64 unit, address prover, uint256 amount, uint256 bounty, uint256 toBuyer, uint256 toDAO)
func (minerStake *MinerStake) UnpackSlashedEvent(log *types.Log) (*MinerStakeSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != minerStake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MinerStakeSlashed)
	if len(log.Data) > 0 {
		if err := minerStake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range minerStake.abi.Events[event].Inputs {
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

// MinerStakeWithdrawRequested represents a WithdrawRequested event raised by the MinerStake contract.
type MinerStakeWithdrawRequested struct {
	Miner     common.Address
	Unbonding *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const MinerStakeWithdrawRequestedEventName = "WithdrawRequested"

// ContractEventName returns the user-defined event name.
func (MinerStakeWithdrawRequested) ContractEventName() string {
	return MinerStakeWithdrawRequestedEventName
}

// UnpackWithdrawRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawRequested(address indexed miner, uint256 unbonding, uint64 releaseAt)
func (minerStake *MinerStake) UnpackWithdrawRequestedEvent(log *types.Log) (*MinerStakeWithdrawRequested, error) {
	event := "WithdrawRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != minerStake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MinerStakeWithdrawRequested)
	if len(log.Data) > 0 {
		if err := minerStake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range minerStake.abi.Events[event].Inputs {
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

// MinerStakeWithdrawn represents a Withdrawn event raised by the MinerStake contract.
type MinerStakeWithdrawn struct {
	Miner  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MinerStakeWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MinerStakeWithdrawn) ContractEventName() string {
	return MinerStakeWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed miner, uint256 amount)
func (minerStake *MinerStake) UnpackWithdrawnEvent(log *types.Log) (*MinerStakeWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != minerStake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MinerStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := minerStake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range minerStake.abi.Events[event].Inputs {
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
func (minerStake *MinerStake) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], minerStake.abi.Errors["AccusedInQuorum"].ID.Bytes()[:4]) {
		return minerStake.UnpackAccusedInQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return minerStake.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return minerStake.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ClaimMismatch"].ID.Bytes()[:4]) {
		return minerStake.UnpackClaimMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["DealMismatch"].ID.Bytes()[:4]) {
		return minerStake.UnpackDealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["DuplicateSigner"].ID.Bytes()[:4]) {
		return minerStake.UnpackDuplicateSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return minerStake.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return minerStake.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return minerStake.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return minerStake.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return minerStake.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["NotDAO"].ID.Bytes()[:4]) {
		return minerStake.UnpackNotDAOError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["NotStaked"].ID.Bytes()[:4]) {
		return minerStake.UnpackNotStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return minerStake.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return minerStake.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return minerStake.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return minerStake.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return minerStake.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["SameRoot"].ID.Bytes()[:4]) {
		return minerStake.UnpackSameRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["SignerNotStaked"].ID.Bytes()[:4]) {
		return minerStake.UnpackSignerNotStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["StakeTooSmall"].ID.Bytes()[:4]) {
		return minerStake.UnpackStakeTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return minerStake.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["WithdrawTooEarly"].ID.Bytes()[:4]) {
		return minerStake.UnpackWithdrawTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return minerStake.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], minerStake.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return minerStake.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MinerStakeAccusedInQuorum represents a AccusedInQuorum error raised by the MinerStake contract.
type MinerStakeAccusedInQuorum struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccusedInQuorum(uint256 index)
func MinerStakeAccusedInQuorumErrorID() common.Hash {
	return common.HexToHash("0xd8f511ac0d04cbb6336999ee48362cc92e01882f21da796cfd4e899c5c48e94c")
}

// UnpackAccusedInQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccusedInQuorum(uint256 index)
func (minerStake *MinerStake) UnpackAccusedInQuorumError(raw []byte) (*MinerStakeAccusedInQuorum, error) {
	out := new(MinerStakeAccusedInQuorum)
	if err := minerStake.abi.UnpackIntoInterface(out, "AccusedInQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeAlreadySlashed represents a AlreadySlashed error raised by the MinerStake contract.
type MinerStakeAlreadySlashed struct {
	Miner common.Address
	Cheat [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed(address miner, bytes32 cheat)
func MinerStakeAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x7679c92157821e0bffe5fe58165161db38bf4772a0b436082e4cb5d9339681f0")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed(address miner, bytes32 cheat)
func (minerStake *MinerStake) UnpackAlreadySlashedError(raw []byte) (*MinerStakeAlreadySlashed, error) {
	out := new(MinerStakeAlreadySlashed)
	if err := minerStake.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeBadParams represents a BadParams error raised by the MinerStake contract.
type MinerStakeBadParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams()
func MinerStakeBadParamsErrorID() common.Hash {
	return common.HexToHash("0x019af6379de0e1c5d9ed7bc9cadaf094fc9efb595904a561b64245c59cd9399f")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams()
func (minerStake *MinerStake) UnpackBadParamsError(raw []byte) (*MinerStakeBadParams, error) {
	out := new(MinerStakeBadParams)
	if err := minerStake.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeClaimMismatch represents a ClaimMismatch error raised by the MinerStake contract.
type MinerStakeClaimMismatch struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMismatch(uint256 index)
func MinerStakeClaimMismatchErrorID() common.Hash {
	return common.HexToHash("0x89466a76e3aa7ba7dbebb771283d66ef8fe82b4aa11e9a684fabe8f0f587da24")
}

// UnpackClaimMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMismatch(uint256 index)
func (minerStake *MinerStake) UnpackClaimMismatchError(raw []byte) (*MinerStakeClaimMismatch, error) {
	out := new(MinerStakeClaimMismatch)
	if err := minerStake.abi.UnpackIntoInterface(out, "ClaimMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeDealMismatch represents a DealMismatch error raised by the MinerStake contract.
type MinerStakeDealMismatch struct {
	DealId   [32]byte
	Computed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DealMismatch(bytes32 dealId, bytes32 computed)
func MinerStakeDealMismatchErrorID() common.Hash {
	return common.HexToHash("0x21be9f3201440b66e48d9d3cc212ed0039c36c45ff0d18b8d346a13f64d67af3")
}

// UnpackDealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DealMismatch(bytes32 dealId, bytes32 computed)
func (minerStake *MinerStake) UnpackDealMismatchError(raw []byte) (*MinerStakeDealMismatch, error) {
	out := new(MinerStakeDealMismatch)
	if err := minerStake.abi.UnpackIntoInterface(out, "DealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeDuplicateSigner represents a DuplicateSigner error raised by the MinerStake contract.
type MinerStakeDuplicateSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateSigner(address signer)
func MinerStakeDuplicateSignerErrorID() common.Hash {
	return common.HexToHash("0xe021c4f2415a9d8c855bf74014e55359de4df1d596d9a3336e25c64ca04465d6")
}

// UnpackDuplicateSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateSigner(address signer)
func (minerStake *MinerStake) UnpackDuplicateSignerError(raw []byte) (*MinerStakeDuplicateSigner, error) {
	out := new(MinerStakeDuplicateSigner)
	if err := minerStake.abi.UnpackIntoInterface(out, "DuplicateSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the MinerStake contract.
type MinerStakeECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func MinerStakeECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (minerStake *MinerStake) UnpackECDSAInvalidSignatureError(raw []byte) (*MinerStakeECDSAInvalidSignature, error) {
	out := new(MinerStakeECDSAInvalidSignature)
	if err := minerStake.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the MinerStake contract.
type MinerStakeECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func MinerStakeECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (minerStake *MinerStake) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*MinerStakeECDSAInvalidSignatureLength, error) {
	out := new(MinerStakeECDSAInvalidSignatureLength)
	if err := minerStake.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the MinerStake contract.
type MinerStakeECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func MinerStakeECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (minerStake *MinerStake) UnpackECDSAInvalidSignatureSError(raw []byte) (*MinerStakeECDSAInvalidSignatureS, error) {
	out := new(MinerStakeECDSAInvalidSignatureS)
	if err := minerStake.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeInvalidShortString represents a InvalidShortString error raised by the MinerStake contract.
type MinerStakeInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func MinerStakeInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (minerStake *MinerStake) UnpackInvalidShortStringError(raw []byte) (*MinerStakeInvalidShortString, error) {
	out := new(MinerStakeInvalidShortString)
	if err := minerStake.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeLengthMismatch represents a LengthMismatch error raised by the MinerStake contract.
type MinerStakeLengthMismatch struct {
	Claims     *big.Int
	Signatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 claims, uint256 signatures)
func MinerStakeLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 claims, uint256 signatures)
func (minerStake *MinerStake) UnpackLengthMismatchError(raw []byte) (*MinerStakeLengthMismatch, error) {
	out := new(MinerStakeLengthMismatch)
	if err := minerStake.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeNotDAO represents a NotDAO error raised by the MinerStake contract.
type MinerStakeNotDAO struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDAO(address caller)
func MinerStakeNotDAOErrorID() common.Hash {
	return common.HexToHash("0x9b7e45116d92ebdc8a11d0f89f84b2a2ce17f3b1b5199d53c0d5846cd638dc03")
}

// UnpackNotDAOError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDAO(address caller)
func (minerStake *MinerStake) UnpackNotDAOError(raw []byte) (*MinerStakeNotDAO, error) {
	out := new(MinerStakeNotDAO)
	if err := minerStake.abi.UnpackIntoInterface(out, "NotDAO", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeNotStaked represents a NotStaked error raised by the MinerStake contract.
type MinerStakeNotStaked struct {
	Miner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaked(address miner)
func MinerStakeNotStakedErrorID() common.Hash {
	return common.HexToHash("0x2449d29bdb2bf314c45a5abe636e050bbc48291aa4b13c32b332f5b86f800d30")
}

// UnpackNotStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaked(address miner)
func (minerStake *MinerStake) UnpackNotStakedError(raw []byte) (*MinerStakeNotStaked, error) {
	out := new(MinerStakeNotStaked)
	if err := minerStake.abi.UnpackIntoInterface(out, "NotStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeNothingToWithdraw represents a NothingToWithdraw error raised by the MinerStake contract.
type MinerStakeNothingToWithdraw struct {
	Miner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address miner)
func MinerStakeNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address miner)
func (minerStake *MinerStake) UnpackNothingToWithdrawError(raw []byte) (*MinerStakeNothingToWithdraw, error) {
	out := new(MinerStakeNothingToWithdraw)
	if err := minerStake.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeQuorumNotReached represents a QuorumNotReached error raised by the MinerStake contract.
type MinerStakeQuorumNotReached struct {
	Claims *big.Int
	Quorum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(uint256 claims, uint256 quorum)
func MinerStakeQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0x6a2159843653f10db54c042cb44fca2acd5ab362e9d6b07cb6ba038cc88440ed")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(uint256 claims, uint256 quorum)
func (minerStake *MinerStake) UnpackQuorumNotReachedError(raw []byte) (*MinerStakeQuorumNotReached, error) {
	out := new(MinerStakeQuorumNotReached)
	if err := minerStake.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the MinerStake contract.
type MinerStakeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MinerStakeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (minerStake *MinerStake) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MinerStakeReentrancyGuardReentrantCall, error) {
	out := new(MinerStakeReentrancyGuardReentrantCall)
	if err := minerStake.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the MinerStake contract.
type MinerStakeSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func MinerStakeSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (minerStake *MinerStake) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*MinerStakeSafeCastOverflowedUintDowncast, error) {
	out := new(MinerStakeSafeCastOverflowedUintDowncast)
	if err := minerStake.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the MinerStake contract.
type MinerStakeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MinerStakeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (minerStake *MinerStake) UnpackSafeERC20FailedOperationError(raw []byte) (*MinerStakeSafeERC20FailedOperation, error) {
	out := new(MinerStakeSafeERC20FailedOperation)
	if err := minerStake.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeSameRoot represents a SameRoot error raised by the MinerStake contract.
type MinerStakeSameRoot struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameRoot(uint256 index)
func MinerStakeSameRootErrorID() common.Hash {
	return common.HexToHash("0x1174645a6a1522a93a3a9f534262ce2e47991f48ad8d398b8339ea8540892929")
}

// UnpackSameRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameRoot(uint256 index)
func (minerStake *MinerStake) UnpackSameRootError(raw []byte) (*MinerStakeSameRoot, error) {
	out := new(MinerStakeSameRoot)
	if err := minerStake.abi.UnpackIntoInterface(out, "SameRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeSignerNotStaked represents a SignerNotStaked error raised by the MinerStake contract.
type MinerStakeSignerNotStaked struct {
	Signer   common.Address
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerNotStaked(address signer, uint256 stake, uint256 minStake)
func MinerStakeSignerNotStakedErrorID() common.Hash {
	return common.HexToHash("0x4ae8d7940ec60c7e150a35e39a2fbb781e81c2074941f6191f21867f950ec2e0")
}

// UnpackSignerNotStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerNotStaked(address signer, uint256 stake, uint256 minStake)
func (minerStake *MinerStake) UnpackSignerNotStakedError(raw []byte) (*MinerStakeSignerNotStaked, error) {
	out := new(MinerStakeSignerNotStaked)
	if err := minerStake.abi.UnpackIntoInterface(out, "SignerNotStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeStakeTooSmall represents a StakeTooSmall error raised by the MinerStake contract.
type MinerStakeStakeTooSmall struct {
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooSmall(uint256 available, uint256 requested)
func MinerStakeStakeTooSmallErrorID() common.Hash {
	return common.HexToHash("0xf74c0f33f6fbd057c68c4aaca34973e86b8d93a764a34fa3629645983202b760")
}

// UnpackStakeTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooSmall(uint256 available, uint256 requested)
func (minerStake *MinerStake) UnpackStakeTooSmallError(raw []byte) (*MinerStakeStakeTooSmall, error) {
	out := new(MinerStakeStakeTooSmall)
	if err := minerStake.abi.UnpackIntoInterface(out, "StakeTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeStringTooLong represents a StringTooLong error raised by the MinerStake contract.
type MinerStakeStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func MinerStakeStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (minerStake *MinerStake) UnpackStringTooLongError(raw []byte) (*MinerStakeStringTooLong, error) {
	out := new(MinerStakeStringTooLong)
	if err := minerStake.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeWithdrawTooEarly represents a WithdrawTooEarly error raised by the MinerStake contract.
type MinerStakeWithdrawTooEarly struct {
	Now       uint64
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawTooEarly(uint64 now_, uint64 releaseAt)
func MinerStakeWithdrawTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xddc830fff8ae2eb90c55fc369e5dafe1f3a245020a703503e99522bd2540b98d")
}

// UnpackWithdrawTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawTooEarly(uint64 now_, uint64 releaseAt)
func (minerStake *MinerStake) UnpackWithdrawTooEarlyError(raw []byte) (*MinerStakeWithdrawTooEarly, error) {
	out := new(MinerStakeWithdrawTooEarly)
	if err := minerStake.abi.UnpackIntoInterface(out, "WithdrawTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeZeroAddress represents a ZeroAddress error raised by the MinerStake contract.
type MinerStakeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func MinerStakeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (minerStake *MinerStake) UnpackZeroAddressError(raw []byte) (*MinerStakeZeroAddress, error) {
	out := new(MinerStakeZeroAddress)
	if err := minerStake.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MinerStakeZeroAmount represents a ZeroAmount error raised by the MinerStake contract.
type MinerStakeZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func MinerStakeZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (minerStake *MinerStake) UnpackZeroAmountError(raw []byte) (*MinerStakeZeroAmount, error) {
	out := new(MinerStakeZeroAmount)
	if err := minerStake.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
