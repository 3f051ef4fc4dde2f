"""The legs of a purchase on the ledger: the transfer codes, the member's lots (credit, points,
entries) and which of them a purchase may draw from, and the pure planning of draws.

A member's lot is held by `member:<id>` with the club's id, one ledger account that may not go
negative: a credit reward opens a lot of its own per (purchase, rule version, kind, line) with
the reward's scope and expiry; points and entries go to one lot per member and ledger, which
never expires.

Which lots a purchase may spend (`usable`): merchant credit only at its merchant, club credit at
the club's merchants (scope club) or the merchants of its group, service-category credit only
up to the amount of the purchase's lines of that category, and no lot past its expiry.
Spending order: soonest-expiring first, never-expiring last, then the oldest lot."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from models.lots.lots import available, open_lot
from models.lots.tables import Lot, LotKind, ScopeKind
from models.loyalty.accounts import IRR, LOTTERY, NAMESPACE, POINT
from models.loyalty.codes import EffectKind

# Transfer codes of the loyalty domain (every one starts with `loyalty_`).
CODES: dict[EffectKind, str] = {
    EffectKind.DISCOUNT: "loyalty_discount",
    EffectKind.MERCHANT_CREDIT: "loyalty_merchant_credit",
    EffectKind.CLUB_CREDIT: "loyalty_club_credit",
    EffectKind.VIRTUAL_CREDIT: "loyalty_virtual_credit",
    EffectKind.POINTS: "loyalty_points",
    EffectKind.LOTTERY: "loyalty_entries",
    EffectKind.REDEEM_CREDIT: "loyalty_redeem_credit",
    EffectKind.REDEEM_POINTS: "loyalty_redeem_points",
    EffectKind.FEE: "loyalty_fee",
    EffectKind.DEBT: "loyalty_debt",
}
BUDGET_USE_CODE = "loyalty_budget_use"
REPAY_CODE = "loyalty_debt_repaid"
_NEVER = datetime.max.replace(tzinfo=UTC)
RETURN_PREFIX = "loyalty_return_"  # + the code of the leg a return reverses

CREDIT_KINDS = frozenset({EffectKind.MERCHANT_CREDIT, EffectKind.CLUB_CREDIT,
                          EffectKind.VIRTUAL_CREDIT})
LOT_KIND: dict[EffectKind, LotKind] = {
    EffectKind.MERCHANT_CREDIT: LotKind.MERCHANT_CREDIT,
    EffectKind.CLUB_CREDIT: LotKind.CLUB_CREDIT,
    EffectKind.VIRTUAL_CREDIT: LotKind.VIRTUAL_CREDIT,
    EffectKind.POINTS: LotKind.POINTS,
    EffectKind.LOTTERY: LotKind.ENTRIES,
}
CREDIT_LOT_KINDS = frozenset({LotKind.MERCHANT_CREDIT, LotKind.CLUB_CREDIT,
                              LotKind.VIRTUAL_CREDIT})
LEDGER_OF: dict[EffectKind, str] = {
    EffectKind.POINTS: POINT, EffectKind.LOTTERY: LOTTERY, EffectKind.REDEEM_POINTS: POINT,
}


FUNDER: dict[EffectKind, str] = {
    EffectKind.MERCHANT_CREDIT: "merchant", EffectKind.CLUB_CREDIT: "club",
    EffectKind.VIRTUAL_CREDIT: "club", EffectKind.POINTS: "points",
    EffectKind.LOTTERY: "entries",
}
"""Who funds each reward a member may come to owe back (a return clawing back what they spent):
the purchase's merchant, the club's rewards funding, its points or its entries. A debt is owed
to one funder, and only that funder's later rewards repay it."""


def ledger_of(kind: EffectKind) -> str:
    return LEDGER_OF.get(kind, IRR)


def holder(member_id: int) -> str:
    return f"member:{member_id}"


def balance_lot_key(club_id: int, member_id: int, kind: LotKind) -> str:
    """The natural key of a member's one points (or entries) lot in a club."""
    return f"loyalty:{club_id}:member:{member_id}:{kind.value}"


def grant_lot_key(club_id: int, purchase_id: int, rule_version_id: int, kind: EffectKind,
                  line_no: int | None) -> str:
    line = "" if line_no is None else f":line:{line_no}"
    return f"loyalty:{club_id}:purchase:{purchase_id}:rv:{rule_version_id}:{kind.value}{line}"


async def open_member_lot(*, club_id: int, member_id: int, customer_id: int, kind: LotKind,
                          ledger: str, key: str, scope_kind: ScopeKind, scope_id: int | None,
                          expires_at: datetime | None) -> Lot:
    """The member's lot with natural key `key`, made (with its ledger account, which may not go
    negative) the first time (`models.lots.lots.open_lot`)."""
    return await open_lot(holder=holder(member_id), ledger=ledger, kind=kind, key=key,
                          owner=f"customer:{customer_id}", namespace=NAMESPACE,
                          account_code=f"loyalty_lot_{kind.value}", club_id=club_id,
                          scope_kind=scope_kind, scope_id=scope_id, expires_at=expires_at,
                          account_name=f"Member {member_id} {kind.value}",
                          external_id=f"loyalty-lot:{key}"[:128])


@dataclass(frozen=True, slots=True)
class HeldLot:
    """A member's lot with what it holds now."""

    lot_id: int
    account_id: int
    kind: LotKind
    ledger: str
    scope_kind: ScopeKind
    scope_id: int | None
    expires_at: datetime | None
    available: int


async def held_lots(club_id: int, member_id: int) -> list[HeldLot]:
    """Every lot of the member in the club not swept by expiry, with its balance."""
    lots = await Lot.filter(holder=holder(member_id), club_id=club_id, expired_at=None) \
        .prefetch_related("account")
    return [HeldLot(lot.id, lot.account_id, lot.kind, lot.ledger, lot.scope_kind, lot.scope_id,
                    lot.expires_at, available(lot.account)) for lot in lots]


@dataclass(frozen=True, slots=True)
class Place:
    """Where a purchase is made: what decides which lots it may draw."""

    club_id: int
    merchant_id: int
    merchant_group_ids: frozenset[int]
    category_amounts: Mapping[int, int]  # service category -> the lines' amount
    # a host club's merchant through a federation agreement: the credit lots that may pay
    # there (None: every kind, as at the club's own merchants) and whether points may
    lot_kinds: frozenset[LotKind] | None = None
    points_pay: bool = True


def may_spend(lot: HeldLot, place: Place, now: datetime) -> bool:
    """Whether `lot` is credit that may pay (part of) a purchase at `place` at `now`."""
    if lot.kind not in CREDIT_LOT_KINDS or lot.available <= 0:
        return False
    if place.lot_kinds is not None and lot.kind not in place.lot_kinds:
        return False
    if lot.expires_at is not None and lot.expires_at <= now:
        return False
    if lot.kind is LotKind.MERCHANT_CREDIT:
        return lot.scope_kind is ScopeKind.MERCHANT and lot.scope_id == place.merchant_id
    match lot.scope_kind:
        case ScopeKind.CLUB:
            return lot.scope_id in (None, place.club_id)
        case ScopeKind.MERCHANT:
            return lot.scope_id == place.merchant_id
        case ScopeKind.MERCHANT_GROUP:
            return lot.scope_id in place.merchant_group_ids
        case ScopeKind.SERVICE_CATEGORY:
            return lot.scope_id in place.category_amounts
        case _:
            return False


def spending_order(lots: Iterable[HeldLot]) -> list[HeldLot]:
    """Soonest-expiring first, never-expiring last, then by age."""
    return sorted(lots, key=lambda lot: (lot.expires_at is None,
                                         lot.expires_at or _NEVER, lot.lot_id))


@dataclass(frozen=True, slots=True)
class Draw:
    lot_id: int
    account_id: int
    kind: LotKind
    amount: int


def plan_draws(lots: Sequence[HeldLot], place: Place, now: datetime,
               limit: int) -> list[Draw]:
    """Draws of up to `limit` from the lots usable at `place`, in spending order; a service
    category's lots together pay at most its lines' amount."""
    left = limit
    category_left = dict(place.category_amounts)
    draws: list[Draw] = []
    for lot in spending_order(lot for lot in lots if may_spend(lot, place, now)):
        if left <= 0:
            break
        take = min(left, lot.available)
        if lot.scope_kind is ScopeKind.SERVICE_CATEGORY and lot.scope_id is not None:
            take = min(take, category_left.get(lot.scope_id, 0))
            category_left[lot.scope_id] = category_left.get(lot.scope_id, 0) - take
        if take > 0:
            draws.append(Draw(lot.lot_id, lot.account_id, lot.kind, take))
            left -= take
    return draws


def usable_credit(lots: Sequence[HeldLot], place: Place, now: datetime) -> int:
    """How much credit the member could spend at `place` at most (before the bill limits it)."""
    return sum(d.amount for d in plan_draws(lots, place, now, 2**62))
