package hub

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/hubapi"
)

// The store's reads, and the payout journal's transactions (the chain
// worker writes those itself, outside the loop's batches).

// The queries that run often or over growing tables
// (TestHotQueriesUseIndexes). The state in qSendingBatches is a literal
// so that the partial index's condition matches.
const (
	qTaskAssignments = `SELECT id, unit, miner, state, root, magnet, created FROM assignments WHERE task = ?`
	qOwed            = `SELECT assignment, miner, amount FROM earnings WHERE batch = 0 ORDER BY assignment LIMIT ?`
	qSendingBatches  = `SELECT id, txs, raw FROM batches WHERE state = 'sending'`
)

func (s *store) meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// lastIDs are the highest task number and assignment id used (0: none).
func (s *store) lastIDs(ctx context.Context) (task, asg uint64, err error) {
	var t, a sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT MAX(num) FROM tasks), (SELECT MAX(id) FROM assignments)`).Scan(&t, &a); err != nil {
		return 0, 0, fmt.Errorf("hub database: %w", err)
	}
	return uint64(t.Int64), uint64(a.Int64), nil
}

// taskRow is a task as stored.
type taskRow struct {
	num                                                                uint64
	id, buyer, bundle, infoHash, price, unitPay, state, result, magnet string
	spec, files                                                        []byte
	deadline, created, updated                                         int64
}

// openTasks are the tasks not done, failed or cancelled, oldest first.
func (s *store) openTasks(ctx context.Context) ([]taskRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT num, id, buyer, spec, bundle, info_hash, price, unit_pay, deadline, state, result_hash, magnet, files, created, updated
		FROM tasks WHERE state NOT IN (?, ?, ?) ORDER BY num`, hubapi.StateDone, hubapi.StateFailed, hubapi.StateCancelled)
	if err != nil {
		return nil, fmt.Errorf("hub database: %w", err)
	}
	defer rows.Close()
	var rs []taskRow
	for rows.Next() {
		var r taskRow
		if err := rows.Scan(&r.num, &r.id, &r.buyer, &r.spec, &r.bundle, &r.infoHash, &r.price, &r.unitPay, &r.deadline, &r.state,
			&r.result, &r.magnet, &r.files, &r.created, &r.updated); err != nil {
			return nil, fmt.Errorf("hub database: %w", err)
		}
		rs = append(rs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("hub database: %w", err)
	}
	return rs, nil
}

// unitRow is a verified unit.
type unitRow struct {
	unit   int
	root   string
	winner uint64
}

func (s *store) taskUnits(ctx context.Context, task uint64) ([]unitRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT unit, root, winner FROM units WHERE task = ?`, task)
	if err != nil {
		return nil, fmt.Errorf("hub database: units of task %d: %w", task, err)
	}
	defer rows.Close()
	var us []unitRow
	for rows.Next() {
		var u unitRow
		if err := rows.Scan(&u.unit, &u.root, &u.winner); err != nil {
			return nil, fmt.Errorf("hub database: units of task %d: %w", task, err)
		}
		us = append(us, u)
	}
	return us, rows.Err()
}

// asgRow is a replica as stored.
type asgRow struct {
	id                         uint64
	unit                       int
	miner, state, root, magnet string
	created                    int64
}

func (s *store) taskAssignments(ctx context.Context, task uint64) ([]asgRow, error) {
	rows, err := s.db.QueryContext(ctx, qTaskAssignments, task)
	if err != nil {
		return nil, fmt.Errorf("hub database: replicas of task %d: %w", task, err)
	}
	defer rows.Close()
	var as []asgRow
	for rows.Next() {
		var a asgRow
		if err := rows.Scan(&a.id, &a.unit, &a.miner, &a.state, &a.root, &a.magnet, &a.created); err != nil {
			return nil, fmt.Errorf("hub database: replicas of task %d: %w", task, err)
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// taskStatus is a stored task's status, hubapi.ErrUnknownTask if there is
// none.
func (s *store) taskStatus(ctx context.Context, id common.Hash) (hubapi.TaskStatus, error) {
	var st hubapi.TaskStatus
	err := s.db.QueryRowContext(ctx, `SELECT id, name, buyer, state, units, replication, error, result_hash, magnet, commit_tx, created, updated FROM tasks WHERE id = ?`, id.Hex()).
		Scan(&st.Task, &st.Name, &st.Buyer, &st.State, &st.Units, &st.Replication, &st.Error, &st.ResultHash, &st.Magnet, &st.CommitTx, &st.Created, &st.Updated)
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, id.Hex())
	}
	return st, err
}

// taskResult is a stored task's state and result (files: msgpack
// []hubapi.File), hubapi.ErrUnknownTask if there is none.
func (s *store) taskResult(ctx context.Context, id common.Hash) (r hubapi.Results, files []byte, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT id, state, result_hash, magnet, files FROM tasks WHERE id = ?`, id.Hex()).Scan(&r.Task, &r.State, &r.ResultHash, &r.Magnet, &files)
	if errors.Is(err, sql.ErrNoRows) {
		return r, nil, fmt.Errorf("%w: %s", hubapi.ErrUnknownTask, id.Hex())
	}
	return r, files, err
}

// owed are the earnings in no batch, oldest first, at most limit.
func (s *store) owed(ctx context.Context, limit int) ([]earning, error) {
	rows, err := s.db.QueryContext(ctx, qOwed, limit)
	if err != nil {
		return nil, fmt.Errorf("hub database: earnings owed: %w", err)
	}
	defer rows.Close()
	var owed []earning
	for rows.Next() {
		var e earning
		var miner, amount string
		if err := rows.Scan(&e.assignment, &miner, &amount); err != nil {
			return nil, fmt.Errorf("hub database: earnings owed: %w", err)
		}
		e.miner = common.HexToAddress(miner)
		var ok bool
		if e.amount, ok = new(big.Int).SetString(amount, 10); !ok || e.amount.Sign() < 0 {
			return nil, fmt.Errorf("hub database: earning of assignment %d: amount %q is not wei", e.assignment, amount)
		}
		owed = append(owed, e)
	}
	return owed, rows.Err()
}

// batchWei is the sum of the earnings in payout batch id.
func (s *store) batchWei(ctx context.Context, id int64) (*big.Int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT amount FROM earnings WHERE batch = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("hub database: batch %d: %w", id, err)
	}
	defer rows.Close()
	total := new(big.Int)
	for rows.Next() {
		var amount string
		if err := rows.Scan(&amount); err != nil {
			return nil, fmt.Errorf("hub database: batch %d: %w", id, err)
		}
		v, ok := new(big.Int).SetString(amount, 10)
		if !ok {
			return nil, fmt.Errorf("hub database: batch %d: amount %q is not wei", id, amount)
		}
		total.Add(total, v)
	}
	return total, rows.Err()
}

// openBatch journals a payout batch of the earnings of assignments ids
// and returns its id.
func (s *store) openBatch(ctx context.Context, ids []int64) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("hub database: begin: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.StmtContext(ctx, s.prepared[stInsertBatch][len(chunks)-1]).ExecContext(ctx, "sending", time.Now().UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("hub database: new payout batch: %w", err)
	}
	batch, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("hub database: new payout batch: %w", err)
	}
	ops := make([]op, len(ids))
	for i, id := range ids {
		ops[i] = setEarningBatch{assignment: id, batch: batch}
	}
	if err := s.write(ctx, tx, ops); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("hub database: commit: %w", err)
	}
	return batch, nil
}

// releaseBatch gives up a batch: its earnings are owed again.
func (s *store) releaseBatch(ctx context.Context, batch int64) error {
	return s.apply(ctx, setBatchState{id: batch, state: "failed"}, releaseEarnings{batch: batch})
}

// batchSigned reports whether a version of batch's transaction was signed
// (and so may have been sent).
func (s *store) batchSigned(ctx context.Context, batch int64) (bool, error) {
	var txs string
	if err := s.db.QueryRowContext(ctx, `SELECT txs FROM batches WHERE id = ?`, batch).Scan(&txs); err != nil {
		return false, fmt.Errorf("hub database: batch %d: %w", batch, err)
	}
	return txs != "", nil
}

// sendingBatch is a payout batch whose transaction's fate is unknown.
type sendingBatch struct {
	id  int64
	txs string // the hashes of its signed versions, comma-separated
	raw []byte // the last version
}

// sendingBatches are the batches in state sending.
func (s *store) sendingBatches(ctx context.Context) ([]sendingBatch, error) {
	rows, err := s.db.QueryContext(ctx, qSendingBatches)
	if err != nil {
		return nil, fmt.Errorf("hub database: pending payouts: %w", err)
	}
	defer rows.Close()
	var bs []sendingBatch
	for rows.Next() {
		var b sendingBatch
		if err := rows.Scan(&b.id, &b.txs, &b.raw); err != nil {
			return nil, fmt.Errorf("hub database: pending payouts: %w", err)
		}
		bs = append(bs, b)
	}
	return bs, rows.Err()
}
