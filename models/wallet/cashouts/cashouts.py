"""Cash-out operations: request (the amount held at once), approve or reject, send to the bank in
payout batches, and settle by the bank's answer.

Money moves in two phases. A request makes a *pending* transfer from the wallet's paid lot to the
payouts clearing account, under the wallet row's lock (the lock spends take too), so concurrent
requests and spends are checked one after the other against exact balances: nothing can draw the
held amount again. Staff rejecting, or the bank refusing, voids the hold (the credit is free
again); the bank paying posts it. Every step is idempotent by a natural key: the request by
the customer and the requester's key in the requester's namespace (models.keys: staff asking
for a customer keep their keys apart from the customer's), the hold, post and void by the
cash-out's id, the emails by the cash-out's id and outcome. Every step that changes a cash-out
locks its row first.

Sending is two steps so that a crash between them never loses or doubles a payout: first the
approved cash-outs are put in a payout batch and marked sent (one transaction, its batch file
written with them); then the batch is submitted to the bank through the adapter. A batch whose
submission failed is submitted again; the bank knows each payout by its tracking id and answers
a repeat with what it already has.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from tortoise import connections
from tortoise.functions import Sum
from tortoise.transactions import in_transaction

from models.clock import TEHRAN
from models.db import given
from models.errors import Conflict, DomainError, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import customer_actor, staff_actor
from models.identity.errors import IdentityErrorCode
from models.identity.tables import BankAccount, Customer
from models.keys import check_key, customer_namespace, domain_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount, TransferKind
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.lots.tables import Lot, LotKind
from models.notify.mail import queue_email
from models.wallet.cashouts import batch_file
from models.wallet.cashouts.errors import (
    BankAccountNotVerified,
    CashOutLimitExceeded,
    InsufficientCashableCredit,
)
from models.wallet.cashouts.payout import Payout, PayoutAdapter, PayoutState
from models.wallet.cashouts.tables import CashOut, CashOutStatus, PayoutBatch
from models.wallet.codes import MovementKind, SourceKind, declare
from models.wallet.errors import WalletErrorCode
from models.wallet.tables import Wallet, wallet_holder

LEDGER = "IRR"
HOLD_CODE = declare("cashout_hold", MovementKind.CASH_OUT, domain="cashouts")
POST_CODE = declare("cashout_paid", MovementKind.CASH_OUT, domain="cashouts")
VOID_CODE = declare("cashout_void", MovementKind.CASH_OUT, domain="cashouts")
NAMESPACE = domain_namespace("cashout")


class Step(StrEnum):
    """The ledger steps of a cash-out, each keyed by the cash-out: `cashout:<step>:<id>` (holds
    made before migration 15 keep their `cashout:hold:<customer>:<key>`)."""

    HOLD = "hold"
    POST = "post"
    VOID = "void"


def step_key(step: Step, cash_out_id: int) -> str:
    return f"cashout:{step.value}:{cash_out_id}"


def email_key(cash_out_id: int, outcome: str) -> str:
    """The key of the email telling the customer of an outcome (rejected, paid, failed)."""
    return f"cashout:{cash_out_id}:{outcome}"
REASON_MAX = 500
BATCH_MAX = 500
PROBLEM_MAX = 500
DEFAULT_TRACKING_PREFIX = "ETB-CO"
_TRACKING_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,31}")
log = logging.getLogger(__name__)
# Not counted against the daily limit: their hold was given back.
_RETURNED = (CashOutStatus.REJECTED, CashOutStatus.FAILED)


@dataclass(slots=True, frozen=True)
class CashOutLimits:
    """The limits of `settings.cashout_*`, in rials."""

    min_amount: int
    max_per_request: int
    max_per_day: int


@dataclass(slots=True, frozen=True)
class CashOutResult:
    cash_out: CashOut
    replayed: bool = False


def tracking_id(row: CashOut) -> str:
    """Our id of a cash-out's payout at the bank: one per cash-out, for good. The prefix is the
    installation's (`settings.cashout_tracking_prefix`), kept on the row when it is requested,
    so ids do not repeat when cash-out ids start again and do not change with the setting."""
    return f"{row.tracking_prefix}-{row.id}"


def check_tracking_prefix(prefix: str) -> str:
    """A tracking prefix the bank takes: 1 to 32 ASCII letters, digits and hyphens."""
    if not _TRACKING_PREFIX.fullmatch(prefix):
        raise ValidationFailed(WalletErrorCode.INVALID_TRACKING_PREFIX,
                               "a tracking prefix is 1 to 32 ASCII "
                               "letters, digits and hyphens", field="trackingPrefix")
    return prefix


def day_start(moment: datetime) -> datetime:
    """The start of `moment`'s calendar day in Tehran, where the daily limit is counted."""
    local = moment.astimezone(TEHRAN)
    return datetime.combine(local.date(), time(), tzinfo=TEHRAN)


def _available(account: Account) -> int:
    return int(account.credits_posted - account.debits_posted - account.debits_pending)


async def _paid_lot(wallet: Wallet) -> Lot | None:
    return await Lot.get_or_none(holder=wallet_holder(wallet.id), kind=LotKind.PAID)


async def cashable_now(customer_id: int) -> int:
    """Paid credit not held by a cash-out or anything else: what may be cashed out now."""
    wallet = await Wallet.get_or_none(customer_id=customer_id)
    lot = await _paid_lot(wallet) if wallet is not None else None
    if lot is None:
        return 0
    return _available(await Account.get(id=lot.account_id))


async def _cashed_today(customer_id: int, moment: datetime) -> int:
    start = day_start(moment)
    rows = await CashOut.filter(customer_id=customer_id, requested_at__gte=start,
                                requested_at__lt=start + timedelta(days=1)) \
        .exclude(status__in=_RETURNED).annotate(total=Sum("amount")).values_list("total",
                                                                                flat=True)
    total: Any = rows[0] if rows else None  # one row: the sum, NULL when there is none
    return int(total or 0)


def _check_input(amount: int, key: str) -> None:
    if amount <= 0:
        raise ValidationFailed(WalletErrorCode.AMOUNT_MUST_BE_POSITIVE, field="amount")
    check_key(key)


def _check_limits(amount: int, today: int, limits: CashOutLimits) -> None:
    if amount < limits.min_amount:
        raise CashOutLimitExceeded(WalletErrorCode.BELOW_MINIMUM_AMOUNT, limits.min_amount, 0,
                                   f"a cash-out is at least {limits.min_amount}")
    if amount > limits.max_per_request:
        raise CashOutLimitExceeded(WalletErrorCode.ABOVE_REQUEST_LIMIT, limits.max_per_request,
                                   limits.max_per_request,
                                   f"a cash-out is at most {limits.max_per_request}")
    left = max(0, limits.max_per_day - today)
    if amount > left:
        raise CashOutLimitExceeded(WalletErrorCode.ABOVE_DAILY_LIMIT, limits.max_per_day, left,
                                   f"{left} of the daily {limits.max_per_day} is left today")


async def _next_cash_out_id() -> int:
    rows = await connections.get("default").execute_query_dict(
        "SELECT nextval(pg_get_serial_sequence('wallet_cash_out', 'id')) AS id")
    return int(rows[0]["id"])


async def request_cash_out(customer_id: int, bank_account_id: int, amount: int, key: str,
                           limits: CashOutLimits, *, now: datetime | None = None,
                           requested_by: str | None = None, namespace: str | None = None,
                           tracking_prefix: str = DEFAULT_TRACKING_PREFIX) -> CashOutResult:
    """Ask to cash out `amount` of paid credit to a verified account of the customer's; the
    amount is held at once. The same key again, in the same `namespace` (the caller's,
    models.keys), returns the first request. `requested_by` is who asks, as the audit log names
    callers; both are the customer themselves when not given."""
    _check_input(amount, key)
    namespace = namespace or customer_namespace(customer_id)
    check_tracking_prefix(tracking_prefix)
    moment = now or datetime.now(UTC)
    async with in_transaction():
        wallet = await Wallet.select_for_update().get_or_none(customer_id=customer_id)
        if wallet is None:
            raise NotFound(WalletErrorCode.WALLET_NOT_FOUND,
                           f"customer {customer_id} has no wallet",
                           field="customerId")
        done = await CashOut.get_or_none(customer_id=customer_id, key_namespace=namespace,
                                         key=key)
        if done is not None:
            if done.amount != amount or done.bank_account_id != bank_account_id:
                raise Conflict(WalletErrorCode.IDEMPOTENCY_CONFLICT,
                               "this key was used for another cash-out",
                               field="idempotencyKey")
            return CashOutResult(done, replayed=True)
        account = await BankAccount.get_or_none(id=bank_account_id, customer_id=customer_id)
        if account is None or account.verified_at is None:
            raise BankAccountNotVerified()
        _check_limits(amount, await _cashed_today(customer_id, moment), limits)
        lot = await _paid_lot(wallet)
        cashable = _available(await Account.get(id=lot.account_id)) if lot else 0
        if lot is None or cashable < amount:
            raise InsufficientCashableCredit(amount, cashable)
        clearing = await system_account(LEDGER, SystemAccount.PAYOUTS_CLEARING)
        # The cash-out's id first, so that its hold links to it (the row needs the hold's id)
        # and is keyed by it: one hold per cash-out, whoever's key asked for it.
        cash_out_id = await _next_cash_out_id()
        [hold] = await create_transfers([TransferRequest(
            idempotency_key=step_key(Step.HOLD, cash_out_id), code=HOLD_CODE.code,
            amount=amount, kind=TransferKind.PENDING,
            debit_account_id=lot.account_id,
            credit_account_id=clearing.id, reference_type=SourceKind.CASH_OUT.value,
            reference_id=str(cash_out_id))], namespace=NAMESPACE)
        row = await CashOut.create(
            id=cash_out_id, customer_id=customer_id, bank_account=account, amount=amount,
            key_namespace=namespace, key=key, hold_transfer_id=hold.id, requested_at=moment,
            requested_by=(requested_by or customer_actor(customer_id))[:64],
            tracking_prefix=tracking_prefix)
    return CashOutResult(row)


async def _locked(cash_out_id: int) -> CashOut:
    row = await CashOut.select_for_update().get_or_none(id=cash_out_id)
    if row is None:
        raise NotFound(WalletErrorCode.CASH_OUT_NOT_FOUND, f"no cash-out {cash_out_id}", field="id")
    return row


async def _check_independent(staff_id: int, row: CashOut) -> None:
    """Separation of duties: whoever asked for a cash-out, or verified the bank account it goes
    to, does not approve it too."""
    me = staff_actor(staff_id)
    if row.requested_by == me:
        raise NotAllowed(WalletErrorCode.APPROVER_NOT_INDEPENDENT,
                         "you requested this cash-out: another "
                         "person must approve it", field="id")
    account = await BankAccount.get(id=row.bank_account_id)
    if account.verified_by == me:
        raise NotAllowed(WalletErrorCode.APPROVER_NOT_INDEPENDENT,
                         "you verified this cash-out's bank "
                         "account: another person must approve it", field="id")


async def approve_cash_out(staff_id: int, cash_out_id: int) -> CashOut:
    """Approve a requested cash-out; the payout actor sends it next. Approving it again
    changes nothing. Refused (`approver_not_independent`) to the staff member who requested
    it or verified its bank account."""
    async with in_transaction():
        row = await _locked(cash_out_id)
        if row.status is CashOutStatus.REQUESTED:
            await _check_independent(staff_id, row)
            row.status = CashOutStatus.APPROVED
            row.reviewed_by_id = staff_id
            row.reviewed_at = datetime.now(UTC)
            await row.save(update_fields=["status", "reviewed_by_id", "reviewed_at"])
        elif row.status is CashOutStatus.REJECTED:
            raise Conflict(WalletErrorCode.CASH_OUT_REJECTED,
                           "this cash-out was rejected", field="id")
    return row


async def _void(row: CashOut, key: str) -> int:
    [void] = await create_transfers([TransferRequest(
        idempotency_key=key, code=VOID_CODE.code, kind=TransferKind.VOID_PENDING,
        pending_id=row.hold_transfer_id, reference_type=SourceKind.CASH_OUT.value,
        reference_id=str(row.id))], namespace=NAMESPACE)
    return void.id


def _email_params(row: CashOut, account: BankAccount) -> dict[str, object]:
    return {"amount": row.amount, "sheba": account.sheba, "holder_name": account.holder_name,
            "cash_out_id": row.id, "when": datetime.now(UTC),
            "reason": row.rejection_reason, "code": row.bank_code}


async def reject_cash_out(staff_id: int, cash_out_id: int, reason: str) -> CashOut:
    """Refuse a cash-out not yet sent: the hold is voided and the customer emailed. Rejecting
    it again changes nothing."""
    reason = reason.strip()
    if not 1 <= len(reason) <= REASON_MAX:
        raise ValidationFailed(WalletErrorCode.INVALID_REASON,
                               f"a reason of 1 to {REASON_MAX} characters is "
                               "required", field="reason")
    async with in_transaction():
        row = await _locked(cash_out_id)
        if row.status is CashOutStatus.REJECTED:
            return row
        if row.status not in (CashOutStatus.REQUESTED, CashOutStatus.APPROVED):
            raise Conflict(WalletErrorCode.CASH_OUT_ALREADY_SENT,
                           "a cash-out sent to the bank cannot be "
                           "rejected", field="id")
        row.void_transfer_id = await _void(row, step_key(Step.VOID, row.id))
        row.status = CashOutStatus.REJECTED
        row.rejection_reason = reason
        row.reviewed_by_id = staff_id
        row.reviewed_at = datetime.now(UTC)
        await row.save(update_fields=["void_transfer_id", "status", "rejection_reason",
                                      "reviewed_by_id", "reviewed_at"])
        account = await BankAccount.get(id=row.bank_account_id)
        await queue_email(customer_id=row.customer_id,
                          template="cashout_rejected", params=_email_params(row, account),
                          key=email_key(row.id, "rejected"))
    return row


# --- sending to the bank ----------------------------------------------------------------------

def _payout(row: CashOut, account: BankAccount) -> Payout:
    return Payout(tracking_id=tracking_id(row), sheba=account.sheba,
                  holder_name=account.holder_name, amount=row.amount,
                  description=f"Etebar cash-out {row.id}")


async def _payouts(rows: Sequence[CashOut]) -> list[Payout]:
    accounts = {a.id: a for a in await BankAccount.filter(
        id__in=[r.bank_account_id for r in rows])}
    return [_payout(r, accounts[r.bank_account_id]) for r in rows]


async def open_batch(cash_out_ids: Sequence[int] | None = None, *,
                     limit: int = BATCH_MAX) -> PayoutBatch | None:
    """Put approved cash-outs (those of `cash_out_ids`, or the oldest `limit`) in a new payout
    batch, with its file, and mark them sent; None when none is approved. Cash-outs another
    call is batching are skipped, so two senders never batch one cash-out twice."""
    async with in_transaction():
        query = CashOut.filter(status=CashOutStatus.APPROVED)
        if cash_out_ids is not None:
            query = query.filter(id__in=list(cash_out_ids))
        rows = await query.order_by("id").limit(limit).select_for_update(skip_locked=True)
        if not rows:
            return None
        payouts = await _payouts(rows)
        now = datetime.now(UTC)
        batch = await PayoutBatch.create(
            file_name=f"etebar-payouts-{now:%Y%m%d-%H%M%S}.csv",
            content=batch_file.render(payouts), count=len(rows),
            total=sum(r.amount for r in rows))
        await CashOut.filter(id__in=[r.id for r in rows]).update(
            status=CashOutStatus.SENT, batch_id=batch.id, sent_at=now)
    return batch


async def submit_batch(batch_id: int, adapter: PayoutAdapter) -> int:
    """Hand a batch's payouts that have no bank reference yet to the bank; returns how many.
    Raises the adapter's `PayoutError` when the bank cannot be reached (try again later)."""
    rows = await CashOut.filter(batch_id=batch_id, status=CashOutStatus.SENT,
                                payout_reference="").order_by("id")
    if not rows:
        return 0
    references = await adapter.submit(await _payouts(rows))
    for row, reference in zip(rows, references, strict=True):
        await CashOut.filter(id=row.id, payout_reference="").update(payout_reference=reference)
    await PayoutBatch.filter(id=batch_id, submitted_at=None).update(submitted_at=datetime.now(UTC))
    return len(rows)


async def send_payout(cash_out_id: int, adapter: PayoutAdapter) -> CashOut:
    """Send one approved cash-out to the bank (a batch of one); safe to call again: a cash-out
    already in a batch is only submitted again if the bank has not taken it."""
    batch = await open_batch([cash_out_id])
    row = await CashOut.get_or_none(id=cash_out_id)
    if row is None:
        raise NotFound(WalletErrorCode.CASH_OUT_NOT_FOUND, f"no cash-out {cash_out_id}", field="id")
    batch_id = batch.id if batch is not None else row.batch_id
    if batch_id is not None and row.status is CashOutStatus.SENT and not row.payout_reference:
        await submit_batch(batch_id, adapter)
        await row.refresh_from_db()
    return row


async def send_approved(adapter: PayoutAdapter, *, limit: int = BATCH_MAX) -> int:
    """Batch every approved cash-out and submit what the bank has not taken yet (batches whose
    submission failed before included); returns how many payouts were submitted."""
    await open_batch(limit=limit)
    waiting = await CashOut.filter(status=CashOutStatus.SENT, payout_reference="") \
        .distinct().values_list("batch_id", flat=True)
    submitted = 0
    for batch_id in sorted({int(b) for b in waiting if b is not None}):  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values
        submitted += await submit_batch(batch_id, adapter)
    return submitted


async def settle_payout(cash_out_id: int, *, paid: bool, code: str = "") -> CashOut:
    """Record the bank's outcome of a sent payout: paid posts the hold, refused voids it; the
    customer is emailed either way. A second call changes nothing."""
    async with in_transaction():
        row = await _locked(cash_out_id)
        if row.status in (CashOutStatus.PAID, CashOutStatus.FAILED):
            return row
        if row.status is not CashOutStatus.SENT:
            raise Conflict(WalletErrorCode.CASH_OUT_NOT_SENT,
                           "only a cash-out sent to the bank settles",
                           field="id")
        if paid:
            [post] = await create_transfers([TransferRequest(
                idempotency_key=step_key(Step.POST, row.id), code=POST_CODE.code,
                kind=TransferKind.POST_PENDING, pending_id=row.hold_transfer_id,
                reference_type=SourceKind.CASH_OUT.value, reference_id=str(row.id))],
                namespace=NAMESPACE)
            row.post_transfer_id = post.id
            row.status = CashOutStatus.PAID
        else:
            row.void_transfer_id = await _void(row, step_key(Step.VOID, row.id))
            row.status = CashOutStatus.FAILED
        row.bank_code = code[:32]
        row.settled_at = datetime.now(UTC)
        row.problem = ""
        await row.save(update_fields=["post_transfer_id", "void_transfer_id", "status",
                                      "bank_code", "settled_at", "problem"])
        account = await BankAccount.get(id=row.bank_account_id)
        outcome = "paid" if paid else "failed"
        await queue_email(customer_id=row.customer_id,
                          template=f"cashout_{outcome}", params=_email_params(row, account),
                          key=email_key(row.id, outcome))
    return row


async def _check_payout(row: CashOut, adapter: PayoutAdapter) -> bool:
    """Ask the bank about one sent payout and settle it if finished; True when settled."""
    answer = await adapter.status(row.payout_reference)
    if answer.state in (PayoutState.PAID, PayoutState.REJECTED):
        await settle_payout(row.id, paid=answer.state is PayoutState.PAID, code=answer.code)
        return True
    if answer.state is PayoutState.UNKNOWN:
        # The bank lost it: the next send submits it again under the same tracking id,
        # which a bank that does have it answers with the payout it has.
        await CashOut.filter(id=row.id, status=CashOutStatus.SENT,
                             payout_reference=row.payout_reference).update(
            payout_reference="", bank_code="unknown")
    if row.problem:  # checked fine this time: the last problem is over
        await CashOut.filter(id=row.id, problem=row.problem).update(problem="")
    return False


def _problem(error: Exception) -> str:
    if isinstance(error, DomainError):
        text = f"{error.code}: {error.message}"
    else:
        text = f"{type(error).__name__}: {error}"
    return text[:PROBLEM_MAX]


async def check_payouts(adapter: PayoutAdapter, *, limit: int = BATCH_MAX) -> int:
    """Ask the bank about every sent payout, oldest first in pages of `limit`, and settle those
    it has finished; returns how many. One the bank does not know is marked for submitting
    again. One that cannot be checked or settled (the bank unreachable, its hold no longer
    pending) is logged and its problem recorded on it for the back office; the others are
    checked all the same."""
    settled = 0
    after_id = 0
    while True:
        rows = await CashOut.filter(status=CashOutStatus.SENT, id__gt=after_id) \
            .exclude(payout_reference="").order_by("id").limit(limit)
        for row in rows:
            try:
                settled += await _check_payout(row, adapter)
            except Exception as error:  # one stuck payout must not stop the others
                log.exception("checking cash-out %s failed", row.id)
                await CashOut.filter(id=row.id).update(problem=_problem(error))
        if len(rows) < limit:
            return settled
        after_id = rows[-1].id


# --- reading ----------------------------------------------------------------------------------

async def get_cash_out(cash_out_id: int, customer_id: int | None = None) -> CashOut | None:
    """A cash-out; with `customer_id`, only if it is that customer's."""
    return await CashOut.filter(**given(id=cash_out_id, customer_id=customer_id)).first()


async def cash_outs_of(customer_id: int, cash_out_ids: Collection[int]) -> dict[int, CashOut]:
    """The cash-outs of `cash_out_ids` that are the customer's, by id, in one query."""
    rows = await CashOut.filter(id__in=list(cash_out_ids), customer_id=customer_id)
    return {row.id: row for row in rows}


async def page(*, limit: int, after_id: int | None = None, customer_id: int | None = None,
               status: CashOutStatus | None = None, newest_first: bool = False) -> list[CashOut]:
    """Cash-outs oldest first (the order they wait for approval in), or newest first; `after_id`
    is the last one of the previous page in the same order."""
    if newest_first:
        return await CashOut.filter(**given(id__lt=after_id, customer_id=customer_id,
                                            status=status)).order_by("-id").limit(limit)
    return await CashOut.filter(**given(id__gt=after_id, customer_id=customer_id,
                                        status=status)).order_by("id").limit(limit)


async def batches(*, limit: int, before_id: int | None = None) -> list[PayoutBatch]:
    """Payout batches, newest first."""
    return await PayoutBatch.filter(**given(id__lt=before_id)).order_by("-id").limit(limit)


async def get_batch(batch_id: int) -> PayoutBatch | None:
    return await PayoutBatch.get_or_none(id=batch_id)


async def bank_accounts(customer_id: int) -> list[BankAccount]:
    """A customer's bank accounts, verified or not, in the order they were added."""
    if not await Customer.exists(id=customer_id):
        raise NotFound(IdentityErrorCode.CUSTOMER_NOT_FOUND,
                       f"no customer {customer_id}", field="customerId")
    return await BankAccount.filter(customer_id=customer_id).order_by("id")


async def bank_account(bank_account_id: int) -> BankAccount | None:
    return await BankAccount.get_or_none(id=bank_account_id)


async def bank_accounts_by_id(bank_account_ids: Collection[int]) -> dict[int, BankAccount]:
    """The bank accounts of `bank_account_ids` that exist, by id, in one query."""
    return {a.id: a for a in await BankAccount.filter(id__in=list(bank_account_ids))}
