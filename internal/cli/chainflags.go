package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/snm"
)

// EnvDeployment overrides the default deployment file.
const EnvDeployment = "SONM_DEPLOYMENT"

// chainFlags are shared by every command that talks to the contracts.
type chainFlags struct {
	keyFlags
	rpc        string
	deployment string
	registry   string
	from       string
}

func (f *chainFlags) register(pf *pflag.FlagSet) {
	pf.StringVar(&f.rpc, "rpc", "", "Ethereum JSON-RPC URL (default: the one in the deployment file)")
	pf.StringVar(&f.deployment, "deployment", "", "deployment file with the contract addresses (default $"+EnvDeployment+" or ~/.sonm/deployment.json)")
	pf.StringVar(&f.registry, "registry", "", "read the contract addresses from this SonmRegistry instead of a deployment file (needs --rpc)")
	pf.StringVar(&f.from, "from", "", "account to act as (default: the first account of the keystore)")
	pf.StringVar(&f.keystore, "keystore", "", "keystore directory (default $SONM_KEYSTORE or ~/.sonm/keystore)")
	pf.StringVar(&f.passwordFile, "password-file", "", "file whose first line is the passphrase (default $SONM_PASSWORD or a prompt)")
	pf.BoolVar(&f.json, "json", false, "print machine-readable JSON")
}

func defaultDeploymentPath() string {
	if p := os.Getenv(EnvDeployment); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "deployment.json"
	}
	return filepath.Join(home, ".sonm", "deployment.json")
}

// connect dials the chain and returns a contract client; done closes it.
func (f *chainFlags) connect(ctx context.Context) (*chain.Client, func(), error) {
	if f.registry != "" {
		return f.connectRegistry(ctx)
	}
	path := f.deployment
	if path == "" {
		path = defaultDeploymentPath()
	}
	dep, err := chain.LoadDeployment(path)
	if err != nil {
		return nil, nil, err
	}
	url := f.rpc
	if url == "" {
		url = dep.RPC
	}
	if url == "" {
		url = "http://127.0.0.1:8545"
	}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	b, err := backend.Dial(dctx, url, backend.Config{}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (is the chain running? start one with `sonm chain`)", err)
	}
	c, err := chain.New(b, dep)
	if err != nil {
		b.Close()
		return nil, nil, err
	}
	return c, b.Close, nil
}

func (f *chainFlags) connectRegistry(ctx context.Context) (*chain.Client, func(), error) {
	addr, err := parseAddress("--registry", f.registry)
	if err != nil {
		return nil, nil, err
	}
	if f.rpc == "" {
		return nil, nil, fmt.Errorf("--registry needs --rpc: the JSON-RPC URL of the chain it lives on")
	}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	b, err := backend.Dial(dctx, f.rpc, backend.Config{}, nil)
	if err != nil {
		return nil, nil, err
	}
	dep, err := chain.ReadRegistry(ctx, b, addr)
	if err != nil {
		b.Close()
		return nil, nil, err
	}
	c, err := chain.New(b, dep)
	if err != nil {
		b.Close()
		return nil, nil, err
	}
	return c, b.Close, nil
}

// signer unlocks the --from account (or the keystore's first).
func (f *chainFlags) signer(cmd *cobra.Command, c *chain.Client) (*bind.TransactOpts, *ecdsa.PrivateKey, error) {
	key, err := f.unlock(cmd)
	if err != nil {
		return nil, nil, err
	}
	return c.Backend().Transactor(key), key, nil
}

// unlock unlocks the --from account (or the keystore's first) without the
// chain: for what is signed but not sent as a transaction.
func (f *chainFlags) unlock(cmd *cobra.Command) (*ecdsa.PrivateKey, error) {
	store, err := f.open()
	if err != nil {
		return nil, err
	}
	var addr common.Address
	if f.from != "" {
		if addr, err = parseAddress("--from", f.from); err != nil {
			return nil, err
		}
	}
	acc, err := store.Find(addr)
	if err != nil {
		return nil, err
	}
	pass, err := f.passphrase(cmd, "Passphrase for "+acc.Address.Hex(), false)
	if err != nil {
		return nil, err
	}
	return store.Unlock(acc.Address, pass)
}

// account is --from, or the keystore's first account, without unlocking it.
func (f *chainFlags) account() (common.Address, error) {
	if f.from != "" {
		return parseAddress("--from", f.from)
	}
	store, err := f.open()
	if err != nil {
		return common.Address{}, err
	}
	acc, err := store.Find(common.Address{})
	if err != nil {
		return common.Address{}, err
	}
	return acc.Address, nil
}

func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s: %q is not an address (0x followed by 40 hex digits)", what, s)
	}
	return common.HexToAddress(s), nil
}

func parseAmount(what, s string) (*big.Int, error) {
	v, err := snm.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return v, nil
}

func parseHash(what, s string) (common.Hash, error) {
	b := common.FromHex(s)
	if len(b) != 32 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, fmt.Errorf("%s: %q is not a 32-byte hex hash (0x + 64 hex digits)", what, s)
	}
	return common.BytesToHash(b), nil
}

// output prints v as JSON with --json, else runs text.
func (f *chainFlags) output(w io.Writer, v any, text func(w io.Writer)) error {
	return writeResult(w, f.json, v, text)
}

// writeResult prints v as JSON when asJSON, else runs text.
func writeResult(w io.Writer, asJSON bool, v any, text func(w io.Writer)) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	text(w)
	return nil
}

func newTable(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// printRows prints name-value rows as an aligned table.
func printRows(w io.Writer, rows [][2]string) {
	t := newTable(w)
	for _, r := range rows {
		fmt.Fprintf(t, "%s\t%s\n", r[0], r[1])
	}
	t.Flush()
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}
