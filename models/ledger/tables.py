"""The ledger's tables. Totals change only in `models.ledger.posting`; transfers never change."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.ledger.codes import PendingState, TransferKind


class Ledger(Model):
    """An asset with its own unit: accounts and transfers never mix two ledgers."""

    code = fields.CharField(max_length=16, primary_key=True)
    name = fields.CharField(max_length=100)
    unit = fields.CharField(max_length=32, description="smallest unit: rial, point, entry")
    created_at = fields.DatetimeField(auto_now_add=True)

    accounts: fields.ReverseRelation[Account]

    class Meta:
        table = "ledger_ledger"


class Account(Model):
    id = fields.BigIntField(primary_key=True)
    ledger: fields.ForeignKeyRelation[Ledger] = fields.ForeignKeyField(
        "models.Ledger", related_name="accounts", on_delete=fields.RESTRICT
    )
    ledger_id: str  # the column, as Tortoise sets it (the ledger's code)
    code = fields.CharField(max_length=64, description="what kind of account: customer_wallet")
    owner = fields.CharField(max_length=128, null=True, db_index=True)
    name = fields.CharField(max_length=200, default="")
    external_id_namespace = fields.CharField(
        max_length=64, null=True, description="whose external id: the namespace of the caller "
                                              "that opened it (models.keys)")
    external_id = fields.CharField(max_length=128, null=True)
    system_key = fields.CharField(max_length=96, null=True, unique=True)
    debits_must_not_exceed_credits = fields.BooleanField(default=False)
    credits_must_not_exceed_debits = fields.BooleanField(default=False)
    credit_limit = fields.BigIntField(default=0)
    closed = fields.BooleanField(default=False)
    debits_pending = fields.BigIntField(default=0)
    debits_posted = fields.BigIntField(default=0)
    credits_pending = fields.BigIntField(default=0)
    credits_posted = fields.BigIntField(default=0)
    version = fields.BigIntField(default=0, description="sequence number of the last event")
    metadata: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ledger_account"
        indexes = (("ledger_id", "code"),)
        unique_together = (("external_id_namespace", "external_id"),)

    @property
    def constrained(self) -> bool:
        return self.debits_must_not_exceed_credits or self.credits_must_not_exceed_debits


class Transfer(Model):
    """One immutable movement of `amount` from a debit account to a credit account."""

    id = fields.BigIntField(primary_key=True)
    namespace = fields.CharField(max_length=64, description="whose key: the caller's or the "
                                                            "domain's namespace (models.keys)")
    idempotency_key = fields.CharField(max_length=200)
    request_digest = fields.CharField(max_length=64)
    ledger: fields.ForeignKeyRelation[Ledger] = fields.ForeignKeyField(
        "models.Ledger", related_name=False, on_delete=fields.RESTRICT
    )
    ledger_id: str  # the column, as Tortoise sets it (the ledger's code)
    debit_account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name=False, on_delete=fields.RESTRICT
    )
    debit_account_id: int  # the column, as Tortoise sets it
    credit_account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name=False, on_delete=fields.RESTRICT
    )
    credit_account_id: int  # the column, as Tortoise sets it
    amount = fields.BigIntField()
    code = fields.CharField(max_length=64, description="why the money moved")
    kind = fields.CharEnumField(TransferKind, max_length=16)
    pending: fields.ForeignKeyNullableRelation[Transfer] = fields.ForeignKeyField(
        "models.Transfer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    pending_id: int | None  # the column, as Tortoise sets it
    timeout_seconds = fields.IntField(null=True)
    reference_type = fields.CharField(max_length=64, null=True)
    reference_id = fields.CharField(max_length=128, null=True)
    metadata: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()

    class Meta:
        table = "ledger_transfer"
        unique_together = (("namespace", "idempotency_key"),)
        indexes = (
            ("reference_type", "reference_id"),
            ("debit_account_id", "id"),
            ("credit_account_id", "id"),
            ("pending_id",),
        )


class PendingTransfer(Model):
    """The state of a pending transfer; the transfer itself stays immutable."""

    transfer: fields.OneToOneRelation[Transfer] = fields.OneToOneField(
        "models.Transfer", primary_key=True, related_name="pending_state", on_delete=fields.RESTRICT
    )
    transfer_id: int  # the column, as Tortoise sets it
    state = fields.CharEnumField(PendingState, max_length=16, default=PendingState.PENDING)
    expires_at = fields.DatetimeField(null=True, db_index=True)
    resolved_by: fields.ForeignKeyNullableRelation[Transfer] = fields.ForeignKeyField(
        "models.Transfer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    resolved_by_id: int | None  # the column, as Tortoise sets it

    class Meta:
        table = "ledger_pending_transfer"


class AccountEvent(Model):
    """The outbox: one row per account change, numbered per account without gaps."""

    id = fields.BigIntField(primary_key=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name=False, on_delete=fields.RESTRICT
    )
    account_id: int  # the column, as Tortoise sets it
    sequence = fields.BigIntField()
    transfer: fields.ForeignKeyRelation[Transfer] = fields.ForeignKeyField(
        "models.Transfer", related_name=False, on_delete=fields.RESTRICT
    )
    transfer_id: int  # the column, as Tortoise sets it
    debits_pending = fields.BigIntField()
    debits_posted = fields.BigIntField()
    credits_pending = fields.BigIntField()
    credits_posted = fields.BigIntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "ledger_account_event"
        unique_together = (("account_id", "sequence"),)
