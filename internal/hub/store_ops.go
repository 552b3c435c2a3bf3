package hub

// The hub's writes, one type each. The hub queues them on its loop
// (h.write) and the store applies a batch of them in one transaction
// through statements prepared once when the database opens.

// op is one write of a batch.
//
// Integers go to the driver as int64, the type it takes: any other would
// be converted, and boxed again, on every execution.
type op interface {
	stmt() stmt
	// args appends the statement's parameters: a keyed UPDATE's key last.
	args(dst []any) []any
}

// keyedOp is an op that changes the one row its key picks (its statement
// has a key column): runs of them on distinct rows are written as one
// multi-row UPDATE.
type keyedOp interface {
	op
	key() uint64
}

// stmt names one of the store's write statements.
type stmt uint8

const (
	stInsertTask stmt = iota
	stInsertAssignment
	stInsertEarning
	stInsertUnit
	stInsertBatch
	stTaskState
	stTaskEnded
	stTaskResult
	stTaskDone
	stAssignmentState
	stAssignmentEnded
	stAssignmentReported
	stEarningBatch
	stReleaseEarnings
	stBatchState
	stBatchTx
	stSetMeta
	numStmts
)

// stmtDef is how a statement is written. With a table and columns it is
// an INSERT of those columns or, with a key, an UPDATE of those columns
// of the row the key picks; either may be written many rows at a time.
// Otherwise q is the statement, one row at a time.
type stmtDef struct {
	table string
	cols  []string
	key   string
	// fresh: an INSERT of rows new in their batch, which no op before
	// them in the batch touches; they are written first, many per
	// statement.
	fresh bool
	q     string
}

var stmtDefs = [numStmts]stmtDef{
	stInsertTask: {table: "tasks", fresh: true, cols: []string{"num", "id", "buyer", "name", "spec", "bundle", "info_hash", "price", "unit_pay",
		"units", "replication", "deadline", "state", "created", "updated"}},
	stInsertAssignment:   {table: "assignments", fresh: true, cols: []string{"id", "task", "unit", "miner", "state", "created"}},
	stInsertEarning:      {table: "earnings", fresh: true, cols: []string{"assignment", "miner", "amount"}},
	stInsertUnit:         {table: "units", fresh: true, cols: []string{"task", "unit", "root", "winner"}},
	stInsertBatch:        {q: `INSERT INTO batches (state, created) VALUES (?, ?)`},
	stTaskState:          {table: "tasks", key: "num", cols: []string{"state", "updated"}},
	stTaskEnded:          {table: "tasks", key: "num", cols: []string{"state", "error", "updated"}},
	stTaskResult:         {table: "tasks", key: "num", cols: []string{"result_hash", "magnet", "files", "updated"}},
	stTaskDone:           {table: "tasks", key: "num", cols: []string{"state", "commit_tx", "updated"}},
	stAssignmentState:    {table: "assignments", key: "id", cols: []string{"state"}},
	stAssignmentEnded:    {table: "assignments", key: "id", cols: []string{"state", "error", "done"}},
	stAssignmentReported: {table: "assignments", key: "id", cols: []string{"state", "root", "magnet", "done"}},
	stEarningBatch:       {table: "earnings", key: "assignment", cols: []string{"batch"}},
	stReleaseEarnings:    {q: `UPDATE earnings SET batch = 0 WHERE batch = ?`},
	stBatchState:         {table: "batches", key: "id", cols: []string{"state"}},
	stBatchTx:            {q: `UPDATE batches SET txs = CASE WHEN txs = '' THEN ?1 ELSE txs || ',' || ?1 END, raw = ?2 WHERE id = ?3`},
	stSetMeta:            {q: `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`},
}

// insertTask records a task the hub accepted.
type insertTask struct {
	num                              uint64
	id, buyer, name                  string
	spec                             []byte
	bundle, infoHash, price, unitPay string
	units, repl                      int
	deadline                         int64 // unix seconds
	state                            string
	created, updated                 int64 // unix ms
}

func (o insertTask) stmt() stmt { return stInsertTask }
func (o insertTask) args(a []any) []any {
	return append(a, int64(o.num), o.id, o.buyer, o.name, o.spec, o.bundle, o.infoHash, o.price, o.unitPay,
		int64(o.units), int64(o.repl), o.deadline, o.state, o.created, o.updated)
}

// insertAssignment records a replica sent to a miner.
type insertAssignment struct {
	id, task     uint64
	unit         int
	miner, state string
	created      int64
}

func (o insertAssignment) stmt() stmt { return stInsertAssignment }
func (o insertAssignment) args(a []any) []any {
	return append(a, int64(o.id), int64(o.task), int64(o.unit), o.miner, o.state, o.created)
}

// insertEarning records what a verified replica earned its miner (unpaid).
type insertEarning struct {
	assignment    uint64
	miner, amount string // amount: wei
}

func (o insertEarning) stmt() stmt         { return stInsertEarning }
func (o insertEarning) args(a []any) []any { return append(a, int64(o.assignment), o.miner, o.amount) }

// insertUnit records a verified unit.
type insertUnit struct {
	task   uint64
	unit   int
	root   string
	winner uint64
}

func (o insertUnit) stmt() stmt { return stInsertUnit }
func (o insertUnit) args(a []any) []any {
	return append(a, int64(o.task), int64(o.unit), o.root, int64(o.winner))
}

type setTaskState struct {
	num     uint64
	state   string
	updated int64
}

func (o setTaskState) stmt() stmt         { return stTaskState }
func (o setTaskState) key() uint64        { return o.num }
func (o setTaskState) args(a []any) []any { return append(a, o.state, o.updated, int64(o.num)) }

// setTaskEnded records a task's end without a result and why.
type setTaskEnded struct {
	num        uint64
	state, err string
	updated    int64
}

func (o setTaskEnded) stmt() stmt         { return stTaskEnded }
func (o setTaskEnded) key() uint64        { return o.num }
func (o setTaskEnded) args(a []any) []any { return append(a, o.state, o.err, o.updated, int64(o.num)) }

// setTaskResult records a task's assembled result.
type setTaskResult struct {
	num                uint64
	resultHash, magnet string
	files              []byte // msgpack []hubapi.File; nil: none
	updated            int64
}

func (o setTaskResult) stmt() stmt  { return stTaskResult }
func (o setTaskResult) key() uint64 { return o.num }
func (o setTaskResult) args(a []any) []any {
	return append(a, o.resultHash, o.magnet, o.files, o.updated, int64(o.num))
}

// setTaskDone records a task's result committed (commitTx: the transaction).
type setTaskDone struct {
	num             uint64
	state, commitTx string
	updated         int64
}

func (o setTaskDone) stmt() stmt  { return stTaskDone }
func (o setTaskDone) key() uint64 { return o.num }
func (o setTaskDone) args(a []any) []any {
	return append(a, o.state, o.commitTx, o.updated, int64(o.num))
}

type setAssignmentState struct {
	id    uint64
	state string
}

func (o setAssignmentState) stmt() stmt         { return stAssignmentState }
func (o setAssignmentState) key() uint64        { return o.id }
func (o setAssignmentState) args(a []any) []any { return append(a, o.state, int64(o.id)) }

// setAssignmentEnded records a replica that ended without a result
// (failed, lost, cancelled) and why.
type setAssignmentEnded struct {
	id         uint64
	state, err string
	done       int64
}

func (o setAssignmentEnded) stmt() stmt  { return stAssignmentEnded }
func (o setAssignmentEnded) key() uint64 { return o.id }
func (o setAssignmentEnded) args(a []any) []any {
	return append(a, o.state, o.err, o.done, int64(o.id))
}

// setAssignmentReported records a replica's result.
type setAssignmentReported struct {
	id                  uint64
	state, root, magnet string
	done                int64
}

func (o setAssignmentReported) stmt() stmt  { return stAssignmentReported }
func (o setAssignmentReported) key() uint64 { return o.id }
func (o setAssignmentReported) args(a []any) []any {
	return append(a, o.state, o.root, o.magnet, o.done, int64(o.id))
}

// setEarningBatch puts an earning in a payout batch.
type setEarningBatch struct {
	assignment int64
	batch      int64
}

func (o setEarningBatch) stmt() stmt         { return stEarningBatch }
func (o setEarningBatch) key() uint64        { return uint64(o.assignment) }
func (o setEarningBatch) args(a []any) []any { return append(a, o.batch, o.assignment) }

// releaseEarnings takes a batch's earnings out of it: they are owed again.
type releaseEarnings struct{ batch int64 }

func (o releaseEarnings) stmt() stmt         { return stReleaseEarnings }
func (o releaseEarnings) args(a []any) []any { return append(a, o.batch) }

type setBatchState struct {
	id    int64
	state string // sending, paid, failed
}

func (o setBatchState) stmt() stmt         { return stBatchState }
func (o setBatchState) key() uint64        { return uint64(o.id) }
func (o setBatchState) args(a []any) []any { return append(a, o.state, o.id) }

// addBatchTx journals a signed version of a batch's transaction before it
// is sent: its hash joins the batch's, raw replaces the last.
type addBatchTx struct {
	batch int64
	hash  string
	raw   []byte
}

func (o addBatchTx) stmt() stmt         { return stBatchTx }
func (o addBatchTx) args(a []any) []any { return append(a, o.hash, o.raw, o.batch) }

type setMeta struct{ key, value string }

func (o setMeta) stmt() stmt         { return stSetMeta }
func (o setMeta) args(a []any) []any { return append(a, o.key, o.value) }
