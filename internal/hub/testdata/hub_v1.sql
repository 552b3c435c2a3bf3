-- The hub's database schema as sonm wrote it before schema versions (user_version 0),
-- frozen: TestUpgradeFromVersion1 builds a database from it. Never edit.
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
