"""Every string the admin shows, in one catalogue per language, and the formatting of numbers,
amounts and times for the reader's language.

Pages never hold user-visible literals: they call `t(key, **values)`, which speaks the current
language: the one `speaking()` set for this page build, else the one kept in the browser's user
storage, else Persian. Amounts stay integers of the ledger's smallest unit until formatted here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import jdatetime
from nicegui import app

LANGUAGES = ("fa", "en")
DEFAULT_LANGUAGE = "fa"
LANGUAGE_KEY = "language"
TOMAN_KEY = "toman"
TEHRAN = ZoneInfo("Asia/Tehran")
# Rials are the unit of the IRR ledger; a toman is ten rials, how people speak of prices.
RIALS_PER_TOMAN = 10

EN: dict[str, str] = {
    "app.title": "Etebar admin",
    "app.page_title": "{page} · {app}",
    "menu.dashboard": "Dashboard",
    "menu.accounts": "Accounts",
    "menu.transfers": "Transfers",
    "menu.staff": "Staff",
    "menu.partners": "Partners",
    "menu.audit": "Audit log",
    "menu.webhooks": "Webhooks",
    "menu.sign_out": "Sign out",
    "menu.signed_in_as": "{name} ({role})",
    "menu.other_language": "فارسی",
    "menu.toman": "Toman",

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

    "forbidden.title": "Not allowed",
    "forbidden.text": "Your role does not allow this page.",

    "dashboard.title": "Dashboard",
    "dashboard.totals": "Totals per ledger",
    "dashboard.per_day": "Transfers per day (last {days} days)",
    "dashboard.health": "Ledger invariants",
    "dashboard.health_ok": "All invariants hold (checked {time}).",
    "dashboard.health_bad": "{count} problems found (checked {time}).",
    "dashboard.accounts": "Accounts",
    "dashboard.transfers": "Transfers",

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

    "transfers.title": "Transfers",
    "transfers.filter.kind": "Kind",
    "transfers.filter.reference_type": "Reference type",
    "transfers.filter.reference_id": "Reference ID",
    "transfers.filter.since": "From (YYYY-MM-DD)",
    "transfers.filter.until": "Until (YYYY-MM-DD)",
    "transfers.filter.bad_date": "Dates are YYYY-MM-DD.",
    "transfers.empty": "No transfers match.",

    "transfer.title": "Transfer {id}",
    "transfer.not_found": "There is no transfer {id}.",
    "transfer.chain": "Pending, post and void chain",
    "transfer.back": "All transfers",

    "staff.title": "Staff and roles",
    "staff.empty": "No staff members.",
    "staff.new": "New staff member",
    "staff.create": "Create",
    "staff.created": "Staff member {email} created.",
    "staff.change_role": "Change role",
    "staff.role_changed": "{email} is now {role}.",
    "staff.deactivate": "Deactivate",
    "staff.deactivated": "{email} was deactivated.",

    "partners.title": "Partners",
    "partners.empty": "No partners.",
    "partners.new": "New partner",
    "partners.create": "Create",
    "partners.created": "Partner {name} created.",
    "partners.keys": "API keys",

    "partner.title": "Partner {id}",
    "partner.not_found": "There is no partner {id}.",
    "partner.back": "All partners",
    "partner.no_keys": "No keys yet.",
    "partner.new_key": "New API key",
    "partner.scopes": "Scopes (comma separated)",
    "partner.create_key": "Create key",
    "partner.secret": "The key's secret, shown only now: copy it.",
    "partner.revoke": "Revoke",
    "partner.revoked": "Key {prefix} revoked.",

    "audit.title": "Audit log",
    "audit.filter.actor": "Actor",
    "audit.filter.operation": "Operation",
    "audit.filter.result": "Result",
    "audit.empty": "No entries match.",

    "webhooks.title": "Webhooks",
    "webhooks.partner": "Partner",
    "webhooks.partner_option": "{name} (#{id})",
    "webhooks.no_partners": "There are no partners yet: create one first.",
    "webhooks.endpoints": "Endpoints",
    "webhooks.no_endpoints": "No endpoints yet.",
    "webhooks.url": "URL (https://…)",
    "webhooks.create": "Add endpoint",
    "webhooks.created": "Endpoint #{id} added.",
    "webhooks.secret": "The endpoint's signing secret, shown only now: copy it.",
    "webhooks.deactivate": "Deactivate",
    "webhooks.deactivated": "Endpoint #{id} deactivated.",
    "webhooks.attempts": "Delivery log",
    "webhooks.endpoint": "Endpoint",
    "webhooks.endpoint_option": "#{id} · {url}",
    "webhooks.outcome": "Outcome",
    "webhooks.outcome.all": "All",
    "webhooks.outcome.succeeded": "Succeeded",
    "webhooks.outcome.failed": "Failed",
    "webhooks.no_attempts": "No attempts match.",
    "webhooks.duration": "{ms} ms",

    # bank deposits (admin_ui/pages/deposits.py)
    "menu.deposits": "Deposits",
    "deposits.title": "Bank deposits",
    "deposits.empty": "No deposits match.",
    "deposits.filter.awaiting": "Awaiting approval",
    "deposits.filter.declared": "Declared",
    "deposits.filter.awaiting_second_approval": "Awaiting second approval",
    "deposits.filter.approved": "Approved",
    "deposits.filter.rejected": "Rejected",
    "deposits.filter.all": "All",
    "deposit.title": "Deposit {id}",
    "deposit.back": "All deposits",
    "deposit.not_found": "There is no deposit {id}.",
    "deposit.receipt": "Receipt",
    "deposit.needs_second": "Approved once: a second approval by someone else credits the wallet.",
    "deposit.approve": "Approve",
    "deposit.approved_now": "Approved: the deposit is now {status}.",
    "deposit.reason": "Reason for rejecting (sent to the customer)",
    "deposit.reject": "Reject",
    "deposit.rejected_now": "Rejected: the customer is emailed the reason.",
    "deposit_status.declared": "Declared",
    "deposit_status.awaiting_second_approval": "Awaiting second approval",
    "deposit_status.approved": "Approved",
    "deposit_status.rejected": "Rejected",
    "field.customer": "Customer",
    "field.bank": "Bank",
    "field.deposited_on": "Deposit date",
    "field.tracking_number": "Tracking number",
    "field.deposit_status": "Status",
    "field.declared_by": "Declared by",
    "field.first_approver": "First approver",
    "field.second_approver": "Second approver",
    "field.rejected_by": "Rejected by",
    "field.rejected_reason": "Reason",
    "field.credited_transfer": "Credit transfer",
    "field.decided_at": "Decided",
    "error.deposit_not_found": "There is no such deposit.",
    "error.deposit_already_decided": "This deposit was decided already; nothing changed.",
    "error.declarer_cannot_approve":
        "Whoever declared the deposit cannot give its second approval.",
    "error.same_approver_twice":
        "The second approval must come from someone other than the first approver.",
    "error.tracking_number_already_credited":
        "A deposit with this bank and tracking number was credited already.",
    "error.reason_required": "Enter the reason for rejecting.",
    "bank.melli": "Bank Melli Iran",
    "bank.mellat": "Bank Mellat",
    "bank.saderat": "Bank Saderat Iran",
    "bank.tejarat": "Tejarat Bank",
    "bank.sepah": "Bank Sepah",
    "bank.keshavarzi": "Bank Keshavarzi",
    "bank.maskan": "Bank Maskan",
    "bank.refah": "Refah Bank",
    "bank.post_bank": "Post Bank of Iran",
    "bank.saman": "Saman Bank",
    "bank.parsian": "Parsian Bank",
    "bank.pasargad": "Bank Pasargad",
    "bank.eghtesad_novin": "EN Bank (Eghtesad Novin)",
    "bank.sina": "Sina Bank",
    "bank.shahr": "Shahr Bank",
    "bank.ayandeh": "Ayandeh Bank",
    "bank.dey": "Dey Bank",
    "bank.resalat": "Resalat Bank",
    "bank.karafarin": "Karafarin Bank",
    "bank.sarmayeh": "Sarmayeh Bank",
    "bank.khavarmianeh": "Middle East Bank",
    "bank.tosee_taavon": "Tosee Taavon Bank",
    # cash-outs
    "menu.cash_outs": "Cash-outs",
    "cashouts.title": "Cash-outs awaiting approval",
    "cashouts.status": "Status",
    "cashouts.status.all": "All",
    "cashouts.status.requested": "Awaiting approval",
    "cashouts.status.approved": "Approved",
    "cashouts.status.sent": "Sent to the bank",
    "cashouts.status.paid": "Paid",
    "cashouts.status.rejected": "Rejected",
    "cashouts.status.failed": "Refused by the bank",
    "cashouts.empty": "No cash-outs match.",
    "cashouts.customer": "Customer",
    "cashouts.sheba": "Sheba",
    "cashouts.holder": "Account holder",
    "cashouts.note": "Reason or bank answer",
    "cashouts.requested_at": "Requested",
    "cashouts.review": "Approve or reject",
    "cashouts.cash_out_id": "Cash-out ID",
    "cashouts.reason": "Reason for rejecting",
    "cashouts.approve": "Approve",
    "cashouts.reject": "Reject",
    "cashouts.approved": "Cash-out #{id} approved; it goes to the bank shortly.",
    "cashouts.rejected": "Cash-out #{id} rejected; the amount is back in the wallet.",
    "cashouts.batches": "Payout batches",
    "cashouts.no_batches": "No payout batches yet.",
    "cashouts.batch_count": "Payouts",
    "cashouts.batch_total": "Total",
    "cashouts.submitted_at": "Accepted by the bank",
    "cashouts.batch_id": "Batch ID",
    "cashouts.download": "Download batch file",
    "cashouts.no_such_batch": "There is no payout batch #{id}.",
    "error.cash_out_not_found": "There is no such cash-out.",
    "error.cash_out_rejected": "This cash-out was rejected already.",
    "error.cash_out_already_sent": "This cash-out was sent to the bank; it cannot be rejected.",
    "error.invalid_reason": "Enter a reason (at most 500 characters).",

    "field.id": "ID",
    "field.ledger": "Ledger",
    "field.code": "Code",
    "field.owner": "Owner",
    "field.name": "Name",
    "field.email": "Email",
    "field.password": "Password",
    "field.role": "Role",
    "field.active": "Active",
    "field.partner": "Partner",
    "field.prefix": "Prefix",
    "field.scopes": "Scopes",
    "field.last_used_at": "Last used",
    "field.revoked_at": "Revoked",
    "field.external_id": "External ID",
    "field.system_key": "System key",
    "field.balance": "Balance",
    "field.available": "Available",
    "field.credit_limit": "Credit limit",
    "field.debits_posted": "Debits posted",
    "field.credits_posted": "Credits posted",
    "field.debits_pending": "Debits pending",
    "field.credits_pending": "Credits pending",
    "field.accounts": "Accounts",
    "field.flags": "Flags",
    "field.closed": "Closed",
    "field.version": "Version",
    "field.created_at": "Created",
    "field.metadata": "Metadata",
    "field.kind": "Kind",
    "field.amount": "Amount",
    "field.direction": "Side",
    "field.counterpart": "Counterpart",
    "field.debit_account": "Debit account",
    "field.credit_account": "Credit account",
    "field.status": "Pending status",
    "field.reference": "Reference",
    "field.idempotency_key": "Idempotency key",
    "field.at": "When",
    "field.actor": "Actor",
    "field.operation": "Operation",
    "field.input": "Input",
    "field.result": "Result",
    "field.problem": "Problem",
    "field.detail": "Detail",
    "field.url": "URL",
    "field.delivery": "Delivery",
    "field.number": "Attempt",
    "field.status_code": "HTTP status",
    "field.outcome": "Outcome",
    "field.error": "Error",
    "field.duration": "Duration",

    "flag.debits_must_not_exceed_credits": "Debits may not exceed credits",
    "flag.credits_must_not_exceed_debits": "Credits may not exceed debits",
    "flag.none": "None",

    "direction.debit": "Debit",
    "direction.credit": "Credit",

    "kind.single_phase": "Single-phase",
    "kind.pending": "Pending",
    "kind.post_pending": "Post pending",
    "kind.void_pending": "Void pending",

    "partner_kind.merchant": "Merchant",
    "partner_kind.hotel": "Hotel",
    "partner_kind.airline": "Airline",
    "partner_kind.insurer": "Insurer",
    "partner_kind.sales_agent": "Sales agent",
    "partner_kind.bank_branch": "Bank branch",

    "pending.pending": "Pending",
    "pending.pending_until": "Pending until {time}",
    "pending.posted": "Posted",
    "pending.voided": "Voided",
    "pending.expired": "Expired",
    "pending.resolves": "Resolves #{id}",

    "money.toman": "{amount} toman",

    "yes": "Yes",
    "no": "No",
    "none": "—",

    "pager.previous": "Previous page",
    "pager.next": "Next page",
    "pager.page": "Page {number}",

    "error.session_expired": "Your session has ended. Sign in again.",
    "error.request_failed": "The request failed: {detail}",
    "error.FORBIDDEN": "Your role does not allow this.",
    # Codes of typed API errors; an unknown code falls back to the API's own message.
    "error.invalid_credentials": "The email or the password is wrong.",
    "error.account_locked": "Too many wrong passwords: the account is locked for a while.",
    "error.owner_role_requires_owner": "Only an owner may make or change an owner.",
    "error.last_owner": "The platform must keep at least one active owner.",
    "error.cannot_deactivate_yourself": "You cannot deactivate yourself.",
    "error.staff_not_found": "There is no such staff member.",
    "error.partner_not_found": "There is no such partner.",
    "error.staff_exists": "That email is already in use.",
    "error.invalid_cursor": "That page no longer exists; start again from the first.",
    "error.endpoint_not_found": "There is no such webhook endpoint.",
    "error.invalid_url": "Enter an http(s) URL of at most 2000 characters.",
    "error.partner_required": "Choose a partner.",
}

FA: dict[str, str] = {
    "app.title": "مدیریت اعتبار",
    "app.page_title": "{page} · {app}",
    "menu.dashboard": "پیشخوان",
    "menu.accounts": "حساب‌ها",
    "menu.transfers": "تراکنش‌ها",
    "menu.staff": "کارکنان",
    "menu.partners": "شرکا",
    "menu.audit": "گزارش ممیزی",
    "menu.webhooks": "وب‌هوک‌ها",
    "menu.sign_out": "خروج",
    "menu.signed_in_as": "{name} ({role})",
    "menu.other_language": "English",
    "menu.toman": "تومان",

    "role.owner": "مالک",
    "role.admin": "مدیر",
    "role.operator": "کاربر عملیات",
    "role.back_office": "پشتیبانی مالی",
    "role.support": "پشتیبانی",

    "sign_in.title": "ورود",
    "sign_in.email": "ایمیل",
    "sign_in.password": "گذرواژه",
    "sign_in.submit": "ورود",
    "sign_in.missing": "ایمیل و گذرواژه را وارد کنید.",

    "forbidden.title": "دسترسی ندارید",
    "forbidden.text": "نقش شما اجازهٔ دیدن این صفحه را نمی‌دهد.",

    "dashboard.title": "پیشخوان",
    "dashboard.totals": "جمع هر دفتر",
    "dashboard.per_day": "تراکنش‌های روزانه ({days} روز گذشته)",
    "dashboard.health": "درستی دفترها",
    "dashboard.health_ok": "همهٔ قواعد برقرارند (بررسی در {time}).",
    "dashboard.health_bad": "{count} مشکل پیدا شد (بررسی در {time}).",
    "dashboard.accounts": "حساب‌ها",
    "dashboard.transfers": "تراکنش‌ها",

    "accounts.title": "حساب‌ها",
    "accounts.filter.ledger": "دفتر",
    "accounts.ledger_option": "{code} · {name}",
    "accounts.filter.code": "کد",
    "accounts.filter.owner": "صاحب",
    "accounts.filter.apply": "اعمال فیلترها",
    "accounts.filter.clear": "پاک کردن",
    "accounts.empty": "حسابی پیدا نشد.",

    "account.title": "حساب {id}",
    "account.not_found": "حساب {id} وجود ندارد.",
    "account.label": "#{id} · {name}",
    "account.label_unknown": "#{id}",
    "account.back": "همهٔ حساب‌ها",
    "account.transfers": "تراکنش‌ها",
    "account.no_transfers": "هنوز تراکنشی نیست.",

    "transfers.title": "تراکنش‌ها",
    "transfers.filter.kind": "نوع",
    "transfers.filter.reference_type": "نوع مرجع",
    "transfers.filter.reference_id": "شناسهٔ مرجع",
    "transfers.filter.since": "از (YYYY-MM-DD)",
    "transfers.filter.until": "تا (YYYY-MM-DD)",
    "transfers.filter.bad_date": "تاریخ‌ها به شکل YYYY-MM-DD هستند.",
    "transfers.empty": "تراکنشی پیدا نشد.",

    "transfer.title": "تراکنش {id}",
    "transfer.not_found": "تراکنش {id} وجود ندارد.",
    "transfer.chain": "زنجیرهٔ رزرو، قطعی و ابطال",
    "transfer.back": "همهٔ تراکنش‌ها",

    "staff.title": "کارکنان و نقش‌ها",
    "staff.empty": "کارمندی نیست.",
    "staff.new": "کارمند تازه",
    "staff.create": "ساختن",
    "staff.created": "کارمند {email} ساخته شد.",
    "staff.change_role": "تغییر نقش",
    "staff.role_changed": "نقش {email} اکنون {role} است.",
    "staff.deactivate": "غیرفعال کردن",
    "staff.deactivated": "{email} غیرفعال شد.",

    "partners.title": "شرکا",
    "partners.empty": "شریکی نیست.",
    "partners.new": "شریک تازه",
    "partners.create": "ساختن",
    "partners.created": "شریک {name} ساخته شد.",
    "partners.keys": "کلیدهای API",

    "partner.title": "شریک {id}",
    "partner.not_found": "شریک {id} وجود ندارد.",
    "partner.back": "همهٔ شرکا",
    "partner.no_keys": "هنوز کلیدی نیست.",
    "partner.new_key": "کلید API تازه",
    "partner.scopes": "دامنه‌ها (جدا با ویرگول)",
    "partner.create_key": "ساختن کلید",
    "partner.secret": "رمز کلید فقط همین یک بار نشان داده می‌شود: آن را بردارید.",
    "partner.revoke": "باطل کردن",
    "partner.revoked": "کلید {prefix} باطل شد.",

    "audit.title": "گزارش ممیزی",
    "audit.filter.actor": "انجام‌دهنده",
    "audit.filter.operation": "عملیات",
    "audit.filter.result": "نتیجه",
    "audit.empty": "موردی پیدا نشد.",

    "webhooks.title": "وب‌هوک‌ها",
    "webhooks.partner": "شریک",
    "webhooks.partner_option": "{name} (#{id})",
    "webhooks.no_partners": "هنوز شریکی نیست: نخست یکی بسازید.",
    "webhooks.endpoints": "نشانی‌های دریافت",
    "webhooks.no_endpoints": "هنوز نشانی‌ای ثبت نشده است.",
    "webhooks.url": "نشانی (https://…)",
    "webhooks.create": "افزودن نشانی",
    "webhooks.created": "نشانی #{id} افزوده شد.",
    "webhooks.secret": "رمز امضای این نشانی، فقط همین بار نشان داده می‌شود: آن را بردارید.",
    "webhooks.deactivate": "غیرفعال کردن",
    "webhooks.deactivated": "نشانی #{id} غیرفعال شد.",
    "webhooks.attempts": "گزارش ارسال‌ها",
    "webhooks.endpoint": "نشانی",
    "webhooks.endpoint_option": "#{id} · {url}",
    "webhooks.outcome": "نتیجه",
    "webhooks.outcome.all": "همه",
    "webhooks.outcome.succeeded": "موفق",
    "webhooks.outcome.failed": "ناموفق",
    "webhooks.no_attempts": "ارسالی پیدا نشد.",
    "webhooks.duration": "{ms} میلی‌ثانیه",

    # bank deposits (admin_ui/pages/deposits.py)
    "menu.deposits": "واریزها",
    "deposits.title": "واریزهای بانکی",
    "deposits.empty": "واریزی پیدا نشد.",
    "deposits.filter.awaiting": "در انتظار تأیید",
    "deposits.filter.declared": "ثبت‌شده",
    "deposits.filter.awaiting_second_approval": "در انتظار تأیید دوم",
    "deposits.filter.approved": "تأییدشده",
    "deposits.filter.rejected": "ردشده",
    "deposits.filter.all": "همه",
    "deposit.title": "واریز {id}",
    "deposit.back": "همهٔ واریزها",
    "deposit.not_found": "واریز {id} وجود ندارد.",
    "deposit.receipt": "رسید",
    "deposit.needs_second":
        "یک بار تأیید شده است: با تأیید دوم به دست فرد دیگری، کیف پول شارژ می‌شود.",
    "deposit.approve": "تأیید",
    "deposit.approved_now": "تأیید شد: وضعیت واریز اکنون «{status}» است.",
    "deposit.reason": "دلیل رد (برای مشتری فرستاده می‌شود)",
    "deposit.reject": "رد",
    "deposit.rejected_now": "رد شد: دلیل برای مشتری ایمیل می‌شود.",
    "deposit_status.declared": "ثبت‌شده",
    "deposit_status.awaiting_second_approval": "در انتظار تأیید دوم",
    "deposit_status.approved": "تأییدشده",
    "deposit_status.rejected": "ردشده",
    "field.customer": "مشتری",
    "field.bank": "بانک",
    "field.deposited_on": "تاریخ واریز",
    "field.tracking_number": "شمارهٔ پیگیری",
    "field.deposit_status": "وضعیت",
    "field.declared_by": "ثبت‌کننده",
    "field.first_approver": "تأییدکنندهٔ نخست",
    "field.second_approver": "تأییدکنندهٔ دوم",
    "field.rejected_by": "ردکننده",
    "field.rejected_reason": "دلیل",
    "field.credited_transfer": "تراکنش شارژ",
    "field.decided_at": "زمان تصمیم",
    "error.deposit_not_found": "چنین واریزی نیست.",
    "error.deposit_already_decided":
        "دربارهٔ این واریز پیش‌تر تصمیم گرفته شده است؛ چیزی تغییر نکرد.",
    "error.declarer_cannot_approve": "ثبت‌کنندهٔ واریز نمی‌تواند تأیید دوم را بدهد.",
    "error.same_approver_twice": "تأیید دوم باید از کسی جز تأییدکنندهٔ نخست باشد.",
    "error.tracking_number_already_credited":
        "واریزی با همین بانک و شمارهٔ پیگیری پیش‌تر به کیف پول افزوده شده است.",
    "error.reason_required": "دلیل رد را وارد کنید.",
    "bank.melli": "بانک ملی ایران",
    "bank.mellat": "بانک ملت",
    "bank.saderat": "بانک صادرات ایران",
    "bank.tejarat": "بانک تجارت",
    "bank.sepah": "بانک سپه",
    "bank.keshavarzi": "بانک کشاورزی",
    "bank.maskan": "بانک مسکن",
    "bank.refah": "بانک رفاه کارگران",
    "bank.post_bank": "پست بانک ایران",
    "bank.saman": "بانک سامان",
    "bank.parsian": "بانک پارسیان",
    "bank.pasargad": "بانک پاسارگاد",
    "bank.eghtesad_novin": "بانک اقتصاد نوین",
    "bank.sina": "بانک سینا",
    "bank.shahr": "بانک شهر",
    "bank.ayandeh": "بانک آینده",
    "bank.dey": "بانک دی",
    "bank.resalat": "بانک قرض‌الحسنه رسالت",
    "bank.karafarin": "بانک کارآفرین",
    "bank.sarmayeh": "بانک سرمایه",
    "bank.khavarmianeh": "بانک خاورمیانه",
    "bank.tosee_taavon": "بانک توسعه تعاون",
    # cash-outs
    "menu.cash_outs": "برداشت‌ها",
    "cashouts.title": "برداشت‌های در انتظار تأیید",
    "cashouts.status": "وضعیت",
    "cashouts.status.all": "همه",
    "cashouts.status.requested": "در انتظار تأیید",
    "cashouts.status.approved": "تأییدشده",
    "cashouts.status.sent": "ارسال‌شده به بانک",
    "cashouts.status.paid": "واریزشده",
    "cashouts.status.rejected": "ردشده",
    "cashouts.status.failed": "ردشده از سوی بانک",
    "cashouts.empty": "برداشتی با این شرایط نیست.",
    "cashouts.customer": "مشتری",
    "cashouts.sheba": "شبا",
    "cashouts.holder": "صاحب حساب",
    "cashouts.note": "دلیل یا پاسخ بانک",
    "cashouts.requested_at": "زمان درخواست",
    "cashouts.review": "تأیید یا رد",
    "cashouts.cash_out_id": "شناسهٔ برداشت",
    "cashouts.reason": "دلیل رد",
    "cashouts.approve": "تأیید",
    "cashouts.reject": "رد",
    "cashouts.approved": "برداشت #{id} تأیید شد و به‌زودی به بانک فرستاده می‌شود.",
    "cashouts.rejected": "برداشت #{id} رد شد و مبلغ به کیف پول برگشت.",
    "cashouts.batches": "دسته‌های پرداخت",
    "cashouts.no_batches": "هنوز دستهٔ پرداختی نیست.",
    "cashouts.batch_count": "تعداد پرداخت",
    "cashouts.batch_total": "جمع",
    "cashouts.submitted_at": "پذیرش بانک",
    "cashouts.batch_id": "شناسهٔ دسته",
    "cashouts.download": "دریافت فایل دسته",
    "cashouts.no_such_batch": "دستهٔ پرداخت #{id} وجود ندارد.",
    "error.cash_out_not_found": "چنین برداشتی نیست.",
    "error.cash_out_rejected": "این برداشت پیش‌تر رد شده است.",
    "error.cash_out_already_sent": "این برداشت به بانک فرستاده شده و دیگر رد نمی‌شود.",
    "error.invalid_reason": "دلیلی بنویسید (حداکثر ۵۰۰ نویسه).",

    "field.id": "شناسه",
    "field.ledger": "دفتر",
    "field.code": "کد",
    "field.owner": "صاحب",
    "field.name": "نام",
    "field.email": "ایمیل",
    "field.password": "گذرواژه",
    "field.role": "نقش",
    "field.active": "فعال",
    "field.partner": "شریک",
    "field.prefix": "پیشوند",
    "field.scopes": "دامنه‌ها",
    "field.last_used_at": "آخرین استفاده",
    "field.revoked_at": "باطل‌شده",
    "field.external_id": "شناسهٔ بیرونی",
    "field.system_key": "کلید سیستمی",
    "field.balance": "مانده",
    "field.available": "قابل برداشت",
    "field.credit_limit": "سقف اعتبار",
    "field.debits_posted": "بدهکار قطعی",
    "field.credits_posted": "بستانکار قطعی",
    "field.debits_pending": "بدهکار رزرو",
    "field.credits_pending": "بستانکار رزرو",
    "field.accounts": "حساب‌ها",
    "field.flags": "محدودیت‌ها",
    "field.closed": "بسته",
    "field.version": "نسخه",
    "field.created_at": "ایجاد",
    "field.metadata": "فراداده",
    "field.kind": "نوع",
    "field.amount": "مبلغ",
    "field.direction": "سمت",
    "field.counterpart": "طرف مقابل",
    "field.debit_account": "حساب بدهکار",
    "field.credit_account": "حساب بستانکار",
    "field.status": "وضعیت رزرو",
    "field.reference": "مرجع",
    "field.idempotency_key": "کلید یکتایی",
    "field.at": "زمان",
    "field.actor": "انجام‌دهنده",
    "field.operation": "عملیات",
    "field.input": "ورودی",
    "field.result": "نتیجه",
    "field.problem": "مشکل",
    "field.detail": "جزئیات",
    "field.url": "نشانی",
    "field.delivery": "ارسال",
    "field.number": "تلاش",
    "field.status_code": "وضعیت HTTP",
    "field.outcome": "نتیجه",
    "field.error": "خطا",
    "field.duration": "مدت",

    "flag.debits_must_not_exceed_credits": "بدهکار از بستانکار بیشتر نشود",
    "flag.credits_must_not_exceed_debits": "بستانکار از بدهکار بیشتر نشود",
    "flag.none": "هیچ",

    "direction.debit": "بدهکار",
    "direction.credit": "بستانکار",

    "kind.single_phase": "یک‌مرحله‌ای",
    "kind.pending": "رزرو",
    "kind.post_pending": "قطعی کردن رزرو",
    "kind.void_pending": "ابطال رزرو",

    "partner_kind.merchant": "فروشگاه",
    "partner_kind.hotel": "هتل",
    "partner_kind.airline": "شرکت هواپیمایی",
    "partner_kind.insurer": "بیمه",
    "partner_kind.sales_agent": "نمایندهٔ فروش",
    "partner_kind.bank_branch": "شعبهٔ بانک",

    "pending.pending": "رزرو",
    "pending.pending_until": "رزرو تا {time}",
    "pending.posted": "قطعی شد",
    "pending.voided": "باطل شد",
    "pending.expired": "منقضی شد",
    "pending.resolves": "تسویهٔ #{id}",

    "money.toman": "{amount} تومان",

    "yes": "بله",
    "no": "خیر",
    "none": "—",

    "pager.previous": "صفحهٔ قبل",
    "pager.next": "صفحهٔ بعد",
    "pager.page": "صفحهٔ {number}",

    "error.session_expired": "نشست شما پایان یافته است. دوباره وارد شوید.",
    "error.request_failed": "درخواست انجام نشد: {detail}",
    "error.FORBIDDEN": "نقش شما اجازهٔ این کار را نمی‌دهد.",
    "error.invalid_credentials": "ایمیل یا گذرواژه نادرست است.",
    "error.account_locked": "گذرواژهٔ نادرست بیش از حد: حساب برای مدتی قفل است.",
    "error.owner_role_requires_owner": "فقط مالک می‌تواند مالک بسازد یا تغییر دهد.",
    "error.last_owner": "سامانه باید دست‌کم یک مالک فعال داشته باشد.",
    "error.cannot_deactivate_yourself": "نمی‌توانید خودتان را غیرفعال کنید.",
    "error.staff_not_found": "چنین کارمندی نیست.",
    "error.partner_not_found": "چنین شریکی نیست.",
    "error.staff_exists": "این ایمیل پیش‌تر به کار رفته است.",
    "error.invalid_cursor": "این صفحه دیگر وجود ندارد؛ از صفحهٔ نخست آغاز کنید.",
    "error.endpoint_not_found": "چنین نشانی وب‌هوکی نیست.",
    "error.invalid_url": "یک نشانی http(s) با حداکثر ۲۰۰۰ نویسه وارد کنید.",
    "error.partner_required": "شریکی را انتخاب کنید.",
}

CATALOGUES: dict[str, dict[str, str]] = {"fa": FA, "en": EN}

_speaking: ContextVar[str | None] = ContextVar("admin_language", default=None)

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _stored(key: str) -> object:
    """A value of this browser's user storage; None outside a page (pure logic, tests)."""
    try:
        return app.storage.user.get(key)
    except RuntimeError:
        return None


def current_language() -> str:
    chosen = _speaking.get() or _stored(LANGUAGE_KEY)
    return chosen if isinstance(chosen, str) and chosen in CATALOGUES else DEFAULT_LANGUAGE


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak `language` inside the block (a page build, a test), whatever the storage says."""
    token = _speaking.set(language if language in CATALOGUES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _speaking.reset(token)


def is_rtl() -> bool:
    return current_language() == "fa"


def t(key: str, **values: object) -> str:
    """The catalogue's text for `key` with `values` filled in; the key itself if it is missing."""
    text = CATALOGUES[current_language()].get(key, key)
    return text.format(**values) if values else text


def error_text(code: str | None, message: str) -> str:
    """A typed API error as the user reads it: the catalogue's wording, else the API's message."""
    if code is None:
        return message
    return CATALOGUES[current_language()].get(f"error.{code}", message)


def digits(text: str) -> str:
    """Western digits as the reader writes them: Persian digits in Persian."""
    return text.translate(_PERSIAN_DIGITS) if current_language() == "fa" else text


def format_number(value: int | float, decimals: int = 0) -> str:
    """A number with thousands separators (and `decimals` places for a float), localised."""
    shown = f"{value:,}" if isinstance(value, int) else f"{value:,.{decimals}f}"
    if current_language() == "fa":
        shown = shown.replace(",", "٬").replace(".", "٫")
    return digits(shown)


def format_amount(amount: int | str | None) -> str:
    """An integer amount (the API sends Long as a decimal string) with thousands separators."""
    if amount is None:
        return t("none")
    return format_number(int(amount))


def toman_shown() -> bool:
    return bool(_stored(TOMAN_KEY))


def format_money(amount: int | str | None, ledger: str | None) -> str:
    """An amount of `ledger`: IRR in tomans when the reader chose so, else in its own unit."""
    if amount is None or ledger != "IRR" or not toman_shown():
        return format_amount(amount)
    rials = int(amount)
    tomans = format_number(rials // RIALS_PER_TOMAN) if rials % RIALS_PER_TOMAN == 0 \
        else format_number(rials / RIALS_PER_TOMAN, 1)
    return t("money.toman", amount=tomans)


def format_time(value: str | None) -> str:
    """An ISO 8601 timestamp from the API: in English in UTC, in Persian as a Jalali date and
    Tehran's time, to the second."""
    if not value:
        return t("none")
    moment = datetime.fromisoformat(value)
    if current_language() == "fa":
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        local = jdatetime.datetime.fromgregorian(datetime=moment.astimezone(TEHRAN))
        return digits(local.strftime("%Y/%m/%d %H:%M:%S"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC" if moment.tzinfo else "%Y-%m-%d %H:%M:%S")


def format_day(value: str | date) -> str:
    """A calendar day (ISO `YYYY-MM-DD`): Jalali in Persian."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    if current_language() == "fa":
        return digits(jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d"))
    return day.isoformat()


def yes_no(value: bool) -> str:
    return t("yes") if value else t("no")
