"""A club's purchases: filtered by member, merchant and days (typed or picked Jalali in Persian,
kept in the URL), and a purchase's page with what it earned (each reward with its rule and
version), its legs on the ledger, and returning part of it or voiding it. All through GraphQL
(`clubPurchases`, `purchase`, `returnPurchase`, `voidPurchase`)."""

from __future__ import annotations

import uuid
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.pages.transfers import BadDate, parse_day
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_amount, format_money, format_time, t
from admin_ui.widgets import busy_button, column, date_input, link_cell, localized, shown_rows

PURCHASES = """
query AdminLoyaltyPurchases($club: ID!, $member: ID, $merchant: ID, $since: Date,
                            $until: Date) {
  clubPurchases(clubId: $club, memberId: $member, merchantId: $merchant, since: $since,
                until: $until, first: 200) {
    id memberId merchantId channel reference amount discount payable returnedAmount state
    occurredAt
  }
}
"""
PURCHASE = """
query AdminLoyaltyPurchase($id: ID!) {
  purchase(id: $id) {
    id clubId memberId merchantId terminalId channel reference amount discount paidWithCredit
    paidWithPoints payable returnedAmount state occurredAt
    rewards { ruleId ruleVersion ruleName kind ledger amount capped }
    legs { id kind ledger amount returnedAmount lotId transferId }
  }
}
"""
RETURN = """
mutation AdminReturnPurchase($input: ReturnPurchaseInput!) {
  returnPurchase(input: $input) {
    __typename ... on PurchaseReturnType { amount }
    ... on UserError { code message field }
  }
}
"""
VOID = """
mutation AdminVoidPurchase($id: ID!, $key: String!) {
  voidPurchase(purchaseId: $id, key: $key) {
    __typename ... on PurchaseReturnType { amount }
    ... on UserError { code message field }
  }
}
"""

PURCHASE_COLUMNS = [
    column("id", "loyalty.purchase.field.id"),
    column("occurred_at", "loyalty.purchase.field.occurred_at"),
    column("member", "loyalty.purchase.field.member"),
    column("merchant", "loyalty.purchase.field.merchant"),
    column("reference", "loyalty.purchase.field.reference"),
    column("amount", "loyalty.purchase.field.amount", align="right"),
    column("discount", "loyalty.purchase.field.discount", align="right"),
    column("payable", "loyalty.purchase.field.payable", align="right"),
    column("returned", "loyalty.purchase.field.returned", align="right"),
    column("state", "loyalty.purchase.field.state")]
REWARD_COLUMNS = [
    column("rule", "loyalty.purchase.field.rule"),
    column("version", "loyalty.purchase.field.version"),
    column("kind", "loyalty.purchase.field.kind"),
    column("amount", "loyalty.purchase.field.amount", align="right"),
    column("capped", "loyalty.purchase.field.capped")]
LEG_COLUMNS = [
    column("kind", "loyalty.purchase.field.kind"),
    column("amount", "loyalty.purchase.field.amount", align="right"),
    column("returned", "loyalty.purchase.field.returned", align="right"),
    column("lot", "loyalty.purchase.field.lot"),
    column("transfer", "loyalty.purchase.field.transfer")]


def _state(value: str) -> str:
    return t(f"loyalty.purchase.state.{value.lower()}")


def _kind(value: str) -> str:
    return t(f"loyalty.purchase.kind.{value.lower()}")


def purchase_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_purchase(n["id"]),
             "occurred_at": format_time(n["occurredAt"]), "member": digits(n["memberId"]),
             "merchant": digits(n["merchantId"]), "reference": n["reference"],
             "amount": format_money(n["amount"], "IRR"),
             "discount": format_money(n["discount"], "IRR"),
             "payable": format_money(n["payable"], "IRR"),
             "returned": format_money(n["returnedAmount"], "IRR"),
             "state": _state(n["state"])} for n in nodes]


def _days(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The filter's days as ISO dates (typed Jalali or Gregorian); BadDate if unreadable."""
    first, last = parse_day(since), parse_day(until)
    return (first[:10] if first else None), (last[:10] if last else None)


def _filters(club_id: str, member: str | None, merchant: str | None, since: str | None,
             until: str | None) -> None:
    with ui.row().classes("items-end gap-4 flex-wrap"):
        inputs = {
            "member": ui.input(t("loyalty.purchase.field.member"), value=member or ""),
            "merchant": ui.input(t("loyalty.purchase.field.merchant"), value=merchant or ""),
            "since": date_input(t("transfers.filter.since")),
            "until": date_input(t("transfers.filter.until")),
        }
        inputs["since"].value = since or ""
        inputs["until"].value = until or ""
        for name, element in inputs.items():
            element.classes("w-40").mark(f"purchase-filter-{name}")

        def apply() -> None:
            values = {name: str(e.value or "").strip() for name, e in inputs.items()}
            ui.navigate.to(routes.with_query(routes.loyalty_purchases(club_id), **values))

        ui.button(t("accounts.filter.apply"), icon="filter_list", on_click=apply) \
            .props("no-caps").mark("apply-purchase-filters")


def _return_section(session: StaffSession, purchase: dict[str, Any]) -> None:
    if purchase["state"] in ("VOIDED", "RETURNED"):
        return
    heading(t("loyalty.purchase.return.title"))
    with ui.row().classes("items-end gap-4"):
        amount = ui.input(t("loyalty.purchase.return.amount")).classes("w-48") \
            .mark("return-amount")
        key = f"admin-{uuid.uuid4().hex[:16]}"

        async def give_back() -> None:
            given: dict[str, Any] = {"purchaseId": purchase["id"], "key": key}
            text = str(amount.value or "").strip()
            if text:
                given["amount"] = text
            if await mutate(session, RETURN, "returnPurchase", input=given) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.purchase.return.button"), give_back, icon="undo",
                    marker="return-purchase")

        async def cancel() -> None:
            if await mutate(session, VOID, "voidPurchase", id=purchase["id"],
                            key=key) is not None:
                ui.navigate.reload()

        if purchase["returnedAmount"] == "0":
            busy_button(t("loyalty.purchase.void.button"), cancel, icon="block",
                        marker="void-purchase")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_purchases("{club_id}"))
    @protected(api, needs="clubPurchases")
    async def purchases_page(session: StaffSession, club_id: str, member: str | None = None,
                             merchant: str | None = None, since: str | None = None,
                             until: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        title = t("loyalty.purchase.list.title", club=club["name"] if club else digits(club_id))
        try:
            first, last = _days(since, until)
        except BadDate:
            first = last = None
            ui.notify(t("transfers.filter.bad_date"), type="warning")
        nodes = await load(session, PURCHASES, "clubPurchases", club=club_id,
                           member=member if member and is_id(member) else None,
                           merchant=merchant if merchant and is_id(merchant) else None,
                           since=first, until=last) if club is not None else []
        with frame(title, session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            _filters(club_id, member, merchant, since, until)
            rows = purchase_rows(nodes or [], prefix)
            if rows:
                table = ui.table(columns=localized(PURCHASE_COLUMNS), rows=shown_rows(rows),
                                 row_key="id").classes("w-full") \
                    .props("flat bordered dense").mark("club-purchases")
                table.add_slot("body-cell-id", link_cell("id"))
            else:
                ui.label(t("loyalty.purchase.list.empty")).classes("text-grey-7") \
                    .mark("club-purchases-empty")

    @ui.page(routes.loyalty_purchase("{purchase_id}"))
    @protected(api, needs="purchase")
    async def purchase_page(session: StaffSession, purchase_id: str) -> None:
        purchase = await load(session, PURCHASE, "purchase", id=purchase_id) \
            if is_id(purchase_id) else None
        with frame(t("loyalty.purchase.title", id=digits(purchase_id)), session):
            if purchase is None:
                ui.label(t("loyalty.purchase.not_found", id=digits(purchase_id))) \
                    .mark("purchase-not-found")
                return
            ui.link(t("loyalty.purchase.list.back"),
                    routes.loyalty_purchases(purchase["clubId"])).mark("back-to-purchases")
            with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1"):
                for key, value in (
                        ("occurred_at", format_time(purchase["occurredAt"])),
                        ("state", _state(purchase["state"])),
                        ("member", digits(purchase["memberId"])),
                        ("merchant", digits(purchase["merchantId"])),
                        ("reference", purchase["reference"]),
                        ("amount", format_money(purchase["amount"], "IRR")),
                        ("discount", format_money(purchase["discount"], "IRR")),
                        ("credit", format_money(purchase["paidWithCredit"], "IRR")),
                        ("points", format_amount(purchase["paidWithPoints"])),
                        ("payable", format_money(purchase["payable"], "IRR")),
                        ("returned", format_money(purchase["returnedAmount"], "IRR"))):
                    ui.label(t(f"loyalty.purchase.field.{key}")).classes("text-sm text-grey-7")
                    ui.label(value).mark(f"purchase-{key}")
            heading(t("loyalty.purchase.rewards"))
            ui.table(columns=localized(REWARD_COLUMNS), row_key="rule", rows=shown_rows([{
                "rule": r["ruleName"], "version": digits(r["ruleVersion"]),
                "kind": _kind(r["kind"]), "amount": format_money(r["amount"], r["ledger"]),
                "capped": t("yes") if r["capped"] else t("no")}
                for r in purchase["rewards"]])).classes("w-full") \
                .props("flat bordered dense").mark("purchase-rewards")
            heading(t("loyalty.purchase.legs"))
            ui.table(columns=localized(LEG_COLUMNS), row_key="id", rows=shown_rows([{
                "id": leg["id"], "kind": _kind(leg["kind"]),
                "amount": format_money(leg["amount"], leg["ledger"]),
                "returned": format_money(leg["returnedAmount"], leg["ledger"]),
                "lot": digits(leg["lotId"]) if leg["lotId"] else t("none"),
                "transfer": digits(leg["transferId"]) if leg["transferId"] else t("none")}
                for leg in purchase["legs"] or []])).classes("w-full") \
                .props("flat bordered dense").mark("purchase-legs")
            if session.may("returnPurchase"):
                _return_section(session, purchase)
