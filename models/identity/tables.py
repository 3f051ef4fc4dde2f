"""Staff users and their API tokens; secrets are stored only as hashes."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class StaffRole(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    OPERATOR = "operator"
    BACK_OFFICE = "back_office"
    SUPPORT = "support"


class StaffUser(Model):
    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    name = fields.CharField(max_length=200)
    password_hash = fields.CharField(max_length=200)
    role = fields.CharEnumField(StaffRole, max_length=16, default=StaffRole.OPERATOR)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    tokens: fields.ReverseRelation[ApiToken]

    class Meta:
        table = "identity_staff_user"


class ApiToken(Model):
    id = fields.BigIntField(primary_key=True)
    staff: fields.ForeignKeyRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="tokens", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16, description="shown to tell tokens apart")
    token_hash = fields.CharField(max_length=64, unique=True)
    kind = fields.CharField(max_length=16, default="api", description="api or session")
    expires_at = fields.DatetimeField(null=True, description="sessions end; API keys may not")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_api_token"
