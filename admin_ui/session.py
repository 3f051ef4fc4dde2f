"""Who is signed in: the session token in `app.storage.user`, sign-in and sign-out
(the page guard is `admin_ui.guard`).

The token is the API's own admin session (`staffSignIn`); every operation the admin runs carries
it, so a revoked or expired session stops the admin exactly where it stops the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nicegui import app, ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError, SessionExpired
from admin_ui.text import LANGUAGE_KEY, error_text, t

TOKEN_KEY = "session_token"  # noqa: S105 (the storage key's name, not a secret)

ME = """
query AdminMe { me { id email name role language } myOperations }
"""

SIGN_IN = """
mutation AdminSignIn($email: String!, $password: String!) {
  staffSignIn(email: $email, password: $password) {
    __typename
    ... on SignInSuccess { token }
    ... on UserError { code message field }
  }
}
"""

SET_LANGUAGE = """
mutation AdminSetLanguage($language: Language!) {
  setMyLanguage(language: $language) {
    __typename
    ... on StaffSuccess { staff { language } }
    ... on UserError { code message }
  }
}
"""

SIGN_OUT = """
mutation AdminSignOut { signOut { signedOut } }
"""



@dataclass(frozen=True, slots=True)
class StaffSession:
    """The signed-in staff member and the token their operations run with."""

    api: AdminApi
    token: str
    email: str
    name: str
    role: str
    language: str
    operations: frozenset[str]

    def may(self, operation: str) -> bool:
        """Whether the API's rules let this member call `operation`."""
        return operation in self.operations

    async def run(self, query: str, **variables: Any) -> dict[str, Any]:
        return await self.api.execute(query, variables, token=self.token)


def stored_token() -> str | None:
    value = app.storage.user.get(TOKEN_KEY)
    return value if isinstance(value, str) and value else None


def forget_token() -> None:
    app.storage.user.pop(TOKEN_KEY, None)


async def current_session(api: AdminApi) -> StaffSession | None:
    """The session behind this browser, if its token is still valid; a stale token is dropped."""
    token = stored_token()
    if token is None:
        return None
    try:
        data = await api.execute(ME, token=token)
    except SessionExpired:
        forget_token()
        return None
    me = data["me"]
    language = str(me["language"]).lower()
    app.storage.user[LANGUAGE_KEY] = language  # event handlers speak it too
    return StaffSession(api=api, token=token, email=me["email"], name=me["name"],
                        role=me["role"], language=language,
                        operations=frozenset(data["myOperations"]))


async def sign_in(api: AdminApi, email: str, password: str, address: str) -> str | None:
    """Open a session for the browser at client `address` and keep its token; returns the
    refusal to show, or None when signed in."""
    data = await api.execute(SIGN_IN, {"email": email, "password": password}, address=address)
    result = data["staffSignIn"]
    if result["__typename"] != "SignInSuccess":
        return error_text(result["code"], result["message"])
    app.storage.user[TOKEN_KEY] = result["token"]
    return None


async def set_language(session: StaffSession, language: str) -> None:
    """Remember `language` for this member at the API, and in this browser."""
    await session.run(SET_LANGUAGE, language=language.upper())
    app.storage.user[LANGUAGE_KEY] = language


async def sign_out(session: StaffSession) -> None:
    """End the session at the API, then forget its token here, whatever the API answered."""
    try:
        await session.run(SIGN_OUT)
    except SessionExpired:
        pass  # already over at the API
    finally:
        forget_token()


def show_api_error(error: ApiError) -> None:
    """Tell the user an operation failed; an ended session sends them to sign in again."""
    if isinstance(error, SessionExpired):
        forget_token()
        ui.notify(t("error.session_expired"), type="warning")
        ui.navigate.to(routes.SIGN_IN)
        return
    codes = [code for code in error.codes if code]
    detail = error_text(codes[0], str(error)) if codes else str(error)
    ui.notify(t("error.request_failed", detail=detail), type="negative")


def show_refusal(result: dict[str, Any]) -> bool:
    """Notify a typed error (a `UserError` member of a result union) in the reader's language;
    True when there was one."""
    if "code" not in result:
        return False
    ui.notify(error_text(result["code"], result.get("message") or ""), type="negative")
    return True
