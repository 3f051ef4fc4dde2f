"""Staff and roles: the list, paged; add a member; change a role; deactivate."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import format_time, t, yes_no
from admin_ui.widgets import Page, PagedTable, busy_button, column, page_of

PAGE_SIZE = 25
ROLES = ("owner", "admin", "operator", "back_office", "support")

STAFF = """
query AdminStaff($first: Int!, $after: String) {
  staffMembers(first: $first, after: $after) {
    edges { node { id email name role active partnerId createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

RESULT = """
    __typename
    ... on StaffSuccess { staff { id email role active } }
    ... on UserError { code message field }
"""

CREATE = f"""
mutation AdminCreateStaff($input: StaffInput!) {{ createStaff(input: $input) {{ {RESULT} }} }}
"""
CHANGE_ROLE = f"""
mutation AdminChangeRole($staffId: ID!, $role: StaffRole!) {{
  changeStaffRole(staffId: $staffId, role: $role) {{ {RESULT} }}
}}
"""
DEACTIVATE = f"""
mutation AdminDeactivate($staffId: ID!) {{ deactivateStaff(staffId: $staffId) {{ {RESULT} }} }}
"""

COLUMNS = [
    column("id", "field.id"),
    column("email", "field.email"),
    column("name", "field.name"),
    column("role", "field.role"),
    column("partner", "field.partner"),
    column("active", "field.active"),
    column("created_at", "field.created_at"),
]


def staff_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "email": n["email"], "name": n["name"],
             "role": t(f"role.{n['role']}"), "partner": n["partnerId"] or t("none"),
             "active": yes_no(n["active"]), "created_at": format_time(n["createdAt"])}
            for n in nodes]


async def fetch_staff(session: StaffSession, after: str | None) -> Page:
    data = await session.run(STAFF, first=PAGE_SIZE, after=after)
    return page_of(data["staffMembers"], staff_rows)


async def run_change(session: StaffSession, query: str, field: str, done: str,
                     **variables: Any) -> bool:
    """Run a staff mutation; notify its refusal or `done`. True when it succeeded."""
    try:
        result = (await session.run(query, **variables))[field]
    except ApiError as error:
        show_api_error(error)
        return False
    if show_refusal(result):
        return False
    staff = result["staff"]
    ui.notify(t(done, email=staff["email"], role=t(f"role.{staff['role']}")), type="positive")
    return True


def _roles() -> dict[str, str]:
    return {role: t(f"role.{role}") for role in ROLES}


def create(api: AdminApi) -> None:
    @ui.page(routes.STAFF)
    @protected(api, needs="staffMembers")
    async def staff_page(session: StaffSession) -> None:
        table = PagedTable(COLUMNS, lambda after: fetch_staff(session, after),
                           empty=t("staff.empty"))
        with frame(t("staff.title"), session):
            with ui.card().classes("w-full"):
                ui.label(t("staff.new")).classes("font-semibold")
                with ui.row().classes("items-end gap-4"):
                    email = ui.input(t("field.email")).mark("new-email")
                    name = ui.input(t("field.name")).mark("new-name")
                    password = ui.input(t("field.password"), password=True) \
                        .mark("new-password")
                    role = ui.select(_roles(), value="operator", label=t("field.role")) \
                        .classes("w-40").mark("new-role")

                    async def add() -> None:
                        if await run_change(session, CREATE, "createStaff", "staff.created",
                                            input={"email": email.value, "name": name.value,
                                                   "password": password.value,
                                                   "role": str(role.value).upper()}):
                            password.set_value("")
                            await table.load(table.pager)

                    busy_button(t("staff.create"), add, icon="person_add", marker="create-staff")
            with ui.row().classes("items-end gap-4"):
                member = ui.input(t("field.id")).classes("w-28").mark("member-id")
                new_role = ui.select(_roles(), value="support", label=t("field.role")) \
                    .classes("w-40").mark("member-role")

                async def change() -> None:
                    if await run_change(session, CHANGE_ROLE, "changeStaffRole",
                                        "staff.role_changed", staffId=member.value.strip(),
                                        role=str(new_role.value).upper()):
                        await table.load(table.pager)

                async def deactivate() -> None:
                    if await run_change(session, DEACTIVATE, "deactivateStaff",
                                        "staff.deactivated", staffId=member.value.strip()):
                        await table.load(table.pager)

                busy_button(t("staff.change_role"), change, marker="change-role")
                busy_button(t("staff.deactivate"), deactivate, icon="block", marker="deactivate")
            await table.load()
            table.render()
