"""Every reachable `TransferResult`: each refused batch names its code and writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.ledger.accounts import close_account
from models.ledger.codes import AMOUNT_MAX, BATCH_MAX, TransferKind, TransferResult
from models.ledger.expiry import expire_due, expiry_key
from models.ledger.posting import TransferRequest, create_transfers

from .support import new_key

R = TransferResult
K = TransferKind


def single(debit: int, credit: int, amount: int = 100, **kwargs) -> TransferRequest:
    return TransferRequest(new_key(), "test", amount, debit, credit, **kwargs)


async def hold(debit: int, credit: int, amount: int = 100, *, now: datetime | None = None,
               **kwargs) -> int:
    [t] = await create_transfers([TransferRequest(new_key(), "hold", amount, debit, credit,
                                                  kind=K.PENDING, **kwargs)], now=now)
    return t.id


def post(pending_id: int, amount: int | None = None, **kwargs) -> TransferRequest:
    return TransferRequest(new_key(), "capture", amount, kind=K.POST_PENDING,
                           pending_id=pending_id, **kwargs)


def void(pending_id: int, amount: int | None = None, **kwargs) -> TransferRequest:
    return TransferRequest(new_key(), "release", amount, kind=K.VOID_PENDING,
                           pending_id=pending_id, **kwargs)


async def test_empty_batch_is_batch_empty(refused, db):
    await refused([], R.BATCH_EMPTY, index=None)


async def test_batch_over_the_maximum_is_batch_too_large(refused, make_account):
    # given two accounts
    a, b = await make_account(), await make_account()
    # when one transfer more than a batch may hold is posted, then none is written
    await refused([single(a.id, b.id) for _ in range(BATCH_MAX + 1)], R.BATCH_TOO_LARGE,
                  index=None)


async def test_batch_of_exactly_the_maximum_is_posted(make_account):
    a, b = await make_account(), await make_account()
    records = await create_transfers([single(a.id, b.id, 1) for _ in range(BATCH_MAX)])
    assert len(records) == BATCH_MAX
    await b.refresh_from_db()
    assert b.credits_posted == BATCH_MAX


async def test_missing_idempotency_key_is_idempotency_key_required(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([single(a.id, b.id), TransferRequest("", "test", 1, a.id, b.id)],
                  R.IDEMPOTENCY_KEY_REQUIRED, index=1)


async def test_overlong_idempotency_key_is_idempotency_key_required(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([TransferRequest("k" * 201, "test", 1, a.id, b.id)],
                  R.IDEMPOTENCY_KEY_REQUIRED)


async def test_key_repeated_in_one_batch_is_idempotency_key_repeated_in_batch(
        refused, make_account):
    a, b = await make_account(), await make_account()
    first = single(a.id, b.id)
    await refused([first, TransferRequest(first.idempotency_key, "test", 7, a.id, b.id)],
                  R.IDEMPOTENCY_KEY_REPEATED_IN_BATCH, index=1)


async def test_missing_code_is_code_required(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([TransferRequest(new_key(), "", 1, a.id, b.id)], R.CODE_REQUIRED)


async def test_zero_amount_is_amount_must_be_positive(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([single(a.id, b.id, 10), single(a.id, b.id, 0)], R.AMOUNT_MUST_BE_POSITIVE,
                  index=1)


async def test_negative_amount_is_amount_must_be_positive(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([single(a.id, b.id, -5)], R.AMOUNT_MUST_BE_POSITIVE)


async def test_missing_amount_on_single_phase_is_amount_must_be_positive(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([TransferRequest(new_key(), "test", None, a.id, b.id)],
                  R.AMOUNT_MUST_BE_POSITIVE)


async def test_zero_post_amount_is_amount_must_be_positive(refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await refused([post(pending_id, 0)], R.AMOUNT_MUST_BE_POSITIVE)


async def test_amount_above_the_maximum_is_amount_too_large(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([single(a.id, b.id, AMOUNT_MAX + 1)], R.AMOUNT_TOO_LARGE)


async def test_same_debit_and_credit_account_is_accounts_must_be_different(refused, make_account):
    a = await make_account()
    await refused([single(a.id, a.id)], R.ACCOUNTS_MUST_BE_DIFFERENT)


async def test_missing_credit_account_is_accounts_required(refused, make_account):
    a = await make_account()
    await refused([TransferRequest(new_key(), "test", 1, a.id, None)], R.ACCOUNTS_REQUIRED)


async def test_accounts_of_two_ledgers_are_ledger_mismatch(refused, make_account):
    rials, points = await make_account(), await make_account(ledger="POINT")
    await refused([single(rials.id, points.id)], R.LEDGER_MISMATCH)


async def test_transfer_naming_another_ledger_is_ledger_mismatch(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([single(a.id, b.id, ledger="POINT")], R.LEDGER_MISMATCH)


async def test_post_naming_another_ledger_is_ledger_mismatch(refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await refused([post(pending_id, ledger="POINT")], R.LEDGER_MISMATCH)


async def test_unknown_debit_account_is_account_not_found(refused, make_account):
    b = await make_account()
    error = await refused([single(987654, b.id)], R.ACCOUNT_NOT_FOUND)
    assert error.field == "debitAccountId"


async def test_unknown_credit_account_is_account_not_found(refused, make_account):
    a = await make_account()
    error = await refused([single(a.id, 987654)], R.ACCOUNT_NOT_FOUND)
    assert error.field == "creditAccountId"


async def test_debiting_a_closed_account_is_account_closed(refused, make_account):
    a, b = await make_account(), await make_account()
    await close_account(a.id)
    await refused([single(a.id, b.id)], R.ACCOUNT_CLOSED)


async def test_crediting_a_closed_account_is_account_closed(refused, make_account):
    a, b = await make_account(), await make_account()
    await close_account(b.id)
    await refused([single(a.id, b.id)], R.ACCOUNT_CLOSED)


async def test_debit_beyond_credits_is_exceeds_credits_and_writes_nothing(
        refused, wallet, revenue):
    # given a wallet holding 100
    w = await wallet(100)
    # when it pays 101, then the payment is refused and nothing moves
    await refused([single(w, revenue, 101)], R.EXCEEDS_CREDITS)


async def test_pending_debit_counts_against_credits_and_is_exceeds_credits(
        refused, wallet, revenue):
    # given a wallet of 100 with 60 on hold
    w = await wallet(100)
    await hold(w, revenue, 60)
    # when 41 more is paid, then it is refused: held money may not be spent twice
    await refused([single(w, revenue, 41)], R.EXCEEDS_CREDITS)


async def test_pending_credit_does_not_count_and_is_exceeds_credits(refused, wallet, opening,
                                                                     revenue):
    # given an empty wallet with 100 coming in as a pending credit
    w = await wallet(0)
    await hold(opening, w, 100)
    # when it pays 1, then it is refused: a pending credit is not yet spendable
    await refused([single(w, revenue, 1)], R.EXCEEDS_CREDITS)


async def test_credit_beyond_debits_is_exceeds_debits(refused, make_account, opening):
    # given an asset account (credits must not exceed debits) debited 50
    asset = await make_account(asset=True)
    await create_transfers([single(asset.id, opening, 50)])
    # when it is credited 51, then it is refused
    await refused([single(opening, asset.id, 51)], R.EXCEEDS_DEBITS)


async def test_debit_beyond_credits_and_limit_is_exceeds_credit_limit(refused, wallet, revenue):
    # given a wallet holding 100 with a credit limit of 50
    w = await wallet(100, credit_limit=50)
    await create_transfers([single(w, revenue, 150)])
    # when it pays 1 more, then it is refused
    await refused([single(w, revenue, 1)], R.EXCEEDS_CREDIT_LIMIT)


async def test_credit_beyond_debits_and_limit_is_exceeds_credit_limit(
        refused, make_account, opening):
    asset = await make_account(asset=True, credit_limit=30)
    await create_transfers([single(opening, asset.id, 30)])
    await refused([single(opening, asset.id, 1)], R.EXCEEDS_CREDIT_LIMIT)


async def test_total_above_a_bigint_is_overflows_totals(refused, make_account):
    # given an account already credited the largest amount
    a, b, c = await make_account(), await make_account(), await make_account()
    await create_transfers([single(a.id, c.id, AMOUNT_MAX)])
    # when it is credited once more, then its credits would overflow and nothing is written
    await refused([single(b.id, c.id, 1)], R.OVERFLOWS_TOTALS, index=None)


async def test_overflow_within_one_batch_is_overflows_totals(refused, make_account):
    a, b, c = await make_account(), await make_account(), await make_account()
    await refused([single(a.id, c.id, AMOUNT_MAX), single(b.id, c.id, AMOUNT_MAX)],
                  R.OVERFLOWS_TOTALS, index=None)


async def test_zero_timeout_is_timeout_must_be_positive(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([TransferRequest(new_key(), "hold", 1, a.id, b.id, kind=K.PENDING,
                                   timeout_seconds=0)], R.TIMEOUT_MUST_BE_POSITIVE)


async def test_timeout_on_single_phase_is_timeout_only_for_pending(refused, make_account):
    a, b = await make_account(), await make_account()
    await refused([single(a.id, b.id, timeout_seconds=60)], R.TIMEOUT_ONLY_FOR_PENDING)


async def test_post_without_pending_id_is_pending_id_required(refused):
    await refused([TransferRequest(new_key(), "capture", 1, kind=K.POST_PENDING)],
                  R.PENDING_ID_REQUIRED)


async def test_pending_id_on_single_phase_is_pending_id_only_for_post_or_void(
        refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await refused([single(a.id, b.id, pending_id=pending_id)],
                  R.PENDING_ID_ONLY_FOR_POST_OR_VOID)


async def test_post_of_an_unknown_transfer_is_pending_transfer_not_found(refused, db):
    await refused([post(987654)], R.PENDING_TRANSFER_NOT_FOUND)


async def test_post_of_a_single_phase_transfer_is_pending_transfer_not_found(
        refused, make_account):
    # A single-phase transfer has no pending state: the ledger finds no pending transfer by it.
    a, b = await make_account(), await make_account()
    [t] = await create_transfers([single(a.id, b.id)])
    await refused([post(t.id)], R.PENDING_TRANSFER_NOT_FOUND)


async def test_posting_a_posted_transfer_is_pending_transfer_already_posted(
        refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await create_transfers([post(pending_id)])
    await refused([post(pending_id)], R.PENDING_TRANSFER_ALREADY_POSTED)


async def test_voiding_a_posted_transfer_is_pending_transfer_already_posted(
        refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await create_transfers([post(pending_id, 40)])
    await refused([void(pending_id)], R.PENDING_TRANSFER_ALREADY_POSTED)


async def test_posting_a_voided_transfer_is_pending_transfer_already_voided(
        refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await create_transfers([void(pending_id)])
    await refused([post(pending_id)], R.PENDING_TRANSFER_ALREADY_VOIDED)


async def test_posting_after_the_timeout_is_pending_transfer_expired(refused, make_account):
    # given a hold of one minute, made an hour ago
    a, b = await make_account(), await make_account()
    now = datetime.now(UTC)
    pending_id = await hold(a.id, b.id, timeout_seconds=60, now=now - timedelta(hours=1))
    # when it is posted now, then it is too late even though no expiry job has run yet
    await refused([post(pending_id)], R.PENDING_TRANSFER_EXPIRED, now=now)


async def test_posting_an_expired_transfer_is_pending_transfer_expired(refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id, timeout_seconds=60)
    assert await expire_due(now=datetime.now(UTC) + timedelta(minutes=5)) == 1
    await refused([post(pending_id)], R.PENDING_TRANSFER_EXPIRED)


async def test_expiring_before_the_timeout_is_pending_transfer_not_expired(refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id, timeout_seconds=3600)
    await refused([TransferRequest(expiry_key(pending_id), "pending_expired",
                                   kind=K.VOID_PENDING, pending_id=pending_id)],
                  R.PENDING_TRANSFER_NOT_EXPIRED, _expiring=True)


async def test_post_naming_other_accounts_is_pending_transfer_has_different_accounts(
        refused, make_account):
    a, b, c = await make_account(), await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await refused([post(pending_id, debit_account_id=a.id, credit_account_id=c.id)],
                  R.PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS)


async def test_post_and_void_of_one_pending_in_a_batch_is_resolved_twice_in_batch(
        refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id)
    await refused([post(pending_id, 10), void(pending_id)],
                  R.PENDING_TRANSFER_RESOLVED_TWICE_IN_BATCH, index=1)


async def test_post_above_the_held_amount_is_post_amount_exceeds_pending(refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id, 100)
    await refused([post(pending_id, 101)], R.POST_AMOUNT_EXCEEDS_PENDING)


async def test_void_of_another_amount_is_void_amount_must_match_pending(refused, make_account):
    a, b = await make_account(), await make_account()
    pending_id = await hold(a.id, b.id, 100)
    await refused([void(pending_id, 99)], R.VOID_AMOUNT_MUST_MATCH_PENDING)


async def test_same_key_with_another_amount_is_idempotency_conflict(refused, make_account):
    # given a stored transfer
    a, b = await make_account(), await make_account()
    first = single(a.id, b.id, 100)
    await create_transfers([first])
    # when its key comes back with another amount, then it is a conflict and nothing moves
    error = await refused([TransferRequest(first.idempotency_key, "test", 101, a.id, b.id)],
                          R.IDEMPOTENCY_CONFLICT)
    assert error.field == "idempotencyKey"


async def test_refused_transfer_is_named_by_its_index_in_the_batch(refused, wallet, revenue):
    w = await wallet(100)
    await refused([single(w, revenue, 50), single(w, revenue, 50), single(w, revenue, 1)],
                  R.EXCEEDS_CREDITS, index=2)
