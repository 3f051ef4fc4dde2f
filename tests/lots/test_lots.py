"""The lot operations every holder shares (`models.lots.lots`): opening a lot by its natural key,
reading what a holder's lots hold, and sweeping expired lots under the holder's lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tortoise.transactions import in_transaction

from models.keys import domain_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.lots import lots
from models.lots.lots import (
    LotKeyConflict,
    due_lot_ids,
    holdings,
    holdings_of,
    open_lot,
    sweep_lot,
)
from models.lots.tables import Lot, LotKind, ScopeKind

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
NAMESPACE = domain_namespace("lots-test")


async def _open(key: str, *, holder: str = "test:1", kind: LotKind = LotKind.CLUB_CREDIT,
                expires_at: datetime | None = None, scope_id: int | None = None) -> Lot:
    return await open_lot(holder=holder, ledger="IRR", kind=kind, key=key, owner="test",
                          namespace=NAMESPACE, account_code="test_lot", club_id=3,
                          scope_kind=ScopeKind.CLUB, scope_id=scope_id, expires_at=expires_at)


async def _fund(lot: Lot, amount: int) -> None:
    source = await system_account("IRR", SystemAccount.PROMOTIONS)
    await create_transfers([TransferRequest(
        idempotency_key=f"fund:{lot.key}:{amount}", code="test_fund", amount=amount,
        debit_account_id=source.id, credit_account_id=lot.account_id)], namespace=NAMESPACE)


def _expiry(lot: Lot, amount: int, expired_account_id: int) -> TransferRequest:
    return TransferRequest(idempotency_key=f"test:expire:{lot.id}", code="test_expire",
                           amount=amount, debit_account_id=lot.account_id,
                           credit_account_id=expired_account_id)


async def _no_lock(_: Lot) -> None:
    return None


# open_lot

async def test_a_lot_opens_with_an_account_that_may_not_go_negative(db):
    lot = await _open("club:3:grant:1", expires_at=NOW)
    account = await Account.get(id=lot.account_id)
    assert (lot.holder, lot.ledger, lot.kind, lot.club_id, lot.scope_kind, lot.expires_at) == (
        "test:1", "IRR", LotKind.CLUB_CREDIT, 3, ScopeKind.CLUB, NOW)
    assert (account.ledger_id, account.code, account.owner, account.external_id) == (
        "IRR", "test_lot", "test", "lot:club:3:grant:1")
    assert account.debits_must_not_exceed_credits


async def test_opening_a_lot_again_by_its_key_answers_the_same_lot(db):
    first = await _open("club:3:grant:1", expires_at=NOW)
    again = await _open("club:3:grant:1", expires_at=NOW)
    assert again.id == first.id
    assert await Lot.all().count() == 1
    assert await Account.filter(code="test_lot").count() == 1


@pytest.mark.parametrize("changed", [{"holder": "test:2"}, {"kind": LotKind.MERCHANT_CREDIT},
                                     {"expires_at": NOW + timedelta(days=1)}, {"scope_id": 9}])
async def test_a_key_given_again_for_another_lot_is_a_conflict(db, changed):
    await _open("club:3:grant:1", expires_at=NOW)
    with pytest.raises(LotKeyConflict) as refused:
        await _open("club:3:grant:1", **{"expires_at": NOW, **changed})
    assert refused.value.key == "club:3:grant:1"


async def test_losing_the_race_to_open_a_lot_leaves_the_callers_transaction_usable(
        db, monkeypatch):
    # given a lot that a concurrent call made after this call looked for it
    made = await _open("club:3:grant:1")
    real = Lot.get_or_none

    async def not_yet(*args, **kwargs):
        monkeypatch.setattr(Lot, "get_or_none", real)
        return None

    monkeypatch.setattr(Lot, "get_or_none", not_yet)
    # when the call opens the lot inside its caller's transaction
    async with in_transaction():
        lot = await _open("club:3:grant:1")
        # then it answers the winner's lot and the transaction goes on
        assert lot.id == made.id
        assert await Lot.filter(key="club:3:grant:1").count() == 1


async def test_losing_the_race_to_a_different_lot_is_a_conflict(db, monkeypatch):
    await _open("club:3:grant:1", holder="test:2")

    async def not_yet(*args, **kwargs):
        return None

    monkeypatch.setattr(Lot, "get_or_none", not_yet)
    with pytest.raises(LotKeyConflict):
        await _open("club:3:grant:1")


# holdings

async def test_holdings_are_the_holders_spendable_lots_with_what_each_holds(db):
    lasting = await _open("a")
    later = await _open("b", expires_at=NOW + timedelta(days=2))
    past = await _open("c", expires_at=NOW)
    await _open("d", holder="test:2")
    for lot, amount in ((lasting, 100), (later, 40), (past, 10)):
        await _fund(lot, amount)
    found = await holdings("test:1", "IRR", NOW)
    assert [(h.lot.id, h.available) for h in found] == [(lasting.id, 100), (later.id, 40)]
    assert all(h.lot.account.id == h.lot.account_id for h in found)  # loaded


async def test_holdings_leave_out_swept_lots_and_other_kinds_when_asked(db):
    swept = await _open("a", expires_at=NOW + timedelta(days=1))
    swept.expired_at = NOW
    await swept.save(update_fields=["expired_at"])
    points = await _open("b", kind=LotKind.POINTS)
    credit = await _open("c")
    assert [h.lot.id for h in await holdings("test:1", "IRR", NOW)] == [points.id, credit.id]
    assert [h.lot.id for h in await holdings("test:1", "IRR", NOW,
                                             kinds=[LotKind.CLUB_CREDIT])] == [credit.id]


async def test_holdings_of_several_holders_give_every_holder_a_list(db):
    one = await _open("a")
    found = await holdings_of(["test:1", "test:9"], "IRR", NOW)
    assert {holder: [h.lot.id for h in held] for holder, held in found.items()} == {
        "test:1": [one.id], "test:9": []}


# the expiry sweep

async def test_due_lots_are_the_unswept_past_expiry_soonest_first(db):
    second = await _open("a", expires_at=NOW - timedelta(hours=1))
    first = await _open("b", expires_at=NOW - timedelta(hours=2))
    await _open("c", expires_at=NOW + timedelta(hours=1))
    await _open("d")
    other = await _open("e", holder="else:1", expires_at=NOW - timedelta(hours=3))
    assert await due_lot_ids(NOW) == [other.id, first.id, second.id]
    assert await due_lot_ids(NOW, holder_prefix="test:") == [first.id, second.id]
    assert await due_lot_ids(NOW, kinds=[LotKind.POINTS]) == []


async def test_a_sweep_moves_what_an_expired_lot_holds_to_expired_credit(db):
    lot = await _open("a", expires_at=NOW)
    await _fund(lot, 70)
    locked: list[str] = []

    async def lock(held: Lot) -> None:
        locked.append(held.holder)

    assert await sweep_lot(lot, lock=lock, transfer=_expiry, namespace=NAMESPACE, now=NOW) == 70
    assert locked == ["test:1"]
    assert lots.available(await Account.get(id=lot.account_id)) == 0
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert expired.credits_posted == 70
    assert (await Lot.get(id=lot.id)).expired_at == NOW


async def test_a_lot_is_swept_once(db):
    lot = await _open("a", expires_at=NOW)
    await _fund(lot, 70)
    await sweep_lot(lot, lock=_no_lock, transfer=_expiry, namespace=NAMESPACE, now=NOW)
    assert await sweep_lot(lot, lock=_no_lock, transfer=_expiry, namespace=NAMESPACE,
                           now=NOW + timedelta(days=1)) is None
    assert (await system_account("IRR", SystemAccount.EXPIRED_CREDIT)).credits_posted == 70


async def test_an_empty_expired_lot_is_swept_with_nothing_moved(db):
    lot = await _open("a", expires_at=NOW)
    assert await sweep_lot(lot, lock=_no_lock, transfer=_expiry, namespace=NAMESPACE,
                           now=NOW) == 0
    assert (await Lot.get(id=lot.id)).expired_at == NOW


@pytest.mark.parametrize("expires_in", [timedelta(seconds=1), None])
async def test_a_lot_not_yet_expired_or_never_expiring_is_not_swept(db, expires_in):
    lot = await _open("a", expires_at=NOW + expires_in if expires_in else None)
    await _fund(lot, 70)
    assert await sweep_lot(lot, lock=_no_lock, transfer=_expiry, namespace=NAMESPACE,
                           now=NOW) is None
    assert lots.available(await Account.get(id=lot.account_id)) == 70
