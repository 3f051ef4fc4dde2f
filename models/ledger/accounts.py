"""Ledgers and accounts: creation (idempotent by external id), credit limits and closing.

An external id lives in its caller's namespace, as idempotency keys do (`models.keys`): the same
external id in two namespaces names two accounts, so nobody can open an account under an id that
a domain or another partner will use, nor learn that it is taken."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from models.errors import NotFound
from models.ledger.codes import SystemAccount, system_key
from models.ledger.errors import AccountRejected
from models.ledger.posting import LEDGER_NAMESPACE
from models.ledger.tables import Account, Ledger

# The assets every installation has: (code, name, unit).
STANDARD_LEDGERS: tuple[tuple[str, str, str], ...] = (
    ("IRR", "Iranian rial", "rial"),
    ("POINT", "Loyalty points", "point"),
    ("LOTTERY", "Lottery entries", "entry"),
)

# Which side of a system account grows: revenue and fees collect credits; the gateway clearing
# account holds what the banks owe us (debits); opening balances and expired credit take either.
_SYSTEM_NAMES: dict[SystemAccount, str] = {
    SystemAccount.GATEWAY_CLEARING: "Bank gateway clearing",
    SystemAccount.REVENUE: "Revenue",
    SystemAccount.FEES: "Fees",
    SystemAccount.EXPIRED_CREDIT: "Expired credit",
    SystemAccount.OPENING_BALANCES: "Opening balances",
    SystemAccount.BANK_DEPOSITS: "Bank deposits",
    SystemAccount.PROMOTIONS: "Promotions",
    SystemAccount.PAYOUTS_CLEARING: "Bank payouts clearing",
}


@dataclass(slots=True, frozen=True)
class AccountRequest:
    ledger: str
    code: str
    owner: str | None = None
    name: str = ""
    external_id: str | None = None
    debits_must_not_exceed_credits: bool = False
    credits_must_not_exceed_debits: bool = False
    credit_limit: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)


async def ensure_ledgers() -> list[Ledger]:
    """Create the standard ledgers and their system accounts; safe to run any number of times."""
    ledgers = []
    for code, name, unit in STANDARD_LEDGERS:
        ledger, _ = await Ledger.get_or_create(code=code, defaults={"name": name, "unit": unit})
        ledgers.append(ledger)
        for kind, title in _SYSTEM_NAMES.items():
            await Account.get_or_create(
                system_key=system_key(code, kind),
                defaults={"ledger_id": code, "code": kind.value, "owner": "system",
                          "name": f"{title} ({code})"},
            )
    return ledgers


async def system_account(ledger: str, kind: SystemAccount) -> Account:
    account = await Account.get_or_none(system_key=system_key(ledger, kind))
    if account is None:
        raise NotFound("account_not_found", f"no {kind.value} account in ledger {ledger}")
    return account


def _check(index: int, r: AccountRequest, ledgers: set[str]) -> None:
    if r.ledger not in ledgers:
        raise AccountRejected("ledger_not_found", f"no ledger {r.ledger!r}", index=index,
                              field="ledger")
    if not r.code or len(r.code) > 64:
        raise AccountRejected("code_required", "a code of 1 to 64 characters is required",
                              index=index, field="code")
    if r.debits_must_not_exceed_credits and r.credits_must_not_exceed_debits:
        raise AccountRejected("flags_are_mutually_exclusive",
                              "an account may limit its debits or its credits, not both",
                              index=index, field="creditsMustNotExceedDebits")
    if r.credit_limit < 0:
        raise AccountRejected("credit_limit_must_not_be_negative", index=index,
                              field="creditLimit")
    if r.credit_limit and not (r.debits_must_not_exceed_credits
                               or r.credits_must_not_exceed_debits):
        raise AccountRejected("credit_limit_needs_a_balance_flag",
                              "a credit limit applies only to an account with a balance flag",
                              index=index, field="creditLimit")
    if r.external_id is not None and not 1 <= len(r.external_id) <= 128:
        raise AccountRejected("invalid_external_id", "an external id has 1 to 128 characters",
                              index=index, field="externalId")


def _same(account: Account, r: AccountRequest) -> bool:
    return (account.ledger_id, account.code, account.owner, account.name,
            account.debits_must_not_exceed_credits, account.credits_must_not_exceed_debits) == (
        r.ledger, r.code, r.owner, r.name, r.debits_must_not_exceed_credits,
        r.credits_must_not_exceed_debits)


async def create_accounts(requests: Sequence[AccountRequest], *,
                          namespace: str = LEDGER_NAMESPACE) -> list[Account]:
    """Create accounts all or none. An `external_id` seen before in `namespace` (the caller's,
    or the domain's) returns that account."""
    if not requests:
        raise AccountRejected("batch_empty", "a batch needs at least one account")
    if len(requests) > 1000:
        raise AccountRejected("batch_too_large", "at most 1000 accounts per batch")
    ledgers = {str(code) for code in await Ledger.all().values_list("code", flat=True)}
    seen: set[str] = set()
    for index, r in enumerate(requests):
        _check(index, r, ledgers)
        if r.external_id is not None:
            if r.external_id in seen:
                raise AccountRejected("external_id_repeated_in_batch", index=index,
                                      field="externalId")
            seen.add(r.external_id)
    async with in_transaction():
        created: list[Account] = []
        for index, r in enumerate(requests):
            if r.external_id is not None:
                account, made = await Account.get_or_create(
                    external_id_namespace=namespace, external_id=r.external_id,
                    defaults=_fields(r))
                if not made and not _same(account, r):
                    raise AccountRejected(
                        "external_id_conflict",
                        "this external id belongs to an account with other settings",
                        index=index, field="externalId")
            else:
                account = await Account.create(**_fields(r))
            created.append(account)
    return created


def _fields(r: AccountRequest) -> dict[str, Any]:
    return {
        "ledger_id": r.ledger, "code": r.code, "owner": r.owner, "name": r.name,
        "debits_must_not_exceed_credits": r.debits_must_not_exceed_credits,
        "credits_must_not_exceed_debits": r.credits_must_not_exceed_debits,
        "credit_limit": r.credit_limit, "metadata": r.metadata,
    }


async def _locked(account_id: int) -> Account:
    account = await Account.select_for_update().get_or_none(id=account_id)
    if account is None:
        raise NotFound("account_not_found", f"no account {account_id}", field="accountId")
    return account


async def set_credit_limit(account_id: int, credit_limit: int) -> Account:
    """Change how far a flagged account may go past its balance; never below what is in use."""
    if credit_limit < 0:
        raise AccountRejected("credit_limit_must_not_be_negative", field="creditLimit")
    async with in_transaction():
        a = await _locked(account_id)
        if not a.constrained:
            raise AccountRejected("credit_limit_needs_a_balance_flag",
                                  "a credit limit applies only to an account with a balance flag",
                                  field="creditLimit")
        if a.closed:
            raise AccountRejected("account_closed", field="accountId")
        if a.debits_must_not_exceed_credits:
            in_use = a.debits_pending + a.debits_posted - a.credits_posted
        else:
            in_use = a.credits_pending + a.credits_posted - a.debits_posted
        if credit_limit < in_use:
            raise AccountRejected("credit_limit_below_usage",
                                  f"{in_use} of the limit is in use", field="creditLimit")
        a.credit_limit = credit_limit
        await a.save(update_fields=["credit_limit"])
    return a


async def close_account(account_id: int) -> Account:
    """Close an account with no balance and no open holds; closed accounts take no transfers."""
    async with in_transaction():
        a = await _locked(account_id)
        if a.closed:
            return a
        if a.system_key is not None:
            raise AccountRejected("system_account_cannot_close", field="accountId")
        if a.debits_pending or a.credits_pending:
            raise AccountRejected("account_has_pending_transfers",
                                  "post or void its pending transfers first", field="accountId")
        if a.debits_posted != a.credits_posted:
            raise AccountRejected("account_has_balance",
                                  "move its balance away before closing it", field="accountId")
        a.closed = True
        await a.save(update_fields=["closed"])
    return a
