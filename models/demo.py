"""The demo data `etebar seed-demo` writes: an owner, a token, ledger accounts and transfers, and
customers with their wallets, orders, deposits, cash-outs and emails (models/demo_customers.py).

Every step is idempotent on its own (staff by email, accounts by external id, transfers by
idempotency key), so a second run writes nothing and a run cut short is finished by the next one.
The steps are not one transaction: `create_transfers` runs its own.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from models.billing.renewal import RenewalPolicy
from models.demo_customers import seed_customers
from models.errors import AuthenticationFailed
from models.identity.tables import StaffRole, StaffUser
from models.identity.tokens import authenticate_token, create_staff, issue_token
from models.keys import domain_namespace
from models.ledger.accounts import AccountRequest, create_accounts, ensure_ledgers, system_account
from models.ledger.codes import SystemAccount, TransferKind
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.wallet.cashouts.cashouts import CashOutLimits
from models.wallet.deposits.deposits import DepositPolicy

DEMO_EMAIL = "demo@etebar.local"
DEMO_NAME = "Demo owner"
DEMO_TOKEN_NAME = "demo"  # noqa: S105 (the token's label, not a secret)
WALLET_CODE = "customer_wallet"
MERCHANT_CODE = "merchant_payable"
HOLD_TIMEOUT_SECONDS = 7 * 24 * 3600
DEMO_CASH_OUT_LIMITS = CashOutLimits(min_amount=1, max_per_request=10**12, max_per_day=10**12)
NAMESPACE = domain_namespace("demo")  # the demo's own account ids and transfer keys


@dataclass(slots=True, frozen=True)
class DemoAccount:
    key: str
    name: str
    code: str = WALLET_CODE

    @property
    def external_id(self) -> str:
        return f"demo:{self.key}"

    @property
    def owner(self) -> str:
        kind = "merchant" if self.code == MERCHANT_CODE else "customer"
        return f"{kind}:demo-{self.key}"


# Customers with Persian and English names, and one merchant they pay.
CUSTOMERS: tuple[DemoAccount, ...] = (
    DemoAccount("sara", "سارا احمدی"),
    DemoAccount("reza", "Reza Karimi"),
    DemoAccount("maryam", "مریم رضایی"),
    DemoAccount("ali", "Ali Hosseini"),
    DemoAccount("negar", "نگار تهرانی"),
)
MERCHANT = DemoAccount("narvan", "کافه نارون (Narvan Café)", MERCHANT_CODE)

_GATEWAY = "gateway"
# (idempotency key, code, debit, credit, amount in rials, kind); debit and credit name a demo
# account's key or the gateway clearing account. Order matters: top-ups before the payments.
_TRANSFERS: tuple[tuple[str, str, str, str, int, TransferKind], ...] = (
    ("demo:top-up:sara:1", "top_up", _GATEWAY, "sara", 5_000_000, TransferKind.SINGLE_PHASE),
    ("demo:top-up:reza:1", "top_up", _GATEWAY, "reza", 2_500_000, TransferKind.SINGLE_PHASE),
    ("demo:top-up:maryam:1", "top_up", _GATEWAY, "maryam", 12_000_000,
     TransferKind.SINGLE_PHASE),
    ("demo:top-up:ali:1", "top_up", _GATEWAY, "ali", 800_000, TransferKind.SINGLE_PHASE),
    ("demo:payment:sara:1", "payment", "sara", "narvan", 1_250_000, TransferKind.SINGLE_PHASE),
    ("demo:payment:maryam:1", "payment", "maryam", "narvan", 3_400_000,
     TransferKind.SINGLE_PHASE),
    ("demo:hold:reza:1", "payment_hold", "reza", "narvan", 600_000, TransferKind.PENDING),
)


@dataclass(slots=True, frozen=True)
class DemoSeed:
    """What a run found or wrote; `token` is the demo owner's API token, stored or new."""

    staff: StaffUser
    staff_created: bool
    token: str
    token_issued: bool
    accounts: list[Account]
    transfers_created: int
    customers: int


async def seed_demo(*, password: str, stored_token: str | None,
                    deposit_policy: DepositPolicy | None = None,
                    cash_out_limits: CashOutLimits | None = None,
                    renewal: RenewalPolicy | None = None) -> DemoSeed:
    """Write the demo data. `password` is used only if the demo owner does not exist yet;
    `stored_token` is kept while it still authenticates as the demo owner, else a new one is
    issued (returned once, in `DemoSeed.token`). The policies are the settings' (the defaults
    suit tests)."""
    await ensure_ledgers()
    staff = await StaffUser.get_or_none(email=DEMO_EMAIL)
    staff_created = staff is None
    if staff is None:
        staff = await create_staff(DEMO_EMAIL, DEMO_NAME, password, StaffRole.OWNER)
    token, token_issued = await _demo_token(staff, stored_token)
    demo_accounts = (*CUSTOMERS, MERCHANT)
    accounts = await create_accounts([
        AccountRequest(ledger="IRR", code=a.code, owner=a.owner, name=a.name,
                       external_id=a.external_id, debits_must_not_exceed_credits=True,
                       metadata={"demo": True})
        for a in demo_accounts
    ], namespace=NAMESPACE)
    ids = {a.key: account.id for a, account in zip(demo_accounts, accounts, strict=True)}
    ids[_GATEWAY] = (await system_account("IRR", SystemAccount.GATEWAY_CLEARING)).id
    records = await create_transfers([
        TransferRequest(idempotency_key=key, code=code, amount=amount,
                        debit_account_id=ids[debit], credit_account_id=ids[credit], kind=kind,
                        ledger="IRR",
                        timeout_seconds=HOLD_TIMEOUT_SECONDS if kind is TransferKind.PENDING
                        else None,
                        reference_type="demo", reference_id=key)
        for key, code, debit, credit, amount, kind in _TRANSFERS
    ], namespace=NAMESPACE)
    seeded = await seed_customers(
        deposit_policy=deposit_policy or DepositPolicy(),
        cash_out_limits=cash_out_limits or DEMO_CASH_OUT_LIMITS,
        renewal=renewal or RenewalPolicy(  # links signed with a throwaway key: tests only
            public_url="http://127.0.0.1:8000", secret_key=secrets.token_urlsafe(32)))
    return DemoSeed(staff=staff, staff_created=staff_created, token=token,
                    token_issued=token_issued, accounts=accounts,
                    transfers_created=sum(1 for r in records if not r.replayed),
                    customers=len(seeded.customers))


async def _demo_token(staff: StaffUser, stored: str | None) -> tuple[str, bool]:
    if stored:
        try:
            identity = await authenticate_token(stored)
        except AuthenticationFailed:
            pass
        else:
            if identity.staff_id == staff.id:
                return stored, False
    secret, _ = await issue_token(staff, DEMO_TOKEN_NAME)
    return secret, True
