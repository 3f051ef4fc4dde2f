"""Signing in and out of the admin."""

from __future__ import annotations

from nicegui import app
from nicegui.testing import User
from tortoise import connections

from .support import sign_in_as


async def _sessions() -> int:
    [row] = await connections.get("default").execute_query_dict(
        "SELECT count(*) AS n FROM identity_api_token WHERE kind = 'session'")
    return int(row["n"])


async def test_wrong_password_shows_the_error_and_stores_nothing(user: User, staff):
    # when
    await sign_in_as(user, password="not the password")
    # then
    # (before signing in, the admin speaks Persian, the default)
    await user.should_see("ایمیل یا گذرواژه نادرست است.", retries=20)
    with user:
        assert "session_token" not in app.storage.user
    assert await _sessions() == 0


async def test_right_password_reaches_the_dashboard(user: User, staff):
    # when
    await sign_in_as(user)
    # then
    await user.should_see(marker="ledger-totals", retries=20)
    await user.should_see("Owner (owner)")
    with user:
        assert app.storage.user["session_token"].startswith("etb_")


async def test_signing_in_leads_back_to_the_page_asked_for(user: User, staff, make_account):
    # given
    account = await make_account(owner="ali")
    await user.open(f"/accounts/{account.id}")
    await user.should_see(marker="sign-in")
    # when
    user.find(marker="email").type("owner@example.com")
    user.find(marker="password").type("correct horse battery")
    user.find(marker="sign-in").click()
    # then
    await user.should_see(f"Account {account.id}", retries=20)


async def test_sign_out_ends_the_session_at_the_api(user: User, staff):
    # given
    await sign_in_as(user)
    await user.should_see(marker="sign-out", retries=20)
    # when
    user.find(marker="sign-out").click()
    # then
    await user.should_see(marker="sign-in", retries=20)
    with user:
        assert "session_token" not in app.storage.user
    [row] = await connections.get("default").execute_query_dict(
        "SELECT revoked_at FROM identity_api_token WHERE kind = 'session'")
    assert row["revoked_at"] is not None
