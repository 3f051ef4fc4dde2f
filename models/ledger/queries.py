"""Reads of the ledger, in keyset pages: accounts by filter, an account's transfers newest first."""

from __future__ import annotations

from tortoise import connections

from models.ledger.tables import Account, Ledger, PendingTransfer, Transfer


async def list_ledgers() -> list[Ledger]:
    return await Ledger.all().order_by("code")


async def get_account(account_id: int) -> Account | None:
    return await Account.get_or_none(id=account_id)


async def list_accounts(*, limit: int, after_id: int | None = None, owner: str | None = None,
                        code: str | None = None, ledger: str | None = None) -> list[Account]:
    """Up to `limit` accounts in id order after `after_id`, filtered exactly."""
    query = Account.all()
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    if owner is not None:
        query = query.filter(owner=owner)
    if code is not None:
        query = query.filter(code=code)
    if ledger is not None:
        query = query.filter(ledger_id=ledger)
    return await query.order_by("id").limit(limit)


async def get_transfer(transfer_id: int) -> Transfer | None:
    return await Transfer.get_or_none(id=transfer_id)


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
