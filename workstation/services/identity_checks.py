"""Identity-document checks: the verdict an officer sees on an ID value.

This module owns the checks for a Chinese resident ID, a unified social credit
code, an ICAO MRZ, a bank card, a phone number and an e-mail address, the
officer-readable problem messages, and the masked forms shown on screen. It
never touches a database or Qt; every check is a pure function returning a
frozen `CheckResult`.

Decisions:

- `valid` means "no problems"; warnings never block. `normalized` is set only
  for a valid value, so nobody stores a number that failed a check.
- Every message is `MESSAGES[code].format(**params)`, so the GUI can translate
  by code and params without parsing English.
- Resident ID region codes that stdnum does not know, or did not know in the
  birth year, are warnings (LENDING-RULES 2.1): the code records where the
  number was first assigned, and stdnum's list lags reality.
- The 2023 foreign permanent resident card (leading 9) and the HK/MO/TW
  residence permits (81/82/83) use the citizen layout and MOD 11-2 check digit;
  they get a `document_class` and no region lookup.
- A bank card Luhn failure is a problem, not a warning. LENDING-RULES 2.1 reports
  (unverified) that some old Chinese debit cards fail Luhn; a mistyped card number
  costs a failed disbursement, so we block and let the officer re-type or escalate.
- USCC: stdnum's `validate()` rejects letter registration authorities (A, N, Y),
  but its `calc_check_digit()` implements GB 32100 over the full alphabet, so we
  check the layout here and reuse stdnum's checksum for every code.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Final

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum import luhn, numdb
from stdnum.cn import ric, uscc
from stdnum.exceptions import InvalidComponent
from stdnum.iso7064 import mod_11_2

from workstation.services import mrz

MESSAGES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "length": "must have {expected} characters, not {actual}",
        "non_digit": "character '{char}' at position {position} is not a digit",
        "character": "character '{char}' at position {position} is not allowed",
        "check_digit": "check digit should be {expected}, not {actual}",
        "birth_date_invalid": "birth date {date} does not exist",
        "birth_date_future": "birth date {date} is in the future",
        "age_below_min": "age {age} is below the minimum of {min_age}",
        "age_above_max": "age {age} is above the maximum of {max_age}",
        "expiry_date_invalid": "expiry date {date} does not exist",
        "expired": "document expired on {date}",
        "expires_soon": "document expires on {date}, in {days} days",
        "converted_15": "old 15-digit number converted to {normalized}",
        "region_unknown": "region code {code} is not in the region list",
        "region_outdated": "region code {code} was not in use in birth year {year}",
        "uscc_authority": "registration authority '{char}' is not one of 1-9, A, N, Y",
        "mrz_line_count": "an MRZ has 2 or 3 lines, not {count}",
        "mrz_line_length": "MRZ line {line} has {length} characters, expected {expected}",
        "mrz_character": "MRZ line {line} position {position}: character '{char}' is not "
        "allowed (only A-Z, 0-9 and <)",
        "mrz_unsupported_type": "document type {document_type} is a visa, not an identity document",
        "mrz_check_digit": "{field_name} check digit should be {expected}, not {actual}",
        "sex_invalid": "sex code '{char}' is not M, F or <",
        "mismatch": "{field_name} on the document is {document_value}, but the form says "
        "{typed_value}",
        "phone_unparseable": "this does not look like a phone number",
        "phone_invalid": "not a valid phone number for region {region}",
        "not_mobile": "not a mobile number",
        "email_invalid": "not a valid e-mail address: {reason}",
    }
)

_FIELD_NAMES: Final = MappingProxyType(
    {
        "surname": "surname",
        "given_names": "given names",
        "document_number": "document number",
        "birth_date": "birth date",
        "expiry_date": "expiry date",
        "nationality": "nationality",
        "sex": "sex",
        "personal_number": "personal number",
        "composite": "composite",
    }
)
_TYPED_FIELDS: Final = (
    "surname",
    "given_names",
    "document_number",
    "birth_date",
    "expiry_date",
    "nationality",
    "sex",
)
_RIC_CLASSES_BY_PREFIX: Final = {
    "81": "hk_residence_permit",
    "82": "mo_residence_permit",
    "83": "tw_residence_permit",
}
_USCC_AUTHORITIES: Final = "123456789ANY"
_USCC_ALPHABET: Final = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")  # no I, O, S, V, Z
_CARD_NETWORKS: Final = (
    ("62", "62", "UnionPay"),
    ("4", "4", "Visa"),
    ("51", "55", "Mastercard"),
    ("2221", "2720", "Mastercard"),
    ("34", "34", "American Express"),
    ("37", "37", "American Express"),
    ("3528", "3589", "JCB"),
)
_PHONE_TYPES: Final = {
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixed",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
}


@dataclass(frozen=True)
class Problem:
    """One failed rule (or, in `warnings`, one doubt), machine code plus English."""

    code: str
    field: str
    message: str
    params: Mapping[str, str]

    @classmethod
    def of(cls, code: str, where: str, /, **params: str) -> Problem:
        return cls(code, where, MESSAGES[code].format(**params), params)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "params": dict(self.params),
        }


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one value; `derived` holds facts read from it (birth_date, sex...)."""

    kind: str
    valid: bool
    normalized: str | None
    derived: Mapping[str, str]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "valid": self.valid,
            "normalized": self.normalized,
            "derived": dict(self.derived),
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
        }


@dataclass
class _Report:
    """Mutable collector used while one check runs."""

    kind: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    derived: dict[str, str] = field(default_factory=dict)

    def problem(self, code: str, where: str, /, **params: str) -> None:
        self.problems.append(Problem.of(code, where, **params))

    def warn(self, code: str, where: str, /, **params: str) -> None:
        self.warnings.append(Problem.of(code, where, **params))

    def merge(self, other: CheckResult) -> None:
        self.problems.extend(other.problems)
        self.warnings.extend(other.warnings)
        self.derived.update(other.derived)

    def result(self, normalized: str | None = None) -> CheckResult:
        valid = not self.problems
        return CheckResult(
            self.kind,
            valid,
            normalized if valid else None,
            dict(self.derived),
            tuple(self.problems),
            tuple(self.warnings),
        )


# --- shared helpers ---------------------------------------------------------------------


def check_age(
    birth: date, today: date, min_age: int | None = None, max_age: int | None = None
) -> CheckResult:
    """Age at `today` against an optional product age range."""
    report = _Report("age")
    if birth > today:
        report.problem("birth_date_future", "birth_date", date=birth.isoformat())
        return report.result()
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    report.derived["age"] = str(age)
    if min_age is not None and age < min_age:
        report.problem("age_below_min", "birth_date", age=str(age), min_age=str(min_age))
    if max_age is not None and age > max_age:
        report.problem("age_above_max", "birth_date", age=str(age), max_age=str(max_age))
    return report.result()


def check_document_expiry(expiry: date, today: date, warn_days: int = 30) -> CheckResult:
    """A document is usable through its expiry day; warn when it runs out soon."""
    report = _Report("document-expiry")
    days = (expiry - today).days
    report.derived.update(expiry_date=expiry.isoformat(), days_to_expiry=str(days))
    if days < 0:
        report.problem("expired", "expiry_date", date=expiry.isoformat())
    elif days <= warn_days:
        report.warn("expires_soon", "expiry_date", date=expiry.isoformat(), days=str(days))
    return report.result()


def _is_digit(char: str) -> bool:
    """ASCII only: str.isdigit() also accepts '²' and Arabic-Indic digits."""
    return char in string.digits


def _all_digits(value: str) -> bool:
    return all(map(_is_digit, value))


def _strip(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def _first_bad(value: str, allowed: Callable[[str], bool]) -> int | None:
    return next((i for i, c in enumerate(value) if not allowed(c)), None)


def _report_bad_char(report: _Report, code: str, value: str, offset: int, index: int) -> None:
    report.problem(code, "number", char=value[index], position=str(offset + index + 1))


# --- Chinese resident identity card (GB 11643) ------------------------------------------


def check_cn_ric(
    value: str, today: date, min_age: int | None = None, max_age: int | None = None
) -> CheckResult:
    """Check a resident ID, residence permit or 2023 foreign permanent resident number."""
    report = _Report("cn-ric")
    number = _strip(value).upper()
    if len(number) == 15 and _all_digits(number):
        number = _convert_15(number)
        report.warn("converted_15", "number", normalized=number)
    if not _ric_layout_ok(number, report):
        return report.result()
    birth = _ric_birth_date(number, report)
    expected = mod_11_2.calc_check_digit(number[:17])
    if number[17] != expected:
        report.problem("check_digit", "check_digit", expected=expected, actual=number[17])
    if birth is not None:
        report.merge(check_age(birth, today, min_age, max_age))
    _ric_derive(number, birth, report)
    return report.result(number)


def _convert_15(number: str) -> str:
    """Old 15-digit numbers omit the century (always 19) and the check digit."""
    body = number[:6] + "19" + number[6:]
    return body + mod_11_2.calc_check_digit(body)


def _ric_layout_ok(number: str, report: _Report) -> bool:
    # A 15-character value still here has a non-digit: all-digit ones were converted.
    if len(number) not in (15, 18):
        report.problem("length", "number", expected="18 (or 15)", actual=str(len(number)))
        return False
    bad = _first_bad(number[:17], _is_digit)
    if bad is None and not (_is_digit(number[17]) or number[17] == "X"):
        bad = 17
    if bad is not None:
        _report_bad_char(report, "non_digit", number, 0, bad)
    return bad is None


def _ric_birth_date(number: str, report: _Report) -> date | None:
    year, month, day = number[6:10], number[10:12], number[12:14]
    try:
        birth = date(int(year), int(month), int(day))
    except ValueError:
        report.problem("birth_date_invalid", "birth_date", date=f"{year}-{month}-{day}")
        return None
    report.derived["birth_date"] = birth.isoformat()
    return birth


def _ric_derive(number: str, birth: date | None, report: _Report) -> None:
    document_class = _ric_document_class(number)
    report.derived["document_class"] = document_class
    report.derived["sex"] = "M" if int(number[16]) % 2 else "F"
    if document_class == "resident_id" and birth is not None:
        _ric_region(number, birth.year, report)


def _ric_document_class(number: str) -> str:
    if number[0] == "9":
        return "foreign_permanent_resident"
    return _RIC_CLASSES_BY_PREFIX.get(number[:2], "resident_id")


def _ric_region(number: str, birth_year: int, report: _Report) -> None:
    """Region name; a code unknown, or unknown in the birth year, is only a warning."""
    code = number[:6]
    name = _region_name(code)
    if name is None:
        report.warn("region_unknown", "region", code=code)
        return
    try:
        name = _place_name(ric.get_birth_place(number))
    except InvalidComponent:
        report.warn("region_outdated", "region", code=code, year=str(birth_year))
    report.derived["region"] = name


def _region_name(code: str) -> str | None:
    """Region name from stdnum's table, ignoring validity years (latest name wins)."""
    results = numdb.get("cn/loc").info(code)
    info = {k: v for _, props in results for k, v in props.items()}
    return _place_name(info) if "county" in info else None


def _place_name(info: Mapping[str, str]) -> str:
    parts = (info.get(key, "") for key in ("province", "prefecture", "county"))
    names = [re.sub(r"\[[^\]]*\]", "", part.split(",")[-1]) for part in parts]
    return "".join(dict.fromkeys(name for name in names if name))


# --- unified social credit code (GB 32100) ----------------------------------------------


def check_cn_uscc(value: str) -> CheckResult:
    """Check a unified social credit code, letter registration authorities included."""
    report = _Report("cn-uscc")
    number = uscc.compact(value)
    if not _uscc_layout_ok(number, report):
        return report.result()
    expected = uscc.calc_check_digit(number)
    if number[17] != expected:
        report.problem("check_digit", "check_digit", expected=expected, actual=number[17])
    report.derived["registration_authority"] = number[0]
    region = _region_name(number[2:8])
    if region is not None:
        report.derived["region"] = region
    return report.result(number)


def _uscc_layout_ok(number: str, report: _Report) -> bool:
    if len(number) != 18:
        report.problem("length", "number", expected="18", actual=str(len(number)))
        return False
    bad = _first_bad(number, _USCC_ALPHABET.__contains__)
    if bad is not None:
        _report_bad_char(report, "character", number, 0, bad)
    elif number[0] not in _USCC_AUTHORITIES:
        report.problem("uscc_authority", "registration_authority", char=number[0])
    elif (bad := _first_bad(number[2:8], _is_digit)) is not None:
        _report_bad_char(report, "non_digit", number, 2, bad)
    return not report.problems


# --- machine-readable zone (ICAO 9303) --------------------------------------------------


def check_mrz(
    text: str, typed: Mapping[str, str] | None = None, today: date | None = None
) -> CheckResult:
    """Check a passport/ID-card MRZ and, if given, the values typed into the form."""
    today = today or date.today()
    report = _Report("mrz")
    try:
        record = mrz.parse(text)
    except mrz.MrzFormatError as error:
        report.problem(error.code, "mrz", **error.params)
        return report.result()
    _mrz_check_digits(record, report)
    birth = _mrz_date(
        record.birth_date, lambda raw: mrz.birth_year(raw, today), report, "birth_date"
    )
    expiry = _mrz_date(record.expiry_date, mrz.expiry_year, report, "expiry_date")
    if birth is not None:
        report.merge(check_age(birth, today))
    if expiry is not None:
        report.merge(check_document_expiry(expiry, today))
    _mrz_derive(record, birth, report)
    _mrz_cross_check(record, typed or {}, report)
    return report.result("\n".join(record.lines))


def _mrz_check_digits(record: mrz.MrzRecord, report: _Report) -> None:
    for digit in record.check_digits:
        if not digit.ok:
            report.problem(
                "mrz_check_digit",
                digit.field,
                field_name=_FIELD_NAMES[digit.field],
                expected=digit.expected,
                actual=digit.actual,
            )


def _mrz_date(raw: str, year_of: Callable[[str], int], report: _Report, where: str) -> date | None:
    """YYMMDD to a date; '<' (unknown day or month) or a letter makes it invalid."""
    if not _all_digits(raw):
        report.problem(f"{where}_invalid", where, date=raw)
        return None
    year = year_of(raw)
    try:
        return date(year, int(raw[2:4]), int(raw[4:6]))
    except ValueError:
        report.problem(f"{where}_invalid", where, date=f"{year}-{raw[2:4]}-{raw[4:6]}")
        return None


def _mrz_derive(record: mrz.MrzRecord, birth: date | None, report: _Report) -> None:
    if record.sex not in "MF<":
        report.problem("sex_invalid", "sex", char=record.sex)
    report.derived.update(
        format=record.format,
        document_type=record.document_type,
        issuing_state=record.issuing_state,
        surname=record.surname,
        given_names=record.given_names,
        document_number=record.document_number,
        nationality=record.nationality,
        sex=record.sex.replace("<", "X"),
        optional_data=record.optional_data,
    )
    if birth is not None:
        report.derived["birth_date"] = birth.isoformat()


def _mrz_cross_check(record: mrz.MrzRecord, typed: Mapping[str, str], report: _Report) -> None:
    """Compare what the officer typed with what the MRZ says; unknown keys are a bug."""
    unknown = set(typed) - set(_TYPED_FIELDS)
    if unknown:
        raise ValueError(f"cannot cross-check MRZ fields {sorted(unknown)}")
    for key, typed_value in typed.items():
        on_document = report.derived.get(key, "")
        if typed_value.strip() and not _mrz_same(key, on_document, typed_value, record):
            report.problem(
                "mismatch",
                key,
                field_name=_FIELD_NAMES[key],
                document_value=on_document,
                typed_value=typed_value,
            )


def _mrz_same(key: str, on_document: str, typed_value: str, record: mrz.MrzRecord) -> bool:
    """Typed names are transliterated as the MRZ would be; truncated names match by prefix."""
    if key not in ("surname", "given_names"):
        return "".join(typed_value.split()).upper() == on_document
    typed_mrz = mrz.transliterate(typed_value)
    return typed_mrz.startswith(on_document) if record.name_truncated else typed_mrz == on_document


# --- bank card, phone, e-mail -----------------------------------------------------------


def check_bank_card(value: str) -> CheckResult:
    """Check a card number's digits, length for its network, and Luhn check digit."""
    report = _Report("bank-card")
    digits = _strip(value)
    bad = _first_bad(digits, _is_digit)
    if bad is not None:
        _report_bad_char(report, "non_digit", digits, 0, bad)
        return report.result()
    network = _card_network(digits)
    low = 16 if network == "UnionPay" else 12
    if not low <= len(digits) <= 19:
        report.problem("length", "number", expected=f"{low}-19", actual=str(len(digits)))
        return report.result()
    if luhn.checksum(digits) != 0:
        expected = luhn.calc_check_digit(digits[:-1])
        report.problem("check_digit", "check_digit", expected=expected, actual=digits[-1])
    report.derived.update(network=network, masked=mask_card(digits))
    return report.result(digits)


def _card_network(digits: str) -> str:
    """A guess from the leading digits (IIN ranges); 'unknown' for anything else."""
    matches = (name for low, high, name in _CARD_NETWORKS if low <= digits[: len(low)] <= high)
    return next(matches, "unknown")


def check_phone(value: str, default_region: str = "CN") -> CheckResult:
    """Check a phone number; a mainland number that is not a mobile gets a warning."""
    report = _Report("phone")
    try:
        number = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        report.problem("phone_unparseable", "number")
        return report.result()
    region = phonenumbers.region_code_for_number(number) or default_region
    if not phonenumbers.is_valid_number(number):
        report.problem("phone_invalid", "number", region=region)
        return report.result()
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    line_type = _PHONE_TYPES.get(phonenumbers.number_type(number), "other")
    masked = f"+{number.country_code} {mask_phone(str(number.national_number))}"
    report.derived.update(type=line_type, region=region, masked=masked)
    if region == "CN" and line_type != "mobile":
        report.warn("not_mobile", "number")
    return report.result(e164)


def check_email(value: str) -> CheckResult:
    """Check an e-mail address's syntax; no DNS lookup, the workstation may be offline."""
    report = _Report("email")
    try:
        email = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        report.problem("email_invalid", "address", reason=str(error))
        return report.result()
    report.derived["domain"] = email.domain
    return report.result(email.normalized)


# --- dispatcher and masks ---------------------------------------------------------------

_CHECKS: Final[Mapping[str, Callable[[str, date], CheckResult]]] = MappingProxyType(
    {
        "cn-ric": lambda value, today: check_cn_ric(value, today),
        "cn-uscc": lambda value, _: check_cn_uscc(value),
        "mrz": lambda value, today: check_mrz(value, today=today),
        "bank-card": lambda value, _: check_bank_card(value),
        "phone": lambda value, _: check_phone(value),
        "email": lambda value, _: check_email(value),
    }
)
KINDS: Final = tuple(_CHECKS)


def check(kind: str, value: str, today: date) -> CheckResult:
    """Run the check named `kind` (one of KINDS); raises ValueError for an unknown kind."""
    if kind not in _CHECKS:
        raise ValueError(f"unknown check kind {kind!r}; expected one of {', '.join(KINDS)}")
    return _CHECKS[kind](value, today)


def mask_id(value: str) -> str:
    """18-character IDs keep region and last 4 (110101********1234); others the last 4."""
    clean = _strip(value)
    if len(clean) == 18:
        return clean[:6] + "*" * 8 + clean[-4:]
    return _mask_keep_last(clean, 4)


def mask_phone(value: str) -> str:
    """Keep the first 3 and last 4 characters: 138****8000, +86*******8000."""
    clean = _strip(value)
    if len(clean) < 8:
        return _mask_keep_last(clean, 2)
    return clean[:3] + "*" * (len(clean) - 7) + clean[-4:]


def mask_card(value: str) -> str:
    """Keep first and last 4 digits in a fixed shape that also hides the length."""
    clean = _strip(value)
    if len(clean) < 12:
        return _mask_keep_last(clean, 4)
    return f"{clean[:4]} **** **** {clean[-4:]}"


def _mask_keep_last(value: str, keep: int) -> str:
    shown = value[-keep:] if len(value) > keep else ""
    return "*" * (len(value) - len(shown)) + shown
