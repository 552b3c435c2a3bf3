package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

// newMinerStakeCmd is `sonm miner stake`: the miner's deposit in the
// MinerStake contract, usable with any hub.
func newMinerStakeCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "stake",
		Short: "Your deposit as a miner: deposit SNM, see it, withdraw it after unbonding",
		Long: `A miner's stake is SNM held by the MinerStake contract for any hub to see.
A proof of cheat (your signed result for a unit against a quorum of other
staked miners' signed results) slashes it. A withdrawal is requested first
('withdraw --request AMOUNT') and paid by 'withdraw' after the unbonding
period (7 days by default, a DAO setting); until then the whole stake can
still be slashed.`,
	}
	f.register(cmd.PersistentFlags())

	deposit := f.command("deposit AMOUNT", "Add AMOUNT SNM from your account to your stake (approves it first)", cobra.ExactArgs(1), send,
		func(args []string) (step, error) {
			amt, err := parseAmount("AMOUNT", args[0])
			return func(ctx context.Context, s *session) (result, error) {
				r, err := s.StakeDeposit(ctx, s.opts, amt)
				if err != nil {
					return result{}, err
				}
				st, err := s.StakeOf(ctx, s.opts.From)
				if err != nil {
					return result{}, err
				}
				return minedSaying(fmt.Sprintf("deposited %s: your stake is %s", snm.String(amt), snm.String(st.Amount)), r), nil
			}, err
		})

	status := &cobra.Command{
		Use:   "status [MINER]",
		Short: "Show a miner's stake (default: --from or the keystore's first account) and the stake settings",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			who, err := f.addressOr(args, "MINER")
			if err != nil {
				return err
			}
			return f.read(cmd, func(ctx context.Context, s *session) (result, error) {
				st, err := s.StakeOf(ctx, who)
				if err != nil {
					return result{}, err
				}
				p, err := s.StakeParams(ctx)
				if err != nil {
					return result{}, err
				}
				now, err := s.Backend().Now(ctx)
				if err != nil {
					return result{}, err
				}
				return stakeStatus(st, p, now), nil
			})
		},
	}

	var request string
	withdraw := &cobra.Command{
		Use:   "withdraw [--request AMOUNT]",
		Short: "Withdraw your unbonded stake; with --request, start unbonding AMOUNT SNM",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var amt *big.Int
			if cmd.Flags().Changed("request") {
				var err error
				if amt, err = parseAmount("--request", request); err != nil {
					return err
				}
			}
			return f.send(cmd, func(ctx context.Context, s *session) (result, error) {
				if amt == nil {
					got, r, err := s.StakeWithdraw(ctx, s.opts)
					if err != nil {
						return result{}, err
					}
					return minedSaying(fmt.Sprintf("withdrew %s from your stake", snm.String(got)), r), nil
				}
				r, err := s.RequestStakeWithdraw(ctx, s.opts, amt)
				if err != nil {
					return result{}, err
				}
				st, err := s.StakeOf(ctx, s.opts.From)
				if err != nil {
					return result{}, err
				}
				return minedSaying(fmt.Sprintf("unbonding %s (slashable until then): run `sonm miner stake withdraw` from %s",
					snm.String(st.Unbonding), fmtTime(st.ReleaseAt)), r), nil
			})
		},
	}
	withdraw.Flags().StringVar(&request, "request", "", "start unbonding AMOUNT SNM (the unbonding period restarts for everything unbonding)")

	cmd.AddCommand(deposit, status, withdraw)
	return cmd
}

// stakeView is what `sonm miner stake status --json` prints.
type stakeView struct {
	Miner          string `json:"miner"`
	StakeSNM       string `json:"stake_snm"`
	StakeWei       string `json:"stake_wei"`
	UnbondingSNM   string `json:"unbonding_snm"`
	UnbondingWei   string `json:"unbonding_wei"`
	ReleaseAt      string `json:"release_at,omitempty"` // RFC 3339
	Withdrawable   bool   `json:"withdrawable"`
	MinStakeSNM    string `json:"min_stake_snm"`
	SlashAmountSNM string `json:"slash_amount_snm"`
	UnbondingSecs  uint64 `json:"unbonding_period_s"`
	Quorum         uint16 `json:"quorum"`
	ChainTime      string `json:"chain_time"`
}

func stakeStatus(st chain.MinerStake, p chain.StakeParams, now time.Time) result {
	ready := st.Unbonding.Sign() > 0 && !now.Before(st.ReleaseAt)
	v := stakeView{Miner: st.Miner.Hex(), StakeSNM: snm.Format(st.Amount), StakeWei: st.Amount.String(),
		UnbondingSNM: snm.Format(st.Unbonding), UnbondingWei: st.Unbonding.String(), ReleaseAt: rfc3339(st.ReleaseAt),
		Withdrawable: ready, MinStakeSNM: snm.Format(p.MinStake), SlashAmountSNM: snm.Format(p.SlashAmount),
		UnbondingSecs: uint64(p.Unbonding / time.Second), Quorum: p.Quorum, ChainTime: rfc3339(now)}
	return shown(v, func(w io.Writer) {
		rows := [][2]string{{"miner", st.Miner.Hex()}, {"stake", snm.String(st.Amount)}}
		if st.Unbonding.Sign() > 0 {
			when := fmtTime(st.ReleaseAt)
			if ready {
				when += " (withdraw now)"
			}
			rows = append(rows, [2]string{"unbonding", snm.String(st.Unbonding) + " until " + when})
		}
		rows = append(rows,
			[2]string{"minimum stake", snm.String(p.MinStake) + " (to count in a proof's quorum)"},
			[2]string{"slash per cheat", snm.String(p.SlashAmount)},
			[2]string{"unbonding period", fmt.Sprintf("%g days", p.Unbonding.Hours()/24)})
		printRows(w, rows)
		if st.Amount.Cmp(p.MinStake) < 0 {
			fmt.Fprintf(w, "below the minimum stake: deposit with `sonm miner stake deposit AMOUNT`\n")
		}
	})
}
