"""Members: enrolment at a terminal (its key), in the club's panel (its staff) or by the person
in the app (their session and a one-time code); bank cards; lookup and search. Thin resolvers
over `models.loyalty.members`, `cards` and `lookup`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError, SignInFailed
from api.ids import parse_id, required_id
from api.loyalty.clubs import READERS, actor
from api.loyalty.types import Member
from api.permissions import ALL_STAFF, MOVERS, requires
from models.errors import NotAllowed, NotFound
from models.identity.callers import CallerKind
from models.loyalty import cards, lookup, members
from models.loyalty.codes import ClubRole
from models.loyalty.members import Enrolment
from models.loyalty.staff_roles import club_for


@strawberry.input(description="Who enrols in a club: the person's mobile, and optionally their "
                              "national ID, name and a bank card.")
class EnrolMemberInput:
    club_id: strawberry.ID
    mobile: str
    national_id: str | None = None
    name: str = ""
    card_number: str | None = strawberry.field(
        default=None, description="A bank card's 16 digits (Luhn-checked); stored only as a "
                                  "keyed hash, its BIN and last four digits.")
    referral_code: str | None = strawberry.field(
        default=None, description="The code of the member who invited the person (a new "
                                  "member only; see referralSettings).")


@strawberry.type
class MemberSuccess:
    member: Member


@strawberry.type
class JoinClubSuccess:
    club_id: strawberry.ID
    member: Member | None = strawberry.field(
        description="Set when the person is a member at once; null while a code is awaited.")
    code_expires_at: datetime | None = strawberry.field(
        description="When the code texted to the person expires (send it back with "
                    "confirmClubMembership).")


MemberResult = Annotated[MemberSuccess | InvalidInput | NotFoundError | ConflictError
                         | NotAllowedError, strawberry.union("MemberResult")]
JoinClubResult = Annotated[JoinClubSuccess | InvalidInput | NotFoundError | ConflictError
                           | NotAllowedError, strawberry.union("JoinClubResult")]
ConfirmClubResult = Annotated[MemberSuccess | InvalidInput | NotFoundError | SignInFailed
                              | ConflictError, strawberry.union("ConfirmClubMembershipResult")]

# Counter work (members and their cards): club staff, and terminals at their merchants' clubs.
COUNTER: dict[str, Any] = {"staff": MOVERS, "partner_staff": ALL_STAFF, "terminal": True}


@strawberry.type
class MemberQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's members in id order; search finds them by mobile "
                                  "number (or its start), national ID, club card number, bank "
                                  "card number, a bank card's last four digits, or name.")
    async def members(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                      search: str | None = None, first: int = 50,
                      after: strawberry.ID | None = None) -> list[Member]:
        try:
            club = await club_for(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        rows = await lookup.search_members(club.id, search, limit=max(1, min(first, 200)),
                                           after_id=parse_id(after, "after"))
        return [Member.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS, customer=True),
                      description="A member of a club in reach (a person: their own); null "
                                  "otherwise.")
    async def member(self, info: strawberry.Info[Context, None],
                     id: strawberry.ID) -> Member | None:
        try:
            row = await members.member_for(actor(info), required_id(id, "id"))
        except NotFound:
            return None
        return Member.from_row(row)

    @strawberry.field(extensions=requires(**COUNTER),
                      description="The club's member a counter names by mobile number, national "
                                  "ID, club card or bank card number; null if none.")
    async def find_member(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                          identifier: str) -> Member | None:
        club = await club_for(actor(info), required_id(club_id, "clubId"), ClubRole.OPERATOR)
        try:
            row = await lookup.find_member(club.id, identifier)
        except NotFound:
            return None
        return Member.from_row(row)

    @strawberry.field(extensions=requires(customer=True),
                      description="The signed-in person's memberships of clubs.")
    async def my_club_memberships(self, info: strawberry.Info[Context, None]) -> list[Member]:
        return [Member.from_row(r) for r in await members.members_of_person(actor(info))]


@strawberry.type
class MemberMutation:
    @strawberry.mutation(extensions=requires(**COUNTER),
                         description="Enrol a person in a club: at a terminal (its merchant's "
                                     "clubs) or in the club's panel. An existing member is "
                                     "answered as it is (the card added). Bad input writes "
                                     "nothing.")
    async def enrol_member(self, info: strawberry.Info[Context, None],
                           input: EnrolMemberInput) -> MemberResult:
        who = actor(info)
        club_id = required_id(input.club_id, "clubId")
        enrolment = Enrolment(mobile=input.mobile, national_id=input.national_id,
                              name=input.name, card_number=input.card_number,
                              referral_code=input.referral_code)
        if who.kind is CallerKind.TERMINAL:
            row = await members.enrol_at_terminal(who, club_id, enrolment)
        else:
            row = await members.enrol_in_panel(who, club_id, enrolment)
        await row.fetch_related("customer__person")
        return MemberSuccess(member=Member.from_row(row))

    @strawberry.mutation(extensions=requires(**COUNTER, customer=True),
                         description="Register a bank card of a member (a person: their own); "
                                     "adding it again returns the member.")
    async def add_member_card(self, info: strawberry.Info[Context, None],
                              member_id: strawberry.ID, card_number: str) -> MemberResult:
        row = await members.member_for(actor(info), required_id(member_id, "memberId"),
                                       ClubRole.OPERATOR)
        await cards.add_card(row.club_id, row.id, card_number)
        return MemberSuccess(member=Member.from_row(row))

    @strawberry.mutation(extensions=requires(**COUNTER, customer=True),
                         description="Remove a member's bank card; safe to repeat.")
    async def remove_member_card(self, info: strawberry.Info[Context, None],
                                 member_id: strawberry.ID,
                                 card_id: strawberry.ID) -> MemberResult:
        row = await members.member_for(actor(info), required_id(member_id, "memberId"),
                                       ClubRole.OPERATOR)
        await cards.remove_card(row.club_id, row.id, required_id(card_id, "cardId"))
        return MemberSuccess(member=Member.from_row(row))

    @strawberry.mutation(extensions=requires(customer=True),
                         description="The signed-in person asks to join a club: a code is "
                                     "texted to them to confirm (unless their membership of "
                                     "the club's owner is confirmed already). A referral code "
                                     "is checked now; give it again with the confirmation.")
    async def request_club_membership(self, info: strawberry.Info[Context, None],
                                      club_id: strawberry.ID,
                                      referral_code: str | None = None) -> JoinClubResult:
        asked = await members.request_to_join(actor(info), required_id(club_id, "clubId"),
                                              info.context.sms, info.context.code_policy,
                                              referral_code)
        member = None
        if asked.member is not None:
            await asked.member.fetch_related("customer__person")
            member = Member.from_row(asked.member)
        return JoinClubSuccess(club_id=strawberry.ID(str(asked.club_id)), member=member,
                               code_expires_at=asked.code_expires_at)

    @strawberry.mutation(extensions=requires(customer=True),
                         description="The person sends back the code texted to them: they are "
                                     "the club's member. Safe to repeat.")
    async def confirm_club_membership(self, info: strawberry.Info[Context, None],
                                      club_id: strawberry.ID,
                                      one_time_code: str,
                                      referral_code: str | None = None) -> ConfirmClubResult:
        row = await members.confirm_join(actor(info), required_id(club_id, "clubId"),
                                         one_time_code, info.context.code_policy, referral_code)
        await row.fetch_related("customer__person")
        return MemberSuccess(member=Member.from_row(row))
