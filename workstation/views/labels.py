"""The officer's words for the codes the services store and return.

Services keep codes ("written_off", "spoke_promise", "1-30"), never display text; a
screen shows `label(family, code)`. Each family is its own translation context, so a
translator sees what kind of word it is ("Draft" as an application status), and one
English word can take a different Chinese word per family. An unknown code (a newer
head office, an old row) is shown as it is, with underscores as spaces, rather than
hidden.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from workstation.views.service_messages import translate_service_message

# Values are QT_TRANSLATE_NOOP source texts (typed `object` by PySide, str at run time).
FAMILIES: dict[str, dict[str, object]] = {
    "ApplicationStatus": {
        "draft": QT_TRANSLATE_NOOP("ApplicationStatus", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted"),
        "assessed": QT_TRANSLATE_NOOP("ApplicationStatus", "Assessed"),
        "approved": QT_TRANSLATE_NOOP("ApplicationStatus", "Approved"),
        "referred": QT_TRANSLATE_NOOP("ApplicationStatus", "Referred"),
        "declined": QT_TRANSLATE_NOOP("ApplicationStatus", "Declined"),
        "contract_issued": QT_TRANSLATE_NOOP("ApplicationStatus", "Contract issued"),
        "signed": QT_TRANSLATE_NOOP("ApplicationStatus", "Signed"),
        "disbursed": QT_TRANSLATE_NOOP("ApplicationStatus", "Disbursed"),
        "withdrawn": QT_TRANSLATE_NOOP("ApplicationStatus", "Withdrawn"),
        "expired": QT_TRANSLATE_NOOP("ApplicationStatus", "Expired"),
    },
    "LoanStatus": {
        "pending": QT_TRANSLATE_NOOP("LoanStatus", "Awaiting payout"),
        "active": QT_TRANSLATE_NOOP("LoanStatus", "Repaying"),
        "restructured": QT_TRANSLATE_NOOP("LoanStatus", "Restructured"),
        "settling": QT_TRANSLATE_NOOP("LoanStatus", "Settling"),
        "settled": QT_TRANSLATE_NOOP("LoanStatus", "Settled"),
        "closed": QT_TRANSLATE_NOOP("LoanStatus", "Paid off"),
        "written_off": QT_TRANSLATE_NOOP("LoanStatus", "Written off"),
    },
    "CaseStatus": {
        "open": QT_TRANSLATE_NOOP("CaseStatus", "Open"),
        "closed": QT_TRANSLATE_NOOP("CaseStatus", "Closed"),
    },
    "ContractStatus": {
        "draft": QT_TRANSLATE_NOOP("ContractStatus", "Draft"),
        "signed": QT_TRANSLATE_NOOP("ContractStatus", "Signed"),
        "void": QT_TRANSLATE_NOOP("ContractStatus", "Void"),
    },
    "ReminderStatus": {
        "queued": QT_TRANSLATE_NOOP("ReminderStatus", "Queued"),
        "sent": QT_TRANSLATE_NOOP("ReminderStatus", "Sent"),
        "retry": QT_TRANSLATE_NOOP("ReminderStatus", "Will retry"),
        "failed": QT_TRANSLATE_NOOP("ReminderStatus", "Failed"),
    },
    "ReminderTemplate": {
        "before_due": QT_TRANSLATE_NOOP("ReminderTemplate", "Before the due date"),
        "overdue": QT_TRANSLATE_NOOP("ReminderTemplate", "Overdue"),
    },
    "PromiseStatus": {
        "open": QT_TRANSLATE_NOOP("PromiseStatus", "Awaiting payment"),
        "kept": QT_TRANSLATE_NOOP("PromiseStatus", "Kept"),
        "broken": QT_TRANSLATE_NOOP("PromiseStatus", "Broken"),
    },
    "RepaymentMethod": {
        "annuity": QT_TRANSLATE_NOOP("RepaymentMethod", "Equal instalments"),
        "equal-principal": QT_TRANSLATE_NOOP("RepaymentMethod", "Equal principal"),
        "interest-only": QT_TRANSLATE_NOOP(
            "RepaymentMethod", "Interest only, principal at maturity"
        ),
        "bullet": QT_TRANSLATE_NOOP("RepaymentMethod", "Principal and interest at maturity"),
    },
    "ProductKind": {
        "personal": QT_TRANSLATE_NOOP("ProductKind", "Personal loan"),
        "consumer": QT_TRANSLATE_NOOP("ProductKind", "Consumer loan"),
        "revolving": QT_TRANSLATE_NOOP("ProductKind", "Revolving credit"),
        "business": QT_TRANSLATE_NOOP("ProductKind", "Business loan"),
        "supply": QT_TRANSLATE_NOOP("ProductKind", "Supply-chain loan"),
    },
    "CustomerKind": {
        "person": QT_TRANSLATE_NOOP("CustomerKind", "Person"),
        "business": QT_TRANSLATE_NOOP("CustomerKind", "Business"),
    },
    "Sex": {
        "M": QT_TRANSLATE_NOOP("Sex", "male"),
        "F": QT_TRANSLATE_NOOP("Sex", "female"),
    },
    "CustomerStatus": {
        "active": QT_TRANSLATE_NOOP("CustomerStatus", "Active"),
        "blocked": QT_TRANSLATE_NOOP("CustomerStatus", "Blocked"),
        "merged": QT_TRANSLATE_NOOP("CustomerStatus", "Merged"),
    },
    "OnboardingState": {
        "screening": QT_TRANSLATE_NOOP("OnboardingState", "Screening"),
        "complete": QT_TRANSLATE_NOOP("OnboardingState", "Complete"),
        "blocked_watchlist": QT_TRANSLATE_NOOP("OnboardingState", "Held: watch-list match"),
        "rejected_watchlist": QT_TRANSLATE_NOOP("OnboardingState", "Refused: watch list"),
    },
    "DocumentType": {
        "cn-ric": QT_TRANSLATE_NOOP("DocumentType", "Resident ID card"),
        "mrz": QT_TRANSLATE_NOOP("DocumentType", "Passport"),
        "cn-uscc": QT_TRANSLATE_NOOP("DocumentType", "Unified social credit code"),
    },
    "ContactKind": {
        "mobile": QT_TRANSLATE_NOOP("ContactKind", "Mobile"),
        "phone": QT_TRANSLATE_NOOP("ContactKind", "Telephone"),
        "email": QT_TRANSLATE_NOOP("ContactKind", "E-mail"),
        "address": QT_TRANSLATE_NOOP("ContactKind", "Address"),
        "reference": QT_TRANSLATE_NOOP("ContactKind", "Reference"),
    },
    "Channel": {
        "phone": QT_TRANSLATE_NOOP("Channel", "Phone call"),
        "sms": QT_TRANSLATE_NOOP("Channel", "Text message"),
        "email": QT_TRANSLATE_NOOP("Channel", "E-mail"),
        "visit": QT_TRANSLATE_NOOP("Channel", "Visit"),
        "letter": QT_TRANSLATE_NOOP("Channel", "Letter"),
        "cash": QT_TRANSLATE_NOOP("Channel", "Cash"),
        "transfer": QT_TRANSLATE_NOOP("Channel", "Bank transfer"),
        "card": QT_TRANSLATE_NOOP("Channel", "Bank card"),
    },
    "ContactOutcome": {
        "no_answer": QT_TRANSLATE_NOOP("ContactOutcome", "No answer"),
        "left_message": QT_TRANSLATE_NOOP("ContactOutcome", "Left a message"),
        "spoke_promise": QT_TRANSLATE_NOOP("ContactOutcome", "Spoke: promised to pay"),
        "spoke_refused": QT_TRANSLATE_NOOP("ContactOutcome", "Spoke: refused to pay"),
        "wrong_number": QT_TRANSLATE_NOOP("ContactOutcome", "Wrong number"),
        "dispute_raised": QT_TRANSLATE_NOOP("ContactOutcome", "Borrower disputes the debt"),
        "hardship_claimed": QT_TRANSLATE_NOOP("ContactOutcome", "Borrower reports hardship"),
        "paid_already": QT_TRANSLATE_NOOP("ContactOutcome", "Says already paid"),
        "callback_requested": QT_TRANSLATE_NOOP("ContactOutcome", "Asked to be called back"),
    },
    "LedgerKind": {
        "repayment": QT_TRANSLATE_NOOP("LedgerKind", "Repayment"),
        "reversal": QT_TRANSLATE_NOOP("LedgerKind", "Reversal"),
    },
    "TimelineKind": {
        "contact": QT_TRANSLATE_NOOP("TimelineKind", "Contact"),
        "refused": QT_TRANSLATE_NOOP("TimelineKind", "Contact refused by the rules"),
        "promise": QT_TRANSLATE_NOOP("TimelineKind", "Promise to pay"),
        "payment": QT_TRANSLATE_NOOP("TimelineKind", "Payment"),
    },
    "Party": {
        "borrower": QT_TRANSLATE_NOOP("Party", "Borrower"),
        "registered_contact": QT_TRANSLATE_NOOP("Party", "Registered contact"),
    },
    "Hold": {
        "dispute": QT_TRANSLATE_NOOP("Hold", "dispute"),
        "hardship": QT_TRANSLATE_NOOP("Hold", "hardship"),
    },
    "Bucket": {
        "current": QT_TRANSLATE_NOOP("Bucket", "Current"),
        "1-30": QT_TRANSLATE_NOOP("Bucket", "1–30 days"),
        "31-60": QT_TRANSLATE_NOOP("Bucket", "31–60 days"),
        "61-90": QT_TRANSLATE_NOOP("Bucket", "61–90 days"),
        "90+": QT_TRANSLATE_NOOP("Bucket", "Over 90 days"),
    },
    "Severity": {
        "hard": QT_TRANSLATE_NOOP("Severity", "hard"),
        "soft": QT_TRANSLATE_NOOP("Severity", "soft"),
        "low": QT_TRANSLATE_NOOP("Severity", "low"),
        "medium": QT_TRANSLATE_NOOP("Severity", "medium"),
        "high": QT_TRANSLATE_NOOP("Severity", "high"),
    },
    "SignalKind": {
        "shared_phone": QT_TRANSLATE_NOOP("SignalKind", "Phone shared with another customer"),
        "shared_address": QT_TRANSLATE_NOOP("SignalKind", "Address shared with another customer"),
        "shared_card": QT_TRANSLATE_NOOP("SignalKind", "Bank card shared with another customer"),
    },
    "WatchlistStatus": {
        "open": QT_TRANSLATE_NOOP("WatchlistStatus", "To review"),
        "cleared": QT_TRANSLATE_NOOP("WatchlistStatus", "Cleared"),
        "confirmed": QT_TRANSLATE_NOOP("WatchlistStatus", "Confirmed"),
    },
    "MatchKind": {
        "id": QT_TRANSLATE_NOOP("MatchKind", "ID number"),
        "name": QT_TRANSLATE_NOOP("MatchKind", "Name"),
    },
    "CreditDecision": {
        "approve": QT_TRANSLATE_NOOP("CreditDecision", "Approve"),
        "refer": QT_TRANSLATE_NOOP("CreditDecision", "Refer to a supervisor"),
        "decline": QT_TRANSLATE_NOOP("CreditDecision", "Decline"),
    },
    "PolicyRule": {
        "age_unknown": QT_TRANSLATE_NOOP("PolicyRule", "Birth date not recorded"),
        "age_min": QT_TRANSLATE_NOOP("PolicyRule", "Below the minimum age"),
        "age_max": QT_TRANSLATE_NOOP("PolicyRule", "Above the maximum age"),
        "income_min": QT_TRANSLATE_NOOP("PolicyRule", "Income below the minimum"),
        "dti_max": QT_TRANSLATE_NOOP("PolicyRule", "Debt-to-income above the limit"),
        "exposure_max": QT_TRANSLATE_NOOP("PolicyRule", "Total exposure above the limit"),
        "apr_unknown": QT_TRANSLATE_NOOP("PolicyRule", "APR not priced"),
        "apr_cap": QT_TRANSLATE_NOOP("PolicyRule", "APR above the legal cap"),
        "overdue_loans": QT_TRANSLATE_NOOP("PolicyRule", "Overdue loans with us"),
        "watchlist_unresolved": QT_TRANSLATE_NOOP("PolicyRule", "Unresolved watch-list hit"),
        "document_expired": QT_TRANSLATE_NOOP("PolicyRule", "Identity document expired"),
        "bureau_arrears": QT_TRANSLATE_NOOP("PolicyRule", "Arrears in the bureau report"),
        "bureau_inquiries": QT_TRANSLATE_NOOP("PolicyRule", "Many recent bureau inquiries"),
        "inputs_incomplete": QT_TRANSLATE_NOOP("PolicyRule", "Assessment inputs incomplete"),
    },
    "FraudCheck": {
        "velocity_id_24h": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications by this customer in 24 hours"
        ),
        "velocity_id_30d": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications by this customer in 30 days"
        ),
        "velocity_phone_24h": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications on this phone in 24 hours"
        ),
        "velocity_phone_30d": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications on this phone in 30 days"
        ),
        "velocity_card_24h": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications on this bank card in 24 hours"
        ),
        "velocity_card_30d": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications on this bank card in 30 days"
        ),
        "velocity_device_24h": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications from this device in 24 hours"
        ),
        "velocity_device_30d": QT_TRANSLATE_NOOP(
            "FraudCheck", "Many applications from this device in 30 days"
        ),
        "shared_phone": QT_TRANSLATE_NOOP("FraudCheck", "Phone shared with another customer"),
        "shared_email": QT_TRANSLATE_NOOP("FraudCheck", "E-mail shared with another customer"),
        "shared_address": QT_TRANSLATE_NOOP("FraudCheck", "Address shared with another customer"),
        "shared_card": QT_TRANSLATE_NOOP("FraudCheck", "Bank card shared with another customer"),
        "id_invalid": QT_TRANSLATE_NOOP("FraudCheck", "ID number not valid"),
        "id_birth_date_mismatch": QT_TRANSLATE_NOOP(
            "FraudCheck", "Birth date differs from the ID number"
        ),
        "id_sex_mismatch": QT_TRANSLATE_NOOP("FraudCheck", "Sex differs from the ID number"),
        "blacklist": QT_TRANSLATE_NOOP("FraudCheck", "On the blacklist"),
    },
    "ApprovalDecision": {
        "approved": QT_TRANSLATE_NOOP("ApprovalDecision", "Approved"),
        "declined": QT_TRANSLATE_NOOP("ApprovalDecision", "Declined"),
        "returned": QT_TRANSLATE_NOOP("ApprovalDecision", "Returned to the officer"),
    },
    "ApprovalKind": {
        "application_referral": QT_TRANSLATE_NOOP("ApprovalKind", "Referral"),
        "application_limit": QT_TRANSLATE_NOOP("ApprovalKind", "Above authority"),
        "score_override": QT_TRANSLATE_NOOP("ApprovalKind", "Score override"),
        "settlement": QT_TRANSLATE_NOOP("ApprovalKind", "Settlement"),
        "restructure": QT_TRANSLATE_NOOP("ApprovalKind", "Restructure"),
        "write_off": QT_TRANSLATE_NOOP("ApprovalKind", "Write-off"),
        "hardship_hold": QT_TRANSLATE_NOOP("ApprovalKind", "Hardship hold"),
    },
    "Role": {
        "officer": QT_TRANSLATE_NOOP("Role", "Loan officer"),
        "collector": QT_TRANSLATE_NOOP("Role", "Collector"),
        "supervisor": QT_TRANSLATE_NOOP("Role", "Supervisor"),
        "compliance": QT_TRANSLATE_NOOP("Role", "Compliance officer"),
        "auditor": QT_TRANSLATE_NOOP("Role", "Auditor"),
        "admin": QT_TRANSLATE_NOOP("Role", "IT administrator"),
    },
    "RoleDescription": {
        "officer": QT_TRANSLATE_NOOP("RoleDescription", "Branch loan officer"),
        "collector": QT_TRANSLATE_NOOP("RoleDescription", "Collections officer"),
        "supervisor": QT_TRANSLATE_NOOP(
            "RoleDescription", "Branch supervisor: approvals, escalations, end of day"
        ),
        "compliance": QT_TRANSLATE_NOOP(
            "RoleDescription", "Compliance officer: AML alerts and regulatory reports"
        ),
        "auditor": QT_TRANSLATE_NOOP(
            "RoleDescription", "Auditor: reads everything, changes nothing"
        ),
        "admin": QT_TRANSLATE_NOOP(
            "RoleDescription",
            "IT administrator: users, roles, settings, products; no borrower PII",
        ),
    },
    "Permission": {
        "customer:read": QT_TRANSLATE_NOOP("Permission", "Read customers"),
        "customer:write": QT_TRANSLATE_NOOP("Permission", "Add and edit customers"),
        "pii:reveal": QT_TRANSLATE_NOOP("Permission", "Reveal full ID, phone and card numbers"),
        "watchlist:manage": QT_TRANSLATE_NOOP("Permission", "Manage the watch list"),
        "watchlist:decide": QT_TRANSLATE_NOOP("Permission", "Decide watch-list hits"),
        "application:write": QT_TRANSLATE_NOOP("Permission", "Take applications"),
        "application:decide": QT_TRANSLATE_NOOP("Permission", "Approve or decline applications"),
        "credit:read": QT_TRANSLATE_NOOP("Permission", "Read credit assessments"),
        "product:manage": QT_TRANSLATE_NOOP("Permission", "Manage products"),
        "contract:issue": QT_TRANSLATE_NOOP("Permission", "Issue and sign contracts"),
        "payment:post": QT_TRANSLATE_NOOP("Permission", "Post repayments"),
        "loan:disburse": QT_TRANSLATE_NOOP("Permission", "Disburse loans"),
        "collection:work": QT_TRANSLATE_NOOP("Permission", "Work collection cases"),
        "collection:assign": QT_TRANSLATE_NOOP("Permission", "Assign collection cases"),
        "eod:run": QT_TRANSLATE_NOOP("Permission", "Run the end of day"),
        "report:export": QT_TRANSLATE_NOOP("Permission", "Export reports"),
        "audit:read": QT_TRANSLATE_NOOP("Permission", "Read the audit trail"),
        "user:manage": QT_TRANSLATE_NOOP("Permission", "Manage users"),
        "role:manage": QT_TRANSLATE_NOOP("Permission", "Manage roles"),
        "settings:manage": QT_TRANSLATE_NOOP("Permission", "Change settings"),
        "sync:run": QT_TRANSLATE_NOOP("Permission", "Sync with head office"),
        "store:maintain": QT_TRANSLATE_NOOP("Permission", "Maintain the database"),
        "bureau:inquire": QT_TRANSLATE_NOOP("Permission", "Query the credit bureau"),
        "bureau:report": QT_TRANSLATE_NOOP("Permission", "Report to the credit bureau"),
        "risk:monitor": QT_TRANSLATE_NOOP("Permission", "Monitor portfolio risk"),
        "aml:review": QT_TRANSLATE_NOOP("Permission", "Review AML alerts"),
    },
    "AuditOutcome": {
        "ok": QT_TRANSLATE_NOOP("AuditOutcome", "Done"),
        "denied": QT_TRANSLATE_NOOP("AuditOutcome", "Refused"),
        "failed": QT_TRANSLATE_NOOP("AuditOutcome", "Failed"),
    },
}


def label(family: str, code: str) -> str:
    """The translated word for `code` in `family`; an unknown code shown readably."""
    source = FAMILIES[family].get(code)
    if source is None:
        return code.replace("_", " ")
    return QCoreApplication.translate(family, str(source))


def label_any(families: tuple[str, ...], code: str) -> str:
    """For a column mixing kinds (an application's or a loan's status): the first
    family that knows the code decides."""
    for family in families:
        if code in FAMILIES[family]:
            return label(family, code)
    return code.replace("_", " ")


def in_language(text_en: str, text_zh: str) -> str:
    """A service text given in both languages (a credit reason, a rule's message), in the
    officer's; one stored before it had Chinese goes through the service-message templates."""
    if QLocale().language() != QLocale.Language.Chinese:
        return text_en
    return text_zh or translate_service_message(text_en)


def label_list(family: str, codes: Iterable[str]) -> str:
    """Several codes as one text, with the list separator of the officer's language."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return ("、" if chinese else ", ").join(label(family, code) for code in codes)
