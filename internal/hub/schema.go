package hub

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// migration brings the hub's database from one schema version to the
// next, inside the transaction that also records the new version.
type migration struct {
	what string
	up   func(ctx context.Context, tx *sql.Tx) error
}

// migrations are the schema's history: migrations[i] takes a database
// from version i to i+1 (PRAGMA user_version). Append only; a released
// migration is never edited.
var migrations = []migration{
	// Version 1 is the schema sonm wrote before it recorded versions, so a
	// database with user_version 0 and these tables already is version 1
	// (every statement is IF NOT EXISTS).
	{"tasks, units, assignments, earnings, batches, meta", execSQL(`
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
`)},
	// The payout query reads the unpaid earnings in assignment order: on
	// (batch, miner) it sorted them all in a temporary B-tree each round;
	// (batch) alone keeps them in rowid order. The pending batches were a
	// full scan, each payout round, of a table that only grows; a partial
	// index holds just those rows. (The unfinished tasks, read once per
	// start, stay a scan: a partial index on the task state cost the hot
	// path about a third of its store time per task, BenchmarkApplyTasks.)
	{"indexes for the payout queries", execSQL(`
DROP INDEX earnings_unpaid;
CREATE INDEX earnings_batch ON earnings (batch);
CREATE INDEX batches_sending ON batches (id) WHERE state = 'sending';
`)},
}

func execSQL(q string) func(context.Context, *sql.Tx) error {
	return func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
}

// errNewerSchema: the database was written by a newer sonm.
var errNewerSchema = errors.New("hub database is newer than this sonm")

// migrate brings db to the newest schema version, one transaction per
// migration, so a failure leaves it at the last version that completed.
func migrate(ctx context.Context, db *sql.DB, path string, migrations []migration) error {
	v, err := schemaVersion(ctx, db)
	if err != nil {
		return fmt.Errorf("hub database %s: %w", path, err)
	}
	if v > len(migrations) {
		return fmt.Errorf("%w: %s has schema version %d, this sonm knows up to %d: run the sonm that wrote it or a newer one",
			errNewerSchema, path, v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		m := migrations[v]
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("hub database %s: upgrade to version %d: %w", path, v+1, err)
		}
		if err := m.up(ctx, tx); err != nil {
			tx.Rollback()
			return fmt.Errorf("hub database %s: upgrade to version %d (%s): %w", path, v+1, m.what, err)
		}
		// The version is in the database header, written by this same
		// transaction.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("hub database %s: upgrade to version %d: %w", path, v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("hub database %s: upgrade to version %d: %w", path, v+1, err)
		}
	}
	return nil
}

func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
