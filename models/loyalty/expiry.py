"""Expiry of members' credit lots: what is left of a lot past its expiry moves to the ledger's
expired-credit account, and the lot is marked swept (`models.lots.lots.sweep_lot`).

The sweep takes the member's row lock first, as a purchase and a return take it, so no spend is
planned on a lot while it is swept. A lot is swept once: its expiry transfer has the natural key
`loyalty:expire:<lot id>` and the lot is marked swept in the same transaction, so a second run
finds nothing to do. A return that restores credit into a lot swept meanwhile sends it straight
on to expired credit (`returns`), as the wallet's refunds do."""

from __future__ import annotations

from datetime import datetime

from models.clock import now_or
from models.ledger.posting import TransferRequest
from models.lots.lots import due_lot_ids, sweep_lot
from models.lots.tables import Lot
from models.loyalty.accounts import NAMESPACE
from models.loyalty.legs import CREDIT_LOT_KINDS
from models.loyalty.tables import Member

EXPIRE_CODE = "loyalty_expire"
LOT_REFERENCE_TYPE = "loyalty_lot"
MEMBER_HOLDERS = "member:"  # what every loyalty lot's holder starts with (`legs.holder`)


def expiry_transfer(lot: Lot, amount: int, expired_account_id: int, *,
                    key: str | None = None) -> TransferRequest:
    """`amount` of `lot` to the expired-credit account (by default the lot's one expiry)."""
    return TransferRequest(
        idempotency_key=key or f"loyalty:expire:{lot.id}", code=EXPIRE_CODE, amount=amount,
        debit_account_id=lot.account_id, credit_account_id=expired_account_id,
        ledger=lot.ledger, reference_type=LOT_REFERENCE_TYPE, reference_id=str(lot.id))


async def _lock_member_of(lot: Lot) -> None:
    """The member's lock (named by club, as every loyalty lock is)."""
    await Member.select_for_update().get(
        club_id=lot.club_id, id=int(lot.holder.removeprefix(MEMBER_HOLDERS)))


async def expire_lot(lot_id: int, *, now: datetime | None = None) -> int | None:
    """Sweep one member's lot past its expiry; the amount moved, or None if it is not a
    loyalty credit lot, not due, or swept already."""
    lot = await Lot.get_or_none(id=lot_id, holder__startswith=MEMBER_HOLDERS,
                                kind__in=list(CREDIT_LOT_KINDS))
    if lot is None or lot.club_id is None:
        return None
    return await sweep_lot(lot, lock=_lock_member_of, transfer=expiry_transfer,
                           namespace=NAMESPACE, now=now)


async def expire_due(*, now: datetime | None = None, limit: int = 500) -> int:
    """Sweep up to `limit` members' credit lots whose expiry has passed; how many it swept."""
    moment = now_or(now)
    swept = 0
    for lot_id in await due_lot_ids(moment, kinds=CREDIT_LOT_KINDS,
                                    holder_prefix=MEMBER_HOLDERS, limit=limit):
        if await expire_lot(lot_id, now=moment) is not None:
            swept += 1
    return swept
