"""How a settlement file reaches its PSP: the adapter's protocol and its answer. The composition
root chooses the adapter (`etebar/services.py`, by `settings.loyalty.settlement_adapter`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from models.loyalty.psp.formats import SplitFile


@dataclass(frozen=True, slots=True)
class PspAnswer:
    """The PSP's answer to a file: accepted or not, its own code and words, and its raw reply
    (kept on the batch). `waiting`: no answer yet (a file uploaded by hand)."""

    accepted: bool
    code: str
    message: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    waiting: bool = False


class SettlementAdapter(Protocol):
    async def send(self, file: SplitFile) -> PspAnswer:
        """Submit `file`; a file the PSP has taken before (same reference) answers as then.
        Raises only for a failure to reach the PSP (the batch is sent again on the next run)."""
        ...


class ManualAdapter:
    """No PSP API: the file waits, `sent`, for staff to download and upload it in the PSP's
    panel."""

    async def send(self, file: SplitFile) -> PspAnswer:
        return PspAnswer(accepted=False, code="manual", message="waiting for an upload",
                         waiting=True)
