"""ICAO 9303 machine-readable zone (MRZ) parsing for TD1, TD2 and TD3 documents.

This module owns the MRZ layouts, the 7-3-1 check-digit algorithm and the YYMMDD
century rules. It only parses and computes: it reports the check digits it found
and the ones it expected, and leaves the judgement (problem, warning, message) to
`identity_checks`. Hand-written because the `mrz` PyPI package is GPL and
python-stdnum has no MRZ module.

Layouts (ICAO 9303 parts 4-6; positions are 0-based slices):

- TD1, 3 x 30 (ID cards): line 1 type, state, document number, check, optional
  data; line 2 birth, check, sex, expiry, check, nationality, optional data,
  composite; line 3 name. A document number longer than 9 characters continues
  in the optional data, marked by '<' in the check-digit position.
- TD2, 2 x 36: line 1 type, state, name; line 2 like TD3 but with 7 characters of
  optional data and no separate check digit for them. Long document numbers
  continue in the optional data as in TD1.
- TD3, 2 x 44 (passports): line 2 adds a 14-character personal number with its
  own check digit.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date

FILLER = "<"
_WEIGHTS = (7, 3, 1)
_ALPHABET = frozenset(string.ascii_uppercase + string.digits + FILLER)
_LENGTHS = {3: (30,), 2: (36, 44)}


class MrzFormatError(ValueError):
    """The text cannot be an MRZ at all; `code` and `params` say why."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class CheckDigit:
    """One check digit as printed next to the data it protects."""

    field: str
    data: str
    actual: str

    @property
    def expected(self) -> str:
        return compute_check_digit(self.data)

    @property
    def ok(self) -> bool:
        # An empty personal number may carry '<' instead of '0' (ICAO 9303 part 4).
        blank = self.field == "personal_number" and self.data.strip(FILLER) == ""
        return self.actual == self.expected or (blank and self.actual == FILLER)


@dataclass(frozen=True)
class MrzRecord:
    """The fields of one MRZ, fillers removed, dates still raw YYMMDD."""

    format: str
    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    name_truncated: bool
    document_number: str
    nationality: str
    birth_date: str
    sex: str
    expiry_date: str
    optional_data: str
    check_digits: tuple[CheckDigit, ...]
    lines: tuple[str, ...]


def compute_check_digit(data: str) -> str:
    """ICAO 9303 part 3 check digit: values weighted 7, 3, 1 repeating, mod 10."""
    total = sum(_char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data))
    return str(total % 10)


def _char_value(char: str) -> int:
    if char.isdigit():
        return int(char)
    if char == FILLER:
        return 0
    return ord(char) - ord("A") + 10


def split_lines(text: str) -> tuple[str, ...]:
    """Split pasted or scanned text into MRZ lines and check their shape.

    Blank lines and surrounding whitespace are dropped and letters upper-cased, since
    OCR and hand copies produce both; anything else outside A-Z, 0-9 and '<' is an error.
    """
    lines = tuple(line.strip().upper() for line in text.strip().splitlines() if line.strip())
    if len(lines) not in _LENGTHS:
        raise MrzFormatError("mrz_line_count", count=str(len(lines)))
    for number, line in enumerate(lines, start=1):
        _check_line(number, line, _LENGTHS[len(lines)])
    if len(lines[1]) != len(lines[0]):
        raise MrzFormatError(
            "mrz_line_length", line="2", length=str(len(lines[1])), expected=str(len(lines[0]))
        )
    return lines


def _check_line(number: int, line: str, lengths: tuple[int, ...]) -> None:
    if len(line) not in lengths:
        expected = " or ".join(str(n) for n in lengths)
        raise MrzFormatError(
            "mrz_line_length", line=str(number), length=str(len(line)), expected=expected
        )
    position = next((i for i, c in enumerate(line) if c not in _ALPHABET), None)
    if position is not None:
        raise MrzFormatError(
            "mrz_character", line=str(number), position=str(position + 1), char=line[position]
        )


def parse(text: str) -> MrzRecord:
    """Parse a 2- or 3-line MRZ; raises MrzFormatError if the shape is wrong."""
    lines = split_lines(text)
    if lines[0][0] == "V":
        # Visas (MRV-A/B) share TD3/TD2 sizes but have no composite check digit.
        raise MrzFormatError("mrz_unsupported_type", document_type=_unfill(lines[0][:2]))
    if len(lines) == 3:
        return _parse_td1(lines)
    return _parse_td3(lines) if len(lines[0]) == 44 else _parse_td2(lines)


def _parse_td1(lines: tuple[str, ...]) -> MrzRecord:
    l1, l2, l3 = lines
    number, number_check, optional = _long_document_number(l1[5:14], l1[14], l1[15:30])
    composite = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return _record(
        "TD1",
        lines,
        name_field=l3,
        document_line=l1,
        personal_line=l2[:18],
        number=(number, number_check),
        optional=optional + FILLER + l2[18:29],
        check_digits=(
            CheckDigit("birth_date", l2[0:6], l2[6]),
            CheckDigit("expiry_date", l2[8:14], l2[14]),
            CheckDigit("composite", composite, l2[29]),
        ),
    )


def _parse_td2(lines: tuple[str, ...]) -> MrzRecord:
    l1, l2 = lines
    number, number_check, optional = _long_document_number(l2[0:9], l2[9], l2[28:35])
    composite = l2[0:10] + l2[13:20] + l2[21:35]
    return _record(
        "TD2",
        lines,
        name_field=l1[5:36],
        document_line=l1,
        personal_line=_td23_personal(l2),
        number=(number, number_check),
        optional=optional,
        check_digits=(*_td23_dates(l2), CheckDigit("composite", composite, l2[35])),
    )


def _parse_td3(lines: tuple[str, ...]) -> MrzRecord:
    l1, l2 = lines
    composite = l2[0:10] + l2[13:20] + l2[21:43]
    return _record(
        "TD3",
        lines,
        name_field=l1[5:44],
        document_line=l1,
        personal_line=_td23_personal(l2),
        number=(l2[0:9], l2[9]),
        optional=l2[28:42],
        check_digits=(
            *_td23_dates(l2),
            CheckDigit("personal_number", l2[28:42], l2[42]),
            CheckDigit("composite", composite, l2[43]),
        ),
    )


def _td23_personal(line: str) -> str:
    """Birth date, sex, expiry and nationality rearranged into the TD1 order."""
    return line[13:21] + line[21:28] + line[10:13]


def _td23_dates(line: str) -> tuple[CheckDigit, CheckDigit]:
    return CheckDigit("birth_date", line[13:19], line[19]), CheckDigit(
        "expiry_date", line[21:27], line[27]
    )


def _long_document_number(principal: str, check: str, optional: str) -> tuple[str, str, str]:
    """Join a TD1/TD2 document number that overflows into the optional data.

    Returns (full number, its check digit, remaining optional data).
    """
    if check != FILLER:
        return principal, check, optional
    overflow, _, rest = optional.partition(FILLER)
    return principal + overflow[:-1], overflow[-1:] or FILLER, rest


def _record(
    fmt: str,
    lines: tuple[str, ...],
    *,
    name_field: str,
    document_line: str,
    personal_line: str,
    number: tuple[str, str],
    optional: str,
    check_digits: tuple[CheckDigit, ...],
) -> MrzRecord:
    """Build the record; `personal_line` is birth+check, sex, expiry+check, nationality."""
    surname, _, given = name_field.partition(FILLER * 2)
    return MrzRecord(
        format=fmt,
        document_type=_unfill(document_line[0:2]),
        issuing_state=_unfill(document_line[2:5]),
        surname=_unfill(surname),
        given_names=_unfill(given),
        name_truncated=not name_field.endswith(FILLER),
        document_number=_unfill(number[0]),
        nationality=_unfill(personal_line[15:18]),
        birth_date=personal_line[0:6],
        sex=personal_line[7],
        expiry_date=personal_line[8:14],
        optional_data=_unfill(optional),
        check_digits=(CheckDigit("document_number", number[0], number[1]), *check_digits),
        lines=lines,
    )


def _unfill(field: str) -> str:
    """Fillers become spaces inside a field and vanish at its ends."""
    return " ".join(field.replace(FILLER, " ").split())


def birth_year(yymmdd: str, today: date) -> int:
    """Four-digit birth year: the latest century that does not put the birth after today."""
    year = 2000 + int(yymmdd[0:2])
    born_later = (year, yymmdd[2:4], yymmdd[4:6]) > (today.year, f"{today:%m}", f"{today:%d}")
    return year - 100 if born_later else year


def expiry_year(yymmdd: str) -> int:
    """Expiry dates are always this century: no valid document expired before 2000."""
    return 2000 + int(yymmdd[0:2])


def transliterate(name: str) -> str:
    """A typed Latin name as the MRZ would show it, '<' read as space (9303 part 3, 6.A).

    Accents are dropped (the MRZ may also write Ä as AE; such names will not match),
    hyphens and commas become spaces and apostrophes vanish.
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    spaced = re.sub(r"[-,]", " ", plain.replace("'", "")).upper()
    return " ".join(spaced.split())
