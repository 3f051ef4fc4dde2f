"""What the rules see of a purchase (`PurchaseFacts`) and what they give for it (`Reward`): the
contract between the rules (`models.loyalty.rules`, which evaluate) and the purchase
(`models.loyalty.purchases`, which applies). Amounts are integers in the ledger's smallest unit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.lots.tables import ScopeKind
from models.loyalty.codes import Channel, EffectKind


@dataclass(frozen=True, slots=True)
class LineFacts:
    line_no: int
    amount: int  # rials, the line's total
    service_category_id: int | None = None
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class PurchaseFacts:
    """A purchase as a rule's condition reads it. `at` is aware; the rules read its weekday and
    hour in the club's timezone."""

    club_id: int
    member_id: int
    merchant_id: int  # the merchant's partner id
    channel: Channel
    amount: int
    at: datetime
    lines: tuple[LineFacts, ...] = ()
    merchant_group_ids: frozenset[int] = frozenset()
    merchant_category_id: int | None = None
    first_at_club: bool = False  # the member's first committed purchase in the club
    first_at_merchant: bool = False  # ... at this merchant
    member_group_id: int | None = None  # the next issue fills member groups
    segment_ids: frozenset[int] = frozenset()  # ... and segments
    tier_id: int | None = None  # the member's tier (models.loyalty.tiers), None: none
    tier_rank: int = 0  # its rank on the club's ladder, 1 the lowest; 0: no tier
    points_multiplier_permille: int = 1000  # the tier's: the rules' points × this / 1000


@dataclass(frozen=True, slots=True)
class Reward:
    """One thing a rule version gives for a purchase. `amount` is in the ledger of its kind
    (rials for discount and credit, points, entries). A credit reward says where the lot it
    opens may be spent and when it expires; `line_no` names the line it was earned on, if one."""

    rule_id: int
    rule_version_id: int
    rule_name: str
    kind: EffectKind
    amount: int
    ledger: str
    scope_kind: ScopeKind = ScopeKind.CLUB
    scope_id: int | None = None
    expires_at: datetime | None = None
    line_no: int | None = None
    # the rule version's budgets this reward draws on, in rials (or points): None = unlimited
    budget_total: int | None = None
    budget_per_member: int | None = None
    budget_member_period: str = ""
    budget_per_merchant: int | None = None
    details: dict[str, int | str] = field(default_factory=dict)
