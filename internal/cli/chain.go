package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/chain/devchain"
	"github.com/sonm-io/sonm/internal/devnet"
	"github.com/sonm-io/sonm/internal/snm"
)

// devSeed derives the dev chain's deployer key; it is public on purpose: the
// embedded chain is for development, never for value.
const devSeed = "sonm chain"

func newChainCmd() *cobra.Command {
	f := &chainFlags{}
	var (
		port         int
		dataDir      string
		blockTime    time.Duration
		fund         []string
		fundKeystore bool
		ethEach      int64
		snmEach      string
		debugRPC     bool
	)
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run the embedded Ethereum dev chain with every sonm contract deployed",
		Long: `Start an in-process go-ethereum dev chain serving JSON-RPC on 127.0.0.1,
deploy the sonm contracts (SNM token, DAO with timelock, whitelist, hub wallet
factory, deals, miner stake), fund the keystore's accounts and --fund addresses with ETH for
gas and SNM, write the contract addresses to the deployment file, and keep
serving until interrupted.

With --data-dir the chain is kept on disk: a restart resumes it and reuses the
deployment. Blocks are sealed as transactions arrive unless --block-time is set.
Move the chain's clock with 'sonm chain advance' (for the 30-day PayDay and the
120-day suspicion period).

The deployer (which holds the undistributed SNM supply) has a well-known dev key:
never use this chain for anything of value.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			each, err := parseAmount("--snm", snmEach)
			if err != nil {
				return err
			}
			var extra []common.Address
			for _, s := range fund {
				a, err := parseAddress("--fund", s)
				if err != nil {
					return err
				}
				extra = append(extra, a)
			}
			if fundKeystore {
				if store, err := f.open(); err == nil {
					for _, a := range store.Accounts() {
						extra = append(extra, a.Address)
					}
				}
			}
			depPath := f.deployment
			if depPath == "" {
				if dataDir != "" {
					depPath = filepath.Join(dataDir, "deployment.json")
				} else {
					depPath = defaultDeploymentPath()
				}
			}
			return runChain(ctx, cmd.OutOrStdout(), f, chainOpts{
				port: port, debugRPC: debugRPC, dataDir: dataDir, blockTime: blockTime, fund: extra,
				eth: new(big.Int).Mul(big.NewInt(ethEach), big.NewInt(params.Ether)), snm: each, depPath: depPath,
			})
		},
	}
	cmd.Flags().IntVar(&port, "port", 8545, "JSON-RPC port on 127.0.0.1 (0 picks a free one)")
	cmd.Flags().BoolVar(&debugRPC, "debug-rpc", false, "also serve the debug and txpool JSON-RPC namespaces (anyone on this host could then rewind the chain with debug_setHead)")
	dataDirFlag(cmd.Flags(), &dataDir, "", "keep the chain in this directory (default: in memory)", "datadir")
	cmd.Flags().DurationVar(&blockTime, "block-time", 0, "seal a block every interval (default: when a transaction arrives)")
	cmd.Flags().StringArrayVar(&fund, "fund", nil, "also fund this address (repeatable)")
	cmd.Flags().BoolVar(&fundKeystore, "fund-keystore", true, "fund every account of the keystore")
	cmd.Flags().Int64Var(&ethEach, "eth", 100, "ETH for gas per funded account")
	cmd.Flags().StringVar(&snmEach, "snm", "20000000", "SNM per funded account (4% of the supply reaches the DAO's quorum)")
	cmd.Flags().StringVar(&f.deployment, "deployment", "", "write the deployment file here (default: DATA_DIR/deployment.json, else $"+EnvDeployment+" or ~/.sonm/deployment.json)")
	cmd.Flags().StringVar(&f.keystore, "keystore", "", "keystore whose accounts to fund (default $SONM_KEYSTORE or ~/.sonm/keystore)")
	cmd.AddCommand(newChainAdvanceCmd(), newChainDeployCmd())
	return cmd
}

type chainOpts struct {
	port      int
	debugRPC  bool
	dataDir   string
	blockTime time.Duration
	fund      []common.Address
	eth, snm  *big.Int
	depPath   string
}

func runChain(ctx context.Context, w io.Writer, f *chainFlags, o chainOpts) error {
	deployer := devnet.KeyFor(devSeed, "deployer")
	deployerAddr := crypto.PubkeyToAddress(deployer.PublicKey)
	ethTotal := new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))
	ch, err := devchain.New(devchain.Config{
		Accounts: []common.Address{deployerAddr}, Balance: ethTotal,
		Port: o.port, DebugRPC: o.debugRPC, Period: o.blockTime, DataDir: o.dataDir,
	}, nil)
	if err != nil {
		return err
	}
	if err := ch.Start(ctx); err != nil {
		return fmt.Errorf("start the chain: %w", err)
	}
	defer ch.Close()
	b, err := backend.FromRPC(ctx, ch.RPC(), backend.Config{MaxPoll: 20 * time.Millisecond}, nil)
	if err != nil {
		return err
	}
	opts := b.Transactor(deployer)

	var dep chain.Deployment
	reused := false
	if o.dataDir != "" {
		if d, err := chain.LoadDeployment(o.depPath); err == nil {
			code, cerr := b.Client().CodeAt(ctx, d.Token, nil)
			if cerr == nil && len(code) > 0 {
				dep, reused = d, true
			}
		}
	}
	if !reused {
		fmt.Fprintln(w, "deploying the sonm contracts...")
		if dep, err = chain.Deploy(ctx, b, opts, chain.DefaultParams()); err != nil {
			return err
		}
	}
	dep.RPC = ch.URL()
	if err := dep.Save(o.depPath); err != nil {
		return err
	}
	c, err := chain.New(b, dep)
	if err != nil {
		return err
	}
	for _, a := range o.fund {
		if err := fundAccount(ctx, c, opts, a, o.eth, o.snm); err != nil {
			return err
		}
	}

	fmt.Fprintf(w, "sonm dev chain %d serving JSON-RPC at %s\n", dep.ChainID, ch.URL())
	if reused {
		fmt.Fprintf(w, "resumed from %s\n", o.dataDir)
	}
	fmt.Fprintf(w, "deployment written to %s\n", o.depPath)
	printDeployment(w, dep)
	for _, a := range o.fund {
		bal, _ := c.Balance(ctx, a)
		fmt.Fprintf(w, "funded %s: %s\n", a.Hex(), snm.String(bal))
	}
	fmt.Fprintln(w, "press Ctrl-C to stop")
	<-ctx.Done()
	fmt.Fprintln(w, "stopping the chain")
	return nil
}

// fundAccount tops an account up to eth wei of ETH and snmAmount of SNM.
func fundAccount(ctx context.Context, c *chain.Client, from *bind.TransactOpts, to common.Address, eth, snmAmount *big.Int) error {
	have, err := c.Backend().BalanceAt(ctx, to)
	if err != nil {
		return err
	}
	if have.Cmp(eth) < 0 {
		o := *from
		o.Value = new(big.Int).Sub(eth, have)
		if _, err := c.Backend().SendAndWait(ctx, &o, &to, nil); err != nil {
			return fmt.Errorf("fund %s with ETH: %w", to.Hex(), err)
		}
	}
	bal, err := c.Balance(ctx, to)
	if err != nil {
		return err
	}
	if bal.Cmp(snmAmount) < 0 {
		if _, err := c.Transfer(ctx, from, to, new(big.Int).Sub(snmAmount, bal)); err != nil {
			return fmt.Errorf("fund %s with SNM: %w", to.Hex(), err)
		}
	}
	return nil
}

func newChainAdvanceCmd() *cobra.Command {
	var rpcURL, depPath string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "advance DURATION",
		Short: "Move the dev chain's clock forward (e.g. 30d, 121d, 90m)",
		Long: `Seal a block whose timestamp is DURATION after the latest one, through the dev
chain's sonm_increaseTime JSON-RPC method. Only the embedded chain offers it.
DURATION is a Go duration (90m, 36h), optionally led by a number of days
(30d, 1d1m).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := parseDays(args[0])
			if err != nil {
				return err
			}
			url := rpcURL
			if url == "" {
				p := depPath
				if p == "" {
					p = defaultDeploymentPath()
				}
				dep, err := chain.LoadDeployment(p)
				if err != nil {
					return err
				}
				url = dep.RPC
			}
			b, err := backend.Dial(cmd.Context(), url, backend.Config{}, nil)
			if err != nil {
				return err
			}
			defer b.Close()
			var ts uint64
			if err := b.RPC().CallContext(cmd.Context(), &ts, "sonm_increaseTime", uint64(d/time.Second)); err != nil {
				return fmt.Errorf("advance the clock: %w (only the embedded dev chain can do this)", err)
			}
			return writeResult(cmd.OutOrStdout(), asJSON, map[string]string{"chain_time": unixRFC3339(ts)}, func(w io.Writer) {
				fmt.Fprintf(w, "chain time is now %s\n", fmtTime(time.Unix(int64(ts), 0)))
			})
		},
	}
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "JSON-RPC URL of the dev chain (default: from the deployment file)")
	cmd.Flags().StringVar(&depPath, "deployment", "", "deployment file (default $"+EnvDeployment+" or ~/.sonm/deployment.json)")
	cmd.Flags().BoolVar(&asJSON, flagJSON, false, "print machine-readable JSON")
	return cmd
}

// parseDays reads a Go duration, optionally led by a whole number of days:
// "30d", "1d12h", "90m".
func parseDays(s string) (time.Duration, error) {
	bad := fmt.Errorf("%q is not a duration (examples: 30d, 1d12h, 36h, 90m)", s)
	const day = 24 * time.Hour
	var d time.Duration
	rest := s
	if i := strings.IndexByte(s, 'd'); i >= 0 {
		n, err := strconv.ParseUint(s[:i], 10, 63)
		if err != nil || i == 0 {
			return 0, bad
		}
		if n > uint64(math.MaxInt64/day) {
			return 0, fmt.Errorf("%q is too far: at most %d days", s, math.MaxInt64/day)
		}
		d, rest = time.Duration(n)*day, s[i+1:]
	}
	if rest != "" {
		more, err := time.ParseDuration(rest)
		if err != nil || more < 0 || (rest[0] < '0' || rest[0] > '9') {
			return 0, bad
		}
		if more > math.MaxInt64-d {
			return 0, fmt.Errorf("%q is too far", s)
		}
		d += more
	}
	if d < time.Second {
		return 0, errors.New("duration must be at least one second")
	}
	return d, nil
}
