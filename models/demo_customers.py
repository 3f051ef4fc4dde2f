"""The demo's customers and their money, written through the real domain operations, so the
ledger, the lots, the orders and the emails agree as they would in use.

Four customers (Persian and English, individual and legal, each with an email and a verified
Sheba account), three products (a yearly domain, monthly hosting, a one-off SSL certificate),
orders in several states (active with auto-pay, awaiting payment, suspended after a renewal it
could not pay), paid credit from top-ups (`credit_paid` from the gateway clearing account under
a `demo:top-up:` key), a promotional grant, one deposit awaiting approval with a PNG receipt,
one cash-out awaiting approval, and the emails all of that sends.

Each step finds what an earlier run wrote (customers by mobile, products by English name,
orders by customer and product, deposits and cash-outs by key, lots by key) or is idempotent by
its key, so running it twice writes nothing the second time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PIL import Image, ImageDraw

from models.billing import orders
from models.billing.products import create_product
from models.billing.renewal import RenewalPolicy, renew_order
from models.billing.tables import BillingCycle, Order, OrderStatus, Product
from models.identity.callers import CallerKind, Identity
from models.identity.customers import add_bank_account, create_customer, verify_bank_account
from models.identity.numbers import (
    company_id_check_digit,
    national_id_check_digit,
    sheba_check_digits,
)
from models.identity.tables import BankAccount, Customer, CustomerKind, Language
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from models.wallet.cashouts.cashouts import CashOutLimits, request_cash_out
from models.wallet.deposits.deposits import (
    DepositPolicy,
    declare_deposit,
    normalise_tracking_number,
    tehran_today,
)
from models.wallet.deposits.tables import Bank, Deposit

# How long before the seed the suspended order's first (and only paid) month began: past its
# renewal date plus any sensible grace period, so the renewal round suspends it.
SUSPENDED_PAID_DAYS_AGO = 45
BONUS_DAYS = 60


def national_id(first_nine: str) -> str:
    return first_nine + str(national_id_check_digit(first_nine))


def company_id(first_ten: str) -> str:
    return first_ten + str(company_id_check_digit(first_ten))


def sheba(bban: str) -> str:
    return f"IR{sheba_check_digits(bban)}{bban}"


@dataclass(slots=True, frozen=True)
class DemoProduct:
    name_fa: str
    name_en: str
    price: int
    cycle: BillingCycle


DOMAIN = DemoProduct("ثبت دامنهٔ ‎.ir", "Domain registration (.ir)", 1_500_000,
                     BillingCycle.YEARLY)
HOSTING = DemoProduct("میزبانی وب پایه", "Basic web hosting", 2_400_000, BillingCycle.MONTHLY)
SSL = DemoProduct("گواهی SSL", "SSL certificate", 4_500_000, BillingCycle.ONE_OFF)
PRODUCTS = (DOMAIN, HOSTING, SSL)


@dataclass(slots=True, frozen=True)
class DemoOrder:
    product: DemoProduct
    auto_pay: bool
    # "active": paid now; "awaiting": never paid; "suspended": paid a period ago, then the
    # renewal round found too little credit and suspended it.
    state: str


@dataclass(slots=True, frozen=True)
class DemoCustomer:
    key: str
    mobile: str
    name: str
    language: Language
    kind: CustomerKind
    email: str
    national_id: str
    sheba: str
    top_up: int
    bonus: int = 0
    orders: tuple[DemoOrder, ...] = ()
    deposit: int = 0
    cash_out: int = 0


CUSTOMERS: tuple[DemoCustomer, ...] = (
    DemoCustomer("mahsa", "09121000001", "مهسا کریمی", Language.FA, CustomerKind.INDIVIDUAL,
                 "mahsa@example.com", national_id("001234567"),
                 sheba("0120000000001234567890"), top_up=20_000_000, bonus=1_000_000,
                 orders=(DemoOrder(DOMAIN, True, "active"), DemoOrder(HOSTING, True, "active")),
                 cash_out=2_000_000),
    DemoCustomer("david", "09121000002", "David Miller", Language.EN, CustomerKind.INDIVIDUAL,
                 "david@example.com", national_id("002345678"),
                 sheba("0560000000009876543210"), top_up=3_000_000,
                 orders=(DemoOrder(SSL, False, "awaiting"),), deposit=5_000_000),
    DemoCustomer("novavaran", "09121000003", "شرکت نوآوران پارس", Language.FA,
                 CustomerKind.LEGAL, "info@novavaran.example", company_id("1032054637"),
                 sheba("0170000000005555666677"), top_up=3_000_000,
                 orders=(DemoOrder(HOSTING, True, "suspended"),)),
    DemoCustomer("caspian", "09121000004", "Caspian Trading Co.", Language.EN,
                 CustomerKind.LEGAL, "accounts@caspian.example", company_id("1410076543"),
                 sheba("0540000000001111222233"), top_up=10_000_000, bonus=500_000,
                 orders=(DemoOrder(DOMAIN, True, "active"),)),
)

DEPOSIT_TRACKING = "4411223344"


@dataclass(slots=True, frozen=True)
class Seeded:
    customers: list[Customer]
    orders: list[Order]


def receipt_png(amount: int, tracking: str) -> bytes:
    """A small picture of a bank receipt: what a customer would photograph and upload."""
    image = Image.new("RGB", (360, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 355, 195), outline=(30, 90, 160), width=3)
    for row, line in enumerate(("Bank Mellat - deposit receipt", f"Amount: {amount:,} IRR",
                                f"Tracking no.: {tracking}", "Etebar demo")):
        draw.text((20, 24 + row * 38), line, fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


async def _customer(spec: DemoCustomer) -> Customer:
    found = await Customer.get_or_none(person__mobile=spec.mobile, partner_id=None)
    if found is not None:
        return found
    return await create_customer(spec.mobile, spec.name, spec.language, kind=spec.kind,
                                 email=spec.email, national_id=spec.national_id)


async def _product(spec: DemoProduct) -> Product:
    found = await Product.get_or_none(name_en=spec.name_en)
    if found is not None:
        return found
    return await create_product(spec.name_fa, spec.name_en, spec.price, spec.cycle)


async def _verified_account(customer: Customer, spec: DemoCustomer) -> BankAccount:
    account = await BankAccount.get_or_none(customer_id=customer.id, sheba=spec.sheba)
    if account is None:
        account = await add_bank_account(customer.id, spec.sheba, spec.name)
    if account.verified_at is None:
        account = await verify_bank_account(account.id)
    return account


async def _bonus(customer: Customer, spec: DemoCustomer, source_id: int, now: datetime) -> None:
    key = f"demo:bonus:{spec.key}:1"
    # The lot's expiry is part of its key's content: once granted, leave it as it is.
    if await wallets.granted(key):
        return
    await wallets.grant_promotional(customer.id, spec.bonus, now + timedelta(days=BONUS_DAYS),
                                    source_id, key, metadata={"demo": True})


async def _order(customer: Customer, spec: DemoCustomer, wanted: DemoOrder, now: datetime,
                 renewal: RenewalPolicy) -> Order:
    product = await _product(wanted.product)
    order = await Order.get_or_none(customer_id=customer.id, product_id=product.id)
    if order is None:
        order = await orders.place_order(customer.id, product.id, auto_pay=wanted.auto_pay)
    if wanted.state == "awaiting":
        return order
    key = f"demo:pay:{spec.key}:{order.id}"
    if wanted.state == "active":
        await orders.pay_order(customer.id, order.id, key, now=now)
    else:  # suspended: its first month long over, the renewal round finds too little credit
        paid_at = now - timedelta(days=SUSPENDED_PAID_DAYS_AGO)
        if order.status is OrderStatus.AWAITING_PAYMENT:
            await orders.pay_order(customer.id, order.id, key, now=paid_at)
        await renew_order(order.id, now, renewal)
    return await Order.get(id=order.id)


async def _deposit(customer: Customer, spec: DemoCustomer, policy: DepositPolicy) -> None:
    key = f"demo:deposit:{spec.key}:1"
    if await Deposit.exists(customer_id=customer.id, key=key):
        return
    me = Identity(kind=CallerKind.CUSTOMER, name=spec.name, customer_id=customer.id)
    today = tehran_today()
    await declare_deposit(me, customer.id, spec.deposit, Bank.MELLAT, today - timedelta(days=1),
                          normalise_tracking_number(DEPOSIT_TRACKING),
                          receipt_png(spec.deposit, DEPOSIT_TRACKING), "image/png", key,
                          policy=policy, today=today)


async def seed_customers(*, deposit_policy: DepositPolicy, cash_out_limits: CashOutLimits,
                         renewal: RenewalPolicy, now: datetime | None = None) -> Seeded:
    """Write the demo customers and their money (see the module's docstring)."""
    moment = now or datetime.now(UTC)
    clearing = await system_account(wallets.LEDGER, SystemAccount.GATEWAY_CLEARING)
    promotions = await system_account(wallets.LEDGER, SystemAccount.PROMOTIONS)
    customers: list[Customer] = []
    placed: list[Order] = []
    for spec in CUSTOMERS:
        customer = await _customer(spec)
        customers.append(customer)
        account = await _verified_account(customer, spec)
        await wallets.credit_paid(customer.id, spec.top_up, clearing.id,
                                  f"demo:top-up:{spec.key}:1")
        for wanted in spec.orders:
            placed.append(await _order(customer, spec, wanted, moment, renewal))
        if spec.bonus:  # after the orders, so that some promotional credit is left to see
            await _bonus(customer, spec, promotions.id, moment)
        if spec.deposit:
            await _deposit(customer, spec, deposit_policy)
        if spec.cash_out:
            await request_cash_out(customer.id, account.id, spec.cash_out,
                                   f"demo:cash-out:{spec.key}:1", cash_out_limits, now=moment)
    return Seeded(customers=customers, orders=placed)
