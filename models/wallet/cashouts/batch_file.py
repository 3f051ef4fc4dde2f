"""The payout batch file: the rows of a payout batch in a CSV for a bank's group (batch) Paya or
Satna transfer.

Honest note on the format: no bank publishes one authoritative file format for group Paya/Satna
transfers that we could find (each bank's corporate internet bank has its own upload template,
usually an Excel or CSV sheet). What every such template asks for is the same handful of fields,
so this file carries exactly those, in a plain, documented CSV that any template can be filled
from by a column mapping:

- UTF-8 with a byte-order mark (so that spreadsheet programs read the Persian names), CRLF line
  ends, comma-separated, fields quoted where needed (RFC 4180);
- a header row, then one row per payout, in the batch's order:
  `row` (1, 2, …), `sheba` (the destination IBAN, IR and 24 digits), `amount_rials` (an integer,
  no separators), `holder_name` (the account holder as recorded), `description` (at most 100
  characters, no line breaks), `tracking_id` (our unique id of the payout, used by the bank as
  the payment's identifier so that a repeat is recognised).

If a bank needs its own template, write another renderer beside this one; the rows are the same.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from models.wallet.cashouts.payout import Payout

HEADER = ("row", "sheba", "amount_rials", "holder_name", "description", "tracking_id")
CONTENT_TYPE = "text/csv; charset=utf-8"
DESCRIPTION_MAX = 100
BOM = "\ufeff"


def _clean(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def render(payouts: Sequence[Payout]) -> str:
    """The CSV of `payouts`, as described above."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for number, p in enumerate(payouts, start=1):
        writer.writerow((number, p.sheba, p.amount, _clean(p.holder_name, 200),
                         _clean(p.description, DESCRIPTION_MAX), p.tracking_id))
    return BOM + out.getvalue()


def parse(content: str) -> list[Payout]:
    """Read a file `render` wrote (for tests and for checking an upload before sending it)."""
    rows = list(csv.reader(io.StringIO(content.removeprefix(BOM))))
    if not rows or tuple(rows[0]) != HEADER:
        raise ValueError("not a payout batch file: the header differs")
    return [Payout(tracking_id=r[5], sheba=r[1], holder_name=r[3], amount=int(r[2]),
                   description=r[4]) for r in rows[1:]]
