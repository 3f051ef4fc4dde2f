"""A reward given to a member outside a purchase: by an event rule, to a referrer, as a draw's
prize. The same legs as a purchase's grants (`purchases._reward_legs`) without a purchase: the
kind's funder (merchant funding for merchant credit, the club's rewards funding for club and
virtual credit, points issued, entries issued) → the member's lot (a lot of its own for credit,
their one points or entries lot otherwise).

`grant_transfer` opens the lot and answers the transfer; the caller posts it with its own rows
in one transaction (`create_transfers(..., namespace=NAMESPACE)`), so its key (the grant's `key`)
makes the grant once however often it is retried. Budgets and the member's debts are the
caller's to apply: a grant here is exactly `amount`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models.errors import CommonErrorCode, ValidationFailed
from models.ledger.posting import TransferRequest
from models.lots.tables import Lot, ScopeKind
from models.loyalty.accounts import club_account, merchant_subject
from models.loyalty.codes import AccountPurpose, EffectKind
from models.loyalty.legs import (
    CODES,
    CREDIT_KINDS,
    LOT_KIND,
    balance_lot_key,
    ledger_of,
    open_member_lot,
)
from models.loyalty.tables import Club, Member

GRANTABLE = CREDIT_KINDS | {EffectKind.POINTS, EffectKind.LOTTERY}


@dataclass(frozen=True, slots=True)
class Grant:
    """What to give: `kind` and `amount` (rials, points or entries), once per `key` (at most
    100 characters; it names the credit lot and the transfer). Merchant credit names the
    merchant funding it (`merchant_id`); credit may be scoped and expire."""

    kind: EffectKind
    amount: int
    key: str
    merchant_id: int | None = None
    scope_kind: ScopeKind = ScopeKind.CLUB
    scope_id: int | None = None
    expires_at: datetime | None = None


async def funding_account(club: Club, kind: EffectKind, merchant_id: int | None = None) -> int:
    """The club's account that pays for a grant of `kind`."""
    if kind is EffectKind.MERCHANT_CREDIT:
        if merchant_id is None:
            raise ValidationFailed(CommonErrorCode.INVALID_INPUT,
                                   "merchant credit names its merchant", field="merchantId")
        row = await club_account(club, AccountPurpose.MERCHANT_FUNDING,
                                 merchant_subject(merchant_id))
    elif kind is EffectKind.POINTS:
        row = await club_account(club, AccountPurpose.POINTS_ISSUED, ledger=ledger_of(kind))
    elif kind is EffectKind.LOTTERY:
        row = await club_account(club, AccountPurpose.ENTRIES_ISSUED, ledger=ledger_of(kind))
    else:
        row = await club_account(club, AccountPurpose.REWARDS_FUNDING)
    account_id: int = row.account_id
    return account_id


async def grant_lot(club: Club, member: Member, grant: Grant) -> Lot:
    """The lot `grant` fills, made the first time."""
    if grant.kind not in GRANTABLE:
        raise ValidationFailed(CommonErrorCode.INVALID_INPUT,
                               f"{grant.kind.value} is not a reward a member holds", field="kind")
    lot_kind = LOT_KIND[grant.kind]
    if grant.kind in CREDIT_KINDS:
        return await open_member_lot(
            club_id=club.id, member_id=member.id, customer_id=member.customer_id,
            kind=lot_kind, ledger=ledger_of(grant.kind), key=f"loyalty:{club.id}:{grant.key}",
            scope_kind=grant.scope_kind,
            scope_id=grant.scope_id if grant.scope_id is not None else club.id,
            expires_at=grant.expires_at)
    return await open_member_lot(
        club_id=club.id, member_id=member.id, customer_id=member.customer_id, kind=lot_kind,
        ledger=ledger_of(grant.kind), key=balance_lot_key(club.id, member.id, lot_kind),
        scope_kind=ScopeKind.CLUB, scope_id=club.id, expires_at=None)


async def grant_transfer(club: Club, member: Member, grant: Grant, *, reference_type: str,
                         reference_id: str, code: str | None = None,
                         metadata: dict[str, Any] | None = None) -> TransferRequest:
    """The transfer that gives `grant` to `member` (its lot opened): post it with the caller's
    rows. `code` defaults to the kind's purchase code (`loyalty_club_credit`, ...)."""
    if grant.amount <= 0:
        raise ValidationFailed(CommonErrorCode.INVALID_INPUT, "a grant's amount is positive",
                               field="amount")
    lot = await grant_lot(club, member, grant)
    return TransferRequest(
        idempotency_key=f"grant:{club.id}:{grant.key}", code=code or CODES[grant.kind],
        amount=grant.amount,
        debit_account_id=await funding_account(club, grant.kind, grant.merchant_id),
        credit_account_id=lot.account_id, ledger=ledger_of(grant.kind),
        reference_type=reference_type, reference_id=reference_id,
        metadata={**(metadata or {}), "lot": lot.id})
