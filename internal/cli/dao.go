package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/snm"
)

func newDAOCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "dao",
		Short: "The DAO: propose, vote on and execute trust, suspect, rehab and ban of hubs, and the settlement of disputed deals",
		Long: `SNM holders govern the hubs through an OpenZeppelin Governor with a timelock.
A proposal passes through: Pending (voting delay) -> Active (voting period) ->
Succeeded -> Queued (timelock delay) -> Executed. Vote with delegated SNM: run
'sonm token delegate' once before the proposal is made.`,
	}
	f.register(cmd.PersistentFlags())
	var desc string
	propose := &cobra.Command{
		Use:   "propose trust|blacklist|suspect|rehab|ban WALLET | resolve DEAL TO_BUYER",
		Short: "Propose an action on a hub, or the settlement of a disputed deal",
		Long: `Propose an action on a hub wallet (trust, blacklist, suspect, rehab, ban), or
settle a disputed deal: 'resolve DEAL TO_BUYER' gives TO_BUYER SNM of the
deal's escrow back to the buyer and the rest to the hub wallet (0 for all to
the hub, the deal's whole amount for all to the buyer).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && args[0] == "resolve" {
				if len(args) != 3 {
					return fmt.Errorf("resolve takes a deal id and the SNM to give back to the buyer, got %d arguments", len(args)-1)
				}
				return nil
			}
			return cobra.ExactArgs(2)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var w common.Address
			var dealID common.Hash
			var toBuyer *big.Int
			var err error
			switch args[0] {
			case "trust", "blacklist", "suspect", "rehab", "ban":
				if w, err = parseAddress("WALLET", args[1]); err != nil {
					return err
				}
			case "resolve":
				if dealID, err = parseHash("DEAL", args[1]); err != nil {
					return err
				}
				if toBuyer, err = parseAmount("TO_BUYER", args[2]); err != nil {
					return err
				}
			default:
				return fmt.Errorf("unknown action %q: use trust, blacklist, suspect, rehab, ban or resolve", args[0])
			}
			return f.read(cmd, func(ctx context.Context, s *session) (result, error) {
				a, err := proposed(ctx, s.Client, args[0], w, dealID, toBuyer)
				if err != nil {
					return result{}, err
				}
				if err := s.unlock(); err != nil {
					return result{}, err
				}
				d := desc
				if d == "" {
					d = fmt.Sprintf("%s (proposed %s)", a.Label, time.Now().UTC().Format(time.RFC3339))
				}
				id, err := s.Propose(ctx, s.opts, []chain.Action{a}, d)
				if err != nil {
					return result{}, err
				}
				start, end, err := s.VotingTimes(ctx, id)
				if err != nil {
					return result{}, err
				}
				return shown(map[string]any{"proposal": id.String(), "vote_start": unixRFC3339(start), "vote_end": unixRFC3339(end)}, func(w io.Writer) {
					fmt.Fprintf(w, "proposal %s: %s\nvoting opens %s and closes %s\n", id, a.Label,
						fmtTime(time.Unix(int64(start), 0)), fmtTime(time.Unix(int64(end), 0)))
				}), nil
			})
		},
	}
	propose.Flags().StringVar(&desc, "description", "", "proposal text (default: the action and the time)")

	vote := f.command("vote PROPOSAL for|against|abstain", "Vote on an active proposal with your delegated SNM", cobra.ExactArgs(2), send,
		func(args []string) (step, error) {
			id, err := parseProposal(args[0])
			if err != nil {
				return nil, err
			}
			var support uint8
			switch strings.ToLower(args[1]) {
			case "for", "yes":
				support = chain.VoteFor
			case "against", "no":
				support = chain.VoteAgainst
			case "abstain":
				support = chain.VoteAbstain
			default:
				return nil, fmt.Errorf("vote %q: use for, against or abstain", args[1])
			}
			return func(ctx context.Context, s *session) (result, error) {
				return mined("voted " + args[1])(s.Vote(ctx, s.opts, id, support))
			}, nil
		})

	status := f.command("status PROPOSAL", "Show a proposal's state and what it does", cobra.ExactArgs(1), readOnly, func(args []string) (step, error) {
		id, err := parseProposal(args[0])
		return func(ctx context.Context, s *session) (result, error) {
			p, err := s.Proposal(ctx, id)
			if err != nil {
				return result{}, err
			}
			st, err := s.ProposalState(ctx, id)
			if err != nil {
				return result{}, err
			}
			return shown(map[string]any{"proposal": id.String(), "state": st.String(), "description": p.Description,
				"vote_start": unixRFC3339(p.VoteStart), "vote_end": unixRFC3339(p.VoteEnd)}, func(w io.Writer) {
				fmt.Fprintf(w, "proposal %s: %s\n  %s\n  voting %s - %s\n", id, st, p.Description,
					fmtTime(time.Unix(int64(p.VoteStart), 0)), fmtTime(time.Unix(int64(p.VoteEnd), 0)))
			}), nil
		}, err
	})

	// execute checks the proposal's state before it asks for the passphrase.
	execute := f.command("execute PROPOSAL", "Queue a succeeded proposal, or execute a queued one whose timelock delay has passed", cobra.ExactArgs(1), readOnly,
		func(args []string) (step, error) {
			id, err := parseProposal(args[0])
			return func(ctx context.Context, s *session) (result, error) {
				st, err := s.ProposalState(ctx, id)
				if err != nil {
					return result{}, err
				}
				if st != chain.ProposalSucceeded && st != chain.ProposalQueued {
					return result{}, fmt.Errorf("proposal %s is %s: only a Succeeded proposal can be queued and only a Queued one executed", id, st)
				}
				if err := s.unlock(); err != nil {
					return result{}, err
				}
				if st == chain.ProposalQueued {
					return mined("executed")(s.Execute(ctx, s.opts, id))
				}
				r, err := s.Queue(ctx, s.opts, id)
				if err != nil {
					return result{}, err
				}
				eta, err := s.ProposalEta(ctx, id)
				if err != nil {
					return result{}, err
				}
				return mined(fmt.Sprintf("queued; run `sonm dao execute %s` again after %s", id, fmtTime(time.Unix(int64(eta), 0))))(r, nil)
			}, err
		})
	cmd.AddCommand(propose, vote, status, execute)
	return cmd
}

func parseProposal(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("PROPOSAL: %q is not a proposal number", s)
	}
	return id, nil
}

// proposed is the action of `dao propose`; a resolve is checked against the
// deal it settles.
func proposed(ctx context.Context, c *chain.Client, verb string, w common.Address, dealID common.Hash, toBuyer *big.Int) (chain.Action, error) {
	switch verb {
	case "trust":
		return c.ActionTrust(w), nil
	case "blacklist":
		return c.ActionBlacklist(w), nil
	case "suspect":
		return c.ActionSuspect(w), nil
	case "rehab":
		return c.ActionRehab(w), nil
	case "ban":
		return c.ActionBan(w), nil
	}
	d, err := c.Deal(ctx, dealID)
	if err != nil {
		return chain.Action{}, err
	}
	if d.Status != chain.DealDisputed {
		return chain.Action{}, fmt.Errorf("deal %s is %s: only a Disputed deal can be resolved (the buyer runs `sonm deal dispute` within the dispute window)", dealID.Hex(), d.Status)
	}
	if toBuyer.Cmp(d.Amount) > 0 {
		return chain.Action{}, fmt.Errorf("TO_BUYER %s is more than the deal's escrow of %s", snm.String(toBuyer), snm.String(d.Amount))
	}
	a := c.ActionResolve(d, toBuyer)
	a.Label = fmt.Sprintf("resolve deal %s: %s to the buyer, %s to the hub", dealID.Hex(),
		snm.String(toBuyer), snm.String(new(big.Int).Sub(d.Amount, toBuyer)))
	return a, nil
}
