package hub

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"
)

// store is the hub's SQLite database. Everything the hub promises (a task
// accepted, an assignment sent, a result counted, a payout owed or sent) is
// written here before it is acted on, in one transaction per batch of
// events, so that a killed hub resumes exactly where it was.
type store struct {
	db *sql.DB

	mu     sync.Mutex // apply's prepared statements; apply runs on the loop, and once before it
	stmts  map[string]*sql.Stmt
	multis map[multiKey]string
	keyed  map[string]bool
}

const schema = `
CREATE TABLE IF NOT EXISTS tasks (
	num         INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,  -- deal id
	buyer       TEXT NOT NULL,
	name        TEXT NOT NULL,
	spec        BLOB NOT NULL,
	bundle      TEXT NOT NULL,         -- magnet the buyer gave
	info_hash   TEXT NOT NULL,
	price       TEXT NOT NULL,         -- wei in escrow
	unit_pay    TEXT NOT NULL,         -- wei per verified replica
	units       INTEGER NOT NULL,
	replication INTEGER NOT NULL,
	deadline    INTEGER NOT NULL,      -- unix seconds
	state       TEXT NOT NULL,
	error       TEXT NOT NULL DEFAULT '',
	result_hash TEXT NOT NULL DEFAULT '',
	magnet      TEXT NOT NULL DEFAULT '',
	commit_tx   TEXT NOT NULL DEFAULT '',
	files       BLOB,                  -- msgpack []hubapi.File of the result
	created     INTEGER NOT NULL,      -- unix ms
	updated     INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS units (
	task  INTEGER NOT NULL,
	unit  INTEGER NOT NULL,
	root  TEXT NOT NULL,               -- the verified output root
	winner INTEGER NOT NULL,           -- assignment whose files make the result
	PRIMARY KEY (task, unit)
);
CREATE TABLE IF NOT EXISTS assignments (
	id      INTEGER PRIMARY KEY,
	task    INTEGER NOT NULL,
	unit    INTEGER NOT NULL,
	miner   TEXT NOT NULL,
	state   TEXT NOT NULL,             -- running, reported, failed, lost, cancelled, agreed, outvoted
	root    TEXT NOT NULL DEFAULT '',
	magnet  TEXT NOT NULL DEFAULT '',
	error   TEXT NOT NULL DEFAULT '',
	created INTEGER NOT NULL,
	done    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS assignments_task ON assignments (task, unit);
CREATE TABLE IF NOT EXISTS earnings (
	assignment INTEGER PRIMARY KEY,
	miner      TEXT NOT NULL,
	amount     TEXT NOT NULL,
	batch      INTEGER NOT NULL DEFAULT 0  -- 0 while unpaid
);
CREATE INDEX IF NOT EXISTS earnings_unpaid ON earnings (batch, miner);
CREATE TABLE IF NOT EXISTS batches (
	id      INTEGER PRIMARY KEY,
	state   TEXT NOT NULL,             -- sending, paid, failed
	txs     TEXT NOT NULL DEFAULT '',  -- hashes of every signed version, comma-separated
	raw     BLOB,                      -- the last signed transaction, to broadcast again after a restart
	created INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`

func openStore(dir string, durable bool) (*store, error) {
	path := filepath.Join(dir, "hub.db")
	sync := "FULL"
	if !durable {
		sync = "OFF"
	}
	// SQLite gives its -wal and -shm files the mode of the database.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open hub database %s: %w", path, err)
	}
	err = f.Chmod(0o600)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("open hub database %s: %w", path, err)
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(" + sync + ")&_pragma=cache_size(-32768)&_pragma=temp_store(2)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open hub database %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create hub database %s: %w", path, err)
	}
	return &store{db: db}, nil
}

func (s *store) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

// op is one statement of a batch. A fresh op inserts a new row whose key
// no other statement of its batch touches before it (an assignment, an
// earning or a verified unit just created): apply may run it earlier than
// its place in the batch, together with the other rows of its table.
type op struct {
	q     string
	args  []any
	fresh bool
}

// Chunk sizes of multi-row statements: every statement text is prepared
// once.
var chunks = [...]int{128, 32, 8, 1}

// apply runs ops in one transaction: the fresh inserts first, as
// multi-row INSERTs per table, then every other statement in order, runs
// of one keyed UPDATE on distinct rows as multi-row UPDATEs. Each
// statement text is prepared once for the life of the store, so a batch
// costs SQLite no parsing.
func (s *store) apply(ctx context.Context, ops []op) error {
	if len(ops) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	plan, err := s.plan(ops)
	if err != nil {
		return err
	}
	// Prepare what is new before the transaction takes the database's one
	// connection (preparing on the pool inside it would wait for itself).
	for _, st := range plan {
		if _, err := s.prepared(ctx, st.q); err != nil {
			return err
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("hub database: begin: %w", err)
	}
	txStmts := map[string]*sql.Stmt{}
	for _, st := range plan {
		ts := txStmts[st.q]
		if ts == nil {
			// The statement prepared on this same connection, reused.
			ts = tx.StmtContext(ctx, s.stmts[st.q])
			txStmts[st.q] = ts
		}
		if _, err := ts.ExecContext(ctx, st.args...); err != nil {
			tx.Rollback()
			return fmt.Errorf("hub database: %s: %w", st.q, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("hub database: commit: %w", err)
	}
	return nil
}

// plan is the statements that carry out ops (s.mu held).
func (s *store) plan(ops []op) ([]op, error) {
	plan := make([]op, 0, len(ops))
	// Fresh rows, grouped by statement in the order first seen.
	var groups []string
	var rows map[string][]op
	for _, o := range ops {
		if o.fresh {
			if rows == nil {
				rows = map[string][]op{}
			}
			if _, ok := rows[o.q]; !ok {
				if !strings.HasPrefix(o.q, "INSERT") || !strings.Contains(o.q, "VALUES") {
					return nil, fmt.Errorf("hub database: a fresh op must be a one-row INSERT ... VALUES (...), not %s", o.q)
				}
				groups = append(groups, o.q)
			}
			rows[o.q] = append(rows[o.q], o)
		}
	}
	for _, q := range groups {
		rs := rows[q]
		for len(rs) > 0 {
			n := chunk(min(len(rs), maxVars/max(1, len(rs[0].args))))
			if n == 1 {
				plan = append(plan, op{q: q, args: rs[0].args})
				rs = rs[1:]
				continue
			}
			mq := s.multi(q, n)
			args := make([]any, 0, n*len(rs[0].args))
			for _, r := range rs[:n] {
				args = append(args, r.args...)
			}
			plan = append(plan, op{q: mq, args: args})
			rs = rs[n:]
		}
	}
	// The rest in order; a run of the same keyed UPDATE on distinct rows
	// becomes multi-row UPDATE ... FROM (VALUES ...) statements.
	var run []op
	keys := map[any]bool{}
	endRun := func() {
		for len(run) > 0 {
			n := chunk(min(len(run), maxVars/len(run[0].args)))
			if n == 1 {
				plan = append(plan, run[0])
				run = run[1:]
				continue
			}
			args := make([]any, 0, n*len(run[0].args))
			for _, r := range run[:n] {
				args = append(args, r.args...)
			}
			plan = append(plan, op{q: s.multiUpdate(run[0].q, n), args: args})
			run = run[n:]
		}
		run = nil
		clear(keys)
	}
	for _, o := range ops {
		if o.fresh {
			continue
		}
		key, ok := rowKey(o)
		if len(run) > 0 && (o.q != run[0].q || !ok || keys[key]) {
			endRun()
		}
		if !ok || !s.keyedUpdate(o.q) {
			plan = append(plan, o)
			continue
		}
		run = append(run, o)
		keys[key] = true
	}
	endRun()
	return plan, nil
}

// rowKey is the last argument of o, the key of a keyed UPDATE, when it is
// of a kind that can be compared.
func rowKey(o op) (any, bool) {
	if len(o.args) == 0 {
		return nil, false
	}
	switch k := o.args[len(o.args)-1].(type) {
	case int, int64, uint64, string:
		return k, true
	}
	return nil, false
}

// maxVars bounds the parameters of one statement (SQLite's historic
// limit is 999).
const maxVars = 900

// chunk is the largest chunk size that fits in n rows.
func chunk(n int) int {
	for _, c := range chunks {
		if c <= n {
			return c
		}
	}
	return 1
}

// keyedUpdate matches "UPDATE t SET a = ?, b = ? WHERE k = ?": every value
// a parameter, one row picked by one column.
var keyedUpdate = regexp.MustCompile(`^UPDATE (\w+) SET ((?:\w+ = \?, )*\w+ = \?) WHERE (\w+) = \?$`)

// keyedUpdate reports whether q has that form (s.mu held).
func (s *store) keyedUpdate(q string) bool {
	m, ok := s.keyed[q]
	if !ok {
		m = keyedUpdate.MatchString(q)
		if s.keyed == nil {
			s.keyed = map[string]bool{}
		}
		s.keyed[q] = m
	}
	return m
}

// multiUpdate is the n-row form of a keyed UPDATE (s.mu held):
// UPDATE t SET a = v.column1, b = v.column2 FROM (VALUES (?, ?, ?), ...) AS v
// WHERE t.k = v.column3. The rows' keys must differ.
func (s *store) multiUpdate(q string, n int) string {
	k := multiKey{q, n}
	if m, ok := s.multis[k]; ok {
		return m
	}
	sub := keyedUpdate.FindStringSubmatch(q)
	table, sets, key := sub[1], strings.Split(sub[2], ", "), sub[3]
	var b strings.Builder
	b.WriteString("UPDATE " + table + " SET ")
	for i, set := range sets {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s = v.column%d", strings.TrimSuffix(set, " = ?"), i+1)
	}
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(sets)+1), ", ") + ")"
	b.WriteString(" FROM (VALUES ")
	for j := 0; j < n; j++ {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tuple)
	}
	fmt.Fprintf(&b, ") AS v WHERE %s.%s = v.column%d", table, key, len(sets)+1)
	if s.multis == nil {
		s.multis = map[multiKey]string{}
	}
	s.multis[k] = b.String()
	return s.multis[k]
}

// prepared is q prepared on the database (s.mu held).
func (s *store) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := s.stmts[q]; st != nil {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("hub database: prepare %s: %w", q, err)
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[q] = st
	return st, nil
}

// multi is the n-row form of a one-row "INSERT ... VALUES (...)" (s.mu held).
func (s *store) multi(q string, n int) string {
	k := multiKey{q, n}
	if m, ok := s.multis[k]; ok {
		return m
	}
	i := strings.LastIndex(q, "VALUES")
	tuple := strings.TrimSpace(q[i+len("VALUES"):])
	var b strings.Builder
	b.WriteString(q[:i+len("VALUES")])
	b.WriteByte(' ')
	for j := 0; j < n; j++ {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tuple)
	}
	if s.multis == nil {
		s.multis = map[multiKey]string{}
	}
	s.multis[k] = b.String()
	return s.multis[k]
}

type multiKey struct {
	q string
	n int
}

func (s *store) meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, err
}

func setMeta(key, value string) op {
	return op{q: `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, args: []any{key, value}}
}
