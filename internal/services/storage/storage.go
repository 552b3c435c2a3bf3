// Package storage is the node's persistent key-value service: namespaces of
// keys with byte values and tags, kept in SQLite, spoken over the service
// protocol as storage (1): read, write, remove, find.
package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/sonm-io/sonm/internal/rpc"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"
)

// Version of the storage protocol.
const Version = 1

// Protocol is storage's dispatch graph.
func Protocol() rpc.Graph {
	p := rpc.To(rpc.Primitive())
	return rpc.Graph{
		0: rpc.Method("read", rpc.Terminal(), p),
		1: rpc.Method("write", rpc.Terminal(), p),
		2: rpc.Method("remove", rpc.Terminal(), p),
		3: rpc.Method("find", rpc.Terminal(), p),
	}
}

// Config of the storage.
type Config struct {
	Path   string // SQLite file; ":memory:" for a throwaway store
	Logger *slog.Logger
}

// Storage is the service.
type Storage struct {
	cfg Config
	db  *sql.DB
}

// New validates cfg; Open does the I/O.
func New(cfg Config) (*Storage, error) {
	if cfg.Path == "" {
		return nil, fmt.Errorf("%w: storage needs a path", rpc.ErrInvalidArgument)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Storage{cfg: cfg}, nil
}

const schema = `
CREATE TABLE IF NOT EXISTS objects (
	namespace TEXT NOT NULL,
	key       TEXT NOT NULL,
	value     BLOB NOT NULL,
	PRIMARY KEY (namespace, key)
);
CREATE TABLE IF NOT EXISTS tags (
	namespace TEXT NOT NULL,
	key       TEXT NOT NULL,
	tag       TEXT NOT NULL,
	PRIMARY KEY (namespace, tag, key)
);
CREATE INDEX IF NOT EXISTS tags_by_key ON tags (namespace, key);
`

// Open opens (and creates) the database.
func (s *Storage) Open(ctx context.Context) error {
	dsn := s.cfg.Path
	if dsn != ":memory:" {
		dsn = "file:" + dsn + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("open storage %s: %w", s.cfg.Path, err)
	}
	if s.cfg.Path == ":memory:" {
		db.SetMaxOpenConns(1) // each connection would be its own database
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return fmt.Errorf("open storage %s: schema: %w", s.cfg.Path, err)
	}
	s.db = db
	return nil
}

// Close closes the database.
func (s *Storage) Close() error {
	if s.db == nil {
		return nil
	}
	return s.db.Close()
}

// Read returns a value or rpc.ErrNotFound.
func (s *Storage) Read(ctx context.Context, ns, key string) ([]byte, error) {
	var v []byte
	err := s.db.QueryRowContext(ctx, `SELECT value FROM objects WHERE namespace = ? AND key = ?`, ns, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %s/%s", rpc.ErrNotFound, ns, key)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s/%s: %w", ns, key, err)
	}
	return v, nil
}

// Write stores a value and replaces its tags.
func (s *Storage) Write(ctx context.Context, ns, key string, value []byte, tags []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("write %s/%s: %w", ns, key, err)
	}
	defer tx.Rollback()
	if value == nil {
		value = []byte{}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO objects (namespace, key, value) VALUES (?, ?, ?)
		ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value`, ns, key, value); err != nil {
		return fmt.Errorf("write %s/%s: %w", ns, key, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE namespace = ? AND key = ?`, ns, key); err != nil {
		return fmt.Errorf("write %s/%s: tags: %w", ns, key, err)
	}
	for _, t := range tags {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO tags (namespace, key, tag) VALUES (?, ?, ?)`, ns, key, t); err != nil {
			return fmt.Errorf("write %s/%s: tag %s: %w", ns, key, t, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("write %s/%s: %w", ns, key, err)
	}
	return nil
}

// Remove deletes a key; removing a missing key is not an error.
func (s *Storage) Remove(ctx context.Context, ns, key string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("remove %s/%s: %w", ns, key, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM objects WHERE namespace = ? AND key = ?`, ns, key); err != nil {
		return fmt.Errorf("remove %s/%s: %w", ns, key, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE namespace = ? AND key = ?`, ns, key); err != nil {
		return fmt.Errorf("remove %s/%s: %w", ns, key, err)
	}
	return tx.Commit()
}

// Find lists the keys of ns that carry every one of tags, sorted; with no
// tags, every key of ns.
func (s *Storage) Find(ctx context.Context, ns string, tags []string) ([]string, error) {
	var rows *sql.Rows
	var err error
	if len(tags) == 0 {
		rows, err = s.db.QueryContext(ctx, `SELECT key FROM objects WHERE namespace = ? ORDER BY key`, ns)
	} else {
		args := []any{ns}
		for _, t := range tags {
			args = append(args, t)
		}
		args = append(args, len(dedup(tags)))
		q := `SELECT key FROM tags WHERE namespace = ? AND tag IN (?` + strings.Repeat(",?", len(tags)-1) + `)
			GROUP BY key HAVING COUNT(DISTINCT tag) = ? ORDER BY key`
		rows, err = s.db.QueryContext(ctx, q, args...)
	}
	if err != nil {
		return nil, fmt.Errorf("find in %s: %w", ns, err)
	}
	defer rows.Close()
	keys := []string{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("find in %s: %w", ns, err)
		}
		keys = append(keys, k)
	}
	return keys, rows.Err()
}

func dedup(ss []string) map[string]struct{} {
	m := make(map[string]struct{}, len(ss))
	for _, s := range ss {
		m[s] = struct{}{}
	}
	return m
}

// Service is the storage as an rpc service.
func (s *Storage) Service() *rpc.Service {
	return &rpc.Service{
		Name:    "storage",
		Version: Version,
		Graph:   Protocol(),
		Handlers: map[string]rpc.Handler{
			"read": func(ctx context.Context, ch *rpc.Channel) error {
				ns, key, err := nsKey(ch.Args)
				if err != nil {
					return err
				}
				v, err := s.Read(ctx, ns, key)
				if err != nil {
					return err
				}
				return ch.Value(ctx, v)
			},
			"write": func(ctx context.Context, ch *rpc.Channel) error {
				ns, key, err := nsKey(ch.Args)
				if err != nil {
					return err
				}
				v, err := ch.Args.Bytes(2)
				if err != nil {
					return err
				}
				tags, err := ch.Args.Strings(3)
				if err != nil {
					return err
				}
				if err := s.Write(ctx, ns, key, v, tags); err != nil {
					return err
				}
				return ch.Value(ctx)
			},
			"remove": func(ctx context.Context, ch *rpc.Channel) error {
				ns, key, err := nsKey(ch.Args)
				if err != nil {
					return err
				}
				if err := s.Remove(ctx, ns, key); err != nil {
					return err
				}
				return ch.Value(ctx)
			},
			"find": func(ctx context.Context, ch *rpc.Channel) error {
				ns, err := ch.Args.String(0)
				if err != nil {
					return err
				}
				tags, err := ch.Args.Strings(1)
				if err != nil {
					return err
				}
				keys, err := s.Find(ctx, ns, tags)
				if err != nil {
					return err
				}
				return ch.Value(ctx, keys)
			},
		},
	}
}

func nsKey(a rpc.Args) (string, string, error) {
	ns, err := a.String(0)
	if err != nil {
		return "", "", err
	}
	key, err := a.String(1)
	if err != nil {
		return "", "", err
	}
	return ns, key, nil
}
