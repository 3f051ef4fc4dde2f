"""Partner API keys: shown once, stored hashed, scoped, revocable, with their last use."""

from __future__ import annotations

import hashlib

from models.identity.tables import ApiToken, PartnerKey, StaffRole

CREATE_KEY = """
mutation($input: PartnerKeyInput!) {
  createPartnerKey(input: $input) {
    __typename
    ... on CreatePartnerKeySuccess { secret key { id prefix scopes lastUsedAt revokedAt } }
    ... on UserError { code field }
  }
}
"""


async def _owner(make_staff) -> str:
    _, token = await make_staff(StaffRole.OWNER)
    return token


async def test_a_new_key_is_shown_once_and_stored_as_its_hash(call_as, make_staff, make_partner):
    # given a partner
    owner = await _owner(make_staff)
    partner = await make_partner()
    # when an owner issues it a key
    body = await call_as(owner, CREATE_KEY, input={"partnerId": str(partner.id), "name": "pos",
                                                   "scopes": ["ledger:read"]})
    created = body["data"]["createPartnerKey"]
    # then the secret is in the answer, and only its SHA-256 is stored
    secret = created["secret"]
    row = await PartnerKey.get(id=int(created["key"]["id"]))
    assert row.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret.startswith(created["key"]["prefix"])
    listed = await call_as(owner, "query($p: ID!) { partnerKeys(partnerId: $p) "
                                  "{ nodes { prefix } } }", p=str(partner.id))
    assert secret not in str(listed)


async def test_a_key_with_an_unknown_scope_is_refused(call_as, make_staff, make_partner):
    owner = await _owner(make_staff)
    partner = await make_partner()
    body = await call_as(owner, CREATE_KEY, input={"partnerId": str(partner.id), "name": "x",
                                                   "scopes": ["ledger:everything"]})
    assert body["data"]["createPartnerKey"] == {"__typename": "InvalidInput",
                                                "code": "unknown_scope", "field": "scopes"}


async def test_a_key_may_not_be_limited_to_a_staff_only_operation(call_as, make_staff,
                                                                   make_partner):
    owner = await _owner(make_staff)
    partner = await make_partner()
    body = await call_as(owner, CREATE_KEY, input={"partnerId": str(partner.id), "name": "x",
                                                   "scopes": ["createStaff"]})
    assert body["data"]["createPartnerKey"]["code"] == "unknown_scope"


async def test_using_a_key_records_when_it_was_last_used(call_as, make_partner,
                                                         make_partner_key):
    partner = await make_partner()
    key = await make_partner_key(partner)
    await call_as(key, "{ currentPartner { id } }")
    assert (await PartnerKey.get(partner_id=partner.id)).last_used_at is not None


async def test_a_key_limited_to_one_operation_may_call_only_that_one(call_as, make_partner,
                                                                     make_partner_key):
    # given a key whose only scope is the name createTransfers
    partner = await make_partner()
    key = await make_partner_key(partner, ("createTransfers",))
    # when it reads accounts, then it is refused
    read = await call_as(key, "{ accounts { nodes { id } } }")
    assert read["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # and when it posts transfers, it passes the permission check
    write = await call_as(key, 'mutation { createTransfers(input: [{idempotencyKey: "k", '
                               'code: "c", amount: 1, debitAccountId: "1", '
                               'creditAccountId: "2"}]) { __typename } }')
    assert write["data"]["createTransfers"]["__typename"] == "TransferRejected"


async def test_a_write_scope_includes_reading(call_as, make_partner, make_partner_key):
    partner = await make_partner()
    key = await make_partner_key(partner, ("ledger:write",))
    assert "errors" not in await call_as(key, "{ accounts { nodes { id } } }")


async def test_a_partner_admin_manages_only_their_own_partners_keys(call_as, make_staff,
                                                                    make_partner):
    # given two partners and an admin of the first
    ours, theirs = await make_partner("Ours"), await make_partner("Theirs")
    _, admin = await make_staff(StaffRole.ADMIN, partner=ours)
    # when the admin issues a key for each
    own = await call_as(admin, CREATE_KEY, input={"partnerId": str(ours.id), "name": "a",
                                                  "scopes": ["ledger:read"]})
    other = await call_as(admin, CREATE_KEY, input={"partnerId": str(theirs.id), "name": "b",
                                                    "scopes": ["ledger:read"]})
    # then only their own partner's is made; the other partner does not exist for them
    assert own["data"]["createPartnerKey"]["__typename"] == "CreatePartnerKeySuccess"
    assert other["data"]["createPartnerKey"]["code"] == "partner_not_found"
    assert not await PartnerKey.exists(partner_id=theirs.id)


async def test_a_partner_admin_cannot_revoke_another_partners_key(call_as, make_staff,
                                                                  make_partner,
                                                                  make_partner_key):
    ours, theirs = await make_partner("Ours"), await make_partner("Theirs")
    _, admin = await make_staff(StaffRole.ADMIN, partner=ours)
    await make_partner_key(theirs)
    key = await PartnerKey.get(partner_id=theirs.id)
    body = await call_as(admin, "mutation($k: ID!) { revokePartnerKey(keyId: $k) { __typename "
                                "... on UserError { code } } }", k=str(key.id))
    assert body["data"]["revokePartnerKey"]["code"] == "key_not_found"
    assert (await PartnerKey.get(id=key.id)).revoked_at is None


async def test_deactivating_a_partner_stops_its_keys_and_its_staff(call_as, make_staff,
                                                                   make_partner,
                                                                   make_partner_key):
    # given a partner with a key and a staff member
    owner = await _owner(make_staff)
    partner = await make_partner()
    key = await make_partner_key(partner)
    member, member_token = await make_staff(StaffRole.OPERATOR, partner=partner)
    # when an owner deactivates the partner
    await call_as(owner, "mutation($p: ID!) { deactivatePartner(partnerId: $p) { __typename } }",
                  p=str(partner.id))
    # then neither the key nor the staff member's token works any more
    for token in (key, member_token):
        body = await call_as(token, "{ currentPartner { id } }")
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert not await ApiToken.exists(staff_id=member.id, revoked_at=None)
