"""Staff sign in with email and password; wrong passwords in a row lock the account a while."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import AuthenticationFailed
from models.identity.errors import AccountLocked
from models.identity.tables import StaffRole, StaffUser
from models.identity.tokens import Lockout, authenticate_password

PASSWORD = "correct horse battery"
LOCKOUT = Lockout(attempts=3, seconds=60)

SIGN_IN = """
mutation($email: String!, $password: String!) {
  staffSignIn(email: $email, password: $password) {
    __typename
    ... on SignInSuccess { token staff { email } }
    ... on SignInLocked { lockedUntil }
    ... on UserError { code message field }
  }
}
"""


async def _fail(email: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            await authenticate_password(email, "wrong password", LOCKOUT)


async def test_sign_in_with_a_wrong_password_is_refused(call_as, staff):
    body = await call_as(None, SIGN_IN, email=staff.email, password="wrong password")
    assert body["data"]["staffSignIn"]["code"] == "invalid_credentials"


async def test_a_session_from_sign_in_works_until_sign_out(call_as, staff):
    # given a session opened with the right password (the email in any case)
    body = await call_as(None, SIGN_IN, email="OWNER@example.com", password=PASSWORD)
    token = body["data"]["staffSignIn"]["token"]
    assert (await call_as(token, "{ me { email } }"))["data"]["me"]["email"] == staff.email
    # when it signs out
    await call_as(token, "mutation { signOut { signedOut } }")
    # then it no longer works
    after = await call_as(token, "{ me { email } }")
    assert after["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_attempt_that_reaches_the_limit_locks_the_account(staff):
    # given two wrong passwords, one short of the limit
    await _fail(staff.email, LOCKOUT.attempts - 1)
    # when a third comes
    with pytest.raises(AccountLocked) as refused:
        await authenticate_password(staff.email, "wrong password", LOCKOUT)
    # then the account is locked for the lockout's time
    expected = datetime.now(UTC) + timedelta(seconds=LOCKOUT.seconds)
    assert abs((refused.value.locked_until - expected).total_seconds()) < 5


async def test_a_locked_account_refuses_even_the_right_password(staff):
    # given a locked account
    await _fail(staff.email, LOCKOUT.attempts)
    # when the right password comes
    with pytest.raises(AccountLocked) as refused:
        await authenticate_password(staff.email, PASSWORD, LOCKOUT)
    # then it is refused with the time the lock ends
    assert refused.value.code == "account_locked"
    assert refused.value.locked_until > datetime.now(UTC)


async def test_the_right_password_after_the_lock_ends_signs_in(staff, monkeypatch):
    # given a five-second lock
    brief = Lockout(attempts=LOCKOUT.attempts, seconds=5)
    for _ in range(brief.attempts):
        with pytest.raises(AuthenticationFailed):
            await authenticate_password(staff.email, "wrong password", brief)
    with pytest.raises(AccountLocked):
        await authenticate_password(staff.email, PASSWORD, brief)
    # that has run out (the throttles' clock moved on: sleeping through a short lock races
    # argon2's slow checks on a loaded machine)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 6)
    # when the right password comes
    identity = await authenticate_password(staff.email, PASSWORD, brief)
    # then it signs in
    assert identity.staff_id == staff.id


async def test_a_successful_sign_in_resets_the_count_of_failures(staff):
    # given failures one short of the limit, then a success
    await _fail(staff.email, LOCKOUT.attempts - 1)
    await authenticate_password(staff.email, PASSWORD, LOCKOUT)
    # when as many failures come again
    await _fail(staff.email, LOCKOUT.attempts - 1)
    # then the account is still open
    assert (await authenticate_password(staff.email, PASSWORD, LOCKOUT)).staff_id == staff.id


async def test_an_unknown_email_is_refused_like_a_wrong_password(db):
    with pytest.raises(AuthenticationFailed) as refused:
        await authenticate_password("nobody@example.com", "whatever it is", LOCKOUT)
    assert refused.value.code == "invalid_credentials"


async def test_the_api_answers_a_locked_account_with_when_it_unlocks(call_as, staff):
    # given as many wrong passwords as the default settings allow, less one
    for _ in range(4):
        body = await call_as(None, SIGN_IN, email=staff.email, password="wrong password")
        assert body["data"]["staffSignIn"]["code"] == "invalid_credentials"
    # when the last allowed wrong one comes
    body = await call_as(None, SIGN_IN, email=staff.email, password="wrong password")
    # then the answer is a lock, with its end
    locked = body["data"]["staffSignIn"]
    assert locked["__typename"] == "SignInLocked"
    assert locked["code"] == "account_locked"
    assert datetime.fromisoformat(locked["lockedUntil"]) > datetime.now(UTC)


async def test_a_deactivated_staff_member_cannot_sign_in(call_as, make_staff):
    member, _ = await make_staff(StaffRole.OPERATOR, password=PASSWORD)
    await StaffUser.filter(id=member.id).update(is_active=False)
    body = await call_as(None, SIGN_IN, email=member.email, password=PASSWORD)
    assert body["data"]["staffSignIn"]["code"] == "invalid_credentials"
