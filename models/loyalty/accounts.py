"""A club's ledger accounts, one per purpose and subject (`LoyaltyAccount`), made on first use.

What each account holds (its ledger in brackets):
- rewards funding (IRR, the club owner's): debited by the credit the club grants and the points
  members pay with; unconstrained, it goes negative by what rewards cost the club owner.
- merchant funding, subject `merchant:<id>` (IRR): debited by the discounts and the merchant
  credit a merchant's rules give; what the merchant owes for them.
- points issued (POINT) and entries issued (LOTTERY): debited by every point and entry issued,
  so minus their balance is what members hold.
- sales clearing (IRR): what a purchase's bill was paid with besides money (discounts, credit,
  points), before the settlement split takes it.
- share payable, subject `<beneficiary>:<partner id>` (IRR), and fee payable (IRR, the club
  owner's fees to the platform).
- rule budget, subject `rule:<rule id>:total`, `rule:<rule id>:merchant:<id>` or
  `rule:<rule id>:member:<id>:<period>` (the rewards' ledger): may not go negative. It is
  funded with the budget from the club's budget source (subject `source`, unconstrained) the
  first time it is used; every reward it limits debits it back to the source in the purchase's
  batch, so the ledger itself refuses an overspend, and a return credits it again.
- member debt, subject `member:<id>` (IRR, POINT or LOTTERY: owed to the club's rewards
  funding, points issued or entries issued) or `member:<id>:merchant:<id>` (IRR: owed to that
  merchant's funding): debited by what a return could not claw back; the member's next rewards
  from the same funder repay it first.

Every account's external id lives in the loyalty namespace, so nobody else may open one."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.keys import domain_namespace
from models.ledger.accounts import AccountRequest, create_accounts
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Transfer
from models.loyalty.codes import AccountPurpose
from models.loyalty.tables import Club, LoyaltyAccount

NAMESPACE = domain_namespace("loyalty")
IRR, POINT, LOTTERY = "IRR", "POINT", "LOTTERY"
BUDGET_FUND_CODE = "loyalty_budget_fund"
BUDGET_SOURCE = "source"

# Accounts that may not go negative (debits must not exceed credits).
_CONSTRAINED = frozenset({AccountPurpose.RULE_BUDGET})


def merchant_subject(merchant_id: int) -> str:
    return f"merchant:{merchant_id}"


def member_subject(member_id: int) -> str:
    return f"member:{member_id}"


def debt_subject(member_id: int, merchant_id: int | None = None) -> str:
    """The subject of a member's debt account: what they owe back to one funder, the club's
    (its rewards funding, points issued, entries issued: `member:<id>`) or a merchant's (its
    funding: `member:<id>:merchant:<id>`)."""
    if merchant_id is None:
        return member_subject(member_id)
    return f"{member_subject(member_id)}:{merchant_subject(merchant_id)}"


def _external_id(club_id: int, purpose: AccountPurpose, subject: str, ledger: str) -> str:
    """As the settlement names the accounts it opens (models.loyalty.settlement.club_account):
    the same request opens the same account whichever of the two comes first."""
    return f"loyalty:{club_id}:{purpose.value}:{subject}:{ledger}"


async def club_account(club: Club, purpose: AccountPurpose, subject: str = "",
                       ledger: str = IRR) -> LoyaltyAccount:
    """The club's account for `purpose` and `subject` on `ledger`, made the first time: safe
    under concurrent calls (the ledger account's external id and the row's unique key decide)."""
    found = await LoyaltyAccount.get_or_none(club_id=club.id, purpose=purpose, subject=subject,
                                             ledger=ledger)
    if found is not None:
        return found
    constrained = purpose in _CONSTRAINED and subject != BUDGET_SOURCE
    [account] = await create_accounts([AccountRequest(
        ledger=ledger, code=f"loyalty_{purpose.value}", owner=f"club:{club.id}",
        name=f"{purpose.value} {subject}".strip(),
        external_id=_external_id(club.id, purpose, subject, ledger),
        debits_must_not_exceed_credits=constrained)], namespace=NAMESPACE)
    try:
        async with in_transaction():  # a savepoint: losing the race must not abort a caller's
            return await LoyaltyAccount.create(club_id=club.id, purpose=purpose, subject=subject,
                                               ledger=ledger, account_id=account.id)
    except IntegrityError:
        return await LoyaltyAccount.get(club_id=club.id, purpose=purpose, subject=subject,
                                        ledger=ledger)


AccountKey = tuple[AccountPurpose, str, str]  # purpose, subject, ledger


async def club_accounts(club: Club, wanted: list[AccountKey], *,
                        only_existing: frozenset[AccountPurpose] = frozenset(),
                        ) -> dict[AccountKey, int]:
    """The ledger account ids of the club's accounts `wanted`, read in one query, the missing
    ones made (`club_account`), except those of purposes `only_existing` (left out)."""
    rows = await LoyaltyAccount.filter(
        club_id=club.id, purpose__in=list({w[0] for w in wanted}),
        subject__in=list({w[1] for w in wanted})).values("purpose", "subject", "ledger",
                                                         "account_id")
    found = {(AccountPurpose(r["purpose"]), str(r["subject"]), str(r["ledger"])):
             int(r["account_id"]) for r in rows}
    for key in wanted:
        if key not in found and key[0] not in only_existing:
            found[key] = (await club_account(club, *key)).account_id
    return found


@dataclass(frozen=True, slots=True)
class Budget:
    """A rule's budget account and its limit."""

    subject: str
    ledger: str
    limit: int
    account_id: int = 0


async def budget_account(club: Club, budget: Budget) -> int:
    """The ledger account of `budget`, made and funded with its limit on first use (one
    idempotent transfer from the club's budget source, keyed by the account and the limit); a
    later version of the rule with a higher limit tops it up by the difference. A lower limit
    does not take back what was funded (the budget keeps its higher funding). Runs in its own
    transaction, before the purchase's."""
    row = await club_account(club, AccountPurpose.RULE_BUDGET, budget.subject, budget.ledger)
    funded = await funded_total(row.account_id)
    if funded >= budget.limit:
        return row.account_id
    source = await club_account(club, AccountPurpose.RULE_BUDGET, BUDGET_SOURCE, budget.ledger)
    await create_transfers([TransferRequest(
        idempotency_key=f"budget:{row.account_id}:fund:{budget.limit}", code=BUDGET_FUND_CODE,
        amount=budget.limit - funded, debit_account_id=source.account_id,
        credit_account_id=row.account_id, ledger=budget.ledger)], namespace=NAMESPACE)
    return row.account_id


async def funded_total(account_id: int) -> int:
    """What a budget account was funded with, all fundings together."""
    rows = await Transfer.filter(credit_account_id=account_id, code=BUDGET_FUND_CODE) \
        .values("amount")
    return sum(int(row["amount"]) for row in rows)
