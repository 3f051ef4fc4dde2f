"""A club's campaigns: the list with each campaign's status, time (Jalali in Persian) and
delivery counts (queued, sent, failed), buttons to schedule a draft and cancel one not sent, and
a form for a new campaign (name, SMS or email, Persian and English text with {name}, the day and
time in the club's timezone, a segment or every member). All through GraphQL (`club`,
`campaigns`, `createCampaign`, `setCampaignStatus`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import club_links, heading, is_id, load, not_found
from admin_ui.pages.loyalty_rules import parse_day
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_number, format_time, t
from admin_ui.widgets import busy_button, column, date_input, localized, shown_rows

CAMPAIGNS = """
query AdminCampaigns($club: ID!) {
  club(id: $club) { id name timezone allowedActions }
  campaigns(clubId: $club) {
    id name channel status sendAt segmentId counts { queued sent failed }
  }
}
"""
CREATE = """
mutation AdminCreateCampaign($club: ID!, $input: LoyaltyCampaignInput!) {
  createCampaign(clubId: $club, input: $input) {
    __typename ... on LoyaltyCampaignSuccess { campaign { id } }
    ... on UserError { code message field }
  }
}
"""
STATUS = """
mutation AdminCampaignStatus($id: ID!, $status: LoyaltyCampaignStatus!) {
  setCampaignStatus(id: $id, status: $status) {
    __typename ... on LoyaltyCampaignSuccess { campaign { id status } }
    ... on UserError { code message field }
  }
}
"""

COLUMNS = [column("id", "loyalty.campaigns.field.id"),
           column("name", "loyalty.campaigns.field.name"),
           column("channel", "loyalty.campaigns.field.channel"),
           column("audience", "loyalty.campaigns.field.audience"),
           column("send_at", "loyalty.campaigns.field.send_at"),
           column("status", "loyalty.campaigns.field.status"),
           column("queued", "loyalty.campaigns.field.queued", align="right"),
           column("sent", "loyalty.campaigns.field.sent", align="right"),
           column("failed", "loyalty.campaigns.field.failed", align="right")]


def campaigns_path(club_id: str | int) -> str:
    return f"{routes.LOYALTY_CLUBS}/{club_id}/campaigns"


def campaign_rows(campaigns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": c["id"], "name": c["name"],
             "channel": t(f"loyalty.campaigns.channel.{c['channel'].lower()}"),
             "audience": (t("loyalty.campaigns.segment", id=digits(c["segmentId"]))
                          if c["segmentId"] else t("loyalty.campaigns.everyone")),
             "send_at": format_time(c["sendAt"]),
             "status": t(f"loyalty.campaigns.status.{c['status'].lower()}"),
             **{k: format_number(c["counts"][k]) for k in ("queued", "sent", "failed")}}
            for c in campaigns]


@dataclass
class CampaignForm:
    name: str = ""
    channel: str = "SMS"
    text_fa: str = ""
    text_en: str = ""
    day: str = ""
    at: str = "10:00"
    segment_id: str = ""

    def to_input(self, tz: ZoneInfo) -> dict[str, Any]:
        """The campaign for the API; ValueError on a bad day, time or segment."""
        day = parse_day(self.day)
        if day is None:
            raise ValueError("no day")
        hour, _, minute = self.at.strip().partition(":")
        send_at = datetime.combine(day, time(int(hour), int(minute or 0)), tz)
        segment = self.segment_id.strip()
        if segment and not segment.isdigit():
            raise ValueError("segment")
        return {"name": self.name, "channel": self.channel, "textFa": self.text_fa,
                "textEn": self.text_en, "sendAt": send_at.isoformat(),
                "segmentId": segment or None}


def new_campaign_form(session: StaffSession, club: dict[str, Any]) -> None:
    heading(t("loyalty.campaigns.new_title"))
    form = CampaignForm()
    with ui.row().classes("items-end gap-4 w-full"):
        ui.input(t("loyalty.campaigns.field.name")).bind_value(form, "name") \
            .classes("w-64").mark("campaign-name")
        ui.select({c: t(f"loyalty.campaigns.channel.{c.lower()}") for c in ("SMS", "EMAIL")},
                  label=t("loyalty.campaigns.field.channel")).bind_value(form, "channel") \
            .classes("w-32").mark("campaign-channel")
        date_input(t("loyalty.campaigns.day")).bind_value(form, "day").mark("campaign-day")
        ui.input(t("loyalty.campaigns.time")).bind_value(form, "at").classes("w-24") \
            .mark("campaign-time")
        ui.input(t("loyalty.campaigns.segment_id")).bind_value(form, "segment_id") \
            .classes("w-32").mark("campaign-segment")
    ui.textarea(t("loyalty.campaigns.text_fa")).bind_value(form, "text_fa") \
        .classes("w-full").mark("campaign-text-fa")
    ui.textarea(t("loyalty.campaigns.text_en")).bind_value(form, "text_en") \
        .classes("w-full").mark("campaign-text-en")

    async def create() -> None:
        try:
            payload = form.to_input(ZoneInfo(club["timezone"]))
        except ValueError:
            ui.notify(t("loyalty.campaigns.bad_time"), type="warning")
            return
        done = await mutate(session, CREATE, "createCampaign", club=club["id"], input=payload)
        if done is not None:
            ui.notify(t("loyalty.campaigns.created"), type="positive")
            ui.navigate.reload()

    busy_button(t("loyalty.campaigns.create"), create, icon="campaign", marker="create-campaign")


def status_buttons(session: StaffSession, campaigns: list[dict[str, Any]]) -> None:
    """Schedule each draft, cancel each draft or scheduled campaign."""
    moves = [(c, "SCHEDULED") for c in campaigns if c["status"] == "DRAFT"] + [
        (c, "CANCELLED") for c in campaigns if c["status"] in ("DRAFT", "SCHEDULED")]
    if not moves:
        return
    with ui.row().classes("gap-2"):
        for campaign, status in moves:
            async def move(campaign_id: str = campaign["id"], to: str = status) -> None:
                done = await mutate(session, STATUS, "setCampaignStatus", id=campaign_id,
                                    status=to)
                if done is not None:
                    ui.navigate.reload()

            busy_button(t(f"loyalty.campaigns.to.{status.lower()}", name=campaign["name"]),
                        move, marker=f"{status.lower()}-{campaign['id']}")


def create(api: AdminApi) -> None:
    @ui.page(campaigns_path("{club_id}"))
    @protected(api, needs="campaigns")
    async def campaigns_page(session: StaffSession, club_id: str) -> None:
        data: dict[str, Any] = (await load(session, CAMPAIGNS, None, club=club_id)
                                if is_id(club_id) else None) or {}
        club = data.get("club")
        with frame(t("loyalty.campaigns.title", club=digits(club_id)), session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            campaigns = data["campaigns"]
            if not campaigns:
                ui.label(t("loyalty.campaigns.empty")).classes("text-grey-7") \
                    .mark("campaigns-empty")
            else:
                ui.table(columns=localized(COLUMNS), rows=shown_rows(campaign_rows(campaigns)),
                         row_key="id").classes("w-full").props("flat bordered dense") \
                    .mark("campaigns")
            configure = "CONFIGURE" in club["allowedActions"]
            if configure and session.may("setCampaignStatus"):
                status_buttons(session, campaigns)
            if configure and session.may("createCampaign"):
                new_campaign_form(session, club)
