"""Who is signed in: the session token in `app.storage.user`, sign-in, sign-out and `@protected`.

The token is the API's own admin session (`staffSignIn`); every operation the admin runs carries
it, so a revoked or expired session stops the admin exactly where it stops the API.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec

from nicegui import app, ui
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError, SessionExpired
from admin_ui.text import error_text, t

TOKEN_KEY = "session_token"  # noqa: S105 (the storage key's name, not a secret)

ME = """
query AdminMe { me { id email name role } }
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

SIGN_OUT = """
mutation AdminSignOut { signOut { signedOut } }
"""

P = ParamSpec("P")


@dataclass(frozen=True, slots=True)
class StaffSession:
    """The signed-in staff member and the token their operations run with."""

    api: AdminApi
    token: str
    email: str
    name: str
    role: str

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
    return StaffSession(api=api, token=token, email=me["email"], name=me["name"],
                        role=me["role"])


async def sign_in(api: AdminApi, email: str, password: str) -> str | None:
    """Open a session and keep its token; returns the refusal to show, or None when signed in."""
    data = await api.execute(SIGN_IN, {"email": email, "password": password})
    result = data["staffSignIn"]
    if result["__typename"] != "SignInSuccess":
        return error_text(result["code"], result["message"])
    app.storage.user[TOKEN_KEY] = result["token"]
    return None


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
    ui.notify(t("error.request_failed", detail=str(error)), type="negative")


PageBody = Callable[Concatenate[StaffSession, P], Awaitable[None]]
GuardedPage = Callable[..., Awaitable[Response | None]]


def protected(api: AdminApi) -> Callable[[PageBody[P]], GuardedPage]:
    """A page guard: without a valid session the request is redirected to sign-in.

    The page body receives the `StaffSession` first; its other parameters (path and query
    parameters) are what NiceGUI and FastAPI see, plus the request the guard needs.
    """

    def decorate(body: PageBody[P]) -> GuardedPage:
        async def guarded(request: Request, *args: P.args, **kwargs: P.kwargs) -> Response | None:
            session = await current_session(api)
            if session is None:
                return RedirectResponse(routes.sign_in_url(request), status_code=303)
            await body(session, *args, **kwargs)
            return None

        # FastAPI reads the signature to bind path and query parameters: show it the body's,
        # without the session, with the request in front. No __wrapped__, so it looks no further.
        signature = inspect.signature(body, eval_str=True)
        parameters = list(signature.parameters.values())[1:]
        request = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=Request)
        guarded.__signature__ = signature.replace(  # type: ignore[attr-defined]  # read by inspect
            parameters=[request, *parameters], return_annotation=Response | None)
        guarded.__name__ = body.__name__
        guarded.__qualname__ = body.__qualname__
        guarded.__module__ = body.__module__
        guarded.__doc__ = body.__doc__
        return guarded

    return decorate
