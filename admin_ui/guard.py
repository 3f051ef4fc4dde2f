"""`@protected`: the guard every admin page sits behind.

Without a valid session a request is redirected to sign-in; a member whose role may not call the
page's main operation sees that in the frame, not the page. It lives apart from `session` (who
is signed in) because it draws the frame, and the frame draws the session's menu.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Concatenate, ParamSpec

from nicegui import ui
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.session import StaffSession, current_session
from admin_ui.text import speaking, t

P = ParamSpec("P")

PageBody = Callable[Concatenate[StaffSession, P], Awaitable[None]]
GuardedPage = Callable[..., Awaitable[Response | None]]


def protected(api: AdminApi, needs: str | None = None) -> Callable[[PageBody[P]], GuardedPage]:
    """A page guard: without a valid session the request is redirected to sign-in; a member
    whose role may not call `needs` (the page's main operation) sees that, not the page.

    The page body receives the `StaffSession` first; its other parameters (path and query
    parameters) are what NiceGUI and FastAPI see, plus the request the guard needs.
    """

    def decorate(body: PageBody[P]) -> GuardedPage:
        async def guarded(request: Request, *args: P.args, **kwargs: P.kwargs) -> Response | None:
            session = await current_session(api)
            if session is None:
                return RedirectResponse(routes.sign_in_url(request), status_code=303)
            with speaking(session.language):
                if needs is not None and not session.may(needs):
                    with frame(t("forbidden.title"), session):
                        ui.label(t("forbidden.text")).mark("forbidden")
                    return None
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
