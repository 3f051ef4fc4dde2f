"""Customers as individuals or legal persons, and their bank accounts by Sheba number."""

import pytest

from models.errors import Conflict, ValidationFailed
from models.identity.customers import (
    add_bank_account,
    create_customer,
    verified_bank_accounts,
    verify_bank_account,
)
from models.identity.numbers import national_id_check_digit, sheba_check_digits
from models.identity.tables import CustomerKind, Language
from models.ledger.verify import verify_ledger
from models.wallet.tables import Wallet

NATIONAL_ID = "001234567" + str(national_id_check_digit("001234567"))
SHEBA = "IR" + sheba_check_digits("0170000000110000000001") + "0170000000110000000001"


async def test_an_individual_is_enrolled_with_email_and_national_id(db):
    customer = await create_customer("09121234567", "Sara", Language.EN,
                                     email="Sara@Example.COM", national_id=NATIONAL_ID)
    assert (customer.kind, customer.email, customer.national_id, customer.language) == (
        CustomerKind.INDIVIDUAL, "Sara@example.com", NATIONAL_ID, Language.EN)


async def test_a_legal_person_is_enrolled_with_a_company_id(db):
    customer = await create_customer("09121234567", "Narvan Co", kind=CustomerKind.LEGAL,
                                     national_id="10101974840")
    assert (customer.kind, customer.national_id) == (CustomerKind.LEGAL, "10101974840")


async def test_a_legal_person_with_an_individual_id_is_refused(db):
    with pytest.raises(ValidationFailed) as refused:
        await create_customer("09121234567", kind=CustomerKind.LEGAL, national_id=NATIONAL_ID)
    assert refused.value.code == "invalid_company_id"


async def test_an_individual_with_a_bad_national_id_is_refused_and_nothing_is_stored(db):
    with pytest.raises(ValidationFailed) as refused:
        await create_customer("09121234567", national_id="1111111111")
    assert refused.value.code == "invalid_national_id"
    assert await Wallet.all().count() == 0


async def test_a_national_id_belongs_to_one_customer(db):
    await create_customer("09121234567", national_id=NATIONAL_ID)
    with pytest.raises(Conflict) as refused:
        await create_customer("09121234568", national_id=NATIONAL_ID)
    assert refused.value.code == "national_id_taken"


async def test_a_new_customer_gets_an_irr_wallet(db):
    customer = await create_customer("09121234567", "Sara")
    wallet = await Wallet.get(customer_id=customer.id)
    assert wallet.ledger == "IRR"
    assert await verify_ledger() == []


async def test_a_bank_account_is_recorded_normalised_and_verified_later(db):
    customer = await create_customer("09121234567", "Sara")
    account = await add_bank_account(customer.id, SHEBA.lower()[:8] + " " + SHEBA[8:], "Sara A")
    assert (account.sheba, account.holder_name, account.verified_at) == (SHEBA, "Sara A", None)
    assert await verified_bank_accounts(customer.id) == []
    await verify_bank_account(account.id)
    assert [a.id for a in await verified_bank_accounts(customer.id)] == [account.id]


async def test_a_bank_account_with_a_bad_sheba_is_refused(db):
    customer = await create_customer("09121234567", "Sara")
    with pytest.raises(ValidationFailed) as refused:
        await add_bank_account(customer.id, SHEBA[:-1] + "9" if SHEBA[-1] != "9"
                               else SHEBA[:-1] + "8", "Sara A")
    assert refused.value.code == "invalid_sheba"


async def test_a_bank_account_needs_its_holders_name(db):
    customer = await create_customer("09121234567", "Sara")
    with pytest.raises(ValidationFailed) as refused:
        await add_bank_account(customer.id, SHEBA, "  ")
    assert refused.value.code == "invalid_holder_name"
