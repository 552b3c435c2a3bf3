package hub

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"
)

// store is the hub's SQLite database. Everything the hub promises (a task
// accepted, an assignment sent, a result counted, a payout owed or sent) is
// written here before it is acted on, in one transaction per batch of
// events, so that a killed hub resumes exactly where it was.
type store struct {
	db *sql.DB
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
	dsn := "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(" + sync + ")"
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

func (s *store) Close() error { return s.db.Close() }

// apply runs ops in one transaction.
func (s *store) apply(ctx context.Context, ops []op) error {
	if len(ops) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("hub database: begin: %w", err)
	}
	for _, o := range ops {
		if _, err := tx.ExecContext(ctx, o.q, o.args...); err != nil {
			tx.Rollback()
			return fmt.Errorf("hub database: %s: %w", o.q, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("hub database: commit: %w", err)
	}
	return nil
}

// op is one statement of a batch.
type op struct {
	q    string
	args []any
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
	return op{`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, []any{key, value}}
}
