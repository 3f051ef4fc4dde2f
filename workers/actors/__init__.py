"""Every actor module; importing this package declares all of Etebar's actors."""

from workers.actors import ledger, topups, webhooks

__all__ = ["ledger", "topups", "webhooks"]
