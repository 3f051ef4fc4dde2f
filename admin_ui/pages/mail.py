"""Sent messages: the emails recorded for customers, filtered by status and customer, one email
with its subject, body and delivery record (and a resend button for a failed or skipped one),
and the local SMTP catcher's inbox.

The list keeps its filters in the URL (`?status=failed&customer=12`), so a reload or a shared
link shows the same list.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import digits, format_number, format_time, t
from admin_ui.widgets import Page, PagedTable, busy_button, column, page_of

PAGE_SIZE = 25
STATUSES = ("all", "queued", "sent", "failed", "skipped")
RESENDABLE = frozenset({"FAILED", "SKIPPED"})

MESSAGES = """
query AdminEmailMessages($first: Int!, $after: String, $status: EmailStatus, $customerId: ID) {
  emailMessages(first: $first, after: $after, status: $status, customerId: $customerId) {
    edges { node { id customerId toAddress subject status attempts createdAt sentAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
MESSAGE = """
query AdminEmailMessage($id: ID!) {
  emailMessage(id: $id) {
    id customerId toAddress language template subject body status attempts lastError
    createdAt sentAt nextAttemptAt
  }
}
"""
RESEND = """
mutation AdminResendEmail($id: ID!) {
  resendEmail(id: $id) {
    __typename
    ... on EmailMessageSuccess { email { id status } }
    ... on UserError { code message field }
  }
}
"""
CAUGHT = """
query AdminCaughtEmails($first: Int!, $after: String) {
  caughtEmails(first: $first, after: $after) {
    edges { node { id mailFrom to subject body rawSize receivedAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

MESSAGE_COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.created_at"),
    column("customer", "mail.field.customer"),
    column("to", "mail.field.to"),
    column("subject", "mail.field.subject"),
    column("status", "mail.field.status"),
    column("attempts", "mail.field.attempts"),
    column("sent_at", "mail.field.sent_at"),
]
CAUGHT_COLUMNS = [
    column("id", "field.id"),
    column("received_at", "mail.field.received_at"),
    column("from", "mail.field.from"),
    column("to", "mail.field.to"),
    column("subject", "mail.field.subject"),
    column("body", "mail.field.body"),
    column("size", "mail.field.size", align="right"),
]


def status_text(status: str) -> str:
    return t(f"mail.status.{status.lower()}")


def message_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.email_message(n["id"]),
             "created_at": format_time(n["createdAt"]),
             "customer": digits(n["customerId"]) if n["customerId"] else t("none"),
             "customer_href": prefix + routes.customer(n["customerId"]) if n["customerId"]
             else "",
             "to": n["toAddress"] or t("none"), "subject": n["subject"],
             "status": status_text(n["status"]), "attempts": digits(str(n["attempts"])),
             "sent_at": format_time(n["sentAt"])} for n in nodes]


def caught_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "received_at": format_time(n["receivedAt"]),
             "from": n["mailFrom"], "to": n["to"], "subject": n["subject"], "body": n["body"],
             "size": t("mail.bytes", size=format_number(int(n["rawSize"])))} for n in nodes]


def message_fields(node: dict[str, Any]) -> list[tuple[str, str]]:
    """(catalogue key under `mail.field.`, shown value) of one email."""
    return [
        ("id", node["id"]),
        ("customer", digits(node["customerId"]) if node["customerId"] else t("none")),
        ("to", node["toAddress"] or t("none")),
        ("language", t(f"mail.language.{node['language'].lower()}")),
        ("template", node["template"]),
        ("status", status_text(node["status"])),
        ("attempts", digits(str(node["attempts"]))),
        ("created_at", format_time(node["createdAt"])),
        ("sent_at", format_time(node["sentAt"])),
        ("next_attempt_at", format_time(node["nextAttemptAt"])),
        ("last_error", node["lastError"] or t("none")),
    ]


def _url(status: str, customer: str | None) -> str:
    wanted = {"status": status if status != "all" else None, "customer": customer or None}
    query = "&".join(f"{k}={v}" for k, v in wanted.items() if v)
    return routes.MAIL + (f"?{query}" if query else "")


def _is_id(value: str | None) -> bool:
    return value is not None and value.isdigit() and len(value) <= 19


def create(api: AdminApi) -> None:
    @ui.page(routes.MAIL)
    @protected(api, needs="emailMessages")
    async def mail_page(session: StaffSession, status: str | None = None,
                        customer: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        chosen = status if status in STATUSES else "all"
        customer_id = customer if _is_id(customer) else None

        async def fetch(after: str | None) -> Page:
            data = await session.run(MESSAGES, first=PAGE_SIZE, after=after,
                                     status=None if chosen == "all" else chosen.upper(),
                                     customerId=customer_id)
            return page_of(data["emailMessages"], lambda nodes: message_rows(nodes, prefix))

        with frame(t("mail.title"), session):
            if session.may("caughtEmails"):
                ui.link(t("mail.caught_link"), routes.CAUGHT_MAIL).mark("caught-link")
            with ui.row().classes("items-end gap-4"):
                which = ui.select({s: t(f"mail.status.{s}") for s in STATUSES}, value=chosen,
                                  label=t("mail.field.status")).classes("w-40") \
                    .mark("filter-status")
                whose = ui.input(t("mail.filter.customer"), value=customer_id or "") \
                    .classes("w-40").mark("filter-customer")
                ui.button(t("accounts.filter.apply"), icon="filter_list",
                          on_click=lambda: ui.navigate.to(_url(
                              str(which.value), str(whose.value or "").strip()))) \
                    .props("no-caps").mark("apply-filters")
            table = PagedTable(MESSAGE_COLUMNS, fetch, empty=t("mail.empty"),
                               links=("id", "customer"))
            await table.load()
            table.render()

    @ui.page(routes.email_message("{message_id}"))
    @protected(api, needs="emailMessage")
    async def email_page(session: StaffSession, message_id: str) -> None:
        message: dict[str, Any] | None = None
        if _is_id(message_id):
            try:
                message = (await session.run(MESSAGE, id=message_id))["emailMessage"]
            except ApiError as error:
                show_api_error(error)
        with frame(t("mail.message_title", id=message_id), session):
            ui.link(t("mail.back"), routes.MAIL)
            if message is None:
                ui.label(t("mail.not_found", id=message_id)).mark("email-not-found")
                return
            with ui.card().classes("w-full"), \
                    ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
                for key, value in message_fields(message):
                    ui.label(t(f"mail.field.{key}")).classes("text-sm text-grey-7")
                    ui.label(value).mark(f"email-{key}")
            with ui.card().classes("w-full"):
                ui.label(message["subject"]).classes("text-lg font-semibold") \
                    .props("dir=auto").mark("email-subject")
                ui.label(message["body"]).classes("whitespace-pre-wrap") \
                    .props("dir=auto").mark("email-body")
            if session.may("resendEmail") and message["status"] in RESENDABLE:

                async def resend() -> None:
                    try:
                        result = (await session.run(RESEND, id=message_id))["resendEmail"]
                    except ApiError as error:
                        show_api_error(error)
                        return
                    if show_refusal(result):
                        return
                    ui.notify(t("mail.resent", id=message_id), type="positive")
                    ui.navigate.to(routes.email_message(message_id))

                busy_button(t("mail.resend"), resend, icon="send", marker="resend-email")

    @ui.page(routes.CAUGHT_MAIL)
    @protected(api, needs="caughtEmails")
    async def caught_page(session: StaffSession) -> None:
        async def fetch(after: str | None) -> Page:
            data = await session.run(CAUGHT, first=PAGE_SIZE, after=after)
            return page_of(data["caughtEmails"], caught_rows)

        with frame(t("mail.caught_title"), session):
            ui.label(t("mail.caught_hint")).classes("text-grey-7")
            table = PagedTable(CAUGHT_COLUMNS, fetch, empty=t("mail.caught_empty"))
            await table.load()
            table.render()
