"""The admin's paths, relative to its mount point, and how to turn them into URLs a browser follows.

NiceGUI adds the mount prefix itself to `ui.link` and `ui.navigate.to` targets; an HTTP redirect
or an href inside a table template does not pass through that code, so it gets `mounted()`.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode, urlsplit

from starlette.requests import Request

SIGN_IN = "/login"
DASHBOARD = "/dashboard"
ACCOUNTS = "/accounts"
TRANSFERS = "/transfers"
STAFF = "/staff"
PARTNERS = "/partners"
AUDIT = "/audit"
WEBHOOKS = "/webhooks"
DEPOSITS = "/deposits"
TOP_UPS = "/topups"
MAIL = "/mail"
CAUGHT_MAIL = "/caught-mail"
CUSTOMERS = "/customers"
ORDERS = "/orders"
CASH_OUTS = "/cash-outs"
LOYALTY_CLUBS = "/loyalty/clubs"
LOYALTY_SETTLEMENTS = "/loyalty/settlements"
LOYALTY_RULES = "/loyalty/rules"
LOYALTY_RULE_NEW = "/loyalty/rules/new"
LOYALTY_FEDERATIONS = "/loyalty/federations"
HOME = DASHBOARD
STATIC = "/static"


def account(account_id: str | int) -> str:
    return f"{ACCOUNTS}/{account_id}"


def transfer(transfer_id: str | int) -> str:
    return f"{TRANSFERS}/{transfer_id}"


def partner(partner_id: str | int) -> str:
    return f"{PARTNERS}/{partner_id}"


def deposit(deposit_id: str | int) -> str:
    return f"{DEPOSITS}/{deposit_id}"


def top_up(top_up_id: str | int) -> str:
    return f"{TOP_UPS}/{top_up_id}"


def email_message(message_id: str | int) -> str:
    return f"{MAIL}/{message_id}"


def customer(customer_id: str | int) -> str:
    return f"{CUSTOMERS}/{customer_id}"


def order(order_id: str | int) -> str:
    return f"{ORDERS}/{order_id}"


def cash_out(cash_out_id: str | int) -> str:
    return f"{CASH_OUTS}/{cash_out_id}"


def loyalty_club(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}"


def loyalty_merchants(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/merchants"


def loyalty_merchant_tools(merchant_id: str | int) -> str:
    """A merchant's tools: staff, attendance, cash book and daily income, slots."""
    return f"/loyalty/merchants/{merchant_id}/tools"


def loyalty_members(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/members"


def loyalty_member(member_id: str | int) -> str:
    return f"/loyalty/members/{member_id}"


def loyalty_purchases(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/purchases"


def loyalty_purchase(purchase_id: str | int) -> str:
    return f"/loyalty/purchases/{purchase_id}"


def loyalty_rule(rule_id: str | int) -> str:
    return f"{LOYALTY_RULES}/{rule_id}"


def with_query(path: str, **params: str | None) -> str:
    """`path` with the given query parameters (those not None nor empty), in the order named:
    how list pages keep their filters in the URL."""
    given = {name: value for name, value in params.items() if value}
    return path + ("?" + urlencode(given) if given else "")


def prefix(request: Request) -> str:
    """Where the admin is mounted (`/admin`), as seen by this request."""
    return str(request.scope.get("root_path", ""))


def mounted(path: str, request: Request) -> str:
    return prefix(request) + path


def is_local(path: str | None) -> bool:
    """Whether `path` stays inside the admin: no scheme, no host, no protocol-relative `//`."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return False
    parts = urlsplit(path)
    return not parts.scheme and not parts.netloc


def sign_in_url(request: Request) -> str:
    """The sign-in page, remembering the page asked for so that signing in leads back to it."""
    here = request.url.path
    root = prefix(request)
    if root and here.startswith(root):
        here = here[len(root):]
    if request.url.query:
        here += "?" + request.url.query
    if not is_local(here) or here == SIGN_IN:
        return mounted(SIGN_IN, request)
    return mounted(SIGN_IN, request) + "?next=" + quote(here, safe="")


def loyalty_settlements(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/settlements"


def loyalty_dashboard(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/dashboard"


def loyalty_settlement(batch_id: str | int) -> str:
    return f"{LOYALTY_SETTLEMENTS}/{batch_id}"


def loyalty_draws(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/draws"


def loyalty_referrals(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/referrals"


def loyalty_federations(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/federations"


def loyalty_federation_agreement(agreement_id: str | int) -> str:
    return f"{LOYALTY_FEDERATIONS}/agreements/{agreement_id}"


def loyalty_segments(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/segments"


def loyalty_segment(segment_id: str | int) -> str:
    return f"/loyalty/segments/{segment_id}"


def loyalty_tiers(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/tiers"


def loyalty_member_groups(club_id: str | int) -> str:
    return f"{LOYALTY_CLUBS}/{club_id}/groups"
