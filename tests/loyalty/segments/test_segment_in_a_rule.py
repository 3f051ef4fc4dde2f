"""A segment used in a rule: the rules read which of the segments their conditions name the
member is in (`PurchaseFacts.segment_ids`, filled by `standing.member_facts`), as of the
purchase, from the club's rules and segments as they are now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.loyalty import segments
from models.loyalty.codes import RewardKind, RuleStatus
from models.loyalty.evaluation import forget_index
from models.loyalty.purchases import commit_purchase, quote_purchase
from models.loyalty.rules import RuleDraft, create_rule, set_rule_status
from models.loyalty.segments import archive_segment, create_segment, update_segment
from models.loyalty.tables import Club
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
TEN_PERCENT = [{"kind": "discount", "percent_bp": 1000}]
REGULARS = {"all": [{"field": "purchases_90", "op": "gte", "value": 1}]}


@pytest.fixture
async def club(shop: Shop) -> Club:
    forget_index()
    shop.club.rewards = [str(kind) for kind in RewardKind]
    await shop.club.save(update_fields=["rewards"])
    return shop.club


async def _rule(club: Club, condition: dict[str, Any]) -> int:
    rule, _ = await create_rule(club, RuleDraft(name="Regulars", effects=TEN_PERCENT,
                                                condition=condition), actor="staff:1")
    await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    return rule.id


def _in(segment_id: int, op: str = "in") -> dict[str, Any]:
    return {"all": [{"field": "segment", "op": op, "value": [segment_id]}]}


async def test_a_segment_used_in_a_rule_rewards_a_member_in_it_and_not_one_outside(
        shop: Shop, club: Club, clean_ledger: None) -> None:
    # given member 0 bought once 20 days ago, member 1 never; a rule for the regulars
    await commit_purchase(shop.request(10_000, member=0), now=NOW - timedelta(days=20))
    regulars = await create_segment(club, "Regulars", REGULARS)
    await _rule(club, _in(regulars.id))
    # when each buys
    inside = await commit_purchase(shop.request(100_000, member=0), now=NOW)
    outside = await commit_purchase(shop.request(100_000, member=1), now=NOW)
    # then only the regular gets the discount
    assert (inside.discount, outside.discount) == (10_000, 0)


async def test_a_rule_for_those_not_in_a_segment_rewards_the_others(
        shop: Shop, club: Club) -> None:
    await commit_purchase(shop.request(10_000, member=0), now=NOW - timedelta(days=20))
    regulars = await create_segment(club, "Regulars", REGULARS)
    await _rule(club, _in(regulars.id, "not_in"))
    assert (await quote_purchase(shop.request(100_000, member=0), now=NOW)).discount == 0
    assert (await quote_purchase(shop.request(100_000, member=1), now=NOW)).discount == 10_000


async def test_a_segment_redefined_applies_from_the_next_purchase(
        shop: Shop, club: Club) -> None:
    regulars = await create_segment(club, "Regulars", REGULARS)
    await _rule(club, _in(regulars.id))
    assert (await quote_purchase(shop.request(100_000, member=1), now=NOW)).discount == 0
    await update_segment(club, regulars.id, definition={"all": [
        {"field": "never_purchased", "op": "is", "value": True}]})
    assert (await quote_purchase(shop.request(100_000, member=1), now=NOW)).discount == 10_000


async def test_an_archived_segment_in_a_rule_holds_no_one(shop: Shop, club: Club) -> None:
    everyone = await create_segment(club, "Everyone", {})
    await _rule(club, _in(everyone.id))
    assert (await quote_purchase(shop.request(100_000), now=NOW)).discount == 10_000
    await archive_segment(club, everyone.id)
    assert (await quote_purchase(shop.request(100_000), now=NOW)).discount == 0


async def test_a_rule_naming_another_clubs_segment_holds_for_no_one(
        shop: Shop, club: Club) -> None:
    other = await make_shop(Rules())
    theirs = await create_segment(other.club, "Everyone there", {})
    await _rule(club, _in(theirs.id))
    assert (await quote_purchase(shop.request(100_000), now=NOW)).discount == 0


class _Counted:
    """Counts the calls of a module function it replaces (monkeypatch)."""

    def __init__(self, function: Any) -> None:
        self.function, self.calls = function, 0

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return await self.function(*args, **kwargs)


async def test_the_segments_a_rule_names_cost_one_query_per_purchase(
        shop: Shop, club: Club, monkeypatch: pytest.MonkeyPatch) -> None:
    regulars = await create_segment(club, "Regulars", REGULARS)
    await _rule(club, _in(regulars.id))
    await quote_purchase(shop.request(100_000), now=NOW)  # the club's rule segments, loaded
    loads = _Counted(segments._load_rule_segments)
    queries = _Counted(segments._rows)
    monkeypatch.setattr(segments, "_load_rule_segments", loads)
    monkeypatch.setattr(segments, "_rows", queries)
    for member in (0, 1):
        await quote_purchase(shop.request(100_000, member=member), now=NOW)
    assert (loads.calls, queries.calls) == (0, 2)


async def test_a_club_whose_rules_name_no_segment_asks_nothing_of_segments(
        shop: Shop, club: Club, monkeypatch: pytest.MonkeyPatch) -> None:
    await create_segment(club, "Everyone", {})
    await _rule(club, {"all": [{"field": "amount", "op": "gte", "value": 1}]})
    await quote_purchase(shop.request(100_000), now=NOW)
    queries = _Counted(segments._rows)
    monkeypatch.setattr(segments, "_rows", queries)
    assert (await quote_purchase(shop.request(100_000), now=NOW)).discount == 10_000
    assert queries.calls == 0
