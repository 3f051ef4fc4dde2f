"""Every actor module; importing this package declares all of Etebar's actors."""

from workers.actors import ledger, wallet, webhooks

__all__ = ["ledger", "wallet", "webhooks"]
