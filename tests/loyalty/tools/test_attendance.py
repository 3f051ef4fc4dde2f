"""A merchant's staff check in and out at its terminals with code and PIN; wrong PINs get one
answer whether the code exists or not, and too many lock the code; the merchant sees hours per
person per day, a shift split at Tehran's midnight."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from models.errors import AuthenticationFailed, Conflict, NotFound, ValidationFailed
from models.loyalty import attendance
from models.loyalty.tools_tables import Shift
from tests.loyalty.tools.conftest import LOCKOUT, PLATFORM, Tools, merchant_staff

# 08:00 in Tehran (UTC+03:30) on 1403/09/13.
MORNING = datetime(2024, 12, 3, 4, 30, tzinfo=UTC)
DAY = date(2024, 12, 3)


async def _staff(tools: Tools, code: str = "A1", pin: str = "1234", name: str = "Reza") -> int:
    row = await attendance.add_staff(merchant_staff(tools.merchant_id), tools.merchant_id, code,
                                     pin, name)
    staff_id: int = row.id
    return staff_id


async def test_a_check_in_and_a_check_out_count_as_hours_of_that_day(tools: Tools) -> None:
    # given a person of the merchant
    await _staff(tools)
    # when they check in at 08:00 and out at 16:30 at the merchant's terminal
    await attendance.check_in(tools.terminals[0], "a1", "1234", LOCKOUT, now=MORNING)
    shift = await attendance.check_out(tools.terminals[0], "A1", "1234", LOCKOUT,
                                       now=MORNING + timedelta(hours=8, minutes=30))
    # then the shift is closed and the day counts 8.5 hours
    assert shift.checked_out_at == MORNING + timedelta(hours=8, minutes=30)
    [day] = await attendance.hours(merchant_staff(tools.merchant_id), tools.merchant_id, DAY,
                                   DAY)
    assert (day.code, day.day, day.seconds, day.open) == ("A1", DAY, 8.5 * 3600, False)


async def test_a_shift_across_tehran_midnight_counts_in_both_days(tools: Tools) -> None:
    await _staff(tools)
    # 22:00 to 02:00 Tehran time
    evening = MORNING + timedelta(hours=14)
    await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT, now=evening)
    await attendance.check_out(tools.terminals[0], "A1", "1234", LOCKOUT,
                               now=evening + timedelta(hours=4))
    days = await attendance.hours(PLATFORM, tools.merchant_id, DAY, DAY + timedelta(days=1))
    assert [(d.day, d.seconds) for d in days] == [(DAY, 2 * 3600),
                                                  (DAY + timedelta(days=1), 2 * 3600)]


async def test_an_open_shift_counts_until_now(tools: Tools) -> None:
    await _staff(tools)
    await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT, now=MORNING)
    [day] = await attendance.hours(PLATFORM, tools.merchant_id, DAY, DAY,
                                   now=MORNING + timedelta(hours=2))
    assert (day.seconds, day.open) == (2 * 3600, True)


async def test_a_second_check_in_while_in_is_refused(tools: Tools) -> None:
    await _staff(tools)
    await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT, now=MORNING)
    with pytest.raises(Conflict) as refused:
        await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT, now=MORNING)
    assert refused.value.code == "already_checked_in"
    assert await Shift.all().count() == 1


async def test_concurrent_check_ins_open_one_shift(tools: Tools) -> None:
    await _staff(tools)
    results = await asyncio.gather(
        *(attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT, now=MORNING)
          for _ in range(4)), return_exceptions=True)
    assert sum(isinstance(r, Shift) for r in results) == 1
    assert all(isinstance(r, Shift) or getattr(r, "code", None) == "already_checked_in"
               for r in results)
    assert await Shift.all().count() == 1


async def test_a_check_out_without_a_check_in_is_refused(tools: Tools) -> None:
    await _staff(tools)
    with pytest.raises(Conflict) as refused:
        await attendance.check_out(tools.terminals[0], "A1", "1234", LOCKOUT, now=MORNING)
    assert refused.value.code == "not_checked_in"


async def test_a_wrong_pin_and_an_unknown_code_get_the_same_answer(tools: Tools) -> None:
    await _staff(tools)
    with pytest.raises(AuthenticationFailed) as wrong_pin:
        await attendance.check_in(tools.terminals[0], "A1", "9999", LOCKOUT)
    with pytest.raises(AuthenticationFailed) as unknown:
        await attendance.check_in(tools.terminals[0], "ZZ9", "1234", LOCKOUT)
    assert (wrong_pin.value.code, wrong_pin.value.message) == (unknown.value.code,
                                                               unknown.value.message)
    assert wrong_pin.value.code == "wrong_staff_code_or_pin"


async def test_too_many_wrong_pins_lock_the_code_even_for_the_right_pin(tools: Tools) -> None:
    await _staff(tools)
    for _ in range(LOCKOUT.attempts - 1):
        with pytest.raises(AuthenticationFailed):
            await attendance.check_in(tools.terminals[0], "A1", "0000", LOCKOUT)
    with pytest.raises(AuthenticationFailed) as last:
        await attendance.check_in(tools.terminals[0], "A1", "0000", LOCKOUT)
    assert last.value.code == "staff_pin_locked"
    with pytest.raises(AuthenticationFailed) as right:
        await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT)
    assert right.value.code == "staff_pin_locked"
    assert await Shift.all().count() == 0


async def test_an_unknown_code_is_locked_the_same_way(tools: Tools) -> None:
    for _ in range(LOCKOUT.attempts - 1):
        with pytest.raises(AuthenticationFailed):
            await attendance.check_in(tools.terminals[0], "NOPE", "0000", LOCKOUT)
    with pytest.raises(AuthenticationFailed) as last:
        await attendance.check_in(tools.terminals[0], "NOPE", "0000", LOCKOUT)
    assert last.value.code == "staff_pin_locked"


async def test_a_deactivated_person_cannot_check_in(tools: Tools) -> None:
    staff_id = await _staff(tools)
    await attendance.update_staff(merchant_staff(tools.merchant_id), tools.merchant_id,
                                  staff_id, active=False)
    with pytest.raises(AuthenticationFailed) as refused:
        await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT)
    assert refused.value.code == "wrong_staff_code_or_pin"


async def test_a_new_pin_replaces_the_old_one(tools: Tools) -> None:
    staff_id = await _staff(tools)
    await attendance.update_staff(PLATFORM, tools.merchant_id, staff_id, pin="654321")
    with pytest.raises(AuthenticationFailed):
        await attendance.check_in(tools.terminals[0], "A1", "1234", LOCKOUT)
    assert await attendance.check_in(tools.terminals[0], "A1", "654321", LOCKOUT)


async def test_another_merchants_terminal_does_not_know_the_code(tools: Tools) -> None:
    await _staff(tools)
    with pytest.raises(AuthenticationFailed) as refused:
        await attendance.check_in(tools.terminals[1], "A1", "1234", LOCKOUT)
    assert refused.value.code == "wrong_staff_code_or_pin"


async def test_a_code_is_unique_at_a_merchant_but_not_across_merchants(tools: Tools) -> None:
    await _staff(tools)
    with pytest.raises(Conflict) as refused:
        await _staff(tools, code="a1")
    assert refused.value.code == "merchant_staff_exists"
    other = tools.shop.merchants[1].id
    assert await attendance.add_staff(merchant_staff(other), other, "A1", "1234", "Ali")


@pytest.mark.parametrize(("code", "pin", "error"), [("", "1234", "invalid_staff_code"),
                                                    ("A-1", "1234", "invalid_staff_code"),
                                                    ("A1", "12", "invalid_pin"),
                                                    ("A1", "12ab", "invalid_pin")])
async def test_a_bad_code_or_pin_is_refused(tools: Tools, code: str, pin: str,
                                            error: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await _staff(tools, code=code, pin=pin)
    assert refused.value.code == error


async def test_another_merchants_staff_do_not_reach_the_staff_list(tools: Tools) -> None:
    other = merchant_staff(tools.shop.merchants[1].id)
    with pytest.raises(NotFound) as refused:
        await attendance.add_staff(other, tools.merchant_id, "B2", "1234", "Stranger")
    assert refused.value.code == "merchant_not_found"
    with pytest.raises(NotFound):
        await attendance.hours(other, tools.merchant_id, DAY, DAY)


async def test_a_report_longer_than_two_months_is_refused(tools: Tools) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await attendance.hours(PLATFORM, tools.merchant_id, DAY, DAY + timedelta(days=90))
    assert refused.value.code == "invalid_report_period"


async def test_a_day_at_the_ends_of_the_calendar_is_refused(tools: Tools) -> None:
    for since, until in ((date.min, DAY), (DAY, date.max)):
        with pytest.raises(ValidationFailed) as refused:
            await attendance.hours(PLATFORM, tools.merchant_id, since, until)
        assert refused.value.code == "invalid_report_period"
