"""Partner organisations and their API keys: shown once, stored as SHA-256, scoped, revocable."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models.errors import AuthenticationFailed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity, Scope
from models.identity.hashing import new_secret, secret_hash
from models.identity.tables import ApiToken, Partner, PartnerKey, PartnerKind, StaffUser
from models.identity.tokens import LAST_USED_RESOLUTION

KEY_PREFIX = "etbk_"  # a partner key; staff tokens start etb_, customer sessions etbc_


async def create_partner(name: str, kind: PartnerKind) -> Partner:
    name = name.strip()
    if not 1 <= len(name) <= 200:
        raise ValidationFailed("invalid_name", "a name of 1 to 200 characters is required",
                               field="name")
    return await Partner.create(name=name, kind=kind)


async def find_partner(partner_id: int) -> Partner | None:
    return await Partner.get_or_none(id=partner_id)


async def get_partner(partner_id: int) -> Partner:
    partner = await Partner.get_or_none(id=partner_id)
    if partner is None:
        raise NotFound("partner_not_found", f"no partner {partner_id}", field="partnerId")
    return partner


async def deactivate_partner(partner_id: int) -> Partner:
    """Suspend a partner: its keys and its staff's sessions stop working at once."""
    async with in_transaction():
        partner = await get_partner(partner_id)
        partner.is_active = False
        await partner.save(update_fields=["is_active"])
        now = datetime.now(UTC)
        await PartnerKey.filter(partner_id=partner_id, revoked_at=None).update(revoked_at=now)
        staff_ids = await StaffUser.filter(partner_id=partner_id).values_list("id", flat=True)
        await ApiToken.filter(staff_id__in=list(staff_ids), revoked_at=None).update(
            revoked_at=now)
    return partner


async def page(*, limit: int, after_id: int | None = None,
               kind: PartnerKind | None = None) -> list[Partner]:
    query = Partner.all()
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    if kind is not None:
        query = query.filter(kind=kind)
    return await query.order_by("id").limit(limit)


def _check_reach(actor: Identity, partner_id: int) -> None:
    """A partner's own people manage only their partner's keys; to them no other exists."""
    if actor.is_partner and actor.partner_id != partner_id:
        raise NotFound("partner_not_found", f"no partner {partner_id}", field="partnerId")


def _clean_scopes(scopes: Collection[str], operations: Collection[str]) -> list[str]:
    """Named scopes and operation names, deduplicated; anything else is refused."""
    known = {s.value for s in Scope} | set(operations)
    cleaned = sorted({s.strip() for s in scopes})
    if not cleaned:
        raise ValidationFailed("scopes_required", "a key needs at least one scope",
                               field="scopes")
    unknown = [s for s in cleaned if s not in known]
    if unknown:
        raise ValidationFailed("unknown_scope", f"not a scope or a partner operation: "
                               f"{', '.join(unknown)}", field="scopes")
    return cleaned


async def issue_key(actor: Identity, partner_id: int, name: str, scopes: Collection[str],
                    operations: Collection[str]) -> tuple[str, PartnerKey]:
    """A new key for the partner; its secret is returned here once and never stored.

    `operations` are the operation names a key may be limited to (those partners may call)."""
    _check_reach(actor, partner_id)
    partner = await get_partner(partner_id)
    if not partner.is_active:
        raise ValidationFailed("partner_inactive", "the partner is suspended", field="partnerId")
    cleaned = _clean_scopes(scopes, operations)
    secret = new_secret(KEY_PREFIX)
    key = await PartnerKey.create(partner=partner, name=name.strip()[:100] or "key",
                                  prefix=secret[:10], key_hash=secret_hash(secret),
                                  scopes=cleaned, created_by=actor.actor)
    return secret, key


async def revoke_key(actor: Identity, key_id: int) -> PartnerKey:
    key = await PartnerKey.get_or_none(id=key_id)
    if key is None or (actor.is_partner and key.partner_id != actor.partner_id):
        raise NotFound("key_not_found", f"no key {key_id}", field="keyId")
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        await key.save(update_fields=["revoked_at"])
    return key


async def keys_page(actor: Identity, partner_id: int, *, limit: int,
                    after_id: int | None = None) -> list[PartnerKey]:
    _check_reach(actor, partner_id)
    query = PartnerKey.filter(partner_id=partner_id)
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return await query.order_by("id").limit(limit)


async def authenticate_key(secret: str) -> Identity:
    key = await PartnerKey.get_or_none(key_hash=secret_hash(secret),
                                       revoked_at=None).prefetch_related("partner")
    if key is None or not key.partner.is_active:
        raise AuthenticationFailed("invalid_token", "the key is unknown or revoked")
    now = datetime.now(UTC)
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        await PartnerKey.filter(id=key.id).update(last_used_at=now)
    return Identity(kind=CallerKind.PARTNER_KEY, name=f"{key.partner.name}: {key.name}",
                    partner_id=key.partner.id, key_id=key.id, scopes=frozenset(key.scopes),
                    token_id=key.id, credential=key.key_hash[:16])
