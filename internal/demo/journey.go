package demo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/examples/mandelbrot"
	"github.com/sonm-io/sonm/internal/app"
	"github.com/sonm-io/sonm/internal/buyer"
	"github.com/sonm-io/sonm/internal/chain"
	"github.com/sonm-io/sonm/internal/delivery"
	"github.com/sonm-io/sonm/internal/executor/docker"
	"github.com/sonm-io/sonm/internal/miner"
	"github.com/sonm-io/sonm/internal/snm"
	"github.com/sonm-io/sonm/internal/trust"
)

// job is the running part of the world: a hub and its miners.
type job struct {
	hub        *app.HubRole
	miners     []*app.MinerRole
	addrs      []common.Address
	deployment string
	specPath   string
	dockerSpec string
	stop       func()
}

// journey runs the whole job: a hub, three miners that find it on the bus
// and check it on chain, and a buyer who rents them to render the
// Mandelbrot set.
func (s *story) journey(ctx context.Context, o Options, wallet common.Address, res *Result) (*job, error) {
	net := s.net
	log := slog.New(slog.DiscardHandler)
	if o.Log != nil {
		log = slog.New(slog.NewTextHandler(o.Log, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	dir := o.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "sonm-demo-")
		if err != nil {
			return nil, err
		}
		dir = d
	}
	repl := o.Replication
	if repl <= 0 {
		repl = 2
	}
	locator := o.Locator
	if locator == "" && o.Serve {
		locator = "127.0.0.1:10053"
	}
	j := &job{}
	var dw *dockerWorld
	var stopOnce sync.Once
	j.stop = func() {
		stopOnce.Do(func() {
			for _, m := range j.miners {
				m.Close()
			}
			j.hub.Close()
			dw.close()
			if o.Dir == "" {
				os.RemoveAll(dir)
			}
		})
	}
	fail := func(err error) (*job, error) {
		j.stop()
		return nil, err
	}
	if o.Serve {
		j.deployment = filepath.Join(dir, "deployment.json")
		dep := s.c.Deployment()
		dep.RPC = net.Chain.URL()
		if err := dep.Save(j.deployment); err != nil {
			return fail(err)
		}
	}

	hubOwner := net.Actor("hub-owner")
	s.step("The hub starts: it serves a locator and the hub service, and announces itself on the p2p bus.")
	h, err := StartHub(ctx, s.c, hubOwner, wallet, filepath.Join(dir, "hub"), locator, log)
	if err != nil {
		return fail(err)
	}
	j.hub = h
	s.say("  locator %s, buyers pay %s and miners get %s per core-hour", h.Hub.LocatorAddr(), snm.String(BuyerPrice), snm.String(MinerPay))
	s.say("  the hub records that endpoint in the whitelist, where miners check announcements against it")

	s.step("Three miners start. Each listens on the bus, checks the hubs it hears of against the chain, picks one and joins it.")
	if o.Docker {
		if dw, err = setupDocker(ctx, filepath.Join(dir, "hello-docker"), s.w); err != nil {
			res.DockerNote = err.Error()
			s.say("  note: no container job: %v. The miners run WebAssembly only.", err)
		} else {
			j.dockerSpec = dw.specPath
			s.say("  built %s in %s (%.1f MB tarball); the miners run Docker containers besides WebAssembly", dw.spec.Image.Ref, dw.built.Round(time.Millisecond), float64(dw.tarSize)/1e6)
		}
	}
	var mu sync.Mutex
	joined := map[string]bool{}
	joinedCh := make(chan struct{}, len(miners))
	cache := filepath.Join(dir, "wasm-cache")
	for _, name := range miners {
		a := net.Actor(name)
		j.addrs = append(j.addrs, a.Addr)
		mo := MinerOptions{
			Slots: 2, Bootstrap: h.Bus.Addrs(), CacheDir: cache, Log: log,
			Found: func(hb trust.Hub, why string) {
				mu.Lock()
				defer mu.Unlock()
				wl := ""
				if hb.Chain != nil {
					wl = fmt.Sprintf("; whitelist: %s, %s SNM free", hb.Chain.Record.Status, snm.Format(hb.Chain.Funds.Free()))
				}
				s.say("  %s heard of %q on the bus (%s%s): %s", name, hb.Announcement.Name, hb.Status, wl, why)
			},
			OnEvent: func(e miner.Event) {
				switch e.Kind {
				case miner.EventJoined:
					mu.Lock()
					if !joined[name] {
						joined[name] = true
						s.say("  %s joined the hub at %s", name, e.Hub)
						joinedCh <- struct{}{}
					}
					mu.Unlock()
				case miner.EventClaimed:
					if e.Err == nil && e.AmountWei != nil && e.AmountWei.Sign() > 0 {
						mu.Lock()
						s.say("  %s claimed %s from the hub wallet", name, snm.String(e.AmountWei))
						mu.Unlock()
					}
				}
			},
		}
		if dw != nil {
			if mo.Docker, err = docker.New(docker.DefaultConfig(), dw.api, log.With("role", name, "component", "docker")); err != nil {
				return fail(err)
			}
			mo.Images = dw.images.forMiner(name)
		}
		m, err := StartMiner(ctx, s.c, a, filepath.Join(dir, name), mo)
		if err != nil {
			return fail(err)
		}
		j.miners = append(j.miners, m)
	}
	for range miners {
		select {
		case <-joinedCh:
		case <-time.After(60 * time.Second):
			return fail(errors.New("the miners did not join the hub within a minute"))
		case <-ctx.Done():
			return fail(ctx.Err())
		}
	}
	before := map[string]*big.Int{}
	for _, name := range append([]string{"buyer"}, miners...) {
		b, err := s.c.Balance(ctx, net.Actor(name).Addr)
		if err != nil {
			return fail(err)
		}
		before[name] = b
	}

	s.step(fmt.Sprintf("A buyer rents them to render the Mandelbrot set: 64 tiles, each computed twice (replication %d) by different miners.", repl))
	specPath, err := WriteMandelbrot(filepath.Join(dir, "task"), repl)
	if err != nil {
		return fail(err)
	}
	j.specPath = specPath
	buyerActor := net.Actor("buyer")
	dn, err := delivery.New(delivery.Config{}, log.With("role", "buyer"))
	if err == nil {
		err = dn.Start(ctx)
	}
	if err != nil {
		return fail(err)
	}
	defer dn.Close()
	if err := os.MkdirAll(filepath.Join(dir, "buyer"), 0o755); err != nil {
		return fail(err)
	}
	cl, err := buyer.New(buyer.Config{Key: buyerActor.Key, Chain: s.c, Delivery: dn, Log: log, Out: s.w, WorkDir: filepath.Join(dir, "buyer")})
	if err != nil {
		return fail(err)
	}
	defer cl.Close()
	started := time.Now()
	sub, err := cl.Submit(ctx, h.Hub.LocatorAddr(), specPath, filepath.Join(dir, "buyer", "result"))
	if err != nil {
		return fail(err)
	}
	res.Task, res.DealID, res.Price = sub.Task, sub.Deal.ID, sub.Price
	res.ResultRoot = sub.Root
	res.Units = sub.Quote.Units
	res.UnitPay = new(big.Int)
	s.say("  the job took %s from submit to the confirmed deal", time.Since(started).Round(time.Millisecond))

	s.step("The buyer assembles the verified tiles into one picture.")
	img, err := mandelbrot.Assemble(sub.OutDir, mandelbrot.Grid{Size: 1024, Tiles: 64})
	if err != nil {
		return fail(err)
	}
	out := o.Image
	if out == "" {
		out = "mandelbrot.png"
	}
	if err := mandelbrot.WritePNG(out, img); err != nil {
		return fail(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return fail(err)
	}
	sum := sha256.Sum256(data)
	res.ImagePath, res.ImageSHA256 = out, hex.EncodeToString(sum[:])
	abs, _ := filepath.Abs(out)
	s.say("  wrote %s (%d bytes, sha256 %s…)", abs, len(data), res.ImageSHA256[:16])

	s.step("The hub pays the miners for every verified tile from its wallet, in batches; the miners pull their pay.")
	if cr, err := s.c.Credited(ctx, wallet); err == nil && cr.Sign() > 0 {
		// The hub moves confirmed escrow into its wallet every few seconds;
		// the owner may do it at once.
		if _, err := s.c.Release(ctx, hubOwner.Opts, wallet); err == nil {
			s.say("  the hub owner releases the confirmed escrow (%s) from the deals contract into the wallet", snm.String(cr))
		}
	}
	unitPay := new(big.Int).Quo(new(big.Int).Mul(MinerPay, big.NewInt(60_000)), big.NewInt(3600*1000)) // 1 core x 60 s
	res.UnitPay = unitPay
	want := new(big.Int).Mul(unitPay, big.NewInt(int64(res.Units*repl)))
	deadline := time.Now().Add(60 * time.Second)
	var paid []chain.Payout
	for {
		paid, err = s.c.Payouts(ctx, wallet, nil)
		if err != nil {
			return fail(err)
		}
		total := new(big.Int)
		for _, p := range paid {
			total.Add(total, p.Amount)
		}
		st, err := s.c.Wallet(ctx, wallet)
		if err != nil {
			return fail(err)
		}
		if total.Cmp(want) == 0 && st.Outstanding.Sign() == 0 {
			break
		}
		if total.Cmp(want) > 0 {
			return fail(fmt.Errorf("the hub paid %s, more than the %s that %d verified replicas earned", snm.String(total), snm.String(want), res.Units*repl))
		}
		if time.Now().After(deadline) {
			return fail(fmt.Errorf("after a minute the hub has paid %s of %s (%s not yet pulled)", snm.String(total), snm.String(want), snm.String(st.Outstanding)))
		}
		time.Sleep(100 * time.Millisecond)
	}
	res.Replicas = map[string]int{}
	per := map[common.Address]*big.Int{}
	for _, p := range paid {
		if per[p.Miner] == nil {
			per[p.Miner] = new(big.Int)
		}
		per[p.Miner].Add(per[p.Miner], p.Amount)
	}
	names := append([]string(nil), miners...)
	sort.Strings(names)
	for _, name := range names {
		a := net.Actor(name)
		got := per[a.Addr]
		if got == nil {
			got = new(big.Int)
		}
		res.MinerPaid[name] = got
		res.Replicas[name] = int(new(big.Int).Quo(got, unitPay).Int64())
		s.say("  %s: %d verified tiles, paid %s in %d payout(s)", name, res.Replicas[name], snm.String(got), count(paid, a.Addr))
	}

	s.step("Balances before and after the job:")
	for _, name := range append([]string{"buyer"}, miners...) {
		b, err := s.c.Balance(ctx, net.Actor(name).Addr)
		if err != nil {
			return fail(err)
		}
		d := new(big.Int).Sub(b, before[name])
		sign := "+"
		if d.Sign() < 0 {
			sign = "-"
			d.Neg(d)
		}
		s.say("  %-8s %s -> %s  (%s%s)", name, snm.String(before[name]), snm.String(b), sign, snm.String(d))
	}
	if err := s.wallet(ctx, wallet); err != nil {
		return fail(err)
	}
	if dw != nil {
		if res.Docker, err = s.containerJob(ctx, dw, cl, h.Hub.LocatorAddr(), wallet, filepath.Join(dir, "buyer", "hello-docker"), res.MinerPaid); err != nil {
			return fail(fmt.Errorf("the container job: %w", err))
		}
	}
	return j, nil
}

func count(ps []chain.Payout, a common.Address) int {
	n := 0
	for _, p := range ps {
		if p.Miner == a {
			n++
		}
	}
	return n
}
