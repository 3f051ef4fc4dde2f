"""A club's segments of members: the list with each segment's size and active members, an
editor of a segment's definition (groups of field / operator / value rows, dates typed or picked
in the Jalali calendar), archiving, and the members a segment holds, paged by id (`?after=`).
The member page shows the member's statistics (`stats_section`) and the club's dashboard the
active members per segment (`dashboard_section`). All through GraphQL (`segments`, `segment`,
`createSegment`, `updateSegment`, `archiveSegment`, `memberStats`)."""

from __future__ import annotations

import copy
import json
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.pages.loyalty_rules import day_text, ids_of, parse_day
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_amount, format_money, format_time, t
from admin_ui.widgets import busy_button, column, date_input, link_cell, localized, shown_rows

SEGMENTS = """
query AdminLoyaltySegments($club: ID!) {
  segments(clubId: $club) { id name status size activeMembers updatedAt }
}
"""
SEGMENT = """
query AdminLoyaltySegment($id: ID!, $after: ID) {
  segment(id: $id) {
    id clubId name status size activeMembers definition
    members(first: 50, after: $after) { id name mobile cardNumber enrolledAt }
  }
}
"""
CREATE = """
mutation AdminCreateSegment($club: ID!, $name: String!, $definition: JSON!) {
  createSegment(clubId: $club, name: $name, definition: $definition) {
    __typename ... on SegmentSuccess { segment { id } }
    ... on UserError { code message field }
  }
}
"""
UPDATE = """
mutation AdminUpdateSegment($id: ID!, $name: String, $definition: JSON) {
  updateSegment(id: $id, name: $name, definition: $definition) {
    __typename ... on SegmentSuccess { segment { id } }
    ... on UserError { code message field }
  }
}
"""
ARCHIVE = """
mutation AdminArchiveSegment($id: ID!) {
  archiveSegment(id: $id) {
    __typename ... on SegmentSuccess { segment { id } }
    ... on UserError { code message field }
  }
}
"""
STATS = """
query AdminLoyaltyMemberStats($id: ID!) {
  memberStats(memberId: $id) {
    firstPurchaseAt lastPurchaseAt daysSinceLastPurchase segmentIds
    windows { days purchases spend pointsEarned }
  }
}
"""

# field -> (kind of value, operators), as `models.loyalty.segments.FIELDS` has them
RANGE = ("gte", "lte", "between")
WINDOWS = ("30", "90", "365", "lifetime")
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "days_since_last_purchase": ("number", RANGE),
    **{f"purchases_{w}": ("number", RANGE) for w in WINDOWS},
    **{f"spend_{w}": ("money", RANGE) for w in WINDOWS},
    **{f"points_earned_{w}": ("number", RANGE) for w in WINDOWS},
    "enrolled_days": ("number", RANGE),
    "enrolled_before": ("date", ("is",)),
    "enrolled_after": ("date", ("is",)),
    "tier": ("ids", ("in", "not_in")),
    "member_group": ("ids", ("in", "not_in")),
    "never_purchased": ("bool", ("is",)),
}
MAX_DEPTH = 3
LIST_COLUMNS = [column(name, f"loyalty.segments.column.{name}")
                for name in ("id", "name", "status", "size", "active", "updated_at")]
MEMBER_COLUMNS = [column(name, f"loyalty.segments.column.{name}")
                  for name in ("id", "name", "mobile", "card", "enrolled_at")]
WINDOW_COLUMNS = [column(name, f"loyalty.segments.column.{name}")
                  for name in ("window", "purchases", "spend", "points_earned")]
ACTIVITY_COLUMNS = [column(name, f"loyalty.segments.column.{name}")
                    for name in ("id", "name", "size", "active")]


def new_clause(name: str) -> dict[str, Any]:
    """A clause of `name` with its first operator and a value of its kind."""
    kind, ops = FIELDS[name]
    values: dict[str, Any] = {"number": 0, "money": 0, "date": "", "ids": [], "bool": True}
    return {"field": name, "op": ops[0], "value": values[kind]}


def value_for_op(clause: dict[str, Any], op: str) -> Any:
    """The clause's value reshaped for `op`: `between` takes two numbers, the others one."""
    value = clause["value"]
    if FIELDS[clause["field"]][0] not in ("number", "money"):
        return value
    if op == "between":
        return value if isinstance(value, list) else [value, value]
    return value[0] if isinstance(value, list) else value


def editable(definition: Any) -> dict[str, Any]:
    """A copy of a stored definition the editor changes (a group at its top)."""
    if isinstance(definition, dict) and ("all" in definition or "any" in definition):
        return copy.deepcopy(definition)
    return {"all": []}


def segment_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_segment(n["id"]),
             "name": n["name"], "status": t(f"loyalty.segments.status.{n['status'].lower()}"),
             "size": format_amount(n["size"]), "active": format_amount(n["activeMembers"]),
             "updated_at": format_time(n["updatedAt"])} for n in nodes]


def member_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_member(n["id"]),
             "name": n["name"] or t("none"), "mobile": n["mobile"], "card": n["cardNumber"],
             "enrolled_at": format_time(n["enrolledAt"])} for n in nodes]


def window_rows(windows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": str(w["days"] or "lifetime"),
             "window": (t("loyalty.segments.window.days", days=digits(str(w["days"])))
                        if w["days"] else t("loyalty.segments.window.lifetime")),
             "purchases": format_amount(w["purchases"]),
             "spend": format_money(w["spend"], "IRR"),
             "points_earned": format_amount(w["pointsEarned"])} for w in windows]


class Editor:
    """The definition editor's widgets over one definition (changed in place)."""

    def __init__(self, definition: dict[str, Any]) -> None:
        self.definition = definition

    @ui.refreshable_method
    def show(self) -> None:
        with ui.column().classes("w-full gap-2").mark("definition"):
            self._group(self.definition, None, 1, "definition")

    def _group(self, node: dict[str, Any], parent: list[dict[str, Any]] | None, depth: int,
               path: str) -> None:
        combinator = "all" if "all" in node else "any"
        children: list[dict[str, Any]] = node[combinator]

        def switch(value: str) -> None:
            node[value] = node.pop(combinator)
            self.show.refresh()

        with ui.card().classes("w-full gap-2 p-3").props("flat bordered").mark(f"group-{path}"):
            with ui.row().classes("items-center gap-2"):
                ui.toggle({"all": t("loyalty.segments.all"), "any": t("loyalty.segments.any")},
                          value=combinator, on_change=lambda e: switch(str(e.value))) \
                    .props("dense no-caps").mark(f"combinator-{path}")
                ui.button(t("loyalty.segments.add_clause"), icon="add",
                          on_click=lambda: self._add(children, new_clause("purchases_30"))) \
                    .props("flat dense no-caps").mark(f"add-clause-{path}")
                if depth < MAX_DEPTH:
                    ui.button(t("loyalty.segments.add_group"), icon="account_tree",
                              on_click=lambda: self._add(children, {"any": []})) \
                        .props("flat dense no-caps").mark(f"add-group-{path}")
                if parent is not None:
                    self._remove_button(parent, node, path)
            if not children:
                ui.label(t("loyalty.segments.everyone" if combinator == "all"
                           else "loyalty.segments.no_one")).classes("text-sm text-grey-7")
            for index, child in enumerate(children):
                child_path = f"{path}-{index}"
                if "all" in child or "any" in child:
                    self._group(child, children, depth + 1, child_path)
                else:
                    self._clause(child, children, child_path)

    def _add(self, children: list[dict[str, Any]], child: dict[str, Any]) -> None:
        children.append(child)
        self.show.refresh()

    def _remove_button(self, siblings: list[dict[str, Any]], node: dict[str, Any],
                       path: str) -> None:
        def remove() -> None:
            siblings.remove(node)
            self.show.refresh()

        ui.button(icon="delete", on_click=remove).props("flat dense round color=negative") \
            .mark(f"remove-{path}")

    def _clause(self, clause: dict[str, Any], siblings: list[dict[str, Any]], path: str) -> None:
        name = clause.get("field")
        if name not in FIELDS:  # not a clause this editor knows: shown as it is
            with ui.row().classes("items-center gap-2 w-full"):
                ui.label(json.dumps(clause, ensure_ascii=False)).classes("font-mono")
                self._remove_button(siblings, clause, path)
            return
        kind, ops = FIELDS[name]

        def set_field(value: str) -> None:
            clause.clear()
            clause.update(new_clause(value))
            self.show.refresh()

        def set_op(value: str) -> None:
            clause["value"] = value_for_op(clause, value)
            clause["op"] = value
            self.show.refresh()

        with ui.row().classes("items-center gap-2 w-full").mark(f"clause-{path}"):
            ui.select({f: t(f"loyalty.segments.field.{f}") for f in FIELDS}, value=name,
                      label=t("loyalty.segments.field"),
                      on_change=lambda e: set_field(e.value)).classes("w-56").mark(f"field-{path}")
            ui.select({op: t(f"loyalty.segments.op.{op}") for op in ops}, value=clause["op"],
                      label=t("loyalty.segments.operator"),
                      on_change=lambda e: set_op(e.value)).classes("w-32").mark(f"op-{path}")
            self._value(clause, kind, f"value-{path}")
            self._remove_button(siblings, clause, path)

    def _value(self, clause: dict[str, Any], kind: str, marker: str) -> None:
        def store(value: Any) -> None:
            clause["value"] = value

        if kind == "ids":
            ui.input(t("loyalty.segments.value.ids"),
                     value=", ".join(str(v) for v in clause["value"]),
                     on_change=lambda e: store(ids_of(e.value))).classes("w-64").mark(marker)
        elif kind == "bool":
            ui.switch(t("loyalty.segments.yes"), value=bool(clause["value"]),
                      on_change=lambda e: store(bool(e.value))).mark(marker)
        elif kind == "date":
            field_ = date_input(t("loyalty.segments.value.day"))
            field_.value = day_text(clause["value"])

            def changed(text: str) -> None:
                try:
                    day = parse_day(text)
                except ValueError:
                    return
                store(day.isoformat() if day else "")

            field_.on_value_change(lambda e: changed(e.value))
            field_.mark(marker)
        elif clause["op"] == "between":
            pair = clause["value"]
            with ui.row().classes("items-center gap-1"):
                self._number(kind, t("loyalty.segments.from"), pair[0],
                             lambda v: pair.__setitem__(0, v)).mark(f"{marker}-from")
                self._number(kind, t("loyalty.segments.to"), pair[1],
                             lambda v: pair.__setitem__(1, v)).mark(f"{marker}-to")
        else:
            self._number(kind, t("loyalty.segments.value"), clause["value"], store).mark(marker)

    @staticmethod
    def _number(kind: str, label: str, value: int, on_change: Any) -> ui.number:
        return ui.number(label, value=value, min=0, step=1000 if kind == "money" else 1,
                         format="%.0f", on_change=lambda e: on_change(int(e.value or 0))) \
            .classes("w-36")


def editor_form(session: StaffSession, *, club_id: str | None,
                segment: dict[str, Any] | None) -> None:
    """The name and definition of a new segment (`club_id`) or of `segment`, and save."""
    editor = Editor(editable(segment["definition"] if segment else None))
    name = ui.input(t("loyalty.segments.column.name"),
                    value=segment["name"] if segment else "").classes("w-80") \
        .mark("segment-name")
    editor.show()

    async def save() -> None:
        if segment is None:
            made = await mutate(session, CREATE, "createSegment", club=club_id,
                                name=str(name.value or ""), definition=editor.definition)
            if made is not None:
                ui.navigate.to(routes.loyalty_segment(made["segment"]["id"]))
        elif await mutate(session, UPDATE, "updateSegment", id=segment["id"],
                          name=str(name.value or ""), definition=editor.definition) is not None:
            ui.navigate.reload()

    busy_button(t("loyalty.segments.save"), save, icon="save", marker="save-segment")


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str,
           empty: str, *, links: bool = False) -> None:
    if not rows:
        ui.label(empty).classes("text-grey-7").mark(f"{marker}-empty")
        return
    table = ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)
    if links:
        table.add_slot("body-cell-id", link_cell("id"))


async def stats_section(session: StaffSession, member_id: str) -> None:
    """The member page's statistics: last purchase and the figures of each window."""
    if not session.may("memberStats"):
        return
    stats = await load(session, STATS, "memberStats", id=member_id)
    heading(t("loyalty.segments.stats.title"))
    if stats is None:
        return
    with ui.card().classes("w-full").mark("member-stats"):
        with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
            days = stats["daysSinceLastPurchase"]
            for key, value in (
                    ("first_purchase", format_time(stats["firstPurchaseAt"])
                     if stats["firstPurchaseAt"] else t("none")),
                    ("last_purchase", format_time(stats["lastPurchaseAt"])
                     if stats["lastPurchaseAt"] else t("none")),
                    ("days_since", digits(str(days)) if days is not None else t("none")),
                    ("segments", "، ".join(digits(i) for i in stats["segmentIds"])
                     or t("none"))):
                ui.label(t(f"loyalty.segments.stats.{key}")).classes("text-sm text-grey-7")
                ui.label(value).mark(f"member-stats-{key}")
        _table(WINDOW_COLUMNS, window_rows(stats["windows"]), "member-windows", t("none"))


def dashboard_section(segments: list[dict[str, Any]]) -> None:
    """The club dashboard's active members per segment."""
    heading(t("loyalty.segments.dashboard"))
    _table(ACTIVITY_COLUMNS, [{"id": s["segmentId"], "name": s["name"],
                               "size": format_amount(s["members"]),
                               "active": format_amount(s["activeMembers"])} for s in segments],
           "segment-activity", t("loyalty.segments.empty"))


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_segments("{club_id}"))
    @protected(api, needs="segments")
    async def segments_page(session: StaffSession, club_id: str) -> None:
        prefix = routes.prefix(ui.context.client.request)
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        nodes = await load(session, SEGMENTS, "segments", club=club_id) if club else []
        title = t("loyalty.segments.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            _table(LIST_COLUMNS, segment_rows(nodes or [], prefix), "segments",
                   t("loyalty.segments.empty"), links=True)
            if "CONFIGURE" in club["allowedActions"] and session.may("createSegment"):
                heading(t("loyalty.segments.new"))
                editor_form(session, club_id=club_id, segment=None)

    @ui.page(routes.loyalty_segment("{segment_id}"))
    @protected(api, needs="segment")
    async def segment_page(session: StaffSession, segment_id: str,
                           after: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        after = after if after and is_id(after) else None
        segment = await load(session, SEGMENT, "segment", id=segment_id, after=after) \
            if is_id(segment_id) else None
        club = await load(session, CLUB_HEAD, "club", id=segment["clubId"]) if segment else None
        with frame(t("loyalty.segments.segment", name=segment["name"] if segment
                     else digits(segment_id)), session):
            if segment is None or club is None:
                ui.label(t("loyalty.segments.not_found", id=digits(segment_id))) \
                    .mark("segment-not-found")
                return
            club_links(club)
            ui.link(t("loyalty.segments.title", club=club["name"]),
                    routes.loyalty_segments(club["id"])).mark("club-segments-link")
            with ui.row().classes("gap-6"):
                ui.label(t(f"loyalty.segments.status.{segment['status'].lower()}")) \
                    .mark("segment-status")
                ui.label(t("loyalty.segments.size", size=format_amount(segment["size"]),
                           active=format_amount(segment["activeMembers"]))) \
                    .mark("segment-size")
            manage = ("CONFIGURE" in club["allowedActions"] and segment["status"] == "ACTIVE"
                      and session.may("updateSegment"))
            if manage:
                editor_form(session, club_id=None, segment=segment)

                async def archive() -> None:
                    if await mutate(session, ARCHIVE, "archiveSegment",
                                    id=segment["id"]) is not None:
                        ui.navigate.reload()

                busy_button(t("loyalty.segments.archive"), archive, icon="archive",
                            marker="archive-segment")
            else:
                ui.label(json.dumps(segment["definition"], ensure_ascii=False)) \
                    .classes("font-mono text-sm").style("direction: ltr") \
                    .mark("segment-definition")
            heading(t("loyalty.segments.members"))
            members = segment["members"]
            _table(MEMBER_COLUMNS, member_rows(members, prefix), "segment-members",
                   t("loyalty.segments.no_members"), links=True)
            if len(members) == 50:
                ui.link(t("loyalty.segments.next_page"),
                        routes.with_query(routes.loyalty_segment(segment["id"]),
                                          after=members[-1]["id"])).mark("segment-next-page")
