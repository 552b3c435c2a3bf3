package hub

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"
)

// store is the hub's SQLite database. Everything the hub promises (a task
// accepted, an assignment sent, a result counted, a payout owed or sent) is
// written here before it is acted on, in one transaction per batch of
// events, so that a killed hub resumes exactly where it was. Its schema
// is versioned (schema.go); its writes are typed ops (store_ops.go), its
// reads methods (store_read.go): no SQL outside these files.
type store struct {
	db *sql.DB
	// prepared[st][i] writes chunks[i] rows of st; nil where st is not
	// written that many at a time.
	prepared [numStmts][len(chunks)]*sql.Stmt
}

// Chunk sizes of multi-row statements, largest first.
var chunks = [...]int{128, 32, 8, 1}

// maxVars bounds the parameters of one statement (SQLite's historic
// limit is 999).
const maxVars = 900

func openStore(ctx context.Context, dir string, durable bool) (*store, error) {
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
	if err := migrate(ctx, db, path, migrations); err != nil {
		db.Close()
		return nil, err
	}
	s := &store{db: db}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open hub database %s: %w", path, err)
	}
	return s, nil
}

// prepare prepares every write statement in every size it is written in.
func (s *store) prepare(ctx context.Context) error {
	for st, d := range stmtDefs {
		for i, n := range chunks {
			q := d.sql(n)
			if q == "" {
				continue
			}
			p, err := s.db.PrepareContext(ctx, q)
			if err != nil {
				return fmt.Errorf("prepare %s (%d rows): %w", d.sql(1), n, err)
			}
			s.prepared[st][i] = p
		}
	}
	return nil
}

// sql is the statement that writes n rows, or "" if d is not written n
// rows at a time.
func (d stmtDef) sql(n int) string {
	if d.q != "" || d.table == "" {
		if n != 1 {
			return ""
		}
		return d.q
	}
	vars := len(d.cols)
	if d.key != "" {
		vars++
	}
	if n > 1 && (n*vars > maxVars || (d.key == "" && !d.fresh)) {
		return ""
	}
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", vars), ", ") + ")"
	var b strings.Builder
	switch {
	case d.key == "":
		fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES ", d.table, strings.Join(d.cols, ", "))
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tuple)
		}
	case n == 1:
		fmt.Fprintf(&b, "UPDATE %s SET %s = ? WHERE %s = ?", d.table, strings.Join(d.cols, " = ?, "), d.key)
	default:
		// UPDATE t SET a = v.column1, b = v.column2 FROM (VALUES (?, ?, ?), ...) AS v
		// WHERE t.k = v.column3; the rows' keys must differ.
		fmt.Fprintf(&b, "UPDATE %s SET ", d.table)
		for i, c := range d.cols {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s = v.column%d", c, i+1)
		}
		b.WriteString(" FROM (VALUES ")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tuple)
		}
		fmt.Fprintf(&b, ") AS v WHERE %s.%s = v.column%d", d.table, d.key, vars)
	}
	return b.String()
}

func (s *store) Close() error {
	for st := range s.prepared {
		for i, p := range s.prepared[st] {
			if p != nil {
				p.Close()
				s.prepared[st][i] = nil
			}
		}
	}
	return s.db.Close()
}

// apply writes ops in one transaction.
func (s *store) apply(ctx context.Context, ops ...op) error {
	if len(ops) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("hub database: begin: %w", err)
	}
	if err := s.write(ctx, tx, ops); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("hub database: commit: %w", err)
	}
	return nil
}

// write runs ops in tx: the fresh inserts first, as multi-row INSERTs per
// table, then every other op in order, runs of one keyed UPDATE on
// distinct rows as multi-row UPDATEs.
func (s *store) write(ctx context.Context, tx *sql.Tx, ops []op) error {
	w := txWriter{s: s, tx: tx}
	var rows []op
	for st := range stmtDefs {
		if !stmtDefs[st].fresh {
			continue
		}
		rows = rows[:0]
		for _, o := range ops {
			if o.stmt() == stmt(st) {
				rows = append(rows, o)
			}
		}
		if err := w.rows(ctx, stmt(st), rows); err != nil {
			return err
		}
	}
	// The rest in order.
	var run []op
	keys := map[uint64]bool{}
	for i, o := range ops {
		st := o.stmt()
		if stmtDefs[st].fresh {
			continue
		}
		k, keyed := o.(keyedOp)
		if len(run) > 0 && (!keyed || st != run[0].stmt() || keys[k.key()]) {
			if err := w.rows(ctx, run[0].stmt(), run); err != nil {
				return err
			}
			run = run[:0]
			clear(keys)
		}
		if !keyed {
			if err := w.rows(ctx, st, ops[i:i+1]); err != nil {
				return err
			}
			continue
		}
		run = append(run, o)
		keys[k.key()] = true
	}
	if len(run) > 0 {
		return w.rows(ctx, run[0].stmt(), run)
	}
	return nil
}

// txWriter runs the store's prepared statements in one transaction.
type txWriter struct {
	s     *store
	tx    *sql.Tx
	stmts [numStmts][len(chunks)]*sql.Stmt
	args  []any
}

// rows writes ops, all of statement st, in as few statements as its
// sizes allow.
func (w *txWriter) rows(ctx context.Context, st stmt, ops []op) error {
	for len(ops) > 0 {
		i := 0
		for chunks[i] > len(ops) || w.s.prepared[st][i] == nil {
			i++ // ends at 1 row, always prepared
		}
		n := chunks[i]
		p := w.stmts[st][i]
		if p == nil {
			// The statement prepared on this same connection, reused.
			p = w.tx.StmtContext(ctx, w.s.prepared[st][i])
			w.stmts[st][i] = p
		}
		w.args = w.args[:0]
		for _, o := range ops[:n] {
			w.args = o.args(w.args)
		}
		if _, err := p.ExecContext(ctx, w.args...); err != nil {
			return fmt.Errorf("hub database: %s (%d rows): %w", stmtDefs[st].sql(1), n, err)
		}
		ops = ops[n:]
	}
	return nil
}
