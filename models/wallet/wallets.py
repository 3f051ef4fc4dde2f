"""Wallet operations. Credit is held in lots (`models.lots`, held by `wallet:<wallet id>`), each
a ledger account that may not go negative: one *paid* lot per wallet and one *promotional* lot
per grant, with an expiry.

Every movement is one `create_transfers` batch, idempotent by the caller's key. A spend plans
which lots to draw from under a lock on the wallet row (promotional first, soonest-expiring
first, then paid) and records the lots it drew from in the same transaction as its transfers, so
concurrent spends of one wallet are planned one after the other against exact balances, and a
refund restores exactly those lots, once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypedDict

from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.reach import customer_owner
from models.keys import KEY_MAX, check_key, domain_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRecord, TransferRequest, create_transfers
from models.ledger.tables import Transfer
from models.lots import tables as lot_tables
from models.lots.lots import (
    LotKeyConflict,
    available,
    due_lot_ids,
    holdings,
    holdings_of,
    open_lot,
    sweep_lot,
)
from models.lots.planning import Holding, plan_draws, spending_order
from models.lots.tables import Lot
from models.wallet.codes import MovementKind, Source, SourceKind, TransferCode, declare
from models.wallet.errors import InsufficientFunds, WalletErrorCode
from models.wallet.tables import (
    WALLET_HOLDERS,
    LotKind,
    Spend,
    SpendPart,
    Wallet,
    wallet_holder,
)

LEDGER = "IRR"
CREDIT_CODE = declare("wallet_credit", MovementKind.TOP_UP, domain="wallet")
GRANT_CODE = declare("wallet_promotion", MovementKind.BONUS, domain="wallet")
SPEND_CODE = declare("wallet_spend", MovementKind.PAYMENT, domain="wallet")
REFUND_CODE = declare("wallet_refund", MovementKind.REFUND, domain="wallet")
EXPIRE_CODE = declare("wallet_expire", MovementKind.EXPIRY, domain="wallet")

NAMESPACE = domain_namespace("wallet")  # the keys the wallet makes: wallet:credit:topup:7, ...


def paid_lot_key(wallet_id: int) -> str:
    """The natural key of a wallet's one paid lot."""
    return f"wallet:{wallet_id}:paid"


def grant_lot_key(grant_key: str) -> str:
    """The natural key of the promotional lot a grant with `grant_key` made."""
    return f"grant:{grant_key}"


async def granted(grant_key: str) -> bool:
    """Whether a grant with `grant_key` was made (its lot exists)."""
    return await Lot.exists(key=grant_lot_key(grant_key))


class _Reference(TypedDict):
    reference_type: str | None
    reference_id: str | None


def _reference(source: Source | None) -> _Reference:
    """A transfer's link to what caused it."""
    if source is None:
        return {"reference_type": None, "reference_id": None}
    return {"reference_type": source.kind.value, "reference_id": str(source.id)}


@dataclass(slots=True, frozen=True)
class LotBalance:
    lot_id: int
    account_id: int
    kind: LotKind
    expires_at: datetime | None
    available: int


@dataclass(slots=True, frozen=True)
class WalletBalance:
    total: int
    paid: int
    promotional: int
    lots: list[LotBalance]


@dataclass(slots=True, frozen=True)
class Draw:
    lot_id: int
    kind: LotKind
    amount: int


@dataclass(slots=True, frozen=True)
class SpendResult:
    spend_id: int
    amount: int
    draws: list[Draw]
    replayed: bool = False


def _check(amount: int, key: str) -> None:
    if amount <= 0:
        raise ValidationFailed(WalletErrorCode.AMOUNT_MUST_BE_POSITIVE, field="amount")
    check_key(key, field="key")


def _kind(lot: Lot) -> LotKind:
    """A wallet lot's kind as the wallet names it."""
    return LotKind(lot.kind.value)


async def create_wallet(customer_id: int) -> Wallet:
    """The customer's IRR wallet; made with the customer, safe to call again."""
    wallet, _ = await Wallet.get_or_create(customer_id=customer_id, defaults={"ledger": LEDGER})
    return wallet


async def wallet_of(customer_id: int) -> Wallet:
    wallet = await Wallet.get_or_none(customer_id=customer_id)
    if wallet is None:
        raise NotFound(WalletErrorCode.WALLET_NOT_FOUND, f"customer {customer_id} has no wallet",
                       field="customerId")
    return wallet


async def _lot(wallet: Wallet, kind: LotKind, key: str, expires_at: datetime | None) -> Lot:
    """The lot with natural key `key`, made (with its ledger account) the first time."""
    customer_id: int = wallet.customer_id
    try:
        return await open_lot(
            holder=wallet_holder(wallet.id), ledger=wallet.ledger,
            kind=lot_tables.LotKind(kind.value), key=key, owner=customer_owner(customer_id),
            namespace=NAMESPACE,
            account_code=f"wallet_{kind.value}", expires_at=expires_at,
            account_name=f"Wallet {wallet.id} {kind.value} credit",
            external_id=f"wallet-lot:{key}")
    except LotKeyConflict:
        raise Conflict(WalletErrorCode.KEY_CONFLICT, "this key belongs to another lot",
                       field="key") from None


async def credit_paid(customer_id: int, amount: int, source_account_id: int, key: str,
                      *, code: TransferCode = CREDIT_CODE,
                      source: Source | None = None) -> TransferRecord:
    """Add paid credit (a top-up, a deposit) from `source_account_id`; `source` is what the
    movement links to (the top-up, the deposit)."""
    _check(amount, key)
    wallet = await wallet_of(customer_id)
    lot = await _lot(wallet, LotKind.PAID, paid_lot_key(wallet.id), None)
    [record] = await create_transfers([TransferRequest(
        idempotency_key=f"wallet:credit:{key}", code=code.code, amount=amount,
        debit_account_id=source_account_id, credit_account_id=lot.account_id,
        **_reference(source))], namespace=NAMESPACE)
    return record


async def grant_promotional(customer_id: int, amount: int, expires_at: datetime,
                            source_account_id: int, key: str, *,
                            code: TransferCode = GRANT_CODE,
                            metadata: dict[str, Any] | None = None) -> Lot:
    """Grant promotional credit in a lot of its own that expires at `expires_at`; `metadata`
    (why it was granted) is kept with the transfer, which links to the lot (the grant).

    The lot and its transfer commit together, under the wallet's lock (the lock the expiry
    sweep takes): no sweep can see the lot before its credit is in it, so none can mark it
    swept with the credit still to come, and a failed transfer leaves no lot behind."""
    _check(amount, key)
    if expires_at.tzinfo is None:
        raise ValidationFailed(WalletErrorCode.INVALID_EXPIRY, "an expiry needs a time zone",
                               field="expiresAt")
    wallet = await wallet_of(customer_id)
    async with in_transaction():
        await Wallet.select_for_update().get(id=wallet.id)
        lot = await _lot(wallet, LotKind.PROMOTIONAL, grant_lot_key(key), expires_at)
        await create_transfers([TransferRequest(
            idempotency_key=f"wallet:grant:{key}", code=code.code, amount=amount,
            debit_account_id=source_account_id, credit_account_id=lot.account_id,
            metadata=metadata, **_reference(Source(SourceKind.GRANT, lot.id)))],
            namespace=NAMESPACE)
    return lot


async def _spendable(wallet: Wallet, now: datetime) -> list[Holding[Lot]]:
    """The wallet's lots in the order a spend draws them (promotional, soonest-expiring first,
    then paid: the paid lot never expires), with what each holds now."""
    return spending_order(await holdings(wallet_holder(wallet.id), wallet.ledger, now), now)


def _result(spend: Spend, parts: list[SpendPart], lots: dict[int, Lot],
            replayed: bool) -> SpendResult:
    return SpendResult(spend_id=spend.id, amount=spend.amount, replayed=replayed, draws=[
        Draw(lot_id=p.lot_id, kind=_kind(lots[p.lot_id]), amount=p.amount)
        for p in parts])


async def _replay(spend: Spend, amount: int, to_account_id: int) -> SpendResult:
    if spend.amount != amount or spend.to_account_id != to_account_id:
        raise Conflict(WalletErrorCode.KEY_CONFLICT,
                       "this key was used for another spend", field="key")
    parts = await SpendPart.filter(spend_id=spend.id).order_by("id")
    lots = {lot.id: lot for lot in await Lot.filter(id__in=[p.lot_id for p in parts])}
    return _result(spend, parts, lots, replayed=True)


async def spend(customer_id: int, amount: int, to_account_id: int, key: str, *,
                code: TransferCode = SPEND_CODE, source: Source | None = None,
                now: datetime | None = None) -> SpendResult:
    """Pay `amount` to `to_account_id`: all of it or nothing, promotional credit first;
    `source` is what the payment is for (an order), and its refund links there too."""
    _check(amount, key)
    moment = now_or(now)
    async with in_transaction():
        wallet = await Wallet.select_for_update().get_or_none(customer_id=customer_id)
        if wallet is None:
            raise NotFound(WalletErrorCode.WALLET_NOT_FOUND,
                           f"customer {customer_id} has no wallet",
                           field="customerId")
        done = await Spend.get_or_none(key=key)
        if done is not None:
            return await _replay(done, amount, to_account_id)
        spendable = await _spendable(wallet, moment)
        held = sum(holding.available for holding in spendable)
        if held < amount:
            raise InsufficientFunds(amount, held)
        draws = plan_draws(spendable, amount)
        records = await create_transfers([TransferRequest(
            idempotency_key=f"wallet:spend:{key}:{lot.id}", code=code.code, amount=take,
            debit_account_id=lot.account_id, credit_account_id=to_account_id,
            **_reference(source)) for lot, take in draws], namespace=NAMESPACE)
        row = await Spend.create(wallet=wallet, key=key, amount=amount,
                                 to_account_id=to_account_id,
                                 source_kind=source.kind if source is not None else None,
                                 source_id=source.id if source is not None else None)
        parts = [await SpendPart.create(spend=row, lot=lot, amount=take, transfer_id=record.id)
                 for (lot, take), record in zip(draws, records, strict=True)]
    return _result(row, parts, {lot.id: lot for lot, _ in draws}, replayed=False)


async def refund(spend_key: str, *, code: TransferCode = REFUND_CODE) -> SpendResult:
    """Give a spend back to exactly the lots it drew from, once; a second call changes nothing
    and answers `replayed`. What returns to a lot that has expired meanwhile goes straight on
    to the expired-credit account."""
    found = await Spend.get_or_none(key=spend_key)
    if found is None:
        raise NotFound(WalletErrorCode.SPEND_NOT_FOUND, f"no spend {spend_key!r}", field="spendKey")
    async with in_transaction():
        # The wallet's lock first, as a spend and the expiry sweep take it: no lot of this wallet
        # is swept while its refund is decided, so a lot seen unexpired stays so until commit.
        await Wallet.select_for_update().get(id=found.wallet_id)
        row = await Spend.select_for_update().get(id=found.id)
        parts = await SpendPart.filter(spend_id=row.id).order_by("id")
        lots = {lot.id: lot for lot in await Lot.filter(id__in=[p.lot_id for p in parts])}
        if row.refunded_at is not None:
            return _result(row, parts, lots, replayed=True)
        # The refund links to what the spend was for (its transfers say).
        paid = await Transfer.get(id=parts[0].transfer_id) if parts else None
        source = Source.from_reference(paid.reference_type, paid.reference_id) if paid else None
        expired = None
        requests = []
        for part in parts:
            lot = lots[part.lot_id]
            requests.append(TransferRequest(
                idempotency_key=f"wallet:refund:{spend_key}:{lot.id}", code=code.code,
                amount=part.amount, debit_account_id=row.to_account_id,
                credit_account_id=lot.account_id,
                **_reference(source)))
            if lot.expired_at is not None:
                expired = expired or await system_account(LEDGER, SystemAccount.EXPIRED_CREDIT)
                requests.append(TransferRequest(
                    idempotency_key=f"wallet:refund:{spend_key}:{lot.id}:expire",
                    code=EXPIRE_CODE.code, amount=part.amount,
                    debit_account_id=lot.account_id,
                    credit_account_id=expired.id,
                    **_reference(Source(SourceKind.GRANT, lot.id))))
        await create_transfers(requests, namespace=NAMESPACE)
        row.refunded_at = datetime.now(UTC)
        await row.save(update_fields=["refunded_at"])
    return _result(row, parts, lots, replayed=False)


async def balance(customer_id: int, *, now: datetime | None = None) -> WalletBalance:
    """What the wallet can spend now: in total, paid, promotional, and per lot."""
    wallet = await wallet_of(customer_id)
    return _balance(await _spendable(wallet, now_or(now)))


async def balances_of(customer_ids: Collection[int], *,
                      now: datetime | None = None) -> dict[int, tuple[Wallet, WalletBalance]]:
    """`balance` of each of `customer_ids` that has a wallet, with the wallet, by customer id,
    in two queries."""
    moment = now_or(now)
    found = {w.id: w for w in await Wallet.filter(customer_id__in=list(customer_ids))}
    held = await holdings_of([wallet_holder(wallet_id) for wallet_id in found], LEDGER, moment)
    return {w.customer_id: (w, _balance(spending_order(held[wallet_holder(w.id)], moment)))
            for w in found.values()}


def _balance(spendable: list[Holding[Lot]]) -> WalletBalance:
    lots = [LotBalance(lot_id=h.lot.id, account_id=h.lot.account_id,
                       kind=_kind(h.lot), expires_at=h.lot.expires_at, available=h.available)
            for h in spendable]
    paid = sum(lot.available for lot in lots if lot.kind is LotKind.PAID)
    promotional = sum(lot.available for lot in lots if lot.kind is LotKind.PROMOTIONAL)
    return WalletBalance(total=paid + promotional, paid=paid, promotional=promotional, lots=lots)


async def lot_balance(customer_id: int, lot_id: int) -> LotBalance | None:
    """One lot of the customer's wallet, expired ones included (they hold nothing once swept);
    None if the customer has no such lot."""
    return (await lot_balances(customer_id, [lot_id])).get(lot_id)


async def lot_balances(customer_id: int, lot_ids: Collection[int]) -> dict[int, LotBalance]:
    """`lot_balance` of each of `lot_ids` that is a lot of the customer's wallet, by lot id, in
    two queries."""
    wallet = await Wallet.get_or_none(customer_id=customer_id)
    if wallet is None:
        return {}
    found = await Lot.filter(id__in=list(lot_ids), holder=wallet_holder(wallet.id)) \
        .select_related("account")
    return {lot.id: LotBalance(lot_id=lot.id, account_id=lot.account_id,
                               kind=_kind(lot), expires_at=lot.expires_at,
                               available=available(lot.account)) for lot in found}


async def cashable(customer_id: int) -> int:
    """What may be cashed out: paid credit only."""
    return (await balance(customer_id)).paid


def expiry_key(lot_id: int) -> str:
    """The natural key of a lot's expiry: one per lot, for good."""
    return f"wallet:expire:{lot_id}"


async def expire_lot(lot_id: int, *, now: datetime | None = None) -> int | None:
    """Move what is left of an expired promotional lot to the expired-credit account. Returns
    the amount moved, or None if the lot is not due or was swept already."""
    lot = await Lot.get_or_none(id=lot_id, holder__startswith=WALLET_HOLDERS)
    if lot is None:
        raise NotFound(WalletErrorCode.LOT_NOT_FOUND, f"no lot {lot_id}", field="lotId")
    if lot.kind is not lot_tables.LotKind.PROMOTIONAL:  # the paid lot never expires
        return None
    return await sweep_lot(lot, lock=_lock_wallet_of, transfer=_expiry_transfer,
                           namespace=NAMESPACE, now=now)


async def _lock_wallet_of(lot: Lot) -> None:
    """The wallet's lock: no spend is being planned on this lot while it is swept."""
    await Wallet.select_for_update().get(id=int(lot.holder.removeprefix(WALLET_HOLDERS)))


def _expiry_transfer(lot: Lot, amount: int, expired_account_id: int) -> TransferRequest:
    return TransferRequest(
        idempotency_key=expiry_key(lot.id), code=EXPIRE_CODE.code, amount=amount,
        debit_account_id=lot.account_id, credit_account_id=expired_account_id,
        **_reference(Source(SourceKind.GRANT, lot.id)))


async def expire_due(*, now: datetime | None = None, limit: int = 500) -> int:
    """Sweep every promotional lot whose expiry has passed; returns how many this run swept."""
    moment = now_or(now)
    ids = await due_lot_ids(moment, kinds=[lot_tables.LotKind.PROMOTIONAL],
                            holder_prefix=WALLET_HOLDERS, limit=limit)
    swept = 0
    for lot_id in ids:
        if await expire_lot(lot_id, now=moment) is not None:
            swept += 1
    return swept


MANUAL_GRANT_PREFIX = "manual:"


async def grant_by_staff(customer_id: int, amount: int, expires_at: datetime, key: str,
                         reason: str, granted_by: str, *, now: datetime | None = None) -> Lot:
    """Promotional credit a staff member grants by hand, from the promotions account, once per
    `key` (kept apart from the bonus's keys), with the reason and who granted it on the transfer."""
    reason = reason.strip()
    if not 1 <= len(reason) <= 500:
        raise ValidationFailed(WalletErrorCode.INVALID_REASON,
                               "a reason of 1 to 500 characters is required",
                               field="reason")
    check_key(key, max_length=KEY_MAX - len(MANUAL_GRANT_PREFIX))
    if expires_at.tzinfo is None:
        raise ValidationFailed(WalletErrorCode.INVALID_EXPIRY, "an expiry needs a time zone",
                               field="expiresAt")
    grant_key = MANUAL_GRANT_PREFIX + key
    # A replay of a grant made earlier stands even if its expiry has passed since.
    if expires_at <= now_or(now) and not await granted(grant_key):
        raise ValidationFailed(WalletErrorCode.INVALID_EXPIRY, "the expiry must be in the future",
                               field="expiresAt")
    source = await system_account(LEDGER, SystemAccount.PROMOTIONS)
    return await grant_promotional(customer_id, amount, expires_at, source.id, grant_key,
                                   metadata={"reason": reason, "granted_by": granted_by})


async def draws_of(spend_key: str) -> list[SpendPart]:
    """The lots the spend `spend_key` drew from, each part with its lot loaded."""
    return await SpendPart.filter(spend__key=spend_key).prefetch_related("lot").order_by("id")


async def draws_of_keys(spend_keys: Collection[str]) -> dict[str, list[SpendPart]]:
    """`draws_of` each spend of `spend_keys`, in two queries: every key has a list, maybe
    empty."""
    found: dict[str, list[SpendPart]] = {k: [] for k in spend_keys}
    parts = await SpendPart.filter(spend__key__in=list(spend_keys)).select_related("spend") \
        .prefetch_related("lot").order_by("id")
    for part in parts:
        found[part.spend.key].append(part)
    return found
