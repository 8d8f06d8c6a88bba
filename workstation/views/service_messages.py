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
)

TEMPLATES = (
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
                result = result.replace(f"%{number}", value)
            return result
    return QCoreApplication.translate(CONTEXT, text)


def translate_setting_label(label: str) -> str:
    return QCoreApplication.translate("Settings", label)
