"""Every control a keyboard or screen-reader user reaches has a name, and forms tab in
the order they read.

A focusable control is named when it has an accessible name, a label whose buddy it
is (QFormLayout rows and "&Label:" labels), or its own visible text (a button). The
walk opens every registered screen (navigation.SCREENS, so screens added later are
covered) as a demo user who may see it, and the main dialogs.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from tests.gui.test_translations import demo_ws, sign_in  # noqa: F401 (fixture)
from workstation.services import customers, products, servicing
from workstation.services.auth import Workstation
from workstation.services.demo import DEMO_USERS
from workstation.views import ops
from workstation.views.main_window import MainWindow
from workstation.views.navigation import SCREENS

FOCUSABLE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)
# Parts of a composite control: the control itself carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit, QAbstractItemView)
ROLES = ("supervisor", "admin", "compliance", "collector", "officer", "auditor")
assert set(ROLES) >= {role for role, _name, _r in DEMO_USERS} | {"admin"}


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    problems = []
    for widget in root.findChildren(QWidget):
        if not _reachable(widget, root) or _named(widget, buddies):
            continue
        problems.append(_describe(widget, root))
    return problems


def _reachable(widget: QWidget, root: QWidget) -> bool:
    if not isinstance(widget, FOCUSABLE) or widget.isHidden():
        return False
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return False
        parent = parent.parentWidget()
    return True


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def _describe(widget: QWidget, root: QWidget) -> str:
    path = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        path.append(type(parent).__name__)
        parent = parent.parentWidget()
    hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
    where = "/".join(reversed(path))
    return f"{type(root).__name__}: {type(widget).__name__} {hint!r} in {where}"


def form_order_problems(dialog: QWidget) -> list[str]:
    """Within each form the Tab key visits the fields in the order the rows read."""
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    problems = []
    for form in dialog.findChildren(QFormLayout):
        items = [form.itemAt(row, QFormLayout.ItemRole.FieldRole) for row in range(form.rowCount())]
        fields = [
            field
            for item in items
            if item is not None
            and isinstance(field := item.widget(), FOCUSABLE)
            and not field.isHidden()
        ]
        positions = [chain.index(f) for f in fields if f in chain]
        if positions != sorted(positions):
            problems.append(f"{type(dialog).__name__}: fields out of tab order")
    return problems


def screen_walk(qapp: QApplication, ws: Workstation) -> Iterator[tuple[str, QWidget]]:
    """(key, screen) for every registered screen, each once, as a user who may see it."""
    pending = {s.key for s in SCREENS}
    for role in ROLES:
        window = MainWindow(sign_in(ws, role))
        try:
            for key in [k for k in window.screen_keys() if k in pending]:
                screen = window.show_screen(key)
                ops.drain()
                qapp.processEvents()
                pending.discard(key)
                yield key, screen
        finally:
            ops.drain()
            window.close()
    assert pending == set(), f"screens no demo user can open: {pending}"


def test_every_control_on_every_screen_has_a_name(qapp: QApplication, demo_ws: Workstation) -> None:  # noqa: F811
    problems = []
    for key, screen in screen_walk(qapp, demo_ws):
        problems += [f"{key}: {p}" for p in unnamed_controls(screen)]
    assert problems == [], "\n".join(problems)


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; Qt wants str
    return bytes(data.data())


def _pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Loan contract")
    canvas.save()
    return out.getvalue()


def _loan() -> servicing.LoanSummary:
    z = Decimal(0)
    row = servicing.InstallmentView(1, date(2026, 12, 2), Decimal(100), z, z, z, z, Decimal(100))
    return servicing.LoanSummary(
        uuid.uuid4(), "L-1", uuid.uuid4(), "active", Decimal(100), Decimal("0.1"),
        Decimal(100), z, z, 0, "current", (row,),
    )  # fmt: skip


def _other(module: str, name: str) -> Callable[..., QDialog] | None:
    """Dialogs in files other engineers are still adding; checked once they exist."""
    try:
        return getattr(importlib.import_module(f"workstation.views.{module}"), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def dialogs(ws: Workstation, parent: QWidget) -> Iterator[QDialog]:
    from workstation.views.application_wizard import ApplicationWizard
    from workstation.views.collection_dialogs import ContactDialog, EscalationDialog, PromiseDialog
    from workstation.views.contract_preview import ContractPreview
    from workstation.views.customer_edit_dialog import ContactEditDialog
    from workstation.views.customer_scans import ScanDialog
    from workstation.views.eod_dialog import EodDialog
    from workstation.views.help_dialog import HelpDialog
    from workstation.views.login import LoginDialog
    from workstation.views.password_dialog import ChangePasswordDialog
    from workstation.views.product_dialog import ProductDialog
    from workstation.views.repayment_dialog import RepaymentDialog
    from workstation.views.settings_dialog import SettingsDialog
    from workstation.views.setup import SetupDialog
    from workstation.views.signature_pad import SignatureDialog

    supervisor, admin = sign_in(ws, "supervisor"), sign_in(ws, "admin")
    found = customers.search(supervisor, "")
    yield LoginDialog(lambda _u, _p: None, parent)
    yield ChangePasswordDialog(supervisor, parent)
    yield SettingsDialog(ws.settings, parent)
    yield SetupDialog(ws, parent)
    yield HelpDialog("customers", parent)
    yield ContactDialog((), parent)
    yield PromiseDialog(parent)
    for kind in ("settlement", "restructure", "write_off", "hardship_hold"):
        yield EscalationDialog(kind, "L-1", parent)
    yield RepaymentDialog("L-1", parent)
    yield EodDialog(supervisor, parent)
    from workstation.views.application_lifecycle import LoanScheduleDialog

    yield LoanScheduleDialog(_loan(), parent)
    yield ProductDialog(products.list_products(admin)[0], parent)
    yield ContactEditDialog(supervisor, customers.get(supervisor, found[0].id), parent)
    yield SignatureDialog("typed", "王芳", parent)
    yield SignatureDialog("drawn", "王芳", parent)
    yield ScanDialog(_png(), parent)
    yield ContractPreview(_pdf(), "Contract", parent, signable=True)
    yield ApplicationWizard(supervisor, parent)
    for module, name, args in (
        ("bureau_box", "ConsentDialog", ()),
        ("compliance_view", "CloseAlertDialog", ()),
        ("early_warning_view", "ActionDialog", ("L-1",)),
    ):
        factory = _other(module, name)
        if factory is not None:
            yield factory(*args, parent)


def test_every_control_in_the_main_dialogs_has_a_name_and_forms_tab_in_order(
    qtbot: Any,
    qapp: QApplication,
    demo_ws: Workstation,  # noqa: F811
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # closes the dialogs with it, after the background jobs
    problems: list[str] = []
    opened = []
    for dialog in dialogs(demo_ws, parent):
        ops.drain()
        qapp.processEvents()
        problems += unnamed_controls(dialog) + form_order_problems(dialog)
        opened.append(dialog)  # a dropped wrapper's models could be collected under Qt
    ops.drain()
    assert len(opened) >= 20
    assert problems == [], "\n".join(problems)


def test_the_check_finds_an_unnamed_field(qtbot: Any) -> None:
    """The walk is not vacuous: a bare line edit fails, a labelled one passes."""
    box = QDialog()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    bare, labelled = QLineEdit(), QLineEdit()
    form.addWidget(bare)
    form.addRow("Name", labelled)
    assert len(unnamed_controls(box)) == 1
    bare.setAccessibleName("Note")
    assert unnamed_controls(box) == []


@pytest.mark.parametrize("swap", [False, True])
def test_the_tab_order_check_notices_a_swap(qtbot: Any, swap: bool) -> None:
    """Tab follows the order widgets join the dialog; a field made first but shown
    second is out of order."""
    box = QDialog()
    qtbot.addWidget(box)
    early, late = QLineEdit(box), QLineEdit(box)
    form = QFormLayout(box)
    form.addRow("First", late if swap else early)
    form.addRow("Second", early if swap else late)
    assert bool(form_order_problems(box)) is swap
