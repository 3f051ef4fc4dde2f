"""The admin's GraphQL client: data back, or a clear error."""

from __future__ import annotations

import pytest

from admin_ui.client import AdminApi, ApiError, SessionExpired
from etebar.domains.compose import schema_parts
from etebar.settings import Settings

ME = "query { me { email role } }"


@pytest.fixture(scope="module")
def api() -> AdminApi:
    return AdminApi(Settings(environment="test"), schema_parts())


async def test_an_operation_returns_its_data(api: AdminApi, staff_token: str):
    data = await api.execute(ME, token=staff_token)
    assert data == {"me": {"email": "owner@example.com", "role": "owner"}}


async def test_an_unknown_token_is_an_ended_session(api: AdminApi, db: str):
    with pytest.raises(SessionExpired):
        await api.execute(ME, token="etb_not-a-token")


async def test_no_token_where_one_is_needed_is_an_ended_session(api: AdminApi, db: str):
    with pytest.raises(SessionExpired) as caught:
        await api.execute(ME)
    assert caught.value.codes == ["UNAUTHENTICATED"]


async def test_a_top_level_error_raises_with_the_apis_message(api: AdminApi, staff_token: str):
    with pytest.raises(ApiError) as caught:
        await api.execute("query($a: String) { accounts(after: $a) { edges { cursor } } }",
                          {"a": "not-a-cursor"}, token=staff_token)
    assert not isinstance(caught.value, SessionExpired)
    assert "cursor" in str(caught.value)
