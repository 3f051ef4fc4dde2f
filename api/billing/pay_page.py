"""The page behind the link in renewal emails: `/pay/order/<id>?t=<token>`.

No session: the signed token (models.billing.pay_links) is the authority, and it lets its holder
do one thing, pay that order's shortfall. GET shows the order, what it owes and what the wallet
lacks, in Persian (right to left) and English, with a button per gateway; POST starts "top up
and pay" (the same operation as the `topUpAndPay` mutation) and sends the browser to the bank,
or pays at once when the wallet holds enough. A forged, foreign or expired token gets a 403
page. Each page load carries a fresh nonce, so a double-click starts one payment and a reload
after a cancelled one starts a new one.
"""

from __future__ import annotations

import html
import logging
import re
import secrets

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from api.billing.top_up_and_pay import TopUpAndPayStarted, run_top_up_and_pay
from models.billing import orders
from models.billing.pay_links import PATH, PayLinkRefused, read_pay_link
from models.billing.tables import Product
from models.billing.texts import CATALOGUE
from models.errors import DomainError
from models.i18n import formatting
from models.platform.services import Services
from models.wallet.topups.gateway import GatewayName

log = logging.getLogger(__name__)

_NONCE = re.compile(r"^[0-9a-f]{16}$")


def _texts(key: str, **values: object) -> tuple[str, str]:
    """The Persian and the English text of `key` in billing's catalogue."""
    return (CATALOGUE.text("fa", key, **values), CATALOGUE.text("en", key, **values))


def _both(key: str, **values: object) -> str:
    """A paragraph in Persian and one under it in English (left to right)."""
    persian, english = _texts(key, **values)
    return (f"<p>{html.escape(persian)}</p>"
            f'<p dir="ltr" lang="en">{html.escape(english)}</p>')


def _row(cell_id: str, amount: int) -> str:
    """A figure: its label and amount in Persian, and under them in English (left to right)."""
    persian, english = _texts(f"pay_page.{cell_id}")
    return (f'<tr><td>{html.escape(persian)}<br><bdi dir="ltr" lang="en">{html.escape(english)}'
            f'</bdi></td><td id="{cell_id}" data-rials="{amount}">'
            f"{html.escape(formatting.rials(amount, 'fa'))}<br>"
            f'<bdi dir="ltr" lang="en">{html.escape(formatting.rials(amount, "en"))}</bdi>'
            "</td></tr>")


def _heading(order_id: int, product: Product) -> str:
    """The order's number and product, in Persian (digits and a Latin name kept readable in
    right-to-left text) and in English."""
    style = ' style="font-size:1.2rem;margin:.3rem 0"'
    persian = CATALOGUE.text("fa", "pay_page.heading", order=formatting.digits(order_id, "fa"),
                             product=formatting.isolate(product.name_fa, "fa"))
    english = CATALOGUE.text("en", "pay_page.heading", order=order_id, product=product.name_en)
    return (f"<h1{style}>{html.escape(persian)}</h1>"
            f'<h1{style} dir="ltr" lang="en">{html.escape(english)}</h1>')


def _pay_with(gateway: str) -> str:
    """A gateway's button, in Persian · English."""
    return " · ".join(
        CATALOGUE.text(language, "pay_page.pay_with",
                       gateway=CATALOGUE.get(language, f"pay_page.gateway.{gateway}", gateway))
        for language in ("fa", "en"))


def _page(body: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(
        '<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(' · '.join(_texts('pay_page.title')))}</title></head>"
        '<body style="font-family:sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem">'
        f"{body}</body></html>", status_code=status_code)


def _message(kind: str, key: str, status_code: int, **values: object) -> HTMLResponse:
    return _page(f'<div id="message" data-kind="{html.escape(kind)}">'
                 f"{_both(key, **values)}</div>", status_code)


def _refused(error: PayLinkRefused) -> HTMLResponse:
    if error.code == "pay_link_expired":
        return _message("expired", "pay_page.link_expired", 403)
    return _message("refused", "pay_page.link_refused", 403)


def pay_page_routes(services: Services) -> list[Route]:
    settings = services.settings
    secret_key = settings.secret_key.get_secret_value()
    max_age = settings.billing.topupandpay_link_max_age_days * 86_400

    async def show(request: Request) -> Response:
        order_id = int(request.path_params["order_id"])
        try:
            customer_id = read_pay_link(secret_key, request.query_params.get("t", ""),
                                        order_id, max_age_seconds=max_age)
        except PayLinkRefused as error:
            return _refused(error)
        order = await orders.find_order(order_id, customer_id)
        if order is None:
            return _message("refused", "pay_page.link_refused", 403)
        product = await Product.get(id=order.product_id)
        due = await orders.amount_due(customer_id, order_id,
                                      lead_time=services.policies.renewal.lead_time)
        heading = _heading(order.id, product)
        if due is None:
            return _page(heading + '<div id="message" data-kind="nothing_due">'
                         + _both("pay_page.nothing_due") + "</div>")
        figures = ('<table id="figures" style="width:100%;border-spacing:0 .6rem">'
                   + _row("amount", due.amount) + _row("available", due.available)
                   + _row("missing", due.missing) + "</table>")
        async with services.adapters.open_gateways() as gateways:
            names = sorted(gateways)
        hidden = (f'<input type="hidden" name="t" value="{html.escape(request.query_params["t"])}">'
                  f'<input type="hidden" name="nonce" value="{secrets.token_hex(8)}">')
        if due.missing == 0:
            buttons = (f'<button type="submit" name="gateway" value="{html.escape(names[0])}">'
                       f"{html.escape(' · '.join(_texts('pay_page.pay_from_wallet')))}</button>")
        else:
            buttons = "".join(
                f'<button type="submit" name="gateway" value="{html.escape(name)}" '
                'style="display:block;margin:.5rem 0">'
                f"{html.escape(_pay_with(name))}</button>"
                for name in names)
        form = (f'<form id="pay" method="post" action="{PATH.format(order_id=order.id)}">'
                f"{hidden}{buttons}</form>")
        return _page(heading + figures + form)

    async def pay(request: Request) -> Response:
        order_id = int(request.path_params["order_id"])
        form = await request.form()
        try:
            customer_id = read_pay_link(secret_key, str(form.get("t", "")), order_id,
                                        max_age_seconds=max_age)
        except PayLinkRefused as error:
            return _refused(error)
        nonce, gateway = str(form.get("nonce", "")), str(form.get("gateway", ""))
        if not _NONCE.match(nonce) or gateway not in set(GatewayName):
            return _message("invalid", "pay_page.invalid_request", 400)
        try:
            done = await run_top_up_and_pay(services, customer_id, order_id,
                                            GatewayName(gateway), f"pay-link:{order_id}:{nonce}")
        except DomainError as error:
            log.info("pay link of order %s refused: %s", order_id, error)
            return _message(error.code, "pay_page.not_started", 409, reason=error.message)
        if not isinstance(done, TopUpAndPayStarted):
            return _message("paid", "pay_page.paid", 200)
        redirect = done.redirect
        if redirect.method.upper() == "GET":
            return RedirectResponse(redirect.url, status_code=303)
        fields = "".join(f'<input type="hidden" name="{html.escape(f.name)}" '
                         f'value="{html.escape(f.value)}">' for f in redirect.fields)
        return _page(
            f'<form id="redirect" method="post" action="{html.escape(redirect.url)}">{fields}'
            + _both("pay_page.redirecting")
            + f'<button type="submit">{html.escape(" · ".join(_texts("pay_page.continue")))}'
            "</button></form>"
            "<script>document.getElementById('redirect').submit()</script>")

    path = PATH.replace("{order_id}", "{order_id:int}")
    return [Route(path, show, methods=["GET"]), Route(path, pay, methods=["POST"])]
