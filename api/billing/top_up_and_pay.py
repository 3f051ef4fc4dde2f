"""`topUpAndPay`: pay an order now from the wallet, or start a bank payment of exactly its
shortfall that pays it once verified; a thin call into `models.billing.top_up_and_pay`."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.billing.errors import InsufficientFundsError
from api.billing.schema import OrderPaid
from api.billing.types import Order, OrderPayment
from api.context import Context
from api.errors import ConflictError, InvalidInput, NotFoundError
from api.ids import required_id
from api.permissions import MOVERS, requires
from api.scalars import Long
from api.topups.schema import (
    AmountAboveMaximum,
    BalanceWouldExceedMaximum,
    FormField,
    GatewayRedirect,
    GatewayUnavailable,
    TopUp,
)
from models.billing import top_up_and_pay
from models.errors import ValidationFailed
from models.identity.callers import CallerKind
from models.platform.services import Services
from models.wallet.errors import WalletErrorCode
from models.wallet.topups.gateway import GatewayName


@strawberry.type(description="The wallet lacks `shortfall` rials: send the customer to the bank "
                             "to pay them; the order is paid once the bank verifies it.")
class TopUpAndPayStarted:
    top_up: TopUp
    redirect: GatewayRedirect
    shortfall: Long = strawberry.field(description="Rials the top-up brings: exactly what the "
                                                   "wallet lacked.")


TopUpAndPayResult = Annotated[
    TopUpAndPayStarted | OrderPaid | NotFoundError | ConflictError | InvalidInput
    | InsufficientFundsError | AmountAboveMaximum | BalanceWouldExceedMaximum
    | GatewayUnavailable, strawberry.union("TopUpAndPayResult")]


@strawberry.input(description="Pay an order, topping up the wallet by what it lacks.")
class TopUpAndPayInput:
    order_id: strawberry.ID
    gateway: GatewayName
    idempotency_key: str = strawberry.field(
        description="Your unique key: the same key again answers the same top-up or payment.")


async def run_top_up_and_pay(services: Services, customer_id: int | None, order_id: int,
                             gateway_name: GatewayName, key: str, *,
                             namespace: str | None = None) -> TopUpAndPayResult:
    """What the mutation and the pay-link page both do; `key` lives in `namespace` (the
    caller's; the customer's own for a pay link)."""
    async with services.adapters.open_gateways() as gateways:
        gateway = gateways.get(gateway_name)
        if gateway is None:
            raise ValidationFailed(WalletErrorCode.GATEWAY_NOT_CONFIGURED,
                                   f"{gateway_name.value} is not configured", field="gateway")
        done = await top_up_and_pay.start_top_up_and_pay(
            customer_id, order_id, gateway, key, policy=services.policies.top_up,
            lead_time=services.policies.renewal.lead_time, namespace=namespace)
    if isinstance(done, top_up_and_pay.TopUpStarted):
        return TopUpAndPayStarted(
            top_up=TopUp.from_row(done.top_up), shortfall=Long(done.shortfall),
            redirect=GatewayRedirect(url=done.redirect.url, method=done.redirect.method,
                                     fields=[FormField(name=k, value=v)
                                             for k, v in done.redirect.fields.items()]))
    return OrderPaid(order=Order.from_row(done.order), payment=OrderPayment.from_row(done.payment),
                     replayed=done.replayed)


@strawberry.type
class TopUpAndPayMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Pay what an order owes now: from the wallet at once if it "
                                     "holds enough, else through the bank for exactly the "
                                     "shortfall (even below the smallest top-up), paying the "
                                     "order when the bank verifies it.")
    async def top_up_and_pay(self, info: strawberry.Info[Context, None],
                             input: TopUpAndPayInput) -> TopUpAndPayResult:
        identity = info.context.identity
        assert identity is not None  # the rule admits only signed-in callers
        own = identity.customer_id if identity.kind is CallerKind.CUSTOMER else None
        return await run_top_up_and_pay(info.context.services, own,
                                        required_id(input.order_id, "orderId"), input.gateway,
                                        input.idempotency_key,
                                        namespace=info.context.key_namespace)
