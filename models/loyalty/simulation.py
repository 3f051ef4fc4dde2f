"""What a rule version would give: for one purchase described by hand (a preview) and over the
club's committed purchases of the last 30 days (a simulation). Both evaluate the rule alone, as
if no other rule applied, and write nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import connections

from models.errors import ValidationFailed
from models.identity.callers import Identity
from models.loyalty.codes import Channel, EffectKind, PurchaseState, Trigger
from models.loyalty.evaluation import CompiledRule, compile_rule, evaluate
from models.loyalty.event_rules import InvalidTrigger
from models.loyalty.facts import LineFacts, PurchaseFacts, Reward
from models.loyalty.rules import (
    RuleDraft,
    check_draft,
    club_in_reach,
    draft_version,
    rule_in_reach,
    version_of,
)
from models.loyalty.tables import Club, ClubMerchant, MerchantGroupMember, RuleVersion

SIMULATION_DAYS = 30
CREDIT_KINDS = frozenset({EffectKind.MERCHANT_CREDIT, EffectKind.CLUB_CREDIT,
                          EffectKind.VIRTUAL_CREDIT})


def compiled(club: Club, version: RuleVersion, name: str) -> CompiledRule:
    return compile_rule(version, name, ZoneInfo(club.timezone), check=False)


async def preview_facts(club: Club, *, merchant_id: int, amount: int, at: datetime,
                        channel: Channel, line_category_ids: Sequence[int] = (),
                        first_at_club: bool = False, first_at_merchant: bool = False,
                        member_group_id: int | None = None) -> PurchaseFacts:
    """A purchase described by hand, with the merchant's groups and category as the club has
    them."""
    groups = await MerchantGroupMember.filter(club_id=club.id, merchant_id=merchant_id)
    terms = await ClubMerchant.get_or_none(club_id=club.id, merchant_id=merchant_id)
    lines = tuple(LineFacts(line_no=index + 1, amount=0, service_category_id=category_id)
                  for index, category_id in enumerate(line_category_ids))
    return PurchaseFacts(
        club_id=club.id, member_id=0, merchant_id=merchant_id, channel=channel, amount=amount,
        at=at, lines=lines, merchant_group_ids=frozenset(group.group_id for group in groups),
        merchant_category_id=terms.category_id if terms is not None else None,
        first_at_club=first_at_club, first_at_merchant=first_at_merchant,
        member_group_id=member_group_id)


async def rule_to_try(identity: Identity, *, rule_id: int | None, version: int | None,
                      club_id: int | None, draft: RuleDraft | None) -> tuple[Club, CompiledRule]:
    """What a preview or a simulation evaluates: a stored rule's version (its newest if none is
    named), or a draft not yet saved, checked as a save would check it."""
    if rule_id is not None:
        club, rule = await rule_in_reach(identity, rule_id)
        stored = await version_of(rule, version)
        _purchase_rule(stored)
        return club, compiled(club, stored, rule.name)
    if club_id is None or draft is None:
        raise ValidationFailed(message="name a rule, or a club and a draft", field="ruleId")
    club = await club_in_reach(identity, club_id)
    checked = check_draft(draft, club)
    drafted = draft_version(checked, club.id, 0, 0, "")
    _purchase_rule(drafted)
    return club, compiled(club, drafted, draft.name)


def _purchase_rule(version: RuleVersion) -> None:
    """A preview and a simulation try a rule on purchases: an event rule gives on its events."""
    if version.trigger != Trigger.PURCHASE:
        raise InvalidTrigger(message="a preview or a simulation tries a purchase rule",
                             field="trigger")


def preview(rule: CompiledRule, facts: PurchaseFacts) -> list[Reward]:
    """What the rule alone would give for the purchase."""
    return evaluate([rule], facts)


@dataclass(frozen=True, slots=True)
class Simulation:
    """A rule's figures over the club's committed purchases in [since, until). `cost` is what
    the club or its merchants would pay in rials: discounts, credit, and points at the club's
    point value (entries cost nothing until a draw)."""

    since: datetime
    until: datetime
    purchases: int  # seen
    purchases_rewarded: int
    members_rewarded: int
    discount: int
    credit: int
    points: int
    entries: int
    cost: int


# One query: the window's purchases with what a condition reads of each. A purchase is the
# member's first at the club (or at the merchant) when no earlier one that still stands exists.
_PURCHASES = """
WITH ranked AS (
    SELECT p.id, p.member_id, p.merchant_id, p.channel, p.amount, p.occurred_at,
           row_number() OVER (PARTITION BY p.member_id ORDER BY p.occurred_at, p.id) AS nth_club,
           row_number() OVER (PARTITION BY p.member_id, p.merchant_id
                              ORDER BY p.occurred_at, p.id) AS nth_merchant
    FROM loyalty_purchase p
    WHERE p.club_id = $1 AND p.state <> $4 AND p.occurred_at < $3
)
SELECT r.id, r.member_id, r.merchant_id, r.channel, r.amount, r.occurred_at,
       r.nth_club = 1 AS first_at_club, r.nth_merchant = 1 AS first_at_merchant,
       m.group_id AS member_group_id, cm.category_id AS merchant_category_id,
       ARRAY(SELECT DISTINCT l.service_category_id FROM loyalty_purchase_line l
             WHERE l.club_id = $1 AND l.purchase_id = r.id
               AND l.service_category_id IS NOT NULL) AS line_categories,
       ARRAY(SELECT g.group_id FROM loyalty_merchant_group_member g
             WHERE g.club_id = $1 AND g.merchant_id = r.merchant_id) AS merchant_groups
FROM ranked r
JOIN loyalty_member m ON m.id = r.member_id
LEFT JOIN loyalty_club_merchant cm ON cm.club_id = $1 AND cm.merchant_id = r.merchant_id
WHERE r.occurred_at >= $2
"""


def _facts(club_id: int, row: dict[str, Any]) -> PurchaseFacts:
    lines = tuple(LineFacts(line_no=index + 1, amount=0, service_category_id=category_id)
                  for index, category_id in enumerate(row["line_categories"] or ()))
    return PurchaseFacts(
        club_id=club_id, member_id=row["member_id"], merchant_id=row["merchant_id"],
        channel=Channel(row["channel"]), amount=row["amount"], at=row["occurred_at"],
        lines=lines, merchant_group_ids=frozenset(row["merchant_groups"] or ()),
        merchant_category_id=row["merchant_category_id"],
        first_at_club=row["first_at_club"], first_at_merchant=row["first_at_merchant"],
        member_group_id=row["member_group_id"])


async def simulate(club: Club, rule: CompiledRule, *, now: datetime,
                   days: int = SIMULATION_DAYS) -> Simulation:
    """The rule alone over the club's purchases of the last `days` days (voided ones left out;
    returns are not netted: the figures are what the rule would have given at commit)."""
    since = now - timedelta(days=days)
    rows = await connections.get("default").execute_query_dict(
        _PURCHASES, [club.id, since, now, str(PurchaseState.VOIDED)])
    totals = dict.fromkeys(EffectKind, 0)
    rewarded = 0
    members: set[int] = set()
    for row in rows:
        rewards = evaluate([rule], _facts(club.id, row))
        if not rewards:
            continue
        rewarded += 1
        members.add(row["member_id"])
        for reward in rewards:
            totals[reward.kind] += reward.amount
    credit = sum(totals[kind] for kind in CREDIT_KINDS)
    discount, points = totals[EffectKind.DISCOUNT], totals[EffectKind.POINTS]
    return Simulation(
        since=since, until=now, purchases=len(rows), purchases_rewarded=rewarded,
        members_rewarded=len(members), discount=discount, credit=credit, points=points,
        entries=totals[EffectKind.LOTTERY], cost=discount + credit + points * club.point_value)
