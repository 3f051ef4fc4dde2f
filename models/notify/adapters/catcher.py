"""The local SMS catcher for development and tests: texts go to a table instead of a phone."""

from __future__ import annotations

from models.notify.tables import CaughtSms


class SmsCatcher:
    async def send(self, mobile: str, text: str, *, local_id: int | None = None) -> None:
        await CaughtSms.create(mobile=mobile, text=text)

    async def send_code(self, mobile: str, code: str, text: str, *,
                        local_id: int | None = None) -> None:
        await self.send(mobile, text, local_id=local_id)


async def caught(*, limit: int, before_id: int | None = None,
                 mobile: str | None = None) -> list[CaughtSms]:
    """What the catcher holds, newest first."""
    query = CaughtSms.all()
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    if mobile is not None:
        query = query.filter(mobile=mobile)
    return await query.order_by("-id").limit(limit)
