"""Wallet operations. Credit is held in lots, each a ledger account that may not go negative:
one *paid* lot per wallet and one *promotional* lot per grant, with an expiry.

Every movement is one `create_transfers` batch, idempotent by the caller's key. A spend plans
which lots to draw from under a lock on the wallet row (promotional first, soonest-expiring
first, then paid) and records the lots it drew from in the same transaction as its transfers, so
concurrent spends of one wallet are planned one after the other against exact balances, and a
refund restores exactly those lots, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypedDict

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import Conflict, NotFound, ValidationFailed
from models.keys import KEY_MAX, check_key, domain_namespace
from models.ledger.accounts import AccountRequest, create_accounts, system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRecord, TransferRequest, create_transfers
from models.ledger.tables import Account, Transfer
from models.wallet.codes import MovementKind, Source, SourceKind, TransferCode, declare
from models.wallet.errors import InsufficientFunds
from models.wallet.tables import Lot, LotKind, Spend, SpendPart, Wallet

LEDGER = "IRR"
CREDIT_CODE = declare("wallet_credit", MovementKind.TOP_UP, domain="wallet")
GRANT_CODE = declare("wallet_promotion", MovementKind.BONUS, domain="wallet")
SPEND_CODE = declare("wallet_spend", MovementKind.PAYMENT, domain="wallet")
REFUND_CODE = declare("wallet_refund", MovementKind.REFUND, domain="wallet")
EXPIRE_CODE = declare("wallet_expire", MovementKind.EXPIRY, domain="wallet")

NAMESPACE = domain_namespace("wallet")  # the keys the wallet makes: wallet:credit:topup:7, ...


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
        raise ValidationFailed("amount_must_be_positive", field="amount")
    check_key(key, field="key")


def _available(account: Account) -> int:
    return int(account.credits_posted - account.debits_posted - account.debits_pending)


async def create_wallet(customer_id: int) -> Wallet:
    """The customer's IRR wallet; made with the customer, safe to call again."""
    wallet, _ = await Wallet.get_or_create(customer_id=customer_id, defaults={"ledger": LEDGER})
    return wallet


async def wallet_of(customer_id: int) -> Wallet:
    wallet = await Wallet.get_or_none(customer_id=customer_id)
    if wallet is None:
        raise NotFound("wallet_not_found", f"customer {customer_id} has no wallet",
                       field="customerId")
    return wallet


async def _lot(wallet: Wallet, kind: LotKind, key: str, expires_at: datetime | None) -> Lot:
    """The lot with natural key `key`, made (with its ledger account) the first time."""
    existing = await Lot.get_or_none(key=key)
    if existing is not None:
        if existing.wallet_id != wallet.id or existing.kind != kind or (
                existing.expires_at != expires_at):
            raise Conflict("key_conflict", "this key belongs to another lot", field="key")
        return existing
    customer_id: int = wallet.customer_id
    [account] = await create_accounts([AccountRequest(
        ledger=wallet.ledger, code=f"wallet_{kind.value}", owner=f"customer:{customer_id}",
        name=f"Wallet {wallet.id} {kind.value} credit", external_id=f"wallet-lot:{key}",
        debits_must_not_exceed_credits=True)], namespace=NAMESPACE)
    try:
        # A savepoint: inside a caller's transaction, losing the race must not abort it.
        async with in_transaction():
            return await Lot.create(wallet=wallet, account=account, kind=kind, key=key,
                                    expires_at=expires_at)
    except IntegrityError:  # a concurrent call made it first
        return await Lot.get(key=key)


async def credit_paid(customer_id: int, amount: int, source_account_id: int, key: str,
                      *, code: TransferCode = CREDIT_CODE,
                      source: Source | None = None) -> TransferRecord:
    """Add paid credit (a top-up, a deposit) from `source_account_id`; `source` is what the
    movement links to (the top-up, the deposit)."""
    _check(amount, key)
    wallet = await wallet_of(customer_id)
    lot = await _lot(wallet, LotKind.PAID, f"wallet:{wallet.id}:paid", None)
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
        raise ValidationFailed("invalid_expiry", "an expiry needs a time zone",
                               field="expiresAt")
    wallet = await wallet_of(customer_id)
    async with in_transaction():
        await Wallet.select_for_update().get(id=wallet.id)
        lot = await _lot(wallet, LotKind.PROMOTIONAL, f"grant:{key}", expires_at)
        await create_transfers([TransferRequest(
            idempotency_key=f"wallet:grant:{key}", code=code.code, amount=amount,
            debit_account_id=source_account_id, credit_account_id=lot.account_id,
            metadata=metadata, **_reference(Source(SourceKind.GRANT, lot.id)))],
            namespace=NAMESPACE)
    return lot


async def _spendable(wallet: Wallet, now: datetime) -> list[tuple[Lot, int]]:
    """The wallet's lots in the order a spend draws them, with what each holds now."""
    lots = await Lot.filter(wallet_id=wallet.id, expired_at=None).prefetch_related("account")
    usable = [lot for lot in lots
              if lot.kind is LotKind.PAID or (lot.expires_at is not None and lot.expires_at > now)]
    usable.sort(key=lambda lot: (lot.kind is LotKind.PAID, lot.expires_at or now, lot.id))
    return [(lot, _available(lot.account)) for lot in usable]


def _result(spend: Spend, parts: list[SpendPart], lots: dict[int, Lot],
            replayed: bool) -> SpendResult:
    return SpendResult(spend_id=spend.id, amount=spend.amount, replayed=replayed, draws=[
        Draw(lot_id=p.lot_id, kind=lots[p.lot_id].kind, amount=p.amount)
        for p in parts])


async def _replay(spend: Spend, amount: int, to_account_id: int) -> SpendResult:
    if spend.amount != amount or spend.to_account_id != to_account_id:
        raise Conflict("key_conflict", "this key was used for another spend", field="key")
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
            raise NotFound("wallet_not_found", f"customer {customer_id} has no wallet",
                           field="customerId")
        done = await Spend.get_or_none(key=key)
        if done is not None:
            return await _replay(done, amount, to_account_id)
        lots = await _spendable(wallet, moment)
        available = sum(held for _, held in lots)
        if available < amount:
            raise InsufficientFunds(amount, available)
        draws: list[tuple[Lot, int]] = []
        left = amount
        for lot, held in lots:
            if left == 0:
                break
            take = min(left, held)
            if take > 0:
                draws.append((lot, take))
                left -= take
        records = await create_transfers([TransferRequest(
            idempotency_key=f"wallet:spend:{key}:{lot.id}", code=code.code, amount=take,
            debit_account_id=lot.account_id, credit_account_id=to_account_id,
            **_reference(source)) for lot, take in draws], namespace=NAMESPACE)
        row = await Spend.create(wallet=wallet, key=key, amount=amount,
                                 to_account_id=to_account_id)
        parts = [await SpendPart.create(spend=row, lot=lot, amount=take, transfer_id=record.id)
                 for (lot, take), record in zip(draws, records, strict=True)]
    return _result(row, parts, {lot.id: lot for lot, _ in draws}, replayed=False)


async def refund(spend_key: str, *, code: TransferCode = REFUND_CODE) -> SpendResult:
    """Give a spend back to exactly the lots it drew from, once; a second call changes nothing
    and answers `replayed`. What returns to a lot that has expired meanwhile goes straight on
    to the expired-credit account."""
    found = await Spend.get_or_none(key=spend_key)
    if found is None:
        raise NotFound("spend_not_found", f"no spend {spend_key!r}", field="spendKey")
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
    lots = [LotBalance(lot_id=lot.id, account_id=lot.account_id,
                       kind=lot.kind, expires_at=lot.expires_at, available=held)
            for lot, held in await _spendable(wallet, now_or(now))]
    paid = sum(lot.available for lot in lots if lot.kind is LotKind.PAID)
    promotional = sum(lot.available for lot in lots if lot.kind is LotKind.PROMOTIONAL)
    return WalletBalance(total=paid + promotional, paid=paid, promotional=promotional, lots=lots)


async def lot_balance(customer_id: int, lot_id: int) -> LotBalance | None:
    """One lot of the customer's wallet, expired ones included (they hold nothing once swept);
    None if the customer has no such lot."""
    lot = await Lot.filter(id=lot_id, wallet__customer_id=customer_id) \
        .prefetch_related("account").first()
    if lot is None:
        return None
    return LotBalance(lot_id=lot.id, account_id=lot.account_id,
                      kind=lot.kind, expires_at=lot.expires_at,
                      available=_available(lot.account))


async def cashable(customer_id: int) -> int:
    """What may be cashed out: paid credit only."""
    return (await balance(customer_id)).paid


def expiry_key(lot_id: int) -> str:
    """The natural key of a lot's expiry: one per lot, for good."""
    return f"wallet:expire:{lot_id}"


async def expire_lot(lot_id: int, *, now: datetime | None = None) -> int | None:
    """Move what is left of an expired promotional lot to the expired-credit account. Returns
    the amount moved, or None if the lot is not due or was swept already."""
    moment = now_or(now)
    lot = await Lot.get_or_none(id=lot_id)
    if lot is None:
        raise NotFound("lot_not_found", f"no lot {lot_id}", field="lotId")
    async with in_transaction():
        # The wallet's lock: no spend is being planned on this lot while it is swept.
        await Wallet.select_for_update().get(id=lot.wallet_id)
        lot = await Lot.select_for_update().get(id=lot_id)
        if (lot.kind is not LotKind.PROMOTIONAL or lot.expired_at is not None
                or lot.expires_at is None or lot.expires_at > moment):
            return None
        account = await Account.get(id=lot.account_id)
        left = _available(account)
        if left > 0:
            expired = await system_account(LEDGER, SystemAccount.EXPIRED_CREDIT)
            await create_transfers([TransferRequest(
                idempotency_key=expiry_key(lot.id), code=EXPIRE_CODE.code, amount=left,
                debit_account_id=account.id, credit_account_id=expired.id,
                **_reference(Source(SourceKind.GRANT, lot.id)))],
                namespace=NAMESPACE)
        lot.expired_at = moment
        await lot.save(update_fields=["expired_at"])
    return left


async def expire_due(*, now: datetime | None = None, limit: int = 500) -> int:
    """Sweep every promotional lot whose expiry has passed; returns how many this run swept."""
    moment = now_or(now)
    ids = await Lot.filter(kind=LotKind.PROMOTIONAL, expired_at=None,
                           expires_at__lte=moment).order_by("expires_at", "id") \
        .limit(limit).values_list("id", flat=True)
    swept = 0
    for lot_id in ids:
        if await expire_lot(int(lot_id), now=moment) is not None:  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values
            swept += 1
    return swept


MANUAL_GRANT_PREFIX = "manual:"


async def grant_by_staff(customer_id: int, amount: int, expires_at: datetime, key: str,
                         reason: str, granted_by: str, *, now: datetime | None = None) -> Lot:
    """Promotional credit a staff member grants by hand, from the promotions account, once per
    `key` (kept apart from the bonus's keys), with the reason and who granted it on the transfer."""
    reason = reason.strip()
    if not 1 <= len(reason) <= 500:
        raise ValidationFailed("invalid_reason", "a reason of 1 to 500 characters is required",
                               field="reason")
    check_key(key, max_length=KEY_MAX - len(MANUAL_GRANT_PREFIX))
    if expires_at.tzinfo is None:
        raise ValidationFailed("invalid_expiry", "an expiry needs a time zone",
                               field="expiresAt")
    grant_key = MANUAL_GRANT_PREFIX + key
    # A replay of a grant made earlier stands even if its expiry has passed since.
    if expires_at <= now_or(now) and not await Lot.exists(key=f"grant:{grant_key}"):
        raise ValidationFailed("invalid_expiry", "the expiry must be in the future",
                               field="expiresAt")
    source = await system_account(LEDGER, SystemAccount.PROMOTIONS)
    return await grant_promotional(customer_id, amount, expires_at, source.id, grant_key,
                                   metadata={"reason": reason, "granted_by": granted_by})
