package node

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sonm-io/sonm/internal/locator"
	"github.com/sonm-io/sonm/internal/rpc"
	"github.com/sonm-io/sonm/internal/services/app"
	"github.com/sonm-io/sonm/internal/services/logging"
	"github.com/sonm-io/sonm/internal/services/storage"
	"github.com/sonm-io/sonm/sdk/service"
	"github.com/sonm-io/sonm/sdk/worker"
)

// The test binary doubles as the app: started with SONM_TEST_WORKER set, it
// runs a worker instead of the tests.
func TestMain(m *testing.M) {
	switch os.Getenv("SONM_TEST_WORKER") {
	case "":
		os.Exit(m.Run())
	case "silent":
		silentWorker()
	default:
		worker.Run(testHandlers())
	}
	os.Exit(0)
}

func testHandlers() map[string]worker.Handler {
	return map[string]worker.Handler{
		"upper": func(ctx context.Context, req worker.Request, resp worker.Response) error {
			for {
				b, err := req.Read(ctx)
				if errors.Is(err, io.EOF) {
					return nil
				}
				if err != nil {
					return err
				}
				if err := resp.Write(ctx, bytes.ToUpper(b)); err != nil {
					return err
				}
			}
		},
		"store": func(ctx context.Context, req worker.Request, resp worker.Response) error {
			body, err := req.ReadAll(ctx)
			if err != nil {
				return err
			}
			st := service.New(ctx, "storage")
			defer st.Close()
			if _, err := st.Call(ctx, "write", "apps", "last", body); err != nil {
				return err
			}
			got, err := st.Call(ctx, "read", "apps", "last")
			if err != nil {
				return err
			}
			b, _ := rpc.AsBytes(got[0])
			return resp.Write(ctx, b)
		},
		"crash": func(ctx context.Context, req worker.Request, resp worker.Response) error {
			_ = resp.Write(ctx, []byte("about to crash"))
			time.Sleep(50 * time.Millisecond)
			os.Exit(3)
			return nil
		},
		"fail": func(ctx context.Context, req worker.Request, resp worker.Response) error {
			return errors.New("handler failed on purpose")
		},
	}
}

// silentWorker handshakes and then never heartbeats: a hung app.
func silentWorker() {
	opts, err := worker.ParseArgs(os.Args[1:])
	if err != nil {
		os.Exit(2)
	}
	nc, err := net.Dial("unix", opts.Endpoint)
	if err != nil {
		os.Exit(1)
	}
	b, _ := rpc.AppendFrame(nil, rpc.Frame{Channel: 1, Slot: 0, Args: []any{opts.UUID}})
	nc.Write(b)
	time.Sleep(time.Hour)
}

type world struct {
	loc     *locator.Locator
	locAddr string
	node    *Node
}

func serve(t *testing.T, svc *rpc.Service) locator.Endpoint {
	t.Helper()
	srv, err := rpc.NewServer(svc, rpc.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(context.Background(), ln)
	t.Cleanup(func() { srv.Close() })
	return locator.EndpointOf(ln.Addr())
}

// startWorld runs a locator, storage, logging and node service on loopback,
// with the apps "testapp" (this binary in worker mode) and "silent".
func startWorld(t *testing.T, mode string, cfg Config) *world {
	t.Helper()
	t.Setenv("SONM_TEST_WORKER", mode)
	loc, err := locator.New(locator.Config{UUID: "node-test"})
	if err != nil {
		t.Fatal(err)
	}
	locEP := serve(t, loc.Service())
	loc.SetEndpoints([]locator.Endpoint{locEP})
	st, err := storage.New(storage.Config{Path: filepath.Join(t.TempDir(), "st.db")})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	loc.Register(locator.Record{Name: "storage", Endpoints: []locator.Endpoint{serve(t, st.Service())}, Version: storage.Version, Graph: storage.Protocol()})
	lg := logging.New(testLogger(t), logging.Debug)
	loc.Register(locator.Record{Name: "logging", Endpoints: []locator.Endpoint{serve(t, lg.Service())}, Version: logging.Version, Graph: logging.Protocol()})

	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Apps = map[string]string{"testapp": exe}
	cfg.SocketDir = t.TempDir()
	cfg.LocatorAddr = locEP.String()
	cfg.Logger = testLogger(t)
	n, err := New(cfg, loc, ProcessSpawner{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	loc.Register(locator.Record{Name: "node", Endpoints: []locator.Endpoint{serve(t, n.Service())}, Version: 1, Graph: app.NodeProtocol()})
	return &world{loc: loc, locAddr: locEP.String(), node: n}
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// enqueue calls event on app through its resolved service with body chunks.
func enqueue(ctx context.Context, locAddr, appName, event string, chunks ...string) ([]string, error) {
	conn, rec, err := locator.DialService(ctx, locAddr, appName, rpc.Config{})
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	ch, err := conn.Open(ctx, rec.Graph, "enqueue", event)
	if err != nil {
		return nil, err
	}
	for _, c := range chunks {
		if err := ch.Write(ctx, []byte(c)); err != nil {
			return nil, err
		}
	}
	if err := ch.CloseSend(ctx); err != nil {
		return nil, err
	}
	var out []string
	for {
		m, err := ch.Recv(ctx)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch m.Name {
		case "write":
			b, _ := m.Args.Bytes(0)
			out = append(out, string(b))
		case "error":
			return out, errorOf(m.Args)
		}
	}
}

func errorOf(args rpc.Args) error {
	re := &rpc.RemoteError{}
	if pair, ok := args.Get(0).([]any); ok && len(pair) == 2 {
		c, _ := rpc.AsInt(pair[0])
		n, _ := rpc.AsInt(pair[1])
		re.Code = rpc.Code{Category: int(c), Code: int(n)}
	}
	re.Message, _ = rpc.AsString(args.Get(1))
	return re
}

func TestAppLifecycle(t *testing.T) {
	w := startWorld(t, "normal", Config{})
	ctx := testCtx(t)
	nodeSvc := service.NewAt(w.locAddr, "node")
	defer nodeSvc.Close()

	if _, err := nodeSvc.Call(ctx, "start_app", "nope", "default"); !errors.Is(err, rpc.ErrInvalidArgument) {
		t.Fatalf("got %v, want %v for an unknown app", err, rpc.ErrInvalidArgument)
	}
	if _, err := nodeSvc.Call(ctx, "start_app", "testapp", "default"); err != nil {
		t.Fatal(err)
	}
	got, err := nodeSvc.Call(ctx, "list")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got[0], []any{"testapp"}) {
		t.Fatalf("got %v, want [testapp]", got[0])
	}

	tests := []struct {
		name    string
		event   string
		chunks  []string
		want    []string
		wantErr error
	}{
		{"streamed body and reply", "upper", []string{"hello ", "world"}, []string{"HELLO ", "WORLD"}, nil},
		{"app uses storage through the sdk", "store", []string{"kept"}, []string{"kept"}, nil},
		{"handler error", "fail", nil, nil, rpc.ErrUnknown},
		{"unknown event", "nope", nil, nil, rpc.ErrSlotNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := enqueue(ctx, w.locAddr, "testapp", tt.event, tt.chunks...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr == nil && !reflect.DeepEqual(out, tt.want) {
				t.Fatalf("got %q, want %q", out, tt.want)
			}
		})
	}

	t.Run("enqueue through the node service", func(t *testing.T) {
		st, err := nodeSvc.Open(ctx, "enqueue", "testapp", "upper")
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Send(ctx, "write", []byte("via node")); err != nil {
			t.Fatal(err)
		}
		if err := st.Send(ctx, "close"); err != nil {
			t.Fatal(err)
		}
		b, err := st.ReadAll(ctx)
		if err != nil || string(b) != "VIA NODE" {
			t.Fatalf("got %q %v, want VIA NODE", b, err)
		}
	})

	t.Run("crash gives the pending call an error and restarts", func(t *testing.T) {
		_, err := enqueue(ctx, w.locAddr, "testapp", "crash")
		if !errors.Is(err, rpc.ErrServiceNotAvailable) {
			t.Fatalf("got %v, want %v", err, rpc.ErrServiceNotAvailable)
		}
		out, err := enqueue(ctx, w.locAddr, "testapp", "upper", "again")
		if err != nil || !reflect.DeepEqual(out, []string{"AGAIN"}) {
			t.Fatalf("got %q %v, want AGAIN after restart", out, err)
		}
		info, err := nodeSvc.Call(ctx, "info", "testapp")
		if err != nil {
			t.Fatal(err)
		}
		m := info[0].(map[any]any)
		if r, _ := rpc.AsInt(m["restarts"]); r < 1 || m["state"] != "running" {
			t.Fatalf("got %v, want running with at least one restart", m)
		}
	})

	t.Run("pause withdraws the service", func(t *testing.T) {
		if _, err := nodeSvc.Call(ctx, "pause_app", "testapp"); err != nil {
			t.Fatal(err)
		}
		lc, err := locator.Dial(ctx, w.locAddr, rpc.Config{})
		if err != nil {
			t.Fatal(err)
		}
		defer lc.Close()
		if _, err := lc.Resolve(ctx, "testapp"); !errors.Is(err, rpc.ErrServiceNotAvailable) {
			t.Fatalf("got %v, want %v", err, rpc.ErrServiceNotAvailable)
		}
		if _, err := nodeSvc.Call(ctx, "pause_app", "testapp"); !errors.Is(err, rpc.ErrServiceNotAvailable) {
			t.Fatalf("got %v, want %v", err, rpc.ErrServiceNotAvailable)
		}
	})
}

func TestSilentWorkerIsRestarted(t *testing.T) {
	w := startWorld(t, "silent", Config{HeartbeatTimeout: 300 * time.Millisecond, MaxBackoff: 100 * time.Millisecond})
	ctx := testCtx(t)
	if err := w.node.StartApp(ctx, "testapp", ""); err != nil {
		t.Fatal(err)
	}
	a, err := w.node.app("testapp")
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		info := a.Info()
		if info["restarts"].(int) >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %v, want at least 2 restarts of a silent worker", info)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func testLogger(t *testing.T) *slogLogger { return newTestLogger(t) }

func TestSocketPathStaysShort(t *testing.T) {
	uuid := "0123456789abcdef0123456789abcdef"
	tests := []struct {
		name string
		dir  string
	}{
		{"short dir", "/tmp/x"},
		{"long dir", "/" + strings.Repeat("d", 150)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := socketPath(tt.dir, "app", uuid); len(got) >= 100 {
				t.Fatalf("got %d bytes (%s), want under 100", len(got), got)
			}
		})
	}
}
