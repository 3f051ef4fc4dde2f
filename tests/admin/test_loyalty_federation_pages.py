"""The federations pages: founding a federation from a club's page, inviting a club which joins
from its own, proposing an agreement; an agreement's page accepting it, its statement and
closing a period, in Persian with Jalali dates; an agreement out of reach."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.identity.tables import StaffUser
from models.loyalty.codes import AgreementStatus, EffectKind, FederationMembership
from models.loyalty.federation_tables import (
    Federation,
    FederationAgreement,
    FederationClub,
    FederationSettlement,
)
from models.loyalty.purchases import commit_purchase
from tests.admin.support import text_of
from tests.loyalty.federation.conftest import Pair
from tests.loyalty.purchases.conftest import Rules, make_shop

T = TypeVar("T")


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _eventually(probe: Callable[[], Awaitable[T | None]]) -> T | None:
    for _ in range(100):
        found = await probe()
        if found is not None:
            return found
        await asyncio.sleep(0.05)
    return None


async def _pair() -> Pair:
    return Pair(await make_shop(Rules(), merchants=1, members=1),
                await make_shop(Rules(), merchants=1, members=0))


async def test_staff_found_a_federation_invite_a_club_which_joins_and_propose(
        signed_in: User) -> None:
    pair = await _pair()
    home, host = pair.home.club, pair.host.club
    await signed_in.open("/loyalty/federations")
    await signed_in.should_see(marker=f"federations-of-{home.id}")
    await signed_in.open(f"/loyalty/clubs/{home.id}/federations")
    await signed_in.should_see(marker="federations-empty")
    signed_in.find(marker="federation-name").type("Narvan")
    signed_in.find(marker="create-federation").click()
    federation = await _eventually(lambda: Federation.get_or_none(club_id=home.id))
    assert federation is not None and federation.name == "Narvan"
    await signed_in.open(f"/loyalty/clubs/{home.id}/federations")
    signed_in.find(marker=f"invite-club-{federation.id}").type(str(host.id))
    signed_in.find(marker=f"invite-{federation.id}").click()
    assert await _eventually(lambda: FederationClub.get_or_none(club_id=host.id))
    await signed_in.open(f"/loyalty/clubs/{host.id}/federations")
    signed_in.find(marker=f"join-{federation.id}").click()
    assert await _eventually(lambda: FederationClub.get_or_none(
        club_id=host.id, status=FederationMembership.JOINED))
    await signed_in.open(f"/loyalty/clubs/{home.id}/federations")
    signed_in.find(marker="propose-partner").type(str(host.id))
    signed_in.find(marker="propose-agreement").click()
    agreement = await _eventually(lambda: FederationAgreement.get_or_none(club_id=home.id))
    assert agreement is not None and agreement.status is AgreementStatus.PROPOSED
    assert sorted(agreement.kinds) == ["club_credit", "points", "virtual_credit"]
    await signed_in.open(f"/loyalty/clubs/{host.id}/federations")
    [row] = _rows(signed_in, "federation-agreements")
    assert (row["id"], row["side"], row["partner"], row["status"]) == (
        str(agreement.id), "Host", str(home.id), "Proposed")


async def test_an_agreement_is_accepted_read_and_its_period_closed_in_persian(
        signed_in: User, staff: StaffUser) -> None:
    pair = await _pair()
    agreement = await pair.agree(accept=False)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/federations/agreements/{agreement.id}")
    signed_in.find(marker="accept-agreement").click()
    assert await _eventually(lambda: FederationAgreement.get_or_none(
        id=agreement.id, status=AgreementStatus.ACTIVE))
    await pair.give(EffectKind.CLUB_CREDIT, 12_000, "seed")
    # a purchase of yesterday: the form closes the period up to the start of today
    await commit_purchase(pair.at_host(50_000, credit=12_000),
                          now=datetime.now(UTC) - timedelta(days=1))
    await signed_in.open(f"/loyalty/federations/agreements/{agreement.id}")
    [net] = signed_in.find(marker="statement-net").elements
    assert "۱۲" in text_of(net)  # Persian digits
    [status] = signed_in.find(marker="agreement-status").elements
    assert text_of(status) == "فعال"
    await signed_in.should_see(marker="federation-settlements-empty")
    signed_in.find(marker="close-federation-period").click()
    closed = await _eventually(lambda: FederationSettlement.get_or_none(
        agreement_id=agreement.id))
    assert closed is not None and closed.net == 12_000


async def test_an_agreement_out_of_reach_is_not_found(signed_in: User) -> None:
    await signed_in.open("/loyalty/federations/agreements/999999")
    await signed_in.should_see(marker="agreement-not-found")
