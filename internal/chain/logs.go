package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// filterQuery selects the logs of one event of one contract from block `from`
// on; topic1 and topic2 narrow by the first and second indexed arguments.
func filterQuery(from uint64, addr common.Address, event common.Hash, topic1 []common.Hash, topic2 ...common.Hash) ethereum.FilterQuery {
	topics := [][]common.Hash{{event}}
	if len(topic1) > 0 || len(topic2) > 0 {
		topics = append(topics, topic1)
	}
	if len(topic2) > 0 {
		topics = append(topics, topic2)
	}
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{addr},
		Topics:    topics,
	}
}
