"""The screens the navigation pane can show, and who may see each.

Each screen declares the permission that makes it visible; views only hide what a
user cannot do, the services still check every call. A screen names its widget class
as "module:Class", imported only when the screen is first opened, which keeps start-up
fast. New screens add themselves to SCREENS.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from workstation.services.permissions import Permission
from workstation.services.session import UserSession


@dataclass(frozen=True)
class Screen:
    key: str
    title: object  # source text from QT_TRANSLATE_NOOP (typed object by PySide)
    permission: Permission
    widget: str  # "module:Class"; the class takes (session, parent)

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", str(self.title))

    def factory(self, session: UserSession, parent: QWidget) -> QWidget:
        module, _, name = self.widget.partition(":")
        widget_class = getattr(importlib.import_module(module), name)
        return widget_class(session, parent)  # type: ignore[no-any-return]


SCREENS: list[Screen] = [
    Screen(
        "customers",
        QT_TRANSLATE_NOOP("Navigation", "Customers"),
        Permission.CUSTOMER_READ,
        "workstation.views.customer_search:CustomersScreen",
    ),
    Screen(
        "applications",
        QT_TRANSLATE_NOOP("Navigation", "Applications"),
        Permission.APPLICATION_WRITE,
        "workstation.views.application_list:ApplicationsView",
    ),
    Screen(
        "approvals",
        QT_TRANSLATE_NOOP("Navigation", "Approvals"),
        Permission.APPLICATION_DECIDE,
        "workstation.views.approvals_inbox:ApprovalsInbox",
    ),
    Screen(
        "contracts",
        QT_TRANSLATE_NOOP("Navigation", "Contracts"),
        Permission.CONTRACT_ISSUE,
        "workstation.views.contract_view:ContractsView",
    ),
    Screen(
        "collections",
        QT_TRANSLATE_NOOP("Navigation", "Collections"),
        Permission.COLLECTION_WORK,
        "workstation.views.collection_view:CollectionView",
    ),
    Screen(
        "portfolio",
        QT_TRANSLATE_NOOP("Navigation", "Portfolio"),
        Permission.EOD_RUN,
        "workstation.views.portfolio_view:PortfolioView",
    ),
    Screen(
        "portfolio_risk",
        QT_TRANSLATE_NOOP("Navigation", "Portfolio risk"),
        Permission.RISK_MONITOR,
        "workstation.views.portfolio_risk_view:PortfolioRiskView",
    ),
    Screen(
        "early_warning",
        QT_TRANSLATE_NOOP("Navigation", "Early warning"),
        Permission.RISK_MONITOR,
        "workstation.views.early_warning_view:EarlyWarningView",
    ),
    Screen(
        "products",
        QT_TRANSLATE_NOOP("Navigation", "Products"),
        Permission.PRODUCT_MANAGE,
        "workstation.views.product_view:ProductsView",
    ),
    Screen(
        "credit",
        QT_TRANSLATE_NOOP("Navigation", "Credit"),
        Permission.CREDIT_READ,
        "workstation.views.credit_dashboard:CreditScreen",
    ),
    Screen(
        "bureau",
        QT_TRANSLATE_NOOP("Navigation", "Credit bureau"),
        Permission.BUREAU_REPORT,
        "workstation.views.bureau_view:BureauView",
    ),
    Screen(
        "audit",
        QT_TRANSLATE_NOOP("Navigation", "Audit"),
        Permission.AUDIT_READ,
        "workstation.views.audit_view:AuditView",
    ),
    Screen(
        "sync",
        QT_TRANSLATE_NOOP("Navigation", "Sync"),
        Permission.SYNC_RUN,
        "workstation.views.sync_view:SyncScreen",
    ),
    Screen(
        "compliance",
        QT_TRANSLATE_NOOP("Navigation", "Compliance"),
        Permission.AML_REVIEW,
        "workstation.views.compliance_view:ComplianceScreen",
    ),
    Screen(
        "admin",
        QT_TRANSLATE_NOOP("Navigation", "Administration"),
        Permission.USER_MANAGE,
        "workstation.views.admin_view:AdminView",
    ),
]


def visible_screens(session: UserSession) -> list[Screen]:
    return [s for s in SCREENS if session.actor.can(s.permission)]
