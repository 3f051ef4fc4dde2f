"""Account operations: idempotent creation, credit limits and closing."""

from __future__ import annotations

from typing import Any

import pytest

from models.errors import NotFound
from models.ledger.accounts import (
    AccountRequest,
    close_account,
    create_accounts,
    ensure_ledgers,
    set_credit_limit,
)
from models.ledger.codes import TransferKind
from models.ledger.errors import AccountRejected
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account

from .support import assert_sound, new_key, take_snapshot


def wallet_request(**kwargs: Any) -> AccountRequest:
    fields: dict[str, Any] = {"ledger": "IRR", "code": "customer_wallet", "owner": "c-1",
              "debits_must_not_exceed_credits": True}
    fields.update(kwargs)
    return AccountRequest(**fields)


async def rejected(call, code: str) -> AccountRejected:
    before = await take_snapshot()
    with pytest.raises(AccountRejected) as caught:
        await call
    assert caught.value.code == code
    assert await take_snapshot() == before
    return caught.value


async def test_create_accounts_starts_every_account_at_zero(db):
    [a] = await create_accounts([wallet_request()])
    assert (a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted) == (0, 0, 0, 0)
    assert (a.version, a.closed, a.credit_limit) == (0, False, 0)
    await assert_sound()


async def test_create_accounts_with_a_known_external_id_returns_the_same_account(db):
    [first] = await create_accounts([wallet_request(external_id="crm:42")])
    [again] = await create_accounts([wallet_request(external_id="crm:42")])
    assert again.id == first.id
    assert await Account.filter(external_id="crm:42").count() == 1


async def test_create_accounts_mixing_known_and_new_external_ids_creates_only_the_new(db):
    [first] = await create_accounts([wallet_request(external_id="crm:1")])
    known, new = await create_accounts([wallet_request(external_id="crm:1"),
                                        wallet_request(external_id="crm:2")])
    assert known.id == first.id
    assert new.id != first.id
    assert await Account.filter(owner="c-1").count() == 2


async def test_known_external_id_with_other_settings_is_external_id_conflict(db):
    await create_accounts([wallet_request(external_id="crm:42")])
    await rejected(create_accounts([wallet_request(external_id="crm:42", owner="c-2")]),
                   "external_id_conflict")


async def test_account_batch_with_one_bad_account_creates_none(db):
    # given a batch whose second account repeats a known external id with other settings
    await create_accounts([wallet_request(external_id="crm:42")])
    # when it is created, then its first (new) account is not created either
    error = await rejected(create_accounts([wallet_request(external_id="crm:43"),
                                            wallet_request(external_id="crm:42", code="other")]),
                           "external_id_conflict")
    assert error.index == 1
    assert await Account.filter(external_id="crm:43").count() == 0


@pytest.mark.parametrize(("request_fields", "code"), [
    ({"ledger": "EUR"}, "ledger_not_found"),
    ({"code": ""}, "code_required"),
    ({"credits_must_not_exceed_debits": True}, "flags_are_mutually_exclusive"),
    ({"credit_limit": -1}, "credit_limit_must_not_be_negative"),
    ({"debits_must_not_exceed_credits": False, "credit_limit": 10},
     "credit_limit_needs_a_balance_flag"),
    ({"external_id": ""}, "invalid_external_id"),
])
async def test_invalid_account_request_is_refused_with_its_code(db, request_fields, code):
    await rejected(create_accounts([wallet_request(**request_fields)]), code)


async def test_external_id_repeated_in_one_batch_is_refused(db):
    await rejected(create_accounts([wallet_request(external_id="x"),
                                    wallet_request(external_id="x")]),
                   "external_id_repeated_in_batch")


async def test_empty_account_batch_is_batch_empty(db):
    await rejected(create_accounts([]), "batch_empty")


async def test_ensure_ledgers_twice_creates_nothing_more(db):
    before = await take_snapshot()
    await ensure_ledgers()
    assert await take_snapshot() == before


async def test_raising_a_credit_limit_lets_the_wallet_spend_further(wallet, revenue):
    w = await wallet(100)
    account = await set_credit_limit(w, 50)
    assert account.credit_limit == 50
    await create_transfers([TransferRequest(new_key(), "purchase", 150, w, revenue)])
    await assert_sound()


async def test_lowering_a_credit_limit_to_exactly_what_is_in_use_is_allowed(wallet, revenue):
    # given a wallet of 100 with a limit of 50, 130 spent and 10 held: 40 of the limit in use
    w = await wallet(100, credit_limit=50)
    await create_transfers([TransferRequest(new_key(), "purchase", 130, w, revenue)])
    await create_transfers([TransferRequest(new_key(), "hold", 10, w, revenue,
                                            kind=TransferKind.PENDING)])
    # when the limit is lowered to 40, then that is allowed
    assert (await set_credit_limit(w, 40)).credit_limit == 40
    await assert_sound()


async def test_lowering_a_credit_limit_below_usage_is_credit_limit_below_usage(wallet, revenue):
    w = await wallet(100, credit_limit=50)
    await create_transfers([TransferRequest(new_key(), "purchase", 130, w, revenue)])
    await create_transfers([TransferRequest(new_key(), "hold", 10, w, revenue,
                                            kind=TransferKind.PENDING)])
    await rejected(set_credit_limit(w, 39), "credit_limit_below_usage")
    assert (await Account.get(id=w)).credit_limit == 50
    await assert_sound()


async def test_credit_limit_below_usage_applies_to_an_asset_account(make_account, opening):
    asset = await make_account(asset=True, credit_limit=100)
    await create_transfers([TransferRequest(new_key(), "test", 80, opening, asset.id)])
    await rejected(set_credit_limit(asset.id, 79), "credit_limit_below_usage")
    assert (await set_credit_limit(asset.id, 80)).credit_limit == 80


async def test_credit_limit_on_an_unflagged_account_is_refused(make_account):
    a = await make_account()
    await rejected(set_credit_limit(a.id, 10), "credit_limit_needs_a_balance_flag")


async def test_negative_credit_limit_is_refused(wallet):
    w = await wallet(0)
    await rejected(set_credit_limit(w, -1), "credit_limit_must_not_be_negative")


async def test_credit_limit_of_a_closed_account_is_refused(wallet):
    w = await wallet(0)
    await close_account(w)
    await rejected(set_credit_limit(w, 10), "account_closed")


async def test_credit_limit_of_an_unknown_account_is_not_found(db):
    with pytest.raises(NotFound):
        await set_credit_limit(987654, 10)


async def test_closing_an_emptied_account_closes_it_and_is_idempotent(wallet, revenue):
    # given a wallet that was funded and then spent to zero
    w = await wallet(100)
    await create_transfers([TransferRequest(new_key(), "purchase", 100, w, revenue)])
    # when it is closed twice, then it is closed and the second call changes nothing
    assert (await close_account(w)).closed is True
    before = await take_snapshot()
    assert (await close_account(w)).closed is True
    assert await take_snapshot() == before
    await assert_sound()


async def test_closing_an_account_with_a_balance_is_account_has_balance(wallet):
    w = await wallet(1)
    await rejected(close_account(w), "account_has_balance")


async def test_closing_an_account_with_a_hold_is_account_has_pending_transfers(wallet, revenue):
    # given a wallet spent to zero that has an incoming hold
    w = await wallet(100)
    await create_transfers([TransferRequest(new_key(), "purchase", 100, w, revenue)])
    await create_transfers([TransferRequest(new_key(), "hold", 5, revenue, w,
                                            kind=TransferKind.PENDING)])
    # when it is closed, then the incoming hold stops it
    await rejected(close_account(w), "account_has_pending_transfers")


async def test_closing_a_system_account_is_refused(revenue):
    await rejected(close_account(revenue), "system_account_cannot_close")


async def test_closing_an_unknown_account_is_not_found(db):
    with pytest.raises(NotFound):
        await close_account(987654)
