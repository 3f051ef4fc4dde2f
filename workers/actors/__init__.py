"""Every actor module; importing this package declares all of Etebar's actors."""

from workers.actors import cashouts, ledger, webhooks

__all__ = ["cashouts", "ledger", "webhooks"]
