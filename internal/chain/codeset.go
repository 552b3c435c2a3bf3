package chain

import (
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sonm-io/sonm/internal/chain/bind/dao"
	"github.com/sonm-io/sonm/internal/chain/bind/deals"
	"github.com/sonm-io/sonm/internal/chain/bind/factory"
	"github.com/sonm-io/sonm/internal/chain/bind/hubwallet"
	"github.com/sonm-io/sonm/internal/chain/bind/registry"
	"github.com/sonm-io/sonm/internal/chain/bind/snmtoken"
	"github.com/sonm-io/sonm/internal/chain/bind/timelock"
	"github.com/sonm-io/sonm/internal/chain/bind/whitelist"
)

// ContractCode names one contract this build deploys and the keccak256 of
// its creation bytecode.
type ContractCode struct {
	Name string
	Hash common.Hash
}

// CodeSet lists the contracts this build deploys, in deployment order, and
// one hash over all of them: two builds with the same set deploy the same
// code (and speak the same ABI), so `sonm version` can tell an operator
// whether two binaries agree on the chain side.
func CodeSet() (common.Hash, []ContractCode) {
	bins := []struct{ name, bin string }{
		{"SNMToken", snmtoken.SNMTokenMetaData.Bin},
		{"SonmTimelock", timelock.SonmTimelockMetaData.Bin},
		{"SonmDAO", dao.SonmDAOMetaData.Bin},
		{"Whitelist", whitelist.WhitelistMetaData.Bin},
		{"HubWallet", hubwallet.HubWalletMetaData.Bin},
		{"HubWalletFactory", factory.HubWalletFactoryMetaData.Bin},
		{"Deals", deals.DealsMetaData.Bin},
		{"SonmRegistry", registry.SonmRegistryMetaData.Bin},
	}
	codes := make([]ContractCode, 0, len(bins))
	all := make([][]byte, 0, len(bins))
	for _, b := range bins {
		h := crypto.Keccak256Hash(common.FromHex(strings.TrimSpace(b.bin)))
		codes = append(codes, ContractCode{Name: b.name, Hash: h})
		all = append(all, h.Bytes())
	}
	return crypto.Keccak256Hash(all...), codes
}
