"""The compliance screen's words: rule names, dispositions and why an alert fired.

The service hands over codes and figures (cents as integers); the sentences are made
here so they are translated like every other visible string.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.views.formatting import format_money

CONTEXT = "Compliance"
RULES = {
    "large_cash": QT_TRANSLATE_NOOP("Compliance", "Large cash"),
    "structuring": QT_TRANSLATE_NOOP("Compliance", "Structuring"),
    "unregistered_account": QT_TRANSLATE_NOOP("Compliance", "Unregistered account"),
    "early_settlement": QT_TRANSLATE_NOOP("Compliance", "Early full settlement"),
    "unusual_volume": QT_TRANSLATE_NOOP("Compliance", "Unusual volume"),
}
DISPOSITIONS = {
    "false_positive": QT_TRANSLATE_NOOP("Compliance", "False positive"),
    "monitor": QT_TRANSLATE_NOOP("Compliance", "Monitor"),
    "report": QT_TRANSLATE_NOOP("Compliance", "Report"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("Compliance", "Open"),
    "closed": QT_TRANSLATE_NOOP("Compliance", "Closed"),
}
WORDS = {
    "disbursement": QT_TRANSLATE_NOOP("Compliance", "disbursement"),
    "repayment": QT_TRANSLATE_NOOP("Compliance", "repayment"),
    "cash": QT_TRANSLATE_NOOP("Compliance", "cash"),
    "transfer": QT_TRANSLATE_NOOP("Compliance", "transfer"),
    "card": QT_TRANSLATE_NOOP("Compliance", "card"),
    "opened": QT_TRANSLATE_NOOP("Compliance", "opened"),
    "closed": QT_TRANSLATE_NOOP("Compliance", "closed"),
    "reported": QT_TRANSLATE_NOOP("Compliance", "reported"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_name(code: str) -> str:
    return tr(str(RULES.get(code, code)))


def disposition_name(code: str) -> str:
    return tr(str(DISPOSITIONS[code])) if code in DISPOSITIONS else ""


def status_name(code: str) -> str:
    return tr(str(STATUSES.get(code, code)))


def word(code: str) -> str:
    return tr(str(WORDS.get(code, code)))


def _money(cents: object) -> str:
    return format_money(Decimal(str(cents)) / 100)


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


def why(rule: str, amount: Decimal, details: dict[str, object]) -> str:
    """One sentence saying which figures crossed which line."""
    d = details
    if rule == "large_cash":
        text = QCoreApplication.translate(
            "Compliance", "Cash of %1 in one day (%2 transactions); the threshold is %3."
        )
        return _fill(text, format_money(amount), d["count"], _money(d["threshold_cents"]))
    if rule == "structuring":
        text = QCoreApplication.translate(
            "Compliance",
            "%1 cash payments of %2 to just under %3 on %4 days since %5, together %6: "
            "each stays under the large-cash threshold.",
        )
        return _fill(
            text,
            d["count"],
            _money(d["band_low_cents"]),
            _money(d["threshold_cents"]),
            d["days"],
            d["window_start"],
            format_money(amount),
        )
    if rule == "unregistered_account":
        text = QCoreApplication.translate(
            "Compliance", "A repayment of %1 by %2 from an account not registered to the borrower."
        )
        return _fill(text, format_money(amount), word(str(d["channel"])))
    if rule == "early_settlement":
        text = QCoreApplication.translate(
            "Compliance", "Repaid %1 of a %2 loan %3 days after the payout on %4."
        )
        principal = _money(d["principal_cents"])
        return _fill(text, format_money(amount), principal, d["days"], d["paid_out"])
    if rule == "unusual_volume":
        text = QCoreApplication.translate(
            "Compliance",
            "Repayments of %1 in %2 days, above %3 (the profile %4: declared income %5, "
            "own monthly average %6).",
        )
        return _fill(
            text,
            format_money(amount),
            d["window_days"],
            _money(d["limit_cents"]),
            _money(d["profile_cents"]),
            _money(d["monthly_income_cents"]),
            _money(d["history_monthly_cents"]),
        )
    return ""
