"""Every actor module; importing this package declares all of Etebar's actors."""

from workers.actors import (
    billing,
    cashouts,
    events,
    ledger,
    mail,
    topupandpay,
    topups,
    wallet,
    webhooks,
)

__all__ = ["billing", "cashouts", "events", "ledger", "mail", "topupandpay", "topups", "wallet",
           "webhooks"]
