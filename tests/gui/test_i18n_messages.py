"""Every message the identity checks and the credit assessment can put on screen reads
Chinese in zh_CN: service texts through views/service_messages.py templates, code
families through views/labels.py, assessment reasons from the engines' own Chinese.

The walk formats each identity-check message with sample values (as the service does),
translates it the way a screen does, and fails on any English word left over.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_translations import interface_language
from workstation.resources import resource_path
from workstation.services import identity_checks, policy_rules
from workstation.services.credit import SCORECARD_FILE
from workstation.services.scorecard import load_scorecard
from workstation.views.labels import FAMILIES, label
from workstation.views.service_messages import translate_service_message

# Words of three or more Latin letters; MRZ, A-Z and single-letter codes are fine in Chinese.
ENGLISH_WORD = re.compile(r"\b(?!MRZ\b)[A-Za-z]{3,}\b")
CJK = re.compile(r"[\u4e00-\u9fff]")
SAMPLES = {
    "field_name": ("document number", "birth date", "expiry date", "surname"),
    "region": ("CN",),
    "expected": ("18", "18 (or 15)", "16-19", "7"),
    "reason": ("@@",),  # email_validator's own English is not ours to translate
}


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    with interface_language(qapp, "zh_CN"):
        yield


def identity_messages() -> Iterator[tuple[str, str]]:
    """(code, message) for every identity-check message, with service-like values."""
    for code, template in identity_checks.MESSAGES.items():
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        variants = max((len(SAMPLES.get(n, ("7",))) for n in names), default=1)
        for v in range(variants):
            values = {n: _sample(n, v) for n in names}
            yield code, template.format(**values)


def _sample(name: str, variant: int) -> str:
    if name in ("date", "normalized", "document_value", "typed_value"):
        return "2031-02-30" if name == "date" else "1234567"
    options = SAMPLES.get(name, ("7",))
    return options[min(variant, len(options) - 1)]


def test_every_identity_check_message_reads_chinese(chinese: None) -> None:
    problems = []
    for code, message in identity_messages():
        shown = translate_service_message(message)
        if ENGLISH_WORD.search(shown) or not CJK.search(shown):
            problems.append(f"{code}: {message!r} -> {shown!r}")
    assert problems == [], "\n".join(problems)


def test_policy_rule_hits_have_chinese() -> None:
    """Two fact sets that between them fire every policy rule."""
    bad = policy_rules.PolicyFacts(
        is_person=True,
        age=16,
        monthly_income=Decimal(100),
        monthly_debt=Decimal(1000),
        new_payment=Decimal(800),
        outstanding=Decimal(900000),
        amount=Decimal(100000),
        apr=Decimal("0.50"),
        overdue_loans=2,
        max_days_past_due=95,
        unresolved_hits=1,
        expired_documents=("cn-ric",),
        bureau=policy_rules.BureauFacts(
            date(2026, 10, 31), Decimal(500000), Decimal(9000), 9, 12, "4"
        ),
    )
    unknown = policy_rules.PolicyFacts(
        True, None, Decimal(0), Decimal(0), Decimal(0), Decimal(0), Decimal(0), None, 0, 0, 0, ()
    )
    params = policy_rules.PolicyParams()
    hits = [
        *policy_rules.evaluate(bad, params, Decimal("0.24")),
        *policy_rules.evaluate(unknown, params, Decimal("0.24")),
    ]
    assert len({h.rule_id for h in hits}) >= 10
    missing = [f"{h.rule_id}: {h.message}" for h in hits if not CJK.search(h.message_zh)]
    assert missing == []


def test_every_scorecard_reason_has_chinese() -> None:
    card = load_scorecard(resource_path(*SCORECARD_FILE))
    missing = [
        f"{c.name}: {r.text_en}"
        for c in card.characteristics
        for r in c.reasons
        if r.text_en and not CJK.search(r.text_zh)
    ]
    assert card.characteristics
    assert missing == []


def test_every_code_label_reads_chinese(chinese: None) -> None:
    """The code families (statuses, channels, outcomes, roles…) all have Chinese words."""
    problems = [
        f"{family}.{code}: {label(family, code)!r}"
        for family, words in FAMILIES.items()
        for code in words
        if not CJK.search(label(family, code))
    ]
    assert problems == [], "\n".join(problems)


def test_template_values_are_carried_and_translated(chinese: None) -> None:
    shown = translate_service_message(
        "amount 80,000 exceeds the officer limit of 50,000 for band C"
    )
    assert shown == "金额 80,000 超过信贷员在风险等级 C 的上限 50,000"
    nested = translate_service_message("returned for changes: submitted for assessment")
    assert not ENGLISH_WORD.search(nested)
    assert translate_service_message("a text no service sends") == "a text no service sends"


def test_the_labels_cover_every_code_the_services_use() -> None:
    """A status or kind added to a service without a word for it fails here, not on screen."""
    from workstation.services import (
        applications,
        approvals,
        collections,
        conduct,
        contracts,
        customer_records,
        escalations,
        permissions,
        portfolio,
        products,
        servicing,
        watchlist,
    )

    expected = {
        "ApplicationStatus": set(applications.STATUSES),
        "ApprovalKind": {*applications.APPROVAL_KINDS, *escalations.KINDS},
        "ApprovalDecision": set(approvals.DECISIONS),
        "ContactOutcome": set(collections.OUTCOMES),
        "Channel": {*conduct.CHANNELS, *servicing.CHANNELS},
        "Party": set(conduct.PARTIES),
        "Bucket": set(portfolio.BUCKETS),
        "ProductKind": set(products.KINDS),
        "CustomerKind": set(products.CUSTOMER_KINDS),
        "RepaymentMethod": set(contracts._METHOD_LABELS),
        "SignalKind": set(customer_records.SIGNAL_KINDS.values()),
        "Severity": set(customer_records.SIGNAL_SEVERITY.values()) | {"hard", "soft"},
        "WatchlistStatus": {"open", *watchlist.DECISIONS},
        "Role": set(permissions.DEFAULT_ROLES),
        "RoleDescription": set(permissions.DEFAULT_ROLES),
        "Permission": {p.value for p in permissions.Permission},
    }
    missing = {
        family: sorted(codes - set(FAMILIES[family]))
        for family, codes in expected.items()
        if codes - set(FAMILIES[family])
    }
    assert missing == {}
    for code, (description, _rights) in permissions.DEFAULT_ROLES.items():
        assert str(FAMILIES["RoleDescription"][code]) == description
