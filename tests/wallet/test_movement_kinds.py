"""Movements say what they are: each code posted to a wallet is declared once, with the kind it
shows as, and each movement links to its source (the top-up, deposit, grant, order or
cash-out)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from models.billing import orders, products, refunds
from models.billing.tables import BillingCycle
from models.identity.customers import add_bank_account, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.identity.tables import StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot
from models.wallet import wallets
from models.wallet.cashouts import cashouts
from models.wallet.codes import MovementKind, declare, declared_code, undeclared_codes
from models.wallet.tables import wallet_holder

MOVEMENTS = """
query($customerId: ID!) { wallet(customerId: $customerId) { movements(first: 50) { edges { node {
  code kind amount source { kind id item { __typename ... on Order { id } ... on CashOut { id }
                                           ... on WalletLot { id } } } } } } } }
"""
LIMITS = cashouts.CashOutLimits(min_amount=1, max_per_request=10**9, max_per_day=10**9)


def _sheba(n: int) -> str:
    bban = f"{n:022d}"
    return f"IR{sheba_check_digits(bban)}{bban}"


async def _movements(call_as, token: str, customer_id: int) -> list[dict[str, Any]]:
    body = await call_as(token, MOVEMENTS, customerId=str(customer_id))
    assert "errors" not in body, body
    return [e["node"] for e in body["data"]["wallet"]["movements"]["edges"]]


async def test_order_payments_refunds_and_cash_outs_show_their_kind_and_source(
        make_customer, make_staff, call_as, top_up):
    # given a customer with paid credit who paid an order that then failed and was refunded,
    # and asked for a cash-out that staff rejected
    customer, _ = await make_customer()
    staff, token = await make_staff(StaffRole.OWNER)
    await top_up(customer.id, 5_000_000)
    product = await products.create_product("اشتراک", "Plan", 1_000_000, BillingCycle.MONTHLY)
    order = await orders.place_order(customer.id, product.id)
    await orders.pay_order(customer.id, order.id, f"pay:{uuid.uuid4().hex}")
    await orders.mark_order_failed("staff:1", order.id, "not delivered")
    await refunds.refund_order(order.id)
    account = await add_bank_account(customer.id, _sheba(customer.id), "Sara Ahmadi")
    await verify_bank_account(account.id)
    requested = await cashouts.request_cash_out(customer.id, account.id, 300_000, "co-1", LIMITS)
    cash_out = requested.cash_out
    await cashouts.reject_cash_out(staff.id, cash_out.id, "wrong account")
    # when staff read the wallet's movements
    shown = await _movements(call_as, token, customer.id)
    # then each says what it is and links to what it came from
    order_source = {"kind": "ORDER", "id": str(order.id),
                    "item": {"__typename": "Order", "id": str(order.id)}}
    cash_out_source = {"kind": "CASH_OUT", "id": str(cash_out.id),
                       "item": {"__typename": "CashOut", "id": str(cash_out.id)}}
    assert [(m["code"], m["kind"], m["amount"], m["source"]) for m in shown] == [
        ("cashout_void", "CASH_OUT", "300000", cash_out_source),
        ("cashout_hold", "CASH_OUT", "-300000", cash_out_source),
        ("order_refund", "REFUND", "1000000", order_source),
        ("order_payment", "PAYMENT", "-1000000", order_source),
        ("wallet_credit", "TOP_UP", "5000000", None),
    ]
    await verify_ledger()


async def test_a_grant_and_its_expiry_link_to_the_grants_lot(make_customer, make_staff, call_as):
    # given a staff grant whose lot expired and was swept
    customer, _ = await make_customer()
    _, token = await make_staff(StaffRole.OWNER)
    now = datetime.now(UTC)
    lot = await wallets.grant_by_staff(customer.id, 400, now + timedelta(days=1), "gift-1",
                                       "welcome", "staff:1", now=now)
    assert await wallets.expire_lot(lot.id, now=now + timedelta(days=2)) == 400
    # when staff read the movements, then both link to the lot, as bonus and expiry
    source = {"kind": "GRANT", "id": str(lot.id),
              "item": {"__typename": "WalletLot", "id": str(lot.id)}}
    assert [(m["kind"], m["source"]) for m in await _movements(call_as, token, customer.id)] == [
        ("EXPIRY", source), ("BONUS", source)]


async def test_a_partner_reading_a_members_wallet_sees_the_source_but_not_the_object(
        make_partner, make_partner_key, make_customer, top_up, call_as):
    partner = await make_partner()
    customer, _ = await make_customer(partner=partner)
    product = await products.create_product("اشتراک", "Plan", 1_000, BillingCycle.ONE_OFF)
    await top_up(customer.id, 5_000)
    order = await orders.place_order(customer.id, product.id)
    await orders.pay_order(customer.id, order.id, "p-1")
    key = await make_partner_key(partner)
    [payment, _] = await _movements(call_as, key, customer.id)
    assert payment["source"] == {"kind": "ORDER", "id": str(order.id), "item": None}


async def test_a_top_up_and_a_deposit_link_to_themselves(make_customer):
    # the top-up's and the deposit's own operations pass their ids (see their test flows); the
    # wallet stores what it is given as the movement's typed source
    customer, _ = await make_customer()
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    from models.wallet.codes import Source, SourceKind
    from models.wallet.deposits.deposits import DEPOSIT_CODE
    from models.wallet.movements import movements
    from models.wallet.topups.topups import TOPUP_CODE

    await wallets.credit_paid(customer.id, 10, clearing.id, "t-1", code=TOPUP_CODE,
                              source=Source(SourceKind.TOP_UP, 7))
    await wallets.credit_paid(customer.id, 20, clearing.id, "d-1", code=DEPOSIT_CODE,
                              source=Source(SourceKind.DEPOSIT, 9))
    wallet = await wallets.wallet_of(customer.id)
    shown = await movements(wallet.id, limit=10)
    assert [(m.kind, m.source) for m in shown] == [
        (MovementKind.TOP_UP, Source(SourceKind.DEPOSIT, 9)),
        (MovementKind.TOP_UP, Source(SourceKind.TOP_UP, 7))]


def test_every_code_the_domains_post_is_declared_once_with_a_kind():
    for code, kind in [("order_payment", MovementKind.PAYMENT),
                       ("order_refund", MovementKind.REFUND),
                       ("cashout_hold", MovementKind.CASH_OUT),
                       ("cashout_paid", MovementKind.CASH_OUT),
                       ("cashout_void", MovementKind.CASH_OUT),
                       ("wallet_topup", MovementKind.TOP_UP),
                       ("wallet_deposit", MovementKind.TOP_UP),
                       ("wallet_bonus", MovementKind.BONUS),
                       ("wallet_promotion", MovementKind.BONUS),
                       ("wallet_expire", MovementKind.EXPIRY)]:
        declared = declared_code(code)
        assert declared is not None and declared.movement_kind is kind, code


def test_a_code_cannot_be_declared_twice():
    with pytest.raises(ValueError, match="declared by billing"):
        declare("order_payment", MovementKind.PAYMENT, domain="elsewhere")


class _RolledBack(Exception):
    pass


async def _post_undeclared_then_roll_back(lot_account_id: int, source_id: int) -> None:
    """Post under a code nobody declared, check, and roll back; raises with what was found."""
    async with in_transaction():
        await create_transfers([TransferRequest(
            idempotency_key=f"t:{uuid.uuid4().hex}", code="mystery_credit", amount=5,
            debit_account_id=source_id, credit_account_id=lot_account_id)])
        raise _RolledBack(await undeclared_codes())


async def test_a_code_posted_to_a_wallet_without_a_declaration_is_found(make_customer, top_up):
    # given a transfer to a wallet's lot under a code nobody declared (rolled back afterwards,
    # so the suite's own check after this test finds nothing)
    customer, _ = await make_customer()
    await top_up(customer.id, 100)
    [lot] = await Lot.filter(holder=wallet_holder((await wallets.wallet_of(customer.id)).id))
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    # when the wallet's codes are checked
    with pytest.raises(_RolledBack) as rolled:
        await _post_undeclared_then_roll_back(lot.account_id, clearing.id)
    # then that code is reported
    assert rolled.value.args[0] == ["mystery_credit"]
    assert await undeclared_codes() == []
