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

from api.billing.top_up_and_pay import TopUpAndPayStarted, lead_time, run_top_up_and_pay
from etebar.gateways import open_gateways
from etebar.settings import Settings
from models.billing import orders
from models.billing.pay_links import PATH, PayLinkRefused, read_pay_link
from models.billing.tables import Product
from models.errors import DomainError
from models.notify.mail import money
from models.wallet.topups.gateway import GatewayName

log = logging.getLogger(__name__)

GATEWAY_NAMES: dict[str, tuple[str, str]] = {GatewayName.SAMAN: ("سامان", "Saman"),
                                             GatewayName.MELLAT: ("ملت", "Mellat")}
_NONCE = re.compile(r"^[0-9a-f]{16}$")


def _both(persian: str, english: str, tag: str = "p", attrs: str = "") -> str:
    return (f"<{tag}{attrs}>{html.escape(persian)}</{tag}>"
            f'<{tag}{attrs} dir="ltr" lang="en">{html.escape(english)}</{tag}>')


def _row(cell_id: str, persian: str, english: str, amount: int) -> str:
    """A figure: its label and amount in Persian, and under them in English (left to right)."""
    return (f'<tr><td>{html.escape(persian)}<br><bdi dir="ltr" lang="en">{html.escape(english)}'
            f'</bdi></td><td id="{cell_id}" data-rials="{amount}">'
            f"{html.escape(money(amount, 'fa'))}<br>"
            f'<bdi dir="ltr" lang="en">{html.escape(money(amount, "en"))}</bdi></td></tr>')


def _page(body: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(
        '<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>پرداخت سفارش · Pay an order</title></head>"
        '<body style="font-family:sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem">'
        f"{body}</body></html>", status_code=status_code)


def _message(kind: str, persian: str, english: str, status_code: int) -> HTMLResponse:
    return _page(f'<div id="message" data-kind="{html.escape(kind)}">'
                 f"{_both(persian, english)}</div>", status_code)


def _refused(error: PayLinkRefused) -> HTMLResponse:
    if error.code == "pay_link_expired":
        return _message("expired", "این پیوند پرداخت منقضی شده است. از بخش سفارش‌های خود "
                                   "پرداخت کنید یا منتظر یادآوری بعدی بمانید.",
                        "This payment link has expired. Pay from your orders, or wait for the "
                        "next reminder.", 403)
    return _message("refused", "این پیوند پرداخت معتبر نیست.",
                    "This payment link is not valid.", 403)


def pay_page_routes(settings: Settings) -> list[Route]:
    max_age = settings.topupandpay_link_max_age_days * 86_400

    async def show(request: Request) -> Response:
        order_id = int(request.path_params["order_id"])
        try:
            customer_id = read_pay_link(settings.secret_key, request.query_params.get("t", ""),
                                        order_id, max_age_seconds=max_age)
        except PayLinkRefused as error:
            return _refused(error)
        order = await orders.find_order(order_id, customer_id)
        if order is None:
            return _message("refused", "این پیوند پرداخت معتبر نیست.",
                            "This payment link is not valid.", 403)
        product = await Product.get(id=order.product_id)
        due = await orders.amount_due(customer_id, order_id, lead_time=lead_time(settings))
        heading = _both(f"سفارش {order.id}: {product.name_fa}",
                        f"Order {order.id}: {product.name_en}", "h1",
                        ' style="font-size:1.2rem;margin:.3rem 0"')
        if due is None:
            return _page(heading + '<div id="message" data-kind="nothing_due">' + _both(
                "این سفارش اکنون بدهی ندارد.", "This order owes nothing now.") + "</div>")
        figures = ('<table id="figures" style="width:100%;border-spacing:0 .6rem">'
                   + _row("amount", "مبلغ سفارش", "Amount due", due.amount)
                   + _row("available", "موجودی کیف پول", "Your balance", due.available)
                   + _row("missing", "کسری", "Missing", due.missing) + "</table>")
        async with open_gateways(settings) as gateways:
            names = sorted(gateways)
        hidden = (f'<input type="hidden" name="t" value="{html.escape(request.query_params["t"])}">'
                  f'<input type="hidden" name="nonce" value="{secrets.token_hex(8)}">')
        if due.missing == 0:
            buttons = (f'<button type="submit" name="gateway" value="{html.escape(names[0])}">'
                       "پرداخت از کیف پول · Pay from your wallet</button>")
        else:
            buttons = "".join(
                f'<button type="submit" name="gateway" value="{html.escape(name)}" '
                'style="display:block;margin:.5rem 0">'
                f"پرداخت {html.escape(GATEWAY_NAMES.get(name, (name, name))[0])} · "
                f"Pay with {html.escape(GATEWAY_NAMES.get(name, (name, name))[1])}</button>"
                for name in names)
        form = (f'<form id="pay" method="post" action="{PATH.format(order_id=order.id)}">'
                f"{hidden}{buttons}</form>")
        return _page(heading + figures + form)

    async def pay(request: Request) -> Response:
        order_id = int(request.path_params["order_id"])
        form = await request.form()
        try:
            customer_id = read_pay_link(settings.secret_key, str(form.get("t", "")), order_id,
                                        max_age_seconds=max_age)
        except PayLinkRefused as error:
            return _refused(error)
        nonce, gateway = str(form.get("nonce", "")), str(form.get("gateway", ""))
        if not _NONCE.match(nonce) or gateway not in set(GatewayName):
            return _message("invalid", "درخواست نامعتبر است.", "The request is not valid.", 400)
        try:
            done = await run_top_up_and_pay(settings, customer_id, order_id,
                                            GatewayName(gateway), f"pay-link:{order_id}:{nonce}")
        except DomainError as error:
            log.info("pay link of order %s refused: %s", order_id, error)
            return _message(error.code, "پرداخت آغاز نشد: " + error.message,
                            "The payment did not start: " + error.message, 409)
        if not isinstance(done, TopUpAndPayStarted):
            return _message("paid", "سفارش از کیف پول شما پرداخت شد.",
                            "The order was paid from your wallet.", 200)
        redirect = done.redirect
        if redirect.method.upper() == "GET":
            return RedirectResponse(redirect.url, status_code=303)
        fields = "".join(f'<input type="hidden" name="{html.escape(f.name)}" '
                         f'value="{html.escape(f.value)}">' for f in redirect.fields)
        return _page(
            f'<form id="redirect" method="post" action="{html.escape(redirect.url)}">{fields}'
            + _both("در حال انتقال به درگاه بانک…", "Taking you to the bank…")
            + '<button type="submit">ادامه · Continue</button></form>'
            "<script>document.getElementById('redirect').submit()</script>")

    path = PATH.replace("{order_id}", "{order_id:int}")
    return [Route(path, show, methods=["GET"]), Route(path, pay, methods=["POST"])]
