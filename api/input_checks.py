"""Every string and every JSON metadata value a caller sends is checked here, once, at the edge.

A string is checked by the kind of field it fills (`FIELD_KINDS`, by GraphQL name, declared once
for the whole schema; a name not listed is free text). Every kind refuses what PostgreSQL cannot
store or what would be read differently than written: the NUL character and lone surrogates
(`invalid_string`), and more characters than the kind allows (`too_long`). Names refuse control
characters, bidirectional controls and zero-width characters too, so that a name cannot display
as another (the zero-width non-joiner stays allowed: Persian spelling needs it).

JSON metadata is checked for the same characters in its keys and strings, and against the
`metadata_max_*` settings: bytes as stored, keys at every level, and depth.

The checks run as a field extension on every field that takes arguments, after the field's access
rule and before its resolver: a refusal is the mutation's `InvalidInput` arm where its result
union has one (a top-level error with `extensions.code` elsewhere), and nothing is written. No
message repeats the input: it names the field and says what is wrong.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

import strawberry
from strawberry.extensions.field_extension import FieldExtension
from strawberry.types.base import (
    StrawberryContainer,
    StrawberryObjectDefinition,
    get_object_definition,
)
from strawberry.types.lazy_type import LazyType
from strawberry.types.union import StrawberryUnion
from strawberry.types.unset import UNSET
from strawberry.utils.str_converters import to_camel_case

from models.errors import CommonErrorCode, ValidationFailed
from models.platform.settings import ApiSettings, Settings, get_settings


@dataclass(frozen=True)
class StringKind:
    name: str
    max_length: int
    plain: bool = False  # a name: no control, bidirectional or zero-width characters


NAME = StringKind("name", 200, plain=True)
EMAIL = StringKind("email", 254)
CODE = StringKind("code", 64)  # codes, ledgers, mobiles, national ids, IBANs, one-time codes
KEY = StringKind("key", 128)  # idempotency keys (a namespace prefix must still fit in 200)
REFERENCE = StringKind("reference", 128)  # external ids, owners, reference ids, cursors
TEXT = StringKind("text", 2000)  # reasons, searches, and any field not listed below
URL = StringKind("url", 2000)
SECRET = StringKind("secret", 1024)  # passwords: long enough for any passphrase
# A receipt's base64; the decoded bytes are limited by `deposit_receipt_max_bytes`.
RECEIPT = StringKind("receipt", 16 * 1024 * 1024)

# Strings inside metadata: their length counts in the metadata's bytes (`metadata_too_large`).
_METADATA_TEXT = StringKind("metadata", 2**62)

FIELD_KINDS: dict[str, StringKind] = {
    "name": NAME, "holderName": NAME, "nameEn": NAME, "nameFa": NAME,
    "email": EMAIL,
    "code": CODE, "ledger": CODE, "referenceType": CODE, "contentType": CODE, "mobile": CODE,
    "nationalId": CODE, "sheba": CODE, "oneTimeCode": CODE, "trackingNumber": CODE,
    "scopes": CODE, "operation": CODE, "result": CODE, "actor": CODE,
    "idempotencyKey": KEY, "key": KEY,
    "referenceId": REFERENCE, "externalId": REFERENCE, "owner": REFERENCE, "after": REFERENCE,
    "url": URL,
    "password": SECRET,
    "base64": RECEIPT,
}

# Control characters except tab and line breaks, in every kind: none has a use in a value.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# In names: C1 controls; bidirectional marks, embeddings, overrides and isolates; zero-width
# space and joiner, word joiner, BOM, Mongolian vowel separator. U+200C (ZWNJ) is not here.
_NOT_IN_NAMES = re.compile(
    "[\t\n\r\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b\u200d\u2060\ufeff\u180e]")


def check_string(value: str, field: str, kind: StringKind) -> None:
    """Refuse `value` for `field` (`invalid_string`, `too_long`), never quoting it."""
    if len(value) > kind.max_length:
        raise ValidationFailed(CommonErrorCode.TOO_LONG,
                               f"{field} is longer than {kind.max_length} "
                                           f"characters ({len(value)})", field=field)
    if "\x00" in value:
        raise ValidationFailed(CommonErrorCode.INVALID_STRING, f"{field} contains a NUL character",
                               field=field)
    if _SURROGATE.search(value):
        raise ValidationFailed(CommonErrorCode.INVALID_STRING,
                               f"{field} contains a lone surrogate (not "
                                                 "Unicode text)", field=field)
    if found := _CONTROL.search(value):
        raise ValidationFailed(CommonErrorCode.INVALID_STRING,
                               f"{field} contains a control character "
                                                 f"(U+{ord(found.group()):04X})", field=field)
    if kind.plain and (found := _NOT_IN_NAMES.search(value)):
        raise ValidationFailed(CommonErrorCode.INVALID_STRING,
                               f"{field} contains an invisible or direction "
                                                 f"control character (U+{ord(found.group()):04X})"
                                                 " not allowed in a name", field=field)


@dataclass(frozen=True)
class MetadataLimits:
    max_bytes: int
    max_keys: int
    max_depth: int

    @classmethod
    def from_settings(cls, settings: ApiSettings) -> MetadataLimits:
        return cls(max_bytes=settings.metadata_max_bytes, max_keys=settings.metadata_max_keys,
                   max_depth=settings.metadata_max_depth)


def check_metadata(value: Any, field: str, limits: MetadataLimits) -> None:
    """Refuse metadata deeper, with more keys or larger than `limits`, or holding a string
    PostgreSQL cannot store. Walked without recursion, so no depth can break the walk."""
    keys = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list) and depth + 1 > limits.max_depth:
            raise ValidationFailed(CommonErrorCode.METADATA_TOO_DEEP, f"{field} nests deeper than "
                                                        f"{limits.max_depth} levels", field=field)
        if isinstance(item, dict):
            keys += len(item)
            if keys > limits.max_keys:
                raise ValidationFailed(CommonErrorCode.METADATA_TOO_MANY_KEYS,
                                       f"{field} has more than "
                                                                 f"{limits.max_keys} keys",
                                       field=field)
            for key, child in item.items():
                check_string(str(key), field, _METADATA_TEXT)
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            check_string(item, field, _METADATA_TEXT)
        elif isinstance(item, float) and not math.isfinite(item):
            # Python's JSON reads NaN and Infinity; PostgreSQL's jsonb refuses them.
            raise ValidationFailed(CommonErrorCode.INVALID_METADATA,
                                   f"{field} holds a number that is not "
                                                       "finite", field=field)
    size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
    if size > limits.max_bytes:
        raise ValidationFailed(CommonErrorCode.METADATA_TOO_LARGE, f"{field} is larger than "
                                                     f"{limits.max_bytes} bytes ({size})",
                               field=field)


def _check(value: Any, name: str, limits: MetadataLimits) -> None:
    if value is None or value is UNSET or isinstance(value, bool | int | float | Enum):
        return
    if isinstance(value, str):
        check_string(value, name, FIELD_KINDS.get(name, TEXT))
    elif isinstance(value, list | tuple):
        for item in value:
            _check(item, name, limits)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _check(getattr(value, field.name), to_camel_case(field.name), limits)
    elif isinstance(value, dict):
        check_metadata(value, name, limits)


def check_arguments(arguments: dict[str, Any], settings: ApiSettings) -> None:
    limits = MetadataLimits.from_settings(settings)
    for name, value in arguments.items():
        _check(value, to_camel_case(name), limits)


def _settings(info: strawberry.Info) -> ApiSettings:
    settings: Settings = getattr(info.context, "settings", None) or get_settings()
    return settings.api


class CheckInput(FieldExtension):
    """Runs `check_arguments` on a field's converted arguments before its resolver."""

    def resolve(self, next_: Callable[..., Any], source: Any, info: strawberry.Info,
                **kwargs: Any) -> Any:
        check_arguments(kwargs, _settings(info))
        return next_(source, info, **kwargs)

    async def resolve_async(self, next_: Callable[..., Awaitable[Any]], source: Any,
                            info: strawberry.Info, **kwargs: Any) -> Any:
        check_arguments(kwargs, _settings(info))
        return await next_(source, info, **kwargs)


def _object_types(annotation: Any) -> Iterator[StrawberryObjectDefinition]:
    if isinstance(annotation, LazyType):
        annotation = annotation.resolve_type()
    if isinstance(annotation, StrawberryContainer):
        yield from _object_types(annotation.of_type)
    elif isinstance(annotation, StrawberryUnion):
        for member in annotation.types:
            yield from _object_types(member)
    elif (definition := get_object_definition(annotation)) is not None:
        yield definition


def check_every_argument(*roots: type) -> None:
    """Put `CheckInput` on every field that takes arguments, in every object type reachable
    from `roots`, innermost (after the access rule); once, however often the schema is built."""
    seen: set[str] = set()
    pending = [get_object_definition(root, strict=True) for root in roots]
    while pending:
        definition = pending.pop()
        if definition.name in seen:
            continue
        seen.add(definition.name)
        for field in definition.fields:
            if field.arguments and not any(isinstance(e, CheckInput) for e in field.extensions):
                field.extensions.insert(0, CheckInput())
            pending.extend(_object_types(field.type))
