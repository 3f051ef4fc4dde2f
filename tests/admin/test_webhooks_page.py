"""The webhooks page: a partner's endpoints, adding one (its secret shown once), deactivating one,
the delivery log by endpoint and outcome, the menu entry by role, and Persian."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from nicegui import app, ui
from nicegui.testing import User

from etebar.settings import get_settings
from models.events import webhooks
from models.events.tables import WebhookEndpoint
from models.identity.callers import CallerKind, Identity
from models.identity.reach import partner_owner
from models.identity.tables import StaffRole, StaffUser
from models.ledger.posting import TransferRequest, create_transfers

from .support import settle, text_of

OWNER = Identity(kind=CallerKind.STAFF, name="t", staff_id=1, role=StaffRole.OWNER)


def tables(user: User) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table on the page, by the table's marker (the log has none)."""
    return {(element._markers[0] if element._markers else "log"): element.rows
            for element in user.current_layout.descendants() if isinstance(element, ui.table)}


@pytest.fixture
def failing() -> Iterator[None]:
    """Every webhook POST answers 500 first, then 200."""
    statuses = [500]
    webhooks.transport = httpx.MockTransport(
        lambda request: httpx.Response(statuses.pop(0) if statuses else 200))
    yield
    webhooks.transport = None


async def _endpoint_with_a_failed_and_a_good_attempt(make_partner, make_account):
    partner = await make_partner("Narvan")
    endpoint, _ = await webhooks.create_endpoint(OWNER, partner.id, "https://hooks.example.com/n",
                                                 get_settings().secret_key)
    source, ours = await make_account(), await make_account(owner=partner_owner(partner.id))
    await create_transfers([TransferRequest(
        idempotency_key=f"test:{uuid.uuid4().hex}", code="test", amount=5,
        debit_account_id=source.id, credit_account_id=ours.id)])
    [delivery_id] = await webhooks.dispatch()
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(delivery_id, get_settings().secret_key)
    assert (await webhooks.deliver(delivery_id, get_settings().secret_key)).delivered
    return partner, endpoint, delivery_id


async def test_the_page_lists_endpoints_and_their_delivery_log(signed_in: User, failing,
                                                                make_partner, make_account):
    # given an endpoint whose delivery failed once, then succeeded
    partner, endpoint, delivery_id = await _endpoint_with_a_failed_and_a_good_attempt(
        make_partner, make_account)
    # when the owner opens the webhooks page from the menu
    await signed_in.should_see(marker="menu-webhooks")
    await signed_in.open(f"/webhooks?partner={partner.id}")
    # then the endpoint is listed, and its log shows both attempts, newest first
    shown = tables(signed_in)
    assert shown["endpoints"] == [{"id": str(endpoint.id), "partner": f"Narvan (#{partner.id})",
                                   "url": "https://hooks.example.com/n", "active": "Yes",
                                   "created_at": shown["endpoints"][0]["created_at"]}]
    log = shown["log"]
    assert [(r["number"], r["outcome"], r["status_code"], r["category"]) for r in log] == [
        ("2", "Succeeded", "200", "Answered"), ("1", "Failed", "500", "Answered")]
    assert {r["delivery"] for r in log} == {str(delivery_id)}
    # and filtered by outcome, only the failure
    await signed_in.open(f"/webhooks?partner={partner.id}&endpoint={endpoint.id}&outcome=failed")
    assert [r["number"] for r in tables(signed_in)["log"]] == ["1"]


async def test_adding_an_endpoint_shows_its_secret_once_and_deactivating_stops_it(
        signed_in: User, make_partner):
    # given a partner without endpoints
    partner = await make_partner("Narvan")
    await signed_in.open(f"/webhooks?partner={partner.id}")
    await signed_in.should_see(marker="no-endpoints")
    # when the owner adds one
    signed_in.find(marker="endpoint-url").type("https://hooks.example.com/new")
    signed_in.find(marker="create-endpoint").click()
    # then its secret is shown, and it is listed
    await settle(lambda: "endpoints" in tables(signed_in))
    endpoint = await WebhookEndpoint.get(partner_id=partner.id)
    secret = signed_in.find(marker="endpoint-secret").elements.pop()
    assert text_of(secret) == webhooks.endpoint_secret(endpoint, get_settings().secret_key)
    assert tables(signed_in)["endpoints"][0]["url"] == "https://hooks.example.com/new"
    # when it is deactivated
    signed_in.find(marker="deactivate-id").type(str(endpoint.id))
    signed_in.find(marker="deactivate-endpoint").click()
    # then it reads as inactive
    await settle(lambda: tables(signed_in)["endpoints"][0]["active"] == "No")
    assert not (await WebhookEndpoint.get(id=endpoint.id)).is_active
    # and a bad URL is refused in the reader's words
    signed_in.find(marker="endpoint-url").type("ftp://nope")
    signed_in.find(marker="create-endpoint").click()
    await signed_in.should_see("Enter an http(s) URL")
    assert await WebhookEndpoint.filter(partner_id=partner.id).count() == 1


async def test_an_internal_url_is_refused_in_the_readers_words(signed_in: User, make_partner):
    # given a partner without endpoints
    partner = await make_partner("Narvan")
    await signed_in.open(f"/webhooks?partner={partner.id}")
    # when the owner adds the cloud metadata service as an endpoint
    signed_in.find(marker="endpoint-url").type("http://169.254.169.254/latest/meta-data/")
    signed_in.find(marker="create-endpoint").click()
    # then it is refused, saying why, and nothing is stored
    await signed_in.should_see("Webhooks reach only public addresses")
    assert await WebhookEndpoint.filter(partner_id=partner.id).count() == 0


async def test_only_roles_that_may_list_endpoints_see_the_menu_entry(user: User, make_staff):
    # given a support member (webhookEndpoints is for owners and admins)
    member, token = await make_staff(StaffRole.SUPPORT)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    # when they open the admin
    await user.open("/dashboard")
    # then there is no webhooks entry, and the page says no
    await user.should_not_see(marker="menu-webhooks")
    await user.open("/webhooks")
    await user.should_see(marker="forbidden")


async def test_the_page_speaks_persian(signed_in: User, staff: StaffUser, failing,
                                       make_partner, make_account):
    # given the log of an endpoint, read in Persian
    partner, _, _ = await _endpoint_with_a_failed_and_a_good_attempt(make_partner, make_account)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    # when the page opens
    await signed_in.open(f"/webhooks?partner={partner.id}")
    # then its words and digits are Persian
    await signed_in.should_see("گزارش ارسال‌ها")
    log = tables(signed_in)["log"]
    assert [(r["number"], r["outcome"], r["status_code"], r["category"]) for r in log] == [
        ("۲", "موفق", "۲۰۰", "پاسخ داد"), ("۱", "ناموفق", "۵۰۰", "پاسخ داد")]
