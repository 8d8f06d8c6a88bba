"""ICAO 9303 MRZ parser: layouts, check digits and century rules, on the ICAO specimens."""

from __future__ import annotations

import string
from datetime import date

import pytest

from workstation.services import mrz

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
# ICAO 9303 part 5: document number D23145890734 overflows into the optional data.
TD1_LONG = (
    "I<UTOD23145890<7349<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
ALPHABET = string.ascii_uppercase + string.digits + "<"


@pytest.mark.parametrize(
    ("data", "digit"),
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890734", "9"),
        ("", "0"),
    ],
)
def test_check_digit_matches_icao_specimens(data: str, digit: str) -> None:
    assert mrz.compute_check_digit(data) == digit


@pytest.mark.parametrize(("text", "fmt"), [(TD3, "TD3"), (TD2, "TD2"), (TD1, "TD1")])
def test_specimen_fields(text: str, fmt: str) -> None:
    record = mrz.parse(text)
    assert (record.format, record.issuing_state, record.nationality) == (fmt, "UTO", "UTO")
    assert (record.surname, record.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert (record.birth_date, record.sex, record.expiry_date) == ("740812", "F", "120415")
    assert all(digit.ok for digit in record.check_digits)
    assert not record.name_truncated


def test_td3_document_number_and_personal_number() -> None:
    record = mrz.parse(TD3)
    assert (record.document_type, record.document_number) == ("P", "L898902C3")
    assert record.optional_data == "ZE184226B"
    fields = [digit.field for digit in record.check_digits]
    assert fields == [
        "document_number",
        "birth_date",
        "expiry_date",
        "personal_number",
        "composite",
    ]


@pytest.mark.parametrize("text", [TD1, TD2])
def test_td1_td2_document_number(text: str) -> None:
    record = mrz.parse(text)
    assert (record.document_type, record.document_number) == ("I", "D23145890")


def test_td1_long_document_number_continues_in_optional_data() -> None:
    record = mrz.parse(TD1_LONG)
    assert record.document_number == "D23145890734"
    assert record.optional_data == ""
    assert all(digit.ok for digit in record.check_digits)


def test_td1_long_document_number_check_digit_is_verified() -> None:
    record = mrz.parse(TD1_LONG.replace("7349<", "7345<"))
    wrong = [d for d in record.check_digits if not d.ok]
    assert (wrong[0].field, wrong[0].expected, wrong[0].actual) == ("document_number", "9", "5")


def test_td1_long_document_number_without_check_digit_is_reported() -> None:
    record = mrz.parse(TD1_LONG.replace("7349<", "<<<<<"))
    first = record.check_digits[0]
    assert (first.field, first.actual, first.ok) == ("document_number", "<", False)


def test_blank_personal_number_may_use_filler_as_check_digit() -> None:
    text = TD3.replace("ZE184226B<<<<<10", "<" * 14 + "<" + "0")
    digits = {d.field: d for d in mrz.parse(text).check_digits}
    assert digits["personal_number"].ok
    assert not digits["composite"].ok
    assert digits["composite"].expected == mrz.compute_check_digit(
        "L898902C36" + "7408122" + "1204159" + "<" * 15
    )


def test_tolerates_whitespace_blank_lines_and_lower_case() -> None:
    record = mrz.parse("\n  " + TD3.lower().replace("\n", "  \n\n  ") + "  \n")
    assert record.document_number == "L898902C3"


def test_truncated_name_is_flagged() -> None:
    record = mrz.parse(
        TD3.replace("ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "ANNA<MARIA<ABCDEFGHIJKLMNOPQR")
    )
    assert record.name_truncated
    assert record.given_names == "ANNA MARIA ABCDEFGHIJKLMNOPQR"


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("P<UTO", "mrz_line_count", {"count": "1"}),
        (TD1 + "\n" + "<" * 30, "mrz_line_count", {"count": "4"}),
        (TD3[:-1], "mrz_line_length", {"line": "2", "length": "43", "expected": "36 or 44"}),
        (
            TD3.split("\n")[0] + "\n" + TD2.split("\n")[1],
            "mrz_line_length",
            {"line": "2", "length": "36", "expected": "44"},
        ),
        (
            TD1.replace("ERIKSSON<<", "ERIKSSON<"),
            "mrz_line_length",
            {"line": "3", "length": "29", "expected": "30"},
        ),
        (
            TD3.replace("ANNA<", "ANNA "),
            "mrz_character",
            {"line": "1", "position": "20", "char": " "},
        ),
        (TD3.replace("L898", "L8é8"), "mrz_character", {"line": "2", "position": "3", "char": "É"}),
        ("V" + TD3[1:], "mrz_unsupported_type", {"document_type": "V"}),
    ],
)
def test_shape_errors(text: str, code: str, params: dict[str, str]) -> None:
    with pytest.raises(mrz.MrzFormatError) as caught:
        mrz.parse(text)
    assert (caught.value.code, caught.value.params) == (code, params)


def _protected_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """(line, column) positions covered by each field's own check digit."""
    record = mrz.parse(text)
    lines = text.split("\n")
    spans: dict[str, list[tuple[int, int]]] = {}
    for digit in record.check_digits:
        if digit.field == "composite":
            continue
        line = next(i for i, ln in enumerate(lines) if digit.data + digit.actual in ln)
        start = lines[line].index(digit.data + digit.actual)
        spans[digit.field] = [(line, start + i) for i in range(len(digit.data))]
    return spans


def _value(char: str) -> int:
    """ICAO 9303 part 3: digits as themselves, A-Z as 10-35, '<' as 0."""
    return int(char, 36) if char != "<" else 0


def _check_digit_position(text: str, digit: mrz.CheckDigit) -> tuple[int, int]:
    lines = text.split("\n")
    if digit.field == "composite":
        return 1, len(lines[1]) - 1
    line = next(i for i, ln in enumerate(lines) if digit.data + digit.actual in ln)
    return line, lines[line].index(digit.data + digit.actual) + len(digit.data)


def _substitute(text: str, line: int, column: int, char: str) -> str:
    lines = text.split("\n")
    lines[line] = lines[line][:column] + char + lines[line][column + 1 :]
    return "\n".join(lines)


@pytest.mark.parametrize("text", [TD3, TD2, TD1])
def test_every_single_substitution_in_a_protected_field_is_caught(text: str) -> None:
    """7-3-1 mod 10 catches a substitution unless the values differ by a multiple of 10
    (e.g. '0' -> 'A'); digit-for-digit substitutions are therefore always caught."""
    for field, positions in _protected_spans(text).items():
        for line, column in positions:
            original = text.split("\n")[line][column]
            for char in ALPHABET.replace(original, ""):
                changed = mrz.parse(_substitute(text, line, column, char))
                digits = {d.field: d.ok for d in changed.check_digits}
                caught = _value(char) % 10 != _value(original) % 10
                assert digits[field] is not caught, (field, column, char)
                assert digits["composite"] is not caught, (field, column, char)
                if original.isdigit() and char.isdigit():
                    assert caught


@pytest.mark.parametrize("text", [TD3, TD2, TD1])
def test_every_wrong_check_digit_is_reported_with_the_right_one(text: str) -> None:
    for digit in mrz.parse(text).check_digits:
        line, column = _check_digit_position(text, digit)
        for char in string.digits.replace(digit.actual, "") + "A<":
            changed = mrz.parse(_substitute(text, line, column, char))
            wrong = {d.field: d for d in changed.check_digits if not d.ok}
            assert digit.field in wrong
            assert wrong[digit.field].expected == digit.actual


@pytest.mark.parametrize(
    ("yymmdd", "today", "year"),
    [
        ("740812", date(2026, 1, 1), 1974),
        ("250101", date(2026, 1, 1), 2025),
        ("260101", date(2026, 1, 1), 2026),
        ("260102", date(2026, 1, 1), 1926),
        ("991231", date(2026, 1, 1), 1999),
    ],
)
def test_birth_year_is_never_in_the_future(yymmdd: str, today: date, year: int) -> None:
    assert mrz.birth_year(yymmdd, today) == year


def test_expiry_year_is_this_century() -> None:
    assert mrz.expiry_year("120415") == 2012
    assert mrz.expiry_year("991231") == 2099


def test_transliterate_typed_names() -> None:
    assert mrz.transliterate(" Anna-María  O'Neil, jr ") == "ANNA MARIA ONEIL JR"
