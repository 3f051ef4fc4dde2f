"""The dashboard, the transfers browser and detail, staff, partners and keys, the audit log,
the menu by role and the language switch."""

from __future__ import annotations

from nicegui import app
from nicegui.testing import User

from admin_ui.text import TOMAN_KEY
from models.identity.tables import StaffRole, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount, TransferKind
from models.ledger.posting import TransferRequest, create_transfers

from .support import row_ids, settle, table_rows, text_of


async def _fund(make_account, amount: int = 1_000_000):
    wallet = await make_account(wallet=True, owner="ali", code="customer_wallet")
    opening = await system_account("IRR", SystemAccount.OPENING_BALANCES)
    [funded] = await create_transfers([TransferRequest(
        idempotency_key=f"fund-{wallet.id}", code="top_up", amount=amount,
        debit_account_id=opening.id, credit_account_id=wallet.id,
        reference_type="order", reference_id="77")])
    return wallet, funded


async def _as(user: User, make_staff, role: StaffRole) -> None:
    member, token = await make_staff(role)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token


async def test_the_dashboard_shows_totals_chart_and_a_sound_ledger(signed_in: User,
                                                                   make_account):
    # given
    await _fund(make_account, 2_500_000)
    # when
    await signed_in.open("/dashboard")
    # then
    irr = next(r for r in table_rows(signed_in) if r["ledger"] == "IRR")
    assert irr["credits_posted"] == "2,500,000"
    await signed_in.should_see(marker="transfers-per-day")
    await signed_in.should_see(marker="ledger-health", content="All invariants hold")


async def test_the_menu_shows_only_what_the_role_may_use(user: User, make_staff):
    # given
    await _as(user, make_staff, StaffRole.SUPPORT)
    # when
    await user.open("/dashboard")
    # then
    await user.should_see(marker="menu-accounts")
    await user.should_not_see(marker="menu-staff")
    await user.should_not_see(marker="menu-audit")
    await user.should_not_see(marker="ledger-health")


async def test_a_page_the_role_may_not_use_says_so(user: User, make_staff):
    # given
    await _as(user, make_staff, StaffRole.SUPPORT)
    # when
    await user.open("/staff")
    # then
    await user.should_see(marker="forbidden")


async def test_switching_to_persian_is_remembered_for_the_member(signed_in: User, staff):
    # when
    signed_in.find(marker="switch-language").click()
    # then
    await settle(lambda: False, attempts=10)
    assert (await StaffUser.get(id=staff.id)).language == "fa"
    await signed_in.open("/dashboard")
    await signed_in.should_see("پیشخوان")


async def test_the_toman_switch_shows_irr_amounts_in_toman(signed_in: User, make_account):
    # given
    await _fund(make_account, 2_500_005)
    with signed_in:
        app.storage.user[TOMAN_KEY] = True
    # when
    await signed_in.open("/accounts?owner=ali")
    # then
    [row] = table_rows(signed_in)
    assert row["balance"] == "250,000.5 toman"


async def test_transfers_are_searched_across_accounts(signed_in: User, make_account):
    # given
    _, funded = await _fund(make_account)
    # when
    await signed_in.open("/transfers")
    signed_in.find(marker="filter-reference_id").type("77")
    signed_in.find(marker="apply-filters").click()
    # then
    await settle(lambda: row_ids(signed_in) == [str(funded.id)])
    assert row_ids(signed_in) == [str(funded.id)]
    [row] = table_rows(signed_in)
    assert (row["reference"], row["amount"]) == ("order 77", "1,000,000")


async def test_a_transfer_shows_its_pending_chain(signed_in: User, make_account):
    # given
    wallet, _ = await _fund(make_account)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    [held] = await create_transfers([TransferRequest(
        idempotency_key="hold", code="reservation", amount=300_000, kind=TransferKind.PENDING,
        debit_account_id=wallet.id, credit_account_id=revenue.id, timeout_seconds=3600)])
    [posted] = await create_transfers([TransferRequest(
        idempotency_key="post", code="post_pending", kind=TransferKind.POST_PENDING,
        pending_id=held.id)])
    # when
    await signed_in.open(f"/transfers/{posted.id}")
    # then
    assert row_ids(signed_in) == [str(held.id), str(posted.id)]
    await signed_in.should_see(marker="transfer-kind", content="Post pending")


async def test_staff_are_created_and_their_role_changed(signed_in: User):
    # when
    await signed_in.open("/staff")
    signed_in.find(marker="new-email").type("sara@example.com")
    signed_in.find(marker="new-name").type("Sara")
    signed_in.find(marker="new-password").type("a long enough password")
    signed_in.find(marker="create-staff").click()
    # then
    await settle(lambda: any(r["email"] == "sara@example.com" for r in table_rows(signed_in)))
    sara = await StaffUser.get(email="sara@example.com")
    assert sara.role is StaffRole.OPERATOR
    # and when
    signed_in.find(marker="member-id").type(str(sara.id))
    signed_in.find(marker="change-role").click()
    # then
    await settle(lambda: any(r["role"] == "support" for r in table_rows(signed_in)))
    assert (await StaffUser.get(id=sara.id)).role is StaffRole.SUPPORT


async def test_a_refused_change_shows_the_domain_error_in_the_users_language(signed_in: User,
                                                                             staff):
    # when
    await signed_in.open("/staff")
    signed_in.find(marker="member-id").type(str(staff.id))
    signed_in.find(marker="deactivate").click()
    # then
    await signed_in.should_see("You cannot deactivate yourself.", retries=20)


async def test_a_partner_key_is_shown_once_and_can_be_revoked(signed_in: User, make_partner):
    # given
    partner = await make_partner()
    # when
    await signed_in.open(f"/partners/{partner.id}")
    signed_in.find(marker="key-name").type("till")
    signed_in.find(marker="create-key").click()
    # then
    await settle(lambda: len(table_rows(signed_in)) == 1)
    secret = text_of(signed_in.find(marker="key-secret").elements.pop())
    assert secret.startswith("etbk_")
    [key] = table_rows(signed_in)
    # and when
    signed_in.find(marker="revoke-id").type(key["id"])
    signed_in.find(marker="revoke-key").click()
    # then
    await settle(lambda: table_rows(signed_in)[0]["revoked_at"] != "—")
    assert table_rows(signed_in)[0]["revoked_at"] != "—"


async def test_partners_are_listed_and_created(signed_in: User):
    # when
    await signed_in.open("/partners")
    signed_in.find(marker="partner-name").type("Narvan")
    signed_in.find(marker="create-partner").click()
    # then
    await settle(lambda: [r["name"] for r in table_rows(signed_in)] == ["Narvan"])
    assert table_rows(signed_in)[0]["kind"] == "Merchant"


async def test_the_audit_log_lists_and_filters_mutations(signed_in: User):
    # given: a mutation through the admin
    await signed_in.open("/partners")
    signed_in.find(marker="partner-name").type("Narvan")
    signed_in.find(marker="create-partner").click()
    await settle(lambda: bool(table_rows(signed_in)))
    # when
    await signed_in.open("/audit")
    signed_in.find(marker="filter-operation").type("createPartner")
    signed_in.find(marker="apply-filters").click()
    # then
    await settle(lambda: [r["operation"] for r in table_rows(signed_in)] == ["createPartner"])
    [entry] = table_rows(signed_in)
    assert entry["result"] == "PartnerSuccess"
