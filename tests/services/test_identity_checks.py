"""Identity checks: valid and invalid vectors, every single-character substitution, messages."""

from __future__ import annotations

import json
import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc

from workstation.services.identity_checks import (
    KINDS,
    MESSAGES,
    CheckResult,
    check,
    check_age,
    check_bank_card,
    check_cn_ric,
    check_cn_uscc,
    check_document_expiry,
    check_email,
    check_mrz,
    check_phone,
    mask_card,
    mask_id,
    mask_phone,
)

TODAY = date(2026, 6, 1)
RIC = "11010519491231002X"  # GB 11643-1999 example
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
BEFORE_EXPIRY = date(2010, 1, 1)
UNIONPAY = "6222020000123456782"


def codes(result: CheckResult) -> list[str]:
    return [p.code for p in result.problems]


def single_substitutions(value: str, alphabet: str) -> list[str]:
    return [
        value[:i] + c + value[i + 1 :] for i in range(len(value)) for c in alphabet if c != value[i]
    ]


# --- result shape -----------------------------------------------------------------------


def test_result_is_frozen_and_serialises_to_json() -> None:
    result = check_cn_ric("110105194912310021", TODAY)
    with pytest.raises(AttributeError):
        result.valid = True  # type: ignore[misc]
    data = json.loads(json.dumps(result.to_dict()))
    assert data["valid"] is False
    assert data["normalized"] is None
    assert data["problems"][0] == {
        "code": "check_digit",
        "field": "check_digit",
        "message": "check digit should be X, not 1",
        "params": {"expected": "X", "actual": "1"},
    }


def test_every_message_is_its_template_filled_with_params() -> None:
    results = [
        check_cn_ric("110105194902300021", TODAY, min_age=80),
        check_mrz(TD3.replace("C36", "C35"), typed={"surname": "X"}, today=TODAY),
        check_bank_card("62220212"),
        check_phone("010 1234 5678"),
    ]
    problems = [p for r in results for p in (*r.problems, *r.warnings)]
    assert len(problems) >= 6
    for problem in problems:
        assert problem.message == MESSAGES[problem.code].format(**problem.params)


# --- Chinese resident ID ----------------------------------------------------------------


def test_ric_valid_with_derived_facts() -> None:
    result = check_cn_ric(RIC, TODAY)
    assert (result.valid, result.normalized, result.warnings) == (True, RIC, ())
    assert dict(result.derived) == {
        "birth_date": "1949-12-31",
        "age": "76",
        "sex": "F",
        "document_class": "resident_id",
        "region": "北京市朝阳区",
    }


def test_ric_male_from_odd_17th_digit() -> None:
    assert check_cn_ric("360426199101010071", TODAY).derived["sex"] == "M"


@pytest.mark.parametrize(
    "typed", ["11010519491231002x", " 110105-19491231-002x ", "110105 1949 1231 002X"]
)
def test_ric_lower_case_x_spaces_and_dashes_are_normalised(typed: str) -> None:
    assert check_cn_ric(typed, TODAY).normalized == RIC


def test_ric_old_15_digit_number_is_converted_with_a_warning() -> None:
    result = check_cn_ric("110105491231002", TODAY)
    assert (result.valid, result.normalized) == (True, RIC)
    assert [w.code for w in result.warnings] == ["converted_15"]
    assert result.warnings[0].message == f"old 15-digit number converted to {RIC}"


@pytest.mark.parametrize(
    ("number", "document_class"),
    [
        ("810000199001010019", "hk_residence_permit"),
        ("820000198512310029", "mo_residence_permit"),
        ("830000200002290031", "tw_residence_permit"),
        ("915600198808080014", "foreign_permanent_resident"),
    ],
)
def test_ric_permits_and_foreign_resident_cards_are_valid(number: str, document_class: str) -> None:
    result = check_cn_ric(number, TODAY)
    assert (result.valid, result.warnings) == (True, ())
    assert result.derived["document_class"] == document_class
    assert "region" not in result.derived


def test_ric_region_not_in_use_in_birth_year_is_only_a_warning() -> None:
    result = check_cn_ric("110111198001010013", TODAY)  # 房山区 code dates from 1986
    assert result.valid
    assert result.derived["region"] == "北京市房山区"
    assert result.warnings[0].message == "region code 110111 was not in use in birth year 1980"


@pytest.mark.parametrize("number", ["000000199001010018", "460426199101010075"])
def test_ric_unknown_region_is_only_a_warning(number: str) -> None:
    """460426: province 46 is known, county 0426 is not (stdnum raises KeyError there)."""
    result = check_cn_ric(number, TODAY)
    assert result.valid
    assert [w.code for w in result.warnings] == ["region_unknown"]


def test_ric_impossible_birth_date() -> None:
    result = check_cn_ric("11010519900230001X", TODAY)
    assert codes(result) == ["birth_date_invalid"]
    assert result.problems[0].message == "birth date 1990-02-30 does not exist"


def test_ric_future_birth_date() -> None:
    result = check_cn_ric("110105202712310022", TODAY)
    assert codes(result) == ["birth_date_future"]
    assert result.problems[0].message == "birth date 2027-12-31 is in the future"


def test_ric_wrong_check_digit_names_the_right_one() -> None:
    result = check_cn_ric("110105199002280015", TODAY)
    assert result.problems[0].message == "check digit should be 2, not 5"


@pytest.mark.parametrize(
    ("value", "code", "message"),
    [
        ("1101051949123100", "length", "must have 18 (or 15) characters, not 16"),
        ("", "length", "must have 18 (or 15) characters, not 0"),
        ("1101051949123A002X", "non_digit", "character 'A' at position 14 is not a digit"),
        ("11010519491231002Y", "non_digit", "character 'Y' at position 18 is not a digit"),
        ("11010549123100A", "non_digit", "character 'A' at position 15 is not a digit"),
        ("11010519491231002²", "non_digit", "character '²' at position 18 is not a digit"),
    ],
)
def test_ric_layout_errors(value: str, code: str, message: str) -> None:
    result = check_cn_ric(value, TODAY)
    assert (codes(result), result.problems[0].message) == ([code], message)


@pytest.mark.parametrize(
    ("min_age", "max_age", "code"), [(77, None, "age_below_min"), (None, 75, "age_above_max")]
)
def test_ric_age_outside_range(min_age: int | None, max_age: int | None, code: str) -> None:
    assert codes(check_cn_ric(RIC, TODAY, min_age=min_age, max_age=max_age)) == [code]


@pytest.mark.parametrize("valid", [RIC, "360426199101010071", "810000199001010019"])
def test_ric_every_single_substitution_is_rejected(valid: str) -> None:
    """MOD 11-2 catches every single-character error (11 is prime, weights nonzero)."""
    for changed in single_substitutions(valid, string.digits + "X"):
        assert not check_cn_ric(changed, TODAY).valid, changed


# --- unified social credit code ---------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "authority"),
    [("91110000600037341L", "9"), ("N2110108MA0000001W", "N"), ("Y1110108MA0000001P", "Y")],
)
def test_uscc_valid_including_letter_authorities(code: str, authority: str) -> None:
    result = check_cn_uscc(code.lower())
    assert (result.valid, result.normalized) == (True, code)
    assert result.derived["registration_authority"] == authority


def test_uscc_wrong_check_character_names_the_right_one() -> None:
    result = check_cn_uscc("91110000600037341A")
    assert result.problems[0].message == "check digit should be L, not A"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("9111000060003734", "length"),
        ("91110000600037341I", "character"),
        ("B1110108MA0000001P", "uscc_authority"),
        ("911100A0600037341L", "non_digit"),
    ],
)
def test_uscc_layout_errors(value: str, code: str) -> None:
    assert codes(check_cn_uscc(value)) == [code]


@pytest.mark.parametrize("valid", ["91110000600037341L", "N2110108MA0000001W"])
def test_uscc_every_single_substitution_is_rejected(valid: str) -> None:
    """GB 32100's mod 31 (prime) weighted sum catches every single-character error."""
    for changed in single_substitutions(valid, uscc._alphabet):
        assert not check_cn_uscc(changed).valid, changed


# --- MRZ --------------------------------------------------------------------------------


def test_mrz_specimen_is_valid_before_expiry() -> None:
    result = check_mrz(TD3, today=BEFORE_EXPIRY)
    assert (result.valid, result.normalized) == (True, TD3)
    assert result.derived["birth_date"] == "1974-08-12"
    assert result.derived["given_names"] == "ANNA MARIA"
    assert result.derived["document_number"] == "L898902C3"


def test_mrz_expired_document_is_a_problem() -> None:
    result = check_mrz(TD3, today=TODAY)
    assert codes(result) == ["expired"]
    assert result.problems[0].message == "document expired on 2012-04-15"


def test_mrz_wrong_check_digit_names_field_and_right_digit() -> None:
    result = check_mrz(TD3.replace("7408122F", "7408125F"), today=BEFORE_EXPIRY)
    assert [(p.field, p.message) for p in result.problems] == [
        ("birth_date", "birth date check digit should be 2, not 5"),
        ("composite", "composite check digit should be 9, not 0"),
    ]


def test_mrz_impossible_birth_date() -> None:
    result = check_mrz(TD3.replace("740812", "740230"), today=BEFORE_EXPIRY)
    assert "birth date 1974-02-30 does not exist" in [p.message for p in result.problems]


def test_mrz_shape_error_is_a_problem_not_an_exception() -> None:
    result = check_mrz(TD3[:-1], today=BEFORE_EXPIRY)
    assert result.problems[0].message == "MRZ line 2 has 43 characters, expected 36 or 44"


def test_mrz_cross_check_accepts_matching_form_values() -> None:
    typed = {
        "surname": "Eriksson",
        "given_names": "Anna-Maria",
        "document_number": "l898902c3",
        "birth_date": "1974-08-12",
        "expiry_date": "2012-04-15",
        "nationality": "UTO",
        "sex": "F",
    }
    assert check_mrz(TD3, typed=typed, today=BEFORE_EXPIRY).valid


def test_mrz_cross_check_mismatch_names_the_field() -> None:
    typed = {"surname": "Eriksen", "birth_date": "1974-08-13", "given_names": ""}
    result = check_mrz(TD3, typed=typed, today=BEFORE_EXPIRY)
    assert [(p.code, p.field) for p in result.problems] == [
        ("mismatch", "surname"),
        ("mismatch", "birth_date"),
    ]
    assert result.problems[1].message == (
        "birth date on the document is 1974-08-12, but the form says 1974-08-13"
    )


def test_mrz_cross_check_rejects_unknown_form_keys() -> None:
    with pytest.raises(ValueError, match="first_name"):
        check_mrz(TD3, typed={"first_name": "Anna"}, today=BEFORE_EXPIRY)


# --- bank card --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "network"),
    [
        (UNIONPAY, "UnionPay"),
        ("4111 1111 1111 1111", "Visa"),
        ("5555555555554444", "Mastercard"),
        ("378282246310005", "American Express"),
    ],
)
def test_bank_card_valid(number: str, network: str) -> None:
    result = check_bank_card(number)
    assert (result.valid, result.normalized) == (True, number.replace(" ", ""))
    assert result.derived["network"] == network


def test_bank_card_masked_form() -> None:
    assert check_bank_card(UNIONPAY).derived["masked"] == "6222 **** **** 6782"


def test_bank_card_luhn_failure_names_the_right_digit() -> None:
    result = check_bank_card("4111111111111112")
    assert result.problems[0].message == "check digit should be 1, not 2"


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("622202000012345", "must have 16-19 characters, not 15"),
        ("41111111111", "must have 12-19 characters, not 11"),
        ("4111-1111-1111-111O", "character 'O' at position 16 is not a digit"),
    ],
)
def test_bank_card_layout_errors(number: str, message: str) -> None:
    assert check_bank_card(number).problems[0].message == message


@pytest.mark.parametrize("valid", [UNIONPAY, "4111111111111111"])
def test_bank_card_every_single_substitution_is_rejected(valid: str) -> None:
    for changed in single_substitutions(valid, string.digits):
        assert not check_bank_card(changed).valid, changed


# --- phone and e-mail -------------------------------------------------------------------


def test_phone_cn_mobile_to_e164() -> None:
    result = check_phone("138 0013 8000")
    assert (result.valid, result.normalized, result.warnings) == (True, "+8613800138000", ())
    assert dict(result.derived) == {"type": "mobile", "region": "CN", "masked": "+86 138****8000"}


def test_phone_uk_number_to_e164() -> None:
    result = check_phone("+44 20 7946 0958")
    assert (result.valid, result.normalized) == (True, "+442079460958")
    assert (result.derived["region"], result.warnings) == ("GB", ())


def test_phone_cn_fixed_line_is_valid_with_a_warning() -> None:
    result = check_phone("010-1234-5678")
    assert (result.valid, result.normalized) == (True, "+861012345678")
    assert [w.message for w in result.warnings] == ["not a mobile number"]


@pytest.mark.parametrize(
    ("value", "code"), [("1380013800", "phone_invalid"), ("hello", "phone_unparseable")]
)
def test_phone_invalid(value: str, code: str) -> None:
    assert codes(check_phone(value)) == [code]


def test_email_valid_is_normalised() -> None:
    result = check_email(" Wang.Li@Example.COM ")
    assert (result.valid, result.normalized) == (True, "Wang.Li@example.com")


@pytest.mark.parametrize("value", ["wang.li@", "wang li@example.com", "wang.li@example"])
def test_email_invalid(value: str) -> None:
    result = check_email(value)
    assert codes(result) == ["email_invalid"]
    assert result.problems[0].message.startswith("not a valid e-mail address: ")


# --- shared helpers, dispatcher, masks --------------------------------------------------


@pytest.mark.parametrize(
    ("expiry", "valid", "warnings"),
    [(TODAY, True, ["expires_soon"]), (date(2026, 5, 31), False, []), (date(2026, 7, 2), True, [])],
)
def test_document_expiry(expiry: date, valid: bool, warnings: list[str]) -> None:
    result = check_document_expiry(expiry, TODAY)
    assert (result.valid, [w.code for w in result.warnings]) == (valid, warnings)


def test_age_counts_whole_years() -> None:
    assert check_age(date(2008, 6, 2), TODAY).derived["age"] == "17"
    assert check_age(date(2008, 6, 1), TODAY, min_age=18).derived["age"] == "18"


@pytest.mark.parametrize(
    ("kind", "value", "normalized"),
    [
        ("cn-ric", RIC.lower(), RIC),
        ("cn-uscc", "91110000600037341L", "91110000600037341L"),
        ("mrz", TD3, None),  # the specimen expired in 2012
        ("bank-card", UNIONPAY, UNIONPAY),
        ("phone", "13800138000", "+8613800138000"),
        ("email", "a@example.com", "a@example.com"),
    ],
)
def test_dispatcher(kind: str, value: str, normalized: str | None) -> None:
    result = check(kind, value, TODAY)
    assert (result.kind, result.normalized) == (kind, normalized)


def test_dispatcher_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="passport"):
        check("passport", "x", TODAY)


@settings(max_examples=40, deadline=None)
@given(kind=st.sampled_from(KINDS), value=st.text(max_size=100))
def test_no_input_makes_a_check_raise(kind: str, value: str) -> None:
    result = check(kind, value, TODAY)
    assert result.valid == (not result.problems)


@pytest.mark.parametrize(
    ("value", "masked"),
    [("110101199001011234", "110101********1234"), ("G12345678", "*****5678"), ("123", "***")],
)
def test_mask_id(value: str, masked: str) -> None:
    assert mask_id(value) == masked


def test_mask_phone_and_card() -> None:
    assert mask_phone("13800138000") == "138****8000"
    assert mask_card("6222 0200 0012 3456 782") == "6222 **** **** 6782"
    assert mask_card("12345") == "*2345"
