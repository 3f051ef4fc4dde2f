"""How the admin shows people, numbers, names and codes in Persian and English: names instead
of ids, digits in the page's language, Latin names isolated in right-to-left text, pager chevrons
that point the reading way, Jalali date pickers, system accounts and audit results in words,
and an audit entry's input shown whole."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from nicegui import ui
from nicegui.testing import User
from PIL import Image

from admin_ui.pages.dashboard import chart_options
from admin_ui.pages.transfers import parse_day
from admin_ui.text import speaking
from admin_ui.widgets import PERSIAN_DIGITS_FORMAT
from models.audit import log
from models.i18n.formatting import FSI, PDI
from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.tables import Customer, StaffRole, StaffUser
from models.ledger.accounts import ensure_ledgers
from models.wallet.deposits import deposits
from models.wallet.deposits.tables import Bank, Deposit

from .support import table_rows, text_of

POLICY = deposits.DepositPolicy()
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), "white").save(buffer, "PNG")
    return buffer.getvalue()


async def _declared(customer: Customer, tracking: str = "7001") -> Deposit:
    me = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=customer.id)
    declared = await deposits.declare_deposit(
        me, customer.id, 2_000_000, Bank.MELLAT, date(2026, 11, 20), tracking, _png(),
        "image/png", f"key-{tracking}", policy=POLICY, today=date(2026, 11, 22))
    return declared.deposit


async def _persian(staff: StaffUser) -> None:
    staff.language = "fa"
    await staff.save(update_fields=["language"])


def _owner(staff: StaffUser) -> Identity:
    return Identity(kind=CallerKind.STAFF, name=staff.name, staff_id=staff.id,
                    role=StaffRole.OWNER)


def _icons(user: User) -> dict[str, str]:
    return {marker: str(element.props.get("icon"))
            for element in user.current_layout.descendants()
            for marker in element._markers if marker in ("previous-page", "next-page")}


def _field(user: User, marker: str) -> str:
    [element] = list(user.find(marker=marker).elements)
    return text_of(element)


async def test_a_list_names_the_customer_instead_of_their_id(signed_in: User):
    # given a deposit of Sara's
    sara = await create_customer("09121110001", "Sara Ahmadi")
    await _declared(sara)
    # when the deposits are listed
    await signed_in.open("/deposits")
    # then the row names her
    [row] = table_rows(signed_in)
    assert row["customer"] == "Sara Ahmadi"


async def test_a_deposit_names_its_declarer_and_its_approver(signed_in: User, staff: StaffUser):
    # given a deposit Sara declared and the owner approved first
    sara = await create_customer("09121110002", "Sara Ahmadi")
    deposit = await _declared(sara)
    await deposits.approve_deposit(_owner(staff), deposit.id,
                                   policy=deposits.DepositPolicy(second_approval_threshold=1))
    # when its page is opened
    await signed_in.open(f"/deposits/{deposit.id}")
    # then both are named, not shown as customer:<id> and staff:<id>
    assert _field(signed_in, "deposit-declared_by") == "Sara Ahmadi"
    assert _field(signed_in, "deposit-first_approver") == "Owner"


async def test_a_latin_name_is_isolated_in_persian(signed_in: User, staff: StaffUser):
    # given a customer with a Latin name ending in a full stop
    company = await create_customer("09121110003", "Caspian Trading Co.")
    await _declared(company)
    # when the Persian deposits list shows it
    await _persian(staff)
    await signed_in.open("/deposits")
    # then the name is one isolated run, so its full stop stays at its end
    [row] = table_rows(signed_in)
    assert row["customer"] == f"{FSI}Caspian Trading Co.{PDI}"


async def test_a_latin_name_stays_plain_in_english(signed_in: User):
    company = await create_customer("09121110004", "Caspian Trading Co.")
    await _declared(company)
    await signed_in.open("/deposits")
    [row] = table_rows(signed_in)
    assert row["customer"] == "Caspian Trading Co."


async def test_ids_show_persian_digits_in_persian(signed_in: User, staff: StaffUser):
    # given a deposit
    sara = await create_customer("09121110005", "سارا")
    deposit = await _declared(sara, "123")
    # when the Persian list and page show it
    await _persian(staff)
    await signed_in.open("/deposits")
    # then its tracking number is in Persian digits, and so is its id, which the row keeps as
    # the key it is known by and the column shows in Persian digits
    [row] = table_rows(signed_in)
    assert (row["id"], row["tracking_number"]) == (str(deposit.id), "۱۲۳")
    [table] = [e for e in signed_in.current_layout.descendants() if isinstance(e, ui.table)]
    [id_column] = [c for c in table.columns if c["name"] == "id"]
    assert id_column[":format"] == PERSIAN_DIGITS_FORMAT
    persian = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    await signed_in.open(f"/deposits/{deposit.id}")
    assert _field(signed_in, "deposit-id") == str(deposit.id).translate(persian)


async def test_the_pager_chevrons_point_the_reading_way(signed_in: User, staff: StaffUser):
    await signed_in.open("/accounts")
    assert _icons(signed_in) == {"previous-page": "chevron_left", "next-page": "chevron_right"}
    await _persian(staff)
    await signed_in.open("/accounts")
    assert _icons(signed_in) == {"previous-page": "chevron_right", "next-page": "chevron_left"}


async def test_date_filters_pick_jalali_days_in_persian(signed_in: User, staff: StaffUser):
    await _persian(staff)
    await signed_in.open("/transfers")
    pickers = [e for e in signed_in.current_layout.descendants() if isinstance(e, ui.date)]
    assert len(pickers) == 2
    assert {(p.props.get("calendar"), p.props.get("mask")) for p in pickers} == {
        ("persian", "YYYY/MM/DD")}


async def test_date_filters_pick_gregorian_days_in_english(signed_in: User):
    await signed_in.open("/audit")
    pickers = [e for e in signed_in.current_layout.descendants() if isinstance(e, ui.date)]
    assert len(pickers) == 2
    assert {(p.props.get("calendar"), p.props.get("mask")) for p in pickers} == {
        (None, "YYYY-MM-DD")}


def test_a_jalali_day_filters_from_the_start_of_its_gregorian_day():
    assert parse_day("۱۴۰۴/۰۱/۰۱") == "2025-03-21T00:00:00Z"
    assert parse_day("1404/01/01") == parse_day("2025-03-21")


async def test_system_accounts_are_named_in_the_readers_language(signed_in: User,
                                                                 staff: StaffUser):
    await ensure_ledgers()
    await signed_in.open("/accounts?code=gateway_clearing&ledger=IRR")
    assert [r["name"] for r in table_rows(signed_in)] == ["Gateway clearing (IRR)"]
    await _persian(staff)
    await signed_in.open("/accounts?code=gateway_clearing&ledger=IRR")
    assert [r["name"] for r in table_rows(signed_in)] == ["تسویهٔ درگاه (IRR)"]


async def test_audit_results_are_shown_in_words(signed_in: User, staff: StaffUser):
    # given a refused mutation and a successful one in the log
    owner = _owner(staff)
    await log.record(owner, "approveDeposit", {"id": "1"}, "declarer_cannot_approve", NOW, 1)
    await log.record(owner, "createPartner", {"name": "Narvan"}, "PartnerSuccess", NOW, 1)
    # when the log is shown in Persian
    await _persian(staff)
    await signed_in.open("/audit")
    # then each result is a sentence of the reader's language, its code kept beside it
    rows = {r["operation"]: r for r in table_rows(signed_in)}
    assert rows[f"{FSI}createPartner{PDI}"]["result"] == "انجام شد"
    assert rows[f"{FSI}approveDeposit{PDI}"]["result"] == \
        "ثبت‌کنندهٔ واریز نمی‌تواند آن را تأیید کند؛ همکار دیگری باید تأیید کند."


async def test_a_long_audit_input_is_shown_whole_and_folds(signed_in: User, staff: StaffUser):
    # given an entry whose input is longer than a cell shows folded
    note = "x" * 500
    await log.record(_owner(staff), "createPartner", {"name": note}, "PartnerSuccess", NOW, 1)
    # when the log is shown
    await signed_in.open("/audit")
    # then the row carries the whole input, a marked preview, and a cell that opens to it
    [row] = table_rows(signed_in)
    assert note in row["input"]
    assert row["input_preview"].endswith("…") and len(row["input_preview"]) < len(row["input"])
    [table] = [e for e in signed_in.current_layout.descendants() if isinstance(e, ui.table)]
    assert "body-cell-input" in table.slots


def test_chart_values_are_counted_in_persian_digits_in_persian():
    with speaking("fa"):
        persian = chart_options([{"day": "2025-03-21", "ledger": "IRR", "transfers": 3}])
    with speaking("en"):
        english = chart_options([{"day": "2025-03-21", "ledger": "IRR", "transfers": 3}])
    assert persian["xAxis"]["data"] == ["۱۴۰۴/۰۱/۰۱"]
    assert "fa-IR" in persian["yAxis"]["axisLabel"][":formatter"]
    assert "axisLabel" not in english["yAxis"]
