package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// checkPinnedHub reads what the chain says of a hub wallet a miner was told
// to join with --hub/--wallet. A hub the DAO suspects, punished or
// blacklisted, or a wallet no hub list knows, is refused: it cannot pay. An
// unregistered or unfunded one is joined with warnings, since its owner may
// be about to register it.
func checkPinnedHub(ctx context.Context, c *chain.Client, wallet common.Address) (warnings []string, err error) {
	rec, err := c.Hub(ctx, wallet)
	if errors.Is(err, chain.ErrUnknown) {
		rec, err = chain.Hub{Wallet: wallet, Status: chain.HubNone}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("check hub wallet %s on chain: %w", wallet.Hex(), err)
	}
	var st chain.WalletStatus
	if rec.Status != chain.HubNone {
		if st, err = c.Wallet(ctx, wallet); err != nil {
			return nil, fmt.Errorf("check hub wallet %s on chain: %w", wallet.Hex(), err)
		}
	}
	return pinnedHubVerdict(wallet, rec, st)
}

// errHubCannotPay refuses a hub that cannot pay its miners.
var errHubCannotPay = errors.New("this hub cannot pay its miners")

// pinnedHubVerdict is checkPinnedHub's decision, apart from the reads.
func pinnedHubVerdict(wallet common.Address, rec chain.Hub, st chain.WalletStatus) ([]string, error) {
	w := wallet.Hex()
	switch {
	case rec.Status == chain.HubNone:
		return nil, fmt.Errorf("%w: wallet %s is not in the hubs' whitelist (check --wallet; `sonm whitelist list` shows the hubs)", errHubCannotPay, w)
	case rec.Status == chain.HubBlacklisted:
		return nil, fmt.Errorf("%w: the DAO blacklisted hub wallet %s", errHubCannotPay, w)
	case st.State == chain.WalletSuspected:
		return nil, fmt.Errorf("%w: the DAO suspects hub wallet %s; every token in it is blocked until the DAO rehabilitates or bans it", errHubCannotPay, w)
	case st.State == chain.WalletPunished:
		return nil, fmt.Errorf("%w: the DAO banned hub wallet %s and seized its funds", errHubCannotPay, w)
	}
	var warn []string
	if st.State != chain.WalletRegistered {
		warn = append(warn, fmt.Sprintf("hub wallet %s is %s, not registered: nothing of it is frozen as collateral, and it cannot pay until its owner registers it", w, st.State))
	}
	if st.Available == nil || st.Available.Sign() <= 0 {
		warn = append(warn, fmt.Sprintf("hub wallet %s has no free funds (%s SNM) to pay miners", w, snm.Format(st.Available)))
	}
	return warn, nil
}
