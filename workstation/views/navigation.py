"""The screens the navigation pane can show, and who may see each.

Each screen declares the permission that makes it visible; views only hide what a
user cannot do, the services still check every call. Later screens add themselves to
SCREENS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from workstation.services.permissions import Permission
from workstation.services.session import UserSession

ScreenFactory = Callable[[UserSession, QWidget], QWidget]


@dataclass(frozen=True)
class Screen:
    key: str
    title: str  # source text; translated in context "Navigation"
    permission: Permission
    factory: ScreenFactory

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


def _audit(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.audit_view import AuditView

    return AuditView(session, parent)


def _customers(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.customer_search import CustomersScreen

    return CustomersScreen(session, parent)


def _applications(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.application_list import ApplicationsView

    return ApplicationsView(session, parent)


def _approvals(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.approvals_inbox import ApprovalsInbox

    return ApprovalsInbox(session, parent)


def _contracts(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.contract_view import ContractsView

    return ContractsView(session, parent)


def _collections(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.collection_view import CollectionView

    return CollectionView(session, parent)


def _products(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.product_view import ProductsView

    return ProductsView(session, parent)


def _contracts(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.contract_view import ContractsView

    return ContractsView(session, parent)


def _admin(session: UserSession, parent: QWidget) -> QWidget:
    from workstation.views.admin_view import AdminView

    return AdminView(session, parent)


SCREENS: list[Screen] = [
    Screen(
        "customers",
        QT_TRANSLATE_NOOP("Navigation", "Customers"),
        Permission.CUSTOMER_READ,
        _customers,
    ),
    Screen(
        "applications",
        QT_TRANSLATE_NOOP("Navigation", "Applications"),
        Permission.APPLICATION_WRITE,
        _applications,
    ),
    Screen(
        "approvals",
        QT_TRANSLATE_NOOP("Navigation", "Approvals"),
        Permission.APPLICATION_DECIDE,
        _approvals,
    ),
    Screen(
        "contracts",
        QT_TRANSLATE_NOOP("Navigation", "Contracts"),
        Permission.CONTRACT_ISSUE,
        _contracts,
    ),
    Screen(
        "collections",
        QT_TRANSLATE_NOOP("Navigation", "Collections"),
        Permission.COLLECTION_WORK,
        _collections,
    ),
    Screen(
        "products",
        QT_TRANSLATE_NOOP("Navigation", "Products"),
        Permission.PRODUCT_MANAGE,
        _products,
    ),
    Screen(
        "contracts",
        QT_TRANSLATE_NOOP("Navigation", "Contracts"),
        Permission.CONTRACT_ISSUE,
        _contracts,
    ),
    Screen("audit", QT_TRANSLATE_NOOP("Navigation", "Audit"), Permission.AUDIT_READ, _audit),
    Screen(
        "admin",
        QT_TRANSLATE_NOOP("Navigation", "Administration"),
        Permission.USER_MANAGE,
        _admin,
    ),
]


def visible_screens(session: UserSession) -> list[Screen]:
    return [s for s in SCREENS if session.actor.can(s.permission)]
