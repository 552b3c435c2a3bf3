package cli

import (
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
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			var a chain.Action
			switch args[0] {
			case "trust":
				a = c.ActionTrust(w)
			case "blacklist":
				a = c.ActionBlacklist(w)
			case "suspect":
				a = c.ActionSuspect(w)
			case "rehab":
				a = c.ActionRehab(w)
			case "ban":
				a = c.ActionBan(w)
			case "resolve":
				d, err := c.Deal(cmd.Context(), dealID)
				if err != nil {
					return err
				}
				if d.Status != chain.DealDisputed {
					return fmt.Errorf("deal %s is %s: only a Disputed deal can be resolved (the buyer runs `sonm deal dispute` within the dispute window)", dealID.Hex(), d.Status)
				}
				if toBuyer.Cmp(d.Amount) > 0 {
					return fmt.Errorf("TO_BUYER %s is more than the deal's escrow of %s", snm.String(toBuyer), snm.String(d.Amount))
				}
				a = c.ActionResolve(d, toBuyer)
				a.Label = fmt.Sprintf("resolve deal %s: %s to the buyer, %s to the hub", dealID.Hex(),
					snm.String(toBuyer), snm.String(new(big.Int).Sub(d.Amount, toBuyer)))
			}
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			d := desc
			if d == "" {
				d = fmt.Sprintf("%s (proposed %s)", a.Label, time.Now().UTC().Format(time.RFC3339))
			}
			id, err := c.Propose(cmd.Context(), opts, []chain.Action{a}, d)
			if err != nil {
				return err
			}
			start, end, err := c.VotingTimes(cmd.Context(), id)
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), map[string]any{"proposal": id.String(), "vote_start": start, "vote_end": end}, func(w io.Writer) {
				fmt.Fprintf(w, "proposal %s: %s\nvoting opens %s and closes %s\n", id, a.Label,
					fmtTime(time.Unix(int64(start), 0)), fmtTime(time.Unix(int64(end), 0)))
			})
		},
	}
	propose.Flags().StringVar(&desc, "description", "", "proposal text (default: the action and the time)")

	vote := &cobra.Command{
		Use:   "vote PROPOSAL for|against|abstain",
		Short: "Vote on an active proposal with your delegated SNM",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, ok := new(big.Int).SetString(args[0], 10)
			if !ok {
				return fmt.Errorf("PROPOSAL: %q is not a proposal number", args[0])
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
				return fmt.Errorf("vote %q: use for, against or abstain", args[1])
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			r, err := c.Vote(cmd.Context(), opts, id, support)
			if err != nil {
				return err
			}
			return f.printTx(cmd.OutOrStdout(), "voted "+args[1], r)
		},
	}

	status := &cobra.Command{
		Use:   "status PROPOSAL",
		Short: "Show a proposal's state and what it does",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, ok := new(big.Int).SetString(args[0], 10)
			if !ok {
				return fmt.Errorf("PROPOSAL: %q is not a proposal number", args[0])
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			p, err := c.Proposal(cmd.Context(), id)
			if err != nil {
				return err
			}
			st, err := c.ProposalState(cmd.Context(), id)
			if err != nil {
				return err
			}
			return f.output(cmd.OutOrStdout(), map[string]any{"proposal": id.String(), "state": st.String(), "description": p.Description}, func(w io.Writer) {
				fmt.Fprintf(w, "proposal %s: %s\n  %s\n  voting %s - %s\n", id, st, p.Description,
					fmtTime(time.Unix(int64(p.VoteStart), 0)), fmtTime(time.Unix(int64(p.VoteEnd), 0)))
			})
		},
	}

	execute := &cobra.Command{
		Use:   "execute PROPOSAL",
		Short: "Queue a succeeded proposal, or execute a queued one whose timelock delay has passed",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, ok := new(big.Int).SetString(args[0], 10)
			if !ok {
				return fmt.Errorf("PROPOSAL: %q is not a proposal number", args[0])
			}
			c, done, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			st, err := c.ProposalState(cmd.Context(), id)
			if err != nil {
				return err
			}
			opts, _, err := f.signer(cmd, c)
			if err != nil {
				return err
			}
			switch st {
			case chain.ProposalSucceeded:
				r, err := c.Queue(cmd.Context(), opts, id)
				if err != nil {
					return err
				}
				eta, err := c.ProposalEta(cmd.Context(), id)
				if err != nil {
					return err
				}
				return f.printTx(cmd.OutOrStdout(), fmt.Sprintf("queued; run `sonm dao execute %s` again after %s", id, fmtTime(time.Unix(int64(eta), 0))), r)
			case chain.ProposalQueued:
				r, err := c.Execute(cmd.Context(), opts, id)
				if err != nil {
					return err
				}
				return f.printTx(cmd.OutOrStdout(), "executed", r)
			default:
				return fmt.Errorf("proposal %s is %s: only a Succeeded proposal can be queued and only a Queued one executed", id, st)
			}
		},
	}
	cmd.AddCommand(propose, vote, status, execute)
	return cmd
}
