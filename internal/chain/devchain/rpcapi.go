package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// timeAPI is served in the "sonm" namespace (sonm_increaseTime, sonm_mine)
// and, under the names test tools know, in the "evm" namespace
// (evm_increaseTime, evm_mine), so that another process can move the chain's
// clock over JSON-RPC.
type timeAPI struct {
	chain *Chain
}

// IncreaseTime seals a block the given number of seconds after the latest
// one and returns the new latest block timestamp (Unix seconds).
func (a *timeAPI) IncreaseTime(ctx context.Context, secs Seconds) (uint64, error) {
	if secs == 0 {
		return 0, fmt.Errorf("increase time: need at least one second")
	}
	if uint64(secs) > uint64(1<<62)/uint64(time.Second) {
		return 0, fmt.Errorf("increase time: %d seconds is too far", uint64(secs))
	}
	t, err := a.chain.IncreaseTime(ctx, time.Duration(secs)*time.Second)
	if err != nil {
		return 0, err
	}
	return uint64(t.Unix()), nil
}

// Mine seals a block now and returns "0x0", as evm_mine does elsewhere.
func (a *timeAPI) Mine(ctx context.Context) (string, error) {
	if err := a.chain.Mine(ctx); err != nil {
		return "", err
	}
	return "0x0", nil
}

// Seconds is a JSON-RPC argument that accepts a number (86400), a decimal
// string ("86400") or a hex quantity ("0x15180").
type Seconds uint64

// UnmarshalJSON implements json.Unmarshaler.
func (s *Seconds) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var str string
		if err := json.Unmarshal(b, &str); err != nil {
			return fmt.Errorf("seconds: %w", err)
		}
		if len(str) > 2 && (str[:2] == "0x" || str[:2] == "0X") {
			v, err := hexutil.DecodeUint64(str)
			if err != nil {
				return fmt.Errorf("seconds %q: %w", str, err)
			}
			*s = Seconds(v)
			return nil
		}
		v, err := strconv.ParseUint(str, 10, 64)
		if err != nil {
			return fmt.Errorf("seconds %q: not a whole number", str)
		}
		*s = Seconds(v)
		return nil
	}
	var v uint64
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("seconds %s: not a whole non-negative number", b)
	}
	*s = Seconds(v)
	return nil
}
