"""Reads of the ledger, in keyset pages: accounts by filter, an account's transfers newest first,
all transfers by filter; and the sums the admin's dashboard shows."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from tortoise import connections

from models.db import given
from models.ledger.codes import TransferKind
from models.ledger.tables import Account, Ledger, PendingTransfer, Transfer


async def list_ledgers() -> list[Ledger]:
    return await Ledger.all().order_by("code")


async def get_account(account_id: int) -> Account | None:
    return await Account.get_or_none(id=account_id)


async def accounts_by_id(account_ids: Collection[int]) -> dict[int, Account]:
    """The accounts of `account_ids` that exist, by id, in one query."""
    return {a.id: a for a in await Account.filter(id__in=list(account_ids))}


async def list_accounts(*, limit: int, after_id: int | None = None, owner: str | None = None,
                        code: str | None = None, ledger: str | None = None) -> list[Account]:
    """Up to `limit` accounts in id order after `after_id`, filtered exactly."""
    query = Account.filter(**given(id__gt=after_id, owner=owner, code=code, ledger_id=ledger))
    return await query.order_by("id").limit(limit)


async def get_transfer(transfer_id: int) -> Transfer | None:
    return await Transfer.get_or_none(id=transfer_id)


async def transfers_by_id(transfer_ids: Collection[int]) -> dict[int, Transfer]:
    """The transfers of `transfer_ids` that exist, by id, in one query."""
    return {t.id: t for t in await Transfer.filter(id__in=list(transfer_ids))}


async def get_transfer_by_key(namespace: str, key: str) -> Transfer | None:
    """The transfer posted under `key` in `namespace`, if any (a key names one transfer)."""
    return await Transfer.get_or_none(namespace=namespace, idempotency_key=key)


# Two index range scans merged, so a hot account with millions of transfers pages as fast as any.
_ACCOUNT_TRANSFER_IDS = """
    SELECT id FROM (
        (SELECT id FROM ledger_transfer WHERE debit_account_id = $1 AND id < $2
         ORDER BY id DESC LIMIT $3)
        UNION ALL
        (SELECT id FROM ledger_transfer WHERE credit_account_id = $1 AND id < $2
         ORDER BY id DESC LIMIT $3)
    ) AS s ORDER BY id DESC LIMIT $3
"""


async def list_account_transfers(account_id: int, *, limit: int,
                                 before_id: int | None = None) -> list[Transfer]:
    """Transfers on either side of an account, newest first, older than `before_id`."""
    rows = await connections.get("default").execute_query_dict(
        _ACCOUNT_TRANSFER_IDS, [account_id, before_id if before_id is not None else 2**63 - 1,
                                limit])
    ids = [row["id"] for row in rows]
    return await Transfer.filter(id__in=ids).order_by("-id") if ids else []


async def get_pending_state(transfer_id: int) -> PendingTransfer | None:
    return await PendingTransfer.get_or_none(transfer_id=transfer_id)


async def resolutions_of(pending_id: int) -> list[Transfer]:
    """The transfers that posted, voided or expired a pending transfer (at most one)."""
    return await Transfer.filter(pending_id=pending_id).order_by("id")


async def pending_states_of(transfer_ids: Collection[int]) -> dict[int, PendingTransfer]:
    """The pending states of the pending transfers among `transfer_ids`, by transfer id."""
    rows = await PendingTransfer.filter(transfer_id__in=list(transfer_ids))
    return {row.transfer_id: row for row in rows}


async def resolutions_of_many(pending_ids: Collection[int]) -> dict[int, list[Transfer]]:
    """`resolutions_of` each of `pending_ids` in one query: every id has a list, maybe empty."""
    found: dict[int, list[Transfer]] = {i: [] for i in pending_ids}
    for row in await Transfer.filter(pending_id__in=list(pending_ids)).order_by("id"):
        if row.pending_id is not None:  # always, by the filter
            found[row.pending_id].append(row)
    return found


@dataclass(slots=True, frozen=True)
class TransferFilter:
    """Exact matches (and a creation-time window) over all transfers; None means any."""

    ledger: str | None = None
    code: str | None = None
    kind: TransferKind | None = None
    reference_type: str | None = None
    reference_id: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


async def search_transfers(transfer_filter: TransferFilter, *, limit: int,
                           before_id: int | None = None) -> list[Transfer]:
    """Up to `limit` transfers of every account, newest first, older than `before_id`."""
    f = transfer_filter
    query = Transfer.filter(**given(
        id__lt=before_id, ledger_id=f.ledger, code=f.code, kind=f.kind,
        reference_type=f.reference_type, reference_id=f.reference_id,
        created_at__gte=f.since, created_at__lt=f.until))
    return await query.order_by("-id").limit(limit)


@dataclass(slots=True, frozen=True)
class LedgerTotals:
    """One ledger's accounts and the sums of their four totals."""

    ledger: str
    accounts: int
    debits_posted: int
    credits_posted: int
    debits_pending: int
    credits_pending: int


@dataclass(slots=True, frozen=True)
class DayCount:
    """Transfers created on one UTC day in one ledger, and the amount they moved."""

    day: date
    ledger: str
    transfers: int
    amount: int


async def ledger_totals() -> list[LedgerTotals]:
    rows = await connections.get("default").execute_query_dict("""
        SELECT l.code AS ledger, count(a.id) AS accounts,
               coalesce(sum(a.debits_posted), 0) AS dpo, coalesce(sum(a.credits_posted), 0) AS cpo,
               coalesce(sum(a.debits_pending), 0) AS dp, coalesce(sum(a.credits_pending), 0) AS cp
        FROM ledger_ledger l LEFT JOIN ledger_account a ON a.ledger_id = l.code
        GROUP BY l.code ORDER BY l.code""")
    return [LedgerTotals(r["ledger"], int(r["accounts"]), int(r["dpo"]), int(r["cpo"]),
                         int(r["dp"]), int(r["cp"])) for r in rows]


async def transfers_per_day(days: int) -> list[DayCount]:
    """Per UTC day and ledger over the last `days` days (today included), oldest first."""
    since = datetime.now(UTC).date() - timedelta(days=days - 1)
    rows = await connections.get("default").execute_query_dict("""
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, ledger_id AS ledger,
               count(*) AS transfers, coalesce(sum(amount), 0) AS amount
        FROM ledger_transfer WHERE created_at >= $1
        GROUP BY 1, 2 ORDER BY 1, 2""", [datetime.combine(since, time(), UTC)])
    return [DayCount(r["day"], r["ledger"], int(r["transfers"]), int(r["amount"]))
            for r in rows]
