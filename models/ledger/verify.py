"""The ledger's invariants, checked against the stored rows: what `etebar ledger verify` runs."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise import connections

_LEDGER_BALANCE = """
    SELECT ledger_id,
           sum(debits_posted) - sum(credits_posted) AS posted_gap,
           sum(debits_pending) - sum(credits_pending) AS pending_gap
    FROM ledger_account GROUP BY ledger_id
    HAVING sum(debits_posted) <> sum(credits_posted)
        OR sum(debits_pending) <> sum(credits_pending)
"""

# Each transfer's effect on the totals of its two accounts, summed per account.
_ACCOUNT_TOTALS = """
    WITH effect AS (
        SELECT t.debit_account_id AS account_id,
               CASE t.kind WHEN 'pending' THEN t.amount
                           WHEN 'single_phase' THEN 0 ELSE -p.amount END AS dp,
               CASE WHEN t.kind IN ('single_phase', 'post_pending') THEN t.amount ELSE 0 END
                   AS dpo,
               0::bigint AS cp, 0::bigint AS cpo
        FROM ledger_transfer t LEFT JOIN ledger_transfer p ON p.id = t.pending_id
        UNION ALL
        SELECT t.credit_account_id, 0, 0,
               CASE t.kind WHEN 'pending' THEN t.amount
                           WHEN 'single_phase' THEN 0 ELSE -p.amount END,
               CASE WHEN t.kind IN ('single_phase', 'post_pending') THEN t.amount ELSE 0 END
        FROM ledger_transfer t LEFT JOIN ledger_transfer p ON p.id = t.pending_id
    ),
    sums AS (
        SELECT account_id, sum(dp) AS dp, sum(dpo) AS dpo, sum(cp) AS cp, sum(cpo) AS cpo
        FROM effect GROUP BY account_id
    )
    SELECT a.id, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted,
           coalesce(s.dp, 0) AS dp, coalesce(s.dpo, 0) AS dpo,
           coalesce(s.cp, 0) AS cp, coalesce(s.cpo, 0) AS cpo
    FROM ledger_account a LEFT JOIN sums s ON s.account_id = a.id
    WHERE a.debits_pending <> coalesce(s.dp, 0) OR a.debits_posted <> coalesce(s.dpo, 0)
       OR a.credits_pending <> coalesce(s.cp, 0) OR a.credits_posted <> coalesce(s.cpo, 0)
"""

_FLAGS = """
    SELECT id FROM ledger_account
    WHERE (debits_must_not_exceed_credits
           AND debits_pending + debits_posted > credits_posted + credit_limit)
       OR (credits_must_not_exceed_debits
           AND credits_pending + credits_posted > debits_posted + credit_limit)
       OR debits_pending < 0 OR credits_pending < 0
"""

# Events numbered 1..version without gaps, the last one carrying the account's totals.
_EVENTS = """
    SELECT a.id, a.version, count(e.id) AS events, coalesce(max(e.sequence), 0) AS last
    FROM ledger_account a LEFT JOIN ledger_account_event e ON e.account_id = a.id
    GROUP BY a.id
    HAVING count(e.id) <> a.version OR coalesce(max(e.sequence), 0) <> a.version
    UNION ALL
    SELECT a.id, a.version, -1, e.sequence
    FROM ledger_account a JOIN ledger_account_event e
      ON e.account_id = a.id AND e.sequence = a.version
    WHERE (e.debits_pending, e.debits_posted, e.credits_pending, e.credits_posted)
       <> (a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted)
"""

_PENDING_STATES = """
    SELECT t.id FROM ledger_transfer t
    LEFT JOIN ledger_pending_transfer p ON p.transfer_id = t.id
    WHERE t.kind = 'pending' AND p.transfer_id IS NULL
    UNION ALL
    SELECT p.transfer_id FROM ledger_pending_transfer p
    WHERE (p.state = 'pending') <> (p.resolved_by_id IS NULL)
"""


@dataclass(slots=True, frozen=True)
class Problem:
    what: str
    detail: str


async def verify_ledger() -> list[Problem]:
    """Every broken invariant, described; an empty list means the ledger is sound."""
    db = connections.get("default")
    problems: list[Problem] = []
    for row in await db.execute_query_dict(_LEDGER_BALANCE):
        problems.append(Problem(
            "ledger_unbalanced",
            f"ledger {row['ledger_id']}: debits - credits = {row['posted_gap']} posted, "
            f"{row['pending_gap']} pending"))
    for row in await db.execute_query_dict(_ACCOUNT_TOTALS):
        problems.append(Problem(
            "account_totals_differ_from_transfers",
            f"account {row['id']}: stored (dp {row['debits_pending']}, dpo {row['debits_posted']}, "
            f"cp {row['credits_pending']}, cpo {row['credits_posted']}) but transfers sum to "
            f"(dp {row['dp']}, dpo {row['dpo']}, cp {row['cp']}, cpo {row['cpo']})"))
    for row in await db.execute_query_dict(_FLAGS):
        problems.append(Problem("account_flags_violated", f"account {row['id']}"))
    for row in await db.execute_query_dict(_EVENTS):
        problems.append(Problem(
            "account_events_out_of_step",
            f"account {row['id']}: version {row['version']}, events {row['events']}, "
            f"last sequence {row['last']}"))
    for row in await db.execute_query_dict(_PENDING_STATES):
        problems.append(Problem("pending_state_inconsistent", f"transfer {row['id']}"))
    return problems
