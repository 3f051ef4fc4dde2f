"""What the loyalty core's admin pages share: the club's header with its links, a grid of
labelled values, and running a query that may fail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import ApiError
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import digits, shown, t

CLUB_HEAD = """
query AdminLoyaltyClubHead($id: ID!) { club(id: $id) { id name allowedActions } }
"""


def is_id(value: str) -> bool:
    return value.isdigit() and len(value) <= 19


async def load(session: StaffSession, query: str, field: str | None, **variables: Any) -> Any:
    """`field` of the query's answer (all of it: None); None after telling the user why it
    failed."""
    try:
        data = await session.run(query, **variables)
        return data if field is None else data[field]
    except ApiError as error:
        show_api_error(error)
        return None


def values_grid(fields: Sequence[tuple[str, str]], marker_prefix: str) -> None:
    """(catalogue key under `loyalty.core.field.`, shown value) pairs as a grid of labels."""
    with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
        for key, value in fields:
            ui.label(t(f"loyalty.core.field.{key}")).classes("text-sm text-grey-7")
            ui.label(shown(value)).mark(f"{marker_prefix}-{key}")


def heading(text: str, marker: str | None = None) -> None:
    label = ui.label(text).classes("text-lg font-semibold mt-4")
    if marker:
        label.mark(marker)


def club_links(club: dict[str, Any]) -> None:
    """Links between a club's pages."""
    with ui.row().classes("gap-6"):
        ui.link(t("loyalty.core.clubs.back"), routes.LOYALTY_CLUBS).mark("back-to-clubs")
        ui.link(t("loyalty.core.club.settings"), routes.loyalty_club(club["id"])) \
            .mark("club-settings-link")
        ui.link(t("loyalty.core.merchants.title", club=club["name"]),
                routes.loyalty_merchants(club["id"])).mark("club-merchants-link")
        ui.link(t("loyalty.core.members.title", club=club["name"]),
                routes.loyalty_members(club["id"])).mark("club-members-link")
        ui.link(t("loyalty.draws.title", club=club["name"]),
                routes.loyalty_draws(club["id"])).mark("club-draws-link")
        ui.link(t("loyalty.referral.title", club=club["name"]),
                routes.loyalty_referrals(club["id"])).mark("club-referrals-link")
        ui.link(t("loyalty.segments.title", club=club["name"]),
                routes.loyalty_segments(club["id"])).mark("club-segments-link")
        ui.link(t("loyalty.campaigns.title", club=club["name"]),
                f"{routes.LOYALTY_CLUBS}/{club['id']}/campaigns").mark("club-campaigns-link")
        ui.link(t("loyalty.tiers.title", club=club["name"]),
                routes.loyalty_tiers(club["id"])).mark("club-tiers-link")
        ui.link(t("loyalty.networks.groups.title", club=club["name"]),
                routes.loyalty_member_groups(club["id"])).mark("club-groups-link")


def not_found(club_id: str) -> None:
    ui.label(t("loyalty.core.club.not_found", id=digits(club_id))).mark("club-not-found")
