"""A partner reaches its own accounts (owner partner:<id>) and its members' (customer:<id> of a
customer it enrolled): nothing else exists for it, and it moves money only between those."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from models.identity.tables import Customer, Partner, StaffRole
from models.ledger.codes import TransferKind
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account, Transfer


@dataclass
class World:
    key: str  # partner A's key with every scope
    own: Account  # owner partner:A
    member: Account  # owner customer:<a member of A>
    others: Account  # owner partner:B
    outsider: Account  # owner customer:<the platform's own customer>


@pytest.fixture
async def world(make_partner, make_partner_key, make_customer, make_account) -> World:
    a, b = await make_partner("A"), await make_partner("B")
    member, _ = await make_customer(partner=a)
    outsider, _ = await make_customer()
    return World(
        key=await make_partner_key(a),
        own=await make_account(owner=f"partner:{a.id}"),
        member=await make_account(owner=f"customer:{member.id}"),
        others=await make_account(owner=f"partner:{b.id}"),
        outsider=await make_account(owner=f"customer:{outsider.id}"))


async def _move(debit: Account, credit: Account, key: str) -> Transfer:
    [record] = await create_transfers([TransferRequest(
        idempotency_key=key, code="test", amount=100, debit_account_id=debit.id,
        credit_account_id=credit.id)])
    return await Transfer.get(id=record.id)


def _transfer(debit: Account, credit: Account, key: str = "t-1") -> dict[str, object]:
    return {"idempotencyKey": key, "code": "payment", "amount": "100",
            "debitAccountId": str(debit.id), "creditAccountId": str(credit.id)}


ACCOUNT = "query($id: ID!) { account(id: $id) { id } }"
TRANSFER = "query($id: ID!) { transfer(id: $id) { id debitAccount { id } creditAccount { id } } }"
CREATE_ACCOUNT = """
mutation($owner: String) {
  createAccounts(input: [{ledger: "IRR", code: "wallet", owner: $owner}]) {
    __typename
    ... on AccountRejected { code field }
  }
}
"""
CREATE_TRANSFERS = """
mutation($input: [TransferInput!]!) {
  createTransfers(input: $input) {
    __typename
    ... on CreateTransfersSuccess { transfers { id } }
    ... on TransferRejected { code field index }
  }
}
"""


async def test_a_partner_lists_only_its_own_and_its_members_accounts(call_as, world):
    body = await call_as(world.key, "{ accounts { nodes { id } } }")
    ids = {n["id"] for n in body["data"]["accounts"]["nodes"]}
    assert ids == {str(world.own.id), str(world.member.id)}


async def test_a_partner_filtering_by_another_owner_finds_nothing(call_as, world):
    body = await call_as(world.key, "query($o: String) { accounts(owner: $o) { nodes { id } } }",
                         o=world.others.owner)
    assert body["data"]["accounts"]["nodes"] == []


async def test_an_account_out_of_reach_reads_as_null(call_as, world):
    body = await call_as(world.key, ACCOUNT, id=str(world.others.id))
    assert body == {"data": {"account": None}}


async def test_a_partner_sees_the_transfers_of_its_accounts_but_not_the_far_side(call_as,
                                                                                 world):
    # given money moved from an outsider's account to the partner's own
    transfer = await _move(world.outsider, world.own, "in-1")
    # when the partner reads that transfer
    body = await call_as(world.key, TRANSFER, id=str(transfer.id))
    # then it sees the transfer and its own side, and the outsider's side is null
    assert body["data"]["transfer"] == {"id": str(transfer.id), "debitAccount": None,
                                        "creditAccount": {"id": str(world.own.id)}}


async def test_a_transfer_between_accounts_out_of_reach_reads_as_null(call_as, world):
    transfer = await _move(world.outsider, world.others, "far-1")
    body = await call_as(world.key, TRANSFER, id=str(transfer.id))
    assert body["data"]["transfer"] is None


async def test_the_transfers_of_an_account_out_of_reach_are_an_empty_page(call_as, world):
    await _move(world.outsider, world.others, "far-1")
    body = await call_as(world.key, "query($a: ID!) { transfers(accountId: $a) "
                                    "{ nodes { id } } }", a=str(world.others.id))
    assert body["data"]["transfers"]["nodes"] == []


async def test_a_partner_moves_money_from_a_member_to_itself(call_as, world):
    body = await call_as(world.key, CREATE_TRANSFERS, input=[_transfer(world.member, world.own)])
    assert body["data"]["createTransfers"]["__typename"] == "CreateTransfersSuccess"


@pytest.mark.parametrize(("side", "field"), [("debit", "debitAccountId"),
                                             ("credit", "creditAccountId")])
async def test_a_partner_cannot_move_money_to_or_from_an_account_out_of_reach(call_as, world,
                                                                              side, field):
    # given a batch whose second transfer touches another partner's account
    far = (world.others, world.own) if side == "debit" else (world.own, world.others)
    batch = [_transfer(world.member, world.own, "ok"), _transfer(*far, "far")]
    # when the partner posts it
    body = await call_as(world.key, CREATE_TRANSFERS, input=batch)
    # then it is refused as if that account did not exist, and nothing moved
    assert body["data"]["createTransfers"] == {"__typename": "TransferRejected",
                                               "code": "account_not_found", "field": field,
                                               "index": 1}
    assert await Transfer.all().count() == 0


async def test_a_partner_cannot_post_another_partners_pending_transfer(call_as, world):
    # given a hold between accounts the partner does not reach
    [pending] = await create_transfers([TransferRequest(
        idempotency_key="hold", code="hold", amount=100, kind=TransferKind.PENDING,
        debit_account_id=world.outsider.id, credit_account_id=world.others.id)])
    # when the partner tries to post it
    body = await call_as(world.key, "mutation($p: ID!) { postPendingTransfer(input: "
                                    '{pendingId: $p, idempotencyKey: "post"}) { __typename '
                                    "... on UserError { code } } }", p=str(pending.id))
    # then it does not exist for the partner
    assert body["data"]["postPendingTransfer"]["code"] == "pending_transfer_not_found"


async def test_a_partners_new_account_is_its_own_by_default(call_as, world):
    body = await call_as(world.key, 'mutation { createAccounts(input: [{ledger: "IRR", '
                                    'code: "float"}]) { ... on CreateAccountsSuccess '
                                    "{ accounts { owner } } } }")
    assert body["data"]["createAccounts"]["accounts"][0]["owner"] == world.own.owner


async def test_a_partner_opens_an_account_for_its_member(call_as, world):
    body = await call_as(world.key, CREATE_ACCOUNT, owner=world.member.owner)
    assert body["data"]["createAccounts"]["__typename"] == "CreateAccountsSuccess"


async def test_a_partner_cannot_open_an_account_for_someone_else(call_as, world):
    body = await call_as(world.key, CREATE_ACCOUNT, owner=world.outsider.owner)
    assert body["data"]["createAccounts"] == {"__typename": "AccountRejected",
                                              "code": "owner_not_allowed", "field": "owner"}


async def test_a_partner_cannot_close_an_account_out_of_reach(call_as, world):
    body = await call_as(world.key, "mutation($a: ID!) { closeAccount(accountId: $a) "
                                    "{ __typename ... on UserError { code } } }",
                         a=str(world.others.id))
    assert body["data"]["closeAccount"]["code"] == "account_not_found"
    assert not (await Account.get(id=world.others.id)).closed


async def test_a_partners_staff_reach_what_the_partner_reaches(call_as, world, make_staff):
    partner_id = int(world.own.owner.split(":")[1])
    _, token = await make_staff(StaffRole.SUPPORT, partner=await Partner.get(id=partner_id))
    body = await call_as(token, "{ accounts { nodes { id } } }")
    assert {n["id"] for n in body["data"]["accounts"]["nodes"]} == {str(world.own.id),
                                                                    str(world.member.id)}


async def test_a_partner_lists_only_its_members(call_as, world):
    body = await call_as(world.key, "{ customers { nodes { owner } } }")
    assert [n["owner"] for n in body["data"]["customers"]["nodes"]] == [world.member.owner]


async def test_a_customer_a_partner_enrols_is_its_member(call_as, world):
    body = await call_as(world.key, 'mutation { createCustomer(input: {mobile: "09351234567", '
                                    'name: "Reza"}) { ... on CustomerSuccess '
                                    "{ customer { partnerId } } } }")
    customer = await Customer.get(person__mobile="09351234567")
    assert body["data"]["createCustomer"]["customer"]["partnerId"] == str(customer.partner_id)
    assert f"partner:{customer.partner_id}" == world.own.owner


async def test_staff_reach_every_account(gql, world):
    body = await gql("{ accounts(first: 200) { nodes { id } } }")
    ids = {n["id"] for n in body["data"]["accounts"]["nodes"]}
    assert {str(a.id) for a in (world.own, world.member, world.others, world.outsider)} <= ids
