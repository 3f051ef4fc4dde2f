"""The one list of domains: the composition root (`etebar.domains.compose`, used by the server,
the workers, the scheduler, the database set-up and the command line) iterates it, and nothing
else names a domain's parts. Adding a domain: its own packages, its manifest beside these, and
one line here.

The order is the order of the schema's root fields (`schema.graphql`), of the scheduler's jobs,
of the model modules and of the demo steps."""

from __future__ import annotations

from etebar.domains import (
    audit,
    billing,
    cashouts,
    deposits,
    events,
    identity,
    ledger,
    lots,
    loyalty,
    notify,
    topupandpay,
    topups,
    wallet,
)
from etebar.domains.base import Domain

DOMAINS: tuple[Domain, ...] = (
    identity.DOMAIN,
    ledger.DOMAIN,
    lots.DOMAIN,
    audit.DOMAIN,
    events.DOMAIN,
    deposits.DOMAIN,
    topups.DOMAIN,
    notify.DOMAIN,
    wallet.DOMAIN,
    billing.DOMAIN,
    cashouts.DOMAIN,
    topupandpay.DOMAIN,
    loyalty.DOMAIN,
)

__all__ = ["DOMAINS", "Domain"]
