"""A club's network in the admin: the sub-clubs section of a club's page (its sub-clubs, and a
form making one under it) and the member groups page (each group with its members, what each
spent of its credit this month, its monthly limit and credit; making a group, adding and
removing members, granting group credit). All through GraphQL (`subClubs`, `createSubClub`,
`memberGroups`, `createMemberGroup`, `addMemberToGroup`, `removeMemberFromGroup`,
`grantGroupCredit`)."""

from __future__ import annotations

import secrets
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_money, format_time, t, yes_no
from admin_ui.widgets import busy_button, column, link_cell, localized, shown_rows

SUB_CLUBS = "query AdminSubClubs($club: ID!) { subClubs(clubId: $club) { id name createdAt } }"
CREATE_SUB_CLUB = """
mutation AdminCreateSubClub($parent: ID!, $settings: ClubSettingsInput!) {
  createSubClub(parentId: $parent, settings: $settings) {
    __typename ... on ClubSuccess { club { id } } ... on UserError { code message field }
  }
}
"""
GROUPS = """
query AdminMemberGroups($club: ID!) {
  memberGroups(clubId: $club) {
    id name kind monthlyLimit status poolRewards credit createdAt
    members { memberId cardNumber spentThisMonth }
  }
}
"""
CREATE_GROUP = """
mutation AdminCreateMemberGroup($club: ID!, $name: String!, $kind: MemberGroupKind!,
                                $limit: Long, $pool: Boolean!) {
  createMemberGroup(clubId: $club, name: $name, kind: $kind, monthlyLimit: $limit,
                    poolRewards: $pool) {
    __typename ... on MemberGroupSuccess { group { id } } ... on UserError { code message field }
  }
}
"""
ADD_MEMBER = """
mutation AdminAddMemberToGroup($club: ID!, $group: ID!, $member: ID!) {
  addMemberToGroup(clubId: $club, groupId: $group, memberId: $member) {
    __typename ... on MemberGroupSuccess { group { id } } ... on UserError { code message field }
  }
}
"""
REMOVE_MEMBER = """
mutation AdminRemoveMemberFromGroup($club: ID!, $group: ID!, $member: ID!) {
  removeMemberFromGroup(clubId: $club, groupId: $group, memberId: $member) {
    __typename ... on MemberGroupSuccess { group { id } } ... on UserError { code message field }
  }
}
"""
GRANT = """
mutation AdminGrantGroupCredit($club: ID!, $group: ID!, $amount: Long!, $key: String!) {
  grantGroupCredit(clubId: $club, groupId: $group, amount: $amount, key: $key) {
    __typename ... on MemberGroupSuccess { group { credit } }
    ... on UserError { code message field }
  }
}
"""

SUB_CLUB_COLUMNS = [column("id", "loyalty.core.field.id"),
                    column("name", "loyalty.core.field.name"),
                    column("created_at", "loyalty.core.field.created_at")]
GROUP_COLUMNS = [column("id", "loyalty.core.field.id"), column("name", "loyalty.core.field.name"),
                 column("kind", "loyalty.networks.field.kind"),
                 column("limit", "loyalty.networks.field.monthly_limit"),
                 column("credit", "loyalty.networks.field.credit"),
                 column("status", "loyalty.core.field.status"),
                 column("pool", "loyalty.networks.field.pool_rewards"),
                 column("members", "loyalty.networks.field.members")]
KINDS = ("FAMILY", "COMPANY")


def sub_club_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_club(n["id"]), "name": n["name"],
             "created_at": format_time(n["createdAt"])} for n in nodes]


def member_text(member: dict[str, Any]) -> str:
    return t("loyalty.networks.member_spent", member=digits(member["memberId"]),
             spent=format_money(member["spentThisMonth"], "IRR"))


def group_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "name": n["name"],
             "kind": t(f"loyalty.networks.kind.{n['kind'].lower()}"),
             "limit": (format_money(n["monthlyLimit"], "IRR") if n["monthlyLimit"] is not None
                       else t("loyalty.networks.no_limit")),
             "credit": format_money(n["credit"], "IRR"),
             "status": t(f"loyalty.networks.status.{n['status'].lower()}"),
             "pool": yes_no(n["poolRewards"]),
             "members": "، ".join(member_text(m) for m in n["members"]) or t("none")}
            for n in nodes]


async def sub_clubs_section(session: StaffSession, club: dict[str, Any],
                            configure: bool) -> None:
    """The club page's sub-clubs: a table linking to each, and the form making one."""
    heading(t("loyalty.networks.sub_clubs.title"))
    nodes = await load(session, SUB_CLUBS, "subClubs", club=club["id"]) or []
    prefix = routes.prefix(ui.context.client.request)
    if nodes:
        table = ui.table(columns=localized(SUB_CLUB_COLUMNS),
                         rows=shown_rows(sub_club_rows(nodes, prefix)), row_key="id") \
            .classes("w-full").props("flat bordered dense").mark("sub-clubs")
        table.add_slot("body-cell-id", link_cell("id"))
    else:
        ui.label(t("loyalty.networks.sub_clubs.empty")).classes("text-grey-7") \
            .mark("sub-clubs-empty")
    if not configure or not session.may("createSubClub"):
        return
    with ui.row().classes("items-end gap-4"):
        name = ui.input(t("loyalty.core.field.name")).classes("w-72").mark("sub-club-name")

        async def create() -> None:
            result = await mutate(session, CREATE_SUB_CLUB, "createSubClub",
                                  parent=club["id"], settings={"name": str(name.value or "")})
            if result is not None:
                ui.navigate.to(routes.loyalty_club(result["club"]["id"]))

        busy_button(t("loyalty.networks.sub_clubs.create"), create, icon="account_tree",
                    marker="create-sub-club")


def _create_group_form(session: StaffSession, club_id: str) -> None:
    heading(t("loyalty.networks.groups.create"))
    with ui.row().classes("items-end gap-4"):
        name = ui.input(t("loyalty.core.field.name")).classes("w-64").mark("group-name")
        kind = ui.select({k: t(f"loyalty.networks.kind.{k.lower()}") for k in KINDS},
                         value="FAMILY", label=t("loyalty.networks.field.kind")) \
            .classes("w-40").mark("group-kind")
        limit = ui.number(t("loyalty.networks.field.monthly_limit"), min=1, precision=0) \
            .classes("w-48").mark("group-limit")
        pool = ui.checkbox(t("loyalty.networks.field.pool_rewards")).mark("group-pool")

        async def create() -> None:
            chosen = int(limit.value) if limit.value else None
            if await mutate(session, CREATE_GROUP, "createMemberGroup", club=club_id,
                            name=str(name.value or ""), kind=kind.value,
                            limit=chosen, pool=bool(pool.value)) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.networks.groups.create_button"), create, icon="group_add",
                    marker="create-group")


def _group_actions(session: StaffSession, club_id: str, groups: list[dict[str, Any]],
                   configure: bool) -> None:
    heading(t("loyalty.networks.groups.change"))
    options = {g["id"]: f"{digits(g['id'])} {g['name']}" for g in groups}
    with ui.row().classes("items-end gap-4 flex-wrap"):
        group = ui.select(options, value=groups[0]["id"],
                          label=t("loyalty.networks.field.group")).classes("w-64") \
            .mark("group-choice")
        member = ui.input(t("loyalty.networks.field.member_id")).classes("w-32") \
            .mark("group-member")

        async def add() -> None:
            if await mutate(session, ADD_MEMBER, "addMemberToGroup", club=club_id,
                            group=group.value, member=str(member.value or "")) is not None:
                ui.navigate.reload()

        async def remove() -> None:
            if await mutate(session, REMOVE_MEMBER, "removeMemberFromGroup", club=club_id,
                            group=group.value, member=str(member.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.networks.groups.add_member"), add, icon="person_add",
                    marker="add-group-member")
        busy_button(t("loyalty.networks.groups.remove_member"), remove, icon="person_remove",
                    marker="remove-group-member")
    if not configure or not session.may("grantGroupCredit"):
        return
    # one key per form shown: a second click of the same grant changes nothing
    key = f"admin-{secrets.token_hex(8)}"
    with ui.row().classes("items-end gap-4"):
        amount = ui.number(t("loyalty.networks.field.amount"), min=1, precision=0) \
            .classes("w-48").mark("grant-amount")

        async def grant() -> None:
            if await mutate(session, GRANT, "grantGroupCredit", club=club_id, group=group.value,
                            amount=int(amount.value or 0), key=key) is not None:
                ui.notify(t("loyalty.networks.groups.granted"), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.networks.groups.grant"), grant, icon="savings",
                    marker="grant-group-credit")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_member_groups("{club_id}"))
    @protected(api, needs="memberGroups")
    async def groups_page(session: StaffSession, club_id: str) -> None:
        club = None
        if is_id(club_id):
            club = await load(session, CLUB_HEAD, "club", id=club_id)
        groups: list[dict[str, Any]] = []
        if club is not None:
            groups = await load(session, GROUPS, "memberGroups", club=club_id) or []
        title = t("loyalty.networks.groups.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            if groups:
                ui.table(columns=localized(GROUP_COLUMNS), rows=shown_rows(group_rows(groups)),
                         row_key="id").classes("w-full").props("flat bordered dense") \
                    .mark("member-groups")
            else:
                ui.label(t("loyalty.networks.groups.empty")).classes("text-grey-7") \
                    .mark("member-groups-empty")
            actions = set(club["allowedActions"])
            if groups and "ENROL_MEMBERS" in actions and session.may("addMemberToGroup"):
                _group_actions(session, club_id, groups, "CONFIGURE" in actions)
            if "CONFIGURE" in actions and session.may("createMemberGroup"):
                _create_group_form(session, club_id)
