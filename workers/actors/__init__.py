"""Every actor module; importing this package declares all of Etebar's actors."""

from workers.actors import ledger, mail, topups, wallet, webhooks

__all__ = ["ledger", "mail", "topups", "wallet", "webhooks"]
