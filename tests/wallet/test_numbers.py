"""Iranian national IDs, company IDs and Sheba numbers: valid ones computed from the algorithm."""

import pytest

from models.errors import ValidationFailed
from models.identity.numbers import (
    company_id_check_digit,
    national_id_check_digit,
    normalise_company_id,
    normalise_email,
    normalise_national_id,
    normalise_sheba,
    sheba_check_digits,
)


def _national_id(first_nine: str) -> str:
    return first_nine + str(national_id_check_digit(first_nine))


def _company_id(first_ten: str) -> str:
    return first_ten + str(company_id_check_digit(first_ten))


def _sheba(bban: str) -> str:
    return "IR" + sheba_check_digits(bban) + bban


@pytest.mark.parametrize("first_nine", ["001234567", "123456789", "008405270", "444333222"])
def test_a_national_id_with_its_check_digit_is_accepted(first_nine):
    assert normalise_national_id(_national_id(first_nine)) == _national_id(first_nine)


def test_a_known_real_format_national_id_is_accepted():
    assert normalise_national_id("0499370899") == "0499370899"


def test_a_national_id_in_persian_digits_with_spaces_is_normalised():
    valid = _national_id("001234567")
    persian = valid.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert normalise_national_id(f" {persian[:3]}-{persian[3:]} ") == valid


def test_a_national_id_with_a_wrong_check_digit_is_refused():
    valid = _national_id("001234567")
    wrong = valid[:9] + str((int(valid[9]) + 1) % 10)
    with pytest.raises(ValidationFailed) as refused:
        normalise_national_id(wrong)
    assert refused.value.code == "invalid_national_id"


@pytest.mark.parametrize("digit", "0123456789")
def test_an_all_same_digit_national_id_is_refused(digit):
    with pytest.raises(ValidationFailed) as refused:
        normalise_national_id(digit * 10)
    assert refused.value.code == "invalid_national_id"


@pytest.mark.parametrize("value", ["", "123", "12345678901", "12345678a9", "١٢٣"])
def test_a_national_id_of_the_wrong_shape_is_refused(value):
    with pytest.raises(ValidationFailed) as refused:
        normalise_national_id(value)
    assert refused.value.code == "invalid_national_id"


@pytest.mark.parametrize("first_ten", ["1010315450", "1410000123", "1086137568"])
def test_a_company_id_with_its_check_digit_is_accepted(first_ten):
    assert normalise_company_id(_company_id(first_ten)) == _company_id(first_ten)


def test_a_known_company_id_is_accepted():
    assert normalise_company_id("10101974840") == "10101974840"


def test_a_company_id_with_a_wrong_check_digit_is_refused():
    valid = _company_id("1010315450")
    wrong = valid[:10] + str((int(valid[10]) + 1) % 10)
    with pytest.raises(ValidationFailed) as refused:
        normalise_company_id(wrong)
    assert refused.value.code == "invalid_company_id"


@pytest.mark.parametrize("value", ["1010315450", "101031545012", "10100000000", "abcdefghijk"])
def test_a_company_id_of_the_wrong_shape_is_refused(value):
    with pytest.raises(ValidationFailed) as refused:
        normalise_company_id(value)
    assert refused.value.code == "invalid_company_id"


def test_the_published_example_sheba_is_accepted():
    assert normalise_sheba("IR06 2960 0000 0010 0324 2000 01") == "IR062960000000100324200001"


@pytest.mark.parametrize("bban", ["0170000000110000000001", "0560611828005198870001",
                                  "0120020000009876543210"])
def test_a_sheba_with_its_check_digits_is_accepted(bban):
    assert normalise_sheba(_sheba(bban)) == _sheba(bban)


def test_a_sheba_in_lower_case_and_persian_digits_is_normalised():
    valid = _sheba("0170000000110000000001")
    persian = valid.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")).lower()
    assert normalise_sheba(f"{persian[:6]} {persian[6:]}") == valid


def test_a_sheba_with_a_changed_digit_is_refused():
    valid = _sheba("0170000000110000000001")
    wrong = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    with pytest.raises(ValidationFailed) as refused:
        normalise_sheba(wrong)
    assert refused.value.code == "invalid_sheba"


@pytest.mark.parametrize("value", ["", "IR06296000000010032420000", "DE89370400440532013000",
                                   "IR0629600000001003242000011", "IRAB2960000000100324200001"])
def test_a_sheba_of_the_wrong_shape_is_refused(value):
    with pytest.raises(ValidationFailed) as refused:
        normalise_sheba(value)
    assert refused.value.code == "invalid_sheba"


def test_an_email_without_a_domain_is_refused():
    with pytest.raises(ValidationFailed) as refused:
        normalise_email("sara@localhost")
    assert refused.value.code == "invalid_email"
