"""Accounts a domain manages, and the general ledger operations that must leave them alone.

A domain such as the wallet keeps its own rules over some accounts: which lot is spent first,
that promotional credit is never cashed out, that a cash-out's hold is posted or voided only by
the bank's answer. Those rules live in the domain's operations, which call `create_transfers`
themselves. The general ledger operations offered to staff and partners (create transfers,
post or void a pending transfer, close an account, change its credit limit, open accounts) would
go around them, so they refuse any request touching a managed account, or resolving a pending
transfer on one, for every caller. Reading is not affected.

Managed accounts are known by their code: each domain declares its codes (or code prefixes)
here, once.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.errors import NotFound
from models.ledger import accounts as ledger_accounts
from models.ledger.accounts import AccountRequest
from models.ledger.codes import TransferResult
from models.ledger.errors import AccountRejected, TransferRejected
from models.ledger.posting import TransferRecord, TransferRequest, create_transfers
from models.ledger.tables import Account, Transfer

# code prefix -> the domain whose operations alone move such accounts
MANAGED_CODE_PREFIXES: dict[str, str] = {
    "wallet_": "wallet",  # a wallet's lots: wallet_paid, wallet_promotional (wallets._lot)
    "loyalty_": "loyalty",  # a club's accounts and its members' lots (models.loyalty.accounts)
}
# exact codes -> domain, for domains whose accounts share no prefix
MANAGED_CODES: dict[str, str] = {}
# external ids a domain gives its accounts: nobody else may open one under them
MANAGED_EXTERNAL_ID_PREFIXES: dict[str, str] = {
    "wallet-lot:": "wallet",
    "loyalty:": "loyalty",  # a club's accounts (models.loyalty.accounts)
    "loyalty-lot:": "loyalty",  # its members' lots (models.loyalty.legs)
}


def managing_domain(code: str) -> str | None:
    """The domain that manages accounts with `code`, or None for a general account."""
    if code in MANAGED_CODES:
        return MANAGED_CODES[code]
    for prefix, domain in MANAGED_CODE_PREFIXES.items():
        if code.startswith(prefix):
            return domain
    return None


def _message(account: Account, domain: str) -> str:
    return (f"account {account.id} ({account.code}) is managed by the {domain} domain: "
            f"only its own operations move it")


async def refuse_managed_transfers(requests: Sequence[TransferRequest]) -> None:
    """Refuse the batch if any transfer touches a managed account, directly or through the
    pending transfer it posts or voids. Nothing is written."""
    pending_ids = {r.pending_id for r in requests if r.pending_id is not None}
    pendings = {t.id: t for t in await Transfer.filter(id__in=list(pending_ids))}
    account_ids = {i for r in requests for i in (r.debit_account_id, r.credit_account_id)
                   if i is not None}
    account_ids |= {i for t in pendings.values()
                    for i in (t.debit_account_id, t.credit_account_id)}
    accounts = {a.id: a for a in await Account.filter(id__in=list(account_ids))}
    for index, r in enumerate(requests):
        sides: list[tuple[int | None, str]] = [(r.debit_account_id, "debitAccountId"),
                                               (r.credit_account_id, "creditAccountId")]
        pending = pendings.get(r.pending_id) if r.pending_id is not None else None
        if pending is not None:
            sides += [(pending.debit_account_id, "pendingId"),
                      (pending.credit_account_id, "pendingId")]
        for account_id, field in sides:
            account = accounts.get(account_id) if account_id is not None else None
            domain = managing_domain(account.code) if account is not None else None
            if account is not None and domain is not None:
                raise TransferRejected(TransferResult.ACCOUNT_MANAGED,
                                       _message(account, domain), index=index, field=field)


async def refuse_managed_account(account_id: int) -> Account:
    """The account, if it is not managed by a domain; `account_managed` if it is."""
    account = await Account.get_or_none(id=account_id)
    if account is None:
        raise NotFound(TransferResult.ACCOUNT_NOT_FOUND,
                       f"no account {account_id}", field="accountId")
    domain = managing_domain(account.code)
    if domain is not None:
        raise AccountRejected(TransferResult.ACCOUNT_MANAGED, _message(account, domain),
                              field="accountId")
    return account


def refuse_managed_account_requests(requests: Sequence[AccountRequest]) -> None:
    """Refuse opening an account with a managed code or under a domain's external ids."""
    for index, request in enumerate(requests):
        domain = managing_domain(request.code)
        if domain is not None:
            raise AccountRejected(TransferResult.ACCOUNT_MANAGED,
                                  f"code {request.code} is managed by the {domain} domain",
                                  index=index, field="code")
        for prefix, owner in MANAGED_EXTERNAL_ID_PREFIXES.items():
            if request.external_id is not None and request.external_id.startswith(prefix):
                raise AccountRejected(TransferResult.ACCOUNT_MANAGED,
                                      f"external ids {prefix}... are the {owner} domain's",
                                      index=index, field="externalId")


# --- the general operations: what the ledger API calls -----------------------------------------

async def general_transfers(requests: Sequence[TransferRequest],
                            namespace: str) -> list[TransferRecord]:
    """`create_transfers` for callers of the general ledger, their keys in the caller's
    `namespace`: no managed account is touched."""
    await refuse_managed_transfers(requests)
    return await create_transfers(requests, namespace=namespace)


async def general_accounts(requests: Sequence[AccountRequest],
                           namespace: str) -> list[Account]:
    """`create_accounts` for callers of the general ledger, their external ids in the caller's
    `namespace`: no managed account is opened."""
    refuse_managed_account_requests(requests)
    return await ledger_accounts.create_accounts(requests, namespace=namespace)


async def close_general_account(account_id: int) -> Account:
    await refuse_managed_account(account_id)
    return await ledger_accounts.close_account(account_id)


async def set_general_credit_limit(account_id: int, credit_limit: int) -> Account:
    await refuse_managed_account(account_id)
    return await ledger_accounts.set_credit_limit(account_id, credit_limit)
