"""ORM entities. Importing this package registers every table on `Base.metadata`."""

from workstation.models.audit import AuditEvent, LocalSecret
from workstation.models.base import Base, Money, SyncedRow, UTCDateTime
from workstation.models.collections import (
    CollectionCase,
    ContactAttempt,
    EodRun,
    PromiseToPay,
    Reminder,
)
from workstation.models.customer import (
    Attachment,
    BankAccount,
    ContactPoint,
    Customer,
    CustomerRevision,
    FraudSignal,
    IdentityDocument,
    WatchlistEntry,
    WatchlistHit,
)
from workstation.models.lending import (
    Application,
    ApplicationEvent,
    ApprovalDecision,
    ApprovalRequest,
    ContractDocument,
    CreditAssessment,
    Installment,
    LedgerEntry,
    Loan,
    Product,
)
from workstation.models.security import Branch, Device, Role, RolePermission, User

__all__ = [
    "Application",
    "ApplicationEvent",
    "ApprovalDecision",
    "ApprovalRequest",
    "Attachment",
    "AuditEvent",
    "BankAccount",
    "Base",
    "Branch",
    "CollectionCase",
    "ContactAttempt",
    "ContactPoint",
    "ContractDocument",
    "CreditAssessment",
    "Customer",
    "CustomerRevision",
    "Device",
    "EodRun",
    "FraudSignal",
    "IdentityDocument",
    "Installment",
    "LedgerEntry",
    "LocalSecret",
    "Loan",
    "Money",
    "Product",
    "PromiseToPay",
    "Reminder",
    "Role",
    "RolePermission",
    "SyncedRow",
    "UTCDateTime",
    "User",
    "WatchlistEntry",
    "WatchlistHit",
]
