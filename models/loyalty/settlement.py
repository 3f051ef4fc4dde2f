"""Settlement: a club's unsettled shares closed per beneficiary into batches, paid through a PSP.

`close_period(club_id, period_end)` takes, for each (beneficiary, partner), every share paid in
money (not kept as credit) that no batch holds and that was written before `period_end`,
negative ones (returns) included, and:

- if they net to zero or less, leaves them for the next period (a return after a settlement
  makes the next period's net smaller, and a period whose returns exceed its sales carries);
- otherwise, in one transaction, opens a `SettlementBatch` holding them, writes its file in the
  PSP's split format (`models.loyalty.psp.formats`) and moves the net on the ledger from the
  beneficiary's `share_payable` account to the payouts clearing account (one `create_transfers`
  batch, key `settlement:<batch id>:pay`);
- then sends the file through the adapter. Accepted: the batch is `accepted`. Rejected: the
  batch stays as it is, `rejected` with the PSP's answer, its shares are released for the next
  period and the money goes back (`settlement:<batch id>:reject`). Manual: `sent`, waiting.

A batch is once per (club, beneficiary, partner, period end): closing the same period again
returns the batches it made and makes no other. A batch left `open` (the process stopped before
the PSP answered) is sent again by the next run; the PSP takes a reference once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, time

from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import CommonErrorCode, DomainError, NotFound, ValidationFailed
from models.i18n.formatting import TEHRAN
from models.identity.callers import Identity
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.loyalty.accounts import NAMESPACE, club_account
from models.loyalty.codes import AccountPurpose, Beneficiary, ClubRole, SettlementState
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.psp.adapter import SettlementAdapter
from models.loyalty.psp.formats import Psp, ShareAmount, SplitFile, payout_lines, write_file
from models.loyalty.split import share_subject
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, SettlementBatch, Share

log = logging.getLogger(__name__)

LEDGER = "IRR"
TRANSFER_CODE = "loyalty_settlement"
REVERSAL_CODE = "loyalty_settlement_rejected"


@dataclass(frozen=True, slots=True)
class SettlementRun:
    """What closing a period did: the batches of that period (made now or before) and the
    (beneficiary, partner) pairs whose shares carried forward for a net not above zero."""

    batches: list[SettlementBatch]
    carried: list[tuple[Beneficiary, int | None]]


def batch_reference(batch_id: int) -> str:
    """The batch's reference at the PSP, which takes each reference once."""
    return f"ETB-LS-{batch_id}"


async def share_payable_account(club: Club, beneficiary: Beneficiary,
                                partner_id: int | None) -> int:
    """What the club owes one beneficiary until settlement: the purchase credits it with each
    money share, a settlement debits it."""
    row = await club_account(club, AccountPurpose.SHARE_PAYABLE,
                             share_subject(beneficiary, partner_id))
    return row.account_id


async def _unsettled_pairs(club_id: int, period_end: datetime) -> list[tuple[Beneficiary,
                                                                           int | None]]:
    rows = await Share.filter(club_id=club_id, batch_id__isnull=True, as_credit=False,
                              created_at__lt=period_end).distinct().values_list(
        "beneficiary", "partner_id")
    return sorted(((Beneficiary(b), p) for b, p in rows), key=lambda bp: (bp[0].value,
                                                                          bp[1] or 0))


async def _close_one(club_id: int, beneficiary: Beneficiary, partner_id: int | None,
                     period_end: datetime, psp: Psp) -> SettlementBatch | None:
    """The batch of one beneficiary's shares for the period, or None: they carry forward."""
    async with in_transaction():
        made = await SettlementBatch.get_or_none(club_id=club_id, beneficiary=beneficiary,
                                                 partner_id=partner_id, period_end=period_end)
        if made is not None:
            return made
        shares = await Share.filter(
            club_id=club_id, beneficiary=beneficiary, partner_id=partner_id,
            batch_id__isnull=True, as_credit=False, created_at__lt=period_end,
        ).order_by("id").select_for_update()
        total = sum(share.amount for share in shares)
        if not shares or total <= 0:
            return None
        batch = await SettlementBatch.create(
            club_id=club_id, beneficiary=beneficiary, partner_id=partner_id,
            period_end=period_end, total=total, psp=psp.value, state=SettlementState.OPEN,
            answer={"share_ids": [share.id for share in shares]})
        await Share.filter(id__in=[share.id for share in shares]).update(batch_id=batch.id)
        payee = next((s.sheba for s in reversed(shares) if s.sheba), "")
        lines = payout_lines([ShareAmount(s.purchase_id, s.sheba, s.amount) for s in shares],
                             fallback_sheba=payee)
        file = write_file(psp, batch_reference(batch.id), lines,
                          description=f"club {club_id} {beneficiary.value} {partner_id}")
        batch.file_name, batch.file_body = file.name, file.body
        await batch.save(update_fields=["file_name", "file_body"])
        payable = await share_payable_account(await Club.get(id=club_id), beneficiary,
                                              partner_id)
        clearing = await system_account(LEDGER, SystemAccount.PAYOUTS_CLEARING)
        await create_transfers([TransferRequest(
            idempotency_key=f"settlement:{batch.id}:pay", code=TRANSFER_CODE, amount=total,
            debit_account_id=payable, credit_account_id=clearing.id, ledger=LEDGER,
            reference_type="loyalty_settlement_batch", reference_id=str(batch.id))],
            namespace=NAMESPACE)
        return batch


async def deliver(batch_id: int, adapter: SettlementAdapter) -> SettlementBatch:
    """Send an `open` batch's file and record the PSP's answer (any other batch: as it is)."""
    batch = await SettlementBatch.get(id=batch_id)
    if batch.state is not SettlementState.OPEN:
        return batch
    answer = await adapter.send(_file_of(batch))
    async with in_transaction():
        batch = await SettlementBatch.select_for_update().get(club_id=batch.club_id, id=batch_id)
        if batch.state is not SettlementState.OPEN:
            return batch
        batch.answer = {**batch.answer, "code": answer.code, "message": answer.message,
                        "raw": answer.raw}
        batch.sent_at = datetime.now(UTC)
        if answer.waiting:
            batch.state = SettlementState.SENT
        elif answer.accepted:
            batch.state = SettlementState.ACCEPTED
        else:
            await _release(batch)
        await batch.save(update_fields=["answer", "sent_at", "state"])
    return batch


async def record_answer(club_id: int, batch_id: int, *, accepted: bool, note: str = "",
                        actor: str = "") -> SettlementBatch:
    """Staff record the PSP's answer to a batch sent by hand (`sent`), or to an `open` one."""
    async with in_transaction():
        batch = await SettlementBatch.select_for_update().get(club_id=club_id, id=batch_id)
        if batch.state not in (SettlementState.OPEN, SettlementState.SENT):
            return batch
        batch.answer = {**batch.answer, "code": "recorded", "message": note, "by": actor}
        batch.sent_at = batch.sent_at or datetime.now(UTC)
        if accepted:
            batch.state = SettlementState.ACCEPTED
        else:
            await _release(batch)
        await batch.save(update_fields=["answer", "sent_at", "state"])
    return batch


async def _release(batch: SettlementBatch) -> None:
    """A rejected batch: its shares go back to the next period, the money back to payable."""
    batch.state = SettlementState.REJECTED
    await Share.filter(club_id=batch.club_id, batch_id=batch.id).update(batch_id=None)
    payable = await share_payable_account(await Club.get(id=batch.club_id), batch.beneficiary,
                                          batch.partner_id)
    clearing = await system_account(LEDGER, SystemAccount.PAYOUTS_CLEARING)
    await create_transfers([TransferRequest(
        idempotency_key=f"settlement:{batch.id}:reject", code=REVERSAL_CODE, amount=batch.total,
        debit_account_id=clearing.id, credit_account_id=payable, ledger=LEDGER,
        reference_type="loyalty_settlement_batch", reference_id=str(batch.id))],
        namespace=NAMESPACE)


def _file_of(batch: SettlementBatch) -> SplitFile:
    return SplitFile(Psp(batch.psp), batch.file_name, batch.file_body)


async def close_period(club_id: int, period_end: datetime, *, psp: Psp,
                       adapter: SettlementAdapter) -> SettlementRun:
    """Close the club's period ending at `period_end` (module docstring); batches left `open`
    by an earlier run are sent first."""
    for row in await SettlementBatch.filter(
            club_id=club_id, state=SettlementState.OPEN).order_by("id").values("id"):
        await _deliver_logged(row["id"], adapter)
    batches, carried = [], []
    for beneficiary, partner_id in await _unsettled_pairs(club_id, period_end):
        batch = await _close_one(club_id, beneficiary, partner_id, period_end, psp)
        if batch is None:
            carried.append((beneficiary, partner_id))
            continue
        batches.append(await _deliver_logged(batch.id, adapter))
    known = {b.id for b in batches}
    batches += [b for b in await SettlementBatch.filter(club_id=club_id, period_end=period_end)
                if b.id not in known]
    return SettlementRun(sorted(batches, key=lambda b: b.id), carried)


async def _deliver_logged(batch_id: int, adapter: SettlementAdapter) -> SettlementBatch:
    try:
        return await deliver(batch_id, adapter)
    except (OSError, TimeoutError, DomainError):
        log.exception("settlement batch %d not delivered; the next run sends it", batch_id)
        return await SettlementBatch.get(id=batch_id)


def last_tehran_midnight(now: datetime) -> datetime:
    """The period end the periodic run closes: the start of the current day in Tehran."""
    return datetime.combine(now.astimezone(TEHRAN).date(), time(), TEHRAN).astimezone(UTC)


async def clubs_to_settle(period_end: datetime) -> list[int]:
    """The clubs with money shares no batch holds written before `period_end`, or open
    batches to send."""
    shares = await Share.filter(batch_id__isnull=True, as_credit=False,
                                created_at__lt=period_end).distinct().values("club_id")
    open_batches = await SettlementBatch.filter(state=SettlementState.OPEN).distinct(
    ).values("club_id")
    return sorted({row["club_id"] for row in [*shares, *open_batches]})


# --- what staff call (reach and roles by `staff_roles.club_for`) -------------------------------


def batch_absent(batch_id: int) -> NotFound:
    return NotFound(LoyaltyErrorCode.SETTLEMENT_BATCH_NOT_FOUND, f"no settlement batch {batch_id}",
                    field="id")


async def close_period_as(identity: Identity | None, club_id: int, period_end: datetime, *,
                          psp: Psp, adapter: SettlementAdapter,
                          now: datetime | None = None) -> SettlementRun:
    """`close_period` for the club's owner or managers (or the platform's staff): a period that
    has not ended yet is `settlement_period_not_ended`."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    if period_end.tzinfo is None:
        raise ValidationFailed(CommonErrorCode.INVALID_INPUT,
                               "the period end needs a time zone", field="periodEnd")
    if period_end > now_or(now):
        raise ValidationFailed(LoyaltyErrorCode.SETTLEMENT_PERIOD_NOT_ENDED,
                               "the period has not ended yet", field="periodEnd")
    return await close_period(club.id, period_end, psp=psp, adapter=adapter)


async def batches_of(identity: Identity | None, club_id: int, *,
                     state: SettlementState | None = None, limit: int = 100,
                     before_id: int | None = None) -> list[SettlementBatch]:
    """A club's batches, newest first."""
    club = await club_for(identity, club_id)
    query = SettlementBatch.filter(club_id=club.id)
    if state is not None:
        query = query.filter(state=state)
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return await query.order_by("-id").limit(limit)


async def batch_as(identity: Identity | None, batch_id: int) -> SettlementBatch:
    """A batch of a club in the caller's reach, or `settlement_batch_not_found`."""
    batch = await SettlementBatch.get_or_none(id=batch_id)
    if batch is None:
        raise batch_absent(batch_id)
    try:
        await club_for(identity, batch.club_id)
    except NotFound:
        raise batch_absent(batch_id) from None
    return batch


async def shares_of(batch: SettlementBatch) -> list[Share]:
    """The shares a batch holds, or held if it was rejected (kept in its answer)."""
    ids = [int(i) for i in batch.answer.get("share_ids", [])]
    return await Share.filter(club_id=batch.club_id, id__in=ids).order_by("id")


async def record_answer_as(identity: Identity | None, batch_id: int, *, accepted: bool,
                           note: str = "") -> SettlementBatch:
    """Staff record a PSP's answer to a batch uploaded by hand (the club's managers)."""
    batch = await batch_as(identity, batch_id)
    await club_for(identity, batch.club_id, ClubRole.MANAGER)
    return await record_answer(batch.club_id, batch.id, accepted=accepted, note=note,
                               actor=identity.name if identity else "")
