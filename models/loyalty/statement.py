"""What a club owner reads of their club: the statement of a period and the 30-day dashboard.

Both are read from the rows the purchases and the settlement write: purchases (`Purchase`), what
each gave and what members paid with (`PurchaseEffect`, net of returns), the platform's fee
(effects of kind `fee`), the shares and their batches (`Share`, `SettlementBatch`), and breakage:
what expired out of the club's lots (`lots_lot`) to the ledger's expired-credit account. Days are
Tehran's calendar days."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from tortoise import connections

from models.errors import ValidationFailed
from models.i18n.formatting import TEHRAN
from models.identity.callers import Identity
from models.loyalty.codes import Beneficiary, EffectKind, PurchaseState, SettlementState
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club

# What a club gives, as the dashboard groups it.
ISSUED_GROUPS: dict[EffectKind, str] = {
    EffectKind.DISCOUNT: "discount",
    EffectKind.MERCHANT_CREDIT: "credit",
    EffectKind.CLUB_CREDIT: "credit",
    EffectKind.VIRTUAL_CREDIT: "credit",
    EffectKind.POINTS: "points",
    EffectKind.LOTTERY: "entries",
}
REDEEMED_GROUPS: dict[EffectKind, str] = {
    EffectKind.REDEEM_CREDIT: "credit",
    EffectKind.REDEEM_POINTS: "points",
}
# Points paid with are two legs: the points (POINT) and their rial value (IRR); a group counts
# in one unit, so the rial leg of a points redemption is not counted.
_NOT_COUNTED = frozenset({(EffectKind.REDEEM_POINTS.value, "IRR")})
# lots_lot.kind -> the group its breakage counts in
EXPIRED_GROUPS: dict[str, str] = {
    "merchant_credit": "credit", "club_credit": "credit", "virtual_credit": "credit",
    "points": "points", "entries": "entries",
}
DASHBOARD_DAYS = 30
TOP_MERCHANTS = 5


@dataclass(frozen=True, slots=True)
class ShareTotals:
    """One beneficiary's shares of the period: `settled` in accepted batches, `pending` the
    rest of what is paid in money, `as_credit` what is kept as credit."""

    beneficiary: Beneficiary
    partner_id: int | None
    partner_name: str
    total: int
    settled: int
    pending: int
    as_credit: int


@dataclass(frozen=True, slots=True)
class ClubStatement:
    club_id: int
    start: datetime
    end: datetime
    purchases: int
    sales: int  # rials, before returns
    returned: int
    fee_percent_bp: int
    fee_amount: int
    fees: int  # what the platform charged the club owner for the period's purchases
    shares: list[ShareTotals]
    issued: dict[str, int]  # group (credit, discount, points, entries) -> amount, net of returns
    redeemed: dict[str, int]
    expired: dict[str, int]  # breakage, by the day it expired


@dataclass(frozen=True, slots=True)
class DashboardDay:
    day: date
    issued: dict[str, int] = field(default_factory=dict)
    redeemed: dict[str, int] = field(default_factory=dict)
    expired: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MerchantSales:
    merchant_id: int
    name: str
    purchases: int
    sales: int


@dataclass(frozen=True, slots=True)
class ClubDashboard:
    club_id: int
    days: list[DashboardDay]
    top_merchants: list[MerchantSales]


async def _rows(sql: str, *arguments: object) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = await connections.get("default").execute_query_dict(
        sql, list(arguments))
    return rows


def _int(value: object) -> int:
    """A count, a bigint sum or an id (the queries cast their sums to bigint)."""
    assert isinstance(value, int), value
    return value


_EFFECTS = """
    SELECT ((p.occurred_at AT TIME ZONE 'Asia/Tehran')::date)::text AS day, e.kind, e.ledger,
           coalesce(sum(e.amount - e.returned_amount), 0)::bigint AS amount
    FROM loyalty_purchase_effect e
    JOIN loyalty_purchase p ON p.id = e.purchase_id AND p.club_id = e.club_id
    WHERE e.club_id = $1 AND p.occurred_at >= $2 AND p.occurred_at < $3 AND p.state <> $4
    GROUP BY 1, 2, 3"""

_EXPIRED = """
    SELECT ((t.created_at AT TIME ZONE 'Asia/Tehran')::date)::text AS day, l.kind,
           coalesce(sum(t.amount), 0)::bigint AS amount
    FROM lots_lot l
    JOIN ledger_transfer t ON t.debit_account_id = l.account_id
    JOIN ledger_account x ON x.id = t.credit_account_id
    WHERE l.club_id = $1 AND t.created_at >= $2 AND t.created_at < $3
      AND x.system_key = l.ledger || ':expired_credit'
    GROUP BY 1, 2"""


async def _effects(club_id: int, start: datetime, end: datetime) -> list[dict[str, object]]:
    return await _rows(_EFFECTS, club_id, start, end, PurchaseState.VOIDED.value)


async def _expired(club_id: int, start: datetime, end: datetime) -> list[dict[str, object]]:
    return await _rows(_EXPIRED, club_id, start, end)


def _grouped(rows: list[dict[str, object]], groups: dict[str, str]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for row in rows:
        if (row["kind"], row.get("ledger")) in _NOT_COUNTED:
            continue
        group = groups.get(str(row["kind"]))
        if group is not None:
            totals[group] += _int(row["amount"])
    return dict(totals)


_SHARES = """
    SELECT s.beneficiary, s.partner_id, coalesce(pa.name, '') AS partner_name,
           coalesce(sum(s.amount), 0)::bigint AS total,
           coalesce(sum(s.amount) FILTER (WHERE NOT s.as_credit AND b.state = $4), 0)::bigint
               AS settled,
           coalesce(sum(s.amount) FILTER (WHERE NOT s.as_credit
                                            AND (b.state IS NULL OR b.state <> $4)), 0)::bigint
               AS pending,
           coalesce(sum(s.amount) FILTER (WHERE s.as_credit), 0)::bigint AS as_credit
    FROM loyalty_share s
    LEFT JOIN loyalty_settlement_batch b ON b.id = s.batch_id
    LEFT JOIN identity_partner pa ON pa.id = s.partner_id
    WHERE s.club_id = $1 AND s.created_at >= $2 AND s.created_at < $3
    GROUP BY 1, 2, 3 ORDER BY 1, 2"""

_PURCHASES = """
    SELECT count(*) AS n, coalesce(sum(amount), 0)::bigint AS sales,
           coalesce(sum(returned_amount), 0)::bigint AS returned
    FROM loyalty_purchase
    WHERE club_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND state <> $4"""


async def club_statement(club: Club, start: datetime, end: datetime) -> ClubStatement:
    """The club owner's statement of purchases made in [start, end)."""
    [purchases] = await _rows(_PURCHASES, club.id, start, end, PurchaseState.VOIDED.value)
    effects = await _effects(club.id, start, end)
    shares = await _rows(_SHARES, club.id, start, end, SettlementState.ACCEPTED.value)
    fees = sum(_int(r["amount"]) for r in effects if r["kind"] == EffectKind.FEE.value)
    return ClubStatement(
        club_id=club.id, start=start, end=end, purchases=_int(purchases["n"]),
        sales=_int(purchases["sales"]), returned=_int(purchases["returned"]),
        fee_percent_bp=club.fee_percent_bp, fee_amount=club.fee_amount, fees=fees,
        shares=[ShareTotals(Beneficiary(str(r["beneficiary"])),
                            None if r["partner_id"] is None else _int(r["partner_id"]),
                            str(r["partner_name"]), _int(r["total"]), _int(r["settled"]),
                            _int(r["pending"]), _int(r["as_credit"])) for r in shares],
        issued=_grouped(effects, {k.value: g for k, g in ISSUED_GROUPS.items()}),
        redeemed=_grouped(effects, {k.value: g for k, g in REDEEMED_GROUPS.items()}),
        expired=_grouped(await _expired(club.id, start, end), EXPIRED_GROUPS))


def dashboard_window(now: datetime, days: int = DASHBOARD_DAYS) -> tuple[datetime, datetime,
                                                                         list[date]]:
    """The last `days` Tehran days to today included: (start, end, the days)."""
    today = now.astimezone(TEHRAN).date()
    first = today - timedelta(days=days - 1)
    start = datetime.combine(first, time(), TEHRAN).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=1), time(), TEHRAN).astimezone(UTC)
    return start, end, [first + timedelta(days=n) for n in range(days)]


_TOP = """
    SELECT p.merchant_id, coalesce(pa.name, '') AS name, count(*) AS n,
           coalesce(sum(p.amount - p.returned_amount), 0)::bigint AS sales
    FROM loyalty_purchase p LEFT JOIN identity_partner pa ON pa.id = p.merchant_id
    WHERE p.club_id = $1 AND p.occurred_at >= $2 AND p.occurred_at < $3 AND p.state <> $4
    GROUP BY 1, 2 ORDER BY 4 DESC, 1 LIMIT $5"""


async def club_dashboard(club: Club, now: datetime | None = None) -> ClubDashboard:
    """The last 30 Tehran days: per day rewards issued against redeemed and breakage, and the
    merchants with the most sales (net of returns) over the window."""
    start, end, days = dashboard_window(now or datetime.now(UTC))
    per_day: dict[str, DashboardDay] = {d.isoformat(): DashboardDay(d) for d in days}
    for row in await _effects(club.id, start, end):
        day = per_day.get(str(row["day"]))
        kind = str(row["kind"])
        if day is None or (kind, row["ledger"]) in _NOT_COUNTED:
            continue
        for groups, totals in (({k.value: g for k, g in ISSUED_GROUPS.items()}, day.issued),
                               ({k.value: g for k, g in REDEEMED_GROUPS.items()}, day.redeemed)):
            if kind in groups:
                totals[groups[kind]] = totals.get(groups[kind], 0) + _int(row["amount"])
    for row in await _expired(club.id, start, end):
        day = per_day.get(str(row["day"]))
        group = EXPIRED_GROUPS.get(str(row["kind"]))
        if day is not None and group is not None:
            day.expired[group] = day.expired.get(group, 0) + _int(row["amount"])
    top = await _rows(_TOP, club.id, start, end, PurchaseState.VOIDED.value, TOP_MERCHANTS)
    return ClubDashboard(club.id, list(per_day.values()),
                         [MerchantSales(_int(r["merchant_id"]), str(r["name"]), _int(r["n"]),
                                        _int(r["sales"])) for r in top])


STATEMENT_MAX_DAYS = 366


async def statement_as(identity: Identity | None, club_id: int, start: datetime,
                       end: datetime) -> ClubStatement:
    """The statement for whoever reaches the club (any club role): at most a year, aware
    moments, `start` before `end`."""
    club = await club_for(identity, club_id)
    if start.tzinfo is None or end.tzinfo is None or not start < end or (
            end - start > timedelta(days=STATEMENT_MAX_DAYS)):
        raise ValidationFailed(LoyaltyErrorCode.INVALID_STATEMENT_PERIOD,
                               "a period of at most a year, from before to", field="to")
    return await club_statement(club, start, end)


async def dashboard_as(identity: Identity | None, club_id: int,
                       now: datetime | None = None) -> ClubDashboard:
    return await club_dashboard(await club_for(identity, club_id), now)
