"""What part of the ledger a caller reaches, read from an account's `owner`.

- The platform's staff reach every account.
- A partner (its keys and its staff) reaches the accounts it owns, `owner = "partner:<id>"`, and
  those of its members, `owner = "customer:<id>"` where that customer's `partner` is it.
- A customer reaches the accounts they own, `owner = "customer:<id>"`.

A transfer is in reach when either of its accounts is. Money moves only between accounts that are
both in reach. To a caller, an account or transfer out of reach does not exist: it reads as null,
an empty page or `account_not_found`, never as "forbidden", so nothing leaks that it is there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tortoise import connections

from models.errors import NotFound
from models.identity.callers import CallerKind, Identity
from models.identity.tables import Customer
from models.ledger import queries
from models.ledger.accounts import AccountRequest
from models.ledger.codes import TransferKind, TransferResult
from models.ledger.errors import AccountRejected, TransferRejected
from models.ledger.posting import TransferRequest
from models.ledger.tables import Account, Transfer


def partner_owner(partner_id: int) -> str:
    return f"partner:{partner_id}"


def customer_owner(customer_id: int) -> str:
    return f"customer:{customer_id}"


def _customer_id(owner: str) -> int | None:
    """The id in a canonical `customer:<id>` owner; None for any other owner."""
    kind, _, rest = owner.partition(":")
    if kind == "customer" and rest.isascii() and rest.isdigit() and len(rest) <= 18 \
            and str(int(rest)) == rest:
        return int(rest)
    return None


# A partner's accounts and its members', in id order: the owner index answers both arms.
_PARTNER_ACCOUNT_IDS = """
    SELECT a.id FROM ledger_account a
    WHERE a.id > $1
      AND (a.owner = $2 OR a.owner IN (
            SELECT 'customer:' || c.id FROM identity_customer c WHERE c.partner_id = $3))
      {filters}
    ORDER BY a.id LIMIT $4
"""


class Reach:
    """One caller's reach, with what it has learnt about customers cached for the request."""

    def __init__(self, identity: Identity | None) -> None:
        kind = identity.kind if identity is not None else None
        self.everything = kind is CallerKind.STAFF
        self.partner_id = identity.partner_id if identity and identity.is_partner else None
        self.customer_id = identity.customer_id if identity and kind is CallerKind.CUSTOMER \
            else None
        self._members: dict[int, bool] = {}

    async def owns(self, owner: str | None) -> bool:
        if self.everything:
            return True
        if owner is None:
            return False
        if self.customer_id is not None:
            return owner == customer_owner(self.customer_id)
        if self.partner_id is None:
            return False
        if owner == partner_owner(self.partner_id):
            return True
        customer_id = _customer_id(owner)
        if customer_id is None:
            return False
        if customer_id not in self._members:
            self._members[customer_id] = await Customer.exists(id=customer_id,
                                                               partner_id=self.partner_id)
        return self._members[customer_id]

    async def sees(self, account: Account | None) -> bool:
        return account is not None and await self.owns(account.owner)

    async def account(self, account_id: int) -> Account | None:
        account = await queries.get_account(account_id)
        return account if await self.sees(account) else None

    async def accounts(self, *, limit: int, after_id: int | None = None,
                       owner: str | None = None, code: str | None = None,
                       ledger: str | None = None) -> list[Account]:
        """Accounts in reach, in id order, filtered exactly."""
        if owner is not None:
            if not await self.owns(owner):
                return []
            return await queries.list_accounts(limit=limit, after_id=after_id, owner=owner,
                                               code=code, ledger=ledger)
        if self.everything:
            return await queries.list_accounts(limit=limit, after_id=after_id, code=code,
                                               ledger=ledger)
        if self.customer_id is not None:
            return await queries.list_accounts(limit=limit, after_id=after_id, code=code,
                                               ledger=ledger,
                                               owner=customer_owner(self.customer_id))
        if self.partner_id is None:
            return []
        filters, values = "", [after_id or 0, partner_owner(self.partner_id), self.partner_id,
                               limit]
        if code is not None:
            values.append(code)
            filters += f" AND a.code = ${len(values)}"
        if ledger is not None:
            values.append(ledger)
            filters += f" AND a.ledger_id = ${len(values)}"
        rows = await connections.get("default").execute_query_dict(
            _PARTNER_ACCOUNT_IDS.format(filters=filters), values)
        ids = [row["id"] for row in rows]
        return await Account.filter(id__in=ids).order_by("id") if ids else []

    async def sees_transfer(self, transfer: Transfer | None) -> bool:
        if transfer is None:
            return False
        if self.everything:
            return True
        ids = [transfer.debit_account_id, transfer.credit_account_id]
        return any([await self.sees(a) for a in await Account.filter(id__in=ids)])

    async def transfer(self, transfer_id: int) -> Transfer | None:
        transfer = await queries.get_transfer(transfer_id)
        return transfer if await self.sees_transfer(transfer) else None

    async def transfer_by_key(self, namespace: str, key: str) -> Transfer | None:
        """The transfer posted under `key` in the caller's `namespace`, if still in reach."""
        transfer = await queries.get_transfer_by_key(namespace, key)
        return transfer if await self.sees_transfer(transfer) else None

    async def account_transfers(self, account_id: int, *, limit: int,
                                before_id: int | None = None) -> list[Transfer]:
        if not self.everything and await self.account(account_id) is None:
            return []
        return await queries.list_account_transfers(account_id, limit=limit,
                                                    before_id=before_id)

    async def require_account(self, account_id: int) -> Account:
        """An account in reach, for a change to it; anything else is `account_not_found`."""
        account = await self.account(account_id)
        if account is None:
            raise NotFound("account_not_found", f"no account {account_id}", field="accountId")
        return account

    async def own_account_requests(
            self, requests: Sequence[AccountRequest]) -> list[AccountRequest]:
        """The requests, each owned by the caller: a partner's default to the partner itself."""
        if self.everything:
            return list(requests)
        owned = []
        for index, request in enumerate(requests):
            if request.owner is None and self.partner_id is not None:
                request = replace(request, owner=partner_owner(self.partner_id))
            if not await self.owns(request.owner):
                raise AccountRejected("owner_not_allowed", "a partner may open accounts only "
                                      "for itself and its members", index=index, field="owner")
            owned.append(request)
        return owned

    async def check_transfer_requests(self, requests: Sequence[TransferRequest]) -> None:
        """Refuse any transfer that touches an account out of reach, as if it did not exist."""
        if self.everything:
            return
        account_ids = {i for r in requests for i in (r.debit_account_id, r.credit_account_id)
                       if i is not None}
        pending_ids = {r.pending_id for r in requests if r.pending_id is not None}
        pendings = {t.id: t for t in await Transfer.filter(id__in=list(pending_ids))}
        account_ids |= {i for t in pendings.values()
                        for i in (t.debit_account_id, t.credit_account_id)}
        accounts = {a.id: a for a in await Account.filter(id__in=list(account_ids))}
        for index, r in enumerate(requests):
            for account_id, field in ((r.debit_account_id, "debitAccountId"),
                                      (r.credit_account_id, "creditAccountId")):
                if account_id is not None and not await self.sees(accounts.get(account_id)):
                    raise TransferRejected(TransferResult.ACCOUNT_NOT_FOUND, index=index,
                                           field=field)
            if r.kind in (TransferKind.POST_PENDING, TransferKind.VOID_PENDING) \
                    and r.pending_id is not None:
                pending = pendings.get(r.pending_id)
                sides = [] if pending is None else [
                    accounts.get(pending.debit_account_id),
                    accounts.get(pending.credit_account_id)]
                if not sides or not all([await self.sees(a) for a in sides]):
                    raise TransferRejected(TransferResult.PENDING_TRANSFER_NOT_FOUND,
                                           index=index, field="pendingId")
