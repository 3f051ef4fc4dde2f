"""A club's referrals: its referral programme (a form for its managers), its results (totals and
the best referrers) and the referral tree, one referrer's invitees at a time (a referrer's link
shows theirs). Also the referral results the club's dashboard shows. All through GraphQL
(`referralSettings`, `setReferralSettings`, `referrals`, `referralResults`)."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_money, format_number, format_time, t, yes_no
from admin_ui.widgets import busy_button, column, link_cell, localized, shown_rows

PAGE = """
query AdminReferrals($club: ID!, $referrer: ID) {
  referralSettings(clubId: $club) {
    enabled rewardKind enrolmentReward firstPurchaseReward shareBp periodDays cap
  }
  referrals(clubId: $club, referrerId: $referrer, first: 200) {
    id inviteeId inviteeName referrerId referrerName enrolledAt paid rewardKind firstPurchaseId
  }
  referralResults(clubId: $club) {
    invitees points credit referrers { referrerId rewardKind invitees network earned }
  }
}
"""
RESULTS = """
query AdminReferralResults($club: ID!) {
  referralResults(clubId: $club) {
    invitees points credit referrers { referrerId rewardKind invitees network earned }
  }
}
"""
SET = """
mutation AdminSetReferralSettings($club: ID!, $settings: ReferralSettingsInput!) {
  setReferralSettings(clubId: $club, settings: $settings) {
    __typename ... on ReferralSettingsSuccess { settings { enabled } }
    ... on UserError { code message field }
  }
}
"""
KINDS = ("POINTS", "CLUB_CREDIT")

TREE_COLUMNS = [column("id", "loyalty.referral.field.id"),
                column("referrer", "loyalty.referral.field.referrer"),
                column("invitee", "loyalty.referral.field.invitee"),
                column("enrolled_at", "loyalty.referral.field.enrolled_at"),
                column("paid", "loyalty.referral.field.paid", align="right"),
                column("first_purchase", "loyalty.referral.field.first_purchase")]
RESULT_COLUMNS = [column("referrer", "loyalty.referral.field.referrer"),
                  column("invitees", "loyalty.referral.field.invitees", align="right"),
                  column("network", "loyalty.referral.field.network", align="right"),
                  column("earned", "loyalty.referral.field.earned", align="right")]


def earned_text(amount: int | str, kind: str) -> str:
    """An amount in a referral's reward: points, or club credit in rials (or tomans)."""
    if kind == "CLUB_CREDIT":
        return format_money(amount, "IRR")
    return t("loyalty.referral.points", amount=format_number(int(amount)))


def tree_rows(nodes: list[dict[str, Any]], club_id: str, prefix: str) -> list[dict[str, Any]]:
    def invitees_of(member_id: str) -> str:
        return prefix + routes.with_query(routes.loyalty_referrals(club_id), referrer=member_id)

    return [{"id": n["id"],
             "referrer": f"{n['referrerName'] or t('none')} #{digits(n['referrerId'])}",
             "referrer_href": invitees_of(n["referrerId"]),
             "invitee": f"{n['inviteeName'] or t('none')} #{digits(n['inviteeId'])}",
             "invitee_href": invitees_of(n["inviteeId"]),
             "enrolled_at": format_time(n["enrolledAt"]),
             "paid": earned_text(n["paid"], n["rewardKind"]),
             "first_purchase": digits(n["firstPurchaseId"]) if n["firstPurchaseId"]
             else t("none")} for n in nodes]


def result_rows(referrers: list[dict[str, Any]], club_id: str,
                prefix: str) -> list[dict[str, Any]]:
    return [{"id": f"{r['referrerId']}-{r['rewardKind']}",
             "referrer": f"#{digits(r['referrerId'])}",
             "referrer_href": prefix + routes.with_query(routes.loyalty_referrals(club_id),
                                                         referrer=r["referrerId"]),
             "invitees": format_number(r["invitees"]), "network": format_number(r["network"]),
             "earned": earned_text(r["earned"], r["rewardKind"])} for r in referrers]


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str,
           empty: str, links: tuple[str, ...] = ()) -> None:
    if not rows:
        ui.label(empty).classes("text-grey-7").mark(f"{marker}-empty")
        return
    table = ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)
    for name in links:
        table.add_slot(f"body-cell-{name}", link_cell(name))


def results_section(results: dict[str, Any] | None, club_id: str, prefix: str) -> None:
    """The club's referral results: totals and the best referrers (the dashboard shows it too)."""
    heading(t("loyalty.referral.results"), marker="referral-results")
    if results is None:
        return
    with ui.row().classes("gap-8"):
        for key, value in (("invitees", format_number(results["invitees"])),
                           ("points", earned_text(results["points"], "POINTS")),
                           ("credit", earned_text(results["credit"], "CLUB_CREDIT"))):
            with ui.column().classes("gap-0"):
                ui.label(t(f"loyalty.referral.total.{key}")).classes("text-sm text-grey-7")
                ui.label(value).classes("text-lg").mark(f"referral-total-{key}")
    _table(RESULT_COLUMNS, result_rows(results["referrers"], club_id, prefix),
           "referral-referrers", t("loyalty.referral.no_results"), links=("referrer",))


def settings_section(session: StaffSession, club_id: str, settings: dict[str, Any],
                     configure: bool) -> None:
    heading(t("loyalty.referral.settings"))
    shares = list(settings["shareBp"]) + [0] * 3
    if not configure:
        with ui.grid(columns="auto 1fr").classes("gap-x-6 gap-y-1"):
            for key, value in (
                    ("enabled", yes_no(settings["enabled"])),
                    ("reward_kind", t(f"loyalty.referral.kind.{settings['rewardKind'].lower()}")),
                    ("enrolment_reward", earned_text(settings["enrolmentReward"],
                                                     settings["rewardKind"])),
                    ("first_purchase_reward", earned_text(settings["firstPurchaseReward"],
                                                          settings["rewardKind"])),
                    ("shares", " / ".join(format_number(bp / 100, 2) + "٪"
                                          for bp in shares[:3])),
                    ("period_days", format_number(settings["periodDays"])),
                    ("cap", earned_text(settings["cap"], settings["rewardKind"])
                     if settings["cap"] is not None else t("none"))):
                ui.label(t(f"loyalty.referral.field.{key}")).classes("text-sm text-grey-7")
                ui.label(value).mark(f"referral-{key}")
        return
    with ui.row().classes("items-end gap-4 flex-wrap"):
        enabled = ui.checkbox(t("loyalty.referral.field.enabled"), value=settings["enabled"]) \
            .mark("referral-enabled")
        kind = ui.select({k: t(f"loyalty.referral.kind.{k.lower()}") for k in KINDS},
                         value=settings["rewardKind"],
                         label=t("loyalty.referral.field.reward_kind")).classes("w-40") \
            .mark("referral-kind")

        def number(key: str, value: Any, marker: str, high: int | None = None) -> ui.number:
            return ui.number(t(f"loyalty.referral.field.{key}"), value=value, min=0, max=high,
                             precision=0).classes("w-40").mark(marker)

        enrolment = number("enrolment_reward", int(settings["enrolmentReward"]),
                           "referral-enrolment")
        first = number("first_purchase_reward", int(settings["firstPurchaseReward"]),
                       "referral-first")
        levels = [number(f"share_{n}", shares[n - 1], f"referral-share-{n}", 10_000)
                  for n in (1, 2, 3)]
        period = number("period_days", settings["periodDays"], "referral-period", 3_650)
        cap = number("cap", int(settings["cap"]) if settings["cap"] is not None else None,
                     "referral-cap")

        async def save() -> None:
            given = {"enabled": bool(enabled.value), "rewardKind": kind.value,
                     "enrolmentReward": int(enrolment.value or 0),
                     "firstPurchaseReward": int(first.value or 0),
                     "shareBp": [int(level.value or 0) for level in levels],
                     "periodDays": int(period.value or 0),
                     "cap": int(cap.value) if cap.value not in (None, "") else None}
            if await mutate(session, SET, "setReferralSettings", club=club_id,
                            settings=given) is not None:
                ui.notify(t("loyalty.core.saved"), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.core.save"), save, icon="save", marker="save-referrals")
    ui.label(t("loyalty.referral.help")).classes("text-sm text-grey-7")


async def dashboard_section(session: StaffSession, club_id: str) -> None:
    """The referral results on the club's dashboard."""
    if not session.may("referralResults"):
        return
    prefix = routes.prefix(ui.context.client.request)
    results_section(await load(session, RESULTS, "referralResults", club=club_id), club_id,
                    prefix)


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_referrals("{club_id}"))
    @protected(api, needs="referrals")
    async def referrals_page(session: StaffSession, club_id: str,
                             referrer: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        shown = referrer if referrer and is_id(referrer) else None
        data = await load(session, PAGE, None, club=club_id,
                          referrer=shown) if club is not None else None
        title = t("loyalty.referral.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None or data is None or data["referralSettings"] is None:
                not_found(club_id)
                return
            club_links(club)
            settings_section(session, club_id, data["referralSettings"],
                             "CONFIGURE" in club["allowedActions"]
                             and session.may("setReferralSettings"))
            results_section(data["referralResults"], club_id, prefix)
            heading(t("loyalty.referral.tree_of", member=digits(shown)) if shown
                    else t("loyalty.referral.tree"), marker="referral-tree")
            if shown:
                ui.link(t("loyalty.referral.all"), routes.loyalty_referrals(club_id)) \
                    .mark("referral-all")
            _table(TREE_COLUMNS, tree_rows(data["referrals"], club_id, prefix), "referrals",
                   t("loyalty.referral.empty"), links=("referrer", "invitee"))
