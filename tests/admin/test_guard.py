"""Pages behind `@protected`: no valid session, no page."""

from __future__ import annotations

import httpx
from nicegui import app
from nicegui.testing import User

from models.identity.tokens import sign_out


async def test_unauthenticated_visit_to_accounts_redirects_to_sign_in(http: httpx.AsyncClient):
    # when
    response = await http.get("/accounts")
    # then
    assert response.status_code == 303
    assert response.headers["location"] == "/admin/login?next=%2Faccounts"


async def test_unauthenticated_user_lands_on_the_sign_in_page(user: User):
    # when
    await user.open("/accounts")
    # then
    await user.should_see(marker="sign-in")
    await user.should_not_see(marker="apply-filters")


async def test_the_admin_root_leads_to_the_dashboard(http: httpx.AsyncClient):
    # when
    response = await http.get("/", follow_redirects=True)
    # then
    assert response.url.path == "/admin/login"
    assert response.url.params["next"] == "/dashboard"


async def test_a_session_revoked_at_the_api_is_dropped(signed_in: User):
    # given
    with signed_in:
        token = app.storage.user["session_token"]
    await sign_out(token)
    # when
    await signed_in.open("/accounts")
    # then
    await signed_in.should_see(marker="sign-in")
    with signed_in:
        assert "session_token" not in app.storage.user
