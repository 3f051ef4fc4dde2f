"""Where a bank posts the customer back after paying: `/gateways/{gateway}/callback` (Saman's
is `/gateways/saman/callback`). It completes the top-up and shows the customer a short result
page in Persian and English, or sends them to `settings.wallet.topup_return_url` with the outcome.
"""

from __future__ import annotations

import html
import logging
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from models.errors import DomainError
from models.i18n import formatting
from models.platform.services import Services
from models.wallet.texts import CATALOGUE
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.topups.topups import CALLBACK_PATH, complete_callback

log = logging.getLogger(__name__)

# The outcomes the customer can see (`topup_result.<outcome>` in the wallet's catalogue).
OUTCOMES = frozenset({TopUpStatus.CREDITED, TopUpStatus.CANCELLED, TopUpStatus.FAILED,
                      TopUpStatus.REVERSED, TopUpStatus.EXPIRED, "pending", "invalid"})


def _page(key: str, top_up: TopUp | None, status_code: int = 200) -> HTMLResponse:
    persian, english = (CATALOGUE.text(language, f"topup_result.{key}")
                        for language in ("fa", "en"))
    amount = ""
    if top_up is not None:
        amount = (f"<p>{html.escape(formatting.rials(top_up.amount, 'fa'))} · "
                  f"{html.escape(formatting.rials(top_up.amount, 'en'))} · #{top_up.id}</p>")
    title = " · ".join(CATALOGUE.text(language, "topup_result.title") for language in ("fa", "en"))
    return HTMLResponse(
        "<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title></head><body style=\"font-family:sans-serif;"
        "max-width:32rem;margin:3rem auto;text-align:center\">"
        f'<p id="result" data-status="{html.escape(key)}">{html.escape(persian)}</p>'
        f'<p dir="ltr" lang="en">{html.escape(english)}</p>{amount}</body></html>',
        status_code=status_code)


def callback_routes(services: Services) -> list[Route]:
    return_url = services.settings.wallet.topup_return_url

    async def gateway_callback(request: Request) -> Response:
        name = request.path_params["gateway"]
        form = dict(await request.form()) if request.method == "POST" \
            else dict(request.query_params)
        async with services.adapters.open_gateways() as gateways:
            gateway = gateways.get(name)
            if gateway is None:
                return _page("invalid", None, 404)
            try:
                top_up = await complete_callback(gateway, {k: str(v) for k, v in form.items()})
            except DomainError as error:
                log.info("%s callback refused: %s", name, error)
                return _page("invalid", None, 400)
        key = top_up.status.value if top_up.status in OUTCOMES else "pending"
        if return_url:
            query = urlencode({"topUp": top_up.id, "status": key})
            separator = "&" if "?" in return_url else "?"
            return RedirectResponse(f"{return_url}{separator}{query}",
                                    status_code=303)
        return _page(key, top_up)

    return [Route(CALLBACK_PATH.replace("{gateway}", "{gateway:str}"), gateway_callback,
                  methods=["GET", "POST"])]
