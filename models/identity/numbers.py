"""Iranian identifiers: national ID (کد ملی), company national ID (شناسه ملی) and Sheba (IBAN).

Each check normalises first (Persian and Arabic digits, spaces, dashes, lower case) and raises a
`ValidationFailed` with its own code: `invalid_national_id`, `invalid_company_id`,
`invalid_sheba`. No maintained PyPI package covers the Iranian national and company ids, and the
IBAN rule for Iran (IR + 24 digits, ISO 13616 mod 97) is a few lines, so they live here.
"""

from __future__ import annotations

from models.errors import ValidationFailed
from models.identity.errors import IdentityErrorCode

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def western_digits(text: str) -> str:
    """`text` with its Persian and Arabic-Indic digits written as 0-9."""
    return text.translate(_DIGITS)

_SEPARATORS = " -_.\t\u200c\u200f\u200e\u00a0"
_COMPANY_WEIGHTS = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)


def _clean(value: str) -> str:
    text = western_digits(value)
    for mark in _SEPARATORS:
        text = text.replace(mark, "")
    return text.upper()


def _ascii_digits(text: str, length: int) -> bool:
    return len(text) == length and text.isascii() and text.isdigit()


def national_id_check_digit(first_nine: str) -> int:
    """The check digit an individual's national ID ends with, from its first nine digits."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(first_nine))
    rest = total % 11
    return rest if rest < 2 else 11 - rest


def normalise_national_id(value: str) -> str:
    """An individual's 10-digit national ID, checksum validated; all-same-digit ids refused."""
    text = _clean(value)
    if (not _ascii_digits(text, 10) or len(set(text)) == 1
            or national_id_check_digit(text[:9]) != int(text[9])):
        raise ValidationFailed(IdentityErrorCode.INVALID_NATIONAL_ID,
                               "a valid 10-digit national ID is required",
                               field="nationalId")
    return text


def company_id_check_digit(first_ten: str) -> int:
    """The check digit a legal person's national ID ends with, from its first ten digits."""
    step = int(first_ten[9]) + 2
    total = sum((int(d) + step) * w for d, w in zip(first_ten, _COMPANY_WEIGHTS, strict=True))
    rest = total % 11
    return 0 if rest == 10 else rest


def normalise_company_id(value: str) -> str:
    """A legal person's 11-digit national ID (شناسه ملی), checksum validated."""
    text = _clean(value)
    if (not _ascii_digits(text, 11) or int(text[3:9]) == 0
            or company_id_check_digit(text[:10]) != int(text[10])):
        raise ValidationFailed(IdentityErrorCode.INVALID_COMPANY_ID,
                               "a valid 11-digit company national ID is "
                               "required", field="nationalId")
    return text


def _mod97(text: str) -> int:
    rearranged = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97


def sheba_check_digits(bban: str) -> str:
    """The two check digits of the Iranian IBAN with this 22-digit basic account number."""
    return f"{98 - _mod97('IR00' + bban):02d}"


def normalise_sheba(value: str) -> str:
    """A Sheba number as IR + 24 digits, checked with ISO 13616's mod 97."""
    text = _clean(value)
    if not (text.startswith("IR") and _ascii_digits(text[2:], 24)) or _mod97(text) != 1:
        raise ValidationFailed(IdentityErrorCode.INVALID_SHEBA,
                               "a valid Sheba number (IR and 24 digits) is "
                               "required", field="sheba")
    return text


def normalise_email(value: str) -> str:
    text = value.strip()
    local, _, domain = text.rpartition("@")
    if (len(text) > 254 or not local or "." not in domain or domain.startswith(".")
            or domain.endswith(".") or any(c.isspace() for c in text)):
        raise ValidationFailed(IdentityErrorCode.INVALID_EMAIL,
                               "an email address is required", field="email")
    return local + "@" + domain.lower()
