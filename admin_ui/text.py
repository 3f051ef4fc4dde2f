"""Every string the admin shows, in one catalogue, and the formatting of numbers and times.

Pages never hold user-visible literals: they call `t(key, **values)`. A later catalogue (Persian,
with Jalali dates and Persian digits) replaces `CATALOGUE` and the two formatters below, and
nothing else changes. Amounts stay integers of the ledger's smallest unit until `format_amount`.
"""

from __future__ import annotations

from datetime import UTC, datetime

CATALOGUE: dict[str, str] = {
    "app.title": "Etebar admin",
    "app.page_title": "{page} · {app}",
    "menu.accounts": "Accounts",
    "menu.sign_out": "Sign out",
    "menu.signed_in_as": "{name} ({role})",

    "role.owner": "owner",
    "role.admin": "admin",
    "role.operator": "operator",
    "role.back_office": "back office",
    "role.support": "support",

    "sign_in.title": "Sign in",
    "sign_in.email": "Email",
    "sign_in.password": "Password",
    "sign_in.submit": "Sign in",
    "sign_in.missing": "Enter your email and password.",

    "accounts.title": "Accounts",
    "accounts.filter.ledger": "Ledger",
    "accounts.ledger_option": "{code} · {name}",
    "accounts.filter.code": "Code",
    "accounts.filter.owner": "Owner",
    "accounts.filter.apply": "Apply filters",
    "accounts.filter.clear": "Clear",
    "accounts.empty": "No accounts match.",

    "account.title": "Account {id}",
    "account.not_found": "There is no account {id}.",
    "account.label": "#{id} · {name}",
    "account.label_unknown": "#{id}",
    "account.back": "All accounts",
    "account.transfers": "Transfers",
    "account.no_transfers": "No transfers yet.",

    "field.id": "ID",
    "field.ledger": "Ledger",
    "field.code": "Code",
    "field.owner": "Owner",
    "field.name": "Name",
    "field.external_id": "External ID",
    "field.system_key": "System key",
    "field.balance": "Balance",
    "field.available": "Available",
    "field.credit_limit": "Credit limit",
    "field.debits_posted": "Debits posted",
    "field.credits_posted": "Credits posted",
    "field.debits_pending": "Debits pending",
    "field.credits_pending": "Credits pending",
    "field.flags": "Flags",
    "field.closed": "Closed",
    "field.version": "Version",
    "field.created_at": "Created",
    "field.metadata": "Metadata",
    "field.kind": "Kind",
    "field.amount": "Amount",
    "field.direction": "Side",
    "field.counterpart": "Counterpart",
    "field.status": "Pending status",
    "field.reference": "Reference",

    "flag.debits_must_not_exceed_credits": "Debits may not exceed credits",
    "flag.credits_must_not_exceed_debits": "Credits may not exceed debits",
    "flag.none": "None",

    "direction.debit": "Debit",
    "direction.credit": "Credit",

    "kind.single_phase": "Single-phase",
    "kind.pending": "Pending",
    "kind.post_pending": "Post pending",
    "kind.void_pending": "Void pending",

    "pending.pending": "Pending",
    "pending.pending_until": "Pending until {time}",
    "pending.posted": "Posted",
    "pending.voided": "Voided",
    "pending.expired": "Expired",
    "pending.resolves": "Resolves #{id}",

    "yes": "Yes",
    "no": "No",
    "none": "—",

    "pager.previous": "Previous page",
    "pager.next": "Next page",
    "pager.page": "Page {number}",

    "error.session_expired": "Your session has ended. Sign in again.",
    "error.request_failed": "The request failed: {detail}",
    # Codes of typed API errors; an unknown code falls back to the API's own message.
    "error.invalid_credentials": "The email or the password is wrong.",
}


def t(key: str, **values: object) -> str:
    """The catalogue's text for `key` with `values` filled in; the key itself if it is missing."""
    text = CATALOGUE.get(key, key)
    return text.format(**values) if values else text


def error_text(code: str, message: str) -> str:
    """A typed API error as the user reads it: the catalogue's wording, else the API's message."""
    return CATALOGUE.get(f"error.{code}", message)


def format_amount(amount: int | str | None) -> str:
    """An integer amount (the API sends Long as a decimal string) with thousands separators."""
    if amount is None:
        return t("none")
    return f"{int(amount):,}"


def format_time(value: str | None) -> str:
    """An ISO 8601 timestamp from the API, in UTC to the second."""
    if not value:
        return t("none")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC" if moment.tzinfo else "%Y-%m-%d %H:%M:%S")


def yes_no(value: bool) -> str:
    return t("yes") if value else t("no")
