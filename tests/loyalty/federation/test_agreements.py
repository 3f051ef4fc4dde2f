"""Federations and their agreements: who founds, invites, joins, proposes, accepts and ends,
who sees an agreement, and which counters record purchases through one."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.loyalty import federation
from models.loyalty.codes import AgreementStatus, Channel, TravellingKind
from models.loyalty.purchases import counter_for
from models.loyalty.tables import Club
from tests.loyalty.purchases.conftest import Rules, make_shop

from .conftest import Pair, owner_of


def terminal_of(merchant_id: int) -> Identity:
    return Identity(kind=CallerKind.TERMINAL, name="terminal", terminal_id=merchant_id * 10,
                    partner_id=merchant_id, key_id=1)


async def outsider_club() -> Club:
    return (await make_shop(Rules(), merchants=0, members=0)).club


async def test_a_terminal_of_the_hosts_merchant_records_purchases_of_the_home_club(
        pair: Pair) -> None:
    await pair.agree()
    counter = await counter_for(terminal_of(pair.host.merchants[0].id), pair.home.club.id)
    assert (counter.club_id, counter.merchant_id, counter.channel) == (
        pair.home.club.id, pair.host.merchants[0].id, Channel.POS)


async def test_a_terminal_of_a_merchant_in_no_agreement_is_refused(pair: Pair) -> None:
    await pair.agree(accept=False)
    with pytest.raises(NotFound) as refused:
        await counter_for(terminal_of(pair.host.merchants[0].id), pair.home.club.id)
    assert refused.value.code == "club_not_found"


async def test_an_agreement_is_hidden_from_another_clubs_owner(pair: Pair) -> None:
    agreement = await pair.agree()
    stranger = owner_of(await outsider_club())
    with pytest.raises(NotFound) as refused:
        await federation.agreement_for(stranger, agreement.id)
    assert refused.value.code == "federation_agreement_not_found"
    with pytest.raises(NotFound):
        await federation.end_agreement(stranger, agreement.id)
    with pytest.raises(NotFound):
        await federation.close_period(stranger, agreement.id, datetime.now(UTC))
    now = datetime.now(UTC)
    with pytest.raises(NotFound):
        await federation.statement(stranger, pair.home.club.id, pair.host.club.id,
                                   now - timedelta(days=1), now)
    with pytest.raises(NotFound) as listing:
        await federation.agreements_of(stranger, pair.home.club.id)
    assert listing.value.code == "club_not_found"


async def test_a_partner_key_reaches_no_federation(pair: Pair) -> None:
    agreement = await pair.agree()
    key = Identity(kind=CallerKind.PARTNER_KEY, name="key", partner_id=pair.home.club.owner_id,
                   key_id=3)
    with pytest.raises(NotFound):
        await federation.agreement_for(key, agreement.id)
    with pytest.raises(NotFound):
        await federation.create_federation(key, pair.home.club.id, "Mine")


async def test_only_the_host_club_accepts_an_agreement(pair: Pair) -> None:
    agreement = await pair.agree(accept=False)
    with pytest.raises(NotAllowed) as refused:
        await federation.accept_agreement(pair.a, agreement.id)
    assert refused.value.code == "club_role_required"
    assert (await federation.accept_agreement(pair.b, agreement.id)).status is \
        AgreementStatus.ACTIVE


async def test_an_ended_agreement_cannot_be_accepted(pair: Pair) -> None:
    agreement = await pair.agree(accept=False)
    await federation.end_agreement(pair.a, agreement.id)
    with pytest.raises(Conflict) as refused:
        await federation.accept_agreement(pair.b, agreement.id)
    assert refused.value.code == "federation_agreement_not_proposed"


async def test_a_pair_has_one_agreement_not_ended_and_a_new_one_after(pair: Pair) -> None:
    first = await pair.agree()
    with pytest.raises(Conflict) as refused:
        await federation.propose_agreement(pair.a, pair.home.club.id, pair.host.club.id,
                                           first.federation_id,
                                           federation.Terms(True, False, ()))
    assert refused.value.code == "federation_agreement_exists"
    await federation.end_agreement(pair.b, first.id)
    second = await federation.propose_agreement(pair.a, pair.home.club.id, pair.host.club.id,
                                                first.federation_id,
                                                federation.Terms(True, False, ()))
    assert (second.number, second.status) == (2, AgreementStatus.PROPOSED)


async def test_an_agreement_needs_the_partner_to_have_joined(pair: Pair) -> None:
    founded = await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    await federation.invite_club(pair.a, founded.id, pair.host.club.id)
    with pytest.raises(NotFound) as refused:
        await federation.propose_agreement(pair.a, pair.home.club.id, pair.host.club.id,
                                           founded.id, federation.Terms(True, True, (
                                               TravellingKind.POINTS,)))
    assert refused.value.code == "not_a_federation_member"


async def test_a_club_not_invited_cannot_join(pair: Pair) -> None:
    founded = await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    with pytest.raises(NotFound) as refused:
        await federation.join_federation(pair.b, founded.id, pair.host.club.id)
    assert refused.value.code == "federation_not_found"


async def test_only_the_founding_club_invites(pair: Pair) -> None:
    founded = await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    with pytest.raises(NotFound) as refused:
        await federation.invite_club(pair.b, founded.id, pair.host.club.id)
    assert refused.value.code == "federation_not_found"


@pytest.mark.parametrize(("terms", "field"), [
    (federation.Terms(earn=False, spend=False, kinds=()), "earn"),
    (federation.Terms(earn=True, spend=True, kinds=()), "kinds"),
])
async def test_an_agreement_that_lets_nothing_happen_is_refused(
        pair: Pair, terms: federation.Terms, field: str) -> None:
    founded = await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    with pytest.raises(ValidationFailed) as refused:
        await federation.propose_agreement(pair.a, pair.home.club.id, pair.host.club.id,
                                           founded.id, terms)
    assert (refused.value.code, refused.value.field) == ("invalid_federation_agreement", field)


async def test_an_agreement_with_itself_is_refused(pair: Pair) -> None:
    founded = await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    with pytest.raises(ValidationFailed):
        await federation.propose_agreement(pair.a, pair.home.club.id, pair.home.club.id,
                                           founded.id, federation.Terms(True, False, ()))


async def test_a_club_founds_one_federation_of_a_name(pair: Pair) -> None:
    await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    with pytest.raises(Conflict) as refused:
        await federation.create_federation(pair.a, pair.home.club.id, " Narvan ")
    assert refused.value.code == "federation_exists"


async def test_the_clubs_list_their_federations_and_agreements(pair: Pair) -> None:
    agreement = await pair.agree()
    [view] = await federation.federations_of(pair.b, pair.host.club.id)
    assert {c.club_id for c in view.clubs} == {pair.home.club.id, pair.host.club.id}
    for identity, club in ((pair.a, pair.home.club), (pair.b, pair.host.club)):
        assert [a.id for a in await federation.agreements_of(identity, club.id)] == [
            agreement.id]



async def test_concurrent_proposals_of_a_pair_open_one_agreement(pair: Pair) -> None:
    founded = await federation.create_federation(pair.a, pair.home.club.id, "Narvan")
    await federation.invite_club(pair.a, founded.id, pair.host.club.id)
    await federation.join_federation(pair.b, founded.id, pair.host.club.id)
    results = await asyncio.gather(*(federation.propose_agreement(
        pair.a, pair.home.club.id, pair.host.club.id, founded.id,
        federation.Terms(True, False, ())) for _ in range(3)), return_exceptions=True)
    made = [r for r in results if not isinstance(r, BaseException)]
    assert len(made) == 1
    assert all(isinstance(r, Conflict) for r in results if isinstance(r, BaseException))
