"""Migration 14 (idempotency namespaces) must put every stored key in the namespace of the caller
that will retry it, or a retry after the upgrade posts a second time.

Each test takes the database back to before the migration (the rows stay, their keys then global),
migrates again, looks, and rolls everything back (PostgreSQL's DDL is transactional)."""

from __future__ import annotations

import importlib.util
from typing import Any

from tortoise.transactions import in_transaction

from etebar.database import MIGRATIONS_DIR
from models.audit.tables import AuditEntry
from models.keys import STAFF_NAMESPACE
from models.ledger.posting import TransferRequest, create_transfers

[_PATH] = (MIGRATIONS_DIR / "models").glob("14_*_idempotency_namespaces.py")
_SPEC = importlib.util.spec_from_file_location("idempotency_namespaces", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
MIGRATION: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(MIGRATION)


async def _audited(operation: str, field: str, key: str, *, partner_id: int | None = None,
                   result: str = "CreateTransfersSuccess") -> None:
    """The audit row the API writes after a call that sent `key` (as its `field`)."""
    from datetime import UTC, datetime

    await AuditEntry.create(
        at=datetime.now(UTC), actor="partner_key:1" if partner_id else "staff:1",
        actor_kind="partner_key" if partner_id else "staff", actor_name="caller",
        partner_id=partner_id, operation=operation, input={"input": [{field: key}]},
        result=result, duration_ms=1)


class _RolledBack(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("rolled back")
        self.result = result


async def test_a_staff_transfer_on_a_partners_accounts_stays_the_staffs_after_upgrade(
        make_account, make_partner):
    """Staff (who reach every account) post a transfer between a partner's accounts; the answer
    is lost, the platform is upgraded, staff retry with the same key and body."""
    partner = await make_partner()
    owner = f"partner:{partner.id}"
    debit = await make_account(owner=owner)
    credit = await make_account(owner=owner)
    request = TransferRequest(idempotency_key="adjustment-2026-11-30-1", code="adjustment",
                              amount=1_000_000, debit_account_id=debit.id,
                              credit_account_id=credit.id)
    [first] = await create_transfers([request], namespace=STAFF_NAMESPACE)
    await _audited("createTransfers", "idempotencyKey", request.idempotency_key)

    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            [row] = await tx.execute_query_dict(
                "SELECT namespace FROM ledger_transfer WHERE id = $1", [first.id])
            [retry] = await create_transfers([request], namespace=STAFF_NAMESPACE)
            raise _RolledBack((row["namespace"], retry))
    except _RolledBack as done:
        namespace, retry = done.result

    assert namespace == STAFF_NAMESPACE, f"staff's key was moved to {namespace}"
    assert retry.replayed and retry.id == first.id, "the retry posted a second transfer"


async def test_a_squatted_expiry_key_is_not_moved_into_the_ledgers_namespace(
        make_account, make_partner):
    """Before namespaces a partner could post `ledger:expire:<pending>` (any code, its own
    accounts) ahead of the ledger, so that pending never expired. The upgrade should free the
    key for the ledger, not hand the squatter's transfer to it."""
    from datetime import UTC, datetime, timedelta

    from models.ledger.codes import TransferKind
    from models.ledger.expiry import expire_pending, expiry_key
    from models.ledger.tables import PendingTransfer

    holder = await make_partner("Holder")
    squatter = await make_partner("Squatter")
    held_from = await make_account(owner=f"partner:{holder.id}")
    held_to = await make_account(owner=f"partner:{holder.id}")
    [pending] = await create_transfers([TransferRequest(
        idempotency_key="hold-1", code="hold", amount=500, kind=TransferKind.PENDING,
        timeout_seconds=60, debit_account_id=held_from.id, credit_account_id=held_to.id)],
        namespace=f"partner:{holder.id}")
    a = await make_account(owner=f"partner:{squatter.id}")
    b = await make_account(owner=f"partner:{squatter.id}")
    await create_transfers([TransferRequest(
        idempotency_key=expiry_key(pending.id), code="pending_expired", amount=1,
        debit_account_id=a.id, credit_account_id=b.id)], namespace=f"partner:{squatter.id}")

    later = datetime.now(UTC) + timedelta(minutes=5)
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            expired = await expire_pending(pending.id, now=later)
            state = (await PendingTransfer.get(transfer_id=pending.id)).state
            raise _RolledBack((expired, state))
    except _RolledBack as done:
        expired, state = done.result

    assert expired, f"the pending hold was not expired after the upgrade (state {state})"


async def test_an_account_owner_longer_than_a_namespace_does_not_stop_the_upgrade(db):
    """`owner` holds 128 characters and staff may write any owner; the fill-in copies a
    `partner:...` owner into a 64-character namespace column as it is."""
    from models.ledger.accounts import AccountRequest, create_accounts

    owner = "partner:" + "regional-settlement-" * 4  # 88 characters, not a partner's id
    [account] = await create_accounts([AccountRequest(
        ledger="IRR", code="settlement", owner=owner, external_id="settlement-1")],
        namespace=STAFF_NAMESPACE)
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            [row] = await tx.execute_query_dict(
                "SELECT external_id_namespace FROM ledger_account WHERE id = $1", [account.id])
            raise _RolledBack(row["external_id_namespace"])
    except _RolledBack as done:
        namespace = done.result
    assert namespace == STAFF_NAMESPACE


async def _namespace_after_upgrade(transfer_id: int) -> str:
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            [row] = await tx.execute_query_dict(
                "SELECT namespace FROM ledger_transfer WHERE id = $1", [transfer_id])
            raise _RolledBack(row["namespace"])
    except _RolledBack as done:
        return str(done.result)


async def test_a_partners_audited_transfer_goes_to_that_partner_after_upgrade(
        make_account, make_partner):
    # given a transfer a partner sent between its accounts, as the audit log recorded it
    partner = await make_partner()
    debit = await make_account(owner=f"partner:{partner.id}")
    credit = await make_account(owner=f"partner:{partner.id}")
    [sent] = await create_transfers([TransferRequest(
        idempotency_key="p-1", code="adjustment", amount=10, debit_account_id=debit.id,
        credit_account_id=credit.id)], namespace=STAFF_NAMESPACE)
    await _audited("createTransfers", "idempotencyKey", "p-1", partner_id=partner.id)
    # when the keys are put in namespaces, then it is the partner's
    assert await _namespace_after_upgrade(sent.id) == f"partner:{partner.id}"


async def test_a_failed_call_does_not_claim_a_key_another_caller_posted(
        make_account, make_partner):
    # given staff posted a key a partner had tried before and failed with
    partner = await make_partner()
    debit = await make_account(owner=f"partner:{partner.id}")
    credit = await make_account(owner=f"partner:{partner.id}")
    await _audited("createTransfers", "idempotencyKey", "k-1", partner_id=partner.id,
                   result="exceeds_credits")
    [sent] = await create_transfers([TransferRequest(
        idempotency_key="k-1", code="adjustment", amount=10, debit_account_id=debit.id,
        credit_account_id=credit.id)], namespace=STAFF_NAMESPACE)
    await _audited("createTransfers", "idempotencyKey", "k-1")
    # then the key is the staff's, whose call posted it
    assert await _namespace_after_upgrade(sent.id) == STAFF_NAMESPACE
