package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/snm"
)

func newChainDeployCmd() *cobra.Command {
	f := &chainFlags{}
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL",
		Short: "Deploy the sonm contracts to the chain at --rpc, signing with a keystore account",
		Long: `Deploy every sonm contract (SNM token, DAO with timelock, whitelist, hub wallet
factory, deals, miner stake, registry) to the chain at --rpc from the --from account of the
keystore (default: its first), which pays the gas and receives the whole SNM
supply. The addresses are written to the deployment file (--deployment, else
$` + EnvDeployment + ` or ~/.sonm/deployment.json) and the gas spent is printed.

Running it again is safe: when the deployment file already names contracts
that exist on that chain, nothing is sent. A file that belongs to another chain
is never overwritten.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.rpc == "" {
				return errors.New("--rpc is required: the JSON-RPC URL of the chain to deploy to (`sonm chain` runs a dev chain with the contracts already deployed)")
			}
			if f.registry != "" {
				return errors.New("--registry names an existing deployment: deploy writes a new one")
			}
			path := f.deployment
			if path == "" {
				path = defaultDeploymentPath()
			}
			return runChainDeploy(cmd, f, path)
		},
	}
	f.register(cmd.Flags())
	return cmd
}

func runChainDeploy(cmd *cobra.Command, f *chainFlags, path string) error {
	ctx := cmd.Context()
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	b, err := backend.Dial(dctx, f.rpc, backend.Config{}, nil)
	cancel()
	if err != nil {
		return err
	}
	defer b.Close()
	chainID := b.ChainID().Uint64()
	out := cmd.OutOrStdout()

	if _, err := os.Stat(path); err == nil {
		old, err := chain.LoadDeployment(path)
		if err != nil {
			return fmt.Errorf("%w (move the file away or pass --deployment to write another)", err)
		}
		if old.ChainID != chainID {
			return fmt.Errorf("%s holds the deployment on chain %d, and %s is chain %d: pass --deployment to write another file", path, old.ChainID, f.rpc, chainID)
		}
		code, err := b.Client().CodeAt(ctx, old.Registry, nil)
		if err != nil {
			return fmt.Errorf("check the deployment in %s: %w", path, err)
		}
		if len(code) > 0 {
			return f.output(out, map[string]any{"deployed": false, "deployment": path, "registry": old.Registry.Hex(), "gas_used": 0},
				func(w io.Writer) {
					fmt.Fprintf(w, "already deployed on chain %d (registry %s, from %s): nothing sent\n", chainID, old.Registry.Hex(), path)
				})
		}
		// The file names contracts this chain does not have (a dev chain
		// that was reset): deploy afresh and replace it.
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("deployment file: %w", err)
	}

	key, err := f.unlock(cmd)
	if err != nil {
		return err
	}
	opts := b.Transactor(key)
	if !f.json {
		fmt.Fprintf(out, "deploying the sonm contracts to chain %d from %s...\n", chainID, opts.From.Hex())
	}
	dep, spent, err := chain.DeployMetered(ctx, b, opts, chain.DefaultParams())
	if err != nil {
		return fmt.Errorf("%w (%d gas spent; nothing written to %s: a rerun deploys afresh)", err, spent.Gas, path)
	}
	dep.RPC = f.rpc
	if err := dep.Save(path); err != nil {
		return err
	}
	return f.output(out, map[string]any{"deployed": true, "deployment": path, "registry": dep.Registry.Hex(),
		"gas_used": spent.Gas, "cost_wei": spent.Wei.String()}, func(w io.Writer) {
		fmt.Fprintf(w, "deployed on chain %d; deployment written to %s\n", chainID, path)
		printDeployment(w, dep)
		fmt.Fprintf(w, "gas spent: %d (%s ETH)\n", spent.Gas, snm.Format(spent.Wei))
	})
}

// printDeployment prints the contract addresses, indented.
func printDeployment(w io.Writer, dep chain.Deployment) {
	printRows(w, [][2]string{
		{"  registry (all addresses)", dep.Registry.Hex()},
		{"  SNM token", dep.Token.Hex()}, {"  DAO governor", dep.Governor.Hex()}, {"  DAO timelock", dep.Timelock.Hex()},
		{"  whitelist", dep.Whitelist.Hex()}, {"  hub wallet factory", dep.WalletFactory.Hex()}, {"  deals", dep.Deals.Hex()},
		{"  miner stake", dep.Stake.Hex()},
	})
}
