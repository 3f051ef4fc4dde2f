"""Expiry notices: members are told by SMS, `days` ahead, that credit of theirs in a club expires
(each loyalty lot with an expiry and something left in it). Once per lot: the notice's row
(unique per club and lot) is written before the message is sent, so a rerun, or two runs at
once, tell nobody twice (a crash between the two loses that notice rather than repeating it)."""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError

from models.clock import now_or
from models.i18n import formatting
from models.identity.tables import Customer
from models.ledger.tables import Account
from models.lots.lots import available
from models.lots.tables import Lot
from models.loyalty.codes import MessageOutcome
from models.loyalty.events_tables import ExpiryNotice
from models.loyalty.expiry import MEMBER_HOLDERS
from models.loyalty.legs import CREDIT_LOT_KINDS
from models.loyalty.tables import Club, Member
from models.notify.sms import SmsNotSent, SmsSender


def notice_text(language: str, *, name: str, club: str, amount: int, expires_at: datetime) -> str:
    """The notice in the member's language: how much, where, until when (Jalali in Persian)."""
    money = formatting.rials(amount, language)
    when = formatting.day(expires_at, language)
    if language == "en":
        return f"Dear {name}, {money} of your credit at {club} expires on {when}."
    return f"{name} عزیز، {money} از اعتبار شما در {club} در {when} منقضی می‌شود."


async def tell_expiring(sms: SmsSender, *, days: int, now: datetime | None = None,
                        limit: int = 500) -> int:
    """Tell the holders of credit lots expiring within `days` that were not told yet; answers
    how many were told (sent or failed)."""
    at = now_or(now)
    lots = await Lot.filter(club_id__isnull=False, holder__startswith=MEMBER_HOLDERS,
                            kind__in=list(CREDIT_LOT_KINDS), expired_at=None, expires_at__gt=at,
                            expires_at__lte=at + timedelta(days=days)) \
        .order_by("expires_at", "id").limit(limit)
    told = {(int(row["club_id"]), int(row["lot_id"])) for row in await ExpiryNotice.filter(
        lot_id__in=[lot.id for lot in lots]).values("club_id", "lot_id")}
    count = 0
    for lot in lots:
        assert lot.club_id is not None and lot.expires_at is not None  # filtered above
        if (lot.club_id, lot.id) in told:
            continue
        amount = available(await Account.get(id=lot.account_id))
        if amount <= 0:
            continue
        if await _tell(lot, lot.club_id, lot.expires_at, amount, sms):
            count += 1
    return count


async def _tell(lot: Lot, club_id: int, expires_at: datetime, amount: int,
                sms: SmsSender) -> bool:
    member_id = int(lot.holder.removeprefix(MEMBER_HOLDERS))
    member = await Member.get(club_id=club_id, id=member_id)
    customer = await Customer.get(id=member.customer_id).prefetch_related("person")
    club = await Club.get(id=club_id)
    try:
        notice = await ExpiryNotice.create(club_id=club_id, member_id=member_id, lot_id=lot.id,
                                           amount=amount, expires_at=expires_at)
    except IntegrityError:  # told by a concurrent run
        return False
    text = notice_text(str(customer.language), name=customer.name.strip(), club=club.name,
                       amount=amount, expires_at=expires_at)
    try:
        await sms.send(customer.person.mobile, text, local_id=notice.id)
    except SmsNotSent:
        notice.outcome = MessageOutcome.FAILED
    else:
        notice.outcome = MessageOutcome.SENT
    await notice.save(update_fields=["outcome"])
    return True
