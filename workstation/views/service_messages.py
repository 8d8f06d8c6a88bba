"""Translations for the English texts the service layer raises and declares.

Services never import Qt, so their messages arrive in English. The GUI translates
them here, in context "ServiceMessages": a fixed text is looked up as it is; a text
with a variable part (a time, a role, a number) matches a template whose `%1`, `%2`
mark the variable parts, which are carried over unchanged. Setting labels from
`services/settings.py` are listed in context "Settings" so lupdate extracts them.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ServiceMessages"

FIXED = (
    # Credit bureau (services/bureau.py, bureau_reporting.py).
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The borrower has not given consent to a credit bureau inquiry.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The borrower has withdrawn consent to credit bureau inquiries.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This customer has no consent to withdraw."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Record the bureau inquiry before importing its report."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This report file has already been imported."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The application is not this customer's."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The correction changes nothing."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Please give the reason for the correction."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such reporting file in this branch."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The stored file does not match its digest; it was not exported.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The user name or password is not correct."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This account is disabled. Ask IT to enable it."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Your temporary password has expired. Ask IT for a new one."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The new password must differ from the current one."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The workstation is locked. Sign in again to continue."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Please enter your password again to confirm this action."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This password is on the list of commonly used passwords."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The database file is damaged: its integrity check failed. Nothing was changed and "
        "the file was kept as it is. Call IT to check it and restore the latest backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The database could not be opened with this key: the key is wrong or the file "
        "is damaged. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The workstation's key file is missing."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The workstation's key file cannot be read."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The workstation's key file was changed outside the app or belongs to another device.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This workstation is already set up."),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot change your own role."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such application in this branch."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such customer in this branch."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount must be a positive number."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The term must be at least one month."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a draft application can be changed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Please say why the application is withdrawn."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Please give the reason for the override request."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This product version is no longer offered."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "In-person verification needs the original document to be seen."
    ),
    # Field checks shown beside the onboarding form's fields.
    QT_TRANSLATE_NOOP("ServiceMessages", "required"),
    QT_TRANSLATE_NOOP("ServiceMessages", "this does not look like a phone number"),
    QT_TRANSLATE_NOOP("ServiceMessages", "not a mobile number"),
    QT_TRANSLATE_NOOP("ServiceMessages", "a business needs its legal representative"),
    # Scans (customer view).
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such scan in this branch."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only PNG, JPEG or PDF files can be added as scans."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file could not be read."),
    # AML review (compliance screen).
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such alert in this branch."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give a reason for the disposition."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This alert is already closed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There are no alerts closed as 'report' for this report."),
    # Onboarding and edit-form field checks (services/customer_forms.py).
    QT_TRANSLATE_NOOP("ServiceMessages", "must be at most 200 characters"),
    QT_TRANSLATE_NOOP("ServiceMessages", "must be an amount such as 8500.00"),
    QT_TRANSLATE_NOOP("ServiceMessages", "must not be negative"),
    # Application timeline reasons without a variable part.
    QT_TRANSLATE_NOOP("ServiceMessages", "created"),
    QT_TRANSLATE_NOOP("ServiceMessages", "submitted for assessment"),
    QT_TRANSLATE_NOOP("ServiceMessages", "declined by credit policy"),
    QT_TRANSLATE_NOOP("ServiceMessages", "referred by credit policy"),
    QT_TRANSLATE_NOOP("ServiceMessages", "score override granted"),
    # Early warning (services/early_warning_list.py).
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such warning status."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This warning is closed: the loan shows no signal now."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such early-warning action."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Please say why in the note."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note is too long (2,000 characters at most)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no such early warning in this branch."),
)

# Codes and words the services put inside their messages (a template's %1, %2):
# role and decision codes, MRZ field names, region codes, signing methods.
TERMS = (
    QT_TRANSLATE_NOOP("ServiceTerms", "officer"),
    QT_TRANSLATE_NOOP("ServiceTerms", "supervisor"),
    QT_TRANSLATE_NOOP("ServiceTerms", "approve"),
    QT_TRANSLATE_NOOP("ServiceTerms", "refer"),
    QT_TRANSLATE_NOOP("ServiceTerms", "decline"),
    QT_TRANSLATE_NOOP("ServiceTerms", "annuity"),
    QT_TRANSLATE_NOOP("ServiceTerms", "equal-principal"),
    QT_TRANSLATE_NOOP("ServiceTerms", "interest-only"),
    QT_TRANSLATE_NOOP("ServiceTerms", "bullet"),
    QT_TRANSLATE_NOOP("ServiceTerms", "typed"),
    QT_TRANSLATE_NOOP("ServiceTerms", "drawn"),
    QT_TRANSLATE_NOOP("ServiceTerms", "surname"),
    QT_TRANSLATE_NOOP("ServiceTerms", "given names"),
    QT_TRANSLATE_NOOP("ServiceTerms", "document number"),
    QT_TRANSLATE_NOOP("ServiceTerms", "birth date"),
    QT_TRANSLATE_NOOP("ServiceTerms", "expiry date"),
    QT_TRANSLATE_NOOP("ServiceTerms", "nationality"),
    QT_TRANSLATE_NOOP("ServiceTerms", "sex"),
    QT_TRANSLATE_NOOP("ServiceTerms", "personal number"),
    QT_TRANSLATE_NOOP("ServiceTerms", "composite"),
    QT_TRANSLATE_NOOP("ServiceTerms", "CN"),
    QT_TRANSLATE_NOOP("ServiceTerms", "HK"),
    QT_TRANSLATE_NOOP("ServiceTerms", "MO"),
    QT_TRANSLATE_NOOP("ServiceTerms", "TW"),
)

TEMPLATES = (
    # More specific templates first: the first whole match wins.
    # Credit bureau (services/bureau.py, bureau_reporting.py).
    QT_TRANSLATE_NOOP("ServiceMessages", "The borrower's bureau consent expired on %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The bureau report cannot be imported:\n%1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The reporting file failed validation:\n%1"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "No month-end loan states for %1: the end of day for %2 has not run.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "No file has been generated for %1 yet."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Account %1 is not in that month's file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only these fields can be corrected: %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "must have %1 (or %2) characters, not %3"),
    # Identity checks (services/identity_checks.py MESSAGES) not listed further down.
    QT_TRANSLATE_NOOP("ServiceMessages", "old 15-digit number converted to %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "region code %1 is not in the region list"),
    QT_TRANSLATE_NOOP("ServiceMessages", "region code %1 was not in use in birth year %2"),
    QT_TRANSLATE_NOOP("ServiceMessages", "an MRZ has 2 or 3 lines, not %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "MRZ line %1 has %2 characters, expected %3"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "MRZ line %1 position %2: character '%3' is not allowed (only A-Z, 0-9 and <)",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "document type %1 is a visa, not an identity document"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 check digit should be %2, not %3"),
    QT_TRANSLATE_NOOP("ServiceMessages", "sex code '%1' is not M, F or <"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 on the document is %2, but the form says %3"),
    # Application timeline reasons (services/applications.py, contracts.py, servicing.py).
    QT_TRANSLATE_NOOP("ServiceMessages", "score override requested: %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "approved within %1 authority"),
    QT_TRANSLATE_NOOP("ServiceMessages", "not taken further by %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "approved by supervisor: %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "declined by supervisor: %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "returned for changes: %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "contract %1 issued"),
    QT_TRANSLATE_NOOP("ServiceMessages", "contract %1 signed (%2)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "loan %1 disbursed"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Loan contract %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "amount %1 exceeds the %2 limit of %3 for band %4"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "term %1 months exceeds the %2 limit of %3 months for band %4"
    ),
    # Approval requests (services/applications.py _refer, escalations.py, approvals.py).
    QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2 over %3 months at %4% (%5). %6"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2 over %3 months at %4% (%5)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Loan %1: settle for %2 of %3. %4"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Loan %1: new schedule: %2 months. %3"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Loan %1: write off %2. %3"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Loan %1: hardship hold for %2 days. %3"),
    QT_TRANSLATE_NOOP("ServiceMessages", "score %1, band %2, %3: %4"),
    QT_TRANSLATE_NOOP("ServiceMessages", "score %1, band %2, %3"),
    # Collections timeline note of a promise to pay.
    QT_TRANSLATE_NOOP("ServiceMessages", "due %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "unknown document type %1"),
    # Audit chain check (services/audit.py).
    QT_TRANSLATE_NOOP("ServiceMessages", "event %1 differs from the anchor"),
    QT_TRANSLATE_NOOP("ServiceMessages", "events %1 to %2 were removed"),
    QT_TRANSLATE_NOOP("ServiceMessages", "event %1 is missing or out of order (found %2)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "event %1 does not follow the event before it"),
    QT_TRANSLATE_NOOP("ServiceMessages", "event %1 was altered after it was written"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Too many unsuccessful sign-ins. Signing in is blocked until %1 UTC. "
        "Ask IT if you have forgotten your password.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Your role (%1) does not allow this action (%2)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is %1 MB; a scan may be at most 10 MB."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The password must have at least %1 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The password must have at most %1 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The password must not contain the word “%1”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A password of %1 or more characters is safer."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The database is damaged (%1). Nothing was changed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The backup is damaged: %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The database file %1 does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Please correct the customer details: %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "must have %1 characters, not %2"),
    QT_TRANSLATE_NOOP("ServiceMessages", "character '%1' at position %2 is not a digit"),
    QT_TRANSLATE_NOOP("ServiceMessages", "character '%1' at position %2 is not allowed"),
    QT_TRANSLATE_NOOP("ServiceMessages", "check digit should be %1, not %2"),
    QT_TRANSLATE_NOOP("ServiceMessages", "birth date %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceMessages", "birth date %1 is in the future"),
    QT_TRANSLATE_NOOP("ServiceMessages", "age %1 is below the minimum of %2"),
    QT_TRANSLATE_NOOP("ServiceMessages", "age %1 is above the maximum of %2"),
    QT_TRANSLATE_NOOP("ServiceMessages", "expiry date %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceMessages", "document expired on %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "document expires on %1, in %2 days"),
    QT_TRANSLATE_NOOP("ServiceMessages", "not a valid phone number for region %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "not a valid e-mail address: %1"),
    QT_TRANSLATE_NOOP("ServiceMessages", "registration authority '%1' is not one of 1-9, A, N, Y"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a disposition: %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose the loan purpose from: %1."),
    # Last: it would match longer texts that merely contain ", band ".
    QT_TRANSLATE_NOOP("ServiceMessages", "%1, band %2"),
)

SETTING_LABELS = (
    QT_TRANSLATE_NOOP("Settings", "Interface language"),
    QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes"),
    QT_TRANSLATE_NOOP("Settings", "Forced sign-out after hours"),
    QT_TRANSLATE_NOOP("Settings", "Failed sign-ins before lockout"),
    QT_TRANSLATE_NOOP("Settings", "Lockout minutes"),
    QT_TRANSLATE_NOOP("Settings", "Re-enter password for sensitive actions after"),
    QT_TRANSLATE_NOOP("Settings", "Sync server address"),
    QT_TRANSLATE_NOOP("Settings", "Sync every seconds"),
    QT_TRANSLATE_NOOP("Settings", "Currency"),
    QT_TRANSLATE_NOOP("Settings", "Annual percentage rate cap"),
    QT_TRANSLATE_NOOP("Settings", "One-year loan prime rate (LPR)"),
    QT_TRANSLATE_NOOP("Settings", "Five-year loan prime rate (LPR)"),
    QT_TRANSLATE_NOOP("Settings", "Borrowers' local time zone"),
    QT_TRANSLATE_NOOP("Settings", "Collection contact hours (local)"),
    QT_TRANSLATE_NOOP("Settings", "Contact attempts per case per day"),
    QT_TRANSLATE_NOOP("Settings", "Contact attempts per case per week"),
    QT_TRANSLATE_NOOP("Settings", "Reminder days before the due date"),
    QT_TRANSLATE_NOOP("Settings", "Reminder days after the due date"),
    QT_TRANSLATE_NOOP("Settings", "SMTP server"),
    QT_TRANSLATE_NOOP("Settings", "SMTP port"),
    QT_TRANSLATE_NOOP("Settings", "Reminder sender address"),
    QT_TRANSLATE_NOOP("Settings", "SMS gateway address"),
    QT_TRANSLATE_NOOP("Settings", "Lender's legal name (contracts)"),
    QT_TRANSLATE_NOOP("Settings", "Lender's licence number (contracts)"),
    QT_TRANSLATE_NOOP("Settings", "Branch telephone (letters)"),
    QT_TRANSLATE_NOOP("Settings", "Borrower signs by"),
    QT_TRANSLATE_NOOP("Settings", "AML: daily cash per customer (CNY)"),
    QT_TRANSLATE_NOOP("Settings", "AML: structuring from % of limit"),
    QT_TRANSLATE_NOOP("Settings", "AML: structuring window (days)"),
    QT_TRANSLATE_NOOP("Settings", "AML: structuring payments in window"),
    QT_TRANSLATE_NOOP("Settings", "AML: settled within days of payout"),
    QT_TRANSLATE_NOOP("Settings", "AML: unusual 30-day volume (× profile)"),
)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """`%1`, `%2` … in a template match any text; everything else literally."""
    parts = re.split(r"%\d", template)
    return re.compile("(.+?)".join(re.escape(p) for p in parts), re.DOTALL)


def translate_service_message(text: str) -> str:
    """The officer's-language version of a service message; unknown texts stay English."""
    for template in map(str, TEMPLATES):
        match = _pattern(template).fullmatch(text)
        if match:
            result = QCoreApplication.translate(CONTEXT, template)
            for number, value in enumerate(match.groups(), start=1):
                result = result.replace(f"%{number}", _term(value))
            return result
    return QCoreApplication.translate(CONTEXT, text)


def _term(value: str) -> str:
    """A variable part: a known code or field name in the officer's words, a free text
    (a supervisor's comment, a reason) translated if it is itself a service message."""
    if value in _TERM_SOURCES:
        return QCoreApplication.translate("ServiceTerms", value)
    return translate_service_message(value) if " " in value else value


_TERM_SOURCES = frozenset(map(str, TERMS))


def translate_setting_label(label: str) -> str:
    return QCoreApplication.translate("Settings", label)
