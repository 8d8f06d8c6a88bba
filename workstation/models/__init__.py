"""ORM entities. Importing this package registers every table on `Base.metadata`."""

from workstation.models.audit import AuditEvent, LocalSecret
from workstation.models.base import Base, Money, SyncedRow, UTCDateTime
from workstation.models.security import Branch, Device, Role, RolePermission, User

__all__ = [
    "AuditEvent",
    "Base",
    "Branch",
    "Device",
    "LocalSecret",
    "Money",
    "Role",
    "RolePermission",
    "SyncedRow",
    "UTCDateTime",
    "User",
]
