"""Owners and admins add staff, change roles and deactivate; only owners make or touch owners."""

from __future__ import annotations

from models.identity.tables import ApiToken, StaffRole, StaffUser

CREATE = """
mutation($input: StaffInput!) {
  createStaff(input: $input) {
    __typename
    ... on StaffSuccess { staff { id email role partnerId active } }
    ... on UserError { code field }
  }
}
"""
CHANGE_ROLE = """
mutation($id: ID!, $role: StaffRole!) {
  changeStaffRole(staffId: $id, role: $role) {
    __typename
    ... on StaffSuccess { staff { role } }
    ... on UserError { code field }
  }
}
"""
DEACTIVATE = """
mutation($id: ID!) {
  deactivateStaff(staffId: $id) {
    __typename
    ... on StaffSuccess { staff { active } }
    ... on UserError { code field }
  }
}
"""


def _new(role: str = "OPERATOR", **extra: object) -> dict[str, object]:
    return {"email": "new@example.com", "name": "New", "password": "long enough pw",
            "role": role, **extra}


async def test_an_owner_adds_an_admin_who_can_sign_in(call_as, make_staff):
    # given an owner
    _, owner = await make_staff(StaffRole.OWNER)
    # when they add an admin
    body = await call_as(owner, CREATE, input=_new("ADMIN"))
    # then the admin exists and their password works
    assert body["data"]["createStaff"]["staff"]["role"] == "admin"
    signed_in = await call_as(None, 'mutation { staffSignIn(email: "new@example.com", '
                                    'password: "long enough pw") { __typename } }')
    assert signed_in["data"]["staffSignIn"]["__typename"] == "SignInSuccess"


async def test_an_admin_may_not_add_an_owner(call_as, make_staff):
    _, admin = await make_staff(StaffRole.ADMIN)
    body = await call_as(admin, CREATE, input=_new("OWNER"))
    assert body["data"]["createStaff"] == {"__typename": "NotAllowedError",
                                           "code": "owner_role_requires_owner", "field": "role"}
    assert not await StaffUser.exists(email="new@example.com")


async def test_an_email_already_in_use_is_a_conflict(call_as, make_staff):
    _, owner = await make_staff(StaffRole.OWNER, email="taken@example.com")
    body = await call_as(owner, CREATE, input=_new(email="Taken@example.com"))
    assert body["data"]["createStaff"]["code"] == "staff_exists"


async def test_staff_added_for_a_partner_belong_to_it(call_as, make_staff, make_partner):
    _, owner = await make_staff(StaffRole.OWNER)
    partner = await make_partner()
    body = await call_as(owner, CREATE, input=_new(partnerId=str(partner.id)))
    assert body["data"]["createStaff"]["staff"]["partnerId"] == str(partner.id)


async def test_an_admin_may_not_change_an_owners_role(call_as, make_staff):
    _, admin = await make_staff(StaffRole.ADMIN)
    owner, _ = await make_staff(StaffRole.OWNER)
    body = await call_as(admin, CHANGE_ROLE, id=str(owner.id), role="SUPPORT")
    assert body["data"]["changeStaffRole"]["code"] == "owner_role_requires_owner"
    assert (await StaffUser.get(id=owner.id)).role is StaffRole.OWNER


async def test_an_admin_changes_an_operator_to_support(call_as, make_staff):
    _, admin = await make_staff(StaffRole.ADMIN)
    operator, _ = await make_staff(StaffRole.OPERATOR)
    body = await call_as(admin, CHANGE_ROLE, id=str(operator.id), role="SUPPORT")
    assert body["data"]["changeStaffRole"]["staff"]["role"] == "support"


async def test_the_last_owner_cannot_step_down(call_as, make_staff):
    owner, token = await make_staff(StaffRole.OWNER)
    body = await call_as(token, CHANGE_ROLE, id=str(owner.id), role="ADMIN")
    assert body["data"]["changeStaffRole"]["code"] == "last_owner"


async def test_an_owner_may_step_down_when_another_owner_remains(call_as, make_staff):
    owner, token = await make_staff(StaffRole.OWNER)
    await make_staff(StaffRole.OWNER)
    body = await call_as(token, CHANGE_ROLE, id=str(owner.id), role="ADMIN")
    assert body["data"]["changeStaffRole"]["staff"]["role"] == "admin"


async def test_deactivating_ends_every_token_of_that_member(call_as, make_staff):
    # given an operator with a working token
    _, owner = await make_staff(StaffRole.OWNER)
    operator, operator_token = await make_staff(StaffRole.OPERATOR)
    # when an owner deactivates them
    body = await call_as(owner, DEACTIVATE, id=str(operator.id))
    # then they are inactive, their tokens revoked, and the token no longer works
    assert body["data"]["deactivateStaff"]["staff"]["active"] is False
    assert not await ApiToken.exists(staff_id=operator.id, revoked_at=None)
    after = await call_as(operator_token, "{ me { id } }")
    assert after["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_nobody_can_deactivate_themselves(call_as, make_staff):
    admin, token = await make_staff(StaffRole.ADMIN)
    body = await call_as(token, DEACTIVATE, id=str(admin.id))
    assert body["data"]["deactivateStaff"]["code"] == "cannot_deactivate_yourself"


async def test_staff_members_list_pages_in_id_order(call_as, make_staff):
    _, owner = await make_staff(StaffRole.OWNER)
    for _ in range(3):
        await make_staff(StaffRole.SUPPORT)
    first = await call_as(owner, "{ staffMembers(first: 2) { nodes { id } "
                                 "pageInfo { hasNextPage endCursor } } }")
    page = first["data"]["staffMembers"]
    rest = await call_as(owner, "query($after: String) { staffMembers(first: 2, after: $after) "
                                "{ nodes { id } pageInfo { hasNextPage } } }",
                         after=page["pageInfo"]["endCursor"])
    ids = [n["id"] for n in page["nodes"] + rest["data"]["staffMembers"]["nodes"]]
    assert ids == sorted(ids, key=int) and len(ids) == 4
    assert rest["data"]["staffMembers"]["pageInfo"]["hasNextPage"] is False
