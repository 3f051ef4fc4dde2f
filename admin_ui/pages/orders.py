"""Orders: the list by status, one order with its payments and the lots each drew from, marking
an active order failed (the refund of its undelivered period follows), and the products
customers order.

The list, newest first, keeps its filters in the URL (`?status=…&customer=…`). Every change goes
through the same GraphQL mutations the API offers.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import current_language, digits, format_money, format_time, t, yes_no
from admin_ui.widgets import (
    PagedTable,
    busy_button,
    column,
    customer_filter,
    customer_param,
    field_grid,
    localized,
    order_note,
    page_of,
)

PAGE_SIZE = 25
STATUSES = ("AWAITING_PAYMENT", "ACTIVE", "SUSPENDED", "FAILED", "CANCELLED")
CYCLES = ("ONE_OFF", "MONTHLY", "YEARLY")

ORDERS = """
query AdminOrders($first: Int!, $after: String, $status: OrderStatus, $customerId: ID) {
  orders(first: $first, after: $after, status: $status, customerId: $customerId) {
    edges { node { id customerId status price cycle autoPay period renewsAt createdAt
                   product { nameFa nameEn } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
ORDER = """
query AdminOrder($id: ID!) {
  order(id: $id) {
    id customerId status price cycle autoPay period periodStart periodEnd renewsAt
    failureReason failedAt suspendedAt cancelledAt createdAt
    product { nameFa nameEn }
    payments { id period amount spendKey paidAt refundedAt
               draws { lotId kind amount expiresAt } }
  }
}
"""
MARK_FAILED = """
mutation AdminMarkOrderFailed($orderId: ID!, $reason: String!) {
  markOrderFailed(orderId: $orderId, reason: $reason) {
    __typename
    ... on OrderSuccess { order { id status } }
    ... on UserError { code message field }
  }
}
"""
PRODUCTS = "query AdminProducts { products { id nameFa nameEn price cycle active createdAt } }"
CREATE_PRODUCT = """
mutation AdminCreateProduct($input: ProductInput!) {
  createProduct(input: $input) {
    __typename
    ... on ProductSuccess { product { id } }
    ... on UserError { code message field }
  }
}
"""
UPDATE_PRODUCT = """
mutation AdminUpdateProduct($productId: ID!, $changes: ProductChanges!) {
  updateProduct(productId: $productId, changes: $changes) {
    __typename
    ... on ProductSuccess { product { id active } }
    ... on UserError { code message field }
  }
}
"""

ORDER_COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.created_at"),
    column("customer", "field.customer"),
    column("product", "field.product"),
    column("price", "field.price", align="right"),
    column("cycle", "field.cycle"),
    column("status", "field.order_status"),
    column("auto_pay", "field.auto_pay"),
    column("renews_at", "field.renews_at"),
]
PAYMENT_COLUMNS = [
    column("period", "field.period"),
    column("paid_at", "field.paid_at"),
    column("amount", "field.amount", align="right"),
    column("draws", "field.draws"),
    column("refunded_at", "field.refunded_at"),
]
PRODUCT_COLUMNS = [
    column("id", "field.id"),
    column("name", "field.name"),
    column("price", "field.price", align="right"),
    column("cycle", "field.cycle"),
    column("active", "field.active"),
]


def product_name(product: dict[str, Any]) -> str:
    return str(product["nameFa"] if current_language() == "fa" else product["nameEn"])


def order_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.order(n["id"]),
             "created_at": format_time(n["createdAt"]), "customer": digits(n["customerId"]),
             "customer_href": prefix + routes.customer(n["customerId"]),
             "product": product_name(n["product"]), "price": format_money(n["price"], "IRR"),
             "cycle": t(f"cycle.{n['cycle'].lower()}"),
             "status": t(f"order_status.{n['status'].lower()}"),
             "auto_pay": yes_no(n["autoPay"]), "renews_at": format_time(n["renewsAt"])}
            for n in nodes]


def draw_text(draw: dict[str, Any]) -> str:
    return t(f"order.lot.{draw['kind']}", amount=format_money(draw["amount"], "IRR"),
             id=digits(draw["lotId"]))


def payment_rows(payments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": p["id"], "period": digits(str(p["period"])),
             "paid_at": format_time(p["paidAt"]), "amount": format_money(p["amount"], "IRR"),
             "draws": t("orders.separator").join(draw_text(d) for d in p["draws"])
             if p["draws"] else t("none"),
             "refunded_at": format_time(p["refundedAt"])} for p in payments]


def product_rows(products: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": p["id"], "name": product_name(p), "price": format_money(p["price"], "IRR"),
             "cycle": t(f"cycle.{p['cycle'].lower()}"), "active": yes_no(p["active"])}
            for p in products]


async def _mutate(session: StaffSession, query: str, field: str,
                  **variables: Any) -> dict[str, Any] | None:
    """A mutation's success member, or None after notifying why it failed."""
    try:
        result: dict[str, Any] = (await session.run(query, **variables))[field]
    except ApiError as error:
        show_api_error(error)
        return None
    return None if show_refusal(result) else result


async def _products_section(session: StaffSession) -> None:
    products: list[dict[str, Any]] = []

    async def load() -> None:
        try:
            products[:] = (await session.run(PRODUCTS))["products"]
        except ApiError as error:
            show_api_error(error)

    async def reload() -> None:
        await load()
        product_table.refresh()

    await load()

    @ui.refreshable
    def product_table() -> None:
        if products:
            ui.table(columns=localized(PRODUCT_COLUMNS), rows=product_rows(products),
                     row_key="id") \
                .classes("w-full").props("flat bordered dense").mark("products")
        else:
            ui.label(t("products.empty")).classes("text-grey-7").mark("no-products")

    ui.label(t("products.title")).classes("text-lg font-semibold mt-6")
    product_table()
    if session.may("createProduct"):
        with ui.row().classes("items-end gap-4"):
            name_fa = ui.input(t("products.name_fa")).classes("w-48").mark("product-name-fa")
            name_en = ui.input(t("products.name_en")).classes("w-48").props("dir=ltr") \
                .mark("product-name-en")
            price = ui.input(t("products.price")).classes("w-40").props("dir=ltr") \
                .mark("product-price")
            cycle = ui.select({c: t(f"cycle.{c.lower()}") for c in CYCLES}, value="MONTHLY",
                              label=t("field.cycle")).classes("w-36").mark("product-cycle")

            async def add() -> None:
                text = str(price.value or "").strip()
                if not text.isdigit():
                    ui.notify(t("products.bad_price"), type="negative")
                    return
                result = await _mutate(session, CREATE_PRODUCT, "createProduct", input={
                    "nameFa": str(name_fa.value or ""), "nameEn": str(name_en.value or ""),
                    "price": text, "cycle": str(cycle.value)})
                if result is not None:
                    ui.notify(t("products.created", id=result["product"]["id"]),
                              type="positive")
                    await reload()

            busy_button(t("products.create"), add, icon="add", marker="create-product")
    if session.may("updateProduct"):
        with ui.row().classes("items-end gap-4"):
            target = ui.input(t("field.id")).classes("w-28").mark("product-id")

            async def toggle() -> None:
                chosen = next((p for p in products if p["id"] == str(target.value).strip()),
                              None)
                if chosen is None:
                    ui.notify(t("error.product_not_found"), type="negative")
                    return
                result = await _mutate(session, UPDATE_PRODUCT, "updateProduct",
                                       productId=chosen["id"],
                                       changes={"active": not chosen["active"]})
                if result is not None:
                    await reload()

            busy_button(t("products.toggle"), toggle, icon="toggle_on",
                        marker="toggle-product")


def create(api: AdminApi) -> None:
    @ui.page(routes.ORDERS)
    @protected(api, needs="orders")
    async def orders_page(session: StaffSession, status: str | None = None,
                          customer: str | None = None) -> None:
        chosen = status if status in STATUSES else None
        customer_id = customer_param(customer)
        prefix = routes.prefix(ui.context.client.request)

        async def fetch(after: str | None) -> Any:
            data = await session.run(ORDERS, first=PAGE_SIZE, after=after, status=chosen,
                                     customerId=customer_id)
            return page_of(data["orders"], lambda nodes: order_rows(nodes, prefix))

        with frame(t("orders.title"), session):
            with ui.row().classes("items-end gap-4"):
                options = {"": t("orders.all")} | {
                    s: t(f"order_status.{s.lower()}") for s in STATUSES}
                ui.select(options, value=chosen or "", label=t("field.order_status"),
                          on_change=lambda e: ui.navigate.to(routes.with_query(
                              routes.ORDERS, status=str(e.value or ""),
                              customer=customer_id))) \
                    .classes("w-48").mark("filter-status")
                if customer_id is not None:
                    await customer_filter(session, customer_id,
                                          routes.with_query(routes.ORDERS, status=chosen))
            order_note(oldest_first=False)
            table = PagedTable(ORDER_COLUMNS, fetch, empty=t("orders.empty"),
                               links=("id", "customer"))
            await table.load()
            table.render()
            if session.may("products"):
                await _products_section(session)

    @ui.page(routes.ORDERS + "/{order_id}")
    @protected(api, needs="order")
    async def order_page(session: StaffSession, order_id: str) -> None:
        with frame(t("order.title", id=digits(order_id)), session):
            ui.link(t("order.back"), routes.ORDERS).mark("back")
            if not order_id.isdigit():
                ui.label(t("order.not_found", id=order_id)).mark("not-found")
                return
            try:
                order = (await session.run(ORDER, id=order_id))["order"]
            except ApiError as error:
                show_api_error(error)
                return
            if order is None:
                ui.label(t("order.not_found", id=order_id)).mark("not-found")
                return
            field_grid([
                ("customer", digits(order["customerId"])),
                ("product", product_name(order["product"])),
                ("price", format_money(order["price"], "IRR")),
                ("cycle", t(f"cycle.{order['cycle'].lower()}")),
                ("order_status", t(f"order_status.{order['status'].lower()}")),
                ("auto_pay", yes_no(order["autoPay"])),
                ("period", digits(str(order["period"]))),
                ("period_end", format_time(order["periodEnd"])),
                ("renews_at", format_time(order["renewsAt"])),
                ("created_at", format_time(order["createdAt"])),
                ("suspended_at", format_time(order["suspendedAt"])),
                ("failed_at", format_time(order["failedAt"])),
                ("failure_reason", order["failureReason"] or t("none")),
            ], "order")
            ui.label(t("order.payments")).classes("text-lg font-semibold mt-4")
            if order["payments"]:
                ui.table(columns=localized(PAYMENT_COLUMNS), rows=payment_rows(order["payments"]),
                         row_key="id").classes("w-full").props("flat bordered dense") \
                    .mark("payments")
            else:
                ui.label(t("order.no_payments")).classes("text-grey-7").mark("no-payments")
            # Only an active order can have a paid period not yet delivered; the API decides.
            if session.may("markOrderFailed") and order["status"] == "ACTIVE":
                ui.label(t("order.fail_rule")).classes("text-grey-7 mt-4").mark("fail-rule")
                with ui.row().classes("items-end gap-4"):
                    reason = ui.input(t("order.reason")).classes("w-96").mark("reason")

                    async def fail() -> None:
                        result = await _mutate(session, MARK_FAILED, "markOrderFailed",
                                               orderId=order_id,
                                               reason=str(reason.value or ""))
                        if result is not None:
                            ui.notify(t("order.marked_failed"), type="positive")
                            ui.navigate.to(routes.order(order_id))

                    busy_button(t("order.mark_failed"), fail, icon="report",
                                marker="mark-failed")
