"""Loyalty clubs: the list of clubs in the member's reach with a form creating one, and a club's
page with its settings, the platform's fee tariff, its categories of merchants and services and
its staff's roles; all through GraphQL (`clubs`, `club`, `createClub`, `updateClub`,
`setClubFeeTariff`, `addClubCategory`, `setClubStaffRole`, `removeClubStaff`)."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_networks import sub_clubs_section
from admin_ui.pages.loyalty_parts import club_links, heading, is_id, load, not_found, values_grid
from admin_ui.session import StaffSession, mutate, show_api_error
from admin_ui.text import digits, format_money, format_number, format_time, t, yes_no
from admin_ui.widgets import busy_button, column, link_cell, localized, shown_rows

CLUBS = """
query AdminLoyaltyClubs { clubs { id name ownerId timezone active createdAt myRole } }
"""
CLUB = """
query AdminLoyaltyClub($id: ID!) {
  club(id: $id) {
    id name ownerId timezone rewards feePercentBp feeAmount feeApprovedBy settlementSheba
    pointValue allowNegativePoints active createdAt myRole allowedActions
  }
  clubCategories(clubId: $id) { id kind code name nameEn }
  clubStaff(clubId: $id) { staffId name email role }
}
"""
CREATE = """
mutation AdminCreateClub($input: CreateClubInput!) {
  createClub(input: $input) {
    __typename ... on ClubSuccess { club { id } } ... on UserError { code message field }
  }
}
"""
UPDATE = """
mutation AdminUpdateClub($id: ID!, $settings: ClubSettingsInput!) {
  updateClub(id: $id, settings: $settings) {
    __typename ... on ClubSuccess { club { id } } ... on UserError { code message field }
  }
}
"""
FEE = """
mutation AdminClubFee($id: ID!, $bp: Int!, $amount: Int!) {
  setClubFeeTariff(id: $id, feePercentBp: $bp, feeAmount: $amount) {
    __typename ... on ClubSuccess { club { id } } ... on UserError { code message field }
  }
}
"""
ADD_CATEGORY = """
mutation AdminAddCategory($club: ID!, $kind: CategoryKind!, $code: String!, $name: String!,
                          $nameEn: String!) {
  addClubCategory(clubId: $club, kind: $kind, code: $code, name: $name, nameEn: $nameEn) {
    __typename ... on CategorySuccess { category { id } }
    ... on UserError { code message field }
  }
}
"""
SET_ROLE = """
mutation AdminClubStaffRole($club: ID!, $staff: ID!, $role: ClubRole!) {
  setClubStaffRole(clubId: $club, staffId: $staff, role: $role) {
    __typename ... on ClubStaffSuccess { staff { staffId } }
    ... on UserError { code message field }
  }
}
"""
REMOVE_STAFF = """
mutation AdminRemoveClubStaff($club: ID!, $staff: ID!) {
  removeClubStaff(clubId: $club, staffId: $staff) {
    __typename ... on ClubStaffSuccess { staff { staffId } }
    ... on UserError { code message field }
  }
}
"""

REWARDS = ("DISCOUNT", "MERCHANT_CREDIT", "CLUB_CREDIT", "VIRTUAL_CREDIT", "POINTS", "LOTTERY")
ROLES = ("OWNER", "MANAGER", "OPERATOR", "VIEWER")
CLUB_COLUMNS = [column("id", "loyalty.core.field.id"), column("name", "loyalty.core.field.name"),
                column("owner", "loyalty.core.field.owner"),
                column("timezone", "loyalty.core.field.timezone"),
                column("role", "loyalty.core.field.my_role"),
                column("active", "loyalty.core.field.active"),
                column("created_at", "loyalty.core.field.created_at")]
CATEGORY_COLUMNS = [column("id", "loyalty.core.field.id"),
                    column("kind", "loyalty.core.field.category_kind"),
                    column("code", "loyalty.core.field.code"),
                    column("name", "loyalty.core.field.name"),
                    column("name_en", "loyalty.core.field.name_en")]
STAFF_COLUMNS = [column("id", "loyalty.core.field.id"), column("name", "loyalty.core.field.name"),
                 column("email", "loyalty.core.field.email"),
                 column("role", "loyalty.core.field.role")]


def role_text(role: str | None) -> str:
    return t(f"loyalty.core.role.{role.lower()}") if role else t("none")


def club_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_club(n["id"]),
             "name": n["name"], "owner": digits(n["ownerId"]), "timezone": n["timezone"],
             "role": role_text(n["myRole"]), "active": yes_no(n["active"]),
             "created_at": format_time(n["createdAt"])} for n in nodes]


def club_fields(club: dict[str, Any]) -> list[tuple[str, str]]:
    rewards = "، ".join(t(f"loyalty.core.reward.{r.lower()}") for r in club["rewards"])
    return [("id", club["id"]), ("name", club["name"]), ("owner", club["ownerId"]),
            ("timezone", club["timezone"]), ("rewards", rewards or t("none")),
            ("settlement_sheba", club["settlementSheba"] or t("none")),
            ("point_value", format_money(club["pointValue"], "IRR")),
            ("allow_negative_points", yes_no(club["allowNegativePoints"])),
            ("fee_percent", format_number(int(club["feePercentBp"]) / 100, 2) + "٪"),
            ("fee_amount", format_money(club["feeAmount"], "IRR")),
            ("fee_approved_by", club["feeApprovedBy"] or t("none")),
            ("my_role", role_text(club["myRole"])), ("active", yes_no(club["active"])),
            ("created_at", format_time(club["createdAt"]))]


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str,
           empty: str, links: tuple[str, ...] = ()) -> None:
    if not rows:
        ui.label(empty).classes("text-grey-7").mark(f"{marker}-empty")
        return
    table = ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)
    for name in links:
        table.add_slot(f"body-cell-{name}", link_cell(name))


def create_form(session: StaffSession) -> None:
    heading(t("loyalty.core.clubs.create"))
    with ui.row().classes("items-end gap-4"):
        owner = ui.input(t("loyalty.core.field.owner")).classes("w-40").mark("new-club-owner")
        name = ui.input(t("loyalty.core.field.name")).classes("w-72").mark("new-club-name")

        async def create() -> None:
            settings = {"name": str(name.value or "")}
            owner_id = str(owner.value or "").strip() or None
            result = await mutate(session, CREATE, "createClub",
                                  input={"ownerId": owner_id, "settings": settings})
            if result is not None:
                ui.navigate.to(routes.loyalty_club(result["club"]["id"]))

        busy_button(t("loyalty.core.clubs.create_button"), create, icon="add",
                    marker="create-club")


def settings_form(session: StaffSession, club: dict[str, Any]) -> None:
    heading(t("loyalty.core.club.edit"))
    with ui.row().classes("items-end gap-4 flex-wrap"):
        name = ui.input(t("loyalty.core.field.name"), value=club["name"]).classes("w-64") \
            .mark("club-name")
        zone = ui.input(t("loyalty.core.field.timezone"), value=club["timezone"]) \
            .classes("w-48").mark("club-timezone")
        sheba = ui.input(t("loyalty.core.field.settlement_sheba"),
                         value=club["settlementSheba"] or "").classes("w-80").mark("club-sheba")
        point = ui.number(t("loyalty.core.field.point_value"), value=int(club["pointValue"]),
                          min=0, precision=0).classes("w-40").mark("club-point-value")
        negative = ui.checkbox(t("loyalty.core.field.allow_negative_points"),
                               value=club["allowNegativePoints"]).mark("club-negative")
        rewards = ui.select({r: t(f"loyalty.core.reward.{r.lower()}") for r in REWARDS},
                            value=list(club["rewards"]), multiple=True,
                            label=t("loyalty.core.field.rewards")).classes("w-96") \
            .mark("club-rewards")

        async def save() -> None:
            settings = {"name": str(name.value or ""), "timezone": str(zone.value or ""),
                        "settlementSheba": str(sheba.value or "").strip() or None,
                        "pointValue": int(point.value or 0),
                        "allowNegativePoints": bool(negative.value),
                        "rewards": list(rewards.value or [])}
            if await mutate(session, UPDATE, "updateClub", id=club["id"],
                            settings=settings) is not None:
                ui.notify(t("loyalty.core.saved"), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.core.save"), save, icon="save", marker="save-club")


def fee_form(session: StaffSession, club: dict[str, Any]) -> None:
    heading(t("loyalty.core.club.fee"))
    with ui.row().classes("items-end gap-4"):
        percent = ui.number(t("loyalty.core.field.fee_percent_bp"),
                            value=int(club["feePercentBp"]), min=0, max=10000, precision=0) \
            .classes("w-48").mark("fee-bp")
        amount = ui.number(t("loyalty.core.field.fee_amount"), value=int(club["feeAmount"]),
                           min=0, precision=0).classes("w-48").mark("fee-amount")

        async def save() -> None:
            if await mutate(session, FEE, "setClubFeeTariff", id=club["id"],
                            bp=int(percent.value or 0),
                            amount=int(amount.value or 0)) is not None:
                ui.notify(t("loyalty.core.saved"), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.core.club.fee_button"), save, icon="percent", marker="save-fee")


def categories_section(session: StaffSession, club: dict[str, Any],
                       categories: list[dict[str, Any]], configure: bool) -> None:
    heading(t("loyalty.core.categories.title"))
    _table(CATEGORY_COLUMNS, [
        {"id": c["id"], "kind": t(f"loyalty.core.category.{c['kind'].lower()}"),
         "code": c["code"], "name": c["name"], "name_en": c["nameEn"] or t("none")}
        for c in categories], "categories", t("loyalty.core.categories.empty"))
    if not configure:
        return
    with ui.row().classes("items-end gap-4"):
        kind = ui.select({"MERCHANT": t("loyalty.core.category.merchant"),
                          "SERVICE": t("loyalty.core.category.service")}, value="MERCHANT",
                         label=t("loyalty.core.field.category_kind")).classes("w-40") \
            .mark("category-kind")
        code = ui.input(t("loyalty.core.field.code")).classes("w-32").mark("category-code")
        name = ui.input(t("loyalty.core.field.name")).classes("w-56").mark("category-name")
        name_en = ui.input(t("loyalty.core.field.name_en")).classes("w-56") \
            .mark("category-name-en")

        async def add() -> None:
            if await mutate(session, ADD_CATEGORY, "addClubCategory", club=club["id"],
                            kind=kind.value, code=str(code.value or ""),
                            name=str(name.value or ""),
                            nameEn=str(name_en.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.categories.add"), add, icon="add", marker="add-category")


def staff_section(session: StaffSession, club: dict[str, Any], staff: list[dict[str, Any]],
                  manage: bool) -> None:
    heading(t("loyalty.core.staff.title"))
    _table(STAFF_COLUMNS, [{"id": s["staffId"], "name": s["name"], "email": s["email"],
                            "role": role_text(s["role"])} for s in staff],
           "club-staff", t("loyalty.core.staff.empty"))
    if not manage:
        return
    with ui.row().classes("items-end gap-4"):
        staff_id = ui.input(t("loyalty.core.field.staff_id")).classes("w-32").mark("staff-id")
        role = ui.select({r: role_text(r) for r in ROLES}, value="OPERATOR",
                         label=t("loyalty.core.field.role")).classes("w-40").mark("staff-role")

        async def give() -> None:
            if await mutate(session, SET_ROLE, "setClubStaffRole", club=club["id"],
                            staff=str(staff_id.value or ""), role=role.value) is not None:
                ui.navigate.reload()

        async def take() -> None:
            if await mutate(session, REMOVE_STAFF, "removeClubStaff", club=club["id"],
                            staff=str(staff_id.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.staff.give"), give, icon="badge", marker="give-role")
        busy_button(t("loyalty.core.staff.take"), take, icon="person_remove",
                    marker="take-role")


def create(api: AdminApi) -> None:
    @ui.page(routes.LOYALTY_CLUBS)
    @protected(api, needs="clubs")
    async def clubs_page(session: StaffSession) -> None:
        prefix = routes.prefix(ui.context.client.request)
        nodes = await load(session, CLUBS, "clubs") or []
        with frame(t("loyalty.core.clubs.title"), session):
            _table(CLUB_COLUMNS, club_rows(nodes, prefix), "clubs",
                   t("loyalty.core.clubs.empty"), links=("id",))
            if session.may("createClub"):
                create_form(session)

    @ui.page(routes.loyalty_club("{club_id}"))
    @protected(api, needs="club")
    async def club_page(session: StaffSession, club_id: str) -> None:
        data: dict[str, Any] = {}
        if is_id(club_id):
            try:
                data = await session.run(CLUB, id=club_id)
            except ApiError as error:
                show_api_error(error)
        club = data.get("club")
        with frame(t("loyalty.core.club.title", id=digits(club_id)), session):
            if club is None:
                ui.link(t("loyalty.core.clubs.back"), routes.LOYALTY_CLUBS)
                not_found(club_id)
                return
            club_links(club)
            with ui.card().classes("w-full"):
                values_grid(club_fields(club), "club")
            actions = set(club["allowedActions"])
            if "CONFIGURE" in actions and session.may("updateClub"):
                settings_form(session, club)
            if session.may("setClubFeeTariff"):
                fee_form(session, club)
            categories_section(session, club, data["clubCategories"], "CONFIGURE" in actions)
            staff_section(session, club, data["clubStaff"], "MANAGE_STAFF" in actions)
            await sub_clubs_section(session, club, "CONFIGURE" in actions)
