"""What an officer types when onboarding a customer, and the verdict on each field.

The onboarding form checks every field as it is typed with `field_error`, and
`clean` runs the same checks once more inside `customers.onboard`, so the GUI, the
CLI and the sync service accept exactly the same input. Messages come from
`identity_checks` and say what to fix ("check digit should be 7, not 3").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from workstation.services import identity_checks as ic

DEFAULT_AGE_RANGE = (18, 65)
PERSON_ID_TYPES = ("cn-ric", "mrz")
BUSINESS_ID_TYPES = ("cn-uscc",)
ATTACHMENT_KINDS = ("id-front", "id-back", "business-licence")
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class NewAttachment:
    kind: str  # one of ATTACHMENT_KINDS
    media_type: str
    content: bytes


@dataclass(frozen=True)
class NewCustomer:
    """Onboarding input as typed; `clean` normalises and checks it."""

    name: str
    id_number: str
    mobile: str = ""
    kind: str = "person"  # person | business
    id_type: str = "cn-ric"  # cn-ric | mrz (people), cn-uscc (businesses)
    id_expiry: date | None = None
    email: str = ""
    address: str = ""
    bank_card: str = ""
    bank_name: str = ""
    occupation: str = ""
    employer: str = ""
    industry: str = ""
    monthly_income: str = "0"
    monthly_debt_payments: str = "0"
    legal_representative_id: str = ""  # businesses: an existing person customer
    product_code: str = ""  # its policy sets the age range; defaults 18..65
    attachments: tuple[NewAttachment, ...] = ()


@dataclass(frozen=True)
class CleanCustomer:
    """Checked, normalised values plus what the document told us."""

    source: NewCustomer
    name: str
    id_number: str
    id_check: ic.CheckResult
    mobile: str
    email: str
    address: str
    bank_card: str
    monthly_income: Decimal
    monthly_debt_payments: Decimal
    birth_date: date | None
    sex: str
    nationality: str


class CustomerInvalid(ValueError):
    """Raised with every field's problem, so the form can show each next to its field."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        listed = "; ".join(f"{field.replace('_', ' ')}: {msg}" for field, msg in problems.items())
        super().__init__(f"Please correct the customer details: {listed}.")


def field_error(
    field: str,
    value: str,
    today: date,
    *,
    id_type: str = "cn-ric",
    ages: tuple[int, int] = DEFAULT_AGE_RANGE,
) -> str:
    """The message to show next to one field, or "" when the value is acceptable."""
    checker = _FIELD_CHECKS.get(field)
    return "" if checker is None else checker(value, today, id_type, ages)


def clean(
    new: NewCustomer, today: date, ages: tuple[int, int] = DEFAULT_AGE_RANGE
) -> CleanCustomer:
    """Check every field; raise CustomerInvalid listing each problem."""
    problems = _problems(new, today, ages)
    if problems:
        raise CustomerInvalid(problems)
    result = _id_result(new.id_type, new.id_number, today, ages)
    derived = result.derived
    birth = derived.get("birth_date")
    return CleanCustomer(
        source=new,
        name=" ".join(new.name.split()),
        id_number=result.normalized or "",
        id_check=result,
        mobile=_normalized("phone", new.mobile, today),
        email=_normalized("email", new.email, today),
        address=" ".join(new.address.split()),
        bank_card=_normalized("bank-card", new.bank_card, today),
        monthly_income=parse_money(new.monthly_income) or Decimal(0),
        monthly_debt_payments=parse_money(new.monthly_debt_payments) or Decimal(0),
        birth_date=date.fromisoformat(birth) if birth else None,
        sex=derived.get("sex", "")[:1],
        nationality=derived.get("nationality", "CHN") or "CHN",
    )


def age_range(policy: Mapping[str, object]) -> tuple[int, int]:
    """A product policy's min_age/max_age, falling back to the defaults."""
    low, high = DEFAULT_AGE_RANGE
    return int(str(policy.get("min_age", low))), int(str(policy.get("max_age", high)))


def _problems(new: NewCustomer, today: date, ages: tuple[int, int]) -> dict[str, str]:
    allowed = BUSINESS_ID_TYPES if new.kind == "business" else PERSON_ID_TYPES
    problems: dict[str, str] = {}
    if new.kind not in ("person", "business"):
        problems["kind"] = "must be person or business"
    if new.id_type not in allowed:
        problems["id_type"] = f"must be one of {', '.join(allowed)} for a {new.kind}"
    values = {
        "name": new.name,
        "id_number": new.id_number,
        "mobile": new.mobile,
        "email": new.email,
        "bank_card": new.bank_card,
        "monthly_income": new.monthly_income,
        "monthly_debt_payments": new.monthly_debt_payments,
    }
    for field, value in values.items():
        message = field_error(field, value, today, id_type=new.id_type, ages=ages)
        if message:
            problems[field] = message
    if new.id_expiry is not None:
        expiry = ic.check_document_expiry(new.id_expiry, today)
        if not expiry.valid:
            problems["id_expiry"] = expiry.problems[0].message
    if new.kind == "business" and not new.legal_representative_id:
        problems["legal_representative_id"] = "a business needs its legal representative"
    return problems


def check_document(
    kind: str,
    value: str,
    today: date,
    ages: tuple[int, int] = DEFAULT_AGE_RANGE,
    expiry: date | None = None,
) -> ic.CheckResult:
    """`identity_checks.check` plus the age range (IDs, MRZ) and a typed expiry date."""
    result = _id_result(kind, value, today, ages)
    if expiry is None:
        return result
    return _combined(result, ic.check_document_expiry(expiry, today))


def _combined(first: ic.CheckResult, second: ic.CheckResult) -> ic.CheckResult:
    problems = first.problems + second.problems
    return ic.CheckResult(
        first.kind,
        not problems,
        first.normalized if not problems else None,
        {**first.derived, **second.derived},
        problems,
        first.warnings + second.warnings,
    )


def _id_result(id_type: str, value: str, today: date, ages: tuple[int, int]) -> ic.CheckResult:
    if id_type == "cn-ric":
        return ic.check_cn_ric(value, today, *ages)
    if id_type == "mrz":
        result = ic.check_mrz(value, today=today)
        birth = result.derived.get("birth_date")
        if not (result.valid and birth):
            return result
        age = ic.check_age(date.fromisoformat(birth), today, *ages)
        return result if age.valid else age
    return ic.check(id_type, value, today)


def _check_id(value: str, today: date, id_type: str, ages: tuple[int, int]) -> str:
    if not value.strip():
        return "required"
    if id_type not in (*PERSON_ID_TYPES, *BUSINESS_ID_TYPES):
        return f"unknown document type {id_type}"
    return _first(_id_result(id_type, value, today, ages))


def _check_name(value: str, _today: date, _id_type: str, _ages: tuple[int, int]) -> str:
    name = " ".join(value.split())
    if not name:
        return "required"
    return "must be at most 200 characters" if len(name) > 200 else ""


def _optional(kind: str, required: bool = False):  # type: ignore[no-untyped-def]
    def checker(value: str, today: date, _id_type: str, _ages: tuple[int, int]) -> str:
        if not value.strip():
            return "required" if required else ""
        return _first(ic.check(kind, value, today))

    return checker


def _check_money(value: str, _today: date, _id_type: str, _ages: tuple[int, int]) -> str:
    amount = parse_money(value)
    if amount is None:
        return "must be an amount such as 8500.00"
    return "must not be negative" if amount < 0 else ""


def parse_money(value: str) -> Decimal | None:
    """A typed amount (commas allowed) as Decimal; None when it is not a number."""
    text = value.replace(",", "").strip() or "0"
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _first(result: ic.CheckResult) -> str:
    return result.problems[0].message if result.problems else ""


def _normalized(kind: str, value: str, today: date) -> str:
    if not value.strip():
        return ""
    return ic.check(kind, value, today).normalized or ""


_FIELD_CHECKS = {
    "name": _check_name,
    "id_number": _check_id,
    "mobile": _optional("phone", required=True),
    "email": _optional("email"),
    "bank_card": _optional("bank-card"),
    "monthly_income": _check_money,
    "monthly_debt_payments": _check_money,
}
