"""Opening lots, reading what a holder's lots hold, and sweeping expired lots: the lot operations
every domain holding credit in lots shares (the wallet, the loyalty clubs).

The domain owns the lock that orders its holder's spends (the wallet's row, the member's row):
it takes that lock, reads `holdings`, plans with `models.lots.planning` and posts the transfers
in one batch, all in one transaction. The expiry sweep takes the same lock (the caller passes
it), so no spend is planned on a lot while it is swept.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.ledger.accounts import AccountRequest, create_accounts, system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.lots.planning import Holding
from models.lots.tables import Lot, LotKind, ScopeKind


class LotKeyConflict(Exception):
    """A lot's natural key was given again for a lot that differs (another holder, kind, scope
    or expiry). Not a domain error of its own: each caller answers with its own code."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} belongs to another lot")
        self.key = key


def available(account: Account) -> int:
    """What a lot's account holds that a spend may take: posted credits less posted and pending
    debits."""
    return int(account.credits_posted - account.debits_posted - account.debits_pending)


def _same(lot: Lot, *, holder: str, ledger: str, kind: LotKind, club_id: int | None,
          scope_kind: ScopeKind, scope_id: int | None, expires_at: datetime | None) -> bool:
    return (lot.holder, lot.ledger, lot.kind, lot.club_id, lot.scope_kind, lot.scope_id,
            lot.expires_at) == (holder, ledger, kind, club_id, scope_kind, scope_id, expires_at)


async def open_lot(*, holder: str, ledger: str, kind: LotKind, key: str, owner: str | None,
                   namespace: str, account_code: str, club_id: int | None = None,
                   scope_kind: ScopeKind = ScopeKind.ANYWHERE, scope_id: int | None = None,
                   expires_at: datetime | None = None, account_name: str | None = None,
                   external_id: str | None = None) -> Lot:
    """The lot with natural key `key`, made with its ledger account (which may not go negative)
    the first time; the same lot again for the same key. The account is made in `namespace` by
    `external_id` (default `lot:<key>`), so a retry finds it too.

    Raises `LotKeyConflict` if `key` names a lot with another holder, ledger, kind, club, scope
    or expiry. Safe inside a caller's transaction: losing a race to make the lot leaves that
    transaction usable (a savepoint) and answers the winner's lot."""
    def checked(lot: Lot) -> Lot:
        if not _same(lot, holder=holder, ledger=ledger, kind=kind, club_id=club_id,
                     scope_kind=scope_kind, scope_id=scope_id, expires_at=expires_at):
            raise LotKeyConflict(key)
        return lot

    existing = await Lot.get_or_none(key=key)
    if existing is not None:
        return checked(existing)
    [account] = await create_accounts([AccountRequest(
        ledger=ledger, code=account_code, owner=owner,
        name=account_name if account_name is not None else f"Lot {key}",
        external_id=external_id if external_id is not None else f"lot:{key}",
        debits_must_not_exceed_credits=True)], namespace=namespace)
    try:
        # A savepoint: inside a caller's transaction, losing the race must not abort it.
        async with in_transaction():
            return await Lot.create(account=account, key=key, holder=holder, ledger=ledger,
                                    kind=kind, club_id=club_id, scope_kind=scope_kind,
                                    scope_id=scope_id, expires_at=expires_at)
    except IntegrityError:  # a concurrent call made it first
        return checked(await Lot.get(key=key))


async def holdings_of(holders: Collection[str], ledger: str, now: datetime, *,
                      kinds: Collection[LotKind] | None = None) -> dict[str, list[Holding[Lot]]]:
    """`holdings` of each of `holders` (every holder has a list, maybe empty), in one query."""
    query = Lot.filter(holder__in=list(holders), ledger=ledger, expired_at=None)
    if kinds is not None:
        query = query.filter(kind__in=list(kinds))
    found: dict[str, list[Holding[Lot]]] = {holder: [] for holder in holders}
    for lot in await query.select_related("account").order_by("id"):
        if lot.expires_at is None or lot.expires_at > now:
            found[lot.holder].append(Holding(lot, available(lot.account)))
    return found


async def holdings(holder: str, ledger: str, now: datetime, *,
                   kinds: Collection[LotKind] | None = None) -> list[Holding[Lot]]:
    """The holder's lots in `ledger` that may be spent at `now` (not swept, not past their
    expiry), of `kinds` if given, each with its account loaded and what it holds, by id, in one
    query. Order them for a spend with `models.lots.planning.spending_order`."""
    return (await holdings_of([holder], ledger, now, kinds=kinds))[holder]


async def due_lot_ids(now: datetime, *, kinds: Collection[LotKind] | None = None,
                      holder_prefix: str | None = None, limit: int = 500) -> list[int]:
    """Lots not yet swept whose expiry has passed at `now`, soonest-expired first, of `kinds` and
    of holders whose name starts with `holder_prefix` if given."""
    query = Lot.filter(expired_at=None, expires_at__lte=now)
    if kinds is not None:
        query = query.filter(kind__in=list(kinds))
    if holder_prefix is not None:
        query = query.filter(holder__startswith=holder_prefix)
    rows = await query.order_by("expires_at", "id").limit(limit).values_list("id", flat=True)
    return [int(row) for row in rows]  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values


ExpiryTransfer = Callable[[Lot, int, int], TransferRequest]
"""Makes the transfer that moves `amount` out of an expired lot to the expired-credit account:
(lot, amount, expired-credit account id) -> request, with the caller's key, code and reference."""


async def sweep_lot(lot: Lot, *, lock: Callable[[Lot], Awaitable[object]],
                    transfer: ExpiryTransfer, namespace: str,
                    now: datetime | None = None) -> int | None:
    """Move what is left of `lot`, once its expiry has passed, to its ledger's expired-credit
    account and mark it swept, in one transaction. `lock` takes the lock that orders the
    holder's spends (the holder's row) and is called first, before the lot's own row is locked,
    the order every spend of the holder takes them in. Returns the amount moved (0 if the lot
    was empty), or None if the lot is not due or was swept already."""
    moment = now_or(now)
    async with in_transaction():
        await lock(lot)
        locked = await Lot.select_for_update().get(id=lot.id)
        if (locked.expired_at is not None or locked.expires_at is None
                or locked.expires_at > moment):
            return None
        account = await Account.get(id=locked.account_id)
        left = available(account)
        if left > 0:
            expired = await system_account(locked.ledger, SystemAccount.EXPIRED_CREDIT)
            await create_transfers([transfer(locked, left, expired.id)], namespace=namespace)
        locked.expired_at = moment
        await locked.save(update_fields=["expired_at"])
    return left

