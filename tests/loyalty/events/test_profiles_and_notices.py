"""A member's profile (completing it gives the profile rules, once), the events that reach the
event rules through the domain events' delivery, and the notices of credit about to expire."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models.identity.callers import CallerKind, Identity
from models.loyalty.codes import RewardKind, Trigger
from models.loyalty.event_rules import Occurrence, fire
from models.loyalty.events_tables import ExpiryNotice
from models.loyalty.expiry_notices import tell_expiring
from models.loyalty.members import Enrolment, enrol_in_panel
from models.loyalty.profiles import InvalidProfile, ProfileChange, update_profile
from models.loyalty.purchases import commit_purchase
from models.loyalty.tables import Club
from tests.conftest import DomainEvents
from tests.loyalty.events.conftest import (
    STAFF,
    MakeMember,
    Texts,
    event_rule,
    points,
    points_of,
    tehran,
)
from tests.loyalty.purchases.conftest import Rules, make_shop

pytestmark = pytest.mark.usefixtures("clean_ledger")

FULL = ProfileChange(given=frozenset({"birth_date", "gender"}), birth_date=date(1990, 1, 2),
                     gender="female")


async def test_completing_the_profile_gives_its_rule_once(
        club: Club, make_member: MakeMember, domain_events: DomainEvents) -> None:
    await event_rule(club, Trigger.PROFILE_COMPLETE, points(40))
    member = await make_member()
    me = Identity(kind=CallerKind.CUSTOMER, name="me", customer_id=member.customer_id)
    # when: the member completes their profile, then changes it again
    await update_profile(me, member.id, ProfileChange(given=frozenset({"gender"}),
                                                      gender="female"))
    await update_profile(me, member.id, FULL)
    await update_profile(STAFF, member.id, FULL)
    await domain_events.delivered()
    # then: the profile rule gave once
    assert await points_of(member) == 40


async def test_a_birth_date_in_the_future_is_refused(club: Club,
                                                     make_member: MakeMember) -> None:
    member = await make_member()
    with pytest.raises(InvalidProfile) as refused:
        await update_profile(STAFF, member.id, ProfileChange(
            given=frozenset({"birth_date"}),
            birth_date=datetime.now(UTC).date() + timedelta(days=2)))
    assert refused.value.field == "birthDate"


async def test_an_enrolment_gives_the_enrolment_rule(club: Club,
                                                     domain_events: DomainEvents) -> None:
    await event_rule(club, Trigger.ENROLLED, points(25))
    member = await enrol_in_panel(STAFF, club.id, Enrolment(mobile="09121234567", name="Sara"))
    await domain_events.delivered()
    assert await points_of(member) == 25


async def test_members_are_told_once_of_credit_about_to_expire(
        club: Club, make_member: MakeMember, texts: Texts) -> None:
    # given: a member with 5,000 rials of club credit expiring in 10 days
    await event_rule(club, Trigger.ENROLLED, [{"kind": "club_credit", "amount": 5_000,
                                               "expires_in_days": 10}])
    member = await make_member()
    at = tehran("2026-12-05 10:00")
    await fire(club.id, member.id, Occurrence(Trigger.ENROLLED, "enrolled", at))
    # when: notices go 3 days ahead: on day 5 (too early), day 8, and day 9
    assert await tell_expiring(texts, days=3, now=at + timedelta(days=5)) == 0
    assert await tell_expiring(texts, days=3, now=at + timedelta(days=8)) == 1
    assert await tell_expiring(texts, days=3, now=at + timedelta(days=9)) == 0
    # then: one text, naming the amount
    assert len(texts.sent) == 1 and "۵٬۰۰۰" in texts.sent[0][1]
    assert await ExpiryNotice.filter(member_id=member.id).count() == 1


async def test_committed_purchases_give_the_first_and_the_nth_purchase_rules(
        db: str, domain_events: DomainEvents) -> None:
    # given: a shop whose club gives 5 points for a first purchase and 70 for a second
    shop = await make_shop(Rules())
    shop.club.rewards = [str(kind) for kind in RewardKind]
    await shop.club.save(update_fields=["rewards"])
    await event_rule(shop.club, Trigger.FIRST_PURCHASE, points(5))
    await event_rule(shop.club, Trigger.NTH_PURCHASE, points(70), trigger_param=2)
    # when: the member commits two purchases, one of them replayed
    first = shop.request(10_000, reference="a")
    await commit_purchase(first, evaluator=shop.rules)
    await commit_purchase(first, evaluator=shop.rules)
    await commit_purchase(shop.request(10_000, reference="b"), evaluator=shop.rules)
    await domain_events.delivered()
    # then: both rules gave once
    assert await points_of(shop.members[0]) == 75
