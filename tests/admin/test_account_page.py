"""An account's page: its fields and its transfers, newest first, paged."""

from __future__ import annotations

from nicegui.testing import User

from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount, TransferKind
from models.ledger.posting import TransferRequest, create_transfers

from .support import row_ids, settle, table_rows


async def _funded_wallet(make_account, amount: int = 1_000_000):
    wallet = await make_account(wallet=True, owner="ali", code="customer_wallet")
    opening = await system_account("IRR", SystemAccount.OPENING_BALANCES)
    await create_transfers([TransferRequest(idempotency_key=f"fund-{wallet.id}", code="top_up",
                                            amount=amount, debit_account_id=opening.id,
                                            credit_account_id=wallet.id)])
    return wallet, opening


async def test_the_account_page_shows_its_fields(signed_in: User, make_account):
    # given
    wallet, _ = await _funded_wallet(make_account, 2_500_000)
    # when
    await signed_in.open(f"/accounts/{wallet.id}")
    # then
    await signed_in.should_see(f"Account {wallet.id}")
    await signed_in.should_see(marker="account-balance", content="2,500,000")
    await signed_in.should_see(marker="account-available", content="2,500,000")
    await signed_in.should_see(marker="account-owner", content="ali")
    await signed_in.should_see(marker="account-flags", content="Debits may not exceed credits")


async def test_the_account_page_lists_its_transfers_newest_first(signed_in: User, make_account):
    # given
    wallet, opening = await _funded_wallet(make_account)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    [spent] = await create_transfers([TransferRequest(
        idempotency_key="buy", code="purchase", amount=250_000,
        debit_account_id=wallet.id, credit_account_id=revenue.id)])
    # when
    await signed_in.open(f"/accounts/{wallet.id}")
    # then
    newest, oldest = table_rows(signed_in)
    assert newest["id"] == str(spent.id)
    assert (newest["kind"], newest["direction"], newest["amount"], newest["code"]) == \
        ("Single-phase", "Debit", "250,000", "purchase")
    assert newest["counterpart"] == f"#{revenue.id} · Revenue (IRR)"
    assert newest["counterpart_href"] == f"/admin/accounts/{revenue.id}"
    assert (oldest["direction"], oldest["amount"], oldest["code"]) == \
        ("Credit", "1,000,000", "top_up")
    assert oldest["counterpart"] == f"#{opening.id} · Opening balances (IRR)"
    assert oldest["created_at"].endswith("UTC")


async def test_a_pending_transfer_shows_its_pending_status(signed_in: User, make_account):
    # given
    wallet, _ = await _funded_wallet(make_account)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    [held] = await create_transfers([TransferRequest(
        idempotency_key="hold", code="reservation", amount=300_000, kind=TransferKind.PENDING,
        debit_account_id=wallet.id, credit_account_id=revenue.id, timeout_seconds=3600)])
    [posted] = await create_transfers([TransferRequest(
        idempotency_key="post", code="post_pending", kind=TransferKind.POST_PENDING,
        pending_id=held.id)])
    # when
    await signed_in.open(f"/accounts/{wallet.id}")
    # then
    rows = {row["id"]: row for row in table_rows(signed_in)}
    assert rows[str(held.id)]["kind"] == "Pending"
    assert rows[str(held.id)]["status"] == "Posted"
    assert rows[str(posted.id)]["status"] == f"Resolves #{held.id}"


async def test_a_pending_transfer_awaiting_resolution_shows_its_expiry(signed_in: User,
                                                                       make_account):
    # given
    wallet, _ = await _funded_wallet(make_account)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    [held] = await create_transfers([TransferRequest(
        idempotency_key="hold", code="reservation", amount=300_000, kind=TransferKind.PENDING,
        debit_account_id=wallet.id, credit_account_id=revenue.id, timeout_seconds=3600)])
    # when
    await signed_in.open(f"/accounts/{wallet.id}")
    # then
    [row] = [r for r in table_rows(signed_in) if r["id"] == str(held.id)]
    assert row["status"].startswith("Pending until ")
    await signed_in.should_see(marker="account-debits_pending", content="300,000")


async def test_the_transfers_page_forward(signed_in: User, make_account):
    # given 30 transfers: pages of 25 and 5
    wallet, opening = await _funded_wallet(make_account)
    await create_transfers([TransferRequest(
        idempotency_key=f"more-{i}", code="top_up", amount=1_000 + i,
        debit_account_id=opening.id, credit_account_id=wallet.id) for i in range(29)])
    await signed_in.open(f"/accounts/{wallet.id}")
    first_page = row_ids(signed_in)
    assert len(first_page) == 25
    assert first_page == sorted(first_page, key=int, reverse=True)
    # when
    signed_in.find(marker="next-page").click()
    # then
    await settle(lambda: len(row_ids(signed_in)) == 5)
    second_page = row_ids(signed_in)
    assert len(second_page) == 5
    assert int(second_page[0]) < int(first_page[-1])


async def test_an_unknown_account_says_so(signed_in: User):
    # when
    await signed_in.open("/accounts/999999")
    # then
    await signed_in.should_see("There is no account 999999.")


async def test_an_id_that_is_not_a_number_is_an_unknown_account(signed_in: User):
    # when
    await signed_in.open("/accounts/abc")
    # then
    await signed_in.should_see("There is no account abc.")
