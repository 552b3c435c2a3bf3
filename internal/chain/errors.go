package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sonm-io/sonm/internal/chain/backend"
	"github.com/sonm-io/sonm/internal/snm"
)

// Sentinels for the refusals of the contracts. A refused transaction returns
// an *Error that matches one of these with errors.Is.
var (
	ErrWrongState        = errors.New("wrong state")
	ErrNotAllowed        = errors.New("caller not allowed")
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrTooEarly          = errors.New("too early")
	ErrTooLate           = errors.New("too late")
	ErrBadInput          = errors.New("bad input")
	ErrUnknown           = errors.New("not found")
	ErrBadSignature      = errors.New("bad signature")
	ErrAlreadyExists     = errors.New("already exists")
)

// Error is a contract's refusal explained for a person: what happened and,
// where there is one, the command that fixes it.
type Error struct {
	Op     string // what was attempted, e.g. "pay miners"
	Kind   error  // one of the sentinels above
	Msg    string // what went wrong, in plain words
	Hint   string // what to do next; may be empty
	Revert *backend.RevertError
}

func (e *Error) Error() string {
	s := e.Op + ": " + e.Msg
	if e.Hint != "" {
		s += " (" + e.Hint + ")"
	}
	return s
}

// Is matches the sentinel of the refusal and backend.ErrReverted.
func (e *Error) Is(target error) bool { return target == e.Kind || target == backend.ErrReverted }

// Unwrap exposes the decoded revert.
func (e *Error) Unwrap() error { return e.Revert }

// walletStates names HubWallet.State values.
var walletStates = []string{"Created", "Registered", "Idle", "Suspected", "Punished"}

func stateName(v any) string {
	if n, ok := v.(uint8); ok && int(n) < len(walletStates) {
		return walletStates[n]
	}
	return fmt.Sprint(v)
}

var dealStatuses = []string{"None", "Open", "Committed", "Disputed", "Confirmed", "Refunded", "Claimed", "Resolved"}

func dealStatusName(v any) string {
	if n, ok := v.(uint8); ok && int(n) < len(dealStatuses) {
		return dealStatuses[n]
	}
	return fmt.Sprint(v)
}

func amount(v any) string {
	if b, ok := v.(*big.Int); ok {
		return snm.String(b)
	}
	return fmt.Sprint(v)
}

func when(v any) string {
	if n, ok := v.(uint64); ok {
		return time.Unix(int64(n), 0).UTC().Format(time.RFC3339)
	}
	return fmt.Sprint(v)
}

// id formats an identifier argument as a person pastes it back: a bytes32 or
// an address in 0x-hex (fmt would print a byte list), a number in decimal.
func id(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return common.Hash(x).Hex()
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	}
	return fmt.Sprint(v)
}

func arg(r *backend.RevertError, i int) any {
	if i < len(r.Args) {
		return r.Args[i]
	}
	return nil
}

// explain turns err from a transaction or call into an *Error when it is a
// revert of one of the sonm contracts; other errors are wrapped with op.
func explain(op string, err error) error {
	if err == nil {
		return nil
	}
	var r *backend.RevertError
	if !errors.As(err, &r) {
		return fmt.Errorf("%s: %w", op, err)
	}
	e := &Error{Op: op, Revert: r, Kind: ErrBadInput, Msg: r.Reason}
	switch r.Name {
	case "WrongState":
		st := stateName(arg(r, 0))
		e.Kind = ErrWrongState
		e.Msg = "the hub wallet is " + st
		switch st {
		case "Created":
			e.Hint = "run `sonm hub wallet register` first"
		case "Idle":
			e.Hint = "payouts stop at PayDay; run `sonm hub wallet register` to start a new period"
		case "Registered":
			e.Hint = "withdrawals are possible only in Created or Idle: wait for PayDay and run `sonm hub wallet payday`"
		case "Suspected":
			e.Hint = "the DAO suspects this hub; every token is blocked until it rehabilitates or bans it"
		case "Punished":
			e.Hint = "the DAO banned this hub; the wallet can never be used again"
		}
	case "NotOwner":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("%v is not the owner of this hub wallet", arg(r, 0))
		e.Hint = "use the key that created the wallet (--from)"
	case "NotDAO":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("only the DAO may do this, not %v", arg(r, 0))
		e.Hint = "propose it with `sonm dao propose` and let SNM holders vote"
	case "NotHubOwner":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("%v does not own hub %v", arg(r, 1), arg(r, 0))
	case "NotFactory", "NotDeployer", "NotListedWallet", "AccessControlUnauthorizedAccount", "GovernorOnlyExecutor":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("%s: %v may not call this", r.Name, arg(r, 0))
	case "InsufficientForFreeze":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("registration freezes %s but only %s is free in the wallet", amount(arg(r, 1)), amount(arg(r, 0)))
		e.Hint = "deposit more with `sonm hub wallet deposit`"
	case "InsufficientFunds":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("needs %s but the wallet covers only %s (frozen + locked + unclaimed payouts + this payout must fit in the balance)", amount(arg(r, 1)), amount(arg(r, 0)))
		e.Hint = "deposit more with `sonm hub wallet deposit`"
	case "ERC20InsufficientBalance":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("%v holds %s, needs %s", arg(r, 0), amount(arg(r, 1)), amount(arg(r, 2)))
		e.Hint = "get SNM first (`sonm token transfer` from an account that has some)"
	case "ERC20InsufficientAllowance":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("allowance of %v is %s, needs %s", arg(r, 0), amount(arg(r, 1)), amount(arg(r, 2)))
		e.Hint = "approve the amount first with `sonm token approve`"
	case "PayDayTooEarly":
		e.Kind = ErrTooEarly
		e.Msg = "PayDay is due at " + when(arg(r, 1)) + ", the chain's time is " + when(arg(r, 0))
		e.Hint = "wait until the payout period has passed"
	case "BanTooEarly":
		e.Kind = ErrTooEarly
		e.Msg = "a ban is allowed from " + when(arg(r, 1)) + ", the chain's time is " + when(arg(r, 0))
		e.Hint = "a hub may be banned only after the suspicion period"
	case "StakeLocked":
		e.Kind = ErrTooEarly
		e.Msg = fmt.Sprintf("stake %v is locked until %s", arg(r, 0), when(arg(r, 1)))
	case "DeadlineNotReached":
		e.Kind = ErrTooEarly
		e.Msg = "the deal's deadline " + when(arg(r, 1)) + " has not passed yet; a refund is possible only after it"
	case "DisputeWindowOpen":
		e.Kind = ErrTooEarly
		e.Msg = "the buyer may still dispute until " + when(arg(r, 1))
		e.Hint = "claim after the dispute window"
	case "QuoteExpired":
		e.Kind = ErrTooLate
		e.Msg = "the quote expired at " + when(arg(r, 0))
		e.Hint = "ask the hub for a new quote"
	case "DeadlineInPast":
		e.Kind = ErrTooLate
		e.Msg = "the quote's deadline " + when(arg(r, 0)) + " has already passed"
		e.Hint = "ask the hub for a new quote"
	case "DeadlinePassed":
		e.Kind = ErrTooLate
		e.Msg = "the deal's deadline " + when(arg(r, 1)) + " has passed; the buyer may take a refund"
	case "DisputeWindowClosed":
		e.Kind = ErrTooLate
		e.Msg = "the dispute window closed at " + when(arg(r, 1))
	case "BadSignature":
		e.Kind = ErrBadSignature
		e.Msg = fmt.Sprintf("the quote was signed by %v, not by the hub wallet's owner %v", arg(r, 0), arg(r, 1))
	case "ECDSAInvalidSignature", "ECDSAInvalidSignatureLength", "ECDSAInvalidSignatureS":
		e.Kind = ErrBadSignature
		e.Msg = "a signature is malformed (not 65 bytes, or not a valid secp256k1 signature)"
	case "HubNotRegistered":
		e.Kind = ErrWrongState
		e.Msg = fmt.Sprintf("hub wallet %v is %s, not Registered", arg(r, 0), stateName(arg(r, 1)))
		e.Hint = "choose a registered hub"
	case "WrongStatus":
		e.Kind = ErrWrongState
		e.Msg = "the deal is " + dealStatusName(arg(r, 1))
	case "NotBuyer":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("%v is not the deal's buyer %v", arg(r, 0), arg(r, 1))
	case "NotHub":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("%v is not the deal's hub %v", arg(r, 0), arg(r, 1))
	case "UnknownDeal", "UnknownStream", "UnknownHub", "UnknownStake":
		e.Kind = ErrUnknown
		e.Msg = strings.TrimPrefix(r.Name, "Unknown") + " " + id(arg(r, 0)) + " does not exist (or its fields do not match the chain)"
	case "LaneBusy":
		e.Kind = ErrWrongState
		e.Msg = fmt.Sprintf("deal lane %v still holds a deal that is %s (a quote opens one deal only)", arg(r, 0), dealStatusName(arg(r, 1)))
		e.Hint = "ask the hub for a quote on a free lane"
	case "WrongSeq":
		e.Kind = ErrAlreadyExists
		e.Msg = fmt.Sprintf("the quote is for sequence %v of lane %v, but the lane expects %v: the quote was used already or is stale", arg(r, 2), arg(r, 0), arg(r, 1))
		e.Hint = "ask the hub for a new quote"
	case "StreamExists", "AlreadyListed", "FactoryAlreadySet":
		e.Kind = ErrAlreadyExists
		e.Msg = r.Reason
	case "ZeroAmount":
		e.Msg = "the amount must be more than zero"
	case "ZeroAddress":
		e.Msg = "an address is zero"
	case "StakeWithdrawn":
		e.Kind = ErrWrongState
		e.Msg = fmt.Sprintf("stake %v was already withdrawn", arg(r, 0))
	case "NotStaker":
		e.Kind = ErrNotAllowed
		e.Msg = fmt.Sprintf("%v did not make stake %v", arg(r, 1), arg(r, 0))
	case "StreamClosedAlready":
		e.Kind = ErrWrongState
		e.Msg = "the stream is closed"
	case "GovernorUnexpectedProposalState":
		e.Kind = ErrWrongState
		e.Msg = "the proposal is " + proposalStateName(arg(r, 1))
	case "GovernorAlreadyCastVote":
		e.Kind = ErrAlreadyExists
		e.Msg = fmt.Sprintf("%v has already voted", arg(r, 0))
	case "GovernorInsufficientProposerVotes":
		e.Kind = ErrNotAllowed
		e.Msg = "not enough voting power to propose"
		e.Hint = "delegate your SNM votes with `sonm token delegate`"
	case "TimelockUnexpectedOperationState":
		e.Kind = ErrTooEarly
		e.Msg = "the timelock has not released this operation yet"
		e.Hint = "wait for the timelock delay, then execute"
	case "StakeTooSmall":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("only %s of the stake is not already unbonding, %s was asked", amount(arg(r, 0)), amount(arg(r, 1)))
		e.Hint = "see `sonm miner stake status`"
	case "NothingToWithdraw":
		e.Kind = ErrWrongState
		e.Msg = fmt.Sprintf("%v has requested no withdrawal", arg(r, 0))
		e.Hint = "start one with `sonm miner stake withdraw --request AMOUNT`, then withdraw after the unbonding period"
	case "WithdrawTooEarly":
		e.Kind = ErrTooEarly
		e.Msg = "the stake unbonds until " + when(arg(r, 1)) + ", the chain's time is " + when(arg(r, 0))
		e.Hint = "withdraw after the unbonding period"
	case "QuorumNotReached":
		e.Kind = ErrBadInput
		e.Msg = fmt.Sprintf("the proof has %v other claims, the quorum is %v", arg(r, 0), arg(r, 1))
		e.Hint = "a proof needs the signed claims of at least the quorum of other staked miners"
	case "NotStaked":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("the accused %v has no stake to slash (or the claim's signature is not its)", arg(r, 0))
	case "SignerNotStaked":
		e.Kind = ErrInsufficientFunds
		e.Msg = fmt.Sprintf("claim signer %v has %s staked (not unbonding), a proof needs %s (or the signature is not the miner's)", arg(r, 0), amount(arg(r, 1)), amount(arg(r, 2)))
	case "ClaimMismatch":
		e.Msg = fmt.Sprintf("other claim %v does not name the accused's hub wallet, deal, task and unit, or not the same root as the first other claim", arg(r, 0))
	case "SameRoot":
		e.Msg = fmt.Sprintf("other claim %v has the accused's root: no disagreement to prove", arg(r, 0))
	case "AccusedInQuorum":
		e.Kind = ErrBadSignature
		e.Msg = fmt.Sprintf("other claim %v is signed by the accused itself", arg(r, 0))
	case "DuplicateSigner":
		e.Kind = ErrBadSignature
		e.Msg = fmt.Sprintf("%v signed more than one of the other claims", arg(r, 0))
	case "DealMismatch":
		e.Msg = fmt.Sprintf("the claim names deal %s but buyer, lane and seq give %s", id(arg(r, 0)), id(arg(r, 1)))
	case "AlreadySlashed":
		e.Kind = ErrAlreadyExists
		e.Msg = fmt.Sprintf("%v was already slashed for this unit", arg(r, 0))
	case "BadParams":
		e.Msg = "the settings are invalid (quorum 0, or bounty and buyer shares above 100%)"
	case "LengthMismatch":
		e.Msg = fmt.Sprintf("%v items but %v amounts or signatures", arg(r, 0), arg(r, 1))
	case "":
		if e.Msg == "" {
			e.Msg = "the contract refused without a reason"
		}
	}
	return e
}
