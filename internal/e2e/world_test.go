package e2e

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	_ "modernc.org/sqlite" // reads the hub's database

	"github.com/sonm-io/sonm/examples/mandelbrot"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/hubapi"
	"github.com/sonm-io/sonm/internal/snm"
)

// Prices of the test hub, SNM per core-hour.
const (
	buyerPrice = "0.05"
	minerPay   = "0.04"
	password   = "e2e passphrase"
)

// Generous bounds: the tests run on loaded two-core machines.
const (
	cmdTimeout  = 60 * time.Second  // a short command (wallet, refund, advance)
	joinTimeout = 60 * time.Second  // a miner joins the hub
	jobTimeout  = 180 * time.Second // a whole job, submit to confirmation
	payTimeout  = 60 * time.Second  // the hub's payout batches reach the chain
)

// actor is one account of the world: its key as a hex file and, for those
// that sign through the CLI's keystore, a keystore holding it.
type actor struct {
	name     string
	key      *ecdsa.PrivateKey
	addr     common.Address
	keyFile  string
	keystore string
}

// world is a dev chain process and the actors around it; hubs and miners
// are started on demand. Everything lives under one t.TempDir().
type world struct {
	t    *testing.T
	ctx  context.Context
	dir  string
	home string
	logs string
	dep  string // deployment file

	c      *chain.Client
	owner  actor
	buyer  actor
	miners []actor

	wallet  common.Address // the hub wallet, after createHub
	locator string         // host:port the hub's locator listens on

	mu    sync.Mutex
	procs []*proc
	seq   map[string]int
}

// newWorld starts `sonm chain` with the hub owner, the buyer and nMiners
// miners funded, and connects to it.
func newWorld(t *testing.T, nMiners int) *world {
	return newWorldOn(t, nMiners, (*world).startDevChain)
}

// newWorldOn is newWorld on the chain that start brings up: it funds the
// given actors with ETH and SNM and writes the world's deployment file.
func newWorldOn(t *testing.T, nMiners int, start func(w *world, funded []actor)) *world {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	dir := t.TempDir()
	w := &world{t: t, ctx: ctx, dir: dir, home: filepath.Join(dir, "home"), logs: filepath.Join(dir, "logs"),
		dep: filepath.Join(dir, "deployment.json"), seq: map[string]int{}}
	if d := os.Getenv("SONM_E2E_LOGS"); d != "" {
		// Keep every process's output after the test, one folder per test.
		w.logs = filepath.Join(d, strings.ReplaceAll(t.Name(), "/", "_"))
		if err := os.RemoveAll(w.logs); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{w.home, w.logs} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(w.stopAll)
	w.owner = w.newActor("owner")
	w.buyer = w.newActor("buyer")
	for i := 0; i < nMiners; i++ {
		w.miners = append(w.miners, w.newActor(fmt.Sprintf("miner%d", i+1)))
	}
	start(w, append([]actor{w.owner, w.buyer}, w.miners...))
	dep, err := chain.LoadDeployment(w.dep)
	if err != nil {
		t.Fatal(err)
	}
	b, err := backend.Dial(ctx, dep.RPC, backend.Config{MaxPoll: 20 * time.Millisecond}, nil)
	if err != nil {
		t.Fatalf("dial the chain at %s: %v", dep.RPC, err)
	}
	t.Cleanup(b.Close)
	if w.c, err = chain.New(b, dep); err != nil {
		t.Fatal(err)
	}
	w.locator = freeAddr(t)
	return w
}

// Each funded actor gets what `sonm chain` gives by default.
const (
	fundETH = 100        // ETH for gas
	fundSNM = "20000000" // SNM
)

// startDevChain runs `sonm chain`, which deploys the contracts and funds the
// actors itself.
func (w *world) startDevChain(funded []actor) {
	w.t.Helper()
	args := []string{"chain", "--port", "0", "--deployment", w.dep, "--fund-keystore=false",
		"--eth", fmt.Sprint(fundETH), "--snm", fundSNM}
	for _, a := range funded {
		args = append(args, "--fund", a.addr.Hex())
	}
	ch := w.start("chain", args...)
	if _, err := ch.Stdout.waitFor(cmdTimeout, func(s string) bool { return strings.Contains(s, "press Ctrl-C to stop") }); err != nil {
		w.t.Fatalf("sonm chain did not come up: %v\nstdout:\n%s\nstderr:\n%s", err, ch.Stdout, ch.Stderr)
	}
}

func (w *world) newActor(name string) actor {
	w.t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		w.t.Fatal(err)
	}
	a := actor{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		keyFile: filepath.Join(w.dir, name+".key"), keystore: filepath.Join(w.dir, "keystore-"+name)}
	if err := os.WriteFile(a.keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		w.t.Fatal(err)
	}
	return a
}

// env is what every process of the world sees: its own HOME, the
// passphrase of the keystores, the deployment file, no inherited sonm
// settings.
func (w *world) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "SONM_") || k == "HOME" || k == "XDG_CACHE_HOME" || k == "XDG_CONFIG_HOME" {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+w.home, "XDG_CACHE_HOME="+filepath.Join(w.home, ".cache"),
		"XDG_CONFIG_HOME="+filepath.Join(w.home, ".config"), "SONM_PASSWORD="+password, "SONM_DEPLOYMENT="+w.dep)
}

func (w *world) nextLog(name string) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seq[name]++
	if w.seq[name] == 1 {
		return name
	}
	return fmt.Sprintf("%s.%d", name, w.seq[name])
}

// freeAddr finds a free loopback port by listening on :0.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// importKey puts a's key into its own keystore with `sonm key import`.
func (w *world) importKey(a actor) {
	w.t.Helper()
	w.mustRun(cmdTimeout, a.name+"-key", "key", "import", a.keyFile, "--keystore", a.keystore, "--light")
}

// createHub makes the owner's hub wallet with the CLI: create, deposit,
// register.
func (w *world) createHub() {
	w.t.Helper()
	w.importKey(w.owner)
	r := w.mustRun(cmdTimeout, "wallet-create", "hub", "wallet", "create", w.locator, "e2e hub", "--keystore", w.owner.keystore, "--json")
	var out struct {
		Wallet string `json:"wallet"`
	}
	if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil || !common.IsHexAddress(out.Wallet) {
		w.t.Fatalf("hub wallet create --json printed %q: want {\"wallet\": ADDRESS} (%v)", r.Stdout, err)
	}
	w.wallet = common.HexToAddress(out.Wallet)
	w.mustRun(cmdTimeout, "wallet-deposit", "hub", "wallet", "deposit", "100", "--keystore", w.owner.keystore)
	w.mustRun(cmdTimeout, "wallet-register", "hub", "wallet", "register", "--keystore", w.owner.keystore)
	st, err := w.c.Wallet(w.ctx, w.wallet)
	if err != nil {
		w.t.Fatal(err)
	}
	if st.State != chain.WalletRegistered {
		w.t.Fatalf("wallet %s is %s after register, want Registered", w.wallet.Hex(), st.State)
	}
}

func (w *world) hubData() string { return filepath.Join(w.dir, "hub") }

// startHub runs `sonm hub run` on the world's locator and data directory
// and waits until it serves.
func (w *world) startHub() *proc {
	w.t.Helper()
	p := w.start("hub", "hub", "run", "--key-file", w.owner.keyFile, "--wallet", w.wallet.Hex(), "--data-dir", w.hubData(),
		"--locator", w.locator, "--buyer-price", buyerPrice, "--miner-pay", minerPay, "--name", "e2e hub")
	if _, err := p.Stdout.waitFor(cmdTimeout, func(s string) bool { return strings.Contains(s, "hub \"e2e hub\" running") }); err != nil {
		w.t.Fatalf("sonm hub run did not come up: %v\nstdout:\n%s\nstderr:\n%s", err, p.Stdout, p.Stderr)
	}
	return p
}

// startMiner runs `sonm miner run --json` for miner i with two slots.
func (w *world) startMiner(i int) *proc {
	w.t.Helper()
	a := w.miners[i]
	return w.start(a.name, "miner", "run", "--hub", w.locator, "--wallet", w.wallet.Hex(), "--key-file", a.keyFile,
		"--data-dir", filepath.Join(w.dir, a.name), "--slots", "2", "--name", a.name, "--json")
}

// startMiners starts every miner and waits until each has joined.
func (w *world) startMiners() []*proc {
	w.t.Helper()
	var ps []*proc
	for i := range w.miners {
		ps = append(ps, w.startMiner(i))
	}
	for i, p := range ps {
		if _, err := p.Stdout.waitFor(joinTimeout, isEvent("joined")); err != nil {
			w.t.Fatalf("%s did not join the hub: %v\nstdout:\n%s\nstderr:\n%s", w.miners[i].name, err, p.Stdout, p.Stderr)
		}
	}
	return ps
}

// minerEvent is one line of `sonm miner run --json`.
type minerEvent struct {
	Event      string `json:"event"`
	Task       string `json:"task"`
	Unit       int    `json:"unit"`
	Assignment uint64 `json:"assignment"`
	Amount     string `json:"amount_snm"`
	Error      string `json:"error"`
}

func parseEvent(line string) (minerEvent, bool) {
	var e minerEvent
	if !strings.HasPrefix(line, "{") || json.Unmarshal([]byte(line), &e) != nil {
		return e, false
	}
	return e, true
}

func isEvent(kind string) func(string) bool {
	return func(s string) bool {
		e, ok := parseEvent(s)
		return ok && e.Event == kind
	}
}

func events(p *proc, kind string) []minerEvent {
	var out []minerEvent
	for _, s := range p.Stdout.Lines() {
		if e, ok := parseEvent(s); ok && e.Event == kind {
			out = append(out, e)
		}
	}
	return out
}

// job is a Mandelbrot task spec written for a test.
type job struct {
	path  string
	units int
	repl  int
	grid  mandelbrot.Grid
	iter  int
}

// writeJob writes the example's spec, cut to units tiles of a size-pixel
// image with iter iterations, replicated repl times, and its module.
func (w *world) writeJob(name string, units, repl, size, iter int) job {
	return w.writeJobFrom(name, units, repl, size, iter, "")
}

// writeJobFrom is writeJob with the module fetched by the miners from
// moduleURL instead of shipped in the buyer's bundle ("": bundled).
func (w *world) writeJobFrom(name string, units, repl, size, iter int, moduleURL string) job {
	w.t.Helper()
	spec, err := mandelbrot.Files.ReadFile("spec.yaml")
	if err != nil {
		w.t.Fatal(err)
	}
	mod, err := mandelbrot.Files.ReadFile("mandelbrot.wasm")
	if err != nil {
		w.t.Fatal(err)
	}
	s := string(spec)
	subs := [][2]string{
		{"count: 64", fmt.Sprintf("count: %d", units)},
		{"replication: 2", fmt.Sprintf("replication: %d", repl)},
		{`"-size", "1024"]`, fmt.Sprintf(`"-size", "%d", "-iter", "%d"]`, size, iter)},
	}
	if moduleURL != "" {
		sum := sha256.Sum256(mod)
		subs = append(subs, [2]string{"  path: mandelbrot.wasm", fmt.Sprintf("  url: %s\n  sha256: %x\n  #", moduleURL, sum)})
	}
	for _, r := range subs {
		if !strings.Contains(s, r[0]) {
			w.t.Fatalf("examples/mandelbrot/spec.yaml no longer contains %q: update writeJob", r[0])
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	dir := filepath.Join(w.dir, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		w.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mandelbrot.wasm"), mod, 0o644); err != nil {
		w.t.Fatal(err)
	}
	p := filepath.Join(dir, "spec.yaml")
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		w.t.Fatal(err)
	}
	return job{path: p, units: units, repl: repl, grid: mandelbrot.Grid{Size: size, Tiles: units}, iter: iter}
}

// unitPay is what the hub pays a miner per verified replica of a
// Mandelbrot unit (1 core for its 60 s max_duration).
func unitPay(t *testing.T) *big.Int {
	t.Helper()
	rate, err := snm.Parse(minerPay)
	if err != nil {
		t.Fatal(err)
	}
	return hubapi.UnitRunWei(rate, 1, 60*time.Second)
}

// submitJSON is what `sonm client submit --json` prints.
type submitJSON struct {
	Task       string `json:"task"`
	Error      string `json:"error"`
	PriceWei   string `json:"price_wei"`
	State      string `json:"state"`
	DealStatus string `json:"deal_status"`
	OutDir     string `json:"out_dir"`
	Root       string `json:"result_root"`
	Files      []struct {
		Path   string `json:"path"`
		Size   int64  `json:"size"`
		SHA256 string `json:"sha256"`
	} `json:"files"`
	Confirmed bool `json:"confirmed"`
}

func parseSubmit(t *testing.T, stdout string) submitJSON {
	t.Helper()
	var s submitJSON
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("client submit --json printed %q: %v", stdout, err)
	}
	return s
}

// submit starts `sonm client submit --json` of j by the buyer.
func (w *world) submit(j job, out string) *proc {
	return w.start("submit", "client", "submit", j.path, "--hub", w.locator, "--keystore", w.buyer.keystore, "--out", out, "--json")
}

// hubStatus asks the hub for a task's status (a fresh connection each
// time, so that it works across hub restarts).
func (w *world) hubStatus(task string) (hubapi.TaskStatus, error) {
	ctx, cancel := context.WithTimeout(w.ctx, 10*time.Second)
	defer cancel()
	hc, err := hubapi.DialVia(ctx, w.locator)
	if err != nil {
		return hubapi.TaskStatus{}, err
	}
	defer hc.Close()
	l, err := hc.List(ctx, hubapi.Buyer{Key: w.buyer.key})
	if err != nil {
		return hubapi.TaskStatus{}, err
	}
	for _, st := range l.Tasks {
		if strings.EqualFold(st.Task, task) {
			return st, nil
		}
	}
	return hubapi.TaskStatus{}, fmt.Errorf("the hub does not list task %s", task)
}

// balance is an account's SNM in wei.
func (w *world) balance(a common.Address) *big.Int {
	w.t.Helper()
	b, err := w.c.Balance(w.ctx, a)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// earning is one row of the hub's earnings table with its assignment.
type earning struct {
	assignment uint64
	miner      common.Address
	amount     *big.Int
	batch      int64
}

// hubDB opens the hub's SQLite database read-only.
func (w *world) hubDB() *sql.DB {
	w.t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(w.hubData(), "hub.db")+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { db.Close() })
	return db
}

func readEarnings(db *sql.DB) ([]earning, error) {
	rows, err := db.Query(`SELECT assignment, miner, amount, batch FROM earnings ORDER BY assignment`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []earning
	for rows.Next() {
		var e earning
		var miner, amount string
		if err := rows.Scan(&e.assignment, &miner, &amount, &e.batch); err != nil {
			return nil, err
		}
		v, ok := new(big.Int).SetString(amount, 10)
		if !ok {
			return nil, fmt.Errorf("earning %d: amount %q is not wei", e.assignment, amount)
		}
		e.miner, e.amount = common.HexToAddress(miner), v
		out = append(out, e)
	}
	return out, rows.Err()
}

// assignmentStates maps each assignment of miner to its state.
func assignmentStates(db *sql.DB, miner common.Address) (map[uint64]string, error) {
	rows, err := db.Query(`SELECT id, state FROM assignments WHERE lower(miner) = lower(?)`, miner.Hex())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[uint64]string{}
	for rows.Next() {
		var id uint64
		var st string
		if err := rows.Scan(&id, &st); err != nil {
			return nil, err
		}
		out[id] = st
	}
	return out, rows.Err()
}

// settle waits until the hub has paid every earning it recorded (none
// left unpaid, the chain's payouts add up to the earnings) and returns
// both.
func (w *world) settle() ([]earning, []chain.Payout) {
	w.t.Helper()
	db := w.hubDB()
	var es []earning
	var ps []chain.Payout
	err := until(w.ctx, payTimeout, 200*time.Millisecond, func() (bool, error) {
		var err error
		if es, err = readEarnings(db); err != nil {
			return false, err
		}
		if ps, err = w.c.Payouts(w.ctx, w.wallet, nil); err != nil {
			return false, err
		}
		owed, paid := new(big.Int), new(big.Int)
		for _, e := range es {
			if e.batch == 0 {
				return false, nil
			}
			owed.Add(owed, e.amount)
		}
		for _, p := range ps {
			paid.Add(paid, p.Amount)
		}
		return len(es) > 0 && owed.Cmp(paid) == 0, nil
	})
	if err != nil {
		w.t.Fatalf("the hub's payouts did not settle: %v (%d earnings, %d payouts on chain)", err, len(es), len(ps))
	}
	return es, ps
}

// checkPaidOnce checks that the chain's payouts match the hub's earnings
// miner by miner, that every paid batch landed in exactly one transaction,
// and that the total is verified replicas x unit pay.
func (w *world) checkPaidOnce(es []earning, ps []chain.Payout, pay *big.Int) {
	w.t.Helper()
	owed := map[common.Address]*big.Int{}
	for _, e := range es {
		if e.amount.Cmp(pay) != 0 {
			w.t.Errorf("earning of assignment %d is %s wei, want the unit pay %s", e.assignment, e.amount, pay)
		}
		if owed[e.miner] == nil {
			owed[e.miner] = new(big.Int)
		}
		owed[e.miner].Add(owed[e.miner], e.amount)
	}
	paid := map[common.Address]*big.Int{}
	txs := map[common.Hash]bool{}
	total := new(big.Int)
	for _, p := range ps {
		if paid[p.Miner] == nil {
			paid[p.Miner] = new(big.Int)
		}
		paid[p.Miner].Add(paid[p.Miner], p.Amount)
		total.Add(total, p.Amount)
		txs[p.Tx] = true
	}
	for m, v := range owed {
		if got := paid[m]; got == nil || got.Cmp(v) != 0 {
			w.t.Errorf("miner %s: paid %v wei on chain, want %s (its earnings in the hub's database)", m.Hex(), got, v)
		}
	}
	for m, v := range paid {
		if owed[m] == nil {
			w.t.Errorf("miner %s: paid %s wei on chain, but the hub recorded no earnings for it", m.Hex(), v)
		}
	}
	want := new(big.Int).Mul(pay, big.NewInt(int64(len(es))))
	if total.Cmp(want) != 0 {
		w.t.Errorf("paid %s wei in total, want %d verified replicas x %s = %s", total, len(es), pay, want)
	}
	// Each batch the hub marked paid is one transaction on chain; a batch
	// sent again after a restart must not land twice.
	rows, err := w.hubDB().Query(`SELECT id, state, txs FROM batches`)
	if err != nil {
		w.t.Fatal(err)
	}
	defer rows.Close()
	landed := 0
	for rows.Next() {
		var id int64
		var state, list string
		if err := rows.Scan(&id, &state, &list); err != nil {
			w.t.Fatal(err)
		}
		n := 0
		for _, h := range strings.Split(list, ",") {
			if h != "" && txs[common.HexToHash(h)] {
				n++
			}
		}
		if state == "paid" && n != 1 {
			w.t.Errorf("batch %d is paid, and %d of its signed transactions (%s) carry payouts on chain, want 1", id, n, list)
		}
		landed += n
	}
	if landed != len(txs) {
		w.t.Errorf("%d transactions carry payouts, %d of them belong to the hub's batches", len(txs), landed)
	}
}

// escrow is what the deals contract holds for open deals: its balance less
// what it credits to the world's hub wallet (confirmed deals whose money
// the hub has not released into its wallet yet).
func (w *world) escrow() *big.Int {
	w.t.Helper()
	var held *big.Int
	// The hub may release credit between the two reads: read until both
	// come from the same state.
	err := until(w.ctx, cmdTimeout, 50*time.Millisecond, func() (bool, error) {
		bal, err := w.c.Balance(w.ctx, w.c.Deployment().Deals)
		if err != nil {
			return false, err
		}
		credited := new(big.Int)
		if w.wallet != (common.Address{}) {
			if credited, err = w.c.Credited(w.ctx, w.wallet); err != nil {
				return false, err
			}
		}
		again, err := w.c.Balance(w.ctx, w.c.Deployment().Deals)
		if err != nil || again.Cmp(bal) != 0 {
			return false, err
		}
		held = new(big.Int).Sub(bal, credited)
		return true, nil
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return held
}
