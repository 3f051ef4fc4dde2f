"""Managing staff: create (for the platform or a partner), change a role, deactivate, list.

Only owners make or touch owners, so an admin can never raise anyone, themselves included,
above admin; and nobody can lock themselves out by deactivating their own account."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models.errors import NotAllowed, NotFound
from models.identity import tokens
from models.identity.callers import Identity
from models.identity.errors import IdentityErrorCode
from models.identity.tables import ApiToken, Language, Partner, StaffRole, StaffUser


def _owner_only(actor: Identity, role: StaffRole, field: str) -> None:
    if role is StaffRole.OWNER and actor.role is not StaffRole.OWNER:
        raise NotAllowed(IdentityErrorCode.OWNER_ROLE_REQUIRES_OWNER,
                         "only an owner may make or change an owner",
                         field=field)


async def _staff(staff_id: int) -> StaffUser:
    staff = await StaffUser.get_or_none(id=staff_id)
    if staff is None:
        raise NotFound(IdentityErrorCode.STAFF_NOT_FOUND,
                       f"no staff member {staff_id}", field="staffId")
    return staff


async def create(actor: Identity, email: str, name: str, password: str, role: StaffRole,
                 partner_id: int | None = None) -> StaffUser:
    """A new staff member of the platform, or of partner `partner_id`."""
    _owner_only(actor, role, "role")
    partner = None
    if partner_id is not None:
        partner = await Partner.get_or_none(id=partner_id, is_active=True)
        if partner is None:
            raise NotFound(IdentityErrorCode.PARTNER_NOT_FOUND, f"no active partner {partner_id}",
                           field="partnerId")
    return await tokens.create_staff(email, name, password, role, partner)


async def change_role(actor: Identity, staff_id: int, role: StaffRole) -> StaffUser:
    async with in_transaction():
        staff = await _staff(staff_id)
        staff = await StaffUser.select_for_update().get(id=staff.id)
        _owner_only(actor, staff.role, "staffId")
        _owner_only(actor, role, "role")
        if staff.role is StaffRole.OWNER and role is not StaffRole.OWNER:
            await _keep_an_owner(staff)
        staff.role = role
        await staff.save(update_fields=["role"])
    return staff


async def deactivate(actor: Identity, staff_id: int) -> StaffUser:
    """Deactivate a staff member and end every token and session they hold."""
    if staff_id == actor.staff_id:
        raise NotAllowed(IdentityErrorCode.CANNOT_DEACTIVATE_YOURSELF, "ask another owner or admin",
                         field="staffId")
    async with in_transaction():
        staff = await _staff(staff_id)
        staff = await StaffUser.select_for_update().get(id=staff.id)
        _owner_only(actor, staff.role, "staffId")
        if staff.role is StaffRole.OWNER:
            await _keep_an_owner(staff)
        staff.is_active = False
        await staff.save(update_fields=["is_active"])
        await ApiToken.filter(staff_id=staff.id, revoked_at=None).update(
            revoked_at=datetime.now(UTC))
    return staff


async def _keep_an_owner(leaving: StaffUser) -> None:
    """The platform keeps at least one active owner (a partner's owners do not count)."""
    if leaving.partner_id is not None:
        return
    # Locking every owner row serialises two owners demoting each other at once.
    # (Whole rows: Tortoise drops FOR UPDATE from a `values_list` query.)
    owners = await StaffUser.filter(role=StaffRole.OWNER, is_active=True, partner_id=None) \
        .select_for_update().order_by("id")
    if not {owner.id for owner in owners} - {leaving.id}:
        raise NotAllowed(IdentityErrorCode.LAST_OWNER,
                         "the platform must keep at least one active owner",
                         field="staffId")


async def page(*, limit: int, after_id: int | None = None, partner_id: int | None = None,
               platform_only: bool = False, active: bool | None = None) -> list[StaffUser]:
    """Staff in id order after `after_id`: a partner's, the platform's, or everyone."""
    query = StaffUser.all()
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    if partner_id is not None:
        query = query.filter(partner_id=partner_id)
    elif platform_only:
        query = query.filter(partner_id=None)
    if active is not None:
        query = query.filter(is_active=active)
    return await query.order_by("id").limit(limit)


async def set_language(actor: Identity, language: Language) -> StaffUser:
    """The signed-in person's own admin language; it follows them to every browser."""
    staff = await StaffUser.get(id=actor.staff_id)
    staff.language = language.value
    await staff.save(update_fields=["language"])
    return staff
