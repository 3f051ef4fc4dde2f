"""The admin's page logic without a page: paging, filters, rows, paths and formatting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.requests import Request

from admin_ui import routes
from admin_ui.pages.account import pending_text, transfer_rows
from admin_ui.pages.accounts import AccountFilter, account_rows
from admin_ui.pages.cashouts import history
from admin_ui.text import error_text, format_amount, format_time, speaking, t
from admin_ui.widgets import CursorPager, customer_param, page_of


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with speaking("en"):
        yield


def _request(path: str, query: str = "", root_path: str = "/admin") -> Request:
    return Request({"type": "http", "method": "GET", "path": path, "root_path": root_path,
                    "query_string": query.encode(), "headers": []})


def test_the_pager_remembers_the_cursors_that_led_to_a_page():
    pager = CursorPager().forward("c1").forward("c2")
    assert (pager.number, pager.after, pager.has_previous) == (3, "c2", True)
    assert pager.back().after == "c1"
    assert pager.back().back() == CursorPager()


def test_the_first_page_has_no_previous_page():
    assert CursorPager().back() == CursorPager()
    assert CursorPager().after is None
    assert not CursorPager().has_previous


@pytest.mark.parametrize(("amount", "shown"), [
    (0, "0"), (999, "999"), (1_000, "1,000"), ("1234567", "1,234,567"), (-2_500, "-2,500"),
    (str(2**63 - 1), "9,223,372,036,854,775,807"), (None, "—"),
])
def test_amounts_get_thousands_separators(amount, shown):
    assert format_amount(amount) == shown


def test_times_are_shown_in_utc():
    assert format_time("2025-03-01T12:30:05.123+03:30") == "2025-03-01 09:00:05 UTC"


def test_a_known_error_code_uses_the_catalogue_and_an_unknown_one_the_api_message():
    assert error_text("invalid_credentials", "x") == t("error.invalid_credentials")
    assert error_text("something_new", "the API's words") == "the API's words"


def test_a_blank_filter_field_is_no_filter():
    assert AccountFilter.of(" IRR ", "", None) == AccountFilter(ledger="IRR")
    assert AccountFilter().variables() == {"ledger": None, "code": None, "owner": None}


def test_account_rows_format_amounts_and_link_to_the_account():
    node = {"id": "7", "ledger": "IRR", "code": "customer_wallet", "owner": None, "name": "",
            "balance": "-1500", "debitsPosted": "1500", "creditsPosted": "0",
            "debitsPending": "0", "creditsPending": "20000", "closed": True}
    [row] = account_rows([node], "/admin")
    assert row["id_href"] == "/admin/accounts/7"
    assert (row["balance"], row["credits_pending"], row["owner"], row["closed"]) == \
        ("-1,500", "20,000", "—", "Yes")


def _transfer(**overrides):
    node = {"id": "10", "ledger": "IRR", "kind": "SINGLE_PHASE", "amount": "5000", "code": "top_up",
            "createdAt": "2025-01-01T00:00:00+00:00", "pendingId": None,
            "debitAccountId": "1", "creditAccountId": "2",
            "debitAccount": {"id": "1", "code": "opening_balances", "name": "Opening"},
            "creditAccount": {"id": "2", "code": "customer_wallet", "name": ""},
            "pendingStatus": None}
    node.update(overrides)
    return node


def test_a_transfer_row_is_seen_from_the_accounts_side():
    [credit] = transfer_rows("2", [_transfer()], "/admin")
    [debit] = transfer_rows("1", [_transfer()], "/admin")
    assert (credit["direction"], credit["counterpart"], credit["counterpart_href"]) == \
        ("Credit", "#1 · Opening", "/admin/accounts/1")
    assert (debit["direction"], debit["counterpart"]) == ("Debit", "#2 · customer_wallet")
    assert credit["amount"] == "5,000"


def test_pending_states_are_named():
    assert pending_text(_transfer(kind="PENDING", pendingStatus={
        "state": "VOIDED", "expiresAt": None})) == "Voided"
    assert pending_text(_transfer(kind="VOID_PENDING", pendingId="9")) == "Resolves #9"
    assert pending_text(_transfer()) == ""


def test_a_connection_becomes_a_page():
    page = page_of({"edges": [{"node": {"id": "1"}}],
                    "pageInfo": {"hasNextPage": True, "endCursor": "c"}}, list)
    assert (page.rows, page.has_next, page.end_cursor) == ([{"id": "1"}], True, "c")


@pytest.mark.parametrize("path", ["https://evil.example/", "//evil.example/x", "accounts",
                                  "/\\evil.example", "", None])
def test_only_paths_inside_the_admin_are_followed_after_sign_in(path):
    assert not routes.is_local(path)


def test_the_sign_in_redirect_remembers_the_page_and_its_query():
    request = _request("/admin/accounts", "owner=ali")
    assert routes.sign_in_url(request) == "/admin/login?next=%2Faccounts%3Fowner%3Dali"


def test_the_sign_in_redirect_works_without_a_mount():
    assert routes.sign_in_url(_request("/accounts/3", root_path="")) == \
        "/login?next=%2Faccounts%2F3"


def test_list_urls_keep_only_the_filters_given():
    assert routes.with_query("/cash-outs", status="all", customer="12") == \
        "/cash-outs?status=all&customer=12"
    assert routes.with_query("/orders", status=None, customer="") == "/orders"


def test_a_customer_filter_is_an_id_or_nothing():
    assert [customer_param(v) for v in ("12", None, "", "x1", "1" * 20)] == [
        "12", None, None, None, None]


def _cash_out(status: str, **times: str | None) -> dict[str, str | None]:
    return {"status": status, "requestedAt": "t0", "reviewedAt": None, "sentAt": None,
            "settledAt": None, **times}


def test_a_cash_outs_history_names_each_step_it_reached():
    assert history(_cash_out("REQUESTED")) == [("requested", "t0")]
    assert history(_cash_out("REJECTED", reviewedAt="t1")) == [
        ("requested", "t0"), ("rejected", "t1")]
    assert history(_cash_out("PAID", reviewedAt="t1", sentAt="t2", settledAt="t3")) == [
        ("requested", "t0"), ("approved", "t1"), ("sent", "t2"), ("paid", "t3")]
    assert history(_cash_out("FAILED", reviewedAt="t1", sentAt="t2", settledAt="t3"))[-1] == \
        ("failed", "t3")
