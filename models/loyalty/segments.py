"""A club's segments: saved filters over its members' statistics (`models.loyalty.stats`),
enrolment, tier and group, validated when saved and compiled to one parameterised SQL query.

A definition is a group `{"all": [...]}` or `{"any": [...]}` of clauses and groups (at most
`MAX_DEPTH` deep, `MAX_CLAUSES` clauses); a clause is `{"field": ..., "op": ..., "value": ...}`
over `FIELDS`. Values never enter the SQL text: each is a query parameter, and every field's SQL
is a fixed fragment of this module. The figures are those `stats.member_figures` reads, as of a
moment `at`: the rolling windows sum the day rows in (today - days, today] of the club's calendar,
lifetime figures are the member's lifetime row, and a member without statistics counts as zeros.
A member who never purchased has no last purchase: `days_since_last_purchase` holds for none of
them (`never_purchased` names them). A member without a tier or group is in no `tier` or
`member_group` list (and so in every `not_in`).

An archived segment holds no one. Saving or archiving a segment raises the club's
`rules_revision`: the rules' conditions read segments (`PurchaseFacts.segment_ids`), and
`segments_for_rules` keeps, per club and revision, the segments they reference, so a purchase
asks which of them its member is in with one query."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.callers import Identity
from models.loyalty.clause_trees import check_iso_date, check_tree, is_int
from models.loyalty.codes import ClubRole, RuleStatus
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.segment_tables import Segment, SegmentStatus
from models.loyalty.staff_roles import club_for
from models.loyalty.stats import WINDOWS, MemberFigures, club_day, member_figures
from models.loyalty.tables import Club, Member, Rule, RuleVersion

MAX_DEPTH = 3
MAX_CLAUSES = 50
MAX_VALUES = 500
MAX_COUNT = 10**9  # purchases
MAX_AMOUNT = 10**15  # rials or points
MAX_DAYS = 36_500
MAX_NAME = 200


class InvalidSegment(ValidationFailed):
    """The definition is malformed or out of range; `field` names the bad clause's path."""

    code = LoyaltyErrorCode.INVALID_SEGMENT


@dataclass(frozen=True, slots=True)
class SegmentField:
    """A field a clause may test: its operators and the kind of its values."""

    ops: tuple[str, ...]
    kind: str  # count, amount, days, date, ids, bool


_RANGE = ("gte", "lte", "between")
FIELDS: dict[str, SegmentField] = {
    "days_since_last_purchase": SegmentField(_RANGE, "days"),
    **{f"purchases_{w}": SegmentField(_RANGE, "count") for w in (*WINDOWS, "lifetime")},
    **{f"spend_{w}": SegmentField(_RANGE, "amount") for w in (*WINDOWS, "lifetime")},
    **{f"points_earned_{w}": SegmentField(_RANGE, "amount") for w in (*WINDOWS, "lifetime")},
    "enrolled_days": SegmentField(_RANGE, "days"),
    "enrolled_before": SegmentField(("is",), "date"),  # enrolled before that day
    "enrolled_after": SegmentField(("is",), "date"),  # enrolled after that day
    "tier": SegmentField(("in", "not_in"), "ids"),
    "member_group": SegmentField(("in", "not_in"), "ids"),
    "never_purchased": SegmentField(("is",), "bool"),
}
_UPPER = {"count": MAX_COUNT, "amount": MAX_AMOUNT, "days": MAX_DAYS}


# validation


def check_definition(definition: Any) -> dict[str, Any]:
    """The definition in its normal form, or `InvalidSegment` naming the bad part's path. `{}`
    or None is the segment of every member."""
    tree = {"all": []} if definition is None or definition == {} else definition
    return check_tree(tree, "definition", max_depth=MAX_DEPTH, max_clauses=MAX_CLAUSES,
                      noun="segment", leaf=_check_clause, fail=_fail)


def _fail(path: str, message: str) -> InvalidSegment:
    return InvalidSegment(message=f"{path}: {message}", field=path)


def _check_clause(node: Mapping[str, Any], path: str) -> dict[str, Any]:
    if set(node) != {"field", "op", "value"}:
        raise _fail(path, "a clause has exactly field, op and value")
    name, op, value = node["field"], node["op"], node["value"]
    spec = FIELDS.get(name) if isinstance(name, str) else None
    if spec is None:
        raise _fail(f"{path}.field", f"unknown field {name!r}; one of {', '.join(FIELDS)}")
    if op not in spec.ops:
        raise _fail(f"{path}.op", f"{name} takes {', '.join(spec.ops)}, not {op!r}")
    return {"field": name, "op": op, "value": _check_value(spec, op, value, f"{path}.value")}



def _check_value(spec: SegmentField, op: str, value: Any, path: str) -> Any:
    if spec.kind == "ids":
        if not isinstance(value, list) or not value or len(value) > MAX_VALUES:
            raise _fail(path, f"a list of 1 to {MAX_VALUES} ids")
        if not all(is_int(item) and 0 < item < 2**63 for item in value):
            raise _fail(path, "ids are positive integers")
        return sorted(set(value))
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise _fail(path, "true or false")
        return value
    if spec.kind == "date":
        return _check_date(value, path)
    upper = _UPPER[spec.kind]
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise _fail(path, "[low, high], both included")
        low, high = _check_number(value[0], upper, path), _check_number(value[1], upper, path)
        if low > high:
            raise _fail(path, "low is above high")
        return [low, high]
    return _check_number(value, upper, path)


def _check_number(value: Any, upper: int, path: str) -> int:
    if not is_int(value) or not 0 <= value <= upper:
        raise _fail(path, f"an integer from 0 to {upper}")
    return int(value)


def _check_date(value: Any, path: str) -> str:
    return check_iso_date(value, path, _fail)


# the SQL


@dataclass(slots=True)
class _Query:
    """The parameters of one query as its fragments are written: `$1` is the club; the club's
    day of `at`, its timezone and each clause's values follow as a fragment first needs them
    (asyncpg refuses a parameter the text does not use)."""

    club_id: int
    today: date
    timezone: str
    values: list[Any] = field(default_factory=list)
    windows: bool = False  # whether a fragment reads the windows' subquery
    _named: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.values = [self.club_id]

    def param(self, value: Any, cast: str) -> str:
        self.values.append(value)
        return f"${len(self.values)}::{cast}"

    def day(self) -> str:
        """The club's day of `at`."""
        if "today" not in self._named:
            self._named["today"] = self.param(self.today, "date")
        return self._named["today"]

    def local_day(self, column: str) -> str:
        """The day of the club's calendar a moment column falls on."""
        if "tz" not in self._named:
            self._named["tz"] = self.param(self.timezone, "text")
        return f"(({column}) AT TIME ZONE {self._named['tz']})::date"


def _figure(name: str, query: _Query) -> str:
    """The SQL of a numeric field: a column of the member (`m`), its lifetime row (`s`) or its
    windows (`w`)."""
    if name == "days_since_last_purchase":
        return f"({query.day()} - {query.local_day('s.last_purchase_at')})"
    if name == "enrolled_days":
        return f"({query.day()} - {query.local_day('m.enrolled_at')})"
    measure, _, window = name.rpartition("_")
    if window == "lifetime":
        return f"coalesce(s.{measure}, 0)"
    query.windows = True
    return f"coalesce(w.{measure}_{window}, 0)"


def _sql(node: Mapping[str, Any], query: _Query) -> str:
    if "all" in node or "any" in node:
        combinator = "all" if "all" in node else "any"
        parts = [_sql(child, query) for child in node[combinator]]
        if not parts:
            return "TRUE" if combinator == "all" else "FALSE"
        return "(" + (" AND " if combinator == "all" else " OR ").join(parts) + ")"
    name, op, value = node["field"], node["op"], node["value"]
    spec = FIELDS[name]
    if spec.kind == "ids":
        column = "m.tier_id" if name == "tier" else "m.group_id"
        test = f"coalesce({column} = ANY({query.param(value, 'bigint[]')}), FALSE)"
        return test if op == "in" else f"(NOT {test})"
    if name == "never_purchased":
        return f"(coalesce(s.purchases, 0) {'=' if value else '>'} 0)"
    if spec.kind == "date":
        compare = "<" if name == "enrolled_before" else ">"
        day = query.param(date.fromisoformat(value), "date")
        return f"({query.local_day('m.enrolled_at')} {compare} {day})"
    figure = _figure(name, query)
    if op == "between":
        low, high = query.param(value[0], "bigint"), query.param(value[1], "bigint")
        test = f"{figure} BETWEEN {low} AND {high}"
    else:
        test = f"{figure} {'>=' if op == 'gte' else '<='} {query.param(value, 'bigint')}"
    return f"coalesce({test}, FALSE)"  # no last purchase: NULL, which holds for no one


def _windows_join(query: _Query, member_filter: str) -> str:
    today = query.day()
    sums = ", ".join(
        f"sum({measure}) FILTER (WHERE day > {today} - {days})::bigint AS {measure}_{days}"
        for days in WINDOWS for measure in ("purchases", "spend", "points_earned"))
    return (f" LEFT JOIN (SELECT member_id, {sums} FROM loyalty_member_day_stats "
            f"WHERE club_id = $1 AND day > {today} - {max(WINDOWS)} AND day <= {today}"
            f"{member_filter} GROUP BY member_id) w ON w.member_id = m.id")


def _from(query: _Query, member_filter: str = "") -> str:
    """The members of the club, their lifetime row and (if a fragment read them) windows."""
    text = (" FROM loyalty_member m LEFT JOIN loyalty_member_stats s "
            "ON s.club_id = m.club_id AND s.member_id = m.id")
    if query.windows:
        text += _windows_join(query, member_filter)
    return text + " WHERE m.club_id = $1"


async def _rows(sql: str, values: list[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(
        sql, values)
    return rows


def _query(club: Club, at: datetime) -> _Query:
    return _Query(club.id, club_day(club, at), club.timezone)


# reading segments


async def _club(club_id: int) -> Club:
    club = await Club.get_or_none(id=club_id)
    if club is None:
        raise NotFound(LoyaltyErrorCode.CLUB_NOT_FOUND, f"no club {club_id}", field="clubId")
    return club


async def get_segment(club_id: int, segment_id: int) -> Segment:
    segment = await Segment.get_or_none(club_id=club_id, id=segment_id)
    if segment is None:
        raise NotFound(LoyaltyErrorCode.SEGMENT_NOT_FOUND, f"no segment {segment_id}",
                       field="segmentId")
    return segment


def _definition(segment: Segment) -> dict[str, Any]:
    """What a stored segment holds: nobody once archived."""
    if segment.status != SegmentStatus.ACTIVE:
        return {"any": []}
    return check_definition(segment.definition)


async def segment_member_ids(club_id: int, segment_id: int, at: datetime, *,
                             after: int | None = None, first: int | None = None) -> list[int]:
    """The ids of the segment's members as of `at`, ascending; `after` and `first` page them
    (keyset: the ids above `after`, at most `first`)."""
    club = await _club(club_id)
    segment = await get_segment(club_id, segment_id)
    return await definition_member_ids(club, _definition(segment), at, after=after, first=first)


async def definition_member_ids(club: Club, definition: Mapping[str, Any], at: datetime, *,
                                after: int | None = None,
                                first: int | None = None) -> list[int]:
    """The ids of the club's members a checked definition holds for as of `at`, ascending."""
    query = _query(club, at)
    where = _sql(definition, query)
    sql = "SELECT m.id" + _from(query) + f" AND {where}"
    if after is not None:
        sql += f" AND m.id > {query.param(after, 'bigint')}"
    sql += " ORDER BY m.id"
    if first is not None:
        sql += f" LIMIT {query.param(first, 'bigint')}"
    return [int(row["id"]) for row in await _rows(sql, query.values)]


@dataclass(frozen=True, slots=True)
class SegmentSize:
    """How many members a segment holds, and how many of them purchased in the last 30 days."""

    segment_id: int
    members: int
    active: int


async def segment_sizes(club: Club, segments: Sequence[Segment],
                        at: datetime) -> dict[int, SegmentSize]:
    """Each segment's size as of `at`, all counted in one query."""
    if not segments:
        return {}
    query = _query(club, at)
    query.windows = True  # the active members read the 30-day window
    counts = []
    for index, segment in enumerate(segments):
        where = _sql(_definition(segment), query)
        counts.append(f"count(*) FILTER (WHERE {where}) AS n{index}, count(*) FILTER "
                      f"(WHERE {where} AND coalesce(w.purchases_30, 0) > 0) AS a{index}")
    row = (await _rows("SELECT " + ", ".join(counts) + _from(query), query.values))[0]
    return {segment.id: SegmentSize(segment.id, int(row[f"n{index}"]), int(row[f"a{index}"]))
            for index, segment in enumerate(segments)}


async def segment_size(club_id: int, segment_id: int, at: datetime) -> int:
    """How many members the segment holds as of `at`."""
    club = await _club(club_id)
    segment = await get_segment(club_id, segment_id)
    return (await segment_sizes(club, [segment], at))[segment.id].members


async def _member_in(club: Club, member_id: int, definitions: Mapping[int, dict[str, Any]],
                     at: datetime) -> frozenset[int]:
    """Which of the definitions (by segment id) hold for the member, in one query."""
    if not definitions:
        return frozenset()
    query = _query(club, at)
    tests = [f"{_sql(definition, query)} AS s{segment_id}"
             for segment_id, definition in definitions.items()]
    member = query.param(member_id, "bigint")
    sql = ("SELECT " + ", ".join(tests) + _from(query, f" AND member_id = {member}")
           + f" AND m.id = {member}")
    rows = await _rows(sql, query.values)
    if not rows:
        return frozenset()
    return frozenset(segment_id for segment_id in definitions if rows[0][f"s{segment_id}"])


async def member_segments(club: Club, member_id: int, segment_ids: Sequence[int],
                          at: datetime) -> frozenset[int]:
    """Which of the club's segments (among `segment_ids`) the member is in as of `at`; another
    club's segment, an unknown or an archived one holds no one."""
    segments = await Segment.filter(club_id=club.id, id__in=list(segment_ids),
                                    status=SegmentStatus.ACTIVE)
    return await _member_in(club, member_id,
                            {segment.id: _definition(segment) for segment in segments}, at)


# the segments the rules read


@dataclass(frozen=True, slots=True)
class _RuleSegments:
    revision: int
    club_created_at: datetime
    definitions: dict[int, dict[str, Any]]


_RULE_SEGMENTS: dict[int, _RuleSegments] = {}


def referenced_segments(condition: Mapping[str, Any]) -> set[int]:
    """The segment ids a rule's condition names (in any of its clauses)."""
    found: set[int] = set()
    for key in ("all", "any"):
        for child in condition.get(key, ()):
            found |= referenced_segments(child)
    if condition.get("field") == "segment":
        found |= set(condition["value"])
    return found


async def _load_rule_segments(club: Club) -> _RuleSegments:
    active = dict(await Rule.filter(club_id=club.id, status=RuleStatus.ACTIVE).values_list(
        "id", "version"))
    referenced: set[int] = set()
    if active:
        versions = await RuleVersion.filter(club_id=club.id, rule_id__in=list(active)).values_list(
            "rule_id", "version", "condition")
        for rule_id, version, condition in versions:
            if active[rule_id] == version:
                referenced |= referenced_segments(condition or {})
    definitions: dict[int, dict[str, Any]] = {}
    if referenced:
        for segment in await Segment.filter(club_id=club.id, id__in=sorted(referenced),
                                            status=SegmentStatus.ACTIVE):
            definitions[segment.id] = _definition(segment)
    return _RuleSegments(club.rules_revision, club.created_at, definitions)


async def segments_for_rules(club: Club, member: Member, at: datetime) -> frozenset[int]:
    """The segments the club's active rules name that the member is in as of `at`: one query
    (none when no rule names a segment), the referenced segments known by the club's
    `rules_revision` as `club` was read."""
    cached = _RULE_SEGMENTS.get(club.id)
    if (cached is None or cached.revision != club.rules_revision
            or cached.club_created_at != club.created_at):
        cached = await _load_rule_segments(club)
        _RULE_SEGMENTS[club.id] = cached
    return await _member_in(club, member.id, cached.definitions, at)


def forget_rule_segments() -> None:
    """Drops every club's cached rule segments."""
    _RULE_SEGMENTS.clear()


# the figures in Python (what the SQL must agree with; the admin's member page shows them)


@dataclass(frozen=True, slots=True)
class MemberProfile:
    """What a segment reads of a member besides the figures."""

    enrolled_at: datetime
    tier_id: int | None
    group_id: int | None


def figure_values(club: Club, figures: MemberFigures, profile: MemberProfile,
                  at: datetime) -> dict[str, int | None]:
    """Every numeric field's value for a member as of `at` (None: no last purchase)."""
    today = club_day(club, at)
    values: dict[str, int | None] = {
        "days_since_last_purchase": (None if figures.last_purchase_at is None else
                                     (today - club_day(club, figures.last_purchase_at)).days),
        "enrolled_days": (today - club_day(club, profile.enrolled_at)).days,
    }
    for window in figures.windows:
        suffix = "lifetime" if window.days is None else str(window.days)
        values[f"purchases_{suffix}"] = window.purchases
        values[f"spend_{suffix}"] = window.spend
        values[f"points_earned_{suffix}"] = window.points_earned
    return values


def holds(definition: Mapping[str, Any], club: Club, figures: MemberFigures,
          profile: MemberProfile, at: datetime) -> bool:
    """Whether a checked definition holds for a member, read from the figures in Python."""
    if "all" in definition:
        return all(holds(child, club, figures, profile, at) for child in definition["all"])
    if "any" in definition:
        return any(holds(child, club, figures, profile, at) for child in definition["any"])
    name, op, value = definition["field"], definition["op"], definition["value"]
    if name in ("tier", "member_group"):
        own = profile.tier_id if name == "tier" else profile.group_id
        return bool((own in value) == (op == "in"))
    if name == "never_purchased":
        return bool((figures.window(None).purchases == 0) == value)
    if name in ("enrolled_before", "enrolled_after"):
        enrolled, day = club_day(club, profile.enrolled_at), date.fromisoformat(value)
        return enrolled < day if name == "enrolled_before" else enrolled > day
    figure = figure_values(club, figures, profile, at)[name]
    if figure is None:
        return False
    if op == "between":
        return bool(value[0] <= figure <= value[1])
    return bool(figure >= value if op == "gte" else figure <= value)


# saving segments


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise ValidationFailed(LoyaltyErrorCode.INVALID_NAME,
                               f"a name of 1 to {MAX_NAME} characters", field="name")
    return name


async def _raise_revision(club_id: int) -> None:
    """A segment's change reaches the rules' cache (`segments_for_rules`) with the revision."""
    await Club.filter(id=club_id).update(rules_revision=F("rules_revision") + 1)


async def create_segment(club: Club, name: str, definition: Any) -> Segment:
    """A new active segment of the club."""
    checked = check_definition(definition)
    name = _check_name(name)
    try:
        async with in_transaction():
            segment = await Segment.create(club_id=club.id, name=name, definition=checked)
            await _raise_revision(club.id)
    except IntegrityError:
        raise Conflict(LoyaltyErrorCode.SEGMENT_EXISTS, "the club has a segment of this name",
                       field="name") from None
    return segment


async def update_segment(club: Club, segment_id: int, *, name: str | None = None,
                         definition: Any = None) -> Segment:
    """A segment renamed or redefined (None: unchanged); an archived one is not changed."""
    checked = check_definition(definition) if definition is not None else None
    new_name = _check_name(name) if name is not None else None
    try:
        async with in_transaction():
            segment = await Segment.filter(club_id=club.id, id=segment_id).select_for_update(
            ).first()
            if segment is None:
                raise NotFound(LoyaltyErrorCode.SEGMENT_NOT_FOUND, f"no segment {segment_id}",
                               field="segmentId")
            if segment.status != SegmentStatus.ACTIVE:
                raise Conflict(LoyaltyErrorCode.SEGMENT_ARCHIVED, "the segment is archived",
                               field="segmentId")
            if new_name is not None:
                segment.name = new_name
            if checked is not None:
                segment.definition = checked
            await segment.save(update_fields=["name", "definition", "updated_at"])
            await _raise_revision(club.id)
    except IntegrityError:
        raise Conflict(LoyaltyErrorCode.SEGMENT_EXISTS, "the club has a segment of this name",
                       field="name") from None
    return segment


async def archive_segment(club: Club, segment_id: int) -> Segment:
    """The segment archived (it holds no one from now on); archiving twice changes nothing."""
    async with in_transaction():
        segment = await Segment.filter(club_id=club.id, id=segment_id).select_for_update().first()
        if segment is None:
            raise NotFound(LoyaltyErrorCode.SEGMENT_NOT_FOUND, f"no segment {segment_id}",
                           field="segmentId")
        if segment.status != SegmentStatus.ARCHIVED:
            segment.status = SegmentStatus.ARCHIVED
            await segment.save(update_fields=["status", "updated_at"])
            await _raise_revision(club.id)
    return segment


# what a caller reaches (`staff_roles`): the club's viewers read, its managers and owners write;
# a segment out of reach does not exist for the caller


async def _reached_segment(identity: Identity | None, segment_id: int,
                           need: ClubRole) -> tuple[Club, Segment]:
    segment = await Segment.get_or_none(id=segment_id)
    absent = NotFound(LoyaltyErrorCode.SEGMENT_NOT_FOUND, f"no segment {segment_id}",
                      field="id")
    if segment is None:
        raise absent
    try:
        club = await club_for(identity, segment.club_id, need)
    except NotFound:
        raise absent from None
    return club, segment


async def segments_as(identity: Identity | None, club_id: int,
                      status: SegmentStatus | None = None) -> tuple[Club, list[Segment]]:
    """A club's segments, by name."""
    club = await club_for(identity, club_id)
    query = Segment.filter(club_id=club.id)
    if status is not None:
        query = query.filter(status=status)
    return club, await query.order_by("name", "id")


async def segment_as(identity: Identity | None, segment_id: int) -> tuple[Club, Segment]:
    return await _reached_segment(identity, segment_id, ClubRole.VIEWER)


async def create_segment_as(identity: Identity | None, club_id: int, name: str,
                            definition: Any) -> Segment:
    return await create_segment(await club_for(identity, club_id, ClubRole.MANAGER), name,
                                definition)


async def update_segment_as(identity: Identity | None, segment_id: int, *,
                            name: str | None = None, definition: Any = None) -> Segment:
    club, _ = await _reached_segment(identity, segment_id, ClubRole.MANAGER)
    return await update_segment(club, segment_id, name=name, definition=definition)


async def archive_segment_as(identity: Identity | None, segment_id: int) -> Segment:
    club, _ = await _reached_segment(identity, segment_id, ClubRole.MANAGER)
    return await archive_segment(club, segment_id)


async def active_segment_sizes(club: Club, at: datetime) -> list[tuple[Segment, SegmentSize]]:
    """The club's active segments with their sizes (the club's dashboard)."""
    found = await Segment.filter(club_id=club.id, status=SegmentStatus.ACTIVE).order_by(
        "name", "id")
    sizes = await segment_sizes(club, found, at)
    return [(segment, sizes[segment.id]) for segment in found]


@dataclass(frozen=True, slots=True)
class MemberStanding:
    """What the admin's member page shows of a member's statistics."""

    club: Club
    member: Member
    figures: MemberFigures
    days_since_last_purchase: int | None
    segment_ids: frozenset[int]  # the club's active segments the member is in


async def member_standing(club: Club, member: Member, at: datetime) -> MemberStanding:
    figures = await member_figures(club, member.id, at)
    active = await Segment.filter(club_id=club.id, status=SegmentStatus.ACTIVE)
    inside = await _member_in(club, member.id,
                              {segment.id: _definition(segment) for segment in active}, at)
    profile = MemberProfile(member.enrolled_at, member.tier_id, member.group_id)
    days = figure_values(club, figures, profile, at)["days_since_last_purchase"]
    return MemberStanding(club, member, figures, days, inside)
