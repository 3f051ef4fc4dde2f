"""A club's tiers: the ladder (editing it whole, lowest first: one figure for every tier,
thresholds rising), the downgrade policy, how many members are in each tier, and a manager's
change of a member's tier. All through GraphQL (`tiers`, `tierPolicy`, `setTierLadder`,
`setTierPolicy`, `setMemberTier`, `clubDashboard.membersByTier`)."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_amount, format_number, t
from admin_ui.widgets import busy_button, column, localized, shown_rows

TIERS = """
query AdminLoyaltyTiers($club: ID!) {
  tiers(clubId: $club) {
    id rank name nameFa basis windowDays threshold pointsMultiplierPermille
  }
  tierPolicy(clubId: $club) { downgradeAfterDays graceDays noticeDays }
  clubDashboard(clubId: $club) { membersByTier { tier { id } members } }
}
"""
SET_LADDER = """
mutation AdminSetTierLadder($club: ID!, $tiers: [TierInput!]!) {
  setTierLadder(clubId: $club, tiers: $tiers) {
    __typename ... on TierLadderSuccess { tiers { id } }
    ... on UserError { code message field }
  }
}
"""
SET_POLICY = """
mutation AdminSetTierPolicy($club: ID!, $after: Int, $grace: Int!, $notice: Int!) {
  setTierPolicy(clubId: $club, downgradeAfterDays: $after, graceDays: $grace,
                noticeDays: $notice) {
    __typename ... on TierPolicySuccess { policy { graceDays } }
    ... on UserError { code message field }
  }
}
"""
SET_MEMBER_TIER = """
mutation AdminSetMemberTier($member: ID!, $tier: ID) {
  setMemberTier(memberId: $member, tierId: $tier) {
    __typename ... on MemberTierSuccess { memberTier { tier { id } } }
    ... on UserError { code message field }
  }
}
"""

BASES = ("SPEND", "POINTS_EARNED")
WINDOWS = ("30", "90", "365", "lifetime")
TIER_COLUMNS = [column("rank", "loyalty.tiers.field.rank"),
                column("name", "loyalty.tiers.field.name"),
                column("name_fa", "loyalty.tiers.field.name_fa"),
                column("threshold", "loyalty.tiers.field.threshold"),
                column("multiplier", "loyalty.tiers.field.multiplier"),
                column("members", "loyalty.tiers.field.members")]


def tier_label(tier: dict[str, Any]) -> str:
    return f"{digits(str(tier['rank']))}. {tier['name']}"


def ladder_rows(tiers: list[dict[str, Any]], counts: dict[str | None, int]) -> list[dict[str, Any]]:
    return [{"id": tier["id"], "rank": digits(str(tier["rank"])), "name": tier["name"],
             "name_fa": tier["nameFa"] or t("none"),
             "threshold": format_amount(tier["threshold"]),
             "multiplier": "×" + format_number(tier["pointsMultiplierPermille"] / 1000, 2),
             "members": digits(str(counts.get(tier["id"], 0)))} for tier in tiers]


def counts_of(dashboard: dict[str, Any] | None) -> dict[str | None, int]:
    """Members per tier id (None: in no tier)."""
    if not dashboard:
        return {}
    return {(c["tier"] or {}).get("id"): int(c["members"]) for c in dashboard["membersByTier"]}


def ladder_section(session: StaffSession, club_id: str, tiers: list[dict[str, Any]],
                   counts: dict[str | None, int], configure: bool) -> None:
    heading(t("loyalty.tiers.ladder"))
    if tiers:
        basis = tiers[0]["basis"]
        window = tiers[0]["windowDays"]
        ui.label(t("loyalty.tiers.counts", basis=t(f"loyalty.tiers.basis.{basis.lower()}"),
                   window=t("loyalty.tiers.window.lifetime") if window is None
                   else t("loyalty.tiers.window.days", days=digits(str(window))))) \
            .classes("text-sm text-grey-7").mark("ladder-figure")
        ui.table(columns=localized(TIER_COLUMNS), rows=shown_rows(ladder_rows(tiers, counts)),
                 row_key="id").classes("w-full").props("flat bordered dense").mark("tiers")
    else:
        ui.label(t("loyalty.tiers.empty")).classes("text-grey-7").mark("tiers-empty")
    ui.label(t("loyalty.tiers.no_tier", count=digits(str(counts.get(None, 0))))) \
        .mark("members-in-no-tier")
    if configure:
        ladder_form(session, club_id, tiers)


def ladder_form(session: StaffSession, club_id: str, tiers: list[dict[str, Any]]) -> None:
    """The ladder as editable rows, lowest first; saved whole. A row keeps its tier's id, so
    its members stay in it; a row emptied of its name leaves the ladder."""
    heading(t("loyalty.tiers.edit"))
    first = tiers[0] if tiers else {"basis": "SPEND", "windowDays": None}
    with ui.row().classes("items-end gap-4"):
        basis = ui.select({b: t(f"loyalty.tiers.basis.{b.lower()}") for b in BASES},
                          value=first["basis"], label=t("loyalty.tiers.field.basis")) \
            .classes("w-48").mark("ladder-basis")
        windows = {w: t("loyalty.tiers.window.lifetime") if w == "lifetime"
                   else t("loyalty.tiers.window.days", days=digits(w)) for w in WINDOWS}
        window = ui.select(windows, value=str(first["windowDays"] or "lifetime"),
                           label=t("loyalty.tiers.field.window")).classes("w-48") \
            .mark("ladder-window")
    rows: list[dict[str, Any]] = []
    for index, tier in enumerate([*tiers, None]):  # one empty row adds a tier
        n = index + 1
        with ui.row().classes("items-end gap-4"):
            rows.append({
                "id": tier["id"] if tier else None,
                "name": ui.input(t("loyalty.tiers.field.name"),
                                 value=tier["name"] if tier else "").classes("w-40")
                .mark(f"tier-name-{n}"),
                "name_fa": ui.input(t("loyalty.tiers.field.name_fa"),
                                    value=tier["nameFa"] if tier else "").classes("w-40")
                .mark(f"tier-name-fa-{n}"),
                "threshold": ui.number(t("loyalty.tiers.field.threshold"),
                                       value=int(tier["threshold"]) if tier else None, min=0,
                                       precision=0).classes("w-48").mark(f"tier-threshold-{n}"),
                "permille": ui.number(t("loyalty.tiers.field.multiplier_permille"),
                                      value=tier["pointsMultiplierPermille"] if tier else 1000,
                                      min=1000, precision=0).classes("w-48")
                .mark(f"tier-permille-{n}")})

    async def save() -> None:
        given = []
        for row in rows:
            name = str(row["name"].value or "").strip()
            if not name:
                continue
            given.append({"id": row["id"], "name": name,
                          "nameFa": str(row["name_fa"].value or "").strip(),
                          "basis": basis.value,
                          "windowDays": None if window.value == "lifetime"
                          else int(str(window.value)),
                          "threshold": str(int(row["threshold"].value or 0)),
                          "pointsMultiplierPermille": int(row["permille"].value or 1000)})
        if await mutate(session, SET_LADDER, "setTierLadder", club=club_id,
                        tiers=given) is not None:
            ui.notify(t("loyalty.core.saved"), type="positive")
            ui.navigate.reload()

    busy_button(t("loyalty.tiers.save_ladder"), save, icon="save", marker="save-ladder")


def policy_section(session: StaffSession, club_id: str, policy: dict[str, Any] | None,
                   configure: bool) -> None:
    heading(t("loyalty.tiers.policy"))
    policy = policy or {"downgradeAfterDays": None, "graceDays": 0, "noticeDays": 0}
    after = policy["downgradeAfterDays"]
    ui.label(t("loyalty.tiers.policy_text", days=digits(str(after)),
               grace=digits(str(policy["graceDays"])),
               notice=digits(str(policy["noticeDays"]))) if after is not None
             else t("loyalty.tiers.policy_never")).mark("policy-text")
    if not configure:
        return
    with ui.row().classes("items-end gap-4"):
        days = ui.number(t("loyalty.tiers.field.downgrade_after_days"), value=after, min=1,
                         precision=0).classes("w-56").mark("policy-after")
        grace = ui.number(t("loyalty.tiers.field.grace_days"), value=policy["graceDays"],
                          min=0, precision=0).classes("w-40").mark("policy-grace")
        notice = ui.number(t("loyalty.tiers.field.notice_days"), value=policy["noticeDays"],
                           min=0, precision=0).classes("w-40").mark("policy-notice")

        async def save() -> None:
            if await mutate(session, SET_POLICY, "setTierPolicy", club=club_id,
                            after=int(days.value) if days.value else None,
                            grace=int(grace.value or 0),
                            notice=int(notice.value or 0)) is not None:
                ui.notify(t("loyalty.core.saved"), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.tiers.save_policy"), save, icon="save", marker="save-policy")


def member_form(session: StaffSession, tiers: list[dict[str, Any]]) -> None:
    heading(t("loyalty.tiers.move_member"))
    with ui.row().classes("items-end gap-4"):
        member = ui.input(t("loyalty.tiers.field.member")).classes("w-32").mark("move-member")
        choice = ui.select({"": t("loyalty.tiers.none"),
                            **{tier["id"]: tier_label(tier) for tier in tiers}}, value="",
                           label=t("loyalty.tiers.field.tier")).classes("w-48") \
            .mark("move-tier")

        async def move() -> None:
            if await mutate(session, SET_MEMBER_TIER, "setMemberTier",
                            member=str(member.value or "").strip(),
                            tier=str(choice.value) or None) is not None:
                ui.notify(t("loyalty.core.saved"), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.tiers.move"), move, icon="swap_vert", marker="move-button")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_tiers("{club_id}"))
    @protected(api, needs="tiers")
    async def tiers_page(session: StaffSession, club_id: str) -> None:
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        data = await load(session, TIERS, None, club=club_id) if club is not None else None
        title = t("loyalty.tiers.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None or data is None:
                not_found(club_id)
                return
            club_links(club)
            configure = "CONFIGURE" in club["allowedActions"]
            ladder_section(session, club_id, data["tiers"], counts_of(data["clubDashboard"]),
                           configure)
            policy_section(session, club_id, data["tierPolicy"], configure)
            if configure:
                member_form(session, data["tiers"])
